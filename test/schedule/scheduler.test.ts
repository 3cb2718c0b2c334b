/**
 * The scheduler loop in-process, on a one-second cron: D4 overlap (a firing during a running cycle is skipped and
 * logged, never queued), a failing cycle does not end the loop, and abort lets the running cycle finish first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { validateSchedule } from '../../src/config/cron.js';
import type { CycleResult, RunCycle } from '../../src/schedule/cycle-types.js';
import { runScheduler } from '../../src/schedule/scheduler.js';
import { startSite, type LoopbackServer } from '../helpers/loopback-server.js';

const EVERY_SECOND = validateSchedule({ cron: '* * * * * *', minIntervalMinutes: 60 }, { SERVICEDIFF_TEST_MIN_INTERVAL_SECONDS: '1' });
const WAIT_MS = 8_000;

/** Log lines, with a bounded wait for a line matching a pattern (event-driven, no polling). */
function recorder() {
  const lines: string[] = [];
  const waiters: { pattern: RegExp; count: number; resolve: () => void }[] = [];
  const check = (): void => {
    for (const w of [...waiters]) {
      if (lines.filter((l) => w.pattern.test(l)).length >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  return {
    lines,
    log: (line: string) => {
      lines.push(line);
      check();
    },
    waitFor(pattern: RegExp, count = 1): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${count}× ${pattern} in ${WAIT_MS} ms; log:\n${lines.join('\n')}`)), WAIT_MS);
        waiters.push({ pattern, count, resolve: () => (clearTimeout(timer), resolve()) });
        check();
      });
    },
  };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const OK: CycleResult = { exitCode: EXIT.ok, changes: [], problems: [], beatenOnCrucial: [], summary: ['fine'] };

let site: LoopbackServer | undefined;
const controllers: AbortController[] = [];
afterEach(async () => {
  for (const c of controllers.splice(0)) c.abort();
  await site?.close();
  site = undefined;
});

describe('runScheduler', () => {
  it('skips and logs a firing while the previous run is still going (D4), never overlapping or queueing', async () => {
    site = await startSite({ '/returns': '<p>Return within 30 days.</p>' });
    const rec = recorder();
    const controller = new AbortController();
    controllers.push(controller);
    const gate = deferred();
    let active = 0;
    let maxActive = 0;
    let started = 0;
    const cycle: RunCycle = async () => {
      started++;
      active++;
      maxActive = Math.max(maxActive, active);
      try {
        const response = await fetch(site!.url('/returns'));
        await response.text();
        if (started === 1) await gate.promise; // the first run hangs until the test lets it go
        return OK;
      } finally {
        active--;
      }
    };
    const done = runScheduler({ schedule: EVERY_SECOND, runCycle: cycle, signal: controller.signal, log: rec.log });
    await rec.waitFor(/^skipped: previous run still going$/, 2);
    expect(started).toBe(1);
    gate.resolve();
    await rec.waitFor(/^run \d+ started$/, 2);
    await rec.waitFor(/^run \d+ finished/, 2);
    controller.abort();
    const summary = await done;
    expect(maxActive).toBe(1);
    expect(summary.skipped).toBeGreaterThanOrEqual(2);
    expect(summary.exitCode).toBe(EXIT.ok);
    // Skipped firings were dropped, not queued: after the gate opened, runs follow the clock, one per second at most.
    expect(started).toBe(summary.cycles);
    expect(rec.lines.some((l) => /^next run: \d{4}-\d\d-\d\dT/.test(l))).toBe(true);
  });

  it('a cycle that throws is logged in one line and the loop goes on', async () => {
    const rec = recorder();
    const controller = new AbortController();
    controllers.push(controller);
    let calls = 0;
    const cycle: RunCycle = async () => {
      calls++;
      if (calls === 1) throw new Error('database refused\nsecond line');
      return OK;
    };
    const done = runScheduler({ schedule: EVERY_SECOND, runCycle: cycle, signal: controller.signal, log: rec.log });
    await rec.waitFor(/^run \d+ finished: ok$/);
    controller.abort();
    const summary = await done;
    expect(summary.failed).toBe(1);
    expect(summary.cycles).toBeGreaterThanOrEqual(1);
    expect(rec.lines).toContain('run 1 failed: database refused second line');
    expect(rec.lines).toContain('  fine'); // the cycle's summary, one indented line each
  });

  it('on abort, resolves only after the running cycle has finished its page, with exit 0', async () => {
    site = await startSite({ '/returns': '<p>Return within 30 days.</p>' });
    const rec = recorder();
    const controller = new AbortController();
    controllers.push(controller);
    const inside = deferred();
    let pagesAfterAbort = 0;
    let finished = false;
    const cycle: RunCycle = async (signal) => {
      for (let page = 0; page < 100; page++) {
        if (signal.aborted) break; // stop after the current page
        if (controller.signal.aborted) pagesAfterAbort++;
        await (await fetch(site!.url('/returns'))).text();
        if (page === 0) {
          inside.resolve(); // the test aborts now, while this cycle is between pages
          await new Promise<void>((resolve) => {
            if (signal.aborted) return resolve();
            signal.addEventListener('abort', () => resolve(), { once: true });
          });
        }
      }
      finished = true;
      return OK;
    };
    const done = runScheduler({ schedule: EVERY_SECOND, runCycle: cycle, signal: controller.signal, log: rec.log });
    await inside.promise;
    controller.abort();
    const summary = await done;
    expect(finished).toBe(true);
    expect(pagesAfterAbort).toBe(0);
    expect(summary).toMatchObject({ cycles: 1, exitCode: EXIT.ok });
    expect(rec.lines).toContain('stopping: letting the current run finish its page…');
  });

  it('an already-aborted signal runs nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    let calls = 0;
    const summary = await runScheduler({
      schedule: EVERY_SECOND,
      runCycle: async () => (calls++, OK),
      signal: controller.signal,
      log: () => undefined,
    });
    expect(calls).toBe(0);
    expect(summary.cycles).toBe(0);
  });
});
