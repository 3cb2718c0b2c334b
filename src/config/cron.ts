/**
 * Validate `schedule.cron` and `schedule.timezone` and compute run times (lives in config/ because every command checks
 * the expression when it loads the config). croner does the parsing; this module only
 * turns its failures into one-line ConfigErrors (E4) and adds the floor: a schedule that fires more often than
 * `schedule.minIntervalMinutes` is refused, because policy pages do not change by the minute and we crawl sites we
 * do not own.
 */
import { Cron } from 'croner';
import { SCHEDULE_DEFAULTS } from './defaults.js';
import { ConfigError } from '../errors.js';

/** The example every error shows: weekly, Monday 06:00. */
const WEEKLY_EXAMPLE = `schedule.cron: "${SCHEDULE_DEFAULTS.cron}" (weekly, Monday 06:00)`;
/** How many upcoming runs are checked against the floor: enough to catch a burst like "0 6,7 * * 1" in a weekly list. */
const FLOOR_CHECK_RUNS = 60;
/**
 * Environment variable that replaces the floor, in seconds. For tests only (a one-second cron in the 20-cycle test);
 * never needed in real use, where `schedule.minIntervalMinutes` is the knob.
 */
export const FLOOR_OVERRIDE_ENV = 'SERVICEDIFF_TEST_MIN_INTERVAL_SECONDS';

export interface ScheduleSettings {
  readonly cron: string;
  readonly timezone?: string;
  readonly minIntervalMinutes: number;
}

/** A schedule that passed validation. */
export interface ValidSchedule {
  readonly cron: string;
  /** IANA zone, or undefined for the machine's local zone. */
  readonly timezone?: string;
  /** The floor that was applied, in seconds. */
  readonly minIntervalSeconds: number;
  /** The next `count` run times after `from`. */
  nextRuns(count: number, from?: Date): Date[];
}

/** The floor in seconds: the config's minutes, unless the test-only env override is set to a positive number. */
function floorSeconds(settings: ScheduleSettings, env: NodeJS.ProcessEnv = process.env): number {
  const override = env[FLOOR_OVERRIDE_ENV];
  if (override !== undefined && override !== '') {
    const seconds = Number(override);
    if (Number.isFinite(seconds) && seconds > 0) return seconds;
    throw new ConfigError(`${FLOOR_OVERRIDE_ENV}="${override}" is not a positive number of seconds`, {
      hint: `unset it (it exists for tests only)`,
    });
  }
  return settings.minIntervalMinutes * 60;
}

/** True when `zone` is an IANA time zone this Node knows. */
function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Check the expression and the zone only: what every command checks when it loads the config (load-config.ts), so a
 * typo in schedule.cron is refused the day it is written, not the first time `schedule` runs. Returns the paused job.
 */
export function parseSchedule(settings: Pick<ScheduleSettings, 'cron' | 'timezone'>): Cron {
  const { cron, timezone } = settings;
  if (timezone !== undefined && !isKnownTimeZone(timezone)) {
    throw new ConfigError(`schedule.timezone: unknown time zone "${timezone}"`, {
      hint: 'use an IANA name such as Europe/London or America/New_York, or leave it out for the local zone',
    });
  }
  try {
    return new Cron(cron, { timezone, paused: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^CronPattern:\s*/, '') : String(error);
    throw new ConfigError(`schedule.cron: "${cron}" is not a valid cron expression (${oneLine(reason)})`, {
      hint: `try ${WEEKLY_EXAMPLE}`,
    });
  }
}

/**
 * Check expression, zone and floor; throw a one-line ConfigError naming `schedule.cron` or `schedule.timezone`
 * and showing a valid weekly example.
 */
export function validateSchedule(settings: ScheduleSettings, env: NodeJS.ProcessEnv = process.env): ValidSchedule {
  const { cron, timezone } = settings;
  const job = parseSchedule(settings);
  try {
    const floor = floorSeconds(settings, env);
    const runs = job.nextRuns(FLOOR_CHECK_RUNS, new Date());
    if (runs.length === 0) {
      throw new ConfigError(`schedule.cron: "${cron}" never fires from now on`, { hint: `try ${WEEKLY_EXAMPLE}` });
    }
    const gap = smallestGapSeconds(runs);
    if (gap !== undefined && gap < floor) {
      throw new ConfigError(
        `schedule.cron: "${cron}" fires every ${describeSeconds(gap)}, more often than the floor of ${describeSeconds(floor)} (schedule.minIntervalMinutes)`,
        { hint: `try ${WEEKLY_EXAMPLE}` },
      );
    }
    return {
      cron,
      timezone,
      minIntervalSeconds: floor,
      nextRuns(count, from = new Date()) {
        const probe = new Cron(cron, { timezone, paused: true });
        try {
          return probe.nextRuns(count, from);
        } finally {
          probe.stop();
        }
      },
    };
  } finally {
    job.stop();
  }
}

/** Smallest gap between consecutive run times, in seconds (undefined for a single run). */
export function smallestGapSeconds(runs: readonly Date[]): number | undefined {
  let smallest: number | undefined;
  for (let i = 1; i < runs.length; i++) {
    const gap = (runs[i]!.getTime() - runs[i - 1]!.getTime()) / 1000;
    if (smallest === undefined || gap < smallest) smallest = gap;
  }
  return smallest;
}

/** "1 second", "15 minutes", "2 hours", "7 days". */
export function describeSeconds(seconds: number): string {
  const units: [number, string][] = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  for (const [size, name] of units) {
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${Math.round(seconds * 10) / 10} seconds`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').slice(0, 160);
}
