/**
 * The place word class (src/extract/language/places.ts): one row per country or region, read by the currency of a page,
 * shipping's home market and destinations, and the scope of a value — and the destination frame that reads it (issue
 * 11): a list of countries after an act of sending, "outside" a named country, a region — and what stays home: the home
 * market named alone, a euro country on a euro page, a refusal.
 */
import { describe, expect, it } from 'vitest';
import {
  abroadWords,
  COUNTRY_ADJECTIVES,
  COUNTRY_NAMES,
  currencyOfDomain,
  currencyOfRegion,
  homeNames,
  isAbroad,
  MARKET_SIGNALS,
  PLACES,
  REGION_NAMES,
} from '../../../src/extract/language/places.js';
import { scopeOf } from '../../../src/extract/language/scope.js';
import { valueOf } from '../rules/helpers.js';

describe('the table: one row per place', () => {
  it('gives every place an id of its own and at least one name', () => {
    expect(new Set(PLACES.map((p) => p.id)).size).toBe(PLACES.length);
    for (const p of PLACES) expect(p.names.length, p.id).toBeGreaterThan(0);
  });

  it('writes every name in lower case, as the normalised unit text does', () => {
    for (const p of PLACES) for (const w of [...p.names, ...(p.adjectives ?? []), ...(p.home ?? []), ...(p.signals ?? [])]) expect(w, p.id).toBe(w.toLowerCase());
  });

  it('reads a row into every list: names, adjectives, regions', () => {
    expect(COUNTRY_NAMES).toEqual(expect.arrayContaining(['canada', 'republic of ireland', 'ireland', 'south africa']));
    expect(COUNTRY_ADJECTIVES).toEqual(expect.arrayContaining(['australian', 'irish', 'south african']));
    expect(REGION_NAMES).toEqual(expect.arrayContaining(['europe', 'scandinavia']));
    expect(COUNTRY_NAMES).not.toContain('europe');
  });
});

describe('homeNames: how a page priced in a currency names its own market', () => {
  it.each([
    ['CAD', 'Free shipping for Canadian addresses', true],
    ['CAD', 'We ship to the United States', false],
    ['USD', 'We ship within the US only', true],
    ['USD', 'US orders arrive in 3 days', true],
    // "us" alone is the pronoun
    ['USD', 'Contact us for a quote', false],
    ['GBP', 'Free delivery on the UK mainland', true],
    ['NZD', 'Free delivery within NZ', true],
    ['NOK', 'We deliver across Norway', true],
  ])('%s: %s → %s', (currency, text, expected) => expect(homeNames(currency)!.test(text.toLowerCase())).toBe(expected));

  it('gives none for a currency several countries share, nor for one no row has', () => {
    expect(homeNames('EUR')).toBeUndefined();
    expect(homeNames('XYZ')).toBeUndefined();
  });
});

describe('currencyOfDomain and currencyOfRegion', () => {
  it.each([
    ['shop.example.ca', 'CAD'],
    ['shop.example.co.uk', 'GBP'],
    ['shop.example.de', 'EUR'],
    ['shop.example.eu', 'EUR'],
    ['shop.example.co.za', 'ZAR'],
    ['shop.example.com', undefined],
    ['localhost', undefined],
  ])('%s → %s', (host, currency) => expect(currencyOfDomain(host)).toBe(currency));

  it.each([
    ['CA', 'CAD'],
    ['us', 'USD'],
    ['hk', 'HKD'],
    ['xx', undefined],
  ])('region %s → %s', (region, currency) => expect(currencyOfRegion(region)).toBe(currency));
});

