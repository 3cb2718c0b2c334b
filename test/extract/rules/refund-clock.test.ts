/**
 * A refund time is counted from the return's arrival or inspection (test/real/README.md). Durations on other clocks —
 * the parcel's transit, the bank posting an issued refund, a request being reviewed, the window to ask for a refund —
 * are not returns.refund_days (issue 11, "the wrong number near the right words"). In-house sentences.
 */
import { describe, expect, it } from 'vitest';
import type { TermId } from '../../../src/terms.js';
import { valueOf } from './helpers.js';

describe('returns.refund_days reads the clock of each duration', () => {
  it.each<[string, unknown]>([
    ['When your refund has been issued, please allow up to 4 business days for it to show on your card statement.', undefined],
    ["If you haven't seen the credit within 12 business days, we will chase your bank with you.", undefined],
    ['Please allow about 4 weeks for your parcel to be delivered to us, processed and for the refund to be issued.', undefined],
    ['Expect your refund within 5 weeks of handing your parcel to the courier.', undefined],
    ['A team member will confirm that your refund request is under review within 24 hours.', undefined],
    ['You may request a refund within 10 days of receiving your order.', undefined],
    ['Once your parcel is back with us we email you; you then have 20 days to exchange it or ask for a refund.', undefined],
    ['Orders placed by noon are processed and delivered within 4 working days, and refunds are handled by our team.', undefined],
    ['Bring back the unopened bag and we will happily give you a full refund (within 45 days of original purchase).', undefined],
    // counted from the refund's issue: the bank's posting time
    ['Once the refund is approved, the money lands in your account 3-5 days from the date of issue.', undefined],
    // a refund time beside the other clocks is still read
    ['Your refund takes transit back to us (4 to 9 business days), then we process it once it arrives (2 to 4 business days), then your bank posts the refund (3 to 8 business days).', 4],
    ['Refunds are processed within 6 business days, though your bank may take a little longer.', 6],
    ['Once your return arrives, allow 5 business days for the refund to appear on your card.', 5],
    ['We issue your refund within 3 days of receiving the returned item.', 3],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.refund_days')).toEqual(expected);
  });
});

describe('a refund time is linked to its refund word in its clause', () => {
  it.each<[string, unknown, string?]>([
    ['Please post the parcel within 14 days; once it is checked, your refund is issued within 6 business days.', 6],
    // the nearest duration to the refund word wins, not the first one of the sentence
    ['Orders ship within 2 days, and the refund for a returned item is credited within 8 business days of it reaching us.', 8],
    // a heading names the refund: the sentence counts from the return's arrival
    ['Your refund\n\nIt is issued within 4 business days of the parcel arriving at our depot.', 4],
    // under a refund heading, a time with no arrival clock and no refund word is not linked
    ['Your refund\n\nAllow 4 business days.', undefined],
    // a refund word far from the duration, across a ";"
    ['We refund in full; dispatch of replacement parts takes 9 business days.', undefined],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.refund_days')).toEqual(expected);
  });
});

describe('a refund time said of the sentence before', () => {
  it.each<[string, unknown]>([
    // "this process takes" points back at the refund being issued
    ['When the parcel is back on our shelf, our till system raises a refund to the card you paid with. This process usually takes 4-8 working days.', 8],
    ['Once your return is checked we credit your account. This can take up to 6 business days.', 6],
    // pointed back at the bank's posting, it is not the shop's refund time
    ['After we send it, the refund has to show on your card statement. This usually takes 3-10 days depending on your bank.', undefined],
    // pointed back at something else than a refund
    ['Our workshop engraves every ring by hand. This process takes about 5 days.', undefined],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.refund_days')).toEqual(expected);
  });

  it('"in such cases" reads with the sentence it points back at: the faulty-goods case is not the default postage', () => {
    const text = 'Return postage is the responsibility of the customer unless the goods arrive broken. In such cases, we will pay for the return postage.';
    expect(valueOf(text, 'returns.return_shipping')).toBe('customer');
  });
});

describe('a month or more is a refund time only when counted from the return arriving', () => {
  it.each<[string, unknown]>([
    // a window or a guarantee's period, not the time to issue a refund
    ['Members get a full refund if they cancel the plan in the first 30 days.', undefined],
    ['You will be refunded in full if you tell us within 45 days that the lamp is not for you.', undefined],
    // counted from the goods reaching the shop: the shop's issuing clock
    ['Credit for accepted returns is issued to your trade account within 30 days of the goods being received.', 30],
    ['Refunds are made no later than 30 days following receipt of the returned item.', 30],
    // a short time needs no anchor
    ['Refunds are issued within 10 business days.', 10],
    // the same limit holds for a time said of the sentence before ("this process takes …")
    ['Once we approve the claim we credit your card. This process can take 5 weeks.', undefined],
    ['Once we approve the claim we credit your card. This process can take 5 weeks from the day your parcel arrives.', 35],
    ['Once we approve the claim we credit your card. This process can take 3 months.', undefined],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.refund_days')).toEqual(expected);
  });
});

