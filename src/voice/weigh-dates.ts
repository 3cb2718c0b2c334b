/**
 * The span of the dates in a feedback file, read as they are written. Exports write dates in a handful of shapes:
 * ISO ("2026-11-06 10:00:00 UTC"), year first ("2026/11/06"), day first with dots ("06.11.2026", everywhere dots
 * are used), a month name ("6 Nov 2026", "November 6, 2026"), or digits with slashes, which are month first in US
 * exports ("09/21/2026") and day first in European ones ("21/09/2026"). A slashed date with both parts ≤ 12 cannot
 * say which by itself, so the file decides: day first once any date's first part is over 12 (and none's second is),
 * else month first. A month name may come first, second ("6 Nov 2026", "2026 Nov 6") or in the middle, joined by
 * spaces, hyphens or slashes ("06-Nov-2026", as Excel writes dd-mmm-yyyy). A month is a full name or a usual
 * abbreviation ("Sept" too), never any word that begins like one ("Junk" is no June). Around the date a cell may hold
 * a weekday, a time and a zone, and nothing else (CELL_WORDS). None of this goes through the local time zone or the
 * engine's Date.parse, so "6 Nov 2026" is the 6th wherever it is read, and "… 23:30 -0800" is the day written too.
 * Anything else is no date: it is dropped, counted (unread) so the output can say how many, and its row is still weighed.
 */
import { isCalendarDay } from '../days.js';
import { dayCode, MONTH_ABBREVIATIONS, MONTH_NAMES } from '../extract/language/day-spans.js';

/**
 * The shapes above, each found anywhere in the cell; what may stand around it is CELL_WORDS' rule. A date that is
 * the day written needs no engine: Date.parse, outside its own ISO shape, is V8's guess (a month from any word's
 * first three letters, unknown words skipped, 2001 for a missing year), and reads a zone-less date as local midnight.
 */
const ISO_RE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const DOTTED_RE = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/;
const SLASHED_RE = /(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?!\d)/;
/** Between a named month and the numbers: spaces, hyphens (Excel's dd-mmm-yyyy), slashes ("06/Nov/2026"), a comma. */
const DAY_MONTH_NAME_RE = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[\s/-]+([a-z]{3,})\.?,?[\s/-]+(\d{4})(?!\d)/i;
const MONTH_NAME_DAY_RE = /(?<![a-z])([a-z]{3,})\.?[\s/-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s/-]+(\d{4})(?!\d)/i;
const YEAR_MONTH_NAME_RE = /(?<!\d)(\d{4})[\s/-]+([a-z]{3,})\.?[\s/-]+(\d{1,2})(?:st|nd|rd|th)?(?![\d:])/i;

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
 * What a date cell may hold around its date: what exports and date formatters write there, and nothing a person
 * writes. Before it a weekday or "on" ("Tue, 3 Nov 2026", "on 6 Nov 2026"); after it a time, "at", AM/PM and a zone
 * ("… at 10:00 AM", "T10:00:00.000Z", "+01:00", "GMT+0100", "(UTC)"). Any other word or number makes the cell a
 * sentence with a date in it ("Posted 3 June 2024", "2024-06-03 by Sam", "ordered 3 June, came late"), and the date a
 * sentence names is not always the day it was written, so such a cell is no date. The order of the words is not
 * checked: a cell is a date or a sentence by its words, and no export writes "10:00 on Tue 6 Nov 2026" either way.
 */
const CELL_WORDS: ReadonlySet<string> = new Set(['on', 'at', 'am', 'pm', 't', 'z', 'ut', 'utc', 'gmt', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt']);
/** The cell's other pieces: spaces and , ( ); a zone offset; a time (with seconds, a fraction); an hour before AM/PM; a word. */
const CELL_PIECE_RE = /\s+|[,()]|(?:gmt|utc)?[+-]\d{2}(?::?\d{2})?(?!\d)|\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?!\d)|\d{1,2}(?=\s*[ap]m\b)|([a-z]+)\.?/giy;

/** Whether the text around a date holds only what a date cell may (CELL_WORDS). */
function onlyCellWords(around: string): boolean {
  CELL_PIECE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (CELL_PIECE_RE.lastIndex < around.length && (m = CELL_PIECE_RE.exec(around))) {
    const word = m[1]?.toLowerCase();
    if (word && !CELL_WORDS.has(word) && !dayCode(word)) return false;
  }
  return CELL_PIECE_RE.lastIndex >= around.length;
}

/** A shape: its pattern, and the year, month (0 when the word is no month) and day of a match. */
type Shape = readonly [RegExp, (m: RegExpExecArray) => readonly [number, number, number]];
const SHAPES: readonly Shape[] = [
  [ISO_RE, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  [DOTTED_RE, (m) => [+m[3]!, +m[2]!, +m[1]!]],
  // Month first here; DateSpan.add reads a slashed date both ways.
  [SLASHED_RE, (m) => [+m[3]!, +m[1]!, +m[2]!]],
  [DAY_MONTH_NAME_RE, (m) => [+m[3]!, monthOf(m[2]!), +m[1]!]],
  [MONTH_NAME_DAY_RE, (m) => [+m[3]!, monthOf(m[1]!), +m[2]!]],
  [YEAR_MONTH_NAME_RE, (m) => [+m[1]!, monthOf(m[2]!), +m[3]!]],
];

/** The first shape found in a date cell, with its parts, or undefined when there is none or the cell is a sentence. */
function dateIn(text: string): { shape: Shape; parts: readonly [number, number, number] } | undefined {
  for (const shape of SHAPES) {
    const m = shape[0].exec(text);
    if (!m) continue;
    const parts = shape[1](m);
    if (!parts[1]) continue; // a word in a month's place that is no month ("Junk 3 2024")
    return onlyCellWords(`${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`) ? { shape, parts } : undefined;
  }
  return undefined;
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
    const found = dateIn(text);
    if (!found) return this.both(undefined);
    const [year, a, b] = found.parts;
    if (found.shape[0] !== SLASHED_RE) return this.both(ymd(year, a, b));
    if (a > 12) this.dayOver12 = true;
    if (b > 12) this.monthOver12 = true;
    this.dayFirst.add(ymd(year, b, a));
    this.monthFirst.add(ymd(year, a, b));
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
