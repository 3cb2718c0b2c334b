import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../src/extract/extract-terms.js';
import { valueOf } from './helpers.js';

describe('support.hours', () => {
  it.each([
    ['Our customer service team is available Monday to Friday, 9am–5pm ET.', 'Mo-Fr 09:00-17:00'],
    ['Customer care: Mon–Fri 9–5.', 'Mo-Fr 09:00-17:00'],
    ['Our team is on hand 7 days a week, 8am to 8pm CET.', 'Mo-Su 08:00-20:00'],
    ['Support is available 24/7.', '24/7'],
    ['Our agents answer calls around the clock.', '24/7'],
    ['Phone lines are open weekdays 8:30 AM to 6 PM, excluding public holidays.', 'Mo-Fr 08:30-18:00; PH off'],
    ['Call us Monday–Friday 9am–5pm and Saturday 10am–2pm.', 'Mo-Fr 09:00-17:00; Sa 10:00-14:00'],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'support.hours')).toBe(expected));

  it('keeps the zone on the reading, not in the value', () => {
    const r = extractTerms({ body: 'Our support team is available Monday to Friday, 9am-5pm EST.', contentType: 'text/plain' });
    expect(r.terms['support.hours']).toMatchObject({ value: 'Mo-Fr 09:00-17:00', timezone: 'EST' });
  });

  it('joins hours given on consecutive lines', () => {
    const text = 'Customer service hours\n\n- Monday - Friday: 8am - 8pm\n- Saturday: 10am - 4pm\n';
    expect(valueOf(text, 'support.hours')).toBe('Mo-Fr 08:00-20:00; Sa 10:00-16:00');
  });

  it.each([['Orders placed Monday to Friday before 2pm ship the same day.'], ['Our website is available 24/7.']])('says nothing for: %s', (text) => {
    expect(valueOf(text, 'support.hours')).toBeUndefined();
  });
});

describe('support.channels', () => {
  it.each([
    ['Call us, email us or chat with us any time.', ['phone', 'email', 'chat']],
    ['Reach us by live chat, email (care@shop.example) or phone (+353 1 555 0199).', ['chat', 'email', 'phone']],
    ['Text us at 555-010-2300 or send us a direct message on Instagram.', ['sms', 'social']],
    ['Questions? Fill out our contact form.', ['form']],
  ])('%s → %j', (text, expected) => expect(new Set(valueOf(text, 'support.channels') as string[])).toEqual(new Set(expected)));

  it('a message the shop sends is not a channel', () => {
    expect(valueOf('We will email you a tracking number.', 'support.channels')).toBeUndefined();
  });
});

describe('support.channels: any purpose counts (test/real/README.md)', () => {
  // A means given for one step only (a return request, a damage photo, a price claim, an order question) still reaches the shop.
  it.each([
    ['To start an exchange, submit your request by e-mail or phone.', ['email', 'phone']],
    ['Snap a picture of the chipped mug and email us; we will ship you a new one straight away.', ['email']],
    ['To claim the difference, simply complete our price promise form within 7 days.', ['form']],
    ['Ring or email to get a quote on oversized parcels.', ['phone', 'email']],
    ['You might be asked to provide pictures of the fault via e-mail.', ['email']],
    ['Please write to our team at help@kettle.example if you need help tracking your parcel.', ['email']],
  ])('"%s" → %j', (text, expected) => expect(new Set(valueOf(text, 'support.channels') as string[])).toEqual(new Set(expected)));

  // The shop's way out to the shopper, a paper form that rides in the parcel, or a checkout form: no way in.
  it.each([
    'We will get in touch to confirm, and will notify you of the outcome via e-mail.',
    'If we need to reach you we will do so by telephone or text.',
    'You will receive a courtesy phone call, text and email the day before delivery.',
    'Fill in the returns form printed on your packing slip and pop it in the box.',
    'Your tracking code is issued via email and SMS once the van leaves.',
    'Check that you typed your address correctly when completing the order form.',
    // The shop opening a ticket for the shopper, even under a help heading: the shopper files nothing.
    'We will open a support ticket for you once the courier reports the damage.',
    "Help centre\n\nWe'll open a ticket for you.",
  ])('"%s" names no channel', (text) => expect(valueOf(text, 'support.channels')).toBeUndefined());
});

describe('support.channels: a message the shop sends, by any means, is its way out (SHOPPER_RECEIVES)', () => {
  // Whoever the sentence makes its subject, the shopper is the receiver of a confirmation, alert or invoice.
  it.each([
    'Tracking is provided via email once the parcel is collected.',
    'Invoices are usually sent by e-mail the day the order leaves.',
    "You'll get a confirmation, by email or text, as soon as you pay.",
    'At checkout you can opt in to receive email and SMS notifications.',
    'Join our WhatsApp updates for first look at new glazes.',
    'Sign up for text message alerts when a size comes back.',
  ])('"%s" names no channel, even under a help heading', (text) => expect(valueOf(`Help and questions\n\n${text}`, 'support.channels')).toBeUndefined());

  // The shopper's own message by the same means is a way in; so is a way in said beside the shop's notice.
  it.each([
    ['Photos of the damage must be sent via email to care@claypot.example.', ['email']],
    ['Receipts are e-mailed automatically; for anything else text us on 07700 900461.', ['sms']],
    ['Lost your order confirmation? Email us and we will resend it.', ['email']],
  ])('"%s" → %j', (text, expected) => expect(valueOf(`Help and questions\n\n${text}`, 'support.channels')).toEqual(expected));
});

