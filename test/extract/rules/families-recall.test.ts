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

table('returns.return_shipping', [
  ['Please cover the return postage yourself.', 'customer'],
  ['We don’t cover the cost of returning items.', 'customer'],
  ['We do not provide return labels.', 'customer'],
  ['Returning an item costs $6.95, deducted from your refund.', 'customer'],
  ['Just print the free label and drop the parcel at the post office.', 'free'],
  ['Returns ship free.', 'free'],
  ['Sending the item back is free.', 'free'],
  // traps
  ['Orders ship free over $50.', undefined],
  ['We will cover return shipping for faulty items.', undefined],
]);

table('shipping.processing_days', [
  ['Our turnaround time is 5 business days.', { min: 5, max: 5 }],
  ['Please allow 10-14 days before shipping.', { min: 10, max: 14 }],
  // trap: a repair's turnaround is not order processing
  ['Turnaround on repairs is 2 weeks.', undefined],
]);

table('warranty.duration_months', [
  ['We repair or replace any faulty product for 12 months from purchase.', 12],
  ['Products are guaranteed to be free from defects for one year.', 12],
  ['You’re covered for 18 months from the date of purchase.', 18],
  ['We guarantee our workmanship for 5 years.', 60],
  // traps
  ['We guarantee our prices for 30 days.', undefined],
  ['We guarantee the materials are ethically sourced.', undefined],
]);

table('returns.final_sale_exclusions', [
  ['Gift cards cannot be returned or exchanged.', true],
  // trap: cashing a gift card is not a return
  ['Gift cards cannot be exchanged for cash.', undefined],
]);

table('returns.exchanges', [
  ['We can send a replacement size once we receive your return.', true],
  ['You can trade it in for a different size.', true],
  ['We’ll replace it with another size at no cost.', true],
  ['Need a different size? Contact us and we will arrange an exchange.', true],
  ['All exchanges are subject to stock.', true],
  ['We currently only offer refunds, not exchanges.', false],
  ['We don’t offer direct exchanges; please return the item and place a new order.', false],
  // traps: replacing a damaged or lost parcel is not an exchange
  ['If your item arrives damaged we will send you a replacement.', undefined],
  ['We’ll send you a new one if it’s lost in transit.', undefined],
]);

table('returns.restocking_fee', [
  ['Refunds on opened items will be reduced by 20%.', { percent: 20 }],
  ['We charge 25% to restock returned items.', { percent: 25 }],
  ['Items returned without the original packaging will be charged a 15% fee.', { percent: 15 }],
  ['We retain 10% of the purchase price to cover handling of returns.', { percent: 10 }],
  ['A 10% re-stocking fee applies.', { percent: 10 }],
  // traps: a cancellation charge is not a restocking fee
  ['We retain 10% of the purchase price on cancelled orders.', undefined],
]);

table('shipping.processing_days', [
  ['Orders are typically on their way within 2 business days.', { min: 2, max: 2 }],
  ['Our team packs every order by hand; expect it to leave within 3 working days.', { min: 3, max: 3 }],
  ['Your parcel will be handed to the courier within 2 business days.', { min: 2, max: 2 }],
  ['Every candle is poured to order, so please allow 5-7 business days for your order to be made.', { min: 5, max: 7 }],
  ['Orders are sent out within 1-3 business days.', { min: 1, max: 3 }],
  ['We need 3 business days to get your order ready.', { min: 3, max: 3 }],
  // traps: transit by the courier, a refund on its way
  ['Once dispatched, the courier delivers within 2 days.', undefined],
  ['Your refund will be on its way within 5 days.', undefined],
]);

table('warranty.duration_months', [
  ['Each appliance is protected for three years against manufacturing defects.', 36],
  ['We back every pair of boots for a full year.', 12],
  ['We stand behind our work for 10 years.', 120],
  ['Coverage lasts 24 months from the date of delivery.', 24],
  ['Every watch carries our 5 year promise against faults.', 60],
  ['The guarantee period is 3 years.', 36],
  // traps
  ['We stand behind our prices for 30 days.', undefined],
  ['The guarantee period is 60 days.', undefined],
  ['Shipping coverage lasts 30 days.', undefined],
]);

table('returns.final_sale_exclusions', [
  ['We’re unable to accept returns on anything bought in our sale.', true],
  ['Final sale: all outlet purchases.', true],
  ['Non-refundable: gift cards, personalised items and sale items.', true],
  ['Please note the following are non-refundable: gift cards, downloadable software.', true],
  ['Items bought on promotion cannot be refunded.', true],
  ['Unfortunately we can’t refund or exchange underwear.', true],
  // traps
  ['Items bought in our sale ship within 2 days.', undefined],
  ['Exclusions: accidental damage and wear and tear.', undefined],
]);

table('returns.return_shipping', [
  ['Free 30-day returns.', 'free'],
  ['It’s free to return.', 'free'],
  ['Return it free by mail or at any of our shops.', 'free'],
  ['You can use our returns label for $4.99.', 'customer'],
  ['Return postage is paid by the sender.', 'customer'],
  // traps: free only in store, paid by mail; free outbound shipping
  ['Return it free in store, or by mail for $5.', undefined],
  ['Enjoy free 2-day shipping.', undefined],
]);

table('returns.exchanges', [
  ['Exchanges are not something we offer.', false],
  ['We no longer offer exchanges.', false],
  ['Returned items can be refunded or swapped.', true],
]);
