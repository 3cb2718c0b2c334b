/**
 * Sentence splitting that survives abbreviations ("e.g.", "Inc.", "a.m.", "No. 5", "U.S.") and decimals ("$49.99").
 * Abbreviations are masked first (their dots become a placeholder), the text is split at sentence punctuation
 * followed by a capital, digit, quote or bullet, and the dots are restored.
 */
import { fencedRegExp } from './pattern-size.js';

/** Abbreviations whose trailing dot never ends a sentence ("Contact Acme Inc. for help" stays one sentence when followed by lower case; see split rule). */
const ABBREVIATIONS = [
  'e.g', 'i.e', 'etc', 'vs', 'approx', 'incl', 'excl', 'esp', 'inc', 'ltd', 'co', 'corp', 'llc', 'no', 'nos', 'dept', 'st',
  'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'min', 'max', 'hrs', 'hr', 'mins', 'pp', 'p', 'a.m', 'p.m', 'u.s', 'u.k', 'u.s.a',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'est', 'pst', 'cst', 'mst', 'tel', 'ph', 'ext', 'fig', 'vol', 'av', 'ave', 'blvd', 'rs',
];
/** Abbreviations that may legitimately end a sentence ("… 9 a.m. We reply …"): split after them only before a capital + lower-case word. */
const MASK = '\u0001';
const ABBREV_RE = fencedRegExp(
  `(^|[^\\p{L}\\p{N}])(${ABBREVIATIONS.map((a) => a.replace(/\./g, '\\.')).sort((x, y) => y.length - x.length).join('|')})\\.`,
  'giu',
);
/** A sentence ends at . ! ? (optionally closing quotes/brackets) followed by space and a sentence start. */
const BOUNDARY_RE = /([.!?]+["')\]*_]*)\s+(?=["'(\[*_]*[\p{Lu}\p{N}•–-])/gu;

/** Sentences of one text block, trimmed, empty ones dropped. */
export function splitSentences(text: string): string[] {
  if (text.length < 2) return text.trim() ? [text.trim()] : [];
  const masked = text.replace(ABBREV_RE, (_m, pre: string, abbr: string) => `${pre}${abbr.replace(/\./g, MASK)}${MASK}`);
  const parts = masked.replace(BOUNDARY_RE, '$1\n').split('\n');
  const out: string[] = [];
  for (const part of parts) {
    const s = part.replace(/\u0001/g, '.').trim();
    if (s) out.push(s);
  }
  return out;
}
