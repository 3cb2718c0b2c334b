/**
 * The Bayes topic model (trained by `npm run train`, committed as topic-model.json), scored here without a language
 * toolkit: the model is a naive-Bayes table over word stems, and scoring it is a sum of logarithms. `natural` trained
 * it and stays a dev dependency for that (and for the parity test); at run time it would bring 76 MB of storage
 * back-ends and dictionaries into every install for two small functions (README "What the install costs").
 *
 * The scoring follows the trained model's conventions exactly, so classifications are the ones `natural` gave:
 * tokens are runs of letters, digits, ' - and /, lower-cased; stop words are dropped; each remaining token is
 * Porter-stemmed; feature i is present when its stem occurs; a class scores
 * P(class) · Π (count(i, class) or smoothing) / total(class) over the present features, summed as logarithms from the
 * last feature to the first. test/extract/classifier/topic-parity.test.ts holds this to `natural`'s answers.
 */
import { CATEGORIES, type Category } from '../../terms.js';
import { porterStem } from './porter-stem.js';
import model from './topic-model.json' with { type: 'json' };

interface Classification {
  label: string;
  value: number;
}

interface BayesTable {
  readonly classFeatures: Record<string, Record<string, number>>;
  readonly classTotals: Record<string, number>;
  readonly totalExamples: number;
  readonly smoothing: number;
}

/** Where a token ends: anything but letters, digits, apostrophe, hyphen and slash (the trainer's tokenizer). */
const TOKEN_BREAK = /[^a-zA-Z0-9'\-/]+/;
/**
 * Stop words the trainer dropped whose stem is nevertheless a feature (it came from another word): dropping them here
 * too keeps the scores equal. Every other stop word stems to no feature, so it cannot change a score. The parity test
 * recomputes this list from the trainer's stop words and fails, naming the words, when a new model needs another.
 */
export const STOP_WORDS_WITH_FEATURE_STEMS: ReadonlySet<string> = new Set(['come', 'on', 'take']);

const table = (model as unknown as { classifier: BayesTable }).classifier;
/** Feature stems in the model's own key order (the order its feature indices were given in). */
const FEATURES: readonly string[] = Object.keys((model as unknown as { features: Record<string, number> }).features);

/** Stems already computed: policy pages repeat a small vocabulary. Cleared when full, so memory stays bounded. */
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;

function stemOf(token: string): string {
  let stem = stemCache.get(token);
  if (stem === undefined) {
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stem = porterStem(token);
    stemCache.set(token, stem);
  }
  return stem;
}

/** The stems of a text as the trainer made them. */
export function stemsOf(text: string): Set<string> {
  const stems = new Set<string>();
  for (const token of text.toLowerCase().split(TOKEN_BREAK)) {
    if (token !== '' && !STOP_WORDS_WITH_FEATURE_STEMS.has(token)) stems.add(stemOf(token));
  }
  return stems;
}

/** Every class with its score, best first (ties keep the model's class order). */
export function topicScores(text: string): Classification[] {
  const stems = stemsOf(text);
  const present: number[] = [];
  for (let i = FEATURES.length - 1; i >= 0; i--) if (stems.has(FEATURES[i]!)) present.push(i);
  const scores: Classification[] = [];
  for (const label of Object.keys(table.classFeatures)) {
    const counts = table.classFeatures[label]!;
    const total = table.classTotals[label]!;
    let logSum = 0;
    for (const i of present) logSum += Math.log((counts[i] || table.smoothing) / total);
    scores.push({ label, value: (total / table.totalExamples) * Math.exp(logSum) });
  }
  return scores.sort((a, b) => b.value - a.value);
}

/** The most likely topic of a text and its share of the probability mass, or undefined for empty text. */
export function classifyTopic(text: string): { category: Category; share: number } | undefined {
  if (!text.trim()) return undefined;
  const ranked = topicScores(text);
  const total = ranked.reduce((s, c) => s + c.value, 0);
  const top = ranked[0];
  if (!top || total <= 0 || !(CATEGORIES as readonly string[]).includes(top.label)) return undefined;
  return { category: top.label as Category, share: top.value / total };
}
