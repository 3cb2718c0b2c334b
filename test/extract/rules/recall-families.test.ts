/**
 * Refund time and the free-shipping threshold in wordings the older patterns missed (found by rounds of fresh tuning
 * texts), and the look-alikes that must stay out. In-house text.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('returns.refund_days families', () => {
  it.each([
    ['You’ll be refunded on your original payment method within 10 business days.', 10],
    ['The Company shall issue a credit to the payment card used within 10 business days.', 10],
    ['The money goes back to the card you paid with - please allow up to 10 working days for it to reach you.', 10],
    ['Refunds hit your original payment method 3-5 business days after the warehouse receives your pair.', 5],
    ['Once your parcel reaches us, we’ll refund your original payment method within 7 days.', 7],
  ])('%s → %s', (text, expected) => {
    expect(valueOf(text, 'returns.refund_days')).toBe(expected);
  });

  it.each([
    ['Request a refund within 30 days of delivery.'],
    ['Return for refund can be raised within 7 days from the date of delivery.'],
    ['Items bought in store can be refunded within 28 days of purchase.'],
  ])('%s → no refund time (it is the window)', (text) => {
    expect(valueOf(text, 'returns.refund_days')).toBeUndefined();
  });

  it('inside a Refunds section, "it is issued within 5 business days" is the refund time', async () => {
    const { extractTerms } = await import('../../../src/extract/extract-terms.js');
    const html = '<main><h1>Returns</h1><p>Return unused items within 30 days.</p><h2>Your refund</h2><p>Either way, it is issued within 5 business days of your return being checked.</p></main>';
    expect(extractTerms({ body: html, contentType: 'text/html', url: null }).terms['returns.refund_days']?.value).toBe(5);
  });
});

describe('shipping.free_threshold in newer wordings', () => {
  it.each([
    ['You won’t pay a penny for delivery once your basket passes £35.', { amount: 35, currency: 'GBP' }],
    ['How much is shipping? Shipping’s on us above $60.', { amount: 60, currency: 'USD' }],
    ['Cross $99 and we cover the postage to any address.', { amount: 99, currency: 'USD' }],
    ['Delivery shall be free of charge for orders having a value of £150.00 or more.', { amount: 150, currency: 'GBP' }],
    ['Royal Mail delivery is £3.95, or free when your basket comes to £40 or more.', { amount: 40, currency: 'GBP' }],
    ['Free nationwide delivery when your order comes to $120 or more.', { amount: 120, currency: 'USD' }],
    ['Delivery to Ireland: € 6 per order; on orders over € 50 it is free.', { amount: 50, currency: 'EUR' }],
    ['Standard parcel (DHL): 4,90 EUR, free shipping from an order value of 50 EUR.', { amount: 50, currency: 'EUR' }],
    ['Once your order reaches 40 pounds, UK postage is on us; orders below that are £5.50.', { amount: 40, currency: 'GBP' }],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'shipping.free_threshold')).toEqual(expected);
  });

  it('an international offer named before the cue is a variant, not the default', () => {
    const text = 'International orders ship free once they reach $250.\n\nFree standard delivery on domestic orders over $90.';
    expect(valueOf(text, 'shipping.free_threshold')).toEqual({ amount: 90, currency: 'USD' });
  });
});

describe('guarantee.money_back_days is not a refund time', () => {
  it.each([
    ['Prefer your money back? Choose refund and we’ll credit your original form of payment within five business days.'],
    ['When will I get my money back? We’ll refund your card within 14 days of receiving your return.'],
  ])('%s → nothing', (text) => {
    expect(valueOf(text, 'guarantee.money_back_days')).toBeUndefined();
  });

  it('a named guarantee keeps its period', () => {
    expect(valueOf('Our 60-day money-back guarantee means a full refund within 60 days.', 'guarantee.money_back_days')).toBe(60);
  });
});

describe('shipping.delivery_days by carrier and the damage-report look-alike', () => {
  it.each([
    ['Colissimo delivers in 2 to 3 working days within metropolitan France.', { min: 2, max: 3 }],
    ['Parcel Post: 2-6 business days to metro areas once dispatched.', { min: 2, max: 6 }],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'shipping.delivery_days')).toEqual(expected);
  });

  it('"get in touch within 7 days" about a damaged parcel is not a delivery time', () => {
    expect(valueOf('If a product arrives damaged, get in touch within 7 days with a photo.', 'shipping.delivery_days')).toBeUndefined();
  });

  it('"handed to Australia Post within 1 business day" stays the processing time', () => {
    expect(valueOf('Orders are packed and handed to Australia Post within 1 business day.', 'shipping.delivery_days')).toBeUndefined();
  });
});

describe('warranty and price-match wordings from the fourth round', () => {
  it('"warranted … for as long as you own the bike" is a lifetime warranty', () => {
    expect(valueOf('Frames are warranted against defects for as long as you own the bike.', 'warranty.duration_months')).toBe('lifetime');
  });

  it('"protect it with CoverAll for $49" offers extended cover', () => {
    expect(valueOf('Every washer has a 12-month warranty. Protect it with CoverAll for $49 at checkout.', 'warranty.extended_available')).toBe(true);
  });

  it('"we won’t match or beat another store’s price" refuses price matching', () => {
    expect(valueOf('Our prices are fair from day one, and we won’t match or beat another store’s price.', 'guarantee.price_match')).toBe(false);
  });
});

describe('support.channels in round-4 wordings', () => {
  it.each([
    ['WhatsApp: send a message to 087 555 0419 if you want to show us a photo.', ['sms']],
    ['Write to hello@koala.example and we’ll reply within 72 hours.', ['email']],
    ['Facebook Messenger: search for us and send us a message.', ['social']],
    ['Phone: 905-555-0166 - if you reach voicemail, we’ll call you back.', ['phone']],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'support.channels')).toEqual(expected);
  });

  it('"we’ll email you when your order ships" is the shop writing, not a way to reach it', () => {
    expect(valueOf('We’ll email you when your order ships.', 'support.channels')).toBeUndefined();
  });
});

describe('shipping.processing_days: where the parcel leaves from, and frequencies', () => {
  it.each([
    ['Orders leave our Hamilton warehouse within 1-2 business days.', { min: 1, max: 2 }],
    ['We hand every order to FedEx within 1 business day.', { min: 1, max: 1 }],
    ['We roast four days a week, and orders ship within 1–3 business days.', { min: 1, max: 3 }],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'shipping.processing_days')).toEqual(expected);
  });
});

describe('returns.restocking_fee in round-5 wordings', () => {
  it.each([
    ['Every change-of-mind return carries a 20% charge to cover inspection, testing and repackaging.', { percent: 20 }],
    ['We deduct £5 from each refund to cover return processing.', { amount: 5, currency: 'GBP' }],
    ['7.4 A handling charge of 15 per cent of the invoice value shall be deducted from any credit given for goods returned.', { percent: 15 }],
    ['There are no fees whatsoever on returns, and we don’t deduct a cent from your refund.', { percent: 0 }],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.restocking_fee')).toEqual(expected);
  });

  it('"there’s no charge for return shipping" is about postage, not restocking', () => {
    expect(valueOf('Print the free prepaid label - there’s no charge for return shipping.', 'returns.restocking_fee')).toBeUndefined();
  });
});

describe('support.hours: a place’s opening hours are not support hours', () => {
  it('showroom hours next to the phone lines are left out', async () => {
    const { extractTerms } = await import('../../../src/extract/extract-terms.js');
    const html = '<main><h1>Contact</h1><p>Our customer service team answers the phones Monday to Friday, 9am to 5pm.</p><h2>Showroom</h2><p>Open Tuesday to Saturday, 10am to 6pm.</p></main>';
    expect(extractTerms({ body: html, contentType: 'text/html', url: null }).terms['support.hours']?.value).toBe('Mo-Fr 09:00-17:00');
  });

  it('an "Opening hours" heading on a contact page is still the help desk’s', async () => {
    const { extractTerms } = await import('../../../src/extract/extract-terms.js');
    const html = '<main><h1>Contact us</h1><p>Email help@shop.example or call 0800 000 0000.</p><h2>Opening hours</h2><p>Monday to Friday, 9am to 5pm.</p></main>';
    expect(extractTerms({ body: html, contentType: 'text/html', url: null }).terms['support.hours']?.value).toBe('Mo-Fr 09:00-17:00');
  });

  it('"Mon–Thu 9–6 Fri 9–4 Sat–Sun closed" gives Friday its own hours', () => {
    expect(valueOf('Customer service hours: Mon–Thu 9–6 Fri 9–4 Sat–Sun closed', 'support.hours')).toBe('Mo-Th 09:00-18:00; Fr 09:00-16:00');
  });
});

describe('round 6: home-country-only shipping and British fault guarantees', () => {
  it.each([
    ['We deliver only within South Africa.'],
    ['We only post to addresses in the UK.'],
    ['Delivery is within Canada only.'],
  ])('%s → international false', (text) => {
    expect(valueOf(text, 'shipping.international')).toBe(false);
  });

  it('"a 30-day guarantee against faults" is not a money-back guarantee', () => {
    expect(valueOf('Electricals carry a 30-day guarantee against faults.', 'guarantee.money_back_days')).toBeUndefined();
  });

  it('a guarantee that names money back keeps its period even when faults are mentioned', () => {
    expect(valueOf('Our 60-day guarantee: if it’s faulty or you don’t love it, get your money back.', 'guarantee.money_back_days')).toBe(60);
  });
});

describe('warranty.duration_months said by what it does (a fault, a time, a remedy)', () => {
  it.each([
    ['We guarantee our weaving for 10 years.', 120],
    ['If a board cracks or a glue joint fails within 5 years of purchase, I’ll repair or replace it.', 60],
    ['If a seam comes undone within the first year, our menders will put it right for free.', 12],
  ])('%s → %s', (text, expected) => {
    expect(valueOf(text, 'warranty.duration_months')).toBe(expected);
  });

  it('a damaged-parcel deadline with a replacement is not a warranty', () => {
    expect(valueOf('If your parcel arrives damaged, contact us within 7 days and we’ll replace it.', 'warranty.duration_months')).toBeUndefined();
  });
});

describe('a terse value under a short label reads as one labelled line', () => {
  const html = (inner: string) => `<!doctype html><html><body><main><h1>Help at a glance</h1>${inner}</main></body></html>`;
  const read = async (inner: string) => {
    const { extractTerms } = await import('../../../src/extract/extract-terms.js');
    return extractTerms({ body: html(inner), contentType: 'text/html', url: null }).terms;
  };

  it('a <dl> returns card gives the window, who pays postage and the exclusion', async () => {
    const terms = await read('<h2>Returns</h2><dl><dt>Returns window</dt><dd>28 days from delivery</dd><dt>Return postage</dt><dd>Paid by you</dd><dt>Personalised items</dt><dd>Non-returnable</dd></dl>');
    expect(terms['returns.window_days']?.value).toBe(28);
    expect(terms['returns.return_shipping']?.value).toBe('customer');
    expect(terms['returns.final_sale_exclusions']?.value).toBe(true);
  });

  it('"Updated 3 months ago" under a heading is about the page, not a return window', async () => {
    const terms = await read('<h2>Returns &amp; Exchanges</h2><p>Updated 3 months ago</p><p>Unused items can be returned within 30 days of delivery.</p>');
    expect(terms['returns.window_days']?.value).toBe(30);
  });

  it('"Money back: to your original payment method within 5 working days" is a refund time, not a guarantee', async () => {
    const terms = await read('<h2>Returns</h2><dl><dt>Money back</dt><dd>To your original payment method, within 5 working days of us receiving it</dd></dl>');
    expect(terms['guarantee.money_back_days']).toBeUndefined();
  });
});

describe('a heading that only names a topic states nothing', () => {
  it('"International shipping" over an unfilled template line gives no international value', async () => {
    const { extractTerms } = await import('../../../src/extract/extract-terms.js');
    const html = '<main><h1>Shipping policy</h1><p>Orders ship within 2 business days.</p><h2>International shipping</h2><p>We [do/do not] offer international shipping.</p></main>';
    expect(extractTerms({ body: html, contentType: 'text/html', url: null }).terms['shipping.international']).toBeUndefined();
  });
});

describe('round 7: noisy retailer pages', () => {
  it('"the law gives you 14 days, but we give you 28" is a 28-day window', () => {
    expect(valueOf('The law gives you 14 days to cancel, but we give you 28 days to return anything.', 'returns.window_days')).toBe(28);
  });

  it('"exchanges are free of any restocking fee" does not hide the returns fee', () => {
    expect(valueOf('Opened items carry a 15% restocking fee.\n\nExchanges are free of any restocking fee.', 'returns.restocking_fee')).toEqual({ percent: 15 });
  });

  it('a courier that will call or text you is not a support channel; "call or text us" is two', () => {
    expect(valueOf('Our delivery partner will call or text you on the day.', 'support.channels')).toBeUndefined();
    expect(valueOf('Call or text us on 555-0100.', 'support.channels')).toEqual(['phone', 'sms']);
  });

  it('a footer note "All prices in Canadian dollars" and lang="en-CA" make a bare $ CAD', async () => {
    const { extractTerms } = await import('../../../src/extract/extract-terms.js');
    const page = (html: string, lang = 'en') => `<!doctype html><html lang="${lang}"><body><main><h1>Shipping</h1><p>Free shipping on orders over $75.</p></main>${html}</body></html>`;
    const cad = { amount: 75, currency: 'CAD' };
    expect(extractTerms({ body: page('<footer>All prices in Canadian dollars.</footer>'), url: 'https://shop.example/shipping' }).terms['shipping.free_threshold']?.value).toEqual(cad);
    expect(extractTerms({ body: page('', 'en-CA'), url: 'https://shop.example/shipping' }).terms['shipping.free_threshold']?.value).toEqual(cad);
  });
});
