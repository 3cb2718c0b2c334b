/**
 * Who pays for the trip back, read as a clause frame (src/extract/rules/return-cost-frame.ts): a payer linked to the
 * cost of sending a return, with its polarity and a fault qualifier. In-house sentences; traps where the cost is the
 * outbound parcel's, the goods' price, or a parcel the carrier brings back.
 */
import { describe, expect, it } from 'vitest';
import { goodsShippedFreeAt, returnCostFrames } from '../../../src/extract/rules/return-cost-frame.js';
import type { Unit } from '../../../src/extract/rule-types.js';
import { valueOf } from './helpers.js';

const unit = (norm: string, sectionTopic: Unit['sectionTopic'] = null): Unit => ({ text: norm, norm, headingPath: [], kind: 'paragraph', sectionTopic, order: 0 });

describe('returnCostFrames', () => {
  it('links a payer to the cost of the trip back, nearest first', () => {
    expect(returnCostFrames(unit('a handling fee of $6 for each return comes out of your refund'))).toEqual([{ payer: 'customer', faultOnly: false, link: expect.any(Number) }]);
    expect(returnCostFrames(unit('when the courier picks up your return, the fee is charged to you'))[0]?.payer).toBe('customer');
    expect(returnCostFrames(unit('we do not cover the freight on returned boxes'))[0]?.payer).toBe('customer');
    expect(returnCostFrames(unit('send it back to us and the postage is on the house'))[0]?.payer).toBe('free');
  });

  it('marks a payer named only for the faulty case', () => {
    expect(returnCostFrames(unit('we refund the return postage when a mug reaches you chipped or damaged'))).toEqual([{ payer: 'free', faultOnly: true, link: expect.any(Number) }]);
  });

  it('does not read a free word that names the outbound offer as free postage back', () => {
    // "a free shipping offer", "complimentary shipping offered at the time of your order": the delivery that came out.
    expect(returnCostFrames(unit('return postage charges may apply when your basket used a free shipping promotion'))).toEqual([]);
    expect(returnCostFrames(unit('if you return part of it, any complimentary delivery given on your order is deducted from your refund'))[0]?.payer).not.toBe('free');
    expect(returnCostFrames(unit('send it back to us and the postage is free'))[0]?.payer).toBe('free');
  });

  it('reads free shipping said of the goods as the delivery that came out, and the cost kept back after it as that delivery', () => {
    expect(returnCostFrames(unit('a few of our kettles ship with free delivery, so if one comes back we keep what its delivery cost us'))).toEqual([]);
    expect(returnCostFrames(unit('if you bought a rug that had "free shipping", our shipping cost is taken from the refund when you return it'))).toEqual([]);
    expect(goodsShippedFreeAt('our kettles ship with free delivery')).toBe(22);
    // Said of the returns themselves, the free word is the trip back's.
    expect(returnCostFrames(unit('every return comes with free shipping labels'))[0]?.payer).toBe('free');
    expect(goodsShippedFreeAt('returns come with free shipping labels')).toBeUndefined();
  });

  it('reads a cost kept back from the refund as the trip back only when the words mark it so', () => {
    // The delivery the shopper paid, kept: says nothing of who pays to send the goods back, whatever "return" follows.
    expect(returnCostFrames(unit('delivery fees are non-refundable unless the return is due to a mistake on our side'))).toEqual([]);
    expect(returnCostFrames(unit('return postage is non-refundable'))[0]?.payer).toBe('customer');
    expect(returnCostFrames(unit('the cost of shipping items back is not refunded'))[0]?.payer).toBe('customer');
    expect(returnCostFrames(unit('if carriage charges of any kind were paid, they are not refunded', 'returns'))[0]?.payer).toBe('customer');
  });

  it('reads the cost "at the expense of the customer" as the shopper paying', () => {
    expect(returnCostFrames(unit('postage for returned parcels is at the expense of the buyer'))[0]?.payer).toBe('customer');
  });

  it('reads carriage without the word "return" only in a returns section', () => {
    expect(returnCostFrames(unit("you'll need to cover the postage yourself", 'returns'))[0]?.payer).toBe('customer');
    expect(returnCostFrames(unit("you'll need to cover the postage yourself"))).toEqual([]);
  });

  it.each([
    'free shipping on orders over $60, and returns are welcome within 30 days',
    'returns within 30 days; original shipping fees are non-refundable',
    'parcels returned to the sender as undeliverable are charged the postage again',
    'once your return arrives, we refund the cost of the items you sent back',
    // the day a period counts from is no cost: "of delivery", "from the date of collection"
    'boots can be sent back within 21 days of delivery, and we refund the card you paid with',
    'send it back within 14 days from the date of collection and we will refund you',
  ])('links nothing in "%s"', (text) => {
    expect(returnCostFrames(unit(text))).toEqual([]);
  });
});

describe('return shipping read through the frame', () => {
  it.each<[string, unknown]>([
    ['Returns are welcome within 30 days. A $6 handling fee for each return comes out of your refund.', 'customer'],
    ['If you cannot drop the sofa off, our carrier collects the return and charges you the usual collection fee.', 'customer'],
    ['Send items back within 21 days. We refund the price of the goods only, so the trip back is yours.', 'customer'],
    ['Returns within 14 days. Delivery, packing and return postage costs are not refunded.', 'customer'],
    // the shopper told to pay, with no subject
    ['Returns within 14 days. Please pay the postage for parcels you send back to us.', 'customer'],
    ['Returns within 14 days. Kindly cover the courier fee when you send the item back.', 'customer'],
    // traps: free only when the shop erred is a variant, not the default
    ['Returns within 30 days. We also pay the return postage if we sent you a wrong item.', undefined],
    ['Returns within 30 days. Parcels refused at the door and returned to the sender are charged shipping again.', undefined],
    ['Returns within 30 days, and every order over $50 ships free.', undefined],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.return_shipping')).toEqual(expected);
  });
});
