/**
 * Who pays return shipping, read from its parts (a cost of carriage, the shopper as payer, a return context) rather
 * than one wording; and the look-alikes that must stay silent or keep their scope. In-house sentences.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('returns.return_shipping from its parts', () => {
  it.each([
    ['The buyer shall bear the direct cost of returning the goods, save where the goods are faulty.'],
    ['Customer shall bear all shipping charges for the return of non-defective products.'],
    ['Return freight for change-of-mind returns is paid by you.'],
    ['Returning furniture? Our $99 pickup fee is deducted from your refund.'],
    ['When you return an order, a $5.95 label fee is deducted from your refund.'],
    ['We’ll email a prepaid return label, and $6.95 for that label comes out of your refund.'],
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
