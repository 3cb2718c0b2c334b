/**
 * One word class for a parcel the carrier holds or brings back (carrier-hold.ts), read by both sides: its days are no
 * transit time (shipping) and its fees no return postage (returns).
 */
import { describe, expect, it } from 'vitest';
import { CARRIER_HOLD } from '../../../src/extract/rules/carrier-hold.js';
import { valueOf } from './helpers.js';

describe('CARRIER_HOLD', () => {
  it.each([
    'if nobody signs for it, the parcel goes back to the sender after 14 days',
    'the depot holds unclaimed boxes for 5 days',
    'the courier will store the package for a week',
    'items not delivered within 20 days are deemed lost',
    'a failed delivery is re-attempted once',
  ])('names a carrier holding or returning a parcel: %s', (s) => expect(CARRIER_HOLD.test(s)).toBe(true));

  it.each(['we store your details securely', 'parcels are kept dry in transit', 'orders arrive in 3-5 days'])('leaves other sentences alone: %s', (s) =>
    expect(CARRIER_HOLD.test(s)).toBe(false),
  );
});

describe('a holding period is neither a transit time nor return postage', () => {
  const page = [
    'Delivery',
    '',
    'Parcels arrive in 3-5 working days.',
    'If you are out, the local post office will keep the parcel for 10 working days; after that the carrier sends it back to us and a fee to send it out again is yours.',
  ].join('\n');

  it('keeps the transit time and reads no holding period as one', () => expect(valueOf(page, 'shipping.delivery_days')).toEqual({ min: 3, max: 5 }));
  it('reads no return postage from the carrier bringing the parcel back', () => expect(valueOf(page, 'returns.return_shipping')).toBeUndefined());
  it('strikes a sender-return clock from the delivery clock', () =>
    expect(valueOf('Shipping\n\nUncollected parcels are returned to the sender within 14 days.', 'shipping.delivery_days')).toBeUndefined());
});
