/**
 * `npm run train:voice`: trains the voice Bayes model (stage 2 of src/voice/classify.ts) on the in-house TUNING split
 * only — never the held-out shops — and writes src/voice/element-model.json (committed). Each item is one document per
 * element it is labelled with, so a multi-element item teaches every one of its elements.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadVoiceCorpus } from '../bench/voice-corpus.js';
import { stemmer } from '../src/voice/tokens.js';

const require = createRequire(import.meta.url);

interface BayesLike {
  addDocument(text: string, label: string): void;
  train(): void;
  classify(text: string): string;
}
const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier.js') as new (stemmer?: unknown) => BayesLike;

const items = loadVoiceCorpus('tuning');
const classifier = new BayesClassifier(stemmer);
let documents = 0;
for (const item of items) {
  for (const element of item.elements) {
    classifier.addDocument(item.text, element);
    documents++;
  }
}
classifier.train();
const target = fileURLToPath(new URL('../src/voice/element-model.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(classifier)}\n`);
// Resubstitution: whether the top label is one of the item's labels. A sanity check of separability, not quality.
const right = items.filter((i) => (i.elements as string[]).includes(classifier.classify(i.text))).length;
console.log(`trained on ${items.length} tuning items (${documents} documents) → ${target} (resubstitution ${((right / items.length) * 100).toFixed(1)}%)`);