describe('support.channels: e-mail as the shopper\'s verb', () => {
  // Any object a determiner opens, where the shopper is told to act; no list of what may be e-mailed.
  it.each([
    'Simply email a short video of the fault and we will take a look.',
    'You can email the workshop any day of the week.',
    'Customers should email their receipt number before posting anything back.',
    'Questions before you buy? Drop the team an email.',
    'Let the studio know: contact us directly via e-mail.',
    'Replies can take a day, so please only email once.',
  ])('"%s" names the e-mail channel', (text) => expect(valueOf(text, 'support.channels')).toEqual(['email']));

  it.each([
    'We can also email your invoice if you ask at checkout.',
    'Email a friend',
    'Email address is required at checkout.',
    'Email updates follow once the parcel leaves the depot.',
    'Your exchange is confirmed by email the next day.',
  ])('"%s" names no channel: the shop is the sender, or e-mail is a noun', (text) => expect(valueOf(text, 'support.channels')).toBeUndefined());
});

describe('support.channels: a channel as the way of any contact act (CONTACT_FRAME)', () => {
  it.each([
    ['You can message us through the in-app chat.', ['chat']],
    ['Say hello to us on Instagram.', ['social']],
    ['Our customer care team is on Instagram, Facebook and TikTok.', ['social']],
    ['Our support team can be reached on WhatsApp.', ['sms']],
    ['Ask our stylists in the live chat.', ['chat']],
  ])('"%s" → %j', (text, expected) => expect(valueOf(text, 'support.channels')).toEqual(expected));

  it.each([
    'Our team is not available on the phone at weekends.',
    'Follow us on Instagram for new drops.',
    'We are on Instagram if you want to see behind the scenes.',
    'Our team is available in store Monday to Saturday.',
    // British "chat to" is "talk to": no chat window unless one is named.
    'Not sure about sizing? Chat to our fitters before you order.',
  ])('"%s" names no channel: refused, or no contact act with the shop', (text) => expect(valueOf(text, 'support.channels')).toBeUndefined());
});

describe('support.channels: "call" as the shopper\'s verb', () => {
  it('one of the shop\'s own lines is the phone channel wherever it stands', () => {
    expect(valueOf('For anything else you can also call your nearest showroom and ask for the manager.', 'support.channels')).toEqual(['phone']);
  });

  it('the shopper\'s bank is not the shop\'s line', () => {
    expect(valueOf('If the payment fails, please call your bank.', 'support.channels')).toBeUndefined();
  });
});

describe('support.channels: replying to an e-mail from the shop (test/real/README.md)', () => {
  it.each([
    'Spotted a typo in your address? Reply to your dispatch e-mail and we will fix it.',
    'To change a size, contact us by replying to the order confirmation email.',
    'Just reply to any of our emails with the new price and we will credit the difference.',
  ])('"%s" is the e-mail channel, wherever it stands', (text) => expect(valueOf(text, 'support.channels')).toEqual(['email']));

  it('the shop replying to e-mails gives a reply time and no channel', () => {
    expect(valueOf('We will reply to your email within 24 hours.', 'support.channels')).toBeUndefined();
    expect(valueOf('We will reply to your email within 24 hours.', 'support.response_hours')).toBe(24);
  });
});

describe('support.response_hours', () => {
  it.each([
    ['We reply to every email within one business day.', 24],
    ['We aim to answer all enquiries within three business days.', 72],
    ['Expect a response within 48 hours.', 48],
  ])('%s → %i', (text, expected) => expect(valueOf(text, 'support.response_hours')).toBe(expected));

  it.each([
    ['Exchange requests must reach us within 14 days.\nPlease allow up to 3 business days for a response.'],
    ['We take up to 10 business days to diagnose the fault in the piece you returned and reply with a fix.'],
  ])('another process’s reply time is not the desk’s: %s', (text) => expect(valueOf(text, 'support.response_hours')).toBeUndefined());

  // The desk acknowledging a message is its first reply, in either spelling; a robot's receipt and a complaint's
  // acknowledgement are not (test/real/README.md: one department's time).
  it.each([
    ['Help desk\n\nSupport tickets are acknowledged within 24-48 hours, with follow-up as we look into them.', 48],
    ['Help desk\n\nEvery message gets an initial acknowledgment within 12 hours.', 12],
    ['Help desk\n\nEach enquiry receives a personal acknowledgement within one business day.', 24],
  ])('%s → %i', (text, expected) => expect(valueOf(text, 'support.response_hours')).toBe(expected));

  it.each([
    ['Help desk\n\nYou will receive an automated acknowledgment within 5 minutes that your message is in our queue.'],
    ['Help desk\n\nOur care team will acknowledge any complaint within five business days.'],
  ])('an automated or a complaint\'s acknowledgement is no first reply: %s', (text) => expect(valueOf(text, 'support.response_hours')).toBeUndefined());

  it('a reply sentence that names the messages keeps its time after a returns sentence', () => {
    expect(valueOf('Returns are accepted within 30 days.\nWe reply to every email within 24 hours.', 'support.response_hours')).toBe(24);
  });
});

describe('support.hours: someone else\'s desk', () => {
  it.each([
    ['If the kettle fails, ring the cover plan provider -- they are open 24 hours a day, 7 days a week.'],
    ['For delivery questions, contact the courier on 0800 000 111, Monday to Friday 8am-6pm.'],
    // any carrier language/third-parties.ts names, not only the ones a market's signals list
    ['For parcels we send with them, contact GLS on 0800 000 222, Monday to Friday 8am-6pm.'],
  ])('states no shop hours: %s', (text) => expect(valueOf(text, 'support.hours')).toBeUndefined());

  it('the shop\'s own desk beside a third party still counts', () =>
    expect(valueOf('Our team answers the phones Monday to Friday, 9am to 5pm, and they reply to e-mails at weekends.', 'support.hours')).toBe('Mo-Fr 09:00-17:00'));
});
