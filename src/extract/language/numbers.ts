/**
 * Numbers written as words, durations and ranges.
 * `normaliseNumbers` rewrites a sentence so the rules only ever see digits:
 * "thirty (30) days" → "30 days", "a fortnight" → "14 days", "one business day" → "1 business day", "twenty-one" → "21".
 */

/** Units and teens ("twelve months"). */
const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
/** Tens ("thirty days", "forty-five days"). */
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** Whole phrases that stand for a duration ("a fortnight" = 14 days; "a couple of days" = 2 days; "half a year" = 6 months). */
const PHRASES: [RegExp, string][] = [
  [/\b(?:a|one) fortnight\b/gi, '14 days'],
  [/\bfortnight\b/gi, '14 days'],
  [/\b(?:a )?couple (?:of )?(days|weeks|months|years|hours)\b/gi, '2 $1'],
  [/\bhalf (?:a|one) year\b/gi, '6 months'],
  [/\b(?:a|one) and a half years?\b/gi, '18 months'],
  [/\bhundred\b/gi, '100'],
  [/\bdozen\b/gi, '12'],
];
const WORD_NUMBER_RE = new RegExp(`\\b(${Object.keys(TENS).join('|')})(?:[\\s-](${Object.keys(SMALL).join('|')}))?\\b|\\b(${Object.keys(SMALL).join('|')})\\b`, 'gi');
/** "a week", "an hour", "a business day", "a full year": the article counts as one before a unit of time. */
const ARTICLE_UNIT_RE = /(?<!\b(?:days?|hours?|times?|per|once|twice|minutes?)\s)\b(?:a|an|one|single)\s+((?:full |whole |calendar |business |working )?(?:hour|day|week|month|year))\b/gi;
/** "30 (thirty)" or "thirty (30)" after rewriting becomes "30 (30)"; keep one. */
const DOUBLED_RE = /\b(\d+)\s*\(\s*\1\s*\)/g;

export function wordToNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w in SMALL) return SMALL[w];
  if (w in TENS) return TENS[w];
  const m = /^([a-z]+)[\s-]([a-z]+)$/.exec(w);
  if (m && m[1]! in TENS && m[2]! in SMALL && SMALL[m[2]!]! < 10) return TENS[m[1]!]! + SMALL[m[2]!]!;
  return undefined;
}

export function normaliseNumbers(text: string): string {
  let t = text;
  for (const [re, rep] of PHRASES) t = t.replace(re, rep);
  t = t.replace(WORD_NUMBER_RE, (m, tens?: string, unit?: string, small?: string) => {
    if (small) return String(SMALL[small.toLowerCase()]);
    const base = TENS[tens!.toLowerCase()]!;
    const u = unit ? SMALL[unit.toLowerCase()]! : 0;
    return unit && u >= 10 ? m : String(base + u);
  });
  t = t.replace(ARTICLE_UNIT_RE, '1 $1');
  t = t.replace(DOUBLED_RE, '$1');
  return t;
}

export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** A duration or range read from (normalised) text: "3–5 business days" → {min:3,max:5,unit:'day',business:true}. */
export interface Duration {
  readonly min: number;
  readonly max: number;
  readonly unit: TimeUnit;
  readonly business: boolean;
  /** "up to 5 days", "within 5 days": only an upper bound was stated. */
  readonly upTo: boolean;
  readonly index: number;
  readonly end: number;
  readonly text: string;
}

/** Unit spellings. */
const UNITS = 'hours?|hrs?|days?|nights?|weeks?|wks?|months?|mos?|years?|yrs?';
/**
 * Range joiners: "3-5", "3 to 5", "3–5", "6~12" (a tilde, as on many pages from Asia), "3 or 4", "between 3 and 5", "24/48 hours"; up to two qualifiers ("3 full
 * business days"). A slash joins a range only when the second number is larger and the unit plural: "1/2 day" is half.
 */
