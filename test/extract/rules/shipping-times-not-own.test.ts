/**
 * Times a shipping sentence does not give as the shop's own (issue 11, false positives on unseen pages): a promise
 * disclaimed, another trader's time, the shopper's wait before chasing a parcel, a time negated, and the consumer's
 * right to withdraw — each a word class read where it governs the duration, beside the shop's own stated times.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('shipping times that are not the shop’s own', () => {
  it.each([
    ['We cannot guarantee delivery within 24 hours.'],
    ['Our courier is unable to promise delivery within 2 working days.'],
    ['There is no guarantee of delivery in 3 days over bank holidays.'],
    ['Depending on where the seller is based, your parcel will reach you within 2-12 working days.'],
    ['The cheaper retailer must have the item in stock and ready for delivery within 2 working days.'],
    ['Please give it 10 working days before contacting us about a missing parcel.'],
    ['Wait up to 4 working days for delivery and check with your neighbours first.'],
    ['The buyer may dissolve the agreement for goods that have not been delivered within 14 days.'],
    ['Delivery within 3 working days is not guaranteed over public holidays.'],
    ['An extra transit time of 2 days applies to parcels for the islands.'],
    ['Courier: major cities 2-3 working days.'],
  ])('no delivery time: %s', (text) => expect(valueOf(text, 'shipping.delivery_days')).toBeUndefined());

  it('a wait before chasing is no dispatch time either', () => {
    expect(valueOf('Give it 2 weeks before sending us a message!', 'shipping.processing_days')).toBeUndefined();
  });

  it('a marketplace seller’s dispatch is still the order’s dispatch', () => {
    expect(valueOf('Your order is shipped by the seller within 5 days of purchase.', 'shipping.processing_days')).toEqual({ min: 5, max: 5 });
  });

  it.each([
    ['Orders are dispatched no later than 2 working days after payment.', 'shipping.processing_days', { min: 2, max: 2 }],
    ['We do not offer express, but standard delivery takes 3-5 days.', 'shipping.delivery_days', { min: 3, max: 5 }],
    ['We pack orders in 1-2 days; transit takes an additional 3-5 days.', 'shipping.delivery_days', { min: 3, max: 5 }],
    ['Orders leave within 2 days; we cannot guarantee delivery dates, but most arrive in 3-5 days.', 'shipping.delivery_days', { min: 3, max: 5 }],
  ] as const)('a bound or a disclaimer elsewhere keeps the stated time: %s', (text, term, expected) => expect(valueOf(text, term)).toEqual(expected));
});

describe('tracking said of the shopper’s parcel coming back', () => {
  it.each([
    ['Tracked postage required.'],
    ['Your tracking number lets us follow the parcel right up to when we receive it.'],
    ['Please use a tracked service: this helps us track your package.'],
  ])('no shipping.tracking: %s', (text) => expect(valueOf(text, 'shipping.tracking')).toBeUndefined());

  it('the shop receiving the order is not the shop receiving a return', () => {
    expect(valueOf('Once we receive your order, we ship it with a tracking number.', 'shipping.tracking')).toBe(true);
  });
});

describe('a bare clock takes its subject from the sentence before', () => {
  it('after a refund sentence, "allow 5-7 days for processing" is the refund’s', () => {
    const text = 'Refunds go back to the card you paid with.\nPlease allow 5-7 business days for processing.';
    expect(valueOf(text, 'shipping.processing_days')).toBeUndefined();
  });
  it('after a sentence about the orders, it is the dispatch time', () => {
    const text = 'Orders are packed with care in our studio.\nPlease allow 2-3 business days for processing.';
    expect(valueOf(text, 'shipping.processing_days')).toEqual({ min: 2, max: 3 });
  });
});