describe('MARKET_SIGNALS: a market joins the signals of every country that prices in its money', () => {
  const market = (currency: string) => MARKET_SIGNALS.find((m) => m.currency === currency)!;
  it('the euro market hears the Dutch and the French carriers alike', () => {
    expect('sent with postnl'.match(market('EUR').signals)).toHaveLength(1);
    expect('colissimo or la poste'.match(market('EUR').signals)).toHaveLength(2);
  });
  it('a dollar market counts the area it serves', () => expect('we ship australia-wide'.match(market('AUD').homeArea!)).toHaveLength(1));
  it('a currency with no signals is no market', () => expect(MARKET_SIGNALS.find((m) => m.currency === 'JPY')).toBeUndefined());
});

describe('scopeOf reads the places a term is limited to', () => {
  it.each([
    ['Orders to Alaska and Hawaii ship within 10 days', 'alaska'],
    ['Returns from Canada are accepted within 14 days', 'canada'],
    ['UK orders may be returned within 14 days', 'uk'],
    ['Returns are accepted within 30 days', undefined],
  ])('%s → %s', (text, scope) => expect(scopeOf(text.toLowerCase())).toBe(scope));
});

describe('abroadWords: everywhere beyond the home market, one word class by role', () => {
  const whole = (source: string): RegExp => new RegExp(`^${source}$`);
  it.each([
    ['adjective', 'overseas', true],
    ['adjective', 'foreign', true],
    ['adjective', 'abroad', false],
    ['adverb', 'internationally', true],
    ['adverb', 'abroad', true],
    ['adverb', 'foreign', false],
    ['head', 'rest of the world', true],
    ['head', 'rest of world', true],
    ['head', 'abroad', false],
  ] as const)('%s: %s → %s', (role, word, expected) => expect(whole(abroadWords([role])).test(word)).toBe(expected));

  it('joins roles without repeating a word, and takes the extra words a pattern needs', () => {
    const source = abroadWords(['adjective', 'head'], 'europe');
    expect(source.match(/international(?!ly)/g)).toHaveLength(1);
    expect(whole(source).test('europe')).toBe(true);
    expect(whole(source).test('rest of the world')).toBe(true);
  });
});

describe('isAbroad', () => {
  it.each([
    ['canada', /\bcanada\b/, 'CAD', false],
    ['the united states', /\bcanada\b/, 'CAD', true],
    ['europe', undefined, 'EUR', true],
    ['france', undefined, 'EUR', false],
    ['norway', undefined, 'EUR', true],
    ['iceland', undefined, 'CHF', true],
  ] as const)('%s with home %s on a %s page → %s', (place, home, currency, expected) => expect(isAbroad(place, home, currency)).toBe(expected));
});

describe('shipping.international from named destinations', () => {
  it.each([
    ['We have set up postage to Spain, Portugal, Norway and Iceland.', 'https://shop.example.co.uk/p', true],
    ['We ship across Canada and to the United States from our Halifax studio.', 'https://shop.example.ca/p', true],
    ['We deliver anywhere in Canada and the United States.', 'https://shop.example.ca/p', true],
    ['Postage costs for parcels outside the Republic of Ireland are quoted per order.', 'https://shop.example.ie/p', true],
    ['Delivery across Scandinavia takes a week.', 'https://shop.example.co.uk/p', true],
    ['We happily post to Norway as well.', 'https://shop.example.co.uk/p', true],
  ])('%s → %s', (text, url, expected) => expect(valueOf(text, 'shipping.international', url)).toBe(expected));

  it.each([
    // the home market alone, and a destination list that is refused
    ['We offer delivery across South Africa by courier.', 'https://shop.example.co.za/p'],
    ['Delivery to Canada takes 2-5 business days.', 'https://shop.example.ca/p'],
    ['We deliver turkey and ham to your door.', 'https://shop.example.com/p'],
  ])('names no place abroad: %s', (text, url) => expect(valueOf(text, 'shipping.international', url)).toBeUndefined());

  it('a refused list of places is no shipping there', () =>
    expect(valueOf('Sadly we cannot ship to Norway, Iceland or Switzerland.', 'shipping.international', 'https://shop.example.co.uk/p')).not.toBe(true));
});
