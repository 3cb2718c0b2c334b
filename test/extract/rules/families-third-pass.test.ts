/**
 * Third recall pass: phrasing families not covered by families.test.ts / families-recall.test.ts (in-house sentences,
 * one or two per family), each table with traps the rules must stay silent on or read the other way.
 */
import { describe, expect, it } from 'vitest';
import type { TermId } from '../../../src/terms.js';
import { extractTerms } from '../../../src/extract/extract-terms.js';
import { valueOf } from './helpers.js';

type Row = [text: string, expected: unknown];

function table(term: TermId, rows: Row[]): void {
  describe(term, () => {
    it.each(rows)('%s → %j', (text, expected) => {
      expect(valueOf(text, term)).toEqual(expected);
    });
  });
}

table('returns.return_shipping', [
  ['We cover the cost of returns, so sending things back costs you nothing.', 'free'],
  ['Good news: we pay for the return.', 'free'],
  ['We include a returns label in every parcel we send.', 'free'],
  ['A return label is enclosed with your order.', 'free'],
  ['Returning an order costs nothing.', 'free'],
  ['You pay the postage to send the parcel back to us.', 'customer'],
  ['The buyer pays for shipping the goods back.', 'customer'],
  ['Postage costs for returns are not refunded.', 'customer'],
  // traps: the return window, the cost of the first delivery
  ['We cover the return window extension during the holidays.', undefined],
  ['We pay for delivery on orders over $50.', undefined],
]);

table('returns.restocking_fee', [
  ['Opened items incur a 10% fee when returned.', { percent: 10 }],
  ['Unsealed products are subject to a 20% charge on return.', { percent: 20 }],
  ['A 25% fee applies to returned items that have been opened.', { percent: 25 }],
  ['Returned items will be refunded less a 10% fee.', { percent: 10 }],
  ['A $25 fee applies to all returns of furniture.', { amount: 25, currency: 'USD' }],
  ['A restock charge of 15% applies to opened boxes.', { percent: 15 }],
  // traps: a discount, return postage kept back
  ['Take 10% off your first order when you sign up.', undefined],
  ['Returned items are refunded less a 10% shipping charge.', undefined],
]);

table('shipping.processing_days', [
  ['Orders take 1-2 business days to process.', { min: 1, max: 2 }],
  ['We aim to post all orders within 2 working days.', { min: 2, max: 2 }],
  ['Orders are mailed within 3 business days.', { min: 3, max: 3 }],
  ['Allow 2 to 4 days to be packed and dispatched.', { min: 2, max: 4 }],
  // traps: a refund clock, a transit time
  ['Refunds take 5 days to process.', undefined],
  ['Standard delivery takes 3-5 working days.', undefined],
]);

table('shipping.free_threshold', [
  ['We waive shipping fees on orders over $50.', { amount: 50, currency: 'USD' }],
  ['Delivery charges are waived on orders above £40.', { amount: 40, currency: 'GBP' }],
  ['Add $60 of products to your cart to unlock free shipping.', { amount: 60, currency: 'USD' }],
  ['Free shipping kicks in at $75.', { amount: 75, currency: 'USD' }],
  // traps: a free gift, waived return fees
  ['Get a free tote with orders over $100.', undefined],
  ['We waive the restocking fee on orders over $500.', undefined],
]);

describe('support.response_hours', () => {
  it.each<Row>([
    ['Our support team usually gets back within 48 hours.', 48],
    ['We endeavour to deal with all queries within 2 working days.', 48],
    ['Someone from our customer care team will contact you within 24 hours.', 24],
    ['Your enquiry will be handled within 1 business day.', 24],
    // traps: a return being handled, an order follow-up
    ['Your return will be handled within 5 days.', undefined],
    ['Our team will contact you within 2 days to arrange delivery.', undefined],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'support.response_hours')).toEqual(expected);
  });
});

table('returns.final_sale_exclusions', [
  ['Only full-price items can be returned.', true],
  ['We can only accept returns of full-priced goods.', true],
  ['Swimwear is otherwise non-returnable once the liner is removed.', true],
  ['Anything bought using a promo code is final sale.', true],
  ['Made-to-measure blinds cannot be returned.', true],
  ['Returns on clearance items are not possible.', true],
  // traps: full price in a shipping offer, a deposit
  ['Only full-price items qualify for free shipping.', undefined],
  ['Deposits on bespoke orders are non-refundable.', undefined],
]);

table('returns.exchanges', [
  ['We offer size exchanges on all footwear.', true],
  ['Switch it to a different colour at no cost.', true],
  ['We are not able to process exchanges.', false],
  // trap: a currency conversion
  ['Foreign orders are charged at the exchange rate on the day.', undefined],
]);

