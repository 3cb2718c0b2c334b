/**
 * Day arithmetic, one source for every "for N days" rule (crawl.recheckMissingDays, recheckRedirectDays, rerenderDays,
 * a stale value's age in days, the support-hours reference week), and the one calendar check of a written date.
 */

/** A day in milliseconds, on the UTC clock Date.parse and Date.now count (no daylight-saving hour in or out). */
export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `at` is no later than `now` and less than `days` days before it (0 days: never): the one age rule of the "stands for
 * crawl.recheckMissingDays" kind (remembered sitemaps, a standing shell). Both times should be scan starts, as
 * run-scan.ts recentlyMissing counts: a time taken some way into the earlier scan would let a weekly scan find it
 * minutes short of the days and wait another week. Exactly `days` later it no longer holds. A time that does not
 * parse, or in the future (a clock set back), never holds.
 */
export function withinDays(at: string | undefined, days: number, now: number): boolean {
  const age = at === undefined ? Number.NaN : now - Date.parse(at);
  return age >= 0 && age < days * DAY_MS;
}

/** Year, month (1-12) and day name a day of the calendar: Date.UTC would roll "31 February" over into March. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!(Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1)) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
