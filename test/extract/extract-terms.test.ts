import { describe, expect, it } from 'vitest';
import { extractTerms, normaliseUnitText, toUnits } from '../../src/extract/extract-terms.js';
import { pageText } from '../../src/extract/page-text.js';
import { EVIDENCE_MAX_CHARS } from '../../src/terms.js';

describe('extractTerms never throws', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['binary-ish', '\u0000\u0001\u0002\uFFFD'.repeat(100)],
    ['unclosed tags', '<div><p><table><tr><td>Return within 30 days'],
    ['deep nesting', '<div>'.repeat(5000) + 'Return within 30 days.' + '</div>'.repeat(5000)],
    ['one huge unpunctuated sentence', 'return within 30 days '.repeat(20000)],
    ['hostile JSON-LD', '<script type="application/ld+json">' + '['.repeat(10000) + '</script>'],
  ])('%s input', (_name, body) => {
    expect(() => extractTerms({ body })).not.toThrow();
    expect(extractTerms({ body }).url).toBeNull();
  });

  it('survives a non-string body from an untyped caller', () => {
    expect(extractTerms({ body: undefined as unknown as string }).terms).toEqual({});
  });

  it('keeps evidence at most 300 characters', () => {
    const r = extractTerms({ body: `You may return items within 30 days ${'and we really mean it '.repeat(40)}.` });
    expect(r.terms['returns.window_days']?.evidence.length).toBeLessThanOrEqual(EVIDENCE_MAX_CHARS);
  });
});

describe('nothing is reported that the page does not state', () => {
  it('a page about something else yields no terms', () => {
    const r = extractTerms({ body: '<main><h1>Our story</h1><p>We started baking bread in 2009 with two ovens and thirty recipes.</p></main>' });
    expect(r.terms).toEqual({});
  });
  it.each([['You have [number] days to return your item.'], ['Free shipping on orders over {{ threshold }}.'], ['Returns accepted within XX days.']])(
    'a placeholder template yields nothing: %s',
    (body) => expect(extractTerms({ body, contentType: 'text/plain' }).terms).toEqual({}),
  );
});

describe('url, category and heading path', () => {
  it('echoes the url and names the category from it', () => {
    const r = extractTerms({ body: '<main><p>Orders ship within 2 business days.</p></main>', url: 'https://shop.example/pages/shipping-policy' });
    expect(r.url).toBe('https://shop.example/pages/shipping-policy');
    expect(r.category).toEqual(['shipping']);
  });
  it('a warranty section never yields a return window', () => {
    const r = extractTerms({ body: '<main><h2>Warranty</h2><p>Within 30 days a faulty item is replaced or returned to the maker.</p></main>' });
    expect(r.terms['returns.window_days']).toBeUndefined();
  });
  it('carries the heading path of the evidence', () => {
    const r = extractTerms({ body: '<main><h1>Returns</h1><h2>Timing</h2><p>You can return items within 30 days.</p></main>' });
    expect(r.terms['returns.window_days']?.headingPath).toEqual(['Returns', 'Timing']);
  });
});

describe('normaliseUnitText: the page text every pattern reads', () => {
  it.each([
    // a label glued to its span by a flattened card gets its colon back; a service name with a number keeps it
    ['Standard Shipping3-7 business days', 'standard shipping: 3-7 business days'],
    ['Processing Time1 to 3 working days', 'processing time: 1 to 3 working days'],
    ['Royal Mail Tracked24 service', 'royal mail tracked24 service'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseUnitText(input)).toBe(expected);
  });
});

describe('toUnits: a short label over a terse value reads as one labelled line', () => {
  const unitsOf = (text: string) => toUnits(pageText(text, 'text/plain').blocks).map((u) => [u.kind, u.text]);

  it('joins a label heading to the value under it', () => {
    expect(unitsOf('Return postage\nPaid by you\n\nWe refund within 5 days.')).toContainEqual(['item', 'Return postage: Paid by you']);
  });

  it('reads a label-value line set apart as a heading as an entry that labels nothing', () => {
    const units = unitsOf('Delivery\n\nDispatch: next working day\nUK delivery: 2-4 working days\n\nWe do not ship abroad.');
    expect(units).toContainEqual(['item', 'Dispatch: next working day']);
    expect(units).toContainEqual(['paragraph', 'UK delivery: 2-4 working days']);
  });
});
