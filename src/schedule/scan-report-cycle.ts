/**
 * The production cycle: one scan (runScan: lock, crawl, extract, store, release the lock, close the browser), then
 * the report of what that scan changed. The stages are loaded lazily so `schedule --print` never loads Playwright.
 */
import { resolve } from 'node:path';
import type { Config } from '../config/config-schema.js';
import type { Comparison } from '../compare/comparison-types.js';
import { EXIT } from '../errors.js';
import type { CrawlProblem } from '../model.js';
import { count } from '../text/count.js';
import type { WriteReportOptions, WrittenReport } from '../report/write-report.js';
import type { RunScan } from '../scan/scan-types.js';
import type { BeatenOnCrucial, CycleResult, RunCycle } from './cycle-types.js';

/** The report stage's entry (src/report/write-report.ts), as the scheduler uses it. */
export type WriteReport = (config: Config, options: WriteReportOptions) => Promise<WrittenReport>;

export interface ScanReportDeps {
  readonly runScan: RunScan;
  readonly writeReport: WriteReport;
  /** What the database said before this cycle's scan (undefined: no scan yet, or unreadable). */
  readonly previousState?: (config: Config, dbPath: string, snapshotsDir: string) => Promise<PreviousState | undefined>;
}

/** The latest stored scan's problems and crucial defeats: what a fresh process compares this cycle against. */
export interface PreviousState {
  readonly problems: CrawlProblem[];
  readonly beatenOnCrucial: BeatenOnCrucial[];
}

/** Load the real stages. */
export async function loadScanReportDeps(): Promise<ScanReportDeps> {
  const { runScan } = await import('../scan/run-scan.js');
  const { writeReport } = await import('../report/write-report.js');
  const { openStore } = await import('../store/open-store.js');
  const { buildComparisonInput } = await import('../compare/comparison-input.js');
  const { compareAll } = await import('../compare/compare-all.js');
  const previousState = async (config: Config, dbPath: string, snapshotsDir: string): Promise<PreviousState | undefined> => {
    try {
      const store = await openStore(dbPath, { snapshotsDir });
      try {
        if (store.scans().length === 0) return undefined;
        return { problems: store.latestProblems(), beatenOnCrucial: beatenOnCrucial(compareAll(buildComparisonInput(config, store))) };
      } finally {
        await store.close();
      }
    } catch {
      return undefined; // no database yet, or one the scan itself will refuse with a clear error
    }
  };
  return { runScan, writeReport, previousState };
}

/** Crucial terms on which a competitor is better for the customer than you (the verdict is from your side). */
export function beatenOnCrucial(comparison: Comparison): BeatenOnCrucial[] {
  const names = new Map(comparison.competitors.map((c) => [c.id, c.name]));
  return comparison.terms
    .filter((t) => t.importance === 'crucial')
    .flatMap((t) =>
      t.verdicts
        .filter((v) => v.verdict === 'worse')
        .map((v) => ({ term: t.term, competitor: names.get(v.competitor) ?? v.competitor, ...(v.unsure ? { unsure: true as const } : {}) })),
    );
}

/**
 * A cycle that scans then reports. A scan that failed as a whole (exit 3), or was stopped by a signal (exit 130),
 * writes no report; a partial one does.
 * The report always follows the scan's own changes (`since` = the scan's start).
 */
export function scanReportCycle(config: Config, dbPath: string, deps: ScanReportDeps, snapshotsDir = resolve(config.store.snapshots)): RunCycle {
  return async (signal): Promise<CycleResult> => {
    const previous = await deps.previousState?.(config, dbPath, snapshotsDir);
    const before = previous ? { previousProblems: previous.problems, previousBeatenOnCrucial: previous.beatenOnCrucial } : {};
    const outcome = await deps.runScan(config, { dbPath, snapshotsDir, signal });
    const scanLine =
      `scan: ${count(outcome.businesses, 'business')}, ${count(outcome.pages.ok, 'page')} read, ${outcome.pages.unchanged} unchanged, ` +
      `${outcome.pages.failed} failed, ${count(outcome.changes.length, 'term change')}`;
    if (outcome.exitCode === EXIT.failure || signal.aborted) {
      return {
        // An interrupted run wrote no report: `schedule --once` from cron or CI must not call it ok.
        exitCode: signal.aborted ? EXIT.interrupted : outcome.exitCode,
        changes: outcome.changes,
        problems: outcome.problems,
        beatenOnCrucial: [],
        ...before,
        summary: [scanLine, signal.aborted ? 'stopped by signal: no report written' : 'no report written'],
      };
    }
    const report = await deps.writeReport(config, {
      dbPath,
      snapshotsDir,
      folder: resolve(config.report.folder),
      since: outcome.startedAt,
      html: config.report.html,
    });
    return {
      exitCode: outcome.exitCode,
      changes: outcome.changes,
      problems: outcome.problems,
      beatenOnCrucial: beatenOnCrucial(report.comparison),
      reportPath: report.markdownPath,
      ...before,
      summary: [scanLine, ...report.summary, `report: ${report.markdownPath}`],
    };
  };
}
