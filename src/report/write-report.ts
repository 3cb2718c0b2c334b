/**
 * The `report` stage: read the store once, compare, and write <folder>/YYYY-MM-DD.md and latest.md (and .html)
 * atomically (temp file in the same folder + rename), so a reader never sees half a report.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { compareAll } from '../compare/compare-all.js';
import type { Comparison } from '../compare/comparison-types.js';
import { buildComparisonInput, latestScanOf } from '../compare/comparison-input.js';
import type { Config } from '../config/config-schema.js';
import { fsReason, RunError } from '../errors.js';
import { openStore } from '../store/open-store.js';
import type { ScanSummary } from '../store/store-types.js';
import { reportFilePath } from './escape.js';
import { htmlReport } from './html-report.js';
import { markdownReport, REPORT_MARKER } from './markdown-report.js';
import { summaryLines } from './summary.js';

export interface WriteReportOptions {
  readonly dbPath: string;
  readonly snapshotsDir: string;
  readonly folder: string;
  /**
   * An ISO time (the CLI reads `--since` once, with parseSince, where the user types it); default: since the scan the
   * previous report in `folder` was made from (the same start again when no scan came since, so a re-run lists the
   * same changes), else the latest scan's changes.
   */
  readonly since?: string;
  readonly html?: boolean;
  readonly now?: Date;
}

export interface WrittenReport {
  readonly markdownPath: string;
  readonly latestPath: string;
  readonly htmlPath?: string;
  readonly summary: string[];
  readonly comparison: Comparison;
}

export async function writeReport(config: Config, options: WriteReportOptions): Promise<WrittenReport> {
  const now = options.now ?? new Date();
  const folder = resolve(options.folder);
  const previous = options.since !== undefined ? undefined : await previousReport(folder);

  const store = await openStore(options.dbPath, { snapshotsDir: options.snapshotsDir });
  let comparison: Comparison;
  try {
    const since = options.since !== undefined ? options.since : previous ? changesSince(previous, store.scans()) : undefined;
    comparison = compareAll(buildComparisonInput(config, store, { now, ...(since ? { since } : {}) }));
  } finally {
    await store.close();
  }
  const summary = summaryLines(comparison);
  const markdown = markdownReport(comparison, summary);

  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new RunError(`${folder}: cannot create the report folder (${fsReason(error)})`, {
      hint: 'check report.folder in the config and the folder permissions',
    });
  }
  const day = now.toISOString().slice(0, 10);
  const markdownPath = reportFilePath(folder, day, 'md');
  const latestPath = join(folder, 'latest.md');
  await writeAtomic(markdownPath, markdown);
  await writeAtomic(latestPath, markdown);
  let htmlPath: string | undefined;
  if (options.html) {
    const html = htmlReport(comparison, summary);
    htmlPath = reportFilePath(folder, day, 'html');
    await writeAtomic(htmlPath, html);
    await writeAtomic(join(folder, 'latest.html'), html);
  }
  return { markdownPath, latestPath, ...(htmlPath ? { htmlPath } : {}), summary, comparison };
}

/** What the first line of a previous report says about it (see REPORT_MARKER). */
export interface PreviousReport {
  readonly generatedAt: string;
  /** The scan it was made from; absent in reports written before servicediff recorded it. */
  readonly scanAt?: string;
  /** Where its change list started. */
  readonly since?: string;
}

/** The marker of <folder>/latest.md, if a previous report is there. */
export async function previousReport(folder: string): Promise<PreviousReport | undefined> {
  let head: string;
  try {
    head = (await readFile(join(folder, 'latest.md'), 'utf8')).slice(0, 300);
  } catch {
    return undefined;
  }
  const line = new RegExp(`<!-- ${REPORT_MARKER}(.*?) -->`).exec(head)?.[1];
  if (!line) return undefined;
  const [generated, ...rest] = line.split(' ');
  const fields = new Map(rest.map((f) => [f.slice(0, f.indexOf('=')), f.slice(f.indexOf('=') + 1)]));
  const iso = (text: string | undefined): string | undefined => (text && Number.isFinite(Date.parse(text)) ? new Date(text).toISOString() : undefined);
  const generatedAt = iso(generated);
  if (!generatedAt) return undefined;
  const scanAt = iso(fields.get('scan'));
  const since = iso(fields.get('since'));
  return { generatedAt, ...(scanAt ? { scanAt } : {}), ...(since ? { since } : {}) };
}

/**
 * Where "since the last report" starts. Made from the scan that is still the latest: the previous report's own start
 * (a re-run is idempotent). Made from an older scan: the first scan after it. An old marker without its scan: the
 * previous report's time, as before.
 */
export function changesSince(previous: PreviousReport, scans: readonly ScanSummary[]): string | undefined {
  if (!previous.scanAt) return previous.generatedAt;
  const latest = latestScanOf(scans);
  if (latest && latest.startedAt === previous.scanAt) return previous.since;
  const after = scans.map((s) => s.startedAt).filter((at) => at > previous.scanAt!).sort()[0];
  return after ?? previous.since;
}

/** Write to a temp file beside the target, then rename over it (atomic on one filesystem). */
async function writeAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new RunError(`${path}: cannot write the report (${fsReason(error)})`, {
      hint: 'check free space and permissions of report.folder',
    });
  }
}
