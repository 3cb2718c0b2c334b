/**
 * `npm run train`: trains the Bayes topic model from src/extract/classifier/training-sentences.ts and writes
 * src/extract/classifier/topic-model.json (committed, loaded by bayes-topic.ts).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { TRAINING_SENTENCES } from '../src/extract/classifier/training-sentences.js';

const require = createRequire(import.meta.url);

interface BayesLike {
  addDocument(text: string, label: string): void;
  train(): void;
  classify(text: string): string;
}
const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier.js') as new (stemmer?: unknown) => BayesLike;
const stemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as unknown;

const classifier = new BayesClassifier(stemmer);
let n = 0;
for (const [label, sentences] of Object.entries(TRAINING_SENTENCES)) {
  for (const sentence of sentences) {
    classifier.addDocument(sentence, label);
    n++;
  }
}
classifier.train();
const target = fileURLToPath(new URL('../src/extract/classifier/topic-model.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(classifier)}\n`);
// Resubstitution accuracy: a quick sanity check that the tables are separable, not a measure of quality.
let right = 0;
for (const [label, sentences] of Object.entries(TRAINING_SENTENCES)) for (const s of sentences) if (classifier.classify(s) === label) right++;
console.log(`trained on ${n} sentences → ${target} (resubstitution accuracy ${((right / n) * 100).toFixed(1)}%)`);
