/**
 * One verdict per term and competitor, seen from the customer's side: is "you" identical, better or worse than them?
 * Pure functions over values; the direction of each term comes from term-directions.ts.
 */
import type { TermObservation } from '../model.js';
import type { DayRange, Money, Percent, TermId, TermValue } from '../terms.js';
import { TERM_DIRECTIONS, type Direction } from './term-directions.js';
import { weeklyCover } from './support-hours.js';

/**
 * - identical / better / worse: "better" means your value is better for the customer than theirs.
 * - different: the values have no order (channel sets that differ both ways, a percent fee against an amount).
 * - only-you / only-them: one side states the term. neither: nobody states it.
 * - different-currency: money in two currencies; never converted (no invented exchange rates).
 */
export type Verdict = 'identical' | 'better' | 'worse' | 'different' | 'only-you' | 'only-them' | 'neither' | 'different-currency';

export const VERDICTS: readonly Verdict[] = [
  'identical',
  'better',
  'worse',
  'different',
  'only-you',
  'only-them',
  'neither',
  'different-currency',
];

/** Outcome of ordering two stated values: >0 first is better for the customer, <0 worse, 0 same. */
export type Order = number | 'different' | 'different-currency';

/** The verdict for your value against theirs (either may be absent). */
export function verdictFor(term: TermId, you: TermValue | undefined, them: TermValue | undefined): Verdict {
  if (you === undefined && them === undefined) return 'neither';
  if (them === undefined) return 'only-you';
  if (you === undefined) return 'only-them';
  const order = compareValues(term, you, them);
  if (order === 'different' || order === 'different-currency') return order;
  return order > 0 ? 'better' : order < 0 ? 'worse' : 'identical';
}

/** verdictFor over observations (the usual call from compare-all). */
export function verdictForObservations(term: TermId, you?: TermObservation, them?: TermObservation): Verdict {
  return verdictFor(term, you?.reading.value, them?.reading.value);
}

/** Order two values of a term for the customer (>0: a is better). */
export function compareValues(term: TermId, a: TermValue, b: TermValue): Order {
  return COMPARATORS[TERM_DIRECTIONS[term]](a, b);
}

const sign = (n: number): number => (n > 0 ? 1 : n < 0 ? -1 : 0);

/** "unlimited" and "lifetime" beat any number. */
function openEnded(v: unknown): number {
  if (v === 'unlimited' || v === 'lifetime') return Number.POSITIVE_INFINITY;
  return typeof v === 'number' ? v : Number.NaN;
}

function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && 'amount' in v && 'currency' in v;
}
function isPercent(v: unknown): v is Percent {
  return typeof v === 'object' && v !== null && 'percent' in v;
}

function lowerMoney(a: Money, b: Money): Order {
  if (a.currency !== b.currency) return a.amount === 0 && b.amount === 0 ? 0 : 'different-currency';
  return sign(b.amount - a.amount);
}

function asSet(v: unknown): Set<string> {
  return new Set(Array.isArray(v) ? v.map(String) : []);
}

function minutes(v: unknown): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(String(v));
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
}

/** One comparator per direction; each returns an Order. Values of the wrong shape compare as "different". */
const COMPARATORS: { readonly [D in Direction]: (a: TermValue, b: TermValue) => Order } = {
  'boolean-true': (a, b) => (a === b ? 0 : a === true ? 1 : -1),
  'boolean-false': (a, b) => (a === b ? 0 : a === false ? 1 : -1),
  higher: (a, b) => {
    const x = openEnded(a);
    const y = openEnded(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return 'different';
    return x === y ? 0 : x > y ? 1 : -1;
  },
  lower: (a, b) => (typeof a === 'number' && typeof b === 'number' ? sign(b - a) : 'different'),
  'fee-lower': (a, b) => {
    if (isPercent(a) && isPercent(b)) return sign(b.percent - a.percent);
    if (isMoney(a) && isMoney(b)) return lowerMoney(a, b);
    // a percent against an amount: only "none" and "none" are comparable
    const zero = (v: TermValue): boolean => (isPercent(v) ? v.percent === 0 : isMoney(v) && v.amount === 0);
    if (zero(a) && zero(b)) return 0;
    if (zero(a)) return 1;
    if (zero(b)) return -1;
    return 'different';
  },
  'money-lower': (a, b) => (isMoney(a) && isMoney(b) ? lowerMoney(a, b) : 'different'),
  'free-first': (a, b) => (a === b ? 0 : a === 'free' ? 1 : b === 'free' ? -1 : 'different'),
  'set-more': (a, b) => {
    const x = asSet(a);
    const y = asSet(b);
    const xHasMore = [...x].some((v) => !y.has(v));
    const yHasMore = [...y].some((v) => !x.has(v));
    if (xHasMore && yHasMore) return 'different';
    return xHasMore ? 1 : yHasMore ? -1 : 0;
  },
  'range-lower-max': (a, b) => {
    const x = a as DayRange;
    const y = b as DayRange;
    if (typeof x?.max !== 'number' || typeof y?.max !== 'number') return 'different';
    return sign(y.max - x.max) || sign(y.min - x.min);
  },
  'time-later': (a, b) => {
    const x = minutes(a);
    const y = minutes(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return a === b ? 0 : 'different';
    return sign(x - y);
  },
  'hours-more': (a, b) => {
    const x = weeklyCover(String(a));
    const y = weeklyCover(String(b));
    if (!x || !y) return a === b ? 0 : 'different';
    return sign(x.hours - y.hours) || sign(x.days - y.days);
  },
};

/**
 * A number that ranks a value for the market view (higher = better for the customer), or undefined when the
 * value has no scalar rank. Money keeps its currency apart: callers group by `currencyOf` first.
 */
export function rankKey(term: TermId, value: TermValue): number | undefined {
  const direction = TERM_DIRECTIONS[term];
  switch (direction) {
    case 'boolean-true':
      return value === true ? 1 : 0;
    case 'boolean-false':
      return value === false ? 1 : 0;
    case 'higher': {
      const n = openEnded(value);
      return Number.isNaN(n) ? undefined : n;
    }
    case 'lower':
      return typeof value === 'number' ? -value : undefined;
    case 'fee-lower':
      if (isPercent(value)) return -value.percent;
      return isMoney(value) ? -value.amount : undefined;
    case 'money-lower':
      return isMoney(value) ? -value.amount : undefined;
    case 'free-first':
      return value === 'free' ? 1 : 0;
    case 'set-more':
      return Array.isArray(value) ? value.length : undefined;
    case 'range-lower-max': {
      const r = value as DayRange;
      return typeof r?.max === 'number' ? -(r.max * 1000 + r.min) : undefined;
    }
    case 'time-later': {
      const m = minutes(value);
      return Number.isNaN(m) ? undefined : m;
    }
    case 'hours-more': {
      const c = weeklyCover(String(value));
      return c ? c.hours * 10 + c.days : undefined;
    }
  }
}

/**
 * The unit a value's rank is measured in: the currency of money, "%" for a percent, undefined otherwise.
 * Ranks are only compared within one unit (no exchange rates, no percent-versus-amount guesses).
 */
export function unitOf(value: TermValue): string | undefined {
  if (isMoney(value)) return value.currency;
  return isPercent(value) ? '%' : undefined;
}
