/**
 * Who pays return shipping, read from its parts (a cost of carriage, the shopper as payer, a return context) rather
 * than one wording; and the look-alikes that must stay silent or keep their scope. In-house sentences.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('returns.return_shipping: the shop pays, with words between', () => {
  it.each([
    ['Every parcel includes a free NZ Post returns label, so the trip back costs you nothing.'],
    ['Start your return online and we’ll email you a free Canada Post return label.'],
    ['Returns within Australia are on us - grab a label from our returns page.'],
    ['Changed your mind? Collection is free anywhere on the mainland, so returning is easy.'],
    ['4.2 We arrange a reverse pickup from your address free of cost.'],
  ])('%s → free', (text) => {
    expect(valueOf(text, 'returns.return_shipping')).toBe('free');
  });
});

describe('returns.return_shipping from its parts', () => {
  it.each([
    ['The buyer shall bear the direct cost of returning the goods, save where the goods are faulty.'],
    ['Customer shall bear all shipping charges for the return of non-defective products.'],
    ['Return freight for change-of-mind returns is paid by you.'],
    ['Returning furniture? Our $99 pickup fee is deducted from your refund.'],
    ['When you return an order, a $5.95 label fee is deducted from your refund.'],
    ['We’ll email a prepaid return label, and $6.95 for that label comes out of your refund.'],
    ['Return freight for change of mind returns is the customer’s responsibility.'],
    ['Return postage is yours to cover; we recommend a service with proof of postage.'],
    ['We send a Canada Post label with every return; $8 is taken off your refund to cover it.'],
    ['3.2 The consumer shall send back the goods without undue delay and shall bear the direct cost of returning the goods.'],
    ['Please drop the item at our service counter or post it back to us at your own cost.'],
    ['Returns: the cost of collection is for your account.'],
  ])('%s → customer', (text) => {
    expect(valueOf(text, 'returns.return_shipping')).toBe('customer');
  });

  it.each([
    ['Original shipping charges are paid by you and are non-refundable.'],
    ['You pay for shipping on orders under $50.'],
    ['Customers pay the shipping cost of the replacement.'],
  ])('%s → nothing', (text) => {
    expect(valueOf(text, 'returns.return_shipping')).toBeUndefined();
  });
});
