/**
 * The sentence before a unit (src/extract/rule-types.ts, previousUnit): read only within the unit's own section, its
 * opening heading included, never the last line of another section.
 */
import { describe, expect, it } from 'vitest';
import { previousNorm, previousUnit, sameSection, type Unit } from '../../src/extract/rule-types.js';
import { toUnits, parsePage } from '../../src/extract/extract-terms.js';

const page = toUnits(
  parsePage('<h2>Refunds</h2><p>Refunds go back to your card.</p><h2>Dispatch</h2><p>Orders are packed daily. Please allow 2 days for processing.</p>', 'text/html').blocks,
);
const at = (text: string): Unit => page.find((u) => u.norm.startsWith(text))!;

describe('the unit before, within the section', () => {
  it('a sentence after another in its section reads that one', () => {
    expect(previousUnit(at('please allow'), page)?.norm).toBe('orders are packed daily.');
  });
  it("a section's first sentence reads the heading that opens it", () => {
    expect(previousUnit(at('orders are packed'), page)?.norm).toBe('dispatch');
  });
  it('the last line of another section is not read', () => {
    const moved: Unit = { ...at('orders are packed'), headingPath: ['Shipping times'] };
    expect(previousUnit(moved, page)).toBeUndefined();
    expect(previousNorm(moved, { dollar: 'USD', pageCurrency: 'USD', pageUnits: page })).toBe('');
  });
  it('the first unit of a page, or a rule run without the page, has none', () => {
    expect(previousUnit(page[0]!, page)).toBeUndefined();
    expect(previousNorm(at('please allow'), { dollar: 'USD', pageCurrency: 'USD' })).toBe('');
  });
});

describe('the same section', () => {
  it('two sentences under the same headings share it; a heading sits in the section above it', () => {
    expect(sameSection(at('orders are packed'), at('please allow'))).toBe(true);
    expect(sameSection(at('refunds go back'), at('please allow'))).toBe(false);
    expect(sameSection(at('dispatch'), at('please allow'))).toBe(false);
  });
});
