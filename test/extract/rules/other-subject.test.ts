/**
 * A section about another sales channel, another kind of order or the goods coming back states none of the shop's
 * standard terms it sets apart (issue 11, "one product line or channel", "the buyer's own return parcel"). In-house
 * pages in HTML, so headings are headings; traps where the heading is shared with the standard topics.
 */
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../src/extract/extract-terms.js';
import type { TermId } from '../../../src/terms.js';

function valueIn(html: string, term: TermId): unknown {
  return extractTerms({ body: `<html><body>${html}</body></html>`, contentType: 'text/html', url: 'https://shop.example/pages/policies' }).terms[term]?.value;
}

const TRADE = `<h1>Retail orders</h1><p>You may return unworn items within 30 days of delivery.</p>
<h2>Wholesale accounts</h2><p>Trade buyers may return damaged stock within 10 days.</p><p>A 15% restocking fee applies to every trade return.</p>`;
const TRADE_PAGE = `<h1>Stockist terms &amp; conditions</h1><p>Unsold stock may be returned within 60 days for a credit note.</p><p>All orders ship free by tracked courier.</p>`;
const PRE_ORDERS = `<h1>Returns</h1><p>Unwanted items can be sent back within 28 days.</p>
<h2>Pre-orders</h2><p>Orders cannot be cancelled once placed, but we may refund you less a 20% restocking fee.</p><p>Pre-order items are final sale.</p>`;
const SHARED = `<h1>Shipping, Returns &amp; Pre-orders</h1><p>A 20% restocking fee applies to all returns.</p>`;
const RETURN_PARCEL = `<h1>Shipping</h1><p>Orders leave our studio within 2 business days.</p>
<h2>Returns</h2><p>Use a carrier that offers full tracking and keep the receipt.</p>`;
const RETURN_PARCEL_ONLY = `<h1>Returns &amp; exchanges</h1><p>Send it back by a service with tracking, as we cannot trace lost parcels.</p>`;
const OUTBOUND_IN_RETURNS = `<h1>Returns</h1><p>Items go back within 30 days.</p><p>Every order ships with a tracking number.</p>`;

describe('a section about another channel or kind of order sets its terms apart', () => {
  it.each<[name: string, html: string, term: TermId, expected: unknown]>([
    ['the trade section leaves the retail window', TRADE, 'returns.window_days', 30],
    ['the trade section gives no restocking fee', TRADE, 'returns.restocking_fee', undefined],
    // a wholesaler's page with no other terms states the shop's own (in-house tuning 380)
    ['a page all for stockists keeps its window', TRADE_PAGE, 'returns.window_days', 60],
    ["the pre-order section's fee is not the returns fee", PRE_ORDERS, 'returns.restocking_fee', undefined],
    ['the returns window before the pre-order section stays', PRE_ORDERS, 'returns.window_days', 28],
    ['goods the pre-order section excludes are still excluded', PRE_ORDERS, 'returns.final_sale_exclusions', true],
    ['a heading shared with the standard topics is read as usual', SHARED, 'returns.restocking_fee', { percent: 20 }],
  ])('%s', (_name, html, term, expected) => {
    expect(valueIn(html, term)).toEqual(expected);
  });
});

describe("a returns section's tracking words are the shopper's parcel going back", () => {
  it.each<[name: string, html: string, term: TermId, expected: unknown]>([
    ['advice on posting a return gives no tracking', RETURN_PARCEL, 'shipping.tracking', undefined],
    ["the shipping section's dispatch time stays", RETURN_PARCEL, 'shipping.processing_days', { min: 2, max: 2 }],
    ['a return sent with tracking gives no tracking', RETURN_PARCEL_ONLY, 'shipping.tracking', undefined],
    ["a unit naming the shop's order is the outbound parcel", OUTBOUND_IN_RETURNS, 'shipping.tracking', true],
  ])('%s', (_name, html, term, expected) => {
    expect(valueIn(html, term)).toEqual(expected);
  });
});
