/**
 * Personal data out of quotes: e-mail addresses and phone numbers are replaced before a comment is shown anywhere
 * (markdown, JSON, the report). Order numbers and prices stay: they have too few digits to be a phone number.
 */

const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** Digits with the separators phone numbers are written with; kept as a phone number only with enough digits. */
const PHONE_RE = /(?:\+|\b00)?\(?\d[\d\s().-]{6,}\d/g;
/** Fewest digits in a phone number (a national number without area code has 7; order numbers here have fewer). */
const MIN_PHONE_DIGITS = 8;
/** "2026-12-06" has eight digits too, and is a date. */
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/;

export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL_RE, '[email]')
    .replace(PHONE_RE, (m) => ((m.match(/\d/g) ?? []).length >= MIN_PHONE_DIGITS && !ISO_DATE_RE.test(m.trim()) ? '[phone]' : m));
}
