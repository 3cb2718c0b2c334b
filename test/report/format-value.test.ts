/**
 * The one value formatter (issue 13, defect 9): every output words a value the same way — reports, `compare`,
 * `history`, `scan` — and the words read sensibly: no "every order (USD)", no "1 problems", no "Market best: no",
 * support hours keep their zone.
 */
import { describe, expect, it } from 'vitest';
import { compareAll } from '../../src/compare/compare-all.js';
import { historyTable } from '../../src/report/history-format.js';
import { changeText, formatValue } from '../../src/report/format-value.js';
import { marketBestText, marketMedianText } from '../../src/report/report-text.js';
import type { TermChange } from '../../src/model.js';
import type { TermId, TermValue } from '../../src/terms.js';
import { business, demoInput, seen } from '../fixtures/report/demo-input.js';

describe('formatValue', () => {
  it.each([
    ['shipping.free_threshold', { amount: 0, currency: 'USD' }, 'free on every order'],
    ['shipping.free_threshold', { amount: 49.5, currency: 'EUR' }, 'over EUR 49.50'],
    ['returns.restocking_fee', { percent: 0 }, 'none'],
    ['returns.restocking_fee', { percent: 15 }, '15%'],
    ['returns.refund_method', ['original_payment', 'store_credit'], 'original payment, store credit'],
    ['returns.window_days', 1, '1 day'],
    ['returns.window_days', 'unlimited', 'unlimited'],
    ['shipping.delivery_days', { min: 2, max: 2 }, '2 days'],
    ['returns.exchanges', false, 'no'],
  ] as [TermId, TermValue, string][])('words %s %j as "%s"', (term, value, words) => {
    expect(formatValue(term, value)).toBe(words);
  });

  it('keeps the zone of support hours before their weekly cover', () => {
    expect(formatValue('support.hours', 'Mo-Fr 09:00-17:00', 'ET')).toBe('Mo-Fr 09:00-17:00 ET (40 h/week)');
  });
});

describe('history prints values through the report formatter', () => {
  const change = (term: TermChange['term'], kind: TermChange['kind'], before: unknown, after: unknown): TermChange =>
    ({ business: 'rival', businessName: 'Rival', term, kind, seenAt: '2026-01-12T06:00:00.000Z', cause: 'scan', url: 'https://rival.example/', ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) }) as TermChange;

  it.each([
    [change('returns.refund_method', 'appeared', undefined, ['original_payment']), 'appeared: original payment'],
    [change('returns.restocking_fee', 'changed', { percent: 10 }, { percent: 0 }), '10% → none'],
    [change('returns.window_days', 'changed', 30, 60), '30 days → 60 days'],
    [change('shipping.free_threshold', 'removed', { amount: 0, currency: 'USD' }, undefined), 'removed (was free on every order)'],
  ])('words %j as "%s" in history, the same as changeText', (c, words) => {
    expect(changeText(c)).toBe(words);
    expect(historyTable([c], { bold: (t) => t, dim: (t) => t })[1]).toContain(words);
  });
});

describe('the market per term', () => {
  it('words a yes/no term as a tally, never "best: no"', () => {
    const comparison = compareAll(demoInput());
    const exchanges = comparison.terms.find((t) => t.term === 'returns.exchanges')!;
    expect(marketBestText(comparison, exchanges)).toEqual({ value: '2 no', who: [], more: false });
    expect(marketMedianText(exchanges)).toBe('—');
  });

  it('keeps the zone of the median support hours', () => {
    const input = demoInput();
    const hours = (id: string, value: string) =>
      business(id, id, `https://${id}.example`, { 'support.hours': seen(value, 'We answer on weekdays.', `https://${id}.example/help`, { reading: { value, evidence: 'We answer on weekdays.', confidence: 0.9, timezone: 'CET' } }) });
    const comparison = compareAll({ ...input, competitors: [hours('a', 'Mo-Fr 08:00-18:00'), hours('b', 'Mo-Fr 09:00-17:00'), hours('c', 'Mo-Sa 09:00-17:00')] });
    const term = comparison.terms.find((t) => t.term === 'support.hours')!;
    expect(marketMedianText(term)).toBe('Mo-Sa 09:00-17:00 CET (48 h/week)');
    expect(marketBestText(comparison, term).value).toBe('Mo-Fr 08:00-18:00 CET (50 h/week)');
  });
});
