/**
 * The labelled corpus (test/corpus) is a contract for the accuracy benchmark: every label must be a known term with a
 * value in its TERMS.md shape, every split must be big enough, and the scorer must count hits and misses as issue 4 says.
 */
import { describe, expect, it } from 'vitest';
import { splitStats, MIN_TEXTS, MIN_TEXTS_PER_TERM } from '../scripts/corpus-stats.js';
import { ratios, sameWeeklyHours, scoreCorpus, scoreText, termValuesEqual, valuesEqual, type Labelled, type Predicted } from '../bench/accuracy-score.js';
import { TERM_VALUE_SCHEMAS } from '../src/term-schemas.js';
import { CATEGORIES, TERM_IDS, categoryOf, isTermId } from '../src/terms.js';
import { SPLITS, loadSplit, type LabelledText } from './corpus/load-corpus.js';

const corpus: Record<string, LabelledText[]> = Object.fromEntries(SPLITS.map((s) => [s, loadSplit(s)]));
const all = SPLITS.flatMap((s) => corpus[s] ?? []);

describe('corpus labels', () => {
  it.each(all.map((t) => [t.file, t] as const))('%s: known terms, values in their TERMS.md shape, valid categories', (_file, text) => {
    const { expected } = text;
    expect(typeof expected.url).toBe('string');
    expect(() => new URL(expected.url)).not.toThrow();
    expect(Array.isArray(expected.category)).toBe(true);
    expect(expected.category.length, 'every page is about at least one category').toBeGreaterThan(0);
    for (const c of expected.category) expect(CATEGORIES).toContain(c);
    expect(new Set(expected.category).size).toBe(expected.category.length);
    expect(expected.note, 'every text says what it tests').toEqual(expect.any(String));
    for (const [term, value] of Object.entries(expected.terms)) {
      expect(isTermId(term), `unknown term id "${term}"`).toBe(true);
      if (!isTermId(term)) continue;
      const parsed = TERM_VALUE_SCHEMAS[term].safeParse(value);
      expect(parsed.success, `${term}: ${JSON.stringify(value)} ${parsed.error?.message ?? ''}`).toBe(true);
      // opening_hours must evaluate the label, or the scorer could never match it by weekly cover.
      if (term === 'support.hours') expect(sameWeeklyHours(value, value), `support.hours "${String(value)}" is not valid opening_hours`).toBe(true);
      // A page that states a term is a page about that term's category.
      expect(expected.category, `${term} is labelled but its category is not`).toContain(categoryOf(term));
    }
  });

  it('keeps ids unique within a split and texts non-empty', () => {
    for (const s of SPLITS) {
      const texts = corpus[s] ?? [];
      const numbers = texts.map((t) => t.id.slice(0, 3));
      expect(new Set(numbers).size, `${s}: two texts share a number`).toBe(numbers.length);
      for (const t of texts) expect(t.body.trim().length, `${t.file} is empty`).toBeGreaterThan(0);
    }
  });

  it.each(SPLITS.map((s) => [s] as const))('%s meets the size and per-term floors', (split) => {
    const stats = splitStats(corpus[split] ?? []);
    expect(stats.texts).toBeGreaterThanOrEqual(MIN_TEXTS[split]);
    const short = TERM_IDS.filter((t) => stats.perTerm[t] < MIN_TEXTS_PER_TERM[split]);
    expect(short, `terms below ${MIN_TEXTS_PER_TERM[split]} texts in ${split}`).toEqual([]);
    // Pages that state nothing must be there too: silence is never a value.
    expect(stats.noTerms).toBeGreaterThan(0);
  });

  it('mixes HTML and plain text and includes long noisy pages', () => {
    const stats = splitStats(all);
    expect(stats.html / stats.texts).toBeGreaterThan(0.45);
    expect(stats.txt / stats.texts).toBeGreaterThan(0.2);
    expect(stats.sizes.over50k).toBeGreaterThanOrEqual(10);
  });

  it('scores a perfect prediction of every split as 1.0', () => {
    for (const s of SPLITS) {
      const texts = corpus[s] ?? [];
      const score = scoreCorpus(texts.map((t) => scoreText(t.file, t.expected, oracle(t.expected))));
      expect(score.micro).toMatchObject({ fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
      expect(score.categoryAccuracy).toBe(1);
      expect(score.misses).toEqual([]);
    }
  });
});

function oracle(labels: Labelled): Predicted {
  const terms: Predicted['terms'] = {};
  for (const [term, value] of Object.entries(labels.terms)) if (isTermId(term)) terms[term] = { value, evidence: 'label' };
  return { category: [...labels.category], terms };
}

const reading = (value: unknown, evidence = 'some sentence') => ({ value, evidence });

describe('scoreText', () => {
  const labelled: Labelled = {
    category: ['returns', 'support'],
    terms: { 'returns.window_days': 30, 'support.channels': ['email', 'phone'], 'returns.restocking_fee': { percent: 0 } },
  };

  it('when a value is wrong then it counts as one FP and one FN, with expected, got and evidence in the miss', () => {
    const s = scoreText('t/001.txt', labelled, {
      category: ['returns', 'support'],
      terms: {
        'returns.window_days': reading(14, 'refunds within 14 days'),
        'support.channels': reading(['phone', 'email']),
        'returns.restocking_fee': reading({ percent: 0 }),
      },
    });
    expect(s.perTerm['returns.window_days']).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.misses).toEqual([{ file: 't/001.txt', term: 'returns.window_days', kind: 'wrong', expected: 30, got: 14, evidence: 'refunds within 14 days' }]);
  });

  it('when arrays hold the same members in another order then it is a TP (sets)', () => {
    const s = scoreText('t', labelled, { category: ['support', 'returns'], terms: { 'support.channels': reading(['phone', 'email']) } });
    expect(s.perTerm['support.channels']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.categoryCorrect).toBe(true);
  });

  it('when an array misses or adds a member then it is wrong', () => {
    for (const got of [['email'], ['email', 'phone', 'chat']]) {
      const s = scoreText('t', labelled, { category: [], terms: { 'support.channels': reading(got) } });
      expect(s.perTerm['support.channels']).toEqual({ tp: 0, fp: 1, fn: 1 });
    }
  });

  it('when a term is predicted but not labelled then it is an FP; labelled but not predicted, an FN', () => {
    const s = scoreText('t', labelled, { category: ['returns'], terms: { 'shipping.tracking': reading(false) } });
    expect(s.perTerm['shipping.tracking']).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.perTerm['returns.window_days']).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.misses.find((m) => m.term === 'shipping.tracking')).toMatchObject({ kind: 'fp', got: false });
    expect(s.misses.find((m) => m.term === 'returns.window_days')).toMatchObject({ kind: 'fn', expected: 30 });
    expect(s.categoryCorrect).toBe(false);
    expect(s.categoryMiss).toEqual({ file: 't', expected: ['returns', 'support'], got: ['returns'] });
  });

  it('when neither side has a term then it is not counted at all', () => {
    const s = scoreText('t', labelled, { category: [], terms: {} });
    expect(s.perTerm['guarantee.price_match']).toBeUndefined();
  });

  it.each([
    ['numbers exactly', 30, 30.5, false],
    ['money amount and currency', { amount: 50, currency: 'USD' }, { amount: 50, currency: 'CAD' }, false],
    ['object key order', { min: 1, max: 3 }, { max: 3, min: 1 }, true],
    ['percent 0 vs money 0', { percent: 0 }, { amount: 0, currency: 'USD' }, false],
    ['"unlimited" vs a number', 'unlimited', 365, false],
    ['false vs absent-ish null', false, null, false],
  ])('valuesEqual: %s', (_name, a, b, equal) => {
    expect(valuesEqual(a, b)).toBe(equal);
  });

  it('treats opening_hours strings that differ only in spacing as equal, and other hours as different', () => {
    expect(termValuesEqual('support.hours', 'Mo-Fr 09:00-17:00; Sa 10:00-14:00', 'Mo-Fr 09:00-17:00;Sa 10:00-14:00')).toBe(true);
    expect(termValuesEqual('support.hours', 'Mo-Fr 09:00-17:00', 'Mo-Fr 09:00-18:00')).toBe(false);
  });

  it.each([
    ['Sa-Su 09:00-18:00', 'Sa,Su 09:00-18:00', true],
    ['Mo-Fr 09:00-17:00', 'Mo,Tu,We,Th,Fr 09:00-17:00', true],
    ['24/7', 'Mo-Su 00:00-24:00', true],
    ['Mo-Fr 09:00-17:00', 'Mo-Sa 09:00-17:00', false],
    ['Mo-Fr 09:00-17:00', 'not hours at all', false],
    ['Mo-Sa 09:30-17:30', 'Mo-Sa 09:30-17:30; PH off', true],
    ['Mo-Sa 09:30-17:30', 'Mo-Sa 09:30-17:30; Su 10:00-12:00', false],
  ])('support.hours %s vs %s: same weekly cover = %s', (a, b, equal) => {
    expect(termValuesEqual('support.hours', a, b)).toBe(equal);
  });
});

describe('scoreCorpus and ratios', () => {
  it('micro-averages over every term and text', () => {
    const labelled: Labelled = { category: ['returns'], terms: { 'returns.window_days': 30, 'returns.exchanges': true } };
    const good = scoreText('a', labelled, { category: ['returns'], terms: { 'returns.window_days': reading(30), 'returns.exchanges': reading(true) } });
    const bad = scoreText('b', labelled, { category: ['shipping'], terms: { 'returns.window_days': reading(60) } });
    const score = scoreCorpus([good, bad]);
    expect(score.micro).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(score.micro.precision).toBeCloseTo(2 / 3);
    expect(score.micro.recall).toBeCloseTo(2 / 4);
    expect(score.perTerm['returns.window_days']).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(score.categoryAccuracy).toBe(0.5);
    expect(score.categoryMisses).toEqual([{ file: 'b', expected: ['returns'], got: ['shipping'] }]);
    expect(score.misses).toHaveLength(2);
  });

  it('gives precision 0 when nothing was predicted for a labelled term, and 1 everywhere when a term is absent on both sides', () => {
    expect(ratios({ tp: 0, fp: 0, fn: 3 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(ratios({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
