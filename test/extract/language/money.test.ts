import { describe, expect, it } from 'vitest';
import { dollarCurrency, findMoney, findPercents, quotesPrice } from '../../../src/extract/language/money.js';

describe('findMoney: symbols and ISO codes', () => {
  it.each([
    ['over $50', 50, 'USD'],
    ['over £40', 40, 'GBP'],
    ['over €35', 35, 'EUR'],
    ['over C$75', 75, 'CAD'],
    ['over CA$75', 75, 'CAD'],
    ['over A$60', 60, 'AUD'],
    ['over AU$60', 60, 'AUD'],
    ['over USD 50', 50, 'USD'],
    ['over 50 EUR', 50, 'EUR'],
    ['over 50,00 €', 50, 'EUR'],
    ['over $1,000.00', 1000, 'USD'],
    ['over $49.99', 49.99, 'USD'],
    ['over $75 CAD', 75, 'CAD'],
  ])('%s → %d %s', (text, amount, currency) => {
    expect(findMoney(text)[0]).toMatchObject({ amount, currency });
  });

  it('a bare $ takes the currency chosen for the page', () => {
    expect(findMoney('orders over $50', 'CAD')[0]).toMatchObject({ amount: 50, currency: 'CAD' });
  });

  it('finds no money in plain numbers', () => {
    expect(findMoney('within 30 days of delivery')).toEqual([]);
  });
});

describe('quotesPrice: a currency sign beside a figure', () => {
  it.each(['Express: $12.50', 'Rest of world £ 9', 'Europe – €8', 'Europe – 8 €', 'Europe – 4,90€'])('%s quotes a price', (text) => {
    expect(quotesPrice(text)).toBe(true);
  });
  it.each(['Europe: 5-8 days', 'prices in € are shown at checkout', 'a 10% fee'])('%s quotes none', (text) => {
    expect(quotesPrice(text)).toBe(false);
  });
});

describe('dollarCurrency: the conservative bare-$ rule', () => {
  it.each([
    ['https://shop.example.com/returns', '', 'USD'],
    ['https://shop.example.ca/returns', '', 'CAD'],
    ['https://shop.example.com.au/returns', '', 'AUD'],
    ['https://shop.example.co.nz/returns', '', 'NZD'],
    [null, '', 'USD'],
    [null, 'All prices are in Canadian dollars.', 'CAD'],
    ['https://shop.example.com/', 'Prices shown in AUD.', 'AUD'],
  ])('%s %s → %s', (url, text, code) => {
    expect(dollarCurrency(url, text)).toBe(code);
  });
});

describe('dollarCurrency: a page that plainly belongs to another dollar country', () => {
  it.each([
    ['We post by Australia Post; orders placed by noon AEST ship the same day.', 'AUD'],
    ['Canada Post delivers across Canada; prices exclude GST/HST.', 'CAD'],
    ['Orders go out with NZ Post from our Auckland studio.', 'NZD'],
  ])('%s → %s', (text, code) => {
    expect(dollarCurrency('https://shop.example/shipping', text)).toBe(code);
  });

  it.each([
    ['One mention of Sydney is not a country.', 'USD'],
    ['We ship from Toronto with USPS to the contiguous U.S. and Alaska.', 'USD'],
  ])('%s → %s', (text, code) => {
    expect(dollarCurrency('https://shop.example/shipping', text)).toBe(code);
  });

  it('an address that names a country outranks the page’s signals', () => {
    expect(dollarCurrency('https://shop.example.ca/', 'We post with Australia Post from Melbourne.')).toBe('CAD');
  });
});

describe('findPercents', () => {
  it.each([
    ['a 15% restocking fee', 15],
    ['a 15 percent fee', 15],
    ['12.5 per cent', 12.5],
  ])('%s → %d', (text, percent) => expect(findPercents(text)[0]?.percent).toBe(percent));
});
