/**
 * What one scheduled cycle (scan + report) hands the scheduler and the notifiers. The scheduler only knows
 * `RunCycle`, so overlap, signals and notifications are tested with any real cycle, and the production cycle
 * (scan-report-cycle.ts) is one implementation.
 */
import type { ExitCode } from '../errors.js';
import type { CrawlProblem, TermChange } from '../model.js';
import type { TermId } from '../terms.js';

/** A crucial term on which a competitor is now better for the customer than you. */
export interface BeatenOnCrucial {
  readonly term: TermId;
  /** The competitor's display name. */
  readonly competitor: string;
  /** The verdict rests on a value read with low confidence (yours or theirs): no alert on its own (notify-message.ts). */
  readonly unsure?: true;
}

export interface CycleResult {
  /** 0 ok, 1 partial, 3 failure, 130 stopped by a signal before its report (src/errors.ts EXIT). */
  readonly exitCode: ExitCode;
  readonly changes: TermChange[];
  readonly problems: CrawlProblem[];
  readonly beatenOnCrucial: BeatenOnCrucial[];
  /** The markdown report written by this cycle, if one was. */
  readonly reportPath?: string;
  /**
   * Problems of the scan before this one, read from the database, so a fresh process (`--once` from cron) can tell
   * new problems from ones already reported. Undefined when there was no earlier scan.
   */
  readonly previousProblems?: CrawlProblem[];
  /** Crucial defeats before this cycle's scan, from the database, for the same reason. */
  readonly previousBeatenOnCrucial?: BeatenOnCrucial[];
  /** A few lines for a person: what the cycle found. */
  readonly summary: string[];
}

/** Run one cycle; stop after the current page when `signal` aborts, and release every resource before resolving. */
export type RunCycle = (signal: AbortSignal) => Promise<CycleResult>;
