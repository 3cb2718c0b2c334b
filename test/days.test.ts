/** Day arithmetic (src/days.ts): the one age rule of the "stands for N days" kind. */
import { describe, expect, it } from 'vitest';
import { DAY_MS, isCalendarDay, withinDays } from '../src/days.js';

describe('withinDays', () => {
  const now = Date.parse('2026-12-07T06:00:00Z');
  const at = (days: number, ms = 0) => new Date(now - days * DAY_MS + ms).toISOString();

  it('holds from `now` back to just short of `days` days; exactly `days` later it no longer does', () => {
    expect(withinDays(at(0), 28, now)).toBe(true);
    expect(withinDays(at(28, 1), 28, now)).toBe(true);
    expect(withinDays(at(28), 28, now)).toBe(false);
    expect(withinDays(at(35), 28, now)).toBe(false);
  });

  it('never for 0 days, an unknown or unreadable time, or one in the future', () => {
    expect(withinDays(at(0), 0, now)).toBe(false);
    expect(withinDays(undefined, 28, now)).toBe(false);
    expect(withinDays('not a time', 28, now)).toBe(false);
    expect(withinDays(at(-1), 28, now)).toBe(false);
  });
});

describe('isCalendarDay', () => {
  it('holds for a day of the calendar, not for one Date.UTC would roll over', () => {
    expect(isCalendarDay(2028, 2, 29)).toBe(true);
    expect(isCalendarDay(2026, 2, 29)).toBe(false);
    expect(isCalendarDay(2026, 2, 31)).toBe(false);
    expect(isCalendarDay(2026, 13, 1)).toBe(false);
    expect(isCalendarDay(2026, 4, 0)).toBe(false);
  });
});
