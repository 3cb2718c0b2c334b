/**
 * The place word class (src/extract/rules/places.ts) and the destination frame that reads it (issue 11): a list of
 * countries after an act of sending, "outside" a named country, a region — and what stays home: the home market named
 * alone, a euro country on a euro page, a refusal.
 */
import { describe, expect, it } from 'vitest';
import { isAbroad } from '../../../src/extract/rules/places.js';
import { valueOf } from './helpers.js';

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
