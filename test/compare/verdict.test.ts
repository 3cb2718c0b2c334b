/**
 * The verdict rules, table-driven for every term of TERMS.md (issue 6): identical / better / worse for the customer
 * by the term's direction, plus different, only-you, only-them, neither and different-currency.
 */
import { describe, expect, it } from 'vitest';
import { normaliseHours, weeklyCover } from '../../src/compare/support-hours.js';
import { TERM_DIRECTIONS } from '../../src/compare/term-directions.js';
import { rankKey, unitOf, verdictFor, type Verdict } from '../../src/compare/verdict.js';
import { TERM_IDS, type TermId, type TermValue } from '../../src/terms.js';

type Row = [term: TermId, you: TermValue | undefined, them: TermValue | undefined, expected: Verdict];

const usd = (amount: number) => ({ amount, currency: 'USD' });

const ROWS: Row[] = [
  // returns.accepted: true is better
  ['returns.accepted', true, true, 'identical'],
  ['returns.accepted', true, false, 'better'],
  ['returns.accepted', false, true, 'worse'],
  // returns.window_days: higher is better; unlimited beats any number
  ['returns.window_days', 30, 30, 'identical'],
  ['returns.window_days', 60, 30, 'better'],
  ['returns.window_days', 14, 30, 'worse'],
  ['returns.window_days', 'unlimited', 365, 'better'],
  ['returns.window_days', 'unlimited', 'unlimited', 'identical'],
  // returns.restocking_fee: lower is better; percent vs amount only comparable at zero
  ['returns.restocking_fee', { percent: 15 }, { percent: 15 }, 'identical'],
  ['returns.restocking_fee', { percent: 0 }, { percent: 15 }, 'better'],
  ['returns.restocking_fee', { percent: 20 }, { percent: 15 }, 'worse'],
  ['returns.restocking_fee', usd(5), usd(10), 'better'],
  ['returns.restocking_fee', usd(5), { amount: 5, currency: 'EUR' }, 'different-currency'],
  ['returns.restocking_fee', { percent: 10 }, usd(10), 'different'],
  ['returns.restocking_fee', { percent: 0 }, usd(10), 'better'],
  // returns.return_shipping: free beats customer
  ['returns.return_shipping', 'free', 'free', 'identical'],
  ['returns.return_shipping', 'free', 'customer', 'better'],
  ['returns.return_shipping', 'customer', 'free', 'worse'],
  // returns.refund_method: more options (superset) is better; both-ways differences have no order
  ['returns.refund_method', ['original_payment'], ['original_payment'], 'identical'],
  ['returns.refund_method', ['original_payment', 'store_credit'], ['store_credit'], 'better'],
  ['returns.refund_method', ['store_credit'], ['original_payment', 'store_credit'], 'worse'],
  ['returns.refund_method', ['store_credit'], ['original_payment'], 'different'],
  // returns.refund_days: lower is better
  ['returns.refund_days', 7, 7, 'identical'],
  ['returns.refund_days', 3, 7, 'better'],
  ['returns.refund_days', 10, 7, 'worse'],
  // returns.exchanges: true is better
  ['returns.exchanges', true, true, 'identical'],
  ['returns.exchanges', true, false, 'better'],
  ['returns.exchanges', false, true, 'worse'],
  // returns.final_sale_exclusions: false (no exclusions) is better
  ['returns.final_sale_exclusions', true, true, 'identical'],
  ['returns.final_sale_exclusions', false, true, 'better'],
  ['returns.final_sale_exclusions', true, false, 'worse'],
  // shipping.free_threshold: lower is better, same currency only
  ['shipping.free_threshold', usd(50), usd(50), 'identical'],
  ['shipping.free_threshold', usd(0), usd(50), 'better'],
  ['shipping.free_threshold', usd(75), usd(50), 'worse'],
  ['shipping.free_threshold', usd(50), { amount: 40, currency: 'GBP' }, 'different-currency'],
  // shipping.processing_days: lower max is better, then lower min
  ['shipping.processing_days', { min: 1, max: 2 }, { min: 1, max: 2 }, 'identical'],
  ['shipping.processing_days', { min: 1, max: 1 }, { min: 1, max: 3 }, 'better'],
  ['shipping.processing_days', { min: 2, max: 4 }, { min: 1, max: 3 }, 'worse'],
  ['shipping.processing_days', { min: 0, max: 2 }, { min: 1, max: 2 }, 'better'],
  // shipping.delivery_days: lower max is better
  ['shipping.delivery_days', { min: 3, max: 5 }, { min: 3, max: 5 }, 'identical'],
  ['shipping.delivery_days', { min: 2, max: 4 }, { min: 3, max: 5 }, 'better'],
  ['shipping.delivery_days', { min: 5, max: 8 }, { min: 3, max: 5 }, 'worse'],
  // shipping.express_available: true is better
  ['shipping.express_available', true, true, 'identical'],
  ['shipping.express_available', true, false, 'better'],
  ['shipping.express_available', false, true, 'worse'],
  // shipping.international: true is better
  ['shipping.international', false, false, 'identical'],
  ['shipping.international', true, false, 'better'],
  ['shipping.international', false, true, 'worse'],
  // shipping.cutoff_time: later is better
  ['shipping.cutoff_time', '14:00', '14:00', 'identical'],
  ['shipping.cutoff_time', '15:30', '14:00', 'better'],
  ['shipping.cutoff_time', '12:00', '14:00', 'worse'],
  // shipping.tracking: true is better
  ['shipping.tracking', true, true, 'identical'],
  ['shipping.tracking', true, false, 'better'],
  ['shipping.tracking', false, true, 'worse'],
  // guarantee.money_back_days: higher is better
  ['guarantee.money_back_days', 60, 60, 'identical'],
  ['guarantee.money_back_days', 90, 60, 'better'],
  ['guarantee.money_back_days', 30, 'unlimited', 'worse'],
  // guarantee.satisfaction: true is better
  ['guarantee.satisfaction', true, true, 'identical'],
  ['guarantee.satisfaction', true, false, 'better'],
  ['guarantee.satisfaction', false, true, 'worse'],
  // guarantee.price_match: true is better
  ['guarantee.price_match', true, true, 'identical'],
  ['guarantee.price_match', true, false, 'better'],
  ['guarantee.price_match', false, true, 'worse'],
  // warranty.duration_months: higher is better; lifetime beats any number
  ['warranty.duration_months', 24, 24, 'identical'],
  ['warranty.duration_months', 'lifetime', 24, 'better'],
  ['warranty.duration_months', 12, 24, 'worse'],
  // warranty.extended_available: true is better
  ['warranty.extended_available', true, true, 'identical'],
  ['warranty.extended_available', true, false, 'better'],
  ['warranty.extended_available', false, true, 'worse'],
  // support.hours: weekly hours of cover, then days covered; "PH off" does not change a normal week
  ['support.hours', 'Mo-Fr 09:00-17:00', 'Mo-Fr 09:00-17:00; PH off', 'identical'],
  ['support.hours', 'Mo-Fr 09:00-17:00', 'Mo-Fr 09:00-17:00', 'identical'],
  ['support.hours', '24/7', 'Mo-Fr 09:00-17:00', 'better'],
  ['support.hours', 'Mo-Fr 09:00-17:00', 'Mo-Fr 09:00-17:00; Sa 10:00-14:00', 'worse'],
  ['support.hours', 'Mo-Fr 08:00-16:00', 'Mo-Fr 09:00-17:00', 'identical'],
  ['support.hours', 'Mo-Su 09:00-13:00', 'Mo-Th 08:00-15:00', 'better'], // 28 h on 7 days against 28 h on 4 days
  ['support.hours', 'not an hours string', 'Mo-Fr 09:00-17:00', 'different'],
  // plain-language hours are normalised before evaluation (issue 6: "Mon–Fri 9–5" equals "Mo-Fr 09:00-17:00")
  ['support.hours', 'Mo-Fr 09:00-17:00', 'Mon–Fri 9–5', 'identical'],
  ['support.hours', 'Monday to Friday 9am-5:30pm', 'Mo-Fr 09:00-17:00', 'better'],
  // support.channels: more is better; both-ways differences have no order
  ['support.channels', ['email', 'phone'], ['phone', 'email'], 'identical'],
  ['support.channels', ['email', 'phone', 'chat'], ['email'], 'better'],
  ['support.channels', ['email'], ['email', 'chat'], 'worse'],
  ['support.channels', ['email', 'phone'], ['email', 'chat'], 'different'],
  // support.response_hours: lower is better
  ['support.response_hours', 24, 24, 'identical'],
  ['support.response_hours', 4, 24, 'better'],
  ['support.response_hours', 48, 24, 'worse'],
];

