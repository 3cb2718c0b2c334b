/**
 * Pure scoring of extracted terms against corpus labels (no I/O): the numbers `npm run bench:accuracy` prints.
 *
 * Per text and term:
 *  - TP  predicted value deep-equals the expected one (arrays compared as sets, numbers exactly);
 *  - FP  predicted, but the label is absent or different;
 *  - FN  labelled, but the prediction is absent or different.
 * A wrong value is therefore one FP and one FN. Category accuracy: the predicted category set equals the labelled one.
 */
import { createRequire } from 'node:module';
import { TERM_IDS, type Category, type TermId } from '../src/terms.js';
import { valuesEqual } from '../src/store/term-changes.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Ratios {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** What the extractor said about one text (the fields of ExtractResult the scorer reads). */
export interface Predicted {
  readonly category: readonly Category[];
  readonly terms: Partial<Record<TermId, { readonly value: unknown; readonly evidence?: string }>>;
}

/** What the labels say about one text. */
export interface Labelled {
  readonly category: readonly Category[];
  readonly terms: Partial<Record<TermId, unknown>>;
}

export interface Miss {
  /** Corpus file, e.g. "tuning/014-returns-faq-us.html". */
  readonly file: string;
  readonly term: TermId;
  /** fp: predicted but not labelled; fn: labelled but not predicted; wrong: both, with different values. */
  readonly kind: 'fp' | 'fn' | 'wrong';
  readonly expected?: unknown;
  readonly got?: unknown;
  readonly evidence?: string;
}

export interface CategoryMiss {
  readonly file: string;
  readonly expected: readonly Category[];
  readonly got: readonly Category[];
}

export interface TextScore {
  readonly perTerm: Partial<Record<TermId, Counts>>;
  readonly categoryCorrect: boolean;
  /** Set when the predicted category set differs from the labelled one. */
  readonly categoryMiss?: CategoryMiss;
  readonly misses: Miss[];
}

export interface CorpusScore {
  readonly texts: number;
  readonly perTerm: Record<TermId, Counts & Ratios>;
  readonly micro: Counts & Ratios;
  /** Share of texts whose predicted category set equals the labelled one. */
  readonly categoryAccuracy: number;
  readonly misses: Miss[];
  readonly categoryMisses: CategoryMiss[];
}

/**
 * Per-term value normalisers applied to both sides before comparing: only spelling that the TERMS.md shape leaves
 * free. opening_hours strings may differ in spacing around ";" and ",", which changes nothing about the hours, and a
 * "PH off" rule is dropped: TERMS.md compares hours by the cover of an ordinary week, which a holiday closure does not
 * change (the corpus labels leave "closed on public holidays" out).
 */
const NORMALISERS: Partial<Record<TermId, (value: unknown) => unknown>> = {
  'support.hours': (v) => (typeof v === 'string' ? normaliseHours(v) : v),
};

function normaliseHours(value: string): string {
  return value
    .split(';')
    .map((rule) => rule.trim().replace(/\s*,\s*/g, ',').replace(/\s+/g, ' '))
    .filter((rule) => rule !== '' && !/^PH off$/i.test(rule))
    .join('; ');
}

/** The store's equality of term values (arrays as sets, numbers exactly): a miss here is a change there. */
export { valuesEqual };

/**
 * Terms whose values are equal when they mean the same thing although spelled differently. support.hours: TERMS.md
 * compares hours by the cover they give, so "Sa-Su 09:00-18:00" and "Sa,Su 09:00-18:00" are one value.
 */
const SEMANTIC_EQUALS: Partial<Record<TermId, (a: unknown, b: unknown) => boolean>> = {
  'support.hours': sameWeeklyHours,
};

/** Equality of two values of one term, after that term's normaliser. */
export function termValuesEqual(term: TermId, expected: unknown, got: unknown): boolean {
  const norm = NORMALISERS[term] ?? ((v: unknown) => v);
  if (valuesEqual(norm(expected), norm(got))) return true;
  return SEMANTIC_EQUALS[term]?.(expected, got) ?? false;
}

interface OpeningHours {
  getOpenIntervals(from: Date, to: Date): [Date, Date, boolean, string | undefined][];
}
type OpeningHoursCtor = new (value: string, nominatim?: null, mode?: number) => OpeningHours;
let openingHours: OpeningHoursCtor | undefined;

