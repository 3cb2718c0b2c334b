/**
 * shipping.free_threshold as real pages word it (issue 11): in-house sentences — an amount without a currency sign
 * after a threshold word, any words between "free" and "shipping", a free-for-everyone offer beside an unrelated
 * amount — and the traps: counts and weights after "over", a fee beside the threshold.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('shipping.free_threshold in real wordings', () => {
  it.each([
    ['We provide complimentary standard delivery for all orders over 60, making shopping easy.', { amount: 60, currency: 'USD' }],
    ['All orders of R1500.00 or more qualify for free door-to-door shipping.', { amount: 1500, currency: 'ZAR' }],
    ['As we offer free shipping within the US, we ask that customers cover the $10 return label.', { amount: 0, currency: 'USD' }],
    ['Shipping costs $5, or we offer free shipping over $50.', { amount: 50, currency: 'USD' }],
    // the shipping noun before "free", and other ways of saying nothing is charged
    ['Any order above $120 goes out freight free.', { amount: 120, currency: 'USD' }],
    ['Baskets over £35 travel postage-free across the UK.', { amount: 35, currency: 'GBP' }],
    ['We make no charge for delivery on orders over $65.', { amount: 65, currency: 'USD' }],
    ['Order £45 or more and we will post it for free.', { amount: 45, currency: 'GBP' }],
    ['Once your cart passes $90, delivery is on the house.', { amount: 90, currency: 'USD' }],
    // "from" an amount, and a home area written without its hyphen telling whose dollar it is
    ['Free delivery for orders from €60.', { amount: 60, currency: 'EUR' }],
    ['Free postage on orders over $100 Australia wide.', { amount: 100, currency: 'AUD' }],
  ])('%s → %j', (text, expected) => expect(valueOf(text, 'shipping.free_threshold')).toEqual(expected));

  it.each([['Free shipping on orders over 2 items.'], ['Orders over 5kg ship free.'], ['Free returns on all orders over 30 days old are not possible.'], ['Postage-free returns for orders over $40.'],
    // an amount in a currency the money reader does not know is no amount in the page's currency
    ['Free delivery on orders over 500 kr.'], ['Free shipping on orders over 300 zł.']])(
    'states no threshold: %s',
    (text) => expect(valueOf(text, 'shipping.free_threshold')).toBeUndefined(),
  );
});

describe('shipping.free_threshold on a Canadian page', () => {
  it('"free expedited shipping" is the general offer: Expedited is Canada Post’s ordinary service', () => {
    expect(valueOf('Spend over $90 before tax and get free expedited shipping!', 'shipping.free_threshold', 'https://www.mapletea.example.ca/pages/shipping')).toEqual({ amount: 90, currency: 'CAD' });
  });
});

describe('shipping.free_threshold: a carrier\'s service name is no faster option', () => {
  it('"free DHL Express delivery" names the carrier of every parcel: the general offer', () => {
    expect(valueOf('Free DHL Express delivery on all orders over $150.', 'shipping.free_threshold')).toEqual({ amount: 150, currency: 'USD' });
  });
  it('a faster service of the shop\'s own is still a variant', () => {
    expect(valueOf('Free express shipping when you spend $150 or more.', 'shipping.free_threshold')).toBeUndefined();
  });
  it('on a Canadian page "no expedited shipping" still refuses a faster service', () => {
    expect(valueOf('Sorry, we do not offer expedited shipping.', 'shipping.express_available', 'https://www.mapletea.example.ca/pages/shipping')).toBe(false);
  });
});

describe('shipping.free_threshold: an offer with no amount and no condition is for every order', () => {
  it.each([
    ['Shipping is free.', 'https://shop.example/p', { amount: 0, currency: 'USD' }],
    ['Delivery is free of charge.', 'https://shop.example.co.uk/p', { amount: 0, currency: 'GBP' }],
    ['Free standard shipping within Australia.', 'https://shop.example.com.au/p', { amount: 0, currency: 'AUD' }],
    ['Enjoy free shipping anywhere in the US.', 'https://shop.example/p', { amount: 0, currency: 'USD' }],
    // delivery included in the price, everything sent free, a label line
    ['Postage is included in all our prices.', 'https://shop.example.co.uk/p', { amount: 0, currency: 'GBP' }],
    ['All prices include delivery.', 'https://shop.example/p', { amount: 0, currency: 'USD' }],
    ['We ship everything free of charge.', 'https://shop.example/p', { amount: 0, currency: 'USD' }],
    ['Shipping: FREE', 'https://shop.example/p', { amount: 0, currency: 'USD' }],
  ])('%s → %j', (text, url, expected) => expect(valueOf(text, 'shipping.free_threshold', url)).toEqual(expected));

  it.each([
    // a condition, a hedge, a code, a kind of goods, a refusal, a warranty's replacement, or only the offer's name
    ['We may offer free shipping from time to time.'],
    ['Use code SHIPIT for free shipping.'],
    ['Free shipping on selected items.'],
    ['International orders are not eligible for free shipping.'],
    ["If it breaks we'll replace it free of charge, including delivery."],
    ['Free Shipping'],
    ['Free shipping during our summer sale.'],
    ['Prices include VAT but not delivery.'],
    ['Postage: Free — print a label at home and drop it at the post office.'],
  ])('states no threshold: %s', (text) => expect(valueOf(text, 'shipping.free_threshold')).toBeUndefined());
});

describe('shipping.free_threshold: the price charged below the threshold', () => {
  it.each([
    // free delivery stated only by what is charged below it: the amount the orders stay under is the threshold
    ['Flat rate shipping of $7.95 applies to all orders under $75.', { amount: 75, currency: 'USD' }],
    ['A $5 shipping fee is charged on orders under $35.', { amount: 35, currency: 'USD' }],
    ['Orders under $50 incur a $6.95 shipping fee.', { amount: 50, currency: 'USD' }],
    ['Courier rates are calculated at checkout for orders up to $99.99.', { amount: 100, currency: 'USD' }],
    // a fee beside the threshold is the price, not the threshold
    ['We charge £2.50 postage on orders under £20; above that postage is on us.', { amount: 20, currency: 'GBP' }],
    ['Shipping is $8.95 flat rate, or free for orders of $100 and up.', { amount: 100, currency: 'USD' }],
  ])('%s → %j', (text, expected) => expect(valueOf(text, 'shipping.free_threshold')).toEqual(expected));

  it.each([
    // a cheaper tier above the amount, in the sentence or elsewhere on the page: no free level
    ['Shipping is $9 on orders under $60 and $4 on orders over $60.'],
    ['Standard shipping is $12.50 for orders under $80. Orders of $80 or more pay a reduced rate of $6.00.'],
    // a charge that is not delivery's, or a return's
    ['A small-order handling fee of $3 applies to orders under $20.'],
    ['Return postage of £4 is deducted from refunds on orders under £30.'],
    // a price alone is no threshold
    ['Orders under £30 are charged £4.99 delivery; above £30 we charge £2.99.'],
  ])('states no threshold: %s', (text) => expect(valueOf(text, 'shipping.free_threshold')).toBeUndefined());
});
