/**
 * Sentence splitting that survives abbreviations ("e.g.", "Inc.", "a.m.", "No. 5", "U.S.") and decimals ("$49.99").
 * Abbreviations are masked first (their dots become a placeholder), the text is split at sentence punctuation
 * followed by a capital, digit, quote or bullet, and the dots are restored.
 */
import { dayCode, MONTH_ABBREVIATIONS, MONTH_NAMES } from './day-spans.js';
import { fencedRegExp } from './pattern-size.js';

/** Abbreviations whose trailing dot never ends a sentence ("Contact Acme Inc. for help" stays one sentence when followed by lower case; see split rule). */
const ABBREVIATIONS = [
  'e.g', 'i.e', 'etc', 'vs', 'approx', 'incl', 'excl', 'esp', 'inc', 'ltd', 'co', 'corp', 'llc', 'no', 'nos', 'dept', 'st',
  'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'min', 'max', 'hrs', 'hr', 'mins', 'pp', 'p', 'a.m', 'p.m', 'u.s', 'u.k', 'u.s.a',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', ...MONTH_ABBREVIATIONS,
  'est', 'pst', 'cst', 'mst', 'tel', 'ph', 'ext', 'fig', 'vol', 'av', 'ave', 'blvd', 'rs',
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

/**
 * Inline labels glued into a run of text (issue 11, layout): a page's "<strong>Processing time</strong> 1–2 days
 * <strong>Delivery time</strong> 3–5 days", flattened, leaves each label's value to be read by its neighbour's rule.
 * A label opens a new unit the way a bullet does: a Title-Case phrase and a colon after a word that opens in lower case
 * or with a figure ("…(plus taxes) Note: the fee…", "UK: 2–3 days USA: 5–7 days"), or, without a colon, a
 * capitalised phrase with a figure of its own right after a value's unit ("…2 business days Delivery time 3–5 days").
 * Day and month names are never labels ("Mon–Fri 9–5 Saturday: 10–2" is one set of hours).
 */
const LABEL_WORD = "[A-Z][A-Za-z'’&/-]*";
const LABEL_MINOR = '(?:of|and|&|for|to|on|in|the|per)';
const COLON_LABEL = new RegExp(`(?<=(?:^|\\s)[^A-Z\\s]\\S*)\\s+(?=(${LABEL_WORD})(?:\\s+(?:${LABEL_WORD}|${LABEL_MINOR})){0,3}:\\s)`, 'g');
const VALUE_LABEL = new RegExp(`(?<=\\d\\S*\\s+(?:[a-z]+\\s+)?(?:days?|hours?|weeks?|months?|years?)\\.?)\\s+(?=([A-Z][a-z]+)(?:\\s+[a-z]+){0,2}\\s+\\d)`, 'g');
/** Calendar words that are never labels besides the day names (dayCode, day-spans.ts). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(['weekdays', 'weekends', ...MONTH_NAMES]);

/** A word that needs more after it ("We ship with Royal Mail: …", "Rest of World: …"): no label starts after it. */
const NEEDS_MORE: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'of', 'to', 'for', 'with', 'within', 'in', 'on', 'at', 'by', 'from', 'via', 'per', 'into',
  'our', 'your', 'their', 'my', 'its', 'is', 'are', 'was', 'were', 'be', 'than', 'as', '&',
]);

/** A value's last word before a glued label: a word in lower case or a figure with its unit, or a closing bracket. */
const GLUED_AFTER = /^(?:[a-z0-9$£€]\S*|\S*\))$/;

/** One sentence cut before each inline label it holds (see COLON_LABEL, VALUE_LABEL); unchanged without one. */
export function splitInlineLabels(sentence: string): string[] {
  const cuts: number[] = [];
  for (const re of [COLON_LABEL, VALUE_LABEL]) {
    for (const m of sentence.matchAll(re)) {
      const before = sentence.slice(0, m.index).match(/(\S+)$/)?.[1] ?? '';
      if (CALENDAR_WORDS.has(m[1]!.toLowerCase()) || dayCode(m[1]!) !== undefined || NEEDS_MORE.has(before.toLowerCase()) || !GLUED_AFTER.test(before)) continue;
      // A colon label cuts only a run of label–value pairs: a pair already before it ("UK: 2–3 days USA: …"), and not
      // straight after another label ("Shipping times: United States: 3–6 days" is a heading read as a label over its value).
      if (re === COLON_LABEL && (!sentence.slice(0, m.index).includes(':') || before.endsWith(':'))) continue;
      cuts.push(m.index);
    }
  }
  if (cuts.length === 0) return [sentence];
  cuts.sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const at of cuts) {
    const piece = sentence.slice(from, at).trim();
    if (piece) out.push(piece);
    from = at;
  }
  const last = sentence.slice(from).trim();
  if (last) out.push(last);
  return out;
}
