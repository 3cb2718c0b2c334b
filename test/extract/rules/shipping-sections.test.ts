/**
 * Choosing between candidates by the section they sit under (issue 11): a transit time under a heading for another
 * destination or a faster service is that option's variant, not the standard time, whichever comes first on the page;
 * the home market or the standard service named in the sentence or its heading keeps it general. And a rate list
 * flattened to "amount – FREE" lines states the threshold.
 */
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../src/extract/extract-terms.js';
import { valueOf } from './helpers.js';

describe('shipping.delivery_days chosen by section', () => {
  it.each([
    ['International orders\nParcels to addresses abroad arrive within 10-20 business days.\n\nWithin the US\nParcels arrive within 3-5 business days.', { min: 3, max: 5 }],
    ['Overseas\nAllow 2-4 weeks for your parcel to arrive.\n\nDelivery\nMost parcels arrive within 2-3 working days.', { min: 2, max: 3 }],
    ['Express\nOur courier brings it in 1-2 days.\n\nStandard\nParcels reach you in 4-6 days.', { min: 4, max: 6 }],
    // the sentence names home itself: general whatever its heading
    ['Worldwide shipping\nUS orders arrive within 3-5 business days; everywhere else within 2-3 weeks.', { min: 3, max: 5 }],
    // a page title naming the topic scopes nothing
    ['International Shipping Policy\nParcels arrive within 6-9 business days.', { min: 6, max: 9 }],
  ])('%j → %j', (text, expected) => expect(valueOf(text, 'shipping.delivery_days')).toEqual(expected));

  it('keeps the time under a foreign destination as a variant when it is all the page says', () => {
    const terms = extractTerms({ body: 'Worldwide delivery\nParcels take 10-18 business days to arrive.', contentType: 'text/plain', url: null }).terms;
    expect(terms['shipping.delivery_days']).toBeUndefined();
    expect(terms['shipping.international']?.value).toBe(true);
  });
});

describe('shipping: the local round beside delivery beyond it', () => {
  // "pick-ups" is no UPS, "anywhere in town" no country: the round's own time stays its variant
  it.each([
    ['Delivery\nLocal delivery: our van does drop-offs and pick-ups, usually within 1 working day.\nNationwide: sent by Royal Mail, arriving in 2-3 working days.'],
    ['Delivery\nLocal delivery: anywhere in town, usually within 1 working day.\nNationwide: sent by Royal Mail, arriving in 2-3 working days.'],
  ])('%j → the nationwide time', (text) => expect(valueOf(text, 'shipping.delivery_days')).toEqual({ min: 2, max: 3 }));

  it('a page whose only delivery is its round, with store pick-ups, keeps the round general', () =>
    expect(valueOf('Delivery\nLocal delivery: our van brings your box within 1-2 working days.\nStore pick-ups are free too.', 'shipping.delivery_days')).toEqual({ min: 1, max: 2 }));

  it('"anywhere in the UK" is delivery beyond the round', () =>
    expect(valueOf('Delivery\nLocal delivery: our van brings your box within 1 working day.\nWe deliver anywhere in the UK in 3-4 working days.', 'shipping.delivery_days')).toEqual({ min: 3, max: 4 }));
});

describe('shipping.free_threshold from a flattened rate list', () => {
  it.each([
    ['Shipping rates\nOrders under $40 - $5.50\nOrders $40 and over - FREE', { amount: 40, currency: 'USD' }],
    ['Delivery charges\nBaskets £30 and up – free', { amount: 30, currency: 'GBP' }],
  ])('%j → %j', (text, expected) => expect(valueOf(text, 'shipping.free_threshold')).toEqual(expected));

  it('a price line without a shipping word or section is no offer', () => expect(valueOf('Orders $40 and over - FREE gift', 'shipping.free_threshold')).toBeUndefined());
});

describe('shipping.processing_days: the wait before sending, and a hedge after it', () => {
  it.each([
    ['Every piece is stitched by hand, so please allow 3-5 days before posting.', { min: 3, max: 5 }],
    ['Allow 5 working days before mailing.', { min: 5, max: 5 }],
    ['We need 2 days prior to it being dispatched.', { min: 2, max: 2 }],
    // a busy season named after a comma hedges the usual time; named before it, it scopes the time
    ['Please allow 2-4 days before dispatch, this can stretch during peak seasons.', { min: 2, max: 4 }],
  ])('%s → %j', (text, expected) => expect(valueOf(text, 'shipping.processing_days')).toEqual(expected));

  it('a time stated for the busy season is no usual time', () =>
    expect(valueOf('During peak times, it may take up to 6 days to dispatch your order.', 'shipping.processing_days')).toBeUndefined());
});
