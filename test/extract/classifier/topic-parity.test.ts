/**
 * The topic classifier runs without `natural` (issue 13: natural's hard dependencies on database clients and WordNet
 * were 76 MB of every install, for two small functions). These tests hold the in-house Porter stemmer and Bayes scorer
 * to natural's own answers — natural stays a dev dependency, as the trainer — on every word and text of the corpus
 * and the fixture pages, so the accuracy figures cannot move.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STOP_WORDS_WITH_FEATURE_STEMS, topicScores } from '../../../src/extract/classifier/bayes-topic.js';
import { porterStem } from '../../../src/extract/classifier/porter-stem.js';
import model from '../../../src/extract/classifier/topic-model.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '../../..');

interface NaturalClassifier {
  getClassifications(text: string): { label: string; value: number }[];
}
const naturalStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
const naturalStopWords = (require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words;
const NaturalBayes = require('natural/lib/natural/classifiers/bayes_classifier.js') as { restore(m: unknown, s: unknown): NaturalClassifier };
const natural = NaturalBayes.restore(JSON.parse(JSON.stringify(model)), naturalStemmer);

/** Every text file under the corpus and the fixture pages. */
function texts(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(html|txt)$/.test(entry.name)) out.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(ROOT, 'test/corpus'));
  walk(join(ROOT, 'test/fixtures/pages'));
  return out;
}

describe('the topic classifier without natural', () => {
  const corpus = texts();

  it('stems every word of the corpus as natural does', { timeout: 60_000 }, () => {
    const words = new Set(corpus.flatMap((t) => t.toLowerCase().split(/[^a-zA-Z0-9'\-/]+/)).filter(Boolean));
    expect(words.size).toBeGreaterThan(1000);
    const differ = [...words].filter((w) => porterStem(w) !== naturalStemmer.stem(w)).map((w) => `${w}: ${porterStem(w)} ≠ ${naturalStemmer.stem(w)}`);
    expect(differ).toEqual([]);
  });

  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['agreed', 'agre'],
    ['hopping', 'hop'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['refundable', 'refund'],
    ['shipping', 'ship'],
    ['guarantees', 'guarante'],
    ['warranty', 'warranti'],
  ])('stems %s to %s (the published algorithm\'s examples and our own words)', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it('drops exactly the stop words whose stems are features of the model', () => {
    const features = (model as unknown as { features: Record<string, number> }).features;
    const needed = naturalStopWords.filter((w) => porterStem(w) in features).sort();
    expect([...STOP_WORDS_WITH_FEATURE_STEMS].sort(), 'update STOP_WORDS_WITH_FEATURE_STEMS after retraining').toEqual(needed);
  });

  // natural's scorer is slow (a linear search per feature), so each text is taken at its first 2,000 characters with its first six sentences.
  it('scores every corpus text and its sentences exactly as natural does', { timeout: 120_000 }, () => {
    const samples = corpus.flatMap((t) => [t.slice(0, 2000), ...t.split(/(?<=[.!?])\s+/).slice(0, 6)]);
    expect(samples.length).toBeGreaterThan(1000);
    const differ = samples.filter((s) => JSON.stringify(topicScores(s)) !== JSON.stringify(natural.getClassifications(s)));
    expect(differ.slice(0, 3)).toEqual([]);
  });
});
