/**
 * support.channels as real pages state them (issue 11, "channels and hours in real layouts"): in-house sentences for
 * each class — the e-mail verb with any object, hidden or bracketed addresses, contact pages and online forms, phone
 * numbers in local and international formats, lists that also name post or fax, a bare line of social networks — and
 * the traps beside them: a template's dummy address or number, a message the shop sends, someone else's desk.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

const channels = (text: string): string[] | undefined => {
  const v = valueOf(text, 'support.channels') as string[] | undefined;
  return v ? [...v].sort() : undefined;
};

describe('support.channels in real layouts', () => {
  it.each([
    // the e-mail verb, whatever it is said to
    ['If the parcel never turns up, email customer service and we will look into it.', ['email']],
    ['To swap a size, please email your order number and the size you need.', ['email']],
    ['Tell us about it within 2 days via email with a photo.', ['email']],
    ['Get in touch by emailing hello@shop.example within 14 days.', ['email']],
    ['If a vase arrives chipped, please write a short complaint e-mail to the address below.', ['email']],
    ['You can send us a quick email with your order number.', ['email']],
    // addresses hidden from scrapers or set in brackets
    ['Write to us at [email protected] and we will help.', ['email']],
    ['Questions? Contact our care team at [care@shop.example].', ['email']],
    ['Reach the office on help (at) shop (dot) com.', ['email']],
    // contact pages and online forms
    ['Get in touch via the contact us page before you order.', ['form']],
    ['Let us know by filling out our online returns form.', ['form']],
    ['Submit a customer care enquiry and we will help.', ['form']],
    // phone numbers as pages print them
    ['Call (03) 5550 1943', ['phone']],
    ['Call our desk on +61 4123 4567.', ['phone']],
    // a list that also names ways that are no channel
    ['You can cancel by contacting us by post, fax, email or telephone.', ['email', 'phone']],
    // a bare line: social networks over the page, a channel as a label
    ['Facebook Instagram Twitter', ['social']],
    // the shop saying it answers the phone, a chat pop-up on the site
    ['Yes, we really do answer the phone, and a person picks up.', ['phone']],
    ['We return all calls the same working day.', ['phone']],
    ['There is a chat pop-up on every page of the website, run by the two of us.', ['chat']],
    ['Email support', ['email']],
  ])('%s → %j', (text, expected) => expect(channels(text)).toEqual(expected));

  it.each([
    ['Phone: +1 (000) 000-0000'],
    ['Email: support@example.com'],
    ['Email us at <insert email address> with your order number.'],
    ['For order problems email orders@examplestore.com or call +123-4567-890.'],
    ['Email: [your support email, e.g. help@yourcompany.com]'],
    ['You will be notified via email once we approve the exchange.'],
    ['We will email your receipt.'],
    ['We send a shipping email when your order leaves the studio.'],
    ['Fill out the returns form included in your parcel.'],
    ['See our contact page for details.'],
    ['To do so, submit a refund ticket via Amazon, who will sort it out for you.'],
  ])('names no channel: %s', (text) => expect(channels(text)).toBeUndefined());
});

describe('support.channels: whose desk', () => {
  it.each([
    ['For repairs under guarantee, contact the manufacturer directly at care@maker.example.', undefined],
    ['If your parcel is late, ring Royal Mail on 0345 774 0740.', undefined],
    ['Write to us at hello@shop.example, or call the courier on 1300 000 111 to rebook.', ['email']],
    // the other party as the subject that can be reached
    ['The manufacturer can be reached on 1-800-555-0199 for repairs under warranty.', undefined],
    ["Your plan provider's claims line is open 24/7 on 0800 448 2210.", undefined],
    ['Email us at hello@shop.example; the courier can be reached on 1300 000 111.', ['email']],
  ])('%s → %j', (text, expected) => expect(valueOf(text, 'support.channels')).toEqual(expected));
});

describe('support.channels: an FAQ question offers nothing by itself', () => {
  it.each([
    ['Can I place an order by phone? Sadly we cannot take orders over the phone.', undefined],
    ['Can I pay by phone? No, payment is taken online only.', undefined],
    ['Can I reach you by phone? Of course, ring us on 0161 496 0000.', ['phone']],
    ['Can I order by phone? Not at the moment, but you can email orders@shop.example.', ['email']],
    ['Is there a phone line? Yes.', ['phone']],
  ])('%s → %j', (text, expected) => expect(channels(text)).toEqual(expected));
});

describe('support.channels: the shopper writes or calls, worded as a duty or a reply', () => {
  it.each([
    ['Shoppers must email us for a return number before sending anything back.', ['email']],
    ['If a parcel arrives broken, let the shop know by email straight away.', ['email']],
    ['With any query, write an email and we will answer within a day.', ['email']],
    ['To change an address, contact us by replying to your order confirmation e-mail.', ['email']],
    ['Please fill in the contact us form with your order number.', ['form']],
    ['You can reach our desk by calling us on 0800 123 4567.', ['phone']],
    // "call" as the shopper's act with no object, and the mobile a contact verb names as its means
    ['To book a fitting, a buyer simply has to call or drop into the workshop.', ['phone']],
    ['If the frame arrives scratched, tell us the same day by text message or by mobile.', ['phone', 'sms']],
    // after an object pronoun the comma list is of the shopper's acts
    ['Stuck with a fitting? Email us, ring or drop into the workshop.', ['email', 'phone']],
  ])('%s → %j', (text, expected) => expect(channels(text)).toEqual(expected));

  it.each([
    ['You can pay by telephone banking or internet banking.'],
    // the shop calls, or the shopper calls someone else
    ['We will call when your bike is ready to collect.'],
    ['You may need to call your card issuer if the payment is declined.'],
    ['Cash-on-delivery orders go through a verification call from our team before dispatch.'],
    // a noun in a comma list is no call: the goods ("bracelet, ring or necklace") or a way to pay
    ['Any bracelet, ring or necklace can be resized within 30 days.'],
    ['We accept payment by card, phone or bank transfer.'],
  ])('names no channel: %s', (text) => expect(channels(text)).toBeUndefined());
});

describe('support.channels: a one-person shop says "me" where a team says "us"', () => {
  it.each([
    ['Just shoot me an email with your order number and the new address.', ['email']],
    ['Feel free to email me any time before you order.', ['email']],
    ['Call me on 07700 900123 if the parcel has not arrived.', ['phone']],
    ['Text me a photo of the damage.', ['sms']],
    ['Send me a message on Instagram for custom sizes.', ['social']],
  ])('%s → %j', (text, expected) => expect(channels(text)).toEqual(expected));

  it("the customer's own \"me\" in an FAQ question is no channel", () => {
    expect(channels('Can you email me when it is back in stock? Yes, we put a note on the product page.')).toBeUndefined();
  });

  it('nor is a quoted button label', () => {
    expect(channels('Sold out? Tap "Email me" on the product page and you will hear when it is back.')).toBeUndefined();
  });
});

describe('support.channels: ways in that real pages name without a contact verb', () => {
  it.each([
    // an address spelled out with bracketed words is no template placeholder
    ['Customer care\n\nDrop us a line at hello [at] loomandleaf [dot] com', ['email']],
    // the reply button of the shop's own e-mail
    ['Help\n\nQuestions? Hit reply on your order confirmation and we will sort it.', ['email']],
    // a chat inside the shop's app
    ['Help\n\nUse the chat in our app to reach the team.', ['chat']],
    ['Help\n\nOpen the in-app chat and a person answers.', ['chat']],
    // social accounts named as where the shop is, or by their handle
    ['Contact\n\nFind us on Instagram @loomandleaf or on Facebook.', ['social']],
    ['Contact\n\nInstagram: @loomandleaf', ['social']],
  ])('%s → %j', (text, expected) => expect(channels(text)).toEqual(expected));

  it.each([
    // a help centre's own footer under every article
    ['Was this useful?\n\nHave more questions? Submit a request'],
    // chatting to an expert about a product is advice, not a channel
    ['Unsure which cream suits you? Chat to our therapists in store.'],
    ['Follow us on Instagram for new arrivals.'],
  ])('names no channel: %s', (text) => expect(channels(text)).toBeUndefined());
});

describe('support.channels: contact verbs coordinated, and lists after a determiner', () => {
  it.each([
    ['Any questions? Give us a call at (555) 010-4615 or email.', ['email', 'phone']],
    ['If the size is wrong, you can call or email us to change the order.', ['email', 'phone']],
    ['Contact our care team or call to arrange a collection.', ['phone']],
    ['Send us a message through our contact form, live chat or email.', ['chat', 'email', 'form']],
    ['If a jar arrives broken, reach us via the "Contact" form with a photo.', ['form']],
    ['To start a return, go to our Contact Us page within 10 days.', ['form']],
  ])('%s → %j', (text, expected) => expect(channels(text)).toEqual(expected));

  it.each([
    ['If you have questions, we will keep you updated via email about your order.'],
    ["We can't call or email you about stock."],
  ])('names no channel: %s', (text) => expect(channels(text)).toBeUndefined());
});
