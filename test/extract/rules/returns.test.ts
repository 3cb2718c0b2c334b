import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('returns.window_days', () => {
  it.each([
    ['You may return unworn items within 30 days of delivery.', 30],
    ['Items can be sent back within thirty (30) days.', 30],
    ['You have a fortnight from delivery to return anything.', 14],
    ["You've got 28 days from the day your parcel arrives to send back anything.", 28],
    ['We offer a 60-day return policy.', 60],
    ['Return or exchange it within one year of purchase.', 365],
    ['Returns are accepted at any time, no time limit.', 'unlimited'],
    // the trip back said with "post", "bring" or "mail" and the goods between verb and "back"
    ['Bring or post unplayed-with toys back within 28 days of purchase.', 28],
    ['Mail the unopened jars back to us within 21 days.', 21],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'returns.window_days')).toEqual(expected));

  it.each([
    // the refund said in a later clause: the number belongs to the return verb's clause before it
    ['You may send any unused piece back within 21 days of receiving it, and we will refund you in full.', 21],
    ['Customers can return most goods within 40 days of purchase and we will refund you the price paid.', 40],
  ])('a window whose sentence goes on with the refund: %s → %s', (text, expected) => expect(valueOf(text, 'returns.window_days')).toBe(expected));

  it('the refund clause keeps its own number', () => {
    expect(valueOf('You may send any unused piece back, and we will refund you within 6 days.', 'returns.window_days')).toBeUndefined();
  });

  it('a back order is no trip back', () => {
    expect(valueOf('We post back-ordered items within 14 days of them arriving at our store.', 'returns.window_days')).toBeUndefined();
  });

  it.each([
    // refund processing time, not a window
    ['Refunds are processed within 5-7 business days.'],
    ['We aim to refund you within 3 working days of the return arriving at our warehouse.'],
    ['Please allow up to 10 days for the refund to be issued.'],
    // a warranty period, not a window
    ['Our warranty covers defects for 90 days.'],
    // the shop's processing step, not the shopper's time to act
    ['We need 15 business days for processing your return request once your e-mail reaches us.'],
    // a damage report deadline
    ['Please report damage within 48 hours of delivery.'],
    // a placeholder template
    ['You have [number] days to return an item.'],
    ['You have {{ days }} days to return an item.'],
  ])('says nothing for: %s', (text) => expect(valueOf(text, 'returns.window_days')).toBeUndefined());

  it.each([
    // the sentence opens on the faulty-goods case: the remedy's period, not the window
    ['If you receive a damaged or defective kettle, you may return it within 30 days of delivery.'],
    ['If the wrong item was sent, send it back within 21 days and we will swap it.'],
  ])('a period of the faulty-goods case is no window: %s', (text) => expect(valueOf(text, 'returns.window_days')).toBeUndefined());

  it.each([
    // a change of mind named beside the fault keeps the window
    ['If the item is faulty or you simply changed your mind, return it within 30 days.', 30],
    ['If you are not happy or the item arrived damaged, you can return it within 30 days.', 30],
    // the fault only after the duration: the window stands
    ['You may return items within 30 days, and if an item is damaged we pay the postage.', 30],
  ])('a window beside the faulty-goods case: %s → %s', (text, expected) => expect(valueOf(text, 'returns.window_days')).toBe(expected));

  it('keeps the default and lists a scoped window as a variant', () => {
    const text = 'Most items can be returned within 30 days.\n\nElectronics must be returned within 14 days.';
    expect(valueOf(text, 'returns.window_days')).toBe(30);
  });
});

describe('returns.accepted', () => {
  it.each([
    ['You can return most items within 30 days.', true],
    ['All sales are final.', false],
    ['We do not accept returns.', false],
    ['No returns or exchanges.', false],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'returns.accepted')).toBe(expected));

  it('a conditional refusal is not a refusal of all returns', () => {
    expect(valueOf('We cannot accept returns of items that show signs of wear.', 'returns.accepted')).toBeUndefined();
  });
  it('sale items being final does not make the whole shop final', () => {
    expect(valueOf('Sale items are final sale.', 'returns.accepted')).toBeUndefined();
  });
});

