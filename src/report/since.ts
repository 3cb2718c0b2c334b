/**
 * `--since` of `report` and `history`: a date (its start, UTC) or an ISO time, and nothing else. Date.parse alone
 * takes "5" or "March 5" as a day in 2001, so `report --since 5` listed twenty-five years of changes without a word;
 * and it rolls an impossible day over, so "2026-02-31" meant 3 March. Each field is checked against the calendar here.
 */
import { isCalendarDay } from '../days.js';
import { UsageError } from '../errors.js';

/** YYYY-MM-DD, optionally with a time (minutes, seconds, fraction) and a zone: the one pattern read. */
const DATE_OR_ISO_TIME =
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T ](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?<fraction>\.\d+)?)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?$/i;

const EXPECTED = 'expected YYYY-MM-DD or an ISO time such as 2026-01-31T08:00:00Z';

/** The instant `--since` names, as an ISO string; a one-line usage error naming the flag, the value and the form otherwise. */
export function parseSince(text: string): string {
  const trimmed = text.trim();
  const g = DATE_OR_ISO_TIME.exec(trimmed)?.groups;
  if (!g) throw new UsageError(`--since "${text}": not a date`, { hint: EXPECTED });
  const [year, month, day] = [Number(g.year), Number(g.month), Number(g.day)];
  const [hour, minute, second] = [Number(g.hour ?? 0), Number(g.minute ?? 0), Number(g.second ?? 0)];
  if (!isCalendarDay(year, month, day)) {
    throw new UsageError(`--since "${text}": no such day in the calendar`, { hint: EXPECTED });
  }
  if (hour > 23 || minute > 59 || second > 59) throw new UsageError(`--since "${text}": no such time of day`, { hint: EXPECTED });
  const ms = Date.parse(g.hour === undefined ? `${trimmed}T00:00:00Z` : trimmed);
  if (!Number.isFinite(ms)) throw new UsageError(`--since "${text}": not a date`, { hint: EXPECTED });
  return new Date(ms).toISOString();
}
