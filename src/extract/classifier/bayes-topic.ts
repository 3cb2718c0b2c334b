/**
 * The Bayes topic model (trained by `npm run train`, committed as topic-model.json). natural is loaded through its
 * submodules and only on first use, so importing the extractor stays fast.
 */
import { createRequire } from 'node:module';
import { CATEGORIES, type Category } from '../../terms.js';
import model from './topic-model.json' with { type: 'json' };

const require = createRequire(import.meta.url);

interface Classification {
  label: string;
  value: number;
}
interface BayesLike {
  getClassifications(text: string): Classification[];
}
interface BayesStatic {
  restore(classifier: unknown, stemmer?: unknown): BayesLike;
}

let classifier: BayesLike | undefined;

function load(): BayesLike {
  if (!classifier) {
    const Bayes = require('natural/lib/natural/classifiers/bayes_classifier.js') as BayesStatic;
    const stemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as unknown;
    classifier = Bayes.restore(model, stemmer);
  }
  return classifier;
}

/** The most likely topic of a text and its share of the probability mass, or undefined for empty text. */
export function classifyTopic(text: string): { category: Category; share: number } | undefined {
  if (!text.trim()) return undefined;
  const ranked = load().getClassifications(text);
  const total = ranked.reduce((s, c) => s + c.value, 0);
  const top = ranked[0];
  if (!top || total <= 0 || !(CATEGORIES as readonly string[]).includes(top.label)) return undefined;
  return { category: top.label as Category, share: top.value / total };
}
