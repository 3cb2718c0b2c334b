/**
 * The one "did you mean": every place that takes a typed name (config keys and values, business names, term ids)
 * words its suggestion through didYouMean, so the wording cannot drift between them.
 */
import { describe, expect, it } from 'vitest';
import { didYouMean, suggestion } from '../../src/config/nearest-word.js';

describe('didYouMean', () => {
  it('names the closest candidate within three edits, in any case, or says nothing', () => {
    expect(didYouMean('crucal', ['crucial', 'minor'])).toBe(' (did you mean "crucial"?)');
    expect(didYouMean('CRUCIAL', ['crucial'])).toBe(' (did you mean "crucial"?)');
    expect(didYouMean('zzzzzzz', ['crucial', 'minor'])).toBe('');
  });

  it('names the candidate as the user knows it when shown is given', () => {
    expect(didYouMean('rivl', ['rival'], (id) => `Rival ${id}`)).toBe(' (did you mean "Rival rival"?)');
  });
});

describe('suggestion', () => {
  it('is didYouMean when a word is close, else the allowed words, else where they are documented', () => {
    expect(suggestion('crucal', ['crucial', 'minor'])).toBe(didYouMean('crucal', ['crucial', 'minor']));
    expect(suggestion('zzzzzzz', ['crucial', 'minor'])).toBe(' (expected one of: crucial, minor)');
    const many = Array.from({ length: 13 }, (_, i) => `word${i}`);
    expect(suggestion('zzzzzzzzzz', many, 'docs/TERMS.md')).toBe(' (see docs/TERMS.md)');
  });
});
