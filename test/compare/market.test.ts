/**
 * The market view (issue 6): matching counts, best and median per term, and the four lists ordered by importance.
 */
import { describe, expect, it } from 'vitest';
import { compareAll } from '../../src/compare/compare-all.js';
import { termMarket } from '../../src/compare/market.js';
import { verdictForObservations } from '../../src/compare/verdict.js';
import type { TermObservation } from '../../src/model.js';
import type { TermId, TermValue } from '../../src/terms.js';
import { demoInput, seen } from '../fixtures/report/demo-input.js';

const terms = (list: { term: TermId }[]): TermId[] => list.map((e) => e.term);

describe('compareAll on the demo input', () => {
  const comparison = compareAll(demoInput());

  it('orders terms by importance weight, crucial first, then catalogue order', () => {
    const weights = comparison.terms.map((t) => t.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    expect(terms(comparison.terms).slice(0, 4)).toEqual(['returns.window_days', 'returns.return_shipping', 'shipping.free_threshold', 'support.hours']);
  });

  it('issue 13, defect 9: lists claims you share only when most competitors (over half of all) state them and match you', () => {
    // Return shipping: free at Birch and Cobalt (2 of 3); returns accepted: Acme and Birch (2 of 3, Cobalt silent).
    expect(comparison.market.claimsEveryoneMakes.map((e) => [e.term, e.competitors, e.of])).toEqual([
      ['returns.return_shipping', ['birch-co', 'cobalt-supply'], 3],
      ['returns.accepted', ['acme-outfitters', 'birch-co'], 3],
    ]);
  });

  it('issue 13, defect 9: a claim a few competitors state is nobody\'s norm; one every competitor states and matches is everyone\'s', () => {
    const input = demoInput();
    const acme = input.competitors.find((c) => c.id === 'acme-outfitters')!;
    const silent = Array.from({ length: 11 }, (_, i) => ({ ...acme, id: `quiet-${i}`, name: `Quiet ${i}`, terms: {} }));
    const crowded = compareAll({ ...input, competitors: [...input.competitors, ...silent] });
    expect(crowded.market.claimsEveryoneMakes).toEqual([]); // 2 of 14 match: not "everyone", not "most"
    const alone = compareAll({ ...input, competitors: [acme] });
    const accepted = alone.market.claimsEveryoneMakes.find((e) => e.term === 'returns.accepted')!;
    expect(accepted.competitors).toEqual(['acme-outfitters']);
    expect(accepted.of).toBe(1);
  });

  it('lists where you stand out: nobody beats you and you beat more than match you', () => {
    // exchanges: you yes, two competitors no. Return shipping is free at 2 of 3 competitors and the USD threshold ties Cobalt: not standing out.
    expect(terms(comparison.market.youStandOut)).toEqual(['returns.exchanges']);
  });

  it('lists where you fall behind, crucial terms first, with who beats you', () => {
    expect(comparison.market.youFallBehind.map((e) => [e.term, e.importance, e.competitors])).toEqual([
      ['returns.window_days', 'crucial', ['birch-co']],
      ['support.hours', 'crucial', ['acme-outfitters']],
      ['shipping.delivery_days', 'important', ['birch-co']],
      ['warranty.duration_months', 'important', ['birch-co']],
      ['support.channels', 'nice', ['acme-outfitters']],
    ]);
  });

  it('lists a competitor that beats you and every other competitor', () => {
    const entry = comparison.market.competitorStandsOut.find((e) => e.term === 'support.hours');
    expect(entry?.competitors).toEqual(['acme-outfitters']);
  });

  it('counts matches and finds the best and median in your currency only', () => {
    const free = comparison.terms.find((t) => t.term === 'shipping.free_threshold')!;
    expect(free.market).toMatchObject({ stating: 3, matching: 1, better: 1, worse: 0, unit: 'USD' });
    expect(free.market.best).toEqual({ value: { amount: 50, currency: 'USD' }, competitors: ['cobalt-supply'] });
    expect(free.verdicts.find((v) => v.competitor === 'birch-co')?.verdict).toBe('different-currency');
  });

  it('scores each competitor by importance-weighted wins and losses, counting the verdicts that rest on an unsure value', () => {
    // Birch's warranty (24 months) was read with low confidence: still counted, but said to be unsure.
    expect(comparison.scores.find((s) => s.competitor === 'birch-co')).toEqual({ competitor: 'birch-co', better: 0, worse: 3, identical: 2, weighted: -8, unsure: 1 });
    expect(comparison.scores.find((s) => s.competitor === 'acme-outfitters')?.unsure).toBe(0);
  });

  it('lists the values read with low confidence and marks the verdicts and market claims resting on them', () => {
    expect(comparison.unsure).toEqual([{ business: 'birch-co', term: 'warranty.duration_months', confidence: 0.7 }]);
    const warranty = comparison.terms.find((t) => t.term === 'warranty.duration_months')!;
    expect(warranty.verdicts.find((v) => v.competitor === 'birch-co')?.unsure).toBe(true);
    expect(comparison.market.youFallBehind.find((e) => e.term === 'warranty.duration_months')?.unsure).toBe(true);
    // your support hours were read at exactly SURE (0.8): sure, so nothing resting on them is marked
    const hours = comparison.terms.find((t) => t.term === 'support.hours')!;
    expect(hours.verdicts.some((v) => v.unsure)).toBe(false);
    expect(comparison.market.youFallBehind.find((e) => e.term === 'support.hours')?.unsure).toBeUndefined();
  });

  it('marks stale values with their age and counts where the weights came from', () => {
    expect(comparison.stale).toEqual([{ business: 'birch-co', term: 'shipping.delivery_days', staleSince: '2026-03-02T06:00:00.000Z', ageDays: 7 }]);
    expect(comparison.importanceSources).toEqual({ customers: 0, config: 4, default: 19 });
  });
});

describe('claims everyone makes needs two voices', () => {
  it('does not list a term only one of several competitors states, even when it matches you', () => {
    const input = demoInput();
    const acme = input.competitors[0]!;
    const only = { ...input, competitors: input.competitors.map((c) => (c.id === acme.id ? c : { ...c, terms: {} })) };
    // Acme alone matches you on returns.accepted and the return window: one voice is not "everyone"
    expect(compareAll(only).market.claimsEveryoneMakes).toEqual([]);
    // with a single competitor, that one voice is the whole market
    expect(compareAll({ ...input, competitors: [acme] }).market.claimsEveryoneMakes.map((e) => e.term)).toEqual(['returns.window_days', 'returns.accepted']);
  });
});

describe('termMarket', () => {
  const obs = (value: TermValue): TermObservation => seen(value, 'a sentence', 'https://x.example');
  const market = (term: TermId, you: TermValue | undefined, them: TermValue[]) => {
    const y = you === undefined ? undefined : obs(you);
    const verdicts = them.map((v, i) => ({ competitor: `c${i}`, verdict: verdictForObservations(term, y, obs(v)), them: obs(v) }));
    return termMarket(term, y, verdicts);
  };

  it('takes the median from the worse middle of an even count', () => {
    const m = market('returns.window_days', 30, [14, 30, 60, 90]);
    expect(m.best).toEqual({ value: 90, competitors: ['c3'] });
    expect(m.median).toBe(30);
    expect(m).toMatchObject({ stating: 4, matching: 1, better: 1, worse: 2 });
  });

  it('ranks "unlimited" above every number', () => {
    expect(market('returns.window_days', undefined, [365, 'unlimited', 30]).best?.value).toBe('unlimited');
  });

  it('uses the most common currency when you state none', () => {
    const m = market('shipping.free_threshold', undefined, [
      { amount: 40, currency: 'GBP' },
      { amount: 60, currency: 'USD' },
      { amount: 35, currency: 'USD' },
    ]);
    expect(m.unit).toBe('USD');
    expect(m.best?.value).toEqual({ amount: 35, currency: 'USD' });
  });

  it('reports nothing best when no competitor states the term', () => {
    expect(market('returns.window_days', 30, [])).toEqual({ stating: 0, matching: 0, better: 0, worse: 0 });
  });
});