describe('a limit that goes on with the refund clause, and clocks that start before the goods are back', () => {
  it.each<[string, TermId, unknown]>([
    // ", and not later than N days after…": the limit is the refund's, across its comma
    ['We will reimburse you without undue delay, and not later than 14 days after we receive the goods back from you.', 'returns.refund_days', 14],
    ['Reimbursement is made promptly, and in any event within 10 days of the parcel reaching us.', 'returns.refund_days', 10],
    // counted from the shopper's notice: the law's clock for a cancelled contract, not the shop's once the goods are back
    ['We refund you within 14 days of the day you tell us you want to cancel.', 'returns.refund_days', undefined],
    // counted from the return reaching the shop: a step of the shop, never the window
    ['Your refund will be on its way within 2 business days of the return landing at our warehouse.', 'returns.window_days', undefined],
    ['Your refund will be on its way within 2 business days of the return landing at our warehouse.', 'returns.refund_days', 2],
    ['Send it back within 30 days of receiving your order.', 'returns.window_days', 30],
    // money back once the goods are back is a refund's pace, not a money-back guarantee
    ['We aim to have your money back to you within 10 days after we get the goods.', 'guarantee.money_back_days', undefined],
    ['Try it for 60 days or get your money back.', 'guarantee.money_back_days', 60],
    // the UK right to cancel counted from taking possession is the window; its direct cost of returning is the shopper's
    ['The cancellation period ends 14 days after the day you take physical possession of the goods.', 'returns.window_days', 14],
    ['You must then send the goods back to us, and bear the direct cost of returning them.', 'returns.return_shipping', 'customer'],
  ])('%s → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});

describe('a payment card or the bank\'s time is no refund time', () => {
  it.each<[string, unknown]>([
    ['When is my credit card charged? Your credit card is charged within 24 hours before your parcel ships.', undefined],
    ['Refund payments can take up to 7 business days to arrive, depending on your bank and where you live.', undefined],
    // traps: the shop's own time, beside a card or a bank
    ['Refunds are issued to your credit card within 5 days of the return reaching us.', 5],
    ['We refund within 3 days of receipt, depending on your bank it may then take a few more days to show.', 3],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.refund_days')).toEqual(expected);
  });
});

describe('a refund for another cause than a return gives no returns refund time', () => {
  it.each<[string, unknown]>([
    ['If we cannot send an item because it is out of stock, we will refund you within 2 days.', undefined],
    ['Should your parcel be confirmed lost by the courier, the refund is issued within 10 days.', undefined],
    ['If your item arrives faulty, we will refund you within 5 business days.', undefined],
    ['If you cancel before we ship, the money is refunded within 3 working days.', undefined],
    ['Any overpayment is refunded within 7 days.', undefined],
    // a tiered policy: durations joined by "or" share the purchase anchor, so both are windows
    ['A full refund is possible within 14 days, or store credit within 45 days of purchase.', undefined],
    ['Refunds are available within 24 hours of payment if the tags are still attached.', undefined],
    // the right to cancel delivered goods, and a refund for the returned goods, stay the returns refund
    ['If you cancel within 14 days of receiving the goods, we refund you within 10 days of getting them back.', 10],
    ['Refunds for damaged parcels and ordinary returns alike are issued within 4 days of the returned goods reaching us.', 4],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.refund_days')).toEqual(expected);
  });
});

describe('a deadline to ask, or a time counted from the shopper getting the order, is the window, not the refund time', () => {
  it.each<[string, TermId, unknown]>([
    ['Returns\n\nAny refund or swap request has to be made within 6 days of receiving the order.', 'returns.refund_days', undefined],
    ['Returns\n\nAny refund or swap request has to be made within 6 days of receiving the order.', 'returns.window_days', 6],
    ['Returns\n\nAny piece can come back to us for a refund, or be swapped for another size, within 21 days of receiving your order.', 'returns.refund_days', undefined],
    // the shop's own clock once the goods are back is still read
    ['Returns\n\nRefund requests are answered quickly: your refund is issued within 4 days of the returned order reaching us.', 'returns.refund_days', 4],
    ['Returns\n\nWe refund you within 6 business days of receiving the returned goods.', 'returns.refund_days', 6],
  ])('%s → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});
