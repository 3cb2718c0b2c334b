/**
 * "Refund or exchange" (issue 11): an exchange is a way a return is settled only when it is offered as a choice beside
 * a named method; the words "a refund or exchange" alone name the kinds of request (returns.exchanges when offered).
 */
import { describe, expect, it } from 'vitest';
import type { TermId } from '../../../src/terms.js';
import { valueOf } from './helpers.js';

type Row = [text: string, term: TermId, expected: unknown];

describe('refund method and exchanges from "refund or exchange" wordings', () => {
  it.each<Row>([
    ['Pick what suits you: an exchange, store credit or your money back to the card you paid with.', 'returns.refund_method', ['exchange', 'original_payment', 'store_credit']],
    ['Store credit and exchanges are issued the day your parcel arrives.', 'returns.refund_method', ['exchange', 'store_credit']],
    ['Items must come back within 21 days to qualify for a refund or exchange.', 'returns.refund_method', undefined],
    ['Items must come back within 21 days to qualify for a refund or exchange.', 'returns.exchanges', true],
    ['Send the bowl back within 10 days and we will offer you an exchange or a refund.', 'returns.exchanges', true],
    ['If you need help with a return or exchange, drop us a line.', 'returns.exchanges', undefined],
    ['We may refuse to refund or exchange goods that come back worn.', 'returns.exchanges', undefined],
    ['We may refuse to refund or exchange goods that come back worn.', 'returns.refund_method', undefined],
    ['If the size you want is unavailable, you will be issued store credit that never expires.', 'returns.refund_method', undefined],
    ['If no exchange is possible, a credit voucher valid for 2 months may be offered.', 'returns.refund_method', undefined],
    ['How fast your refund arrives depends on the original payment method and your bank.', 'returns.refund_method', undefined],
    ['Cancellations incur a $15 fee, deducted from the original payment before the refund is issued.', 'returns.refund_method', undefined],
    ['Approved returns are credited to the buyer\'s account or refunded to the card that was used to pay.', 'returns.refund_method', ['original_payment', 'store_credit']],
  ])('%s → %s %j', (text, term, expected) => {
    const value = valueOf(text, term);
    expect(Array.isArray(value) ? [...value].sort() : value).toEqual(expected);
  });
});

describe('an exchange verb that is itself one of the choices is a refund method', () => {
  it.each<[string, unknown]>([
    ['Post the lamp back within 14 days and we will exchange it or refund it to your original card.', ['exchange', 'original_payment']],
    ['Once it arrives you can choose to exchange the coat, keep the value as store credit, or have your money sent to the card you paid with.', ['exchange', 'original_payment', 'store_credit']],
    ['We refund or exchange the goods, whichever you prefer, back to the original payment method.', ['exchange', 'original_payment']],
    // the verb on its own offers an exchange (returns.exchanges), not a way the money comes back
    ['We gladly exchange sizes. Refunds go to the original payment method.', ['original_payment']],
  ])('%s → %j', (text, expected) => {
    const value = valueOf(text, 'returns.refund_method');
    expect(Array.isArray(value) ? [...value].sort() : value).toEqual(expected);
  });
});

describe('a payment method named as something to bring is no refund method', () => {
  it.each<[string, unknown]>([
    ['Gift receipts cannot be refunded online and must be settled at our till with the original payment card present.', undefined],
    ['For a refund in store, please bring the card used for the purchase.', undefined],
    ['For in-store refunds the original form of payment is required.', undefined],
    // the refund's own route is still read, "with" included
    ['We refund the purchase price with the same means of payment you used for the order.', ['original_payment']],
    ['Refunds go back to your original payment method within 5 days of the parcel reaching us.', ['original_payment']],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.refund_method')).toEqual(expected);
  });
});

describe('an exchange in a clause of its own is not one of the refund methods', () => {
  it.each<Row>([
    ['Refunds are credited to the card you paid with, and an exchange can be arranged by email.', 'returns.refund_method', ['original_payment']],
    ['Refunds are credited to the card you paid with, and an exchange can be arranged by email.', 'returns.exchanges', true],
    // joined to a method, or offered as the choice, it is one
    ['Store credit and exchanges are issued on the day your parcel arrives.', 'returns.refund_method', ['exchange', 'store_credit']],
    ['Pick a refund to your original payment method or an exchange for another size.', 'returns.refund_method', ['exchange', 'original_payment']],
  ])('%s → %s %j', (text, term, expected) => {
    const got = valueOf(text, term);
    expect(Array.isArray(got) ? [...got].sort() : got).toEqual(expected);
  });
});

describe('store credit spoken of as a thing that expires is no refund method', () => {
  it.each<Row>([
    ['Store credit expires 12 months after it is issued. Refunds are made to the card you paid with.', 'returns.refund_method', ['original_payment']],
    ['Vouchers never expire, and refunds are issued as store credit.', 'returns.refund_method', ['store_credit']],
  ])('%s → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});

describe('store credit named by where it can be spent', () => {
  // A credit word with a future purchase or the shop as the place to spend it is store credit, whatever it is called.
  it.each<[string, unknown]>([
    ['Send it back within 30 days and you will receive a voucher for the full value, which you can spend in our shop.', ['store_credit']],
    ['Returns within 30 days are refunded with credit towards a future order.', ['store_credit']],
    ['Refunds are given as a credit on your customer account.', ['store_credit']],
    ['No cash refunds; returns within 30 days get a credit slip valid for a year.', ['store_credit']],
    ['Unused items returned within 14 days earn a return voucher.', ['store_credit']],
    // not a place to spend it: the shopper's card account, or a discount on the next order
    ['We will credit your account within 5 days of receiving the parcel.', undefined],
    ['Refunds go to your original card; sign up to our letter for 10% off your next order.', ['original_payment']],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.refund_method')).toEqual(expected);
  });
});
