/**
 * Return windows said through another deadline (issue 11): telling the shop within N days starts a return, cancelling a
 * delivered order within N days is the right to cancel; the days to post the goods after giving notice, or to report
 * damage, are other clocks. In-house sentences (test/real/README.md, "notify us within N days").
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('returns.window_days from notice and cancellation deadlines', () => {
  it.each<[string, unknown]>([
    ['To send back an unwanted order for a refund, notify us within 21 days of the purchase date. You then have a further 10 days to return the goods.', 21],
    ['If a return is needed, please first contact us within 5 working days of receipt of goods to agree how it comes back.', 5],
    ['Want to cancel? You may do so at any time up to 14 days after the parcel has been delivered to you.', 14],
    ['You have a period of 7 days in which you may cancel, counted from the day after you receive the goods.', 7],
    ['Please post the goods back within 14 days from the day on which you told us of your decision to cancel. You may also return goods up to 30 days after receipt.', 30],
    ['No returns after 20 days from the shipping date.', 20],
    // other clocks
    ['Claims for any damage must be made within 2 days of receipt, and returned items must be in their original box.', undefined],
    ['If your parcel arrives damaged, contact us within 3 days so we can replace it.', undefined],
    ['Orders can be cancelled within 2 days of ordering, before they are dispatched.', undefined],
    ['You can cancel at any point before the first draft is sent to you and receive a full refund.', undefined],
    ['Books posted back within 30 days of delivery can be refunded, or changed for another title of your choosing.', 30],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.window_days')).toEqual(expected);
  });
});

describe('a ship-back deadline counted from the shop\'s answer, or ended by the carrier\'s scan, is not the window', () => {
  it.each<[string, unknown]>([
    ['Once we have answered your request, ship the parcel within 9 days of receiving our instructions.', undefined],
    ['Please drop the box at the depot within 6 days of your return being approved.', undefined],
    ['Post it within 21 days of the label being emailed to you.', undefined],
    ['Send us the rug within 12 days of getting your RMA number.', undefined],
    ['If the carrier has not scanned the parcel within 12 days, the return request lapses.', undefined],
    ['A parcel not picked up by the courier within 8 days is taken off our returns list.', undefined],
    // beside the window, the window is still read
    ['Lamps can be returned within 45 days of delivery. Ship it within 9 days of receiving our instructions.', 45],
    ['Return it within 40 days of purchase; if the carrier has not scanned the parcel within 12 days, the request lapses.', 40],
    // counted from the goods reaching the shopper, the same verbs give the window
    ['Ship it back within 25 days of receiving your order.', 25],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.window_days')).toEqual(expected);
  });
});

describe('a duration something takes is a step, not the return window', () => {
  it.each<[string, unknown]>([
    ['Refunds for returned items can take up to 14 days to reappear on your card.', undefined],
    ['Send the broken lamp back first (the returns process may take up to 10 working days to go through).', undefined],
    ['Once our returns team has checked the parcel, the refund is sent. This process takes 10 days.', undefined],
    // a policy that "lasts" N days is the window (the common template wording); the time to act is still read beside a step
    ['Returns\n\nOur policy lasts 30 days.', 30],
    ['You can return unused items within 30 days; refunds take up to 5 days once the parcel is back.', 30],
  ])('%j → %j', (text, expected) => {
    expect(valueOf(text, 'returns.window_days')).toEqual(expected);
  });
});

describe('a delivery or carrier-holding clock is not the return window', () => {
  it.each<[string, unknown]>([
    // the duration leads from delivery, in a clause that names no return
    ['Free courier delivery nationwide, delivered within 3-6 days, for exchanges as well as new orders.', undefined],
    ['Returns and replacements: if your order did not reach you within the promised time (40 days, not counting 3-4 day processing), ask for a refund.', undefined],
    // the depot holds the parcel: a carrier return, not a shopper's
    ['The depot holds the parcel for up to 9 working days, after which it goes back to us and a fee is charged.', undefined],
    // delivery as the window's anchor still gives the window
    ['You have 21 days from the day your parcel arrives to send it back.', 21],
    ['Once your order has arrived, you have 30 days to return it.', 30],
    ['A 30-day return policy applies to everything we ship.', 30],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.window_days')).toEqual(expected);
  });

  it('the holding period gives no returns terms at all', () => {
    const text = 'The depot holds the parcel for up to 9 working days, after which it goes back to us and the customer is charged for resending it.';
    expect(valueOf(text, 'returns.accepted')).toBeUndefined();
    expect(valueOf(text, 'returns.return_shipping')).toBeUndefined();
  });
});

describe('goods that "can come back" within a period', () => {
  it.each<[string, unknown]>([
    ['Unused lamps can come back within 28 days of delivery.', 28],
    ['Come back and see us at the market within 14 days!', undefined],
  ])('%j → %j', (text, expected) => {
    expect(valueOf(text, 'returns.window_days')).toEqual(expected);
  });
});

describe('the EU and UK withdrawal right, by any of its verbs, gives the window', () => {
  it.each<[string, unknown]>([
    ['Cancellation rights\n\nAs a consumer you may withdraw from this purchase contract within fourteen days, no reason needed.', 14],
    ['Your right to revoke\n\nYou are entitled to revoke the sales agreement within 14 days and need not say why.', 14],
    ['Cancelling\n\nThe revocation period ends 14 days after the goods come into your possession.', 14],
    ['Cancelling\n\nThe withdrawal period expires after fourteen days from the day the parcel is handed to you.', 14],
    // other clocks of the same text
    ['Cancelling\n\nIf you withdraw from this contract, we repay everything you paid within 14 days of hearing from you.', undefined],
    ['Cancelling\n\nAn order can be cancelled before it is packed; cancellation of the contract after dispatch follows our returns page.', undefined],
    ['Warranty\n\nThe cancellation period does not cover repairs; a fault claim can be made within 24 months.', undefined],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.window_days')).toEqual(expected);
  });
});

describe('"any time" bounded by a span of the trial is no unlimited window', () => {
  it.each<[string, unknown]>([
    ['Trial returns\n\nSend the sofa back any time between nights 30 and 100 of your home trial.', undefined],
    ['Returns\n\nYou may return the topper anytime between day 14 and day 90 after it arrives.', undefined],
    // unbounded, still unlimited
    ['Returns\n\nReturn it any time, there is no time limit at all.', 'unlimited'],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.window_days')).toEqual(expected);
  });
});

describe('a duration counted down to an event, or the way back\'s usual length, is not the window', () => {
  it.each<[string, unknown]>([
    ['Returns and payment: we take payment for fitted blinds on the day itself or 1 day prior to the fitting visit.', undefined],
    ['Returns of event hire must be booked 3 days before the event.', undefined],
    // the way back told in its usual length is transit
    ['Returned parcels sent by tracked post usually reach us in 5 days.', undefined],
    // trap: counted on from delivery
    ['Returns are accepted within 21 days of delivery, before the item is used.', 21],
    ['Your returned parcel must reach us in 30 days from delivery.', 30],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.window_days')).toEqual(expected);
  });
});
