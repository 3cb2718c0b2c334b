/**
 * shipping.international from the area a shop sends to (issue 11, round 11 fresh pages): one frame — a verb of
 * sending, or "available to", then an area preposition ("within", "throughout", "anywhere in", "to … addresses",
 * "only … to") and the home market with no second place — says home only (false); the same area as the scope of an
 * offer, a price or a title, or hedged ("mainly"), says nothing. Not-yet words withdraw a service abroad; orders
 * from outside the home country imply it.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

const UK = ' A parcel costs £4.50.';

describe('shipping.international: the home area as the area served', () => {
  it.each([
    [`We are able to post to just about anywhere within the UK.${UK}`],
    [`Parcels are delivered throughout the UK, except the Scottish islands.${UK}`],
    [`Next day courier is available to mainland UK addresses.${UK}`],
    [`We only send parcels to the UK, by Royal Mail.${UK}`],
  ])('false: %s', (text) => expect(valueOf(text, 'shipping.international')).toBe(false));

  it.each([
    [`We deliver throughout the UK and to Ireland.${UK}`],
    [`For parcels sent within the UK, the price includes VAT.${UK}`],
    [`Orders over £60 are delivered free anywhere in the UK.`],
    [`We mostly use a courier to send orders within the UK.${UK}`],
  ])('not false: %s', (text) => expect(valueOf(text, 'shipping.international')).not.toBe(false));
});

describe('shipping.international: not yet, and orders from outside', () => {
  it('a service abroad announced as coming is not offered', () => {
    expect(valueOf(`Worldwide shipping - coming soon!${UK}`, 'shipping.international')).toBe(false);
  });
  it('a plan to ship abroad offers nothing yet', () => {
    expect(valueOf(`We are working on a way to ship our candles around the world, so watch this space.${UK}`, 'shipping.international')).toBeUndefined();
  });
  it('returns from orders outside the home country imply shipping abroad', () => {
    expect(valueOf('Returns: orders from outside New Zealand may be returned within 30 days of dispatch.', 'shipping.international')).toBe(true);
  });
});
