/**
 * Page-level judgements on the returns side (issue 11, "another policy's refund read as the returns policy" and
 * test/real/README.md): a page that only paraphrases consumer law states no terms; a page that judges change-of-mind
 * refunds case by case neither offers nor refuses returns; a page that takes back only broken goods refuses returns.
 * In-house sentences; traps where the shop's own terms must still be read.
 */
import { describe, expect, it } from 'vitest';
import type { TermId } from '../../../src/terms.js';
import { valueOf } from './helpers.js';

type Row = [text: string, term: TermId, expected: unknown];
const URL = 'https://shop.example/policies/refund-policy';

describe('a page that only paraphrases consumer law states no returns terms', () => {
  it.each<Row>([
    ['Your rights\n\nUnder the Consumer Guarantees Act, you are owed a repair, replacement or refund if a product has a major fault.', 'returns.accepted', undefined],
    ['Your rights\n\nThe law gives you 14 days from delivery to cancel an online order. The goods should then go back within a further 14 days.', 'returns.window_days', undefined],
    ['Refunds\n\nConsumers may cancel within 14 days under the regulations. Refunds must reach the buyer within 14 days of the seller getting the goods back.', 'returns.refund_days', undefined],
    // traps: the shop speaks ("we", "our"), or a contract names its parties with a capital
    ['Returns\n\nYou can return items within 30 days. Our policy sits on top of your statutory rights under consumer law.', 'returns.window_days', 30],
    ['Returns\n\nYou have 30 days to send items back. Questions? Contact us. This does not affect your statutory rights.', 'returns.window_days', 30],
    ['Terms of sale\n\nThe Buyer may return the Goods within 14 days of delivery under the Consumer Contracts Regulations. The Seller shall refund the price within 14 days of receiving them back.', 'returns.window_days', 14],
  ])('%s → %s %j', (text, term, expected) => {
    expect(valueOf(text, term, URL)).toEqual(expected);
  });
});

describe('change-of-mind refunds judged case by case give no returns.accepted', () => {
  it.each<Row>([
    ['Refund policy\n\nGenerally we do not refund a change of mind, but each request is judged on a case-by-case basis. Approved refunds go back to the card you paid with.', 'returns.accepted', undefined],
    ["Refund policy\n\nWe don't usually give refunds when you simply change your mind, but we look at every request individually. Approved refunds go back to the card you paid with.", 'returns.accepted', undefined],
    // the rest of that policy still counts
    ["Refund policy\n\nWe don't usually give refunds when you simply change your mind, but we look at every request individually. Approved refunds go back to the card you paid with.", 'returns.refund_method', ['original_payment']],
    // traps: discretion over some returns only, beside an open offer
    ['Returns\n\nWe accept returns within 30 days. Items that show wear are refunded at our discretion.', 'returns.accepted', true],
    ['Returns\n\nSend anything back within 30 days for a refund to your card.', 'returns.accepted', true],
  ])('%s → %s %j', (text, term, expected) => {
    expect(valueOf(text, term, URL)).toEqual(expected);
  });
});

describe('a page that takes back only faulty goods refuses returns', () => {
  it.each<Row>([
    ['Returns\n\nEach lamp is made to order, so we can only take back lamps that arrive broken. Send us a photo and we will refund your card.', 'returns.accepted', false],
    ["Returns\n\nSorry, we can't take items back if you've simply changed your mind. Faulty goods can be returned within 30 days for a full refund.", 'returns.accepted', false],
    ['Returns\n\nWe are a small studio and cannot offer returns on change-of-mind purchases. Damaged items are covered: tell us within 7 days.', 'returns.accepted', false],
    // the remedy's terms are not the returns terms
    ["Returns\n\nSorry, we can't take items back if you've simply changed your mind. Faulty goods can be returned within 30 days for a full refund.", 'returns.window_days', undefined],
    // traps: "only" limits the condition of the goods, not the reason
    ['Returns\n\nWe only accept returns of unused items that are still boxed, within 30 days of delivery. Parcels that arrive damaged should be reported within 2 days.', 'returns.window_days', 30],
    ['Returns\n\nWe only accept returns within 14 days of delivery. Damaged items must be reported within 48 hours.', 'returns.window_days', 14],
    // the fault as the goods' own qualifier, without "only", answering a question heading
    ['Returns\n\nWhich goods come back? Kettles that are defective can be returned for a refund or a swap.\n\nHow long do I have? Defective kettles should be sent back within 10 days of our approval.', 'returns.accepted', false],
    ['Returns\n\nWhich goods come back? Kettles that are defective can be returned for a refund or a swap.\n\nHow long do I have? Defective kettles should be sent back within 10 days of our approval.', 'returns.window_days', undefined],
    // traps: an open return beside it keeps the page open; a replacement under cover is a warranty's remedy
    ['Returns\n\nDamaged goods can be returned for a full refund. You may also return unused kettles within 20 days of delivery.', 'returns.window_days', 20],
    ['Returns\n\nDamaged goods can be returned for a full refund. You may also return unused kettles within 20 days of delivery.', 'returns.accepted', true],
  ])('%s → %s %j', (text, term, expected) => {
    expect(valueOf(text, term, URL)).toEqual(expected);
  });
});

describe('no cash refunds, but goods taken back for an exchange or credit: returns are accepted', () => {
  const URL2 = 'https://shop.example/pages/exchanges';
  it.each<Row>([
    ['Exchanges\n\nAll sales are final and we do not give refunds. Unworn pieces with tags can be exchanged for another size within 10 days of delivery.', 'returns.accepted', true],
    ['Exchanges\n\nAll sales are final and we do not give refunds. Unworn pieces with tags can be exchanged for another size within 10 days of delivery.', 'returns.exchanges', true],
    ['Exchanges\n\nWe do not give refunds. Send unworn items back and we will email you store credit for the amount you paid.', 'returns.accepted', true],
    // a refusal of exchanges gives way only to an exchange offer, not to store credit alone
    ['Policy\n\nAll sales are final, and returns or exchanges are not accepted.\n\nDamaged pillows\n\nReport it and choose a replacement or store credit for future purchases.', 'returns.accepted', false],
    // traps: a whole refusal with nothing offered instead stands
    ['Returns\n\nAll sales are final. We do not give refunds or exchanges.', 'returns.accepted', false],
  ])('%s → %s %j', (text, term, expected) => {
    expect(valueOf(text, term, URL2)).toEqual(expected);
  });
});

describe('the returns process named as a topic the page covers says no return is taken', () => {
  it.each<[string, unknown]>([
    ['This page answers your questions about how quickly we post and how to arrange a return when something is not right.', undefined],
    ['The policy must state the process for a return, i.e. how to initiate a return and how to reach us.', undefined],
    // traps: the process told, also right after a question
    ['How do I start a return? Fill in our returns form and we email you a label.', true],
    ['To start a return, email us your order number.', true],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.accepted')).toEqual(expected);
  });
});