table('warranty.extended_available', [
  ['Upgrade to 5 years of cover for a small fee.', true],
  ['You can buy additional protection at checkout for your warranty.', true],
  // trap: a repair that does not extend the warranty
  ['A repair does not extend the warranty period.', undefined],
]);

table('support.channels', [
  ['Send us a message via the form on our help page.', ['form']],
  ['Stuck? Start a live chat with our team.', ['chat']],
  ['Text 555-0100 for help with your order.', ['sms']],
  // trap: a tracking text the shop sends
  ['We will text you a tracking link when your order ships.', undefined],
]);

describe('returns.return_shipping by form (label lines, FAQ pairs)', () => {
  it.each<Row>([
    ['Return shipping: Free', 'free'],
    ['Return postage: £3.95', 'customer'],
    ['Return shipping: paid by customer', 'customer'],
    ['Q: Is return shipping free?\nA: Yes.', 'free'],
    ['Do I have to pay to return my order? No.', 'free'],
    ['Are returns free? No, sorry.', 'customer'],
    ['Q: Who pays for return shipping?\nA: You do, unless the item is faulty.', 'customer'],
    ['Returning is on us.', 'free'],
    ["There's no charge to send it back.", 'free'],
    ['Customers must pay to return items.', 'customer'],
    ['It costs $5 to return an item.', 'customer'],
    ["You'll be responsible for return postage costs.", 'customer'],
    ['Buyer covers return shipping.', 'customer'],
    ['Original shipping charges and return shipping are not refunded.', 'customer'],
    // traps: a return window on a label line, free exchanges, a shipping FAQ
    ['Returns: 30 days', undefined],
    ['Returns: free exchanges only', undefined],
    ['Is shipping free? Yes, on orders over $50.', undefined],
    ["If you're unhappy, we cover return shipping.", 'free'],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.return_shipping')).toEqual(expected);
  });
});

table('shipping.free_threshold', [
  ['Free delivery on orders over 50 euros.', { amount: 50, currency: 'EUR' }],
  ['Every order ships free.', { amount: 0, currency: 'USD' }],
  ['Shipping is always free.', { amount: 0, currency: 'USD' }],
  ['We never charge for shipping.', { amount: 0, currency: 'USD' }],
  ['All UK orders are delivered free of charge.', { amount: 0, currency: 'USD' }],
  // traps: a weight, a free gift on every order
  ['Parcels over 50 pounds ship by freight.', undefined],
  ['Every order comes with a free sample.', undefined],
]);

table('returns.final_sale_exclusions', [
  ['Can I return sale items? No.', true],
  ['Q: Can I return a gift card?\nA: Unfortunately not.', true],
  ['Can sale items be returned? Sorry, no.', true],
  ['Can I return sale items? Yes, within 14 days.', false],
  // trap: a question about returning an order at all
  ['Can I return my order? Yes, within 30 days.', undefined],
]);

table('returns.restocking_fee', [
  ['Is there a restocking fee? No.', { percent: 0 }],
  ['Is there a restocking fee? Yes, 15%.', { percent: 15 }],
  ['We charge 15% restocking on opened items.', { percent: 15 }],
  // trap: a question about shipping
  ['Is there a shipping fee? No.', undefined],
]);

table('returns.exchanges', [
  ['Exchanges: yes', true],
  ['Exchanges: accepted within 30 days', true],
  ['Exchanges: not available', false],
]);

table('support.response_hours', [
  ['When will I hear back? Usually within a day.', 24],
  ['Our typical turnaround for emails is 48 hours.', 48],
  // trap: an order turnaround
  ['Our typical turnaround for orders is 3 days.', undefined],
]);

table('shipping.processing_days', [
  ['We need 5 business days to craft your piece.', { min: 5, max: 5 }],
  ['Orders leave our warehouse the next working day.', { min: 1, max: 1 }],
]);

table('shipping.free_threshold', [
  ['Orders over $100 ship at no cost.', { amount: 100, currency: 'USD' }],
  ['Shipping is included on orders over $80.', { amount: 80, currency: 'USD' }],
  ['We pay the postage on orders over £30.', { amount: 30, currency: 'GBP' }],
  ['Shipping: $7 flat rate; $0 on orders over $70.', { amount: 70, currency: 'USD' }],
  // trap: a price that includes something else
  ['Gift wrap is included on orders over $80.', undefined],
]);

table('shipping.processing_days', [
  ['We send orders within 2 days.', { min: 2, max: 2 }],
  ['Allow 7-10 business days for production.', { min: 7, max: 10 }],
]);

