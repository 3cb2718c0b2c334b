import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('guarantee.money_back_days', () => {
  it.each([
    ['Every order is covered by our 60-day money-back guarantee.', 60],
    ['Not happy? Get your money back within 30 days.', 30],
    ['We offer a lifetime money-back guarantee.', 'unlimited'],
    // a named guarantee of up to three words, quoted or not, takes the period before it
    ["Every pillow comes with our 45-day 'Deep Sleep Promise' guarantee.", 45],
    ['Try it under our 100 day happy neck guarantee.', 100],
    // the sentence's one period belongs to the cue however far apart they are
    ['Buyers get 75 days counted from the day the parcel was handed over to let our service desk know by letter or phone that they would rather have their money back.', 75],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'guarantee.money_back_days')).toEqual(expected));

  it.each([
    // a full refund, a condition of trying or of not being happy, and a period, with nothing sent back
    ['If you are not completely satisfied within 60 days, we will refund your purchase in full.', 60],
    ['Every course comes with a 14-day refund promise.', 14],
    ['We offer a 100-day no-questions-asked refund on all boots.', 100],
    ["Try the serum for 90 days and if you don't see results we refund you in full, with no need to send the bottle back.", 90],
    // the period named as the guarantee's, after a sentence offering an unhappy buyer a refund
    ['Should the cushion not suit you and you are not satisfied, you can ask us for a refund.\nJust check that you are inside the 4-month guarantee period first.', 120],
  ])('a money-back promise without the words: %s → %s', (text, expected) => expect(valueOf(text, 'guarantee.money_back_days')).toEqual(expected));

  it.each([
    // the goods travel back: the period is the return window, not a guarantee's
    ['If you are not happy, return it within 30 days for a full refund.'],
    ['Not satisfied? Send the boots back within 60 days and we refund you.'],
    // a refund's pace, not a period of trying
    ['If you are not happy, we refund you within 5 business days of hearing from you.'],
    // a named promise whose name is a delivery or workmanship promise
    ['Our 10 day fast delivery guarantee refunds the postage when a parcel is late.'],
    // a guarantee period beside faults is a cover's, not money back
    ['If you are not satisfied, you can ask us for a refund.\nSeams that split are mended within the 4-month guarantee period.'],
    // of several periods, a far one is not the cue's
    ['Lamps leave the workshop in 3 days and reach most homes in a further 5 days by tracked courier wrapped in wool and card, and should anything about them disappoint you, you can simply ask for your money back.'],
  ])('no money-back period: %s', (text) => expect(valueOf(text, 'guarantee.money_back_days')).toBeUndefined());

  it('a warranty period is not a money-back period', () => {
    expect(valueOf('Our two-year warranty covers defects.', 'guarantee.money_back_days')).toBeUndefined();
  });
});

describe('guarantee.satisfaction', () => {
  it.each([
    ['100% satisfaction guaranteed.', true],
    ['We guarantee 100% customer satisfaction on every order.', true],
    ['Every purchase is backed by our satisfaction guarantee.', true],
    ['Love it or your money back.', true],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'guarantee.satisfaction')).toBe(expected));
});

describe('guarantee.price_match', () => {
  it.each([
    ["We match any competitor's lower price on identical items.", true],
    ['Found it cheaper within 14 days of buying? Send us the link and we will refund the difference.', true],
    ['We do not offer price matching or price adjustments.', false],
    // the thing found cheaper may be named ("one of our kettles", "an item"), not only "it"
    ['Seen one of our kettles for less at another shop within 14 days? Tell us and we credit the gap.', true],
    ['Spotted an item cheaper at another retailer? We will match it.', true],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'guarantee.price_match')).toBe(expected));

  it('an FAQ question alone states nothing', () => {
    expect(valueOf('Do you price match?', 'guarantee.price_match')).toBeUndefined();
  });
  it('a price adjustment, offered or refused, names no price match', () => {
    expect(valueOf('Clearance items are not eligible for price adjustments.', 'guarantee.price_match')).toBeUndefined();
    expect(valueOf('We offer price adjustments within 7 days if our own price drops.', 'guarantee.price_match')).toBeUndefined();
  });
  it('conditions on a price match do not refuse it', () => {
    expect(valueOf("We don't match marketplace sellers or auction sites.", 'guarantee.price_match')).toBeUndefined();
  });
});

