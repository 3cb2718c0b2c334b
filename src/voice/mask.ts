/**
 * Personal data out of quotes: e-mail addresses and phone numbers are replaced before a comment is shown anywhere
 * (markdown, JSON, the report). Order numbers and prices stay: a short one has too few digits to be a phone number,
 * a long one is named as what it is ("order 12345678", "ticket #12345678", "#12345678").
 */

const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** Digits with the separators phone numbers are written with; kept as a phone number only with enough digits. */
const PHONE_RE = /(?:\+|\b00)?\(?\d[\d\s().-]{6,}\d/g;
/** Fewest digits in a phone number (a national number without area code has 7; order numbers here have fewer). */
const MIN_PHONE_DIGITS = 8;
/** "2026-12-06" has eight digits too, and is a date. */
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/;

/** Words that name the number after them as a shop's or a help desk's reference, not a person's phone. */
const REFERENCE_WORDS: ReadonlySet<string> = new Set(['order', 'invoice', 'ticket', 'ref', 'reference', 'case', 'tracking', 'receipt', 'confirmation', 'booking', 'transaction', 'rma', 'po', 'parcel', 'shipment', 'consignment']);
/** Words and marks that may stand between the naming word and its number ("order no. 12345678", "ticket ID: 12345678"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(['no', 'nr', 'num', 'number', 'id', 'code', 'is', 'was']);
/** The tail of the text before a number: its last words, and whether a '#' stands right before it. */
const TAIL_RE = /([\p{L}#]+)[\s.:#-]*$/u;
/** How far back the naming word is looked for. */
const TAIL_CHARS = 40;

/** Whether the number starting at `at` is named as a reference: '#' right before it, or a REFERENCE_WORDS word before it. */
function namedAsReference(text: string, at: number): boolean {
  let before = text.slice(Math.max(0, at - TAIL_CHARS), at);
  if (/#\s*$/.test(before)) return true;
  for (let m = TAIL_RE.exec(before); m; m = TAIL_RE.exec(before)) {
    const word = m[1]!.toLowerCase().replace(/#/g, '');
    if (REFERENCE_WORDS.has(word)) return true;
    if (!NUMBER_WORDS.has(word)) return false;
    before = before.slice(0, m.index);
  }
  return false;
}

export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL_RE, '[email]')
    .replace(PHONE_RE, (m, at: number, all: string) =>
      (m.match(/\d/g) ?? []).length >= MIN_PHONE_DIGITS && !ISO_DATE_RE.test(m.trim()) && !namedAsReference(all, at) ? '[phone]' : m,
    );
}
