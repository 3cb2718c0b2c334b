/**
 * Final-sale exclusions and exchanges said without the usual words: a refusal said of a subset of the catalogue, a
 * list under an exclusions heading, a labelled row; and the traps that look alike (a question heading, a warranty's
 * exclusions, money that is not refunded, a condition every item must meet). In-house sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../src/extract/extract-terms.js';
import type { TermId } from '../../../src/terms.js';
import { valueOf } from './helpers.js';

function htmlValue(html: string, term: TermId): unknown {
  return extractTerms({ body: `<!doctype html><html><body><main>${html}</main></body></html>`, contentType: 'text/html', url: null }).terms[term]?.value;
}

const RETURNS_INTRO = '<h1>Returns</h1><p>You can return unused items within 30 days of delivery for a full refund.</p>';

describe('final-sale exclusions: refusal said of a subset', () => {
  it.each([
    ['For hygiene reasons, once a balm or serum has been unsealed, we can’t take it back unless it arrived faulty.'],
    ['Monogrammed towels are made just for you, so we are not able to accept them back.'],
    ['Tinted varnish is mixed specifically for your project, so it can’t come back once it has been made.'],
    ['Fresh bread and anything packed with ice is perishable and not eligible for return.'],
    ['Goods made to the customer’s specification are excluded from the right to cancel.'],
    ['Cut-to-length cable and special-order fittings are non-cancellable and non-returnable.'],
    ['So no plant, seedling or bulb can be returned for a change of mind.'],
    ['For safety reasons we cannot take back any tub once the foil seal has been broken.'],
    ['Signed copies are kept for you, so we’re not able to accept those back.'],
    ['Digital patterns aren’t refundable once they have been downloaded.'],
    ['Change of mind returns are accepted within 30 days on full-priced items.'],
    // The remedies refused as verbs, the goods not qualifying, not considered, or outside the cooling-off period.
    ['Once a pendant has been engraved we are unable to cancel, refund or exchange it.'],
    ['Pieces that do not qualify to be returned are sale jumpers and gift cards.'],
    ['Bespoke frames will not be considered for a refund.'],
  ])('%s → true', (text) => {
    expect(valueOf(text, 'returns.final_sale_exclusions')).toBe(true);
  });

  it.each([
    ['Items cannot be returned after 30 days.'],
    ['Please use a tracked service, because we can’t refund parcels that never reach us.'],
    ['Delivery fees are non-refundable.'],
    ['We will not take back items that have been worn, washed or damaged.'],
    ['No item can be returned after 30 days.'],
    ['We cannot refund the postage of a custom order.'],
    ['We cannot refund orders once they have shipped.'],
  ])('%s → nothing', (text) => {
    expect(valueOf(text, 'returns.final_sale_exclusions')).toBeUndefined();
  });
});

describe('final-sale exclusions: lists, rows and labels', () => {
  it('a list under "Items we can’t take back" → true', () => {
    expect(htmlValue(`${RETURNS_INTRO}<h2>Items we can’t take back</h2><ul><li>Earring backs once the seal is broken</li><li>Anything engraved</li></ul>`, 'returns.final_sale_exclusions')).toBe(true);
  });

  it('a list under "Not eligible for returns" → true', () => {
    expect(htmlValue(`${RETURNS_INTRO}<h2>Not eligible for returns</h2><ul><li>Opened tubs of wax</li><li>Wicks sold by the metre</li></ul>`, 'returns.final_sale_exclusions')).toBe(true);
  });

  it('goods excluded from the cooling-off period on a returns page → true', () => {
    expect(htmlValue(`${RETURNS_INTRO}<p>Anything cut to length is excluded from the cooling-off period.</p>`, 'returns.final_sale_exclusions')).toBe(true);
  });

  it('a heading that asks "Is anything non-returnable?" is not a list heading', () => {
    expect(htmlValue(`${RETURNS_INTRO}<h2>Is anything non-returnable?</h2><p>Please pack returns well; we cannot be responsible for parcels lost on the way.</p>`, 'returns.final_sale_exclusions')).toBeUndefined();
  });

  it('a refusal under a heading that names the group ("Digital products") → true', () => {
    expect(htmlValue(`${RETURNS_INTRO}<h2>Digital products</h2><p>Once a code has been delivered to you, it can’t be returned or refunded.</p>`, 'returns.final_sale_exclusions')).toBe(true);
  });

  it('"Exclusions: None" on a glance card → false', () => {
    expect(htmlValue(`${RETURNS_INTRO}<h2>Exclusions</h2><p>None.</p>`, 'returns.final_sale_exclusions')).toBe(false);
  });

  it('"Exclusions" under a warranty heading is about the warranty', () => {
    expect(htmlValue('<h1>Warranty</h1><p>Every lamp has a two-year warranty.</p><h2>Exclusions</h2><ul><li>Bulbs and fuses</li><li>Damage from misuse</li></ul>', 'returns.final_sale_exclusions')).toBeUndefined();
  });

  it('a table row whose "Returnable?" cell says no → true', () => {
    const table = '<table><tr><th>Product</th><th>Returnable?</th></tr><tr><td>Sofas</td><td>Yes</td></tr><tr><td>Floor models</td><td>No</td></tr></table>';
    expect(htmlValue(`${RETURNS_INTRO}${table}`, 'returns.final_sale_exclusions')).toBe(true);
  });

  it('a labelled bullet "Sample-sale pieces: final sale" → true', () => {
    expect(htmlValue(`${RETURNS_INTRO}<ul><li>Free returns</li><li>Sample-sale pieces: final sale</li></ul>`, 'returns.final_sale_exclusions')).toBe(true);
  });
});

describe('final-sale exclusions: nothing excluded, said outright', () => {
  it.each([
    ['No exclusions.'],
    ['No product is designated as final sale.'],
    ['Every product we sell is returnable, sale pieces included.'],
    ['Sale pieces follow exactly the same returns rules as full-price ones.'],
    ['This return policy applies to all goods, whether purchased at regular or reduced price.'],
    ['Are any items final sale? Nope.'],
    ['Opened puzzles, sale toys and bundles are all welcome back.'],
    ['Sale stock isn’t treated any differently, and we don’t keep a list of things you can’t return.'],
    ['Nothing we sell is final sale.'],
    ['We don’t have a final sale section, so everything can come back.'],
  ])('%s → false', (text) => {
    expect(valueOf(`Returns are accepted within 30 days. ${text}`, 'returns.final_sale_exclusions')).toBe(false);
  });
});

describe('exchanges without the usual wording', () => {
  it.each([
    ['Exchanges welcome.', true],
    ['Subject to availability, the Seller will exchange unused Goods for the same Goods in another size.', true],
    ['The Company does not exchange Products.', false],
  ])('%s → %s', (text, expected) => {
    expect(valueOf(`Returns are accepted within 30 days of delivery. ${text}`, 'returns.exchanges')).toBe(expected);
  });

  it('"we’ll dispatch the new size" in a returns section → true', () => {
    expect(htmlValue(`${RETURNS_INTRO}<h2>Changing your size</h2><p>Post the pair back and we’ll dispatch the new size to you free of charge.</p>`, 'returns.exchanges')).toBe(true);
  });

  it('a table row "Exchanges | Yes" → true', () => {
    expect(htmlValue(`${RETURNS_INTRO}<table><tr><th>Policy</th><th>Details</th></tr><tr><td>Exchanges</td><td>Yes, any size</td></tr></table>`, 'returns.exchanges')).toBe(true);
  });

  it('"we’ll send you the new size" outside any returns context says nothing', () => {
    expect(valueOf('Our new sizes ship next week; we will send the new size guide to subscribers.', 'returns.exchanges')).toBeUndefined();
  });
});

describe('final-sale exclusions over a whole page', () => {
  it('one group that cannot come back settles it, even beside a more confident "sale items can be returned"', () => {
    const text = 'Sale items can be returned within 14 days.\n\nCan I return engraved pieces?\nNo, sorry.';
    expect(valueOf(text, 'returns.final_sale_exclusions')).toBe(true);
  });
});

describe('exchanges read from their parts (a swap verb and another size, colour or model)', () => {
  it.each([
    ['Helmets in the wrong size can be swapped for another size, subject to stock.', true],
    ['Drop into the shop and we’ll change it over for the correct size there and then.', true],
    ['Instead of sending it back, you can ask for a replacement in a different firmness.', true],
    ['Unread books can be refunded to your card, or changed for another title of your choice.', true],
    ['Swapping a band or cup size is free.', true],
    ['Sorry - we can’t swap sizes.', false],
    ['Exchanges aren’t something we can do at the moment.', false],
    ['We’re not set up for exchanges.', false],
    ['Returns are refund-only.', false],
  ])('%s → %s', (text, expected) => {
    expect(valueOf(`Returns are accepted within 30 days of delivery. ${text}`, 'returns.exchanges')).toBe(expected);
  });

  it.each([
    ['If your kettle is faulty we will replace it with a new model.'],
    ['Choose a different delivery date at checkout.'],
    ['You can change your order to another colour before it ships.'],
  ])('%s → nothing', (text) => {
    expect(valueOf(text, 'returns.exchanges')).toBeUndefined();
  });

  it('a refusal said of a subset ("customised orders are not eligible for exchange") is not the shop’s policy', () => {
    expect(valueOf('Customised stitching orders are not eligible for return or exchange.', 'returns.exchanges')).toBeUndefined();
  });
});

describe('the nearest topic heading decides whose exclusions they are', () => {
  it('a Returns section on a page titled "Returns, Price Adjustments & Warranty" is about returns', () => {
    expect(htmlValue('<h1>Returns, Price Adjustments &amp; Warranty</h1><h2>Returns</h2><p>Nothing we sell is final sale — open-box units can be returned on the same terms.</p>', 'returns.final_sale_exclusions')).toBe(false);
  });
});

describe('a refusal of reasons is no exclusion of goods', () => {
  const FAULTY = 'Returns\n\nIf a vase reaches you cracked, send a photo within 3 days and we refund it.\n\n';
  it.each<[string, TermId, unknown]>([
    // the refused things are reasons to send back (TERMS.md: final_sale_exclusions are kinds of goods)
    [`${FAULTY}The following are not eligible for a refund: a change of mind, the wrong colour picked at checkout.`, 'returns.final_sale_exclusions', undefined],
    // … and beside a faulty-goods remedy they are the change-of-mind refusal
    [`${FAULTY}The following are not eligible for a refund: a change of mind, the wrong colour picked at checkout.`, 'returns.accepted', false],
    [`${FAULTY}These are not refundable: a change of mind; a vase that no longer suits the shelf.`, 'returns.accepted', false],
    // traps: goods named after the reason, or the reason qualifying the returns
    [`${FAULTY}No refunds for a change of mind on earrings.`, 'returns.final_sale_exclusions', true],
    ['Returns\n\nWe take change-of-mind returns within 21 days.\n\nThe following are excluded from change-of-mind returns: mattresses, pillows and bath toys.', 'returns.final_sale_exclusions', true],
  ])('%s → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});
