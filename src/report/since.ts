/**
 * `--since` of `report` and `history`: a date (its start, UTC) or an ISO time, and nothing else. Date.parse alone
 * takes "5" or "March 5" as a day in 2001, so `report --since 5` listed twenty-five years of changes without a word.
 */
import { UsageError } from '../errors.js';

/** YYYY-MM-DD, optionally with a time (minutes, seconds, fraction) and a zone. */
const DATE_OR_ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** The instant `--since` names, as an ISO string; a usage error naming the flag otherwise. */
export function parseSince(text: string): string {
  const trimmed = text.trim();
  const ms = DATE_OR_ISO_TIME.test(trimmed) ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? `${trimmed}T00:00:00Z` : trimmed) : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new UsageError(`--since "${text}": not a date`, { hint: 'expected YYYY-MM-DD or an ISO time such as 2026-01-31T08:00:00Z' });
  }
  return new Date(ms).toISOString();
}
