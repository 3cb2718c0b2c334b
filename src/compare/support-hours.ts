/**
 * Weekly hours of cover and days covered for a `support.hours` opening_hours string, evaluated by the
 * `opening_hours` package over one fixed reference week (so results never depend on today's date or holidays).
 */
import OpeningHours from 'opening_hours';

/** A week with no public holiday in the reference place ("PH off" must not change a normal week; 8 March is one in Berlin). */
const REFERENCE_WEEK_START = Date.UTC(2024, 1, 5); // Monday 5 February 2024: no German public holiday that week
const DAY_MS = 86_400_000;
/** Public holidays need a country; "de" has none in the reference week, so "; PH off" leaves the week intact. */
const REFERENCE_PLACE = { lat: 52.5, lon: 13.4, address: { country_code: 'de', state: 'Berlin' } };

export interface WeeklyCover {
  /** Open hours in the reference week (168 for 24/7). */
  readonly hours: number;
  /** Days of the week with any open time (0..7). */
  readonly days: number;
}

const cache = new Map<string, WeeklyCover | undefined>();

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
  let oh: OpeningHours;
  try {
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
