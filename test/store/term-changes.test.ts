/**
 * Term-level change detection (issue 5): rewording is not a change; changed / appeared / removed values are;
 * the best reading per term follows the documented preference order.
 */
import { describe, expect, it } from 'vitest';
import { bestReadings, termChanges, valuesEqual, type PageReading } from '../../src/store/term-changes.js';
import type { ExtractResult, TermReadings } from '../../src/terms.js';

function page(url: string, categories: PageReading['categories'], terms: TermReadings): PageReading {
  const extract: ExtractResult = { url, category: [], terms };
  return { url, categories, extract };
}
const ctx = { business: 'acme', businessName: 'Acme', seenAt: '2026-03-02T06:00:00.000Z', cause: 'scan' as const };

describe('valuesEqual', () => {
  it.each([
    ['same number', 30, 30, true],
    ['different number', 30, 14, false],
    ['number vs its string', 30, '30', false],
    ['arrays in another order are the same set', ['email', 'phone'], ['phone', 'email'], true],
    ['array with one more element', ['email'], ['email', 'chat'], false],
    ['money with same amount and currency', { amount: 50, currency: 'USD' }, { currency: 'USD', amount: 50 }, true],
    ['money in another currency', { amount: 50, currency: 'USD' }, { amount: 50, currency: 'CAD' }, false],
    ['percent vs amount', { percent: 15 }, { amount: 15, currency: 'USD' }, false],
    ['unlimited vs number', 'unlimited', 365, false],
    ['false vs absent', false, undefined, false],
  ])('%s', (_name, a, b, equal) => {
    expect(valuesEqual(a, b)).toBe(equal);
  });
});

describe('bestReadings', () => {
  it('when two pages state a term then the page of the matching category wins over higher confidence elsewhere', () => {
    const best = bestReadings([
      page('https://a.example/faq', ['support'], { 'returns.window_days': { value: 14, evidence: 'FAQ: fourteen days.', confidence: 0.95 } }),
      page('https://a.example/returns', ['returns'], { 'returns.window_days': { value: 30, evidence: 'Thirty days to return.', confidence: 0.7 } }),
    ]);
    expect(best.get('returns.window_days')).toMatchObject({ url: 'https://a.example/returns', page: 1, reading: { value: 30 } });
  });

  it('when both pages match the category then higher confidence wins; at equal confidence JSON-LD beats text', () => {
    const pages = [
      page('https://a.example/r1', ['returns'], { 'returns.window_days': { value: 30, evidence: 'text', confidence: 0.8, source: 'text' } }),
      page('https://a.example/r2', ['returns'], { 'returns.window_days': { value: 45, evidence: '{"merchantReturnDays":45}', confidence: 0.8, source: 'json-ld' } }),
      page('https://a.example/r3', ['returns'], { 'returns.window_days': { value: 60, evidence: 'low', confidence: 0.5, source: 'json-ld' } }),
    ];
    expect(bestReadings(pages).get('returns.window_days')?.reading.value).toBe(45);
    expect(bestReadings([pages[0]!, pages[2]!]).get('returns.window_days')?.reading.value).toBe(30);
  });

  it('when a page has no reading then it contributes nothing', () => {
    expect(bestReadings([{ url: 'https://a.example/x', categories: ['returns'], extract: undefined }]).size).toBe(0);
  });
});

describe('termChanges', () => {
  const before = bestReadings([
    page('https://a.example/returns', ['returns'], {
      'returns.window_days': { value: 30, evidence: 'Return within 30 days.', confidence: 0.9 },
      'returns.refund_method': { value: ['original_payment', 'store_credit'], evidence: 'Card or credit.', confidence: 0.8 },
      'returns.restocking_fee': { value: { percent: 15 }, evidence: 'A 15% fee applies.', confidence: 0.8 },
    }),
  ]);

  it('when the page is reworded with the same values then there is no change', () => {
    const after = bestReadings([
      page('https://a.example/returns', ['returns'], {
        'returns.window_days': { value: 30, evidence: 'You have thirty days to send items back.', confidence: 0.85 },
        'returns.refund_method': { value: ['store_credit', 'original_payment'], evidence: 'Credit or card, your choice.', confidence: 0.8 },
        'returns.restocking_fee': { value: { percent: 15 }, evidence: 'We keep 15 percent.', confidence: 0.7 },
      }),
    ]);
    expect(termChanges(before, after, ctx)).toEqual([]);
  });

  it('when a value changes, one appears and one disappears then each is one TermChange with evidence, url, seenAt and cause', () => {
    const after = bestReadings([
      page('https://a.example/returns', ['returns'], {
        'returns.window_days': { value: 14, evidence: 'Return within 14 days.', confidence: 0.9 },
        'returns.refund_method': { value: ['original_payment', 'store_credit'], evidence: 'Card or credit.', confidence: 0.8 },
        'returns.exchanges': { value: true, evidence: 'Exchanges are welcome.', confidence: 0.8 },
      }),
    ]);
    expect(termChanges(before, after, { ...ctx, cause: 'reextract' })).toEqual([
      {
        business: 'acme', businessName: 'Acme', term: 'returns.window_days', kind: 'changed', before: 30, after: 14,
        evidenceBefore: 'Return within 30 days.', evidenceAfter: 'Return within 14 days.', url: 'https://a.example/returns',
        seenAt: ctx.seenAt, cause: 'reextract',
      },
      {
        business: 'acme', businessName: 'Acme', term: 'returns.restocking_fee', kind: 'removed', before: { percent: 15 },
        evidenceBefore: 'A 15% fee applies.', url: 'https://a.example/returns', seenAt: ctx.seenAt, cause: 'reextract',
      },
      {
        business: 'acme', businessName: 'Acme', term: 'returns.exchanges', kind: 'appeared', after: true,
        evidenceAfter: 'Exchanges are welcome.', url: 'https://a.example/returns', seenAt: ctx.seenAt, cause: 'reextract',
      },
    ]);
  });
});
