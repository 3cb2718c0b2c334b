/**
 * Which option or region a stated time belongs to (issue 11, "tables and option lists flattened to text"): in a line
 * that lists several times, each time takes the option or region named since the previous one; a region attached
 * after the time scopes it too; the home market named as a row is the general case. A time for one region or option
 * only is a variant, and a page that gives no general time states none.
 */
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../src/extract/extract-terms.js';
import { valueOf } from './helpers.js';

describe('delivery times listed by option or region', () => {
  it.each([
    ['Our couriers: main centres 1 - 2 days - farm areas 2 - 3 days - no weekend drops - courier network: 2 - 4 days.', { min: 2, max: 4 }],
    ['Express courier: main centres 1-2 days - outlying areas 3-4 days - regular courier: 3-6 days.', { min: 3, max: 6 }],
    ['Delivery to the US and Canada usually takes 5 to 8 days, Europe 9 to 14 days and the rest of the world 12 to 25 days.', { min: 5, max: 8 }],
    ['Parcels within Canada arrive in 2-6 business days.', { min: 2, max: 6 }],
  ])('%s → %j', (text, expected) => {
    const url = text.includes('within Canada') ? 'https://shop.example.ca/shipping' : 'https://shop.example.com/shipping';
    expect(valueOf(text, 'shipping.delivery_days', url)).toEqual(expected);
  });

  it.each([
    ['Standard (city): 1-3 business days: Standard (country areas, metro excluded): up to 8 business days'],
    ['Standard (metro): 2-4 business days. Standard (regional): up to 9 business days.'],
    ['Door-to-door courier (Durban and Pietermaritzburg only) 2-3 days delivery.'],
    ['Bulky parcels generally take 4 working days for delivery.'],
    ['For all other destinations parcels should arrive within 15 working days.'],
  ])('gives no general time for: %s', (text) => expect(valueOf(text, 'shipping.delivery_days')).toBeUndefined());

  it('keeps the regional time as a variant of the general one', () => {
    const reading = extractTerms({ body: 'Standard delivery takes 2-4 days, or 5-7 days to rural areas.', contentType: 'text/plain' }).terms['shipping.delivery_days'];
    expect(reading?.value).toEqual({ min: 2, max: 4 });
  });
});

describe('dispatch named as the moment a clock starts', () => {
  it.each([
    ['Once shipped, parcels take 4-6 days.', 'shipping.delivery_days', { min: 4, max: 6 }],
    ['Estimated arrival from the date of dispatch: 5-9 days.', 'shipping.delivery_days', { min: 5, max: 9 }],
    ['The dispatch process begins 24 hours after we receive your order.', 'shipping.processing_days', { min: 1, max: 1 }],
  ] as const)('%s → %s %j', (text, term, expected) => expect(valueOf(text, term)).toEqual(expected));

  it.each([
    ['Once your parcel ships, a tracking link is e-mailed to you within 24-48 hours.'],
    ['Once your order has shipped you will receive an e-mail within 24 hours with its tracking link.'],
    ['Should you change your mind, this process usually takes 5-8 business days.'],
  ])('states no shipping time: %s', (text) => {
    expect(valueOf(text, 'shipping.processing_days')).toBeUndefined();
    expect(valueOf(text, 'shipping.delivery_days')).toBeUndefined();
  });
});

describe('a dated notice is not the usual cut-off', () => {
  it('a cut-off tied to a calendar date is a variant', () => {
    expect(valueOf('Anything ordered after 11am on Thursday 19th December will leave us on 6 January.', 'shipping.cutoff_time')).toBeUndefined();
  });
  it('the everyday cut-off beside it still counts', () => {
    const text = 'Orders placed before 1pm are dispatched the same day.\n\nAnything ordered after 11am on Thursday 19th December will leave us on 6 January.';
    expect(valueOf(text, 'shipping.cutoff_time')).toBe('13:00');
  });
});


describe('other clocks in a shipping sentence', () => {
  it.each([
    ['If nobody is in, the courier keeps your parcel at the depot for 5 days.'],
    ['Unclaimed parcels wait at the post office for 14 days before they come back to us.'],
    ['A parcel that has not turned up within 20 working days is treated as lost.'],
    ['Please inspect your delivery within 48 hours of receiving it.'],
    ['E-gift cards are delivered to your inbox within 2 hours.'],
  ])('states no shipping time: %s', (text) => {
    expect(valueOf(text, 'shipping.processing_days')).toBeUndefined();
    expect(valueOf(text, 'shipping.delivery_days')).toBeUndefined();
  });

  it.each([
    ['Parcels arrive within 3-5 working days, and gift cards are e-mailed within 1 hour.', { min: 3, max: 5 }],
    ['Gift vouchers go out by e-mail straight away, while parcels are delivered in 2-4 days.', { min: 2, max: 4 }],
  ])('the parcel\'s own time in the other clause still counts: %s', (text, expected) => expect(valueOf(text, 'shipping.delivery_days')).toEqual(expected));
});

describe('"dispatched for delivery" names the dispatch clock', () => {
  it('the delivery it is sent for is its purpose', () => {
    expect(valueOf('Parcels are normally sent out for delivery within 2-3 working days.', 'shipping.processing_days')).toEqual({ min: 2, max: 3 });
    expect(valueOf('Parcels are normally sent out for delivery within 2-3 working days.', 'shipping.delivery_days')).toBeUndefined();
  });
});

describe('shipping.processing_days: a kind of goods said of the whole catalogue is no scope', () => {
  it.each([
    // a copula makes "made to order" a predicate of every item: the time is the shop's general one
    ['As items can be custom made to order please allow 3 to 7 business days for order processing.', { min: 3, max: 7 }],
    ['All our candles are made to order, so please allow 5 working days before dispatch.', { min: 5, max: 5 }],
    ['Because every print is personalised, orders are dispatched within 4 working days.', { min: 4, max: 4 }],
    // the subset it picks out as a noun or in a relative clause stays a variant beside the general time
    ['Made-to-order pieces need 2-3 weeks before they ship. In-stock items ship within 2 days.', { min: 2, max: 2 }],
  ])('%s → %j', (text, expected) => expect(valueOf(text, 'shipping.processing_days')).toEqual(expected));

  it('"items that are made to order" picks out a subset: no general time', () =>
    expect(valueOf('Items that are made to order are dispatched within 3 weeks.', 'shipping.processing_days')).toBeUndefined());
});
