/**
 * The real-text labels (test/real) are a contract for bench:real and bench:voice, checked without their texts (which are
 * never committed, so CI has none): every label names the look-up that gives its text again and the text's sha256, sits
 * in the split its shop hashes to, and holds values in their TERMS.md shapes.
 */
import { describe, expect, it } from 'vitest';
import { TERM_VALUE_SCHEMAS } from '../../src/term-schemas.js';
import { CATEGORIES, categoryOf, isTermId } from '../../src/terms.js';
import { SENTIMENTS, loadRealSet, splitOfShop, type RealEntry } from '../../bench/real-set.js';
import { sameWeeklyHours } from '../../bench/accuracy-score.js';
import { isElementId } from '../../src/voice/elements.js';

// An empty folder as cache: these checks must not depend on what a session happened to cache.
const pages = loadRealSet('pages', { cacheDir: '/nonexistent-real-cache' });
const reviews = loadRealSet('reviews', { cacheDir: '/nonexistent-real-cache' });

/** A note is our own short description, never a pasted passage of the page. */
const MAX_NOTE_CHARS = 400;

function checkCommon(entry: RealEntry<{ source: unknown; url: string; sha256: string; shop: string; country: string; note: string }>): void {
  const { label } = entry;
  const source = label.source as { corpus?: unknown; query?: unknown; rank?: unknown };
  expect(source.corpus).toBe('pages');
  expect(typeof source.query === 'string' && source.query.length > 0, 'the exact query text').toBe(true);
  expect(Number.isInteger(source.rank) && (source.rank as number) >= 1, 'the 1-based rank').toBe(true);
  expect(() => new URL(label.url)).not.toThrow();
  expect(label.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(label.shop).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
  expect(label.shop.startsWith('www.'), 'shop without www.').toBe(false);
  // A review platform's page (trustpilot.com/review/shop.example) is about the shop its address names, not the platform.
  const host = new URL(label.url).hostname.replace(/^www\./, '');
  const onShop = host.endsWith(label.shop) || (entry.kind === 'reviews' && label.url.toLowerCase().includes(label.shop));
  expect(onShop, `${label.url} is not on ${label.shop}`).toBe(true);
  expect(label.country).toMatch(/^[A-Z]{2}$/);
  expect(typeof label.note === 'string' && label.note.length > 0 && label.note.length <= MAX_NOTE_CHARS).toBe(true);
  expect(entry.split, `shop ${label.shop} hashes to ${splitOfShop(label.shop)}`).toBe(splitOfShop(label.shop));
}

describe.runIf(pages.length > 0)('real policy page labels', () => {
  it.each(pages.map((e) => [e.file, e] as const))('%s: source, hash, split by shop, TERMS.md shapes', (_file, entry) => {
    checkCommon(entry);
    const { label } = entry;
    expect(label.category.length).toBeGreaterThan(0);
    for (const c of label.category) expect(CATEGORIES).toContain(c);
    for (const [term, value] of Object.entries(label.terms)) {
      expect(isTermId(term), `unknown term id "${term}"`).toBe(true);
      if (!isTermId(term)) continue;
      const parsed = TERM_VALUE_SCHEMAS[term].safeParse(value);
      expect(parsed.success, `${term}: ${JSON.stringify(value)}`).toBe(true);
      if (term === 'support.hours') expect(sameWeeklyHours(value, value), `support.hours "${String(value)}" is not valid opening_hours`).toBe(true);
      expect(label.category, `${term} is labelled but its category is not`).toContain(categoryOf(term));
    }
  });

  it('holds each text once', () => {
    const hashes = pages.map((e) => e.label.sha256);
    expect(hashes.length - new Set(hashes).size).toBe(0);
  });
});

describe.runIf(reviews.length > 0)('real review labels', () => {
  it.each(reviews.map((e) => [e.file, e] as const))('%s: source, hash, split by shop, items', (_file, entry) => {
    checkCommon(entry);
    expect(entry.label.items.length).toBeGreaterThan(0);
    let last = -1;
    for (const item of entry.label.items) {
      const [a, b] = item.lines;
      expect(Number.isInteger(a) && Number.isInteger(b) && a > last && b >= a, `lines ${a}..${b} in order, not overlapping`).toBe(true);
      last = b;
      expect(item.elements.length).toBeGreaterThan(0);
      for (const element of item.elements) expect(isElementId(element), `"${element}" is an element id of src/voice/elements.ts`).toBe(true);
      expect(SENTIMENTS).toContain(item.sentiment);
    }
  });
});
