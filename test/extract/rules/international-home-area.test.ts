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

// The fixed refusal patterns folded into two frames: the home-only frame (one area marked "only", any of its spellings)
// and the refusal frame (a negated act of sending or of taking orders that reaches somewhere abroad).
describe('shipping.international refused by the two frames', () => {
  it.each([
    ['Orders go to mainland UK addresses only.'],
    ['Please note: domestic deliveries only.'],
    ['For now we post to the 48 contiguous states only.'],
    ['Shipping: within Great Britain only.'],
    ['Each delivery must be made to an address in New Zealand.'],
    ['We only accept orders with a US delivery address.'],
    ['We currently only send parcels domestically.'],
    ['Sadly we are unable to send parcels to Guam, Alaska or any address outside the continental US.'],
    ['We cannot take orders from addresses outside Australia.'],
    ['Right now there is no overseas delivery.'],
    ['International shipping is not currently available.'],
    ['Can you post my order to Spain or Germany? Sorry, for now we can only post to Irish addresses.'],
  ])('→ false: %s', (text) => expect(valueOf(text, 'shipping.international')).toBe(false));

  it.each([
    ['We take no responsibility for hold-ups on international orders caused by customs.'],
    ['Besides Canada we do not send to any other international destinations.'],
    ['A few glass items cannot be posted overseas; everything else can.'],
    ['Tweed bags, Europe (non-EU only) – £12.85'],
    ['We deliver to the UK, Ireland and Belgium only.'],
  ])('not refused: %s', (text) => expect(valueOf(text, 'shipping.international')).not.toBe(false));

  it('a question about home is answered by its answer alone', () =>
    expect(valueOf('Do you deliver to the UK? Yes, to every UK postcode.', 'shipping.international', 'https://shop.example.co.uk/pages/delivery')).toBeUndefined());
});