describe('verdictFor: every term by its TERMS.md direction', () => {
  it.each(ROWS)('%s: you %j against them %j → %s', (term, you, them, expected) => {
    expect(verdictFor(term, you, them)).toBe(expected);
  });

  it('covers every one of the 23 terms with identical, better and worse rows', () => {
    for (const term of TERM_IDS) {
      const verdicts = new Set(ROWS.filter((r) => r[0] === term).map((r) => r[3]));
      expect([term, verdicts.has('identical') && verdicts.has('better') && verdicts.has('worse')]).toEqual([term, true]);
    }
    expect(Object.keys(TERM_DIRECTIONS).sort()).toEqual([...TERM_IDS].sort());
  });

  it('is antisymmetric: swapping the sides turns better into worse for every ordered row', () => {
    for (const [term, you, them, expected] of ROWS) {
      if (you === undefined || them === undefined) continue;
      const swapped = verdictFor(term, them, you);
      const mirror: Partial<Record<Verdict, Verdict>> = { better: 'worse', worse: 'better' };
      expect(swapped).toBe(mirror[expected] ?? expected);
    }
  });
});

describe('verdictFor: who states the term', () => {
  it.each<[TermValue | undefined, TermValue | undefined, Verdict]>([
    [30, undefined, 'only-you'],
    [undefined, 30, 'only-them'],
    [undefined, undefined, 'neither'],
    // an explicit false is a statement, not silence
    [false, undefined, 'only-you'],
  ])('you %j, them %j → %s', (you, them, expected) => {
    expect(verdictFor('returns.window_days', you, them)).toBe(expected);
  });
});

