import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/language/sentences.js';

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
