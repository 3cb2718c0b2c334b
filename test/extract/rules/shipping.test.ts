import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('shipping.free_threshold', () => {
  it.each([
    ['Free standard shipping on orders over $50.', { amount: 50, currency: 'USD' }],
    ['Spend USD 50 or more and delivery is on us.', { amount: 50, currency: 'USD' }],
    ['Free UK delivery on all orders over £40.', { amount: 40, currency: 'GBP' }],
    ['Orders of €35 or more ship free.', { amount: 35, currency: 'EUR' }],
    ['Free shipping on orders over C$75.', { amount: 75, currency: 'CAD' }],
    ['Shipping is free on every order, no minimum spend.', { amount: 0, currency: 'USD' }],
  ])('%s → %j', (text, expected) => expect(valueOf(text, 'shipping.free_threshold')).toEqual(expected));

  it('a bare $ on a .ca shop is Canadian dollars', () => {
    expect(valueOf('Free shipping on orders over $75.', 'shipping.free_threshold', 'https://shop.example.ca/shipping')).toEqual({ amount: 75, currency: 'CAD' });
  });
  it.each([['Free returns on all orders.'], ['Free shipping over $[amount].'], ['We do not offer free shipping.']])('says nothing for: %s', (text) => {
    expect(valueOf(text, 'shipping.free_threshold')).toBeUndefined();
  });
});

describe('shipping.processing_days and shipping.delivery_days', () => {
  it.each([
    ['Orders are processed within 1–2 business days.', { min: 1, max: 2 }],
    ['Please allow 1 to 3 working days for us to pack and dispatch your order.', { min: 1, max: 3 }],
    ['In-stock pieces leave our workshop within 3–5 business days.', { min: 3, max: 5 }],
    ['Orders ship within 2 business days.', { min: 2, max: 2 }],
  ])('processing: %s → %j', (text, expected) => expect(valueOf(text, 'shipping.processing_days')).toEqual(expected));

  it.each([
    ['Standard shipping takes 3–5 business days.', { min: 3, max: 5 }],
    ['Delivery usually takes 2-4 working days.', { min: 2, max: 4 }],
  ])('delivery: %s → %j', (text, expected) => expect(valueOf(text, 'shipping.delivery_days')).toEqual(expected));

  it('one sentence can state both clocks', () => {
    const text = 'UK orders are dispatched within 24 hours and usually arrive in 2-3 working days.';
    expect(valueOf(text, 'shipping.processing_days')).toEqual({ min: 1, max: 1 });
    expect(valueOf(text, 'shipping.delivery_days')).toEqual({ min: 2, max: 3 });
  });

  it('an express time is a variant, not the standard delivery time', () => {
    expect(valueOf('Express delivery takes 1-2 business days.', 'shipping.delivery_days')).toBeUndefined();
  });
  it('a refund time is not a shipping time', () => {
    expect(valueOf('Refunds are processed within 5 business days.', 'shipping.processing_days')).toBeUndefined();
  });
});

describe('shipping.express_available', () => {
  it.each([
    ['Expedited and overnight options are available at checkout.', true],
    ['We offer express shipping on all orders.', true],
    ['We offer one shipping speed only; expedited shipping is not available.', false],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'shipping.express_available')).toBe(expected));
});

describe('shipping.international', () => {
  it.each([
    ['We ship to over 40 countries.', true],
    ['We ship worldwide.', true],
    ['We currently ship within Canada only.', false],
    ['We do not ship internationally.', false],
    ['We are unable to ship to addresses outside the US.', false],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'shipping.international')).toBe(expected));
});

describe('shipping.cutoff_time', () => {
  it.each([
    ['Orders placed before 2pm EST ship the same day.', '14:00', 'EST'],
    ['Orders placed after 12 noon take an extra business day.', '12:00', undefined],
    ['Our daily cut-off is 15:00 GMT.', '15:00', 'GMT'],
    ['Orders received after 4 p.m. are processed the next business day.', '16:00', undefined],
  ])('%s → %s %s', (text, expected, _zone) => expect(valueOf(text, 'shipping.cutoff_time')).toBe(expected));
});

describe('shipping.tracking', () => {
  it.each([
    ['A tracking number is emailed once your order ships.', true],
    ['Every parcel is fully tracked from our door to yours.', true],
    ['Tracking is not available for letter post.', false],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'shipping.tracking')).toBe(expected));

  it("the shopper's own tracked return parcel is not the shop's tracking", () => {
    expect(valueOf('Please send your return by a tracked service at your own cost.', 'shipping.tracking')).toBeUndefined();
  });
});
