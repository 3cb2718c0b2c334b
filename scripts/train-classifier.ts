/**
 * `npm run train`: trains the Bayes topic model from src/extract/classifier/training-sentences.ts and writes
 * src/extract/classifier/topic-model.json (committed, loaded by bayes-topic.ts).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TRAINING_SENTENCES } from '../src/extract/classifier/training-sentences.js';
import { trainBayes } from '../src/natural.js';

const documents = Object.entries(TRAINING_SENTENCES).flatMap(([label, sentences]) => sentences.map((s) => [s, label] as const));
const trained = trainBayes(documents);
const target = fileURLToPath(new URL('../src/extract/classifier/topic-model.json', import.meta.url));
writeFileSync(target, trained.json);
// Resubstitution accuracy: a quick sanity check that the tables are separable, not a measure of quality.
const right = documents.filter(([s, label]) => trained.classify(s) === label).length;
console.log(`trained on ${trained.documents} sentences → ${target} (resubstitution accuracy ${((right / trained.documents) * 100).toFixed(1)}%)`);
