/**
 * Processing and delivery times as real pages word them (issue 11): in-house sentences for each class — ranges written
 * "from 2 to 4 weeks" or "2 days to 1 week", transit counted from dispatch ("after processing", "from time of pickup"),
 * "usually received", listed services ("Domestic shipping – 2–7 days"), noun compounds ("a 24–48 hour processing
 * time"), a sentence about the shop's own orders under another heading — and the traps: a busy season's time, a wait
 * before a lost-parcel claim, a tracking e-mail's delay.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('shipping.delivery_days in real wordings', () => {
  it.each([
    ['The normal delivery time is from 7 to 10 days.', { min: 7, max: 10 }],
    ['Shipment timeline varies from 2 days to 1 week depending on the location.', { min: 2, max: 7 }],
    ['Their shipping times are 3-5 business days from time of pickup.', { min: 3, max: 5 }],
    ['If you choose our regular service, it will be delivered after being processed in 3 to 7 business days.', { min: 3, max: 7 }],
    ['Delivery can take anywhere from 3 to 8 full business days after it is shipped.', { min: 3, max: 8 }],
    ['All mainland orders should be received within 7-10 business days after processing.', { min: 7, max: 10 }],
    ['Parcels are usually received in 5 to 7 days.', { min: 5, max: 7 }],
    ['Orders may take 1-12 business days to be sent to destination.', { min: 1, max: 12 }],
    ['Domestic shipping (within the USA) - 2-7 business days.', { min: 2, max: 7 }],
    ['Orders go by USPS Priority Mail and it will take 1 to 10 days for delivery.', { min: 1, max: 10 }],
    ['We aim to deliver within 3 working days (please allow up to double during Christmas and sale periods).', { min: 3, max: 3 }],
    // arrival said as being with the shopper, a carrier's own verb after the time, an adverb before "takes"
    ['Your parcel should be with you in 2-4 days.', { min: 2, max: 4 }],
    ['Please allow 3-6 days for the postie to deliver it.', { min: 3, max: 6 }],
    ['Most boxes land on your doorstep within 3 days.', { min: 3, max: 3 }],
    ['Australia Post normally takes 2-6 business days.', { min: 2, max: 6 }],
    ['Nearly every customer receives their order within 4 business days.', { min: 4, max: 4 }],
    ['Delivery takes 3-5 days in most cases and a week in a few.', { min: 3, max: 5 }],
    // the carriage itself as the subject of "takes", and arrival said as reaching the customer
    ['The post usually takes 3-6 days.', { min: 3, max: 6 }],
    ['Postage takes 2-5 working days.', { min: 2, max: 5 }],
    ['Orders typically reach customers within a week.', { min: 7, max: 7 }],
  ])('%s → %j', (text, expected) => expect(valueOf(text, 'shipping.delivery_days')).toEqual(expected));

  it.each([
    ['You will receive the tracking number by email between 24 to 48 hours after purchase.'],
    ['During the festive season please allow up to 3 weeks for delivery.'],
    ['Lost parcel\n\n2nd class: 10 working days after dispatch'],
    // a table by area in one sentence: every time names its area, so none is the general time
    ['Couriers take 2-4 days for metro suburbs, 4-6 days for country towns and 6-9 days for all other postcodes.'],
    ['Parcels take 1-2 days to the North Island and 2-4 days to the South Island.'],
  ])('states no usual delivery time: %s', (text) => expect(valueOf(text, 'shipping.delivery_days')).toBeUndefined());
});

describe('shipping.processing_days in real wordings', () => {
  it.each([
    ['There is a 24-48 hour processing time for all orders.', { min: 1, max: 2 }],
    ['Parcels are usually sent out within 24/48 hours on weekdays.', { min: 1, max: 2 }],
    ['Our goal is to dispatch your online order the next business day.', { min: 1, max: 1 }],
    ['Our team will process your order the day your order is received.', { min: 0, max: 0 }],
    ['Orders take 3-5 business days before they are shipped.', { min: 3, max: 5 }],
    ['Returns and shipping\n\nWe strive to ship orders within 5-6 business days of payment.', { min: 5, max: 6 }],
    ['Orders leave us within 3 working business days.', { min: 3, max: 3 }],
    // dispatch said with a phrasal verb, and a production verb after the time
    ['We try hard to get orders out within 2 working days.', { min: 2, max: 2 }],
    ['Orders will be sent within 3 to 5 working days.', { min: 3, max: 5 }],
    ['Shipping out within 24 hours, Monday to Friday!', { min: 1, max: 1 }],
    ['Every lamp is wired by hand, so orders take 4-6 days to build.', { min: 4, max: 6 }],
    // another clock's words void only what follows them in their clause
    ['We dispatch within 2 working days; to cancel, contact us before then.', { min: 2, max: 2 }],
    ['Processing takes 1-3 days (exchanges can take a little longer).', { min: 1, max: 3 }],
    ['Your order is dispatched within 2 days, with a reply to any message within 24 hours.', { min: 2, max: 2 }],
  ])('%s → %j', (text, expected) => expect(valueOf(text, 'shipping.processing_days')).toEqual(expected));

  it.each([
    ['During peak times it may take us up to two business days to dispatch your order.'],
    ['Returns\n\nWe will send your replacement within 5 days.'],
    ['When your return reaches us, we will process it within 5 days.'],
    ['Exchanged items are shipped within 3 business days.'],
  ])(
    'states no usual processing time: %s',
    (text) => expect(valueOf(text, 'shipping.processing_days')).toBeUndefined(),
  );
});

describe('shipping.delivery_days: services listed side by side', () => {
  it.each([
    // each entry names its own service right before its time and none is called the standard one: no general time
    ['Delivery options: Postnet offers 3 - 5 working days Courier Service offers 2 - 3 working days'],
    ['Delivery times: Post: 4-6 days - Courier: 2-3 days'],
  ])('states no general time: %s', (text) => expect(valueOf(text, 'shipping.delivery_days')).toBeUndefined());

  it.each([
    // a standard service named among them is the general time; a hedge after the time is one service
    ['Delivery times: Standard post: 4-6 days - Courier: 2-3 days', { min: 4, max: 6 }],
    ['Delivery usually takes 3-5 days, but can take up to 10 days.', { min: 3, max: 5 }],
    ['Couriers: 2 - 4 days - no delivery on weekends. Orders can be combined within a period of 3 days.', { min: 2, max: 4 }],
  ])('%s → %j', (text, expected) => expect(valueOf(text, 'shipping.delivery_days')).toEqual(expected));
});

describe('shipping.delivery_days: the cue after a long span, a service with its time in brackets', () => {
  it.each([
    // the words after the time are read from its unit word, so a long span keeps them in reach
    ['Please allow between 10 and 15 working days for your parcel to arrive.', { min: 10, max: 15 }],
    ['Allow approximately 6 - 9 business days for your order to be delivered.', { min: 6, max: 9 }],
    // a service named, then its time in brackets
    ['Regular Post (3-6 working days) - $8', { min: 3, max: 6 }],
  ])('%s → %j', (text, expected) => expect(valueOf(text, 'shipping.delivery_days')).toEqual(expected));
});
