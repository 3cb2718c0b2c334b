/**
 * Clock times and time ranges: "9am", "9:00 AM", "9.30am", "5 p.m.", "17:00", "noon", "midnight", "9-5", "9am to 5:30pm",
 * and time zones as written ("EST", "Eastern", "PT", "GMT", "AEST").
 * Works on normalised (lower-case) text.
 */

/** Named times of day. */
const NAMED_TIMES: Record<string, number> = { noon: 12 * 60, midday: 12 * 60, '12 noon': 12 * 60, midnight: 24 * 60 };
/** One clock time: "9", "9am", "9:30 a.m.", "17:00", "noon". Group 1 hour, 2 minutes, 3 meridiem, 4 named. */
const TIME = `(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|am|pm|hrs|h)?|(12 noon|noon|midday|midnight))`;
const TIME_RE = new RegExp(`(?<![\\d$£€.,:])${TIME}(?![\\d%])`, 'g');
/** Range joiners between two times: "9am-5pm", "9am to 5pm", "from 9 until 5", "between 9 and 5". */
const RANGE_RE = new RegExp(
  `(?<![\\d$£€.,:])${TIME}(?:\\s*\\(?(?:[a-z]{1,4}t|[a-z]{2,4})\\)?)??\\s*(?:-|to|until|till|til|through|and)\\s*${TIME.replace(/\((?!\?)/g, '(')}(?![\\d%])`,
  'g',
);

/** Time zones as written → the label kept on the term. Longest names first. */
export const TIME_ZONES: [RegExp, string][] = [
  [/\b(?:us )?eastern(?: standard| daylight)?(?: time)?\b/, 'ET'],
  [/\b(?:us )?central(?: standard| daylight)?(?: time)\b/, 'CT'],
  [/\b(?:us )?mountain(?: standard| daylight)?(?: time)?\b/, 'MT'],
  [/\b(?:us )?pacific(?: standard| daylight)?(?: time)?\b/, 'PT'],
  [/\b(?:australian )?eastern standard time\b/, 'AEST'],
  [/\buk time\b|\bbritish (?:summer )?time\b/, 'UK time'],
  [/\b(est|edt|et|cst|cdt|ct|mst|mdt|mt|pst|pdt|pt|akst|hst|gmt|bst|utc|cet|cest|eet|wet|ist|aest|aedt|acst|acdt|awst|nzst|nzdt|sgt|hkt|jst)\b/, ''],
  [/\butc ?[+-] ?\d{1,2}\b|\bgmt ?[+-] ?\d{1,2}\b/, ''],
];

