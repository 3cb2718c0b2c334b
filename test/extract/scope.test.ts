/**
 * Whose policy a page states (src/extract/scope.ts): a marketplace page that hands a topic to its sellers states no
 * terms of its own for it. In-house sentences; traps where the site's or shop's own terms must still be read.
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