const QUALIFIER = '(?:up to|within|no more than|no later than|less than|under|maximum of|max\\.?|at most|between)';
const JOINER = '(?:-|–|—|~|to|or|and|/)';
const DAY_KIND = '(?:business|working|calendar|full|consecutive|week)';
/**
 * The pattern of a duration with each part in a group: 1 qualifier, 2 first number, 3 joiner, 4 second number, 5 kind
 * of day, 6 unit. `durationSpan` writes the same grammar without groups, so it has one source.
 */
function durationPattern(group: (part: string) => string, units: string): string {
  return `(?:\\b${group(QUALIFIER)}\\s+)?(?<![\\d.,$£€/])\\b${group('\\d{1,4}')}(?:\\s*${group(JOINER)}\\s*${group('\\d{1,4}')})?(?:\\s*\\+)?[\\s-]*(?:\\(\\d+\\)\\s*)?${group(`(?:${DAY_KIND}[\\s-]*){1,2}`)}?${group(units)}\\b`;
}
const DURATION_RE = new RegExp(durationPattern((part) => `(${part})`, UNITS), 'gi');
/**
 * A duration as a regular-expression source without capture groups, for another pattern to embed ("reply within
 * 2 business days"); `extraUnits` adds units only that reader counts ("minutes?|mins?").
 */
export function durationSpan(extraUnits?: string): string {
  return durationPattern((part) => `(?:${part})`, extraUnits ? `${extraUnits}|${UNITS}` : UNITS);
}
const SLASH_NOT_RANGE = (first: number, second: number, unit: string): boolean => second <= first || !/s$/i.test(unit);

export function unitOf(raw: string): TimeUnit {
  const u = raw.toLowerCase();
  if (u.startsWith('h')) return 'hour';
  if (u.startsWith('d') || u.startsWith('n')) return 'day'; // a "90-night trial" counts nights as days
  if (u.startsWith('w')) return 'week';
  if (u.startsWith('m')) return 'month';
  return 'year';
}

/** Every duration in a normalised sentence, in order. */
export function findDurations(text: string): Duration[] {
  const out: Duration[] = [];
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(text); m; m = DURATION_RE.exec(text)) {
    // "24/7 days", "1/2 day": not a range; the number after the slash is the duration.
    if (m[3] === '/' && SLASH_NOT_RANGE(Number(m[2]), Number(m[4]), m[6]!)) {
      const at = m.index + m[0].lastIndexOf(m[4]!, m[0].length - m[6]!.length);
      out.push({ min: Number(m[4]), max: Number(m[4]), unit: unitOf(m[6]!), business: /business|working|week/i.test(m[5] ?? ''), upTo: false, index: at, end: m.index + m[0].length, text: text.slice(at, m.index + m[0].length) });
      continue;
    }
    const a = Number(m[2]);
    const b = m[4] === undefined ? a : Number(m[4]);
    const qual = (m[1] ?? '').toLowerCase();
    out.push({
      min: Math.min(a, b),
      max: Math.max(a, b),
      unit: unitOf(m[6]!),
      business: /business|working|week/i.test(m[5] ?? ''),
      upTo: m[4] === undefined && qual !== '' && qual !== 'between',
      index: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  return out;
}

const DAYS_PER: Record<TimeUnit, number> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
const MONTHS_PER: Record<TimeUnit, number> = { hour: 1 / 720, day: 1 / 30, week: 7 / 30, month: 1, year: 12 };

/** A count of `unit` in days: "2 weeks" = 14, "48 hours" = 2, "1 year" = 365. Hours round up to whole days. */
export function toDays(n: number, unit: TimeUnit): number {
  return unit === 'hour' ? Math.ceil(n / 24) : Math.round(n * DAYS_PER[unit]);
}
/** A count of `unit` in months: "2 years" = 24, "90 days" = 3, "365 days" = 12. */
export function toMonths(n: number, unit: TimeUnit): number {
  if (unit === 'day' && n % 365 === 0) return (n / 365) * 12;
  return Math.round(n * MONTHS_PER[unit]);
}
/** A count of `unit` in hours: "1 business day" = 24, "2 days" = 48. */
export function toHours(n: number, unit: TimeUnit): number {
  return Math.round(n * DAYS_PER[unit] * 24);
}
