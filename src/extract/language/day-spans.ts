/**
 * Day spans ("Monday through Friday", "Mon–Fri", "weekdays", "7 days a week", "Saturday & Sunday") and whole-week phrases
 * ("24/7", "around the clock"), and the opening_hours string built from (days, time range) pairs,
 * checked with the `opening_hours` package so nothing invalid is ever reported.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Day names and abbreviations → OSM day codes, in week order. */
const DAY_NAMES: [RegExp, string][] = [
  [/^mon(?:day)?s?$/, 'Mo'],
  [/^tue(?:s|sday)?s?$/, 'Tu'],
  [/^wed(?:s|nesday)?s?$/, 'We'],
  [/^thu(?:r|rs|rsday)?s?$/, 'Th'],
  [/^fri(?:day)?s?$/, 'Fr'],
  [/^sat(?:urday)?s?$/, 'Sa'],
  [/^sun(?:day)?s?$/, 'Su'],
];
export const WEEK = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
/** Month names and their abbreviations, lower case: one table for the sentence splitter and shipping's dated notices. */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const DAY = '(?:mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?\\.?';
/** Phrases naming a set of days. */
const DAY_PHRASES: [RegExp, string[]][] = [
  [/\b(?:7|seven) days a week\b|\bevery ?day\b|\bdaily\b|\bmonday (?:to|through|thru|-) sunday\b|\ball week\b/, WEEK],
  [/\bweekdays\b|\bbusiness days\b|\bworking days\b/, ['Mo', 'Tu', 'We', 'Th', 'Fr']],
  [/\bweekends?\b/, ['Sa', 'Su']],
];
const DAY_RANGE_RE = new RegExp(`\\b(${DAY})\\s*(?:-|to|through|thru|until|till)\\s*(${DAY})(?![a-z])`, 'g');
const DAY_LIST_RE = new RegExp(`\\b(${DAY})(?:\\s*(?:,|&|and|\\/|or)\\s*(${DAY}))*(?![a-z])`, 'g');
/** Around-the-clock cover: the whole week, every hour. */
export const ALWAYS_OPEN_RE = /\b24\s*\/\s*7\b|\b24\s*\/\s*7\s*\/\s*365\b|\baround the clock\b|\bround[- ]the[- ]clock\b|\b24 hours a day,? (?:7 days a week|365 days a year)\b|\b24 hours,? 7 days\b|\b24\/7\/365\b/;
/** Public holidays closed. */
export const HOLIDAYS_OFF_RE = /\b(?:excluding|except(?: on)?|closed (?:on )?(?:all )?|not (?:available|open) on)\s*(?:public|bank|federal|national|statutory|major)?\s*holidays\b|\bholidays excluded\b/;
/** "Closed Sunday", "closed on weekends". */
const CLOSED_RE = new RegExp(`\\bclosed (?:on )?(${DAY}(?:\\s*(?:,|&|and)\\s*${DAY})*|weekends?|sundays?)`, 'g');

/** The OSM code of a day name or abbreviation ("Tues" → Tu), the one day table the extractor reads; undefined for other words. */
export function dayCode(word: string): string | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const [re, code] of DAY_NAMES) if (re.test(w)) return code;
  return undefined;
}

export interface DaySpan {
  readonly days: string[];
  readonly index: number;
  readonly end: number;
}

function expand(a: string, b: string): string[] {
  const i = WEEK.indexOf(a);
  const j = WEEK.indexOf(b);
  if (i < 0 || j < 0) return [];
  const out: string[] = [];
  for (let k = i; ; k = (k + 1) % 7) {
    out.push(WEEK[k]!);
    if (k === j) break;
  }
  return out;
}

/** Day spans in a normalised sentence, in order of appearance (ranges before lists at the same place). */
export function findDaySpans(norm: string): DaySpan[] {
  const spans: DaySpan[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);
  const add = (days: string[], index: number, end: number): void => {
    if (days.length === 0 || overlaps(index, end)) return;
    taken.push([index, end]);
    spans.push({ days, index, end });
  };
  for (const [re, days] of DAY_PHRASES) {
    const g = new RegExp(re.source, 'g');
    for (let m = g.exec(norm); m; m = g.exec(norm)) add(days, m.index, m.index + m[0].length);
  }
  DAY_RANGE_RE.lastIndex = 0;
  for (let m = DAY_RANGE_RE.exec(norm); m; m = DAY_RANGE_RE.exec(norm)) {
    const a = dayCode(m[1]!);
    const b = dayCode(m[2]!);
    if (a && b) add(expand(a, b), m.index, m.index + m[0].length);
  }
  DAY_LIST_RE.lastIndex = 0;
  for (let m = DAY_LIST_RE.exec(norm); m; m = DAY_LIST_RE.exec(norm)) {
    // Short forms like "sat"/"sun"/"wed" only count with a capital or dot in prose; here the text is lower case, so
    // require the full name or an abbreviation next to a time/range to avoid "sun" (the star) and "wed" (married).
    const words = m[0].split(/\s*(?:,|&|and|\/|or)\s*/).map((w) => w.trim()).filter(Boolean);
    const codes = words.map(dayCode).filter((c): c is string => c !== undefined);
    if (codes.length === 0) continue;
    if (words.every((w) => w.replace(/\.$/, '').length <= 3) && !/\d/.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    add([...new Set(codes)], m.index, m.index + m[0].length);
  }
  return spans.sort((x, y) => x.index - y.index);
}

/** Days a sentence says are closed. */
export function findClosedDays(norm: string): string[] {
  const out: string[] = [];
  CLOSED_RE.lastIndex = 0;
  for (let m = CLOSED_RE.exec(norm); m; m = CLOSED_RE.exec(norm)) {
    const spans = findDaySpans(m[1]!);
    if (spans.length) for (const s of spans) out.push(...s.days);
    else if (/weekend/.test(m[1]!)) out.push('Sa', 'Su');
  }
  return [...new Set(out)];
}

/** OSM day selector for a set of days: consecutive runs collapse ("Mo-Fr", "Sa,Su", "Mo-Su"). */
export function daySelector(days: string[]): string {
  const set = new Set(days);
  const idx = WEEK.map((d, i) => (set.has(d) ? i : -1)).filter((i) => i >= 0);
  const parts: string[] = [];
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j]! + 1) j++;
    const a = WEEK[idx[i]!]!;
    const b = WEEK[idx[j]!]!;
    if (j === i) parts.push(a);
    else if (j === i + 1) parts.push(`${a},${b}`);
    else parts.push(`${a}-${b}`);
    i = j + 1;
  }
  return parts.join(',');
}

interface OpeningHoursCtor {
  new (value: string, nominatim?: unknown, optional?: unknown): { getWarnings(): string[] };
}
let openingHours: OpeningHoursCtor | undefined;
/** Verdicts by string: pages repeat the same few hour strings, and parsing one costs far more than a lookup. */
const verdicts = new Map<string, boolean>();
/** The verdict cache never grows past this (hostile pages cannot exhaust memory through it). */
const MAX_VERDICTS = 5_000;

/** Whether the `opening_hours` package accepts the string (loaded on first use: it is large). */
export function isValidOpeningHours(value: string): boolean {
  const known = verdicts.get(value);
  if (known !== undefined) return known;
  let ok: boolean;
  try {
    openingHours ??= require('opening_hours') as OpeningHoursCtor;
    // eslint-disable-next-line no-new
    new openingHours(value, null, 0);
    ok = true;
  } catch {
    ok = false;
  }
  if (verdicts.size < MAX_VERDICTS) verdicts.set(value, ok);
  return ok;
}
