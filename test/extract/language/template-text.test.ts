/**
 * Template and instruction text (issue 11, "templates and examples"): an unfilled policy template's guidance to the
 * merchant, an outline of what a policy should contain and a consumer-law explainer state no terms of the shop.
 */
import { describe, expect, it } from 'vitest';
import { isTemplateText, resolveBrackets, strikePlaceholders, templateUnits } from '../../../src/extract/language/template-text.js';
import { normaliseUnitText, toUnits } from '../../../src/extract/extract-terms.js';
import { pageText } from '../../../src/extract/page-text.js';
import { valueOf } from '../rules/helpers.js';

describe('isTemplateText', () => {
  it.each([
    'Explain here whether refunds go back to the card the customer paid with.',
    'Add information on who pays for return postage and where parcels should be sent.',
    'State how long a refund takes once the return is approved.',
    'Inform users how many days they have to send a product back.',
    'Your returns policy should include the number of days a customer has to send items back.',
    'A refund policy page outlines the conditions under which a customer can get their money back.',
    'This is a place to describe your return and exchange policy to buyers.',
    'Overview of the conditions under which returns and exchanges are accepted',
    'Returns go back to the [warehouse name] team.',
    'Parcels go by tracked post and [details of any faster services, such as next-day courier, if applicable].',
    'We deliver to [list the regions your store ships to].',
    'Some shops offer a credit note when a customer changes their mind.',
    'A store does not have to give a refund if you simply change your mind.',
    'Where a consumer tells a supplier what the goods are for, the supplier must meet that purpose.',
    'Sellers must pay the money back within 14 days of getting the goods back.',
    'Buyers should post the goods back within 14 days of telling the seller they have cancelled.',
    'Under state law, retailers are obliged to offer a repair, replacement or refund for a major fault.',
  ])('skips %s', (text) => {
    expect(isTemplateText(normaliseUnitText(text), text)).toBe(true);
  });

  it.each([
    // the shop's own sentences, including ones that begin with a verb or speak of the law
    'Explained simply: we refund to your original card within 5 days.',
    'List of items we cannot take back: gift cards and earrings.',
    'We are a store that does not charge restocking fees.',
    'Under consumer law you have 14 days, but we give you 30 days to return anything.',
    'Eligibility for returns: you may send items back within 21 days of delivery.',
    'Retailers can order in bulk from our trade desk; we refund trade returns within 10 days.',
    'Customers must send items back within 30 days.',
  ])('reads %s', (text) => {
    expect(isTemplateText(normaliseUnitText(text), text)).toBe(false);
  });
});

describe('a placeholder takes its clause, not its sentence', () => {
  const kept = (text: string) => strikePlaceholders(text).replace(/\s+/g, ' ').trim();
  it.each([
    // a slot the customer fills in, inside a quotation: only the quotation goes
    ['Write to help@shop.example with the subject "Return – [your order number]".', 'Write to help@shop.example with the subject " ".'],
    // a clause with a subject of its own, after a comma and "and", or after a semicolon
    ['Free delivery over $[amount], and every parcel is tracked.', ', and every parcel is tracked.'],
    ['Orders are packed within 2 days; parcels to <insert countries> take longer.', 'Orders are packed within 2 days;'],
    // a clause with a value of its own after "or"
    ['Write to {{ shop.email }} or call 555-0143.', 'or call 555-0143.'],
    // the label of an earlier clause stays with that clause
    ['Returns: 30 days; we ship to [countries].', 'Returns: 30 days;'],
  ])('%s → %s', (text, rest) => expect(kept(text)).toBe(rest));

  it.each([
    // a label before a colon or a dash names the slot's option: it goes with its value
    'Express shipping: [X-Y business days] – $[amount]',
    'Overnight Shipping – [Cost]',
    // a clause without a subject goes on from the one before it; a relative clause points back at it
    'Express shipping is offered, for [amount].',
    'We have a [number]-day return policy, which means you can send things back.',
    // a condition or purpose is nothing without its main clause
    'If you need to exchange an item, email us at [your support email].',
    'To start a return, contact us at [email address].',
    'We [do/do not] ship to P.O. boxes.',
    // a shop platform's sample refund page keeps its single-brace placeholders
    'If you need a swap, send us an email at {email address}.',
  ])('nothing of %s is read', (text) => expect(kept(text)).toMatch(/^[\s.,:;–-]*$/));

  it('reads the real clause beside a placeholder, and nothing from the placeholder', () => {
    expect(valueOf('Write to {{ shop.email }} or call us on 555-0143.', 'support.channels')).toEqual(['phone']);
    expect(valueOf('Free delivery over $[amount], and every parcel is tracked.', 'shipping.tracking')).toBe(true);
    expect(valueOf('Free delivery over $[amount], and every parcel is tracked.', 'shipping.free_threshold')).toBeUndefined();
    expect(valueOf('Express shipping: [X-Y business days] – $[amount]', 'shipping.express_available')).toBeUndefined();
  });

  it('leaves a text without placeholders as it is, an e-mail address in brackets included', () => {
    for (const text of ['Orders over $50 ship free, and we track every parcel.', 'Write to us at [help@shop.example], and we reply within a day.']) {
      expect(strikePlaceholders(text)).toBe(text);
    }
    // a bracket the merchant typed a figure into is resolved first, and then no placeholder
    expect(strikePlaceholders(resolveBrackets('Processed within [5] business days.'))).toBe('Processed within 5 business days.');
  });
});

