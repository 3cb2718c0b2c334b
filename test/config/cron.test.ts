/**
 * E4: schedule.cron / schedule.timezone validation — invalid expressions, unknown zones and schedules above the floor
 * are refused with one line naming the field and showing the weekly example; the test-only floor override works.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { FLOOR_OVERRIDE_ENV, describeSeconds, smallestGapSeconds, validateSchedule } from '../../src/config/cron.js';

const HOUR_FLOOR = { minIntervalMinutes: 60 };

function refusal(settings: Parameters<typeof validateSchedule>[0], env: NodeJS.ProcessEnv = {}): ConfigError {
  try {
    validateSchedule(settings, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected ${JSON.stringify(settings)} to be refused`);
}

describe('validateSchedule accepts', () => {
  it.each([
    ['the default weekly Monday 06:00', '0 6 * * 1', undefined],
    ['weekly in a named zone', '30 7 * * MON', 'Europe/London'],
    ['daily', '0 3 * * *', 'America/New_York'],
    ['exactly at the floor: hourly with a 60-minute floor', '0 * * * *', undefined],
  ])('%s', (_name, cron, timezone) => {
    const schedule = validateSchedule({ cron, timezone, ...HOUR_FLOOR }, {});
    const runs = schedule.nextRuns(3, new Date('2026-01-01T00:00:00Z'));
    expect(runs).toHaveLength(3);
    expect(runs[1]!.getTime()).toBeGreaterThan(runs[0]!.getTime());
  });

  it('computes Monday 06:00 in the given zone', () => {
    const schedule = validateSchedule({ cron: '0 6 * * 1', timezone: 'Asia/Tokyo', ...HOUR_FLOOR }, {});
    // 2026-01-05 is a Monday; 06:00 in Tokyo (UTC+9) is 21:00 UTC the day before.
    expect(schedule.nextRuns(1, new Date('2026-01-01T00:00:00Z'))[0]!.toISOString()).toBe('2026-01-04T21:00:00.000Z');
  });
});

describe('validateSchedule refuses (E4) with one line naming the field and a weekly example', () => {
  it.each([
    ['minute out of range', '61 * * * *', undefined, /^schedule\.cron: "61 \* \* \* \*" is not a valid cron expression/],
    ['garbage', 'every monday', undefined, /^schedule\.cron: "every monday" is not a valid cron expression/],
    ['every minute, under the hourly floor', '* * * * *', undefined, /^schedule\.cron: "\* \* \* \* \*" fires every 1 minute, more often than the floor of 1 hour/],
    ['a burst of two runs an hour apart is fine but 30 minutes is not', '0,30 6 * * 1', undefined, /fires every 30 minutes/],
    ['every second', '* * * * * *', undefined, /fires every 1 second/],
  ])('%s', (_name, cron, timezone, pattern) => {
    const error = refusal({ cron, timezone, ...HOUR_FLOOR });
    expect(error.oneLine()).toMatch(pattern);
    expect(error.oneLine()).toContain('"0 6 * * 1" (weekly, Monday 06:00)');
    expect(error.oneLine()).not.toMatch(/\n/);
  });

  it('an unknown time zone names schedule.timezone', () => {
    const error = refusal({ cron: '0 6 * * 1', timezone: 'Mars/Olympus_Mons', ...HOUR_FLOOR });
    expect(error.oneLine()).toMatch(/^schedule\.timezone: unknown time zone "Mars\/Olympus_Mons" — use an IANA name/);
  });

  it('a cron that never fires again is refused', () => {
    const error = refusal({ cron: '0 0 0 1 1 * 2001', ...HOUR_FLOOR });
    expect(error.oneLine()).toMatch(/^schedule\.cron: "0 0 0 1 1 \* 2001" never fires/);
  });
});

describe('the test-only floor override', () => {
  it(`${FLOOR_OVERRIDE_ENV}=1 lets a one-second cron through`, () => {
    const schedule = validateSchedule({ cron: '* * * * * *', ...HOUR_FLOOR }, { [FLOOR_OVERRIDE_ENV]: '1' });
    expect(schedule.minIntervalSeconds).toBe(1);
  });

  it('a nonsense override is refused rather than silently ignored', () => {
    expect(refusal({ cron: '0 6 * * 1', ...HOUR_FLOOR }, { [FLOOR_OVERRIDE_ENV]: 'soon' }).oneLine()).toContain(FLOOR_OVERRIDE_ENV);
  });

  it('without the override, a lower config floor is the knob', () => {
    expect(validateSchedule({ cron: '*/5 * * * *', minIntervalMinutes: 5 }, {}).minIntervalSeconds).toBe(300);
  });
});

describe('helpers', () => {
  it('smallestGapSeconds finds the shortest gap, not the first', () => {
    const at = (s: number) => new Date(s * 1000);
    expect(smallestGapSeconds([at(0), at(100), at(130), at(400)])).toBe(30);
    expect(smallestGapSeconds([at(0)])).toBeUndefined();
  });

  it.each([
    [1, '1 second'],
    [1800, '30 minutes'],
    [3600, '1 hour'],
    [604800, '7 days'],
    [90, '90 seconds'],
  ])('describeSeconds(%i) = %s', (seconds, text) => {
    expect(describeSeconds(seconds)).toBe(text);
  });
});
