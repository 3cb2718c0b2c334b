/**
 * Weekly hours of cover and days covered for a `support.hours` opening_hours string, evaluated by the
 * `opening_hours` package over one fixed reference week (so results never depend on today's date or holidays).
 * The package is large to load, so the plain weekly forms most pages state ("Mo-Fr 09:00-17:00; Sa 10:00-14:00",
 * "24/7") are counted by a small reader first; anything else goes to the package, loaded on first need. A test
 * checks the small reader against the package on a table of strings.
 */
import { createRequire } from 'node:module';
import { DAY_MS } from '../days.js';
import type OpeningHoursClass from 'opening_hours';

/** A week with no public holiday in the reference place ("PH off" must not change a normal week; 8 March is one in Berlin). */
const REFERENCE_WEEK_START = Date.UTC(2024, 1, 5); // Monday 5 February 2024: no German public holiday that week
/** Public holidays need a country; "de" has none in the reference week, so "; PH off" leaves the week intact. */
const REFERENCE_PLACE = { lat: 52.5, lon: 13.4, address: { country_code: 'de', state: 'Berlin' } };

export interface WeeklyCover {
  /** Open hours in the reference week (168 for 24/7). */
  readonly hours: number;
  /** Days of the week with any open time (0..7). */
  readonly days: number;
}

const cache = new Map<string, WeeklyCover | undefined>();

/** Day words as people write them → opening_hours day codes (longest spellings first). */
const DAY_WORDS: readonly [RegExp, string][] = [
  [/\bmon(?:day)?s?\b/gi, 'Mo'],
  [/\btue(?:s|sday)?s?\b/gi, 'Tu'],
  [/\bwed(?:nesday)?s?\b/gi, 'We'],
  [/\bthu(?:r|rs|rsday)?s?\b/gi, 'Th'],
  [/\bfri(?:day)?s?\b/gi, 'Fr'],
  [/\bsat(?:urday)?s?\b/gi, 'Sa'],
  [/\bsun(?:day)?s?\b/gi, 'Su'],
];
/** "9-5", "9am-5:30pm", "09:00-17:00": a time range; in "9-5" (bare hours, no am/pm) an end before the start is afternoon. */
const TIME_RANGE = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*-\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d:])/gi;

/**
 * Plain-language hours ("Mon–Fri 9–5", "Monday to Friday 9am-5pm") rewritten into opening_hours syntax
 * ("Mo-Fr 09:00-17:00"), for values that were declared by hand or written loosely. Syntax it does not know stays.
 */
