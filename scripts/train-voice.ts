/**
 * `npm run train:voice`: trains the voice Bayes model (stage 2 of src/voice/classify.ts) on the in-house TUNING split
 * only — never the held-out shops — and of it the one-line items (not the story-form shops, see below), and writes
 * src/voice/element-model.json (committed). Each item is one document per element it is labelled with, so a
 * multi-element item teaches every one of its elements.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadVoiceCorpus } from '../bench/voice-corpus.js';
import { trainBayes } from '../src/natural.js';

// One-line items only: the stage names an element only for a short comment with no keyword (classify.ts,
// BAYES_MAX_WORDS), so it learns from comments of that kind. Trained on stories too, or asked per clause of a story,
// it read no real item better and the one-line held-out items worse (DEVELOPERS.md, "The voice Bayes model").
const items = loadVoiceCorpus('tuning').filter((item) => item.form === 'line');
const trained = trainBayes(items.flatMap((item) => item.elements.map((element) => [item.text, element] as const)));
const target = fileURLToPath(new URL('../src/voice/element-model.json', import.meta.url));
writeFileSync(target, trained.json);
// Resubstitution: whether the top label is one of the item's labels. A sanity check of separability, not quality.
const right = items.filter((i) => (i.elements as string[]).includes(trained.classify(i.text))).length;
console.log(`trained on ${items.length} tuning items (${trained.documents} documents) → ${target} (resubstitution ${((right / items.length) * 100).toFixed(1)}%)`);