describe('returns.restocking_fee', () => {
  it.each([
    ['A 15% restocking fee applies to all returns.', { percent: 15 }],
    ['Returns are subject to a restocking fee of $10.', { amount: 10, currency: 'USD' }],
    ['There is no restocking fee.', { percent: 0 }],
    ['We never charge restocking fees.', { percent: 0 }],
  ])('%s → %j', (text, expected) => expect(valueOf(text, 'returns.restocking_fee')).toEqual(expected));

  it('says nothing when no figure is given', () => {
    expect(valueOf('Returns may be subject to a restocking fee.', 'returns.restocking_fee')).toBeUndefined();
  });
});

describe('returns.return_shipping', () => {
  it.each([
    ['The customer is responsible for return shipping costs.', 'customer'],
    ['Return shipping is at your own expense.', 'customer'],
    ['The customer bears the cost of shipping the product back to us.', 'customer'],
    ['Return shipping costs will be deducted from your refund.', 'customer'],
    ['Returns are free: use the prepaid label in the box.', 'free'],
    ['We cover the cost of return shipping.', 'free'],
    ['Customers pay for return shipping unless the item is defective.', 'customer'],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'returns.return_shipping')).toBe(expected));

  it.each([
    // the delivery that came out, kept back when a return takes the order below the free-delivery level
    ['Returns are welcome within 30 days. If a return takes your basket under the £60 free-delivery level, the original delivery charge comes off your refund.'],
    ['Unused items can come back within 21 days. Should a return drop your order below our $75 free-shipping minimum, the outbound shipping cost will be deducted from your refund.'],
  ])('outbound delivery kept back is not return postage: %s', (text) => expect(valueOf(text, 'returns.return_shipping')).toBeUndefined());

  it('free returns only for faulty goods is not the default', () => {
    expect(valueOf('If the item is defective we will cover the return shipping.', 'returns.return_shipping')).toBeUndefined();
  });
});

describe('returns.refund_method', () => {
  it.each([
    ['Refunds go back to your original payment method.', ['original_payment']],
    ['You can choose a refund to the card you paid with, store credit, or an exchange for another item.', ['original_payment', 'store_credit', 'exchange']],
    ['Returns receive store credit, never cash.', ['store_credit']],
  ])('%s → %j', (text, expected) => expect(new Set(valueOf(text, 'returns.refund_method') as string[])).toEqual(new Set(expected)));

  it('an exchange offered on its own is not a refund method', () => {
    expect(valueOf('We are happy to exchange items for a different size.', 'returns.refund_method')).toBeUndefined();
  });
});

describe('returns.refund_days', () => {
  it.each([
    ['Refunds are processed within 5–7 business days.', 7],
    ['Please allow up to ten working days for the refund to be issued.', 10],
    ['You will receive your refund within 14 days.', 14],
  ])('%s → %i', (text, expected) => expect(valueOf(text, 'returns.refund_days')).toBe(expected));

  it('a return window is not a refund time', () => {
    expect(valueOf('Items must be returned within 30 days for a refund.', 'returns.refund_days')).toBeUndefined();
  });
});

describe('returns.exchanges', () => {
  it.each([
    ['We gladly exchange items for a different size or colour.', true],
    ['Exchanges are free.', true],
    ['We do not offer exchanges; please return the item and place a new order.', false],
    ['No returns or exchanges.', false],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'returns.exchanges')).toBe(expected));

  it('exchanges refused only for sale items is a variant, not the default', () => {
    expect(valueOf('Sale items cannot be exchanged.', 'returns.exchanges')).toBeUndefined();
  });
});

describe('returns.final_sale_exclusions', () => {
  it.each([
    ['Sale items are final sale and cannot be returned.', true],
    ['Gift cards and personalised items are non-returnable.', true],
    ['Anything marked "Final Sale" on the product page cannot be returned.', true],
    ['Open-box and refurbished units are sold as-is and cannot be returned.', true],
    ['Sale and clearance items are returnable on the same terms as full-price goods.', false],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'returns.final_sale_exclusions')).toBe(expected));
});

describe('returns.accepted under another topic', () => {
  it.each<[string, unknown]>([
    // a shipping or support section that points at the returns page states no returns policy of its own
    ['Shipping\n\nOrders leave within 2 days. Need to start a return? Use the returns portal.', undefined],
    ['Contact us\n\nQuestions about an order or how to start a return? Write to us any time.', undefined],
    // a plain statement that returns are taken counts wherever it stands
    ['Shipping\n\nOrders leave within 2 days. Returns are accepted on unopened jars; see the returns page.', true],
    ['Returns\n\nNeed to start a return? Use the returns portal.', true],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.accepted')).toEqual(expected);
  });
});

