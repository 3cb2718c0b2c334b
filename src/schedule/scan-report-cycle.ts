/**
 * The production cycle: one scan (runScan: lock, crawl, extract, store, release the lock, close the browser), then
 * the report of what that scan changed. The stages are loaded lazily so `schedule --print` never loads Playwright.
 */
import { resolve } from 'node:path';
import type { Config } from '../config/config-schema.js';
import type { Comparison } from '../compare/comparison-types.js';
import { EXIT } from '../errors.js';
import type { CrawlProblem } from '../model.js';
import type { WriteReportOptions, WrittenReport } from '../report/write-report.js';
import type { RunScan } from '../scan/scan-types.js';
import type { BeatenOnCrucial, CycleResult, RunCycle } from './cycle-types.js';

/** The report stage's entry (src/report/write-report.ts), as the scheduler uses it. */
export type WriteReport = (config: Config, options: WriteReportOptions) => Promise<WrittenReport>;

export interface ScanReportDeps {
  readonly runScan: RunScan;
  readonly writeReport: WriteReport;
  /** Problems of the latest stored scan, read before this cycle's scan (undefined: no scan yet or unreadable). */
  readonly previousProblems?: (dbPath: string, snapshotsDir: string) => Promise<CrawlProblem[] | undefined>;
}

/** Load the real stages. */
export async function loadScanReportDeps(): Promise<ScanReportDeps> {
  const { runScan } = await import('../scan/run-scan.js');
  const { writeReport } = await import('../report/write-report.js');
  const { openStore } = await import('../store/open-store.js');
  const previousProblems = async (dbPath: string, snapshotsDir: string): Promise<CrawlProblem[] | undefined> => {
    try {
      const store = await openStore(dbPath, { snapshotsDir });
      try {
        return store.scans().length > 0 ? store.latestProblems() : undefined;
      } finally {
        await store.close();
      }
    } catch {
      return undefined; // no database yet, or one the scan itself will refuse with a clear error
    }
  };
  return { runScan, writeReport, previousProblems };
}

/** Crucial terms on which a competitor is better for the customer than you (the verdict is from your side). */
export function beatenOnCrucial(comparison: Comparison): BeatenOnCrucial[] {
  const names = new Map(comparison.competitors.map((c) => [c.id, c.name]));
  return comparison.terms
    .filter((t) => t.importance === 'crucial')
    .flatMap((t) => t.verdicts.filter((v) => v.verdict === 'worse').map((v) => ({ term: t.term, competitor: names.get(v.competitor) ?? v.competitor })));
}

/**
 * A cycle that scans then reports. A scan that failed as a whole (exit 3), or was stopped by a signal, writes no
 * report; a partial one does.
 * The report always follows the scan's own changes (`since` = the scan's start).
 */
export function scanReportCycle(config: Config, dbPath: string, deps: ScanReportDeps): RunCycle {
  return async (signal): Promise<CycleResult> => {
    const snapshotsDir = resolve(config.store.snapshots);
    const previousProblems = await deps.previousProblems?.(dbPath, snapshotsDir);
    const outcome = await deps.runScan(config, { dbPath, signal });
    const scanLine =
      `scan: ${outcome.businesses} businesses, ${outcome.pages.ok} pages read, ${outcome.pages.unchanged} unchanged, ` +
      `${outcome.pages.failed} failed, ${outcome.changes.length} term change(s)`;
    if (outcome.exitCode === EXIT.failure || signal.aborted) {
      return {
        exitCode: outcome.exitCode,
        changes: outcome.changes,
        problems: outcome.problems,
        beatenOnCrucial: [],
        previousProblems,
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
      previousProblems,
      summary: [scanLine, ...report.summary, `report: ${report.markdownPath}`],
    };
  };
}
