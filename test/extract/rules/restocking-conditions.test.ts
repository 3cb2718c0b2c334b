/**
 * A restocking fee that applies only under a condition of time, order size or the maker's consent is a fee on some
 * returns, not the shop's restocking fee (issue 11, "conditional restocking fees"); a fee on opened or used goods is
 * the usual fee and is still read. In-house sentences.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('returns.restocking_fee under a condition', () => {
  it.each<[string, unknown]>([
    ['A 25% restocking charge applies to every undamaged return sent back after 10 days.', undefined],
    ['Returns carry no restocking fee for 10 days if the box is unopened.', undefined],
    ['Orders over $2,000 are charged a flat 15% return processing fee.', undefined],
    ['Special-order lamps go back only on the maker terms and, when allowed, carry a restocking fee of 25%.', undefined],
    ['Exchanges are on us, and no return fee is charged for them.', undefined],
    // the usual fee
    ['Opened items incur a 15% restocking fee.', { percent: 15 }],
    ['A 20% restocking fee applies to all returns.', { percent: 20 }],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.restocking_fee')).toEqual(expected);
  });
});

describe('the days of a restocking condition are not the return window', () => {
  it.each<[string, unknown]>([
    ['Returns carry no restocking fee for 10 days if the box is unopened.', undefined],
    ['The 20% restocking fee holds if the sofa is back with us within 4 days; after that it doubles.', undefined],
    ['Return unused items within 30 days. A 10% restocking fee applies to opened boxes.', 30],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.window_days')).toEqual(expected);
  });
});
