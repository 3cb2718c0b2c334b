/**
 * Counted nouns, for every stage's messages: discovery and fetch notes, scan progress, reports. A text helper of its
 * own, so that discover/ and fetch/ need not import report/ (imports point one way along the data).
 */

/** A counted noun: "1 problem", "2 problems", "1 business", "3 businesses" (regular plurals, or the one given). */
export function count(n: number, noun: string, pluralNoun = /(s|sh|ch|x)$/.test(noun) ? `${noun}es` : `${noun}s`): string {
  return `${n} ${n === 1 ? noun : pluralNoun}`;
}
