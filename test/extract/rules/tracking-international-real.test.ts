/**
 * shipping.tracking and shipping.international as real pages state them (issue 11): tracking said indirectly
 * ("registered and tracked", "end to end tracking", "traceable"), destinations implied by a refusal that names the
 * countries served — and the traps: tracking only for some parcels, a topic line ("Customs, Duties & Taxes"), a
 * template's outline, "outside the continental USA" (Alaska and Hawaii are still home).
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('shipping.tracking stated indirectly', () => {
  it.each([
    ['All shipments are registered and tracked.'],
    ['Parcels go with end to end tracking.'],
    ['Tracking numbers are sent to your email once shipped.'],
    ['The ability to track shipment is available in your account.'],
    ['Every parcel is fully traceable.'],
  ])('tracked: %s', (text) => expect(valueOf(text, 'shipping.tracking')).toBe(true));

  it.each([
    ['For deliveries outside of the UK, where possible we will supply you with tracking.'],
    ['Let your customers know when they will receive a tracking number.'],
    ['Instructions on how customers can track their orders'],
  ])('states nothing: %s', (text) => expect(valueOf(text, 'shipping.tracking')).toBeUndefined());

  // The shopper's parcel coming back (a return, an exchange, a repair) is tracked by whoever sends it, not the shop.
  it.each([
    ['Use a trackable service when you send back returns of high value.'],
    ['Keep your receipt so you can track the returned parcel until it reaches our workshop.'],
    ['Repairs sent to us should go by a tracked service.'],
  ])('goods coming back state nothing: %s', (text) => expect(valueOf(text, 'shipping.tracking')).toBeUndefined());

  it.each([
    ['If your parcel can be tracked, its number comes by e-mail.'],
    ['Where tracking is available, we send the link when the order leaves.'],
  ])('a hedged promise states nothing: %s', (text) => expect(valueOf(text, 'shipping.tracking')).toBeUndefined());
});

describe('shipping.international: goods coming back are the shopper\'s parcel', () => {
  it.each([
    ['If you post a product to us for repair from abroad, any import duties are yours to pay.'],
    ['Customs charges on warranty parcels sent from overseas are the customer\'s responsibility.'],
    ['Exchanges posted from outside the UK may attract import fees.'],
  ])('states nothing: %s', (text) => expect(valueOf(text, 'shipping.international')).toBeUndefined());

  it('a worldwide pandemic is no destination', () =>
    expect(valueOf('Deliveries may run late because of the worldwide pandemic.', 'shipping.international')).toBeUndefined());

  it('an outbound customs line still implies shipping abroad', () =>
    expect(valueOf('International orders may be charged import duties on arrival.', 'shipping.international')).toBe(true));

  // The section decides whose parcel it is when the sentence does not: duties under a warranty or returns heading are
  // on the goods coming back, and the same line under a shipping heading is the shop's parcels abroad.
  const line = 'If applicable, any duty or customs fees are the responsibility of the client.';
  it.each([['Lifetime Warranty'], ['Returns & Refunds']])('under "%s" the duties line states nothing', (heading) =>
    expect(valueOf(`# ${heading}\n\n${line}`, 'shipping.international')).toBeUndefined());
  it('under a shipping heading the same line implies shipping abroad', () =>
    expect(valueOf(`# Shipping\n\n${line}`, 'shipping.international')).toBe(true));
});

describe('shipping.international in real layouts', () => {
  it.each([
    ['No international shipping beyond Canada/U.S.', true],
    ['Delivery must be to an address in the United Kingdom.', false],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'shipping.international')).toBe(expected));

  it.each([
    ['Customs, Duties & Taxes'],
    ['International Shipping'],
    ['Availability of international shipping'],
    ['Rates are calculated at checkout for all orders outside of the Continental USA.'],
    ['Generally speaking, a shipping policy often addresses these issues: processing times; costs; international shipping.'],
  ])('states nothing: %s', (text) => expect(valueOf(text, 'shipping.international')).toBeUndefined());
});

describe('a service named, then withdrawn by what follows it', () => {
  it.each([
    ['International shipping is currently suspended.'],
    ['Overseas deliveries are on hold until further notice.'],
    ['Worldwide shipping is no longer available.'],
    ['International shipping: not available'],
    ['Due to border closures we have temporarily paused all international orders.'],
  ])('shipping.international false: %s', (text) => expect(valueOf(text, 'shipping.international')).toBe(false));

  it.each([['Express shipping is currently suspended.'], ['Next day delivery has been paused over the holidays.']])(
    'shipping.express_available false: %s',
    (text) => expect(valueOf(text, 'shipping.express_available')).toBe(false),
  );

  it('a hold on something else in the sentence withdraws nothing', () =>
    expect(valueOf('We ship worldwide; parcels held at customs are your responsibility.', 'shipping.international')).toBe(true));
});

describe('shipping.international: a destination in a condition', () => {
  it.each([
    ['We deliver within 7-10 days at home and 30 days if the shipping is abroad.'],
    ['Delivery costs $25 if you are overseas.'],
  ])('a condition whose consequence is a time or price is an option the shop has: %s', (text) =>
    expect(valueOf(text, 'shipping.international')).toBe(true));
  it('a condition with no consequence stated states nothing', () =>
    expect(valueOf('If you live abroad, please get in touch before ordering.', 'shipping.international')).toBeUndefined());
});
