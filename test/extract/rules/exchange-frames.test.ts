/**
 * Exchanges read in their clause (issue 11, "loose exchange patterns"): an exchange that is asked about, named as a
 * document, offered only for damaged goods or refused for one kind of order is not the shop's exchange policy.
 * In-house sentences; traps where the offer or the refusal must still be read.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

type Row = [text: string, expected: unknown];

describe('returns.exchanges from the clause around the cue', () => {
  it.each<Row>([
    // asked, named or cross-referenced: nothing
    ['Bought the wrong lamp? Write to us and we will check whether it can be sent back or exchanged.', undefined],
    ['Drop us a note to find out if your rug can be swapped or exchanged or not.', undefined],
    ['Exchange eligibility depends on the state of the box and how long ago it arrived.', undefined],
    ['Where the law gives you no right to a refund or exchange, this goodwill policy still lets you return unused kettles.', undefined],
    ['For every swap or replacement, the refund and exchange provisions below apply.', undefined],
    // the faulty-goods remedy: nothing
    ['If your teapot reaches you cracked or damaged, we will gladly exchange it for a new one.', undefined],
    ['Tell us when a parcel arrives broken. In this case we offer a swap or your money back once it is back with us.', undefined],
    // a refusal limited to some orders: a variant, so the general offer wins
    ['We cannot exchange orders that were paid with a bank transfer. You can swap any item for another size within 30 days.', true],
    ['Exchanges are not possible without the packing slip. We offer free exchanges within 21 days.', true],
    ['We are unable to offer exchange or refund on second-hand vinyl. Sealed records can be exchanged within 14 days.', true],
    ['If no exchange can be found, we issue a gift voucher instead. Unused shoes can be exchanged for another size.', true],
    ['Anything from the 70% off rail is final sale, no returns, no exchanges. Full-price items can be exchanged within 14 days.', true],
    // offers said without the usual verbs
    ['Returns and exchanges must be started within 28 days of delivery.', true],
    ['Boxed toys may be eligible for exchange within 10 days of purchase.', true],
    ['We cover the return postage on every exchange.', true],
    // refusals still read
    ['At the moment we do not handle direct exchanges because our stock sells out fast.', false],
    ['Exchanges: the quickest way is to send the item back and, when the return is approved, make a separate purchase for the new size.', false],
    ['We do not offer exchanges.', false],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.exchanges')).toEqual(expected);
  });
});

describe('an exchange for the same item again is a replacement, not an exchange policy', () => {
  it.each<Row>([
    ['If you need to exchange it for the same item, write to us and post it to our depot.', undefined],
    ['A kettle that stops heating in its first month is swapped for an identical unit.', undefined],
    ['We will replace it with the same model, or the closest one if it has sold out.', undefined],
    // the same item in another size or colour is a swap
    ['You can exchange it for the same item in a different size within 30 days.', true],
    ['Exchange it for the same jumper in another colour whenever you like.', true],
    // beside a real exchange offer, the offer is read
    ['If you need to exchange it for the same item, write to us. Unworn shirts can be swapped for another size within 21 days.', true],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.exchanges')).toEqual(expected);
  });
});

describe('a refusal of exchanges inside a condition assumes exchanges exist', () => {
  it.each<[string, unknown]>([
    ["If a swap isn't possible, we'll offer store credit or a refund instead.", undefined],
    ['If the colour you want to exchange for is not available, we refund you instead.', undefined],
    ['When exchanges are not possible because a size has sold out, the money goes back to your card.', undefined],
    // a comma closes the condition: the refusal after it is the shop's answer
    ['If you want a different size, exchanges are not available; please return it and order again.', false],
    ['We do not offer exchanges.', false],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.exchanges')).toEqual(expected);
  });
});
