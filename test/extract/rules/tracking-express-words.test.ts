/**
 * Tracking and express read by word classes and frames, not phrase by phrase (issue 11, round 11 fresh pages):
 * a tracking word beside a word of the parcel or its service says the standard parcel is tracked, unless the parcel is
 * the buyer's, abroad only, or one of a choice with untracked post; an express word is no offer when the buyer is told
 * how to send a parcel, when it is a courier company's name, when next day is what every order gets, or when a
 * negation restricts some goods rather than the service; two tiers of one service named side by side offer the faster.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('shipping.tracking: a tracking word beside a parcel word', () => {
  it.each([
    ['When your parcel leaves us you get a track and trace code by e-mail.'],
    ['We post every order by tracked courier as standard.'],
    ['Orders inside the country travel by Letterbox Post Tracked.'],
    ['- Trackable service with updates by text message'],
  ])('true: %s', (text) => expect(valueOf(text, 'shipping.tracking')).toBe(true));

  it.each([
    ['Parcels abroad travel by a tracked international courier.'],
    ['Send it back to us with a tracked courier service.'],
    ['It is your responsibility to follow the tracking of your parcel.'],
  ])('states nothing: %s', (text) => expect(valueOf(text, 'shipping.tracking')).toBeUndefined());
});

describe('shipping.express_available: not an offer of a faster service', () => {
  it.each([
    ['Please do not send the box back by an express courier.'],
    ['Goods returned by post must be sent using next day special delivery.'],
    ['Your plants travel with Hedgerow Express or by post, depending on size.'],
    ['All orders are dispatched by courier for next day delivery.'],
    ['We are unable to ship aerosols via expedited services.'],
    ['Rush deliveries cannot be requested for made-to-order pieces.'],
    ['A few islands take three days instead of our usual next day service.'],
  ])('states nothing: %s', (text) => expect(valueOf(text, 'shipping.express_available')).toBeUndefined());

  it.each([
    ['At checkout choose Tracked 24 or Tracked 48 for your parcel.'],
    ['We deliver by premium or economy service, your choice.'],
    // an upgrade that brings tracking and a speed named by any express word is a faster service
    ['Upgraded postage buys tracking and a two-day service.'],
    ['Upgraded postage adds tracking and Saturday delivery.'],
    // a negation in another clause refuses neither tier
    ['Should the van not come by noon, your parcel moves from economy to premium post at no cost.'],
  ])('true: %s', (text) => expect(valueOf(text, 'shipping.express_available')).toBe(true));

  it.each([
    ['We no longer run premium or economy post, only one service.'],
  ])('the pair refused states nothing: %s', (text) => expect(valueOf(text, 'shipping.express_available')).toBeUndefined());
});

describe('shipping.delivery_days: a worded day naming the shop’s own service', () => {
  it.each([
    ['A few postcodes take three days instead of our usual next day service.', { min: 1, max: 1 }],
    ["Orders leave us Monday to Thursday with our courier on a 'next day' service.", { min: 1, max: 1 }],
    ['Our same-day van delivery service covers addresses within 10 miles of the shop.', { min: 0, max: 0 }],
  ])('%s → %j', (text, expected) => expect(valueOf(text, 'shipping.delivery_days')).toEqual(expected));

  it.each([
    ['A next day delivery can be chosen for an extra £4.'],
    ['We do not guarantee a next day service.'],
    ['Orders arrive the next working day at the delivery point you choose.'],
  ])('states nothing: %s', (text) => expect(valueOf(text, 'shipping.delivery_days')).toBeUndefined());
});

describe('shipping.processing_days: the span beside the term’s name outranks an earlier incidental one', () => {
  it('a sub-step first, the named processing time after', () => {
    const text = 'Fresh production time varies but will be no more than 9 days. Please allow 4-6 business days for processing before your order ships.';
    expect(valueOf(text, 'shipping.processing_days')).toEqual({ min: 4, max: 6 });
  });
  it('an answer about address changes first, the processing time after', () => {
    const text = 'Can I change my address? Once an order is placed our team can pack and ship it within 24 hours. How long is processing? Order processing times are between 2 and 4 business days.';
    expect(valueOf(text, 'shipping.processing_days')).toEqual({ min: 2, max: 4 });
  });
});

describe('shipping.processing_days: the span the page names outranks a worded same day', () => {
  it('a bracketed span after the label outranks a same-day wording', () => {
    const text = 'Our processing time (0-2 days): if payment arrives by noon we usually ship the same day.';
    expect(valueOf(text, 'shipping.processing_days')).toEqual({ min: 0, max: 2 });
  });
});

describe('support.channels: the means of a request, and tracking help', () => {
  it('the channels a request is made by are ways in', () => {
    expect(valueOf('Repair requests can be made via email or telephone.', 'support.channels')).toEqual(['email', 'phone']);
  });
  it('help with tracking a parcel is still a way to reach the shop', () => {
    expect(valueOf('If you need a hand tracking your parcel, contact our team at [email protected] on weekdays.', 'support.channels')).toEqual(['email']);
  });
  it('a tracking email sent to the buyer is no channel', () => {
    expect(valueOf('You will receive a tracking email when your order ships.', 'support.channels')).toBeUndefined();
  });
});
