/**
 * Who pays return postage, scoped (issue 11, scope "which option"): postage the shop pays only on exchanges or only for
 * returns brought to a shop is a variant, and a prepaid label the page charges for is the shopper's cost. In-house
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../src/extract/extract-terms.js';
import { valueOf } from './helpers.js';

function readingOf(text: string): { value: unknown; variants: unknown[] } | undefined {
  const r = extractTerms({ body: text, contentType: 'text/plain', url: null }).terms['returns.return_shipping'];
  return r ? { value: r.value, variants: (r.variants ?? []).map((v) => [v.value, v.scope]) } : undefined;
}

describe('free return postage limited to one option is a variant', () => {
  it.each<[string, unknown]>([
    // the option alone: no default is stated
    ['We happily cover return shipping on every size exchange.', undefined],
    ['Exchanges are free, with no return fee at all.', undefined],
    ['Returns are free when brought back to one of our shops.', undefined],
    ['In-store returns are always free.', undefined],
    // beside the ordinary return, the ordinary return decides
    ['Return postage is the customer\'s responsibility. We happily cover return shipping on every size exchange.', 'customer'],
    ['Returns are free when brought back to one of our shops. For returns by post, the customer pays the postage.', 'customer'],
    // said of every return it is the default
    ['Return shipping is free on all orders.', 'free'],
    ['Free returns and exchanges within 30 days.', 'free'],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.return_shipping')).toEqual(expected);
  });

  it('keeps the option as a variant with its scope', () => {
    const r = readingOf('Return postage is the customer\'s responsibility. We happily cover return shipping on every size exchange.');
    expect(r?.variants).toContainEqual(['free', 'exchanges']);
  });
});

describe('a prepaid label the page charges for is not free postage', () => {
  it.each<[string, unknown]>([
    ['Returns\n\nPrint our prepaid return label and drop the parcel at any post office. A label fee of $6 is taken off your refund when you use it.', 'customer'],
    ['Returns\n\nYou can use our prepaid returns label for every return. The label costs £3.50, deducted from your refund.', 'customer'],
    // a label the page calls free stands
    ['Returns\n\nWe email you a free prepaid return label. A label fee of $6 applies to exchanges shipped abroad only.', 'free'],
    // without a charge, a prepaid label is the shop's
    ['Returns\n\nWe include a prepaid return label in every parcel.', 'free'],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.return_shipping')).toEqual(expected);
  });
});
