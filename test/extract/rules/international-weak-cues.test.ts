/**
 * shipping.international from weak cues (issue 11: held-out precision 0.74): the word abroad said of where goods come
 * from, of who the shop is, or of an audience that loves it, is no destination; duties said of the home market's own
 * customers are on goods coming in. The real destinations beside them still count.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

const intl = (text: string, url = 'https://koalaknits.example.com/pages/shipping'): unknown => valueOf(`Shipping\n\n${text}`, 'shipping.international', url);

describe('shipping.international: abroad said of origin or audience', () => {
  it.each([
    ['Our candles are loved by over 20,000 customers worldwide.'],
    ['We source our fabrics from international suppliers and ship every order from our Ohio studio.'],
    ['Our products are made overseas and shipped to our warehouse in Texas before they go out to you.'],
    ['We are an international brand with stores in London and New York.'],
    ['Duties and taxes are included in the price for US customers.'],
  ])('states nothing: %s', (text) => expect(intl(text)).toBeUndefined());

  it.each([
    ['Customers ordering from outside the European Union pay no VAT.', 'https://koalaknits.example.co.uk/pages/faq'],
    ['We source locally and ship worldwide.', undefined],
    ['International customers pay duties on arrival.', undefined],
    ['Import duties are the responsibility of the buyer.', undefined],
  ])('still ships abroad: %s', (text, url) => expect(intl(text, url)).toBe(true));
});

describe('shipping.international: a destination another site of the brand serves', () => {
  it('reads "for delivery to Australia, go to our Australian site" as no shipping abroad from this one', () => {
    expect(intl('For delivery to Australia please go to our Australian site by clicking AU at the top.', 'https://koalaknits.example.co.nz/pages/delivery')).toBeUndefined();
  });

  it('still reads a destination served from this site', () => {
    expect(intl('We also deliver to Australia from our Auckland warehouse.', 'https://koalaknits.example.co.nz/pages/delivery')).toBe(true);
  });
});
