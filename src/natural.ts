/**
 * The parts of `natural` this project uses — the Porter stemmer, the Bayes classifier and the AFINN sentiment
 * vocabulary — each loaded through its own submodule and only on first use: the package root loads every natural
 * module, and only `weigh` and the extractor's topic fallback need any of them, so no other command pays for it.
 * One place for the Bayes models of both (the voice elements and the page topics): restore, rank, train.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Stemmer {
  stem(word: string): string;
  /** natural's tokenizer + stop-word removal + stem: how its classifiers turn a text into features. */
  tokenizeAndStem(text: string, keepStops?: boolean): string[];
}

let stemmer: Stemmer | undefined;
/** natural's Porter stemmer. */
export function porterStemmer(): Stemmer {
  stemmer ??= require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;
  return stemmer;
}

let afinn: Record<string, number> | undefined;
/** natural's English AFINN-165 vocabulary (word → -5..5), as its SentimentAnalyzer holds it without a stemmer. */
export function afinnVocabulary(): Record<string, number> {
  if (!afinn) {
    const SentimentAnalyzer = require('natural/lib/natural/sentiment/SentimentAnalyzer.js') as new (
      language: string,
      stemmer: null,
      type: string,
    ) => { vocabulary: Record<string, number> };
    afinn = new SentimentAnalyzer('English', null, 'afinn').vocabulary;
  }
  return afinn;
}

export interface Classification {
  readonly label: string;
  readonly value: number;
}

/** natural's BayesClassifier as restored: its features (vocabulary, in feature-index order) and the inner model. */
interface RestoredBayes {
  features: Record<string, unknown>;
  classifier: { getClassifications(observation: Record<string, number>): Classification[] };
}
interface BayesClass {
  new (stemmer?: Stemmer): { addDocument(text: string, label: string): void; train(): void; classify(text: string): string };
  restore(json: unknown, stemmer?: Stemmer): RestoredBayes;
}
const bayesClass = (): BayesClass => require('natural/lib/natural/classifiers/bayes_classifier.js') as BayesClass;

/** A trained Bayes model (natural's BayesClassifier, as `trainBayes` writes it), restored on first use. */
export class BayesModel {
  private restored?: { model: RestoredBayes; index: Map<string, number> };

  constructor(private readonly json: unknown) {}

  /**
   * The top label, its share of the probability mass, and how many of the text's stems the model knows (0: the
   * share is only the labels' prior). natural's own getClassifications builds a dense vector over the whole
   * vocabulary for every text (≈ 0.6 ms); the inner model accepts the sparse observation — the indexes of the
   * stems present — and computes the same probabilities, so that is what is passed.
   */
  top(text: string): { label: string; share: number; known: number } | undefined {
    if (!this.restored) {
      const model = bayesClass().restore(this.json, porterStemmer());
      this.restored = { model, index: new Map(Object.keys(model.features).map((f, i) => [f, i])) };
    }
    const { model, index } = this.restored;
    const observation: Record<string, number> = {};
    let known = 0;
    for (const s of new Set(porterStemmer().tokenizeAndStem(text))) {
      const at = index.get(s);
      if (at !== undefined) observation[String(known++)] = at;
    }
    const ranked = model.classifier.getClassifications(observation);
    const total = ranked.reduce((sum, c) => sum + c.value, 0);
    const first = ranked[0];
    return first && total > 0 ? { label: first.label, share: first.value / total, known } : undefined;
  }
}

/**
 * Trains natural's BayesClassifier (Porter stems) on labelled texts — one document per (text, label), so a text with
 * several labels teaches each — and returns the model as the JSON a BayesModel restores, with the classifier's own
 * top label for a resubstitution check.
 */
export function trainBayes(documents: Iterable<readonly [text: string, label: string]>): { json: string; documents: number; classify(text: string): string } {
  const Bayes = bayesClass();
  const classifier = new Bayes(porterStemmer());
  let n = 0;
  for (const [text, label] of documents) {
    classifier.addDocument(text, label);
    n++;
  }
  classifier.train();
  return { json: `${JSON.stringify(classifier)}\n`, documents: n, classify: (text) => classifier.classify(text) };
}