describe('warranty.duration_months', () => {
  it.each([
    ['Every tool comes with a two-year limited warranty.', 24],
    ['Our kettles come with a 2 year guarantee covering faults in parts and labour.', 24],
    ['All products carry a one-year limited warranty against defects.', 12],
    ['Refurbished items have a 90-day warranty.', 3],
    ['Our bags carry a lifetime warranty.', 'lifetime'],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'warranty.duration_months')).toEqual(expected));

  it('an extended plan length is not the warranty length', () => {
    expect(valueOf('Extended protection plans of up to 5 years are available.', 'warranty.duration_months')).toBeUndefined();
  });

  it('time added on top of a warranty is an extension, not its length', () => {
    expect(valueOf('Such a warranty typically costs $80 to $150 for a further 2 years of service visits.', 'warranty.duration_months')).toBeUndefined();
  });

  // A cover's period said apart from its name: the neighbouring sentence names the warranty (inCoverScope).
  it.each<[string, unknown]>([
    ['Each stool leaves the workshop sanded and oiled.\nThe guarantee period runs 3 years from the day the stool is delivered.\nThe guarantee does not reach scratches from everyday use.', 36],
    ['Should a hinge turn out faulty, we send a replacement part within 2 years of purchase.\nOur warranty excludes damage from misuse.', 24],
    // a short faulty-goods return beside the maker's warranty is a return, not a period of cover
    ['Faulty items can be sent back within 30 days for a replacement.\nAfter that the maker warranty applies.', undefined],
    // the period noun of a money-back promise is not a cover's
    ['If the tea is not to your taste, ask for a refund.\nThe guarantee period runs 6 months from the order date.', undefined],
  ])('%s → %j', (text, expected) => expect(valueOf(text, 'warranty.duration_months')).toEqual(expected));
});

describe('warranty.extended_available', () => {
  it.each([
    ['Extended protection plans are available at checkout.', true],
    ['We do not sell extended warranties.', false],
  ])('%s → %s', (text, expected) => expect(valueOf(text, 'warranty.extended_available')).toBe(expected));
});

describe('a shopper finding it cheaper is not the shop matching prices', () => {
  it.each<[string, unknown]>([
    ['Refunds are not given when you:\n\n- changed your mind about the colour\n- found the kettle cheaper elsewhere', undefined],
    ['Want to swap for a dearer model? We refund the difference on a cheaper one, or ask for extra payment to match the price of a more expensive one.', undefined],
    ['Found it cheaper elsewhere? We will match that price.', true],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'guarantee.price_match')).toEqual(expected);
  });
  it('a price-match promise valid for 5 days is no money-back period', () => {
    expect(valueOf('Our price match promise is valid for 5 days from the date of sale.', 'guarantee.money_back_days')).toBeUndefined();
  });
});

describe('an age limit beside a warranty word is not the warranty length', () => {
  it.each<[string, unknown]>([
    ['Warranty\n\nA fitting fee is charged to swap a warranty part on any wheel older than 45 days.', undefined],
    ['Warranty\n\nEvery wheel carries a 3-year warranty against cracks.', 36],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'warranty.duration_months')).toEqual(expected);
  });
});

describe('a page that is a warranty and nothing else', () => {
  const page =
    'Every boot we make carries a lifetime warranty against defects in workmanship.\n\nThe warranty covers normal use; wear and tear is not covered by the warranty.\n\n' +
    'If a pair fails under warranty we repair it, replace it, or issue a credit voucher for its value.\n\nThe credit voucher can be spent on anything in our shop.\n\n' +
    'Please allow up to 15 business days for us to assess a warranty claim.';
  it('its remedy gives no returns terms, and the claim handling time is not its length', () => {
    expect(valueOf(page, 'returns.refund_method')).toBeUndefined();
    expect(valueOf(page, 'warranty.duration_months')).toBe('lifetime');
  });
  it('a page that also speaks of returns keeps its returns terms', () => {
    const both = `${page}\n\nUnworn boots can be returned within 30 days for store credit.`;
    expect(valueOf(both, 'returns.window_days')).toBe(30);
  });
});

describe('a hedged limit on price matching is not a refusal', () => {
  it.each<[string, unknown]>([
    ['Price matching\n\nIf your order is already packed, it may not be possible to price match it.', undefined],
    ['Price matching\n\nWe do not price match.', false],
  ])('%j → %j', (text, expected) => {
    expect(valueOf(text, 'guarantee.price_match')).toEqual(expected);
  });
});
