/** Counted nouns, shared by every stage's messages (fetch and discovery notes, scan progress, reports). */
import { describe, expect, it } from 'vitest';
import { count } from '../../src/text/count.js';

describe('count', () => {
  it('counts nouns in the singular for one, with regular plurals otherwise', () => {
    expect([count(1, 'problem'), count(2, 'problem'), count(1, 'business'), count(3, 'business'), count(0, 'term change')]).toEqual([
      '1 problem',
      '2 problems',
      '1 business',
      '3 businesses',
      '0 term changes',
    ]);
  });

  it('takes an irregular plural when one is given', () => {
    expect([count(1, 'child', 'children'), count(2, 'child', 'children')]).toEqual(['1 child', '2 children']);
  });
});
