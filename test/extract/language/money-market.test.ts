/**
 * Whose market a page is when its amounts do not say (issue 11): the area it serves named as home counts more than a
 * place name, and a pound or euro market is told by its national carriers when no amount carries a sign.
 */
import { describe, expect, it } from 'vitest';
import { dollarCurrency, pageCurrency } from '../../../src/extract/language/money.js';
import { valueOf } from '../rules/helpers.js';

describe('dollarCurrency: the home area served', () => {
  it.each([
    ['We deliver to every address within mainland Singapore. Orders above $100 ship free.', 'SGD'],
    ['Shipping is Australia-wide by courier; orders over $80 ship free.', 'AUD'],
    // one place name without home-area words stays USD, and a tie keeps USD
    ['Our founder grew up in Singapore. Orders above $100 ship free.', 'USD'],
    ['We ship within the United States and within Canada.', 'USD'],
  ])('%s → %s', (text, code) => expect(dollarCurrency('https://shop.example/p', text)).toBe(code));
});

describe('pageCurrency: national carriers when no amount has a sign', () => {
  const units = (text: string) => [{ text }];
  it.each([
    ['Parcels go with PostNL; delivery is free for orders over 60.', 'EUR'],
    ['We send everything by Royal Mail and delivery is free over 40.', 'GBP'],
    // both markets named: no guess
    ['Parcels go by Royal Mail in Britain and by PostNL on the continent.', 'USD'],
    ['Delivery is free for orders over 60.', 'USD'],
  ])('%s → %s', (text, code) => expect(pageCurrency(units(text), text, 'https://shop.example/p', 'USD')).toBe(code));

  it('a bare threshold takes the carrier’s market', () =>
    expect(valueOf('Your parcel travels with PostNL. We provide complimentary standard delivery for all orders over 60.', 'shipping.free_threshold', 'https://shop.example/p')).toEqual({ amount: 60, currency: 'EUR' }));
});