export function normaliseHours(text: string): string {
  let s = text.replace(/[\u2012-\u2015\u2212]/g, '-').replace(/\s+(?:to|through|thru|until)\s+/gi, '-');
  for (const [pattern, code] of DAY_WORDS) s = s.replace(pattern, code);
  s = s.replace(/\s*-\s*/g, '-');
  s = s.replace(TIME_RANGE, (_m, h1: string, m1: string | undefined, s1: string | undefined, h2: string, m2: string | undefined, s2: string | undefined) => {
    const to24 = (h: number, suffix: string | undefined): number => {
      const pm = suffix?.toLowerCase().startsWith('p');
      const am = suffix?.toLowerCase().startsWith('a');
      if (pm && h < 12) return h + 12;
      if (am && h === 12) return 0;
      return h;
    };
    const start = to24(Number(h1), s1);
    let end = to24(Number(h2), s2);
    const startMin = start * 60 + Number(m1 ?? 0);
    // "9-5" means 09:00-17:00, but "22:00-06:00" is a canonical overnight range: only bare hours get the afternoon rule.
    const bareHours = m1 === undefined && m2 === undefined;
    if (bareHours && !s2 && end * 60 <= startMin && end < 12) end += 12;
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${pad(start)}:${pad(Number(m1 ?? 0))}-${pad(end)}:${pad(Number(m2 ?? 0))}`;
  });
  return s.replace(/\s*,\s*(?=\d)/g, ',').trim();
}

/** The weekly cover of an opening_hours string, or undefined when the string does not parse. Memoised per string. */
export function weeklyCover(hours: string): WeeklyCover | undefined {
  if (cache.has(hours)) return cache.get(hours);
  const cover = evaluate(hours);
  if (cache.size > 10_000) cache.clear(); // bounded: one report never has that many distinct strings
  cache.set(hours, cover);
  return cover;
}

function evaluate(hours: string): WeeklyCover | undefined {
  if (hours.length > 500) return undefined; // a crawled string this long is not an hours expression
  // 1. the normalised string (identity for canonical opening_hours syntax; the package alone would read "9–5" as
  //    09:00 to 05:00 next day): plain weekly forms by the small reader, the rest by the package;
  // 2. the string as stated, for syntax the normaliser mangles.
  const normalised = normaliseHours(hours);
  return simpleWeeklyCover(normalised) ?? evaluateWithPackage(normalised) ?? (normalised !== hours ? evaluateWithPackage(hours) : undefined);
}

const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
/** One rule of the plain weekly form: "Mo-Fr,Su 09:00-12:00,13:00-17:00", "Sa off", "PH off", "24/7". */
const SIMPLE_RULE = /^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*) (off|closed|\d{2}:\d{2}-\d{2}:\d{2}(?:,\d{2}:\d{2}-\d{2}:\d{2})*)$/;

/**
 * Weekly cover of the plain weekly form without the package, or undefined when the string is anything else
 * (overnight ranges, month or week selectors, comments, fallback rules…). Later rules replace earlier ones for the
 * days they name, as in opening_hours; "PH off" changes nothing in the holiday-free reference week.
 */
export function simpleWeeklyCover(hours: string): WeeklyCover | undefined {
  const rules = hours.split(';').map((r) => r.trim()).filter(Boolean);
  if (rules.length === 0) return undefined;
  const minutes: (number | undefined)[] = Array(7).fill(undefined);
  for (const rule of rules) {
    if (rule === '24/7') {
      minutes.fill(24 * 60);
      continue;
    }
    if (rule === 'PH off' || rule === 'PH closed') continue;
    const m = SIMPLE_RULE.exec(rule);
    if (!m) return undefined;
    const days = new Set<number>();
    for (const part of m[1]!.split(',')) {
      const [from, to] = part.split('-').map((d) => DAY_CODES.indexOf(d as (typeof DAY_CODES)[number]));
      if (to !== undefined && to < from!) return undefined; // wrapping day ranges: leave to the package
      for (let d = from!; d <= (to ?? from!); d++) days.add(d);
    }
    let total = 0;
    if (m[2] !== 'off' && m[2] !== 'closed') {
      const spans = m[2]!.split(',').map((span) => span.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3))) as [number, number]);
      spans.sort((a, b) => a[0] - b[0]);
      let reached = 0;
      for (const [start, end] of spans) {
        if (end <= start || end > 24 * 60 || start < reached) return undefined; // overnight or overlapping: the package decides
        total += end - start;
        reached = end;
      }
    }
    for (const d of days) minutes[d] = total;
  }
  const open = minutes.map((m) => m ?? 0);
  return { hours: Math.round((open.reduce((a, b) => a + b, 0) / 60) * 100) / 100, days: open.filter((m) => m > 0).length };
}

let packageClass: typeof OpeningHoursClass | undefined;
/** The opening_hours class, loaded on first need (its CommonJS build loads synchronously). */
function openingHours(): typeof OpeningHoursClass {
  packageClass ??= createRequire(import.meta.url)('opening_hours') as typeof OpeningHoursClass;
  return packageClass;
}

/** Weekly cover as the opening_hours package evaluates it over the reference week; undefined when it cannot parse. */
export function evaluateWithPackage(hours: string): WeeklyCover | undefined {
  let oh: OpeningHoursClass;
  try {
    const OpeningHours = openingHours();
    // mode 0: time ranges only; warnings off (we only need the state).
    oh = new OpeningHours(hours, REFERENCE_PLACE, { mode: 0, warnings_severity: 0 } as never);
  } catch {
    return undefined;
  }
  try {
    let total = 0;
    let days = 0;
    for (let d = 0; d < 7; d++) {
      // The zone of the reference week is the process's local zone; the package evaluates in local time too.
      const from = new Date(REFERENCE_WEEK_START + d * DAY_MS + new Date(REFERENCE_WEEK_START).getTimezoneOffset() * 60_000);
      const to = new Date(from.getTime() + DAY_MS);
      const [open] = oh.getOpenDuration(from, to);
      total += open;
      if (open > 0) days++;
    }
    return { hours: Math.round((total / 3_600_000) * 100) / 100, days };
  } catch {
    return undefined;
  }
}
