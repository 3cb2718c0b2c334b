/**
 * The Bayes topic model (trained by `npm run train`, committed as topic-model.json). natural is loaded through its
 * submodules and only on first use, so importing the extractor stays fast.
 */
import { BayesModel } from '../../natural.js';
import { CATEGORIES, type Category } from '../../terms.js';
import model from './topic-model.json' with { type: 'json' };

const TOPICS = new BayesModel(model);

/** The most likely topic of a text and its share of the probability mass, or undefined for empty text. */
export function classifyTopic(text: string): { category: Category; share: number } | undefined {
  if (!text.trim()) return undefined;
  const top = TOPICS.top(text);
  if (!top || !(CATEGORIES as readonly string[]).includes(top.label)) return undefined;
  return { category: top.label as Category, share: top.share };
}
