/**
 * Pattern size (src/extract/language/pattern-size.ts): fencing a pattern's groups with empty lookaheads changes no
 * match — same index, same text, same captures, in the same order for global patterns — and leaves escapes, character
 * classes and quantifiers whole.
 */
import { describe, expect, it } from 'vitest';
import { fenced, fenceGroups, fencedRegExp } from '../../../src/extract/language/pattern-size.js';

/** Every match of `re` in `text` as [index, text, captures…]. */
const matches = (re: RegExp, text: string): (string | number | undefined)[][] =>
  [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => [m.index, ...m]);

describe('fenceGroups', () => {
  it('puts a fence after each group and its quantifier, lazy or not', () => {
    expect(fenceGroups('(?:a|b)c')).toBe('(?:a|b)(?=)c');
    expect(fenceGroups('(?:a|b)?c')).toBe('(?:a|b)?(?=)c');
    expect(fenceGroups('(a)+?b(c){0,60}d(e){2}')).toBe('(a)+?(?=)b(c){0,60}(?=)d(e){2}(?=)');
  });

  it('leaves escaped parentheses and character classes alone', () => {
    expect(fenceGroups('\\(?a\\)? [()]x')).toBe('\\(?a\\)? [()]x');
    expect(fenceGroups('[^)\\]](b)')).toBe('[^)\\]](b)(?=)');
  });

  it('fences a fenced source no further, so a table fenced before can be embedded in a fenced pattern', () => {
    const once = fenceGroups('(?:the )?(?:france|spain)(?![a-z])');
    expect(fenceGroups(once)).toBe(once);
    expect(fenceGroups(`to ${once}`)).toBe(`to ${once}`);
  });

  it('fences a table of patterns as a whole, rows fenced before and their flags unchanged', () => {
    const table = [fenced(/\b(?:a|b)c/g), /(?:x|y)z/i].map(fenced);
    expect(table.map((re) => `${re.source}/${re.flags}`)).toEqual(['\\b(?:a|b)(?=)c/g', '(?:x|y)(?=)z/i']);
  });

  it.each<[string, string, string]>([
    // An earlier alternative that is a prefix of a later one: the first that lets the rest match wins, as before.
    ['\\b(?:pierced|pierced earrings|sale)s?(?: items?| products?)?\\b[^.]{0,30}\\b(?:are|is) final', '', 'our pierced earrings are final sale. sale items is final.'],
    ['\\b(?:to|across) ((?:the )?(?:united states|united kingdom|france)(?:\\s*(?:,|and|&)\\s*(?:the )?(?:united states|france))+|france)', 'g', 'we ship to france, the united states and france; across united kingdom and france.'],
    ['(?<!\\bnon[- ])\\b(?:uk|eu)\\)? only\\b', '', 'non-uk only, (eu) only and uk only'],
    ['(a|ab)(c|bcd)(d*)', 'g', 'abcd abcd acd'],
    ['x(?:y{1,3}?)(z)?', 'g', 'xyyyz xy xz'],
    // A lookbehind whose alternatives hold groups (support.ts's shopper-directed verbs), fenced inside and after.
    ['(?<=^|[.,;]\\s?|\\b(?:please|simply|(?:you|customers?) (?:can|may)) )(?:call|ring) (?:us|the shop)', 'g', 'call us. please ring the shop, customers can call us; we call us'],
    // Unicode and case-insensitive patterns (sentences.ts's abbreviation mask, money.ts's amounts).
    ['(^|[^\\p{L}\\p{N}])(e\\.g|approx|inc)\\.', 'giu', 'Acme Inc. sells mugs, e.g. cups; approx. 5 of Éinc. none'],
    ['(?<![\\p{L}])(US\\$|\\$|€)\\s?(\\d+)(?:\\s?(USD|CAD)\\b)?', 'gu', '$5 CAD, US$ 10 and €3; ab$7 USD'],
  ])('matches %s exactly as the unfenced pattern does', (source, flags, text) => {
    const fenced = fencedRegExp(source, flags);
    expect(fenced.source).not.toBe(source);
    expect(matches(fenced, text)).toEqual(matches(new RegExp(source, flags), text));
    expect(matches(fenced, text).length).toBeGreaterThan(0);
  });
});
