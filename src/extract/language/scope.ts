/**
 * Conditions and exceptions: does a sentence's value apply to everything, or to part of the catalogue?
 * "Electronics can be returned within 14 days" → scope "electronics"; "except sale items" → the exclusion is noted.
 */

import { OUTLYING_AREAS, SCOPE_PLACES } from './places.js';

/** Product groups that turn a value into a variant when they are the subject ("Electronics must be returned within 14 days"). */
export const SCOPE_WORDS = [
  'electronics', 'sale items', 'clearance', 'final sale', 'swimwear', 'underwear', 'intimates', 'earrings', 'jewelry', 'jewellery',
  'furniture', 'mattress', 'mattresses', 'gift cards', 'custom', 'personalised', 'personalized', 'made-to-order', 'perishable',
  'software', 'opened', 'used', 'defective', 'damaged', 'faulty', 'holiday', 'christmas', 'black friday', 'members', 'rewards',
  'vip', 'premium', 'plus', 'outlet', 'international', 'oversized', 'large items', 'bulky', 'refurbished', 'accessories',
  'batteries', 'laptops', 'phones', 'computers', 'appliances', 'bikes', 'bicycles', 'shoes', 'footwear', 'apparel', 'beauty',
  'cosmetics', 'fragrance', 'books', 'media', 'dvds', 'video games', 'digital', 'downloads', 'hazardous',
  // Places a term is limited to ("returns from Canada", "Alaska & Hawaii orders"): places.ts.
  ...SCOPE_PLACES, ...OUTLYING_AREAS,
  'rural', 'remote', 'po box', 'express', 'overnight', 'expedited', 'priority',
  'next day', 'two-day', '2-day', 'same day', 'economy', 'freight', 'white glove', 'special order', 'bundles',
];
const SCOPE_RE = new RegExp(`\\b(${SCOPE_WORDS.map((w) => w.replace(/[-]/g, '[- ]?')).join('|')})\\b`, 'i');
/** Phrases that scope a value to a subset: "for X", "on X", "X must", "X are", "for orders from X". */
const LIMITING_RE = /\b(?:for|on|of|with|to|from|except|excluding|only)\b/i;

/** The scope word in a sentence if the sentence is about a subset of items, else undefined. */
export function scopeOf(norm: string): string | undefined {
  const m = SCOPE_RE.exec(norm);
  if (!m) return undefined;
  void LIMITING_RE;
  return m[1]!.toLowerCase();
}
