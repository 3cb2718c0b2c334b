/**
 * The long-running loop behind `servicediff schedule`: fire the cron in its zone, run one cycle per firing, never
 * two at once (D4: a firing while a cycle is still going is skipped and logged, not queued), and on the abort signal
 * (SIGINT/SIGTERM) stop firing, let the running cycle stop after its current page, and resolve.
 */
import { Cron } from 'croner';
import { EXIT, type ExitCode } from '../errors.js';
import type { ValidSchedule } from '../config/cron.js';
import type { CycleResult, RunCycle } from './cycle-types.js';

export interface SchedulerOptions {
  readonly schedule: ValidSchedule;
  readonly runCycle: RunCycle;
  /** Aborted on SIGINT/SIGTERM: no more firings; the running cycle gets the same signal. */
  readonly signal: AbortSignal;
  /** One line per event (next run, start, done, skipped, stopped); the caller adds time stamps and redaction. */
  readonly log: (line: string) => void;
  /** Called after each cycle with its result (tests count cycles; the command logs). */
  readonly onCycle?: (result: CycleResult) => void;
}

export interface SchedulerSummary {
  readonly cycles: number;
  readonly skipped: number;
  readonly failed: number;
  /** 0: a scheduler stopped by a signal has done its job. */
  readonly exitCode: ExitCode;
}

/** Run until `signal` aborts. Resolves after the running cycle (if any) has finished. */
export async function runScheduler(options: SchedulerOptions): Promise<SchedulerSummary> {
  const { schedule, runCycle, signal, log } = options;
  let running: Promise<void> | undefined;
  let cycles = 0;
  let skipped = 0;
  let failed = 0;
  const zone = schedule.timezone ?? `local time (${Intl.DateTimeFormat().resolvedOptions().timeZone})`;

  const logNext = (job: Cron): void => {
    const next = job.nextRun();
    log(next ? `next run: ${next.toISOString()} (${schedule.cron}, ${zone})` : `no further runs for "${schedule.cron}"`);
  };

  const fire = (job: Cron): void => {
    if (signal.aborted) return;
    if (running) {
      skipped++;
      log('skipped: previous run still going');
      return;
    }
    const number = cycles + failed + 1;
    log(`run ${number} started`);
    running = runCycle(signal)
      .then((result) => {
        cycles++;
        log(`run ${number} finished: ${describeExit(result.exitCode)}`);
        for (const line of result.summary) log(`  ${line}`);
        options.onCycle?.(result);
      })
      .catch((error: unknown) => {
        failed++;
        log(`run ${number} failed: ${oneLine(error)}`);
      })
      .finally(() => {
        running = undefined;
        if (!signal.aborted) logNext(job);
      });
  };

  const job = new Cron(schedule.cron, { timezone: schedule.timezone, paused: true }, (self: Cron) => fire(self));
  await new Promise<void>((resolveStopped) => {
    const stop = (): void => {
      job.stop();
      resolveStopped();
    };
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    job.resume();
    logNext(job);
  });
  if (running) {
    log('stopping: letting the current run finish its page…');
    await running;
  }
  log(`stopped after ${cycles} run(s), ${skipped} skipped, ${failed} failed`);
  return { cycles, skipped, failed, exitCode: EXIT.ok };
}

export function describeExit(code: ExitCode): string {
  if (code === EXIT.ok) return 'ok';
  if (code === EXIT.partial) return 'partial (exit 1)';
  if (code === EXIT.interrupted) return 'interrupted (exit 130)';
  return `failure (exit ${code})`;
}

function oneLine(error: unknown): string {
  const text =
    error !== null && typeof error === 'object' && 'oneLine' in error && typeof error.oneLine === 'function'
      ? String((error as { oneLine(): string }).oneLine())
      : error instanceof Error
        ? error.message
        : String(error);
  return text.replace(/\s*\n\s*/g, ' ');
}