describe('returns.accepted from a returns process (the page says how a return is started, sent or handled)', () => {
  it.each([
    // START: an action on a return request
    ['How do I send something back? Fill in our returns form and we will reply with the address.'],
    ['Get in touch with the studio to begin the refund process.'],
    ['Log in to your account to request a return or exchange.'],
    // MEANS: the return's own address, portal or number
    ['Our returns address is 14 Kettle Lane, Hamilton.'],
    ['Every parcel sent back needs an RMA number on the box.'],
    // SEND_BACK: leave to send the goods back
    ['Not quite right? You may post the jumper back for credit towards another piece.'],
    ['If after delivery you wish to send a mug back, you can do so at no charge.'],
    // RECEIVED: an arrived return being handled
    ['Once we have received your returned parcel we check it over within two days.'],
    ['Please give our team a week to process your return.'],
  ])('%s → true', (text) => expect(valueOf(text, 'returns.accepted')).toBe(true));

  it.each([
    // refused, or only a pointer from another topic's section
    ['We cannot process your return once a month has passed since delivery.'],
    ['Shipping\n\nOrders leave in 2 days. To begin a return, see the returns page.'],
    // a warranty claim is not a return
    ['Warranty\n\nTo start a warranty claim, fill in our returns form with a photo of the fault.'],
  ])('says nothing for: %s', (text) => expect(valueOf(text, 'returns.accepted')).toBeUndefined());

  it('a shop that refuses every return still says false, whatever its form is called', () => {
    expect(valueOf('All sales are final. Questions about an order? Use the returns form to reach us.', 'returns.accepted')).toBe(false);
  });
});

describe('every return refused, with the refusal after the noun or the order as the limit', () => {
  it.each<[string, unknown, unknown]>([
    ['As every piece is made to order, I am afraid an exchange or refund is unavailable.', false, false],
    ['Sorry, we are unable to accept return/exchange requests once your order has been placed.', false, undefined],
    ['Returns are sadly not possible, whatever the reason.', false, undefined],
    // a limit to some goods or some time is not a refusal of every return
    ['Returns and exchanges are not possible on engraved lockets.', undefined, undefined],
    ['Refunds are not available after 30 days.', undefined, undefined],
    // a condition of another clause is not said by the shop
    ['Should a refund be unavailable, we offer credit instead.', undefined, undefined],
  ])('%s → accepted %j, exchanges %j', (text, accepted, exchanges) => {
    expect(valueOf(text, 'returns.accepted')).toEqual(accepted);
    expect(valueOf(text, 'returns.exchanges')).toEqual(exchanges);
  });
});

describe('exchanges refused alone leave returns open', () => {
  it('"exchanges are not available" is no refusal of returns', () => {
    const text = 'Exchanges are not available, so please send the pair back within 30 days and order the size you need.';
    expect(valueOf(text, 'returns.accepted')).toBe(true);
    expect(valueOf(text, 'returns.exchanges')).toBe(false);
  });
});

describe('a whole refusal read from its parts: the refusal, then what follows it', () => {
  it.each<[string, unknown]>([
    ["We don't do returns.", false],
    ['Refunds are not given.', false],
    ['Sorry, our candles are non-returnable.', undefined],
    ['All of our pieces are non-refundable.', false],
    ['Parcels cannot be returned once shipped.', undefined],
    ['Orders cannot be returned once shipped.', false],
    ['Once an order is placed it cannot be returned or refunded.', false],
    ['We do not provide refunds once the order has been dispatched.', false],
    ['Because our plants are living things, we are unable to accept returns.', false],
    // limited to some goods, some times, some channels, or a condition before it
    ['We cannot process refunds until the item is back with us.', undefined],
    ['We do not accept refund requests by phone.', undefined],
    // (the 28 days are the window, so returns are taken)
    ['Once 28 days have passed since delivery, we can not offer a refund or exchange.', true],
    // refunds refused while an exchange is offered: returns are still taken (test/real/README.md)
    ["If you do not want the item, we can't offer a refund but we can exchange it.", undefined],
  ])('%s → %j', (text, expected) => expect(valueOf(text, 'returns.accepted')).toEqual(expected));
});