table('returns.window_days', [
  ['Changed your mind? You have 14 days to send it back.', 14],
]);

table('support.response_hours', [
  ["Our support team will reach out within 1 business day.", 24],
]);

table('support.channels', [
  ['Our advisors are available on the phone on weekdays.', ['phone']],
  ['Open a support ticket from your account and our team will help.', ['form']],
  ['Send a message through our website and the team will help.', ['form']],
  ['Questions? Slide into our DMs on Instagram.', ['social']],
  // trap: a refusal to take orders by phone
  ['We are unable to take orders over the phone.', undefined],
]);

table('warranty.extended_available', [
  ['Want longer cover? Add a 3-year plan at checkout.', true],
  ['Extended guarantees can be bought within 30 days of purchase.', true],
  ['Our Peace of Mind plan adds 3 years of protection.', true],
  ['Insurance against accidental damage is available for the warranty period.', true],
  ['Longer warranty options are available.', true],
]);

table('returns.exchanges', [
  ['Instead of exchanges, we offer refunds.', false],
  ['To swap sizes, simply return the item and place a new order.', false],
  // trap: the shop offers both
  ['Return the item and place a new order, or request an exchange.', true],
]);

table('returns.final_sale_exclusions', [
  ['No returns on sale items.', true],
  ['Sale items: no returns.', true],
  ['Refunds are not given on clearance goods.', true],
  ['Opened beauty products cannot be sent back.', true],
]);

/** The value read from one paragraph under a section heading (the section decides some readings). */
function inSection(heading: string, paragraph: string, term: TermId): unknown {
  const body = `<html><body><main><h1>Policies</h1><h2>${heading}</h2><p>${paragraph}</p></main></body></html>`;
  return extractTerms({ body, contentType: 'text/html', url: 'https://shop.example/policies' }).terms[term]?.value;
}

describe('returns.return_shipping inside a Returns section', () => {
  it.each<Row>([
    ["You'll need to cover the postage.", 'customer'],
    ['Postage is at your own cost.', 'customer'],
    ['Customers bear the postage cost.', 'customer'],
    ["We don't charge for returns.", 'free'],
    ["We'll send a courier to collect it at no cost.", 'free'],
    ['Use the free label in your box.', 'free'],
    ['Return shipping costs $7.95.', 'customer'],
    // traps: the original delivery, a faulty item
    ['Original shipping costs are your responsibility and are not refunded.', undefined],
    ['If the item is faulty, you will not need to cover the postage.', undefined],
  ])('%s → %j', (text, expected) => {
    expect(inSection('Returns', text, 'returns.return_shipping')).toEqual(expected);
  });
  it('does not read postage wordings outside a returns section', () => {
    expect(inSection('Shipping', "You'll need to cover the postage.", 'returns.return_shipping')).toBeUndefined();
  });
});

describe('third-pass processing and reply wordings under a heading', () => {
  it.each<[string, string, TermId, unknown]>([
    ['Shipping', 'Orders are handled within 24 hours.', 'shipping.processing_days', { min: 1, max: 1 }],
    ['Shipping', 'It usually takes us 2 days to get your parcel out.', 'shipping.processing_days', { min: 2, max: 2 }],
    ['Shipping', 'Print orders take 3-4 working days to produce.', 'shipping.processing_days', { min: 3, max: 4 }],
    ['Contact', "We'll write back within 2 working days.", 'support.response_hours', 48],
    ['Contact', 'Expect to hear from a real person within 24 hours.', 'support.response_hours', 24],
  ])('%s: %s', (heading, text, term, expected) => {
    expect(inSection(heading, text, term)).toEqual(expected);
  });
});

describe('returns.window_days inside a Returns section', () => {
  it.each<Row>([
    ['You have 30 days from receipt.', 30],
    ['Our policy lasts 30 days.', 30],
    ['We accept unworn items up to 30 days after purchase.', 30],
    ["If 30 days have gone by since your purchase, we can't offer a refund.", 30],
    // traps: a shipping time and a price-match window in the same section
    ['You have 2 days to collect your parcel from the depot.', undefined],
    ['You have 90 days to use your store credit.', undefined],
    ['You have 7 days to claim a price adjustment.', undefined],
  ])('%s → %j', (text, expected) => {
    expect(inSection('Returns', text, 'returns.window_days')).toEqual(expected);
  });
  it('does not read "you have 30 days" outside a returns section', () => {
    expect(inSection('Payment', 'You have 30 days to pay your invoice.', 'returns.window_days')).toBeUndefined();
  });
});

table('returns.restocking_fee', [
  ["There's a 20% charge for returning large furniture.", { percent: 20 }],
]);
