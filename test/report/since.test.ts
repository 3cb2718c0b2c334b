/**
 * parseSince: the one reading of `--since` (report, history). A date is its UTC start; an ISO time is read as written;
 * anything else, or a day or time the calendar has not got, is a one-line usage error naming the flag, the value and
 * the form expected.
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseSince } from '../../src/report/since.js';

describe('parseSince', () => {
  it('reads a date as its start in UTC, and an ISO time with its zone', () => {
    expect(parseSince('2026-03-01')).toBe('2026-03-01T00:00:00.000Z');
    expect(parseSince(' 2024-02-29 ')).toBe('2024-02-29T00:00:00.000Z');
    expect(parseSince('2026-03-01T08:30:00Z')).toBe('2026-03-01T08:30:00.000Z');
    expect(parseSince('2026-03-01T08:30+02:00')).toBe('2026-03-01T06:30:00.000Z');
    expect(parseSince('2026-12-31T23:59:59.5Z')).toBe('2026-12-31T23:59:59.500Z');
  });

  it('refuses what is not a date: Date.parse would read these as days of 2001 and list twenty-five years of changes', () => {
    for (const loose of ['last tuesday', '5', 'March 5', '3/1', '2026']) {
      expect(() => parseSince(loose), loose).toThrow(UsageError);
      expect(() => parseSince(loose), loose).toThrow(`--since "${loose}": not a date`);
    }
  });

  it('refuses a day the calendar has not got, instead of rolling it into the next month', () => {
    for (const impossible of ['2026-02-31', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-02-30T08:00:00Z']) {
      const error = (() => {
        try {
          parseSince(impossible);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error, impossible).toBeInstanceOf(UsageError);
      expect((error as UsageError).exitCode).toBe(2);
      expect((error as UsageError).oneLine()).toBe(
        `--since "${impossible}": no such day in the calendar — expected YYYY-MM-DD or an ISO time such as 2026-01-31T08:00:00Z`,
      );
    }
  });

  it('refuses a time of day that does not exist', () => {
    for (const impossible of ['2026-03-01T24:00Z', '2026-03-01T08:60Z', '2026-03-01T08:30:61Z']) {
      expect(() => parseSince(impossible), impossible).toThrow(`--since "${impossible}": no such time of day`);
    }
  });
});
