/**
 * The one text cleaner of the voice stage: feedback text → lower-case word tokens and their Porter stems, with every
 * number as `#` and every amount of money as `$` so tables can say "took # weeks" or "$ shipping" once for all values.
 * Word numbers ("three weeks") go through the extractor's normaliseNumbers first, so they count as numbers too.
 */
import { normaliseNumbers } from '../extract/language/numbers.js';
import { porterStemmer } from '../natural.js';

/** Amounts of money in any of the currencies shops write ("$19.99", "£6", "20 bucks", "40 dollars", "€5"). */
const MONEY_RE = /[$£€]\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s?(?:bucks|dollars|quid|pounds|euros?|usd|aud|cad|gbp|nzd)\b|\ba tenner\b|\ba fiver\b/gi;
/** Contractions split so "didn't" reads as "did not" and negators are whole tokens. */
const CONTRACTIONS: [RegExp, string][] = [
  [/\b(can)[’']?t\b/gi, '$1 not'],
  [/\bwon[’']?t\b/gi, 'will not'],
  [/\b(\w+)n[’']t\b/gi, '$1 not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should)nt\b/gi, '$1 not'],
  [/[’']s\b/g, ''],
  [/[’'](re|ve|ll|d|m)\b/gi, ' $1'],
];
const TOKEN_RE = /[a-z]+|[#$]|[,;:()"]/g;
/** The token a comma, semicolon, colon or bracket becomes: no phrase spans it and it ends a negation's reach. */
export const BREAK = '|';
/**
 * A double quotation mark (straight or curly) stays `"` among the tokens, so a table can name it (`="`: a reply as a
 * speech tag, `"No," I replied`), while its stem is BREAK: to every other rule it is the break it always was.
 */
export const QUOTE = '"';
/** "24/7" and "24 hours a day" are one idea (always open); they become the token `allhours` before digits turn to #. */
const ALL_HOURS_RE = /\b24\s*\/\s*7\b|\b24 hours a day\b|\baround the clock\b|\bround the clock\b/g;

/** "5 working days", "3 business days": a span of days whichever days are counted, so "in # days" reads them all. */
const COUNTED_DAYS_RE = /(\d)\s+(?:working|business|calendar|full|whole)\s+(?=days?\b)/g;

/** Lower-case text with contractions split, numbers normalised, money as " $ " and other digits as " # ". */
export function normalise(text: string): string {
  let t = text.toLowerCase().replace(ALL_HOURS_RE, ' allhours ').replace(/[“”„]/g, '"');
  for (const [re, rep] of CONTRACTIONS) t = t.replace(re, rep);
  t = normaliseNumbers(t).replace(MONEY_RE, ' $ ').replace(COUNTED_DAYS_RE, '$1 ').replace(/\d+(?:[.,:/-]\d+)*(?:st|nd|rd|th|am|pm|k|h|lb|g|cm|x)?/g, ' # ');
  return t;
}

/** Word tokens (and # / $) of normalised text. */
export function tokens(normalised: string): string[] {
  return (normalised.match(TOKEN_RE) ?? []).map((t) => (/^[a-z#$]/.test(t) ? t : t === QUOTE ? QUOTE : BREAK));
}

const stemCache = new Map<string, string>();
/** Porter stem of one lower-case token, cached (feedback repeats a small vocabulary; 100,000 rows stem once each word). */
export function stem(token: string): string {
  if (token === QUOTE) return BREAK;
  let s = stemCache.get(token);
  if (s === undefined) {
    s = /^[a-z]/.test(token) ? porterStemmer().stem(token) : token;
    if (stemCache.size < 50_000) stemCache.set(token, s);
  }
  return s;
}

/** Tokens and their stems, for tables that need the exact word where two words share a stem (customs / customer). */
export function words(text: string): { tokens: string[]; stems: string[] } {
  const t = tokens(normalise(text));
  return { tokens: t, stems: t.map(stem) };
}