/** The time zone a sentence states, as a short label ("EST", "ET", "GMT"), or undefined. */
export function findTimeZone(norm: string): string | undefined {
  for (const [re, label] of TIME_ZONES) {
    const m = re.exec(norm);
    if (!m) continue;
    // "mt"/"ct"/"pt"/"et" are too short to trust unless next to a time ("5pm pt").
    if (!label && /^(?:mt|ct|pt|et)$/.test(m[1] ?? '') && !/(?:\d|[ap]\.?m\.?)\s*\(?$/.test(norm.slice(0, m.index).trimEnd())) continue;
    return (label || m[0]).toUpperCase().replace(/\s+/g, '');
  }
  return undefined;
}

function toMinutes(h: string | undefined, min: string | undefined, mer: string | undefined, named: string | undefined): number | undefined {
  if (named) return NAMED_TIMES[named];
  if (h === undefined) return undefined;
  let hour = Number(h);
  const minute = min ? Number(min) : 0;
  if (minute > 59 || hour > 24) return undefined;
  const m = (mer ?? '').replace(/[.\s]/g, '');
  if (m === 'pm' && hour < 12) hour += 12;
  if (m === 'am' && hour === 12) hour = 0;
  return hour * 60 + minute;
}

/** A clock time with its meridiem known or not. */
export interface ClockTime {
  readonly minutes: number;
  /** Whether am/pm, a 24-hour form (":" with hour > 12, or "17:00") or a name made it unambiguous. */
  readonly explicit: boolean;
  readonly index: number;
  readonly end: number;
}

/** Single times in a sentence; bare numbers ("5") only count when `allowBare`. */
export function findTimes(norm: string, allowBare = false): ClockTime[] {
  const out: ClockTime[] = [];
  TIME_RE.lastIndex = 0;
  for (let m = TIME_RE.exec(norm); m; m = TIME_RE.exec(norm)) {
    const explicit = Boolean(m[3] || m[4] || (m[2] && Number(m[1]) > 12) || (m[2] && m[1]!.length === 2 && m[1]!.startsWith('0')));
    const hasColon = Boolean(m[2]);
    if (!explicit && !hasColon && !allowBare) continue;
    const minutes = toMinutes(m[1], m[2], m[3], m[4]);
    if (minutes === undefined) continue;
    out.push({ minutes, explicit: explicit || hasColon, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A time range in minutes since midnight; `end` may be 1440 (midnight). */
export interface TimeRange {
  readonly from: number;
  readonly to: number;
  readonly index: number;
  readonly end: number;
}

/** A unit word right after a bare "5 to 7" makes it a count ("5 to 7 working days"), not office hours. */
const COUNTED_UNIT_AFTER = /^\s*(?:[a-z]+ )?(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|items?|pieces?|units?)\b/;

/** Time ranges in a sentence: "9am-5pm", "9:00 to 17:30", "from 9 until 5" (bare 9–5 read as 09:00–17:00). */
export function findTimeRanges(norm: string): TimeRange[] {
  const out: TimeRange[] = [];
  RANGE_RE.lastIndex = 0;
  for (let m = RANGE_RE.exec(norm); m; m = RANGE_RE.exec(norm)) {
    const [, h1, m1, a1, n1, h2, m2, a2, n2] = m;
    const anyMeridiem = Boolean(a1 || a2 || n1 || n2 || m1 || m2);
    if (!anyMeridiem) {
      // Bare "9-5" only reads as hours when it looks like office hours: start 5..11, end 1..11.
      const s = Number(h1);
      const e = Number(h2);
      if (!(s >= 5 && s <= 11 && e >= 1 && e <= 11)) continue;
      // "5 to 7 working days", "8-10 weeks": a count of a unit, not a clock range.
      if (COUNTED_UNIT_AFTER.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      out.push({ from: s * 60, to: (e + 12) * 60, index: m.index, end: m.index + m[0].length });
      continue;
    }
    let from = toMinutes(h1, m1, a1, n1);
    let to = toMinutes(h2, m2, a2, n2);
    if (from === undefined || to === undefined) continue;
    const a1pm = (a1 ?? '').startsWith('p');
    // "9-5pm": the start takes am; "1-5pm" stays pm; "9am-5": the end is pm when it would otherwise precede the start.
    if (!a1 && !n1 && (a2 ?? '').startsWith('p') && from + 12 * 60 < to) from = from;
    else if (!a1 && !n1 && (a2 ?? '').startsWith('p') && from < 12 * 60 && from + 12 * 60 <= to) from = from;
    if (!a2 && !n2 && to <= from && to < 12 * 60) to += 12 * 60;
    if (a1pm && !a2 && to < from) to += 12 * 60;
    if (to === 0) to = 24 * 60;
    if (to <= from || to > 24 * 60) continue;
    out.push({ from, to, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** 24-hour times written without a colon ("0800-1800") rewritten as "08:00-18:00"; apply before finding ranges and days. */
export function colonTimes(norm: string): string {
  return norm.replace(/\b([01]\d|2[0-3])([0-5]\d)\s*-\s*([01]\d|2[0-4])([0-5]\d)\b/g, '$1:$2-$3:$4');
}

/** "HH:MM" for minutes since midnight (24:00 for the end of the day). */
export function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
