/**
 * Whose policy a page states (src/extract/scope.ts): a page that speaks to merchants or of shops in general states no
 * shop's terms, and a marketplace page that hands a topic to its sellers states no terms of its own for it. In-house
 * sentences; traps where the site's or shop's own terms must still be read.
 */
import { describe, expect, it } from 'vitest';
import type { TermId } from '../../src/terms.js';
import { valueOf } from './rules/helpers.js';

type Row = [text: string, term: TermId, expected: unknown];

describe('a topic handed to the sellers gives none of its terms', () => {
  it.each<Row>([
    ['Each maker on Clayrow sets their own return policy.\n\nMost makers accept returns within 14 days.', 'returns.window_days', undefined],
    ['Each maker on Clayrow sets their own return policy.\n\nMost makers accept returns within 14 days.', 'returns.accepted', undefined],
    ['Every vendor (seller) is responsible for their own refunds.\n\nWe would encourage vendors to refund within 10 days of receiving the item.', 'returns.refund_days', undefined],
    ['Return policies are set by individual makers and vary from shop to shop.\n\nSome items cannot be returned.', 'returns.final_sale_exclusions', undefined],
    ['Items are subject to the return policy of the individual merchant.\n\nYou generally have 30 days to send an item back.', 'returns.window_days', undefined],
    ['Items ship under the delivery policies of the vendors.\n\nMost parcels leave within 3 business days.', 'shipping.processing_days', undefined],
    ['Merchant shipping policies may vary.\n\nMost parcels leave within 3 business days.', 'shipping.processing_days', undefined],
    ['Warranty policies vary by brand: some cover frames for 5 years.', 'warranty.duration_months', undefined],
    ['Warranties\n\nEach brand handles its own claims through us.\n\nMost frames are covered for 5 years.', 'warranty.duration_months', undefined],
  ])('%s → %s = %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});

describe('the site and the shop still state their own terms', () => {
  it.each<Row>([
    // only the topic the frame names is handed over
    ['Warranty policies vary by brand.\n\nWe take back unused bikes within 30 days of delivery.', 'returns.window_days', 30],
    // a frame that names no topic hands over the topic of its section's heading, not returns
    ['Warranties\n\nEach brand handles its own claims through us.\n\nReturns\n\nUnused parts can be returned within 30 days.', 'returns.window_days', 30],
    // the site speaking of its own policy, naming no seller and no hedge
    ['Each maker sets their own return policy for handmade goods.\n\nWe refund any order that never arrives, and our own prints can be returned within 30 days.', 'returns.window_days', 30],
    // a shop's own voice about its stock, with no seller handed anything
    ['Every item we make is checked twice. We accept returns within 21 days.', 'returns.window_days', 21],
    // a reseller's "from the shop you bought from" is read by other-policy.ts, and a shop naming its brands keeps its terms
    ['We stock over forty brands. Unused goods can be returned within 14 days.', 'returns.window_days', 14],
    // terms of sale that call the shop itself "the Seller": one seller, not each seller on a marketplace
    ['These terms set out the returns policy of the Seller.\n\nThe Buyer may return unused goods within 14 days of delivery.', 'returns.window_days', 14],
  ])('%s → %s = %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});

describe('a page that speaks to merchants or of shops in general states no terms', () => {
  it.each<Row>([
    // advice to a merchant: "your margins", "your customers", other shops' habits
    ['Your customers will want time to decide.\n\nItems can be returned within 30 days at most online stores.\n\nThat length also protects your margins.', 'returns.window_days', undefined],
    // a paraphrase of consumer law for shoppers
    ['You can cancel an online order within 14 days of delivery.\n\nYou will be refunded within 14 days of the goods getting back.\n\nA trader can deduct for handling beyond a try-on.\n\nSome retailers are kinder than the law.', 'returns.refund_days', undefined],
    ['You can cancel an online order within 14 days of delivery.\n\nA trader can deduct for handling beyond a try-on, the law says.\n\nSome retailers give longer.', 'returns.window_days', undefined],
    // a shopper's checklist about stores in general
    ['Check the delivery time first.\n\nMost online shops dispatch within 2 business days.\n\nSome stores charge for tracking, other stores include it.', 'shipping.processing_days', undefined],
    // a support guide for merchants
    ['Reply to your customers within 24 hours.\n\nCompanies that answer by live chat win more sales.', 'support.response_hours', undefined],
    // an unfilled template under topic labels: what the merchant offers is the merchant's to fill in
    ['Delivery options: list the carriers you offer.\n\nFree delivery: if you offer it, give the conditions (over $60, say).\n\nTracking: every parcel gets a tracking link.', 'shipping.free_threshold', undefined],
    // a help centre's index: topic lines beside links to the answers
    ['Returns help\n\n3 articles in this category\n\nRead article\n\nWhat can be returned, and the 30-day window.\n\nRead article\n\nWhen your refund arrives.', 'returns.window_days', undefined],
  ])('%s → %s = %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});

describe('a shop that names other shops or the law still states its own terms', () => {
  it.each<Row>([
    // the shop compares itself with shops in general, then speaks for itself
    ['Many retailers give you 14 days. We think that is too short.\n\nWe accept returns within 60 days of delivery.', 'returns.window_days', 60],
    ['Unlike other stores, we never charge a restocking fee.\n\nWe accept returns within 45 days.', 'returns.window_days', 45],
    // a law note on the shop's own page
    ['We refund within 7 days of receiving your parcel.\n\nThe law says a trader must refund you within 14 days.', 'returns.refund_days', 7],
    // the shopper's questions name "your store", not a merchant's possessions
    ['What is your return policy? Items can be returned within 30 days.\n\nDoes your store ship abroad? Yes, to 40 countries.', 'returns.window_days', 30],
    // card and courier companies are other trades, not shops in general
    ['Credit card companies may take a few days to post a refund.\n\nShipping companies set their own schedules.\n\nUnused items can be returned within 21 days.', 'returns.window_days', 21],
    // the shopper asking what the shop offers
    ['Do you offer local pick-up? No, we ship every order.\n\nDo you offer gift wrap? Yes.\n\nOrders leave within 2 business days.', 'shipping.processing_days', { min: 2, max: 2 }],
    // the shop's own address on a page of advice
    ['Most retailers answer within a day.\n\nSome stores offer chat.\n\nQuestions? Write to help@fernlow.example.', 'support.channels', ['email']],
  ])('%s → %s = %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});
