/**
 * The span of the dates in a feedback file, read as they are written. Exports write dates in a handful of shapes:
 * ISO ("2026-11-06 10:00:00 UTC"), year first ("2026/11/06"), day first with dots ("06.11.2026", everywhere dots
 * are used), a month name ("6 Nov 2026", "November 6, 2026"), or digits with slashes, which are month first in US
 * exports ("09/21/2026") and day first in European ones ("21/09/2026"). A slashed date with both parts ≤ 12 cannot
 * say which by itself, so the file decides: day first once any date's first part is over 12 (and none's second is),
 * else month first. A month name may be joined by spaces or hyphens ("06-Nov-2026", as Excel writes dd-mmm-yyyy).
 * A month is a full name or a usual abbreviation ("Sept" too), never any word that begins like one ("Junk" is no June).
 * These shapes never go through the local time zone, so "6 Nov 2026" stays the 6th wherever it is read. A few other
 * shapes are left to Date.parse (see DATE_WORDS), which reads a date with no zone as local midnight: its local calendar
 * day is taken, so that too is the day written (a shape with a zone gives its day where the file is read). Anything
 * else is no date: it is dropped, counted (unread) so the output can say how many, and its row is still weighed.
 */
import { isCalendarDay } from '../days.js';
import { dayCode, MONTH_ABBREVIATIONS, MONTH_NAMES } from '../extract/language/day-spans.js';


/** The shapes above, each with where its year, month and day are. */
const ISO_RE = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const DOTTED_RE = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/;
const SLASHED_RE = /^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?!\d)/;
const DAY_MONTH_NAME_RE = /^\s*(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,})\.?,?[\s-]+(\d{4})\b/i;
const MONTH_NAME_DAY_RE = /^\s*(?:[a-z]+,?\s+)?([a-z]{3,})\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})\b/i;

/** YYYY-MM-DD when the parts make a calendar date. */
function ymd(year: number, month: number, day: number): string | undefined {
  if (year < 100) year += 2000;
  if (!isCalendarDay(year, month, day)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Month → 1-12, by its full name and its usual abbreviations (each the start of one month's name). */
const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, i) => [name, i + 1] as const),
  ...MONTH_ABBREVIATIONS.map((short) => [short, MONTH_NAMES.findIndex((name) => name.startsWith(short)) + 1] as const),
]);

/** 1-12 for a month name as exports spell or abbreviate it ("Nov", "Sept.", "NOVEMBER"), 0 for any other word. */
const monthOf = (name: string): number => MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;

/**
 * What Date.parse may still read: a text that names a month (MONTHS), a day and a four-digit year, whose other words
 * are only weekdays, AM/PM and the zone names RFC 2822 writes ("2026 Nov 6", "Fri 2026 Nov 6 10:00 GMT"). ECMAScript
 * defines Date.parse only for its own ISO shape, which ISO_RE reads first; everything else is the engine's guess, and
 * V8 guesses freely: a month from any word's first three letters ("Junk 3 2024" is 3 June), unknown words skipped,
 * and 2001 when no year is written ("Marching 5", even a bare "3"). Held to these words it can only read the day,
 * month and year the text names.
 */
const DATE_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 't', 'z', 'ut', 'utc', 'gmt', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt']);
const WORD_RE = /[a-z]+\.?/gi;
const YEAR_RE = /(?<!\d)\d{4}(?!\d)/;
/** A day of the month: one or two digits, not part of a time ("10:00"). */
const DAY_RE = /(?<![\d:])\d{1,2}(?![\d:])/;

function parseableByEngine(text: string): boolean {
  const words = text.match(WORD_RE) ?? [];
  if (!words.some(monthOf) || !YEAR_RE.test(text) || !DAY_RE.test(text.replace(WORD_RE, ' '))) return false;
  return words.every((w) => monthOf(w) || dayCode(w) || DATE_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
}

/** The first and last date read in one order of reading, and how many texts gave no date in it. */
class MinMax {
  first?: string;
  last?: string;
  unread = 0;
  add(date: string | undefined): void {
    if (!date) {
      this.unread++;
      return;
    }
    if (!this.first || date < this.first) this.first = date;
    if (!this.last || date > this.last) this.last = date;
  }
}

export class DateSpan {
  private readonly dayFirst = new MinMax();
  private readonly monthFirst = new MinMax();
  private dayOver12 = false;
  private monthOver12 = false;

  add(text: string): void {
    let m = ISO_RE.exec(text);
    if (m) return this.both(ymd(+m[1]!, +m[2]!, +m[3]!));
    if ((m = DOTTED_RE.exec(text))) return this.both(ymd(+m[3]!, +m[2]!, +m[1]!));
    if ((m = SLASHED_RE.exec(text))) {
      const [a, b, year] = [+m[1]!, +m[2]!, +m[3]!];
      if (a > 12) this.dayOver12 = true;
      if (b > 12) this.monthOver12 = true;
      this.dayFirst.add(ymd(year, b, a));
      this.monthFirst.add(ymd(year, a, b));
      return;
    }
    let month: number;
    if ((m = DAY_MONTH_NAME_RE.exec(text)) && (month = monthOf(m[2]!))) return this.both(ymd(+m[3]!, month, +m[1]!));
    if ((m = MONTH_NAME_DAY_RE.exec(text)) && (month = monthOf(m[1]!))) return this.both(ymd(+m[3]!, month, +m[2]!));
    if (!parseableByEngine(text)) return this.both(undefined);
    // Local calendar parts, not toISOString(): a zone-less date is local midnight, which is the day before in UTC east of it.
    const time = new Date(Date.parse(text));
    this.both(Number.isFinite(time.getTime()) ? ymd(time.getFullYear(), time.getMonth() + 1, time.getDate()) : undefined);
  }

  /** The first and last date, when any date was read. */
  span(): { first: string; last: string } | undefined {
    const chosen = this.chosen();
    return chosen.first && chosen.last ? { first: chosen.first, last: chosen.last } : undefined;
  }

  /** Texts given that are no date, a slashed one in the order the file settled on ("09/21/2026" in a day-first file). */
  get unread(): number {
    return this.chosen().unread;
  }

  private chosen(): MinMax {
    return this.dayOver12 && !this.monthOver12 ? this.dayFirst : this.monthFirst;
  }

  private both(date: string | undefined): void {
    this.dayFirst.add(date);
    this.monthFirst.add(date);
  }
}
