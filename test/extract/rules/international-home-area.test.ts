/**
 * Shipping abroad, stated or implied (issue 11, real-page convention): a page whose only shipping area is its home
 * country does not ship abroad, even when template boilerplate about duties follows; duties alone imply shipping
 * abroad only when the page names no area; buyers "outside the EU" spared VAT are customers abroad.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('shipping.international from the areas a page serves', () => {
  it.each([
    ['We presently deliver to addresses within Australia.'],
    ['We send parcels to most places within India.'],
    ['Shipping areas\n\nWe currently ship to customers in the United States.\n\nAny duties or import taxes charged after dispatch are the customer’s to pay.'],
  ])('home area only → false: %s', (text) => expect(valueOf(text, 'shipping.international')).toBe(false));

  // The home-only frame: "only" over the act of sending, or one area marked "only", names the one country served.
  it.each([
    ['Parcels can only be delivered to a street address in Ireland; we cannot use parcel lockers.'],
    ['Sorry, we only send our web orders to Canadian addresses at the moment.'],
    ['Standard courier, 3-4 working days (New Zealand only) – $9.'],
    ['We will deliver to any address within mainland Singapore.'],
  ])('one country and only → false: %s', (text) => expect(valueOf(text, 'shipping.international')).toBe(false));

  it.each([
    ['We can only dispatch orders to a postal address in Canada or the United States.'],
    ['Our couriers cannot only deliver to an address in Norway, they also collect from it.'],
  ])('two areas, or not only → not refused: %s', (text) => expect(valueOf(text, 'shipping.international')).not.toBe(false));

  it.each([
    ['We ship within the UK and to Ireland.'],
    ['We deliver within Canada, the US and Mexico.'],
    ['Import duties and local taxes are payable by the recipient.'],
    ['Shoppers ordering from outside the European Union do not pay our 21% VAT.'],
    ['We currently ship to customers in the United States.\n\nInternational orders take 10-15 days to arrive.'],
  ])('abroad → true: %s', (text) => expect(valueOf(text, 'shipping.international')).toBe(true));
});
