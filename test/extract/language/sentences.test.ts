import { describe, expect, it } from 'vitest';
import { splitInlineLabels, splitSentences } from '../../../src/extract/language/sentences.js';

describe('splitSentences survives abbreviations', () => {
  it.each([
    ['Some items, e.g. swimwear, are final. Others can be returned.', 2],
    ['Acme Inc. handles returns. Write to us.', 2],
    ['We open at 9 a.m. on weekdays. Call us.', 2],
    ['Send it to Unit No. 5 and we refund you. Thanks.', 2],
    ['Prices like $49.99 apply. Shipping is extra.', 2],
    ['U.S. orders ship free. Others pay postage.', 2],
    // the rupee prefix as Indian shops write it: "Rs." before an amount ends no sentence
    ['Orders over Rs. 999 ship free. Others pay Rs. 60.', 2],
  ])('%s → %i sentences', (text, n) => {
    expect(splitSentences(text)).toHaveLength(n);
  });

  it('keeps each sentence whole', () => {
    expect(splitSentences('Returns within 30 days, i.e. one month. Refunds in 5 days.')).toEqual([
      'Returns within 30 days, i.e. one month.',
      'Refunds in 5 days.',
    ]);
  });

  it('splits after a bold FAQ question', () => {
    expect(splitSentences('**Do you ship abroad?** We ship to 40 countries.')).toHaveLength(2);
  });
});

describe('splitInlineLabels: a label glued into a run of text opens a unit of its own', () => {
  it.each([
    ['UK: 2-3 days USA: 5-7 days Rest of World: 7-14 days', ['UK: 2-3 days', 'USA: 5-7 days', 'Rest of World: 7-14 days']],
    ['Canada: $10 (plus taxes) Note: the fee covers cross-border costs', ['Canada: $10 (plus taxes)', 'Note: the fee covers cross-border costs']],
    ['Email: help@shop.example Phone: 555 0100', ['Email: help@shop.example', 'Phone: 555 0100']],
    // without a colon: a capitalised phrase with a figure of its own right after a value's unit
    ['Processing time 1-2 business days Delivery time 3-5 days', ['Processing time 1-2 business days', 'Delivery time 3-5 days']],
  ])('%s', (text, units) => expect(splitInlineLabels(text)).toEqual(units));

  it.each([
    // days and months are no labels: one set of hours
    'Hours: Mon-Fri 9am-5pm Saturday: 10am-2pm',
    'Orders ship in 2 days Monday to Friday 9am',
    // a label needs a label-value pair before it, and a finished word before it
    'Customers outside Canada: responsible for return postage',
    'We ship with Royal Mail: tracked and signed for.',
    '30-Day Return Window: you have 30 days to start a return',
    // a heading read as a label over a labelled value stays one unit
    'Shipping times: United States: 3-6 business days',
  ])('keeps %s whole', (text) => expect(splitInlineLabels(text)).toEqual([text]));
});