/** A plain Monday-to-Monday week with no public holiday context: what both sides are evaluated over. */
const REFERENCE_WEEK: readonly [Date, Date] = [new Date(2026, 0, 5), new Date(2026, 0, 12)];

/** Whether two opening_hours strings give the same open intervals over a reference week; false if either does not parse. */
export function sameWeeklyHours(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  try {
    openingHours ??= createRequire(import.meta.url)('opening_hours') as OpeningHoursCtor;
    const spans = (v: string) =>
      new openingHours!(normaliseHours(v), null, 0)
        .getOpenIntervals(REFERENCE_WEEK[0], REFERENCE_WEEK[1])
        .map(([from, to]) => `${from.getTime()}-${to.getTime()}`)
        .join(',');
    return spans(a) === spans(b);
  } catch {
    return false;
  }
}

/** Scores one text. `file` only labels the misses. */
export function scoreText(file: string, labelled: Labelled, predicted: Predicted): TextScore {
  const perTerm: Partial<Record<TermId, Counts>> = {};
  const misses: Miss[] = [];
  for (const term of TERM_IDS) {
    const hasExpected = Object.hasOwn(labelled.terms, term) && labelled.terms[term] !== undefined;
    const reading = predicted.terms[term];
    const hasGot = reading !== undefined && reading.value !== undefined;
    if (!hasExpected && !hasGot) continue;
    const counts: Counts = { tp: 0, fp: 0, fn: 0 };
    perTerm[term] = counts;
    const expected = labelled.terms[term];
    if (hasExpected && hasGot && termValuesEqual(term, expected, reading.value)) {
      counts.tp = 1;
    } else if (hasExpected && hasGot) {
      counts.fp = 1;
      counts.fn = 1;
      misses.push({ file, term, kind: 'wrong', expected, got: reading.value, ...evidenceOf(reading) });
    } else if (hasGot) {
      counts.fp = 1;
      misses.push({ file, term, kind: 'fp', got: reading.value, ...evidenceOf(reading) });
    } else {
      counts.fn = 1;
      misses.push({ file, term, kind: 'fn', expected });
    }
  }
  const categoryCorrect = sameSet(labelled.category, predicted.category);
  return {
    perTerm,
    categoryCorrect,
    ...(categoryCorrect ? {} : { categoryMiss: { file, expected: labelled.category, got: predicted.category } }),
    misses,
  };
}

function evidenceOf(reading: { readonly evidence?: string } | undefined): { evidence?: string } {
  return reading?.evidence === undefined ? {} : { evidence: reading.evidence };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));
}

/**
 * Precision, recall and F1 from counts. With nothing predicted and nothing expected every ratio is 1 (nothing to get
 * wrong); with nothing predicted but something expected, precision is 0 (the extractor found none of it).
 */
export function ratios(c: Counts): Ratios {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Sums text scores into per-term and micro-averaged figures. */
export function scoreCorpus(scores: readonly TextScore[]): CorpusScore {
  const totals = Object.fromEntries(TERM_IDS.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<TermId, Counts>;
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  let categoryHits = 0;
  const misses: Miss[] = [];
  const categoryMisses: CategoryMiss[] = [];
  for (const s of scores) {
    if (s.categoryCorrect) categoryHits++;
    if (s.categoryMiss) categoryMisses.push(s.categoryMiss);
    misses.push(...s.misses);
    for (const term of TERM_IDS) {
      const c = s.perTerm[term];
      if (!c) continue;
      totals[term].tp += c.tp;
      totals[term].fp += c.fp;
      totals[term].fn += c.fn;
      micro.tp += c.tp;
      micro.fp += c.fp;
      micro.fn += c.fn;
    }
  }
  const perTerm = Object.fromEntries(TERM_IDS.map((t) => [t, { ...totals[t], ...ratios(totals[t]) }])) as Record<TermId, Counts & Ratios>;
  return {
    texts: scores.length,
    perTerm,
    micro: { ...micro, ...ratios(micro) },
    categoryAccuracy: scores.length === 0 ? 1 : categoryHits / scores.length,
    misses,
    categoryMisses,
  };
}
