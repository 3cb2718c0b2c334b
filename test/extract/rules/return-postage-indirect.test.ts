/**
 * Return postage stated indirectly (issue 11): the shopper pays when return costs are "the responsibility of the
 * customer", when the returnee is responsible, when charges must be prepaid by you, and when the shop pays only for
 * its own errors. In-house sentences, with traps where the shop pays.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('returns.return_shipping said indirectly', () => {
  it.each([
    ['Return costs are the responsibility of the customer.', 'customer'],
    ['The cost of returning a product remains the responsibility of the buyer.', 'customer'],
    ['The returnee is responsible for return postage.', 'customer'],
    ['Postage for every return must be prepaid and insured by you.', 'customer'],
    ["We'll cover return postage only if the return is due to our error.", 'customer'],
    ['We will cover return postage only if the mug arrived damaged.', 'customer'],
    // traps: the shop pays for every return; a faulty-only rule without "only" stays a variant
    ['Every parcel comes with a free return label.', 'free'],
    ['For damaged items we cover return shipping.', undefined],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.return_shipping')).toEqual(expected);
  });
});

describe('who pays return postage, said with a condition or a deduction', () => {
  it.each<[string, unknown]>([
    ['If you send the mugs back for any other reason, it is your responsibility to pay for the return postage.', 'customer'],
    ['Courier charges you incur sending goods to us, whether for a return, a swap or a repair, will be at your cost.', 'customer'],
    ['If you change your mind, you will have to pay the costs for returning the goods.', 'customer'],
    ['Once the returned parcel arrives in good condition, the refund is made after deducting two-way transport costs.', 'customer'],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.return_shipping')).toEqual(expected);
  });
});

describe('a refund that leaves the trip back out: the shopper pays', () => {
  it.each([
    ['Returns\n\nYour refund covers the price of the goods but not the cost of posting them back to us.', 'customer'],
    ['Returns\n\nSend it back within 30 days. Refunds exclude return postage.', 'customer'],
    ['Returns\n\nSend it back within 30 days and we refund the item, less what it cost you to send it back.', 'customer'],
    ['Returns\n\nSend it back within 30 days. We refund the goods, not the shipping back to us.', 'customer'],
    // traps: the original delivery left out is not the trip back; the shop refunding the postage back
    ['Returns\n\nSend it back within 30 days. Refunds do not include the original delivery charge.', undefined],
    ['Returns\n\nSend it back within 30 days and we refund the item and the cost of posting it back.', 'free'],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.return_shipping')).toEqual(expected);
  });
});