describe('normaliseHours', () => {
  it.each([
    ['Mon–Fri 9–5', 'Mo-Fr 09:00-17:00'],
    ['Monday to Friday 9am-5pm', 'Mo-Fr 09:00-17:00'],
    ['Mon-Sat 8:30am - 6pm', 'Mo-Sa 08:30-18:00'],
    ['Tues–Thurs 10–2', 'Tu-Th 10:00-14:00'],
    ['Mo-Fr 09:00-17:00', 'Mo-Fr 09:00-17:00'],
    ['24/7', '24/7'],
    ['Mo-Fr 22:00-06:00', 'Mo-Fr 22:00-06:00'],
    ['Mo-Fr 09:00-12:00, 13:00-17:00; Sa 10:00-14:00', 'Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-14:00'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseHours(input)).toBe(expected);
  });

  it('gives the same weekly cover as the canonical syntax', () => {
    expect(weeklyCover('Mon–Fri 9–5')).toEqual({ hours: 40, days: 5 });
    expect(weeklyCover('24/7')).toEqual({ hours: 168, days: 7 });
    expect(weeklyCover('Mo-Fr 09:00-17:00; PH off')).toEqual({ hours: 40, days: 5 });
  });
});

describe('rankKey and unitOf (market ordering)', () => {
  it('ranks money only within a currency and percents apart from amounts', () => {
    expect(unitOf(usd(50))).toBe('USD');
    expect(unitOf({ percent: 10 })).toBe('%');
    expect(unitOf(30)).toBeUndefined();
    expect(rankKey('shipping.free_threshold', usd(25))!).toBeGreaterThan(rankKey('shipping.free_threshold', usd(50))!);
  });

  it('ranks 24/7 support above weekday hours', () => {
    expect(rankKey('support.hours', '24/7')!).toBeGreaterThan(rankKey('support.hours', 'Mo-Fr 09:00-17:00')!);
    expect(rankKey('support.hours', 'garbage (((')).toBeUndefined();
  });
});
