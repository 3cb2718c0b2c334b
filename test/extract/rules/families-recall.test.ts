/**
 * Phrasing families added for held-out recall (in-house sentences, one per wording family), with traps the rules
 * must stay silent on or read the other way.
 */
import { describe, expect, it } from 'vitest';
import type { TermId } from '../../../src/terms.js';
import { valueOf } from './helpers.js';

type Row = [text: string, expected: unknown];

function table(term: TermId, rows: Row[]): void {
  describe(term, () => {
    it.each(rows)('%s → %j', (text, expected) => {
      expect(valueOf(text, term)).toEqual(expected);
    });
  });
}

table('guarantee.money_back_days', [
  ['Q: Is there a money-back guarantee?\nA: Our money-back guarantee has no time limit.', 'unlimited'],
  ['Our money-back guarantee never expires.', 'unlimited'],
  ['The money-back guarantee lasts for as long as you own the blender.', 'unlimited'],
  ['Our money-back guarantee is not time-limited.', 'unlimited'],
  ['Do you have a money-back guarantee? Yes, for 60 days.', 60],
  // traps
  ['Is there a money-back guarantee? No, but we offer exchanges.', undefined],
  ['Gift vouchers never expire.', undefined],
]);

table('returns.exchanges', [
  ['Unfortunately we are unable to exchange items.', false],
  ['Exchanges aren’t possible at the moment.', false],
  ['We don’t do swaps.', false],
  ['Exchanges are only available for a different size of the same style.', true],
  ['Wrong fit? Send it back and we’ll send the new size out at no charge.', true],
  // traps: a condition, not a refusal; currency exchange
  ['We can’t exchange items once worn.', undefined],
  ['Prices are converted at the current exchange rate.', undefined],
]);

table('returns.final_sale_exclusions', [
  ['Returns do not apply to clearance goods.', true],
  ['Our returns policy excludes gift cards.', true],
  ['Mystery box purchases are final.', true],
  ['Pre-order items are non-refundable.', true],
  ['Bespoke pieces are non-returnable.', true],
  ['Opened skincare cannot be returned.', true],
  ['Marked down items are final.', true],
  // traps
  ['Pre-order items ship in about four weeks.', undefined],
  ['Skincare samples are included free with every order.', undefined],
]);

table('returns.restocking_fee', [
  ['A 20% fee will be deducted from your refund.', { percent: 20 }],
  ['We deduct 15% from refunds on opened items.', { percent: 15 }],
  ['A fee of 10% of the purchase price applies to all returns.', { percent: 10 }],
  // traps: postage kept back is return shipping; a discount is not a fee
  ['Return postage of 10% of the order value will be deducted from your refund.', undefined],
  ['Save 20% on your first order, and enjoy free returns.', undefined],
]);
