/**
 * shipping.express_available reads a faster service the shop offers (issue 11, precision first): the same words in
 * other senses — legal "express or implied", "our top priority", a season's rush, a carrier's company or ordinary
 * service name, a comparison ("for faster delivery, order early") — and a hedge ("we cannot guarantee next-day
 * delivery") state nothing. A negation inside a condition ("if you can't wait, choose …") refuses nothing.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('shipping.express_available: other senses of the words', () => {
  it.each([
    ['All guarantees, express or implied, are excluded from our delivery services.'],
    ['Nothing here may be copied without our express written consent, including shipping guides.'],
    ['Keeping you happy is our top priority, and our advisers are available six days a week.'],
    ['Over the festive rush deliveries can run a little behind.'],
    ['For faster delivery, place your order before midday.'],
    ['Overseas parcels travel with DHL Express.'],
    ['Most parcels go by Canada Post Expedited Parcel and arrive in 2-7 business days.'],
    ['We cannot guarantee next-day delivery to the islands.'],
  ])('states nothing: %s', (text) => expect(valueOf(text, 'shipping.express_available')).toBeUndefined());

  it.each([
    ['Faster shipping options are offered at checkout.', true],
    ['Need it sooner? Choose Express Post at checkout for $13.50.', true],
    ['If you would rather not wait, pick Xpresspost at checkout for $21.', true],
    ['We are unable to offer an express service at present.', false],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'shipping.express_available')).toBe(expected));
});

describe('shipping.express_available: a faster turn in the workshop is no faster carriage', () => {
  it.each([
    ['Rush processing can be added to any custom order for a fee.'],
    ['Priority production moves your print to the front of the queue.'],
    ['Expedited handling is available for wedding orders.'],
  ])('states nothing: %s', (text) => expect(valueOf(text, 'shipping.express_available')).toBeUndefined());
});

describe('shipping.express_available: a refusal negates the offer, not another verb', () => {
  it.each([
    ['The time we need to make your order is not shortened by choosing expedited shipping.', true],
    ['We cannot refund express shipping charges once a parcel has left.', true],
    ['Sorry — we don’t offer express or overnight delivery.', false],
    ['We no longer provide an overnight service.', false],
    ['Unfortunately we are unable to send orders by express post.', false],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'shipping.express_available')).toBe(expected));
});

describe('a speed word that modifies paying, help or a form field offers no faster carriage', () => {
  it.each([['Shipping\nExpress checkout'], ['Pay in one tap with PayPal Express at checkout.'], ['Shipping\nSpecial delivery instructions'], ['Shipping\nPriority support for members']])(
    'no express service: %j',
    (text) => expect(valueOf(text, 'shipping.express_available')).toBeUndefined(),
  );
  it.each([['Express shipping is available at checkout.'], ['Choose Priority Mail Express at checkout.'], ['Shipping\nSpecial Delivery - £9.95']])(
    'still a service: %j',
    (text) => expect(valueOf(text, 'shipping.express_available')).toBe(true),
  );
});

describe('an option line whose value is a template placeholder', () => {
  it('offers nothing: the template outlines options, the shop has not filled them in', () =>
    expect(valueOf('Delivery estimates:\n- Standard Shipping (US): [X–X business days]\n- Expedited Shipping (US): [X–X business days]', 'shipping.express_available')).toBeUndefined());
  it('a filled one is an option', () => expect(valueOf('Shipping\n- Expedited Shipping (US): 2-3 business days', 'shipping.express_available')).toBe(true));
});

describe('shipping.express_available: the day an order leaves, an upgrade in handling, the buyer’s need', () => {
  it.each([
    ['Orders received after 3pm are packed and shipped on the next business day.'],
    ['Anything ordered over the weekend is dispatched the following working day.'],
    ['You can upgrade to white glove delivery at checkout, with placement in any room.'],
    ['The slow option suits parcels for which no express delivery is required.'],
  ])('states nothing: %s', (text) => expect(valueOf(text, 'shipping.express_available')).toBeUndefined());

  it.each([
    ['Orders ship next day air when you choose it at checkout.', true],
    ['Need it sooner? Next day delivery can be selected at checkout for $12.', true],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'shipping.express_available')).toBe(expected));
});
