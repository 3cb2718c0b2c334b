/**
 * "Counted from the return's arrival" is one word class (return-arrival.ts), read by the window, refund-time and
 * money-back rules alike. In-house phrases.
 */
import { describe, expect, it } from 'vitest';
import { countedFromArrival, FROM_ARRIVAL_IN_REFUND } from '../../../src/extract/rules/return-arrival.js';
import { valueOf } from './helpers.js';

describe('countedFromArrival', () => {
  const anywhere = countedFromArrival(25, false);
  const inRefund = countedFromArrival(25, true);
  it.each([
    ' of the return landing at our warehouse',
    ' after we get it back',
    ' once we have your parcel',
    ' from receipt of your return',
    ' from the date we receive it',
  ])('the shop or the return as receiver holds anywhere:%s', (after) => {
    expect(anywhere.test(after)).toBe(true);
  });
  it.each([' of receipt', ' after inspection', ' once it arrives', ' of the goods being received'])('a bare receipt holds only in a refund:%s', (after) => {
    expect(anywhere.test(after)).toBe(false);
    expect(inRefund.test(after)).toBe(true);
  });
  it.each([' of receiving your order', ' of delivery', ' of purchase'])('the shopper\'s delivery is not the return back:%s', (after) => {
    expect(anywhere.test(after)).toBe(false);
  });
  it.each([' of delivery', ' of purchase', ' of your order date'])('nor, in a refund, the order or its delivery:%s', (after) => {
    expect(inRefund.test(after)).toBe(false);
  });
  it('reads the moment anywhere in a refund clause, not the refund\'s own processing', () => {
    expect(FROM_ARRIVAL_IN_REFUND.test('refunds post to your bank within 5 days of receipt')).toBe(true);
    expect(FROM_ARRIVAL_IN_REFUND.test('once your return is processed, allow 3 days for the bank')).toBe(false);
  });
});

describe('the three rules read the same moment', () => {
  it('a duration counted from the return back is not the window', () => {
    expect(valueOf('Returns are refunded within 3 days of the returned parcel reaching us.', 'returns.window_days')).toBeUndefined();
  });
  it('it is a refund time', () => {
    expect(valueOf('Returns are refunded within 3 days of the returned parcel reaching us.', 'returns.refund_days')).toBe(3);
  });
  it('a money-back payout counted from the goods coming back is not the guarantee period', () => {
    expect(valueOf('Prefer your money back? We refund you within 14 days after we receive the goods.', 'guarantee.money_back_days')).toBeUndefined();
  });
});