describe('examples, vague amounts and page stamps are struck out, the rest of the sentence counts', () => {
  it.each([
    ['Refund method (original card, store credit, etc.)', 'returns.refund_method', undefined],
    ['Time frame in which returns are accepted (30 days, 60 days, etc.)', 'returns.window_days', undefined],
    ['Who pays for return shipping (customer or business)', 'returns.return_shipping', undefined],
    ['Custom pieces (e.g. engraved rings) are final sale.', 'returns.final_sale_exclusions', true],
    ['Approved refunds go back to your original payment method within a certain number of days.', 'returns.refund_method', ['original_payment']],
    ['Approved refunds go back to your original payment method within a certain number of days.', 'returns.refund_days', undefined],
    ['How do I start a return? Updated 23 days ago', 'returns.window_days', undefined],
    // a bracket left where a duration belongs is a vague amount; a bracket the merchant typed a figure into is the value
    ['Returns accepted within [number] days of delivery.', 'returns.window_days', undefined],
    ['Once approved, your money goes back to your original payment method within [insert number] days.', 'returns.refund_method', ['original_payment']],
    ['Once approved, your money goes back to your original payment method within [insert number] days.', 'returns.refund_days', undefined],
    ['Orders are dispatched within [e.g., 2-3 business days] of payment.', 'shipping.processing_days', undefined],
    ['Orders are dispatched within [2-3 business days] of payment.', 'shipping.processing_days', { min: 2, max: 3 }],
    ['Orders are packed and handed to the courier within [2] business days.', 'shipping.processing_days', { min: 2, max: 2 }],
  ] as const)('%s → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});

describe('templateUnits: an outline states nothing line by line', () => {
  const unitsOf = (text: string) => toUnits(pageText(text, 'text/plain').blocks);
  const skipped = (text: string) => {
    const units = unitsOf(text);
    const template = templateUnits(units);
    return units.filter((u) => template.has(u)).map((u) => u.norm.trim());
  };

  it('skips every topic of a list where several topics are template wording, not only those', () => {
    const text = ['Returns', '', '- Overview of when goods can come back', '- Eligibility for a return', '- Items eligible for return (unworn, tagged, etc.)', '- Steps for starting a return', '- Information on who pays postage', '- Refund method'].join('\n');
    const lines = skipped(text);
    expect(lines).toContain('items eligible for return');
    expect(lines).toContain('refund method');
    expect(valueOf(text, 'returns.accepted')).toBeUndefined();
  });

  it('skips the lines under a template lead-in, up to the next heading', () => {
    const text = ['A typical refund policy page includes:', 'Eligibility: which buyers are eligible for a refund.', 'Exchanges: whether a swap for another size is possible.', '', 'Our terms', '', 'You can exchange any unworn item for another size.'].join('\n');
    expect(skipped(text)).toContain('exchanges: whether a swap for another size is possible.');
    expect(valueOf(text, 'returns.exchanges')).toBe(true);
    expect(valueOf(text, 'returns.accepted')).toBeUndefined();
  });

  it('skips a topic line that labels an instruction right under it', () => {
    const text = ['Refunds', '', 'Refund route', 'Explain how the money gets back to the buyer.', '', 'Non-returnable items', 'List any goods or charges that cannot be refunded.'].join('\n');
    expect(skipped(text)).toEqual(expect.arrayContaining(['non-returnable items', 'refund route']));
    expect(valueOf(text, 'returns.final_sale_exclusions')).toBeUndefined();
    // a label above the shop's own sentence is read as before
    expect(valueOf('Non-returnable items\nEarrings and gift cards cannot be returned.', 'returns.final_sale_exclusions')).toBe(true);
  });

  it('still reads a list the shop speaks in, or one that states figures', () => {
    const spoken = ['Returns', '', '- Overview of when goods can come back', '- Eligibility for a return', '- Steps for starting a return', '- You may return unworn items within 30 days'].join('\n');
    expect(valueOf(spoken, 'returns.window_days')).toBe(30);
    const filled = ['Returns', '', '- Eligibility for a return', '- Steps for starting a return', '- Information on postage', '- Returns accepted within 21 days of delivery'].join('\n');
    expect(valueOf(filled, 'returns.window_days')).toBe(21);
  });
});

describe('generator text: a page that explains policies in general or tells its owner what to write', () => {
  it.each([
    'A delivery policy lets customers know how long parcels take.',
    'The Help Hub helps shoppers understand how this store works.',
    'Exchange pages should make every step easy to follow.',
    'A refund policy is not to be confused with a warranty.',
    'Use this policy page to publish your actual delivery rules.',
    'Replace this text with your own returns terms.',
    // a page describing itself names topics, not terms
    'These terms outline your rights when requesting a refund, exchange or cancellation.',
  ])('skips %s', (text) => {
    expect(isTemplateText(normaliseUnitText(text), text)).toBe(true);
  });

  it.each([
    // the shop speaks: the same verbs with a "we" are its own words
    'We let customers know by e-mail when a parcel leaves.',
    'Our team helps customers understand their options and we reply within a day.',
    'This policy explains how to return items within 30 days.',
    'This page explains how we swap sizes free of charge.',
  ])('reads %s', (text) => {
    expect(isTemplateText(normaliseUnitText(text), text)).toBe(false);
  });

  it('reads nothing but figures on a page where no one speaks as the shop and the owner is told what to write', () => {
    const page = [
      'Shipping',
      'Use this page to set out your real delivery rules.',
      'Customers should get tracking details once a parcel leaves the warehouse.',
      'Express delivery is offered at checkout where available.',
      'Standard delivery: 2-4 working days.',
    ].join('\n');
    expect(valueOf(page, 'shipping.tracking')).toBeUndefined();
    expect(valueOf(page, 'shipping.express_available')).toBeUndefined();
    expect(valueOf(page, 'shipping.delivery_days')).toEqual({ min: 2, max: 4 });
  });

  it('keeps every term of a page where the shop speaks, even beside explainer-like words', () => {
    const page = ['Returns', 'This page lets customers know what to expect.', 'We accept returns within 21 days.', 'Exchanges for another size are free.'].join('\n');
    expect(valueOf(page, 'returns.window_days')).toBe(21);
    expect(valueOf(page, 'returns.exchanges')).toBe(true);
  });

  it('keeps a terse voiceless page with no generator text', () => {
    const page = ['Delivery', 'Tracked delivery on every order.', 'Express delivery available at checkout.'].join('\n');
    expect(valueOf(page, 'shipping.tracking')).toBe(true);
    expect(valueOf(page, 'shipping.express_available')).toBe(true);
  });
});

describe('generic filler: no one speaks as the shop and the lines hedge or say "the store"', () => {
  const filler =
    'Return Policy for Bike Shops\n\nCondition: bikes must typically be unridden.\n\nPeriod: returns are usually accepted within a specified timeframe.\n\n' +
    'Refunds: a refund to the original payment method or store credit (if applicable).\n\nInspection: store staff may check the frame before approving it.';
  it('states nothing, even in a line that names a method plainly', () => {
    expect(valueOf(filler, 'returns.refund_method')).toBeUndefined();
    expect(valueOf(filler, 'returns.accepted')).toBeUndefined();
  });
  it('a shop that says "we" is read, hedges and all', () => {
    expect(valueOf(`${filler}\n\nWe usually refund within 5 days of receiving the bike.`, 'returns.refund_method')).toEqual(['original_payment', 'store_credit']);
  });
  it('a flat shop page without "we" and without hedges is read', () => {
    expect(valueOf('Returns\n\nUnused items can be returned within 30 days for a refund to the original payment method.', 'returns.refund_method')).toEqual(['original_payment']);
  });
});
