/**
 * The `report` stage: read the store once, compare, and write <folder>/YYYY-MM-DD.md and latest.md (and .html)
 * atomically (temp file in the same folder + rename), so a reader never sees half a report.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { compareAll } from '../compare/compare-all.js';
import type { Comparison } from '../compare/comparison-types.js';
import { buildComparisonInput } from '../compare/comparison-input.js';
import type { Config } from '../config/config-schema.js';
import { RunError, UsageError } from '../errors.js';
import { openStore } from '../store/open-store.js';
import { reportFilePath } from './escape.js';
import { htmlReport } from './html-report.js';
import { markdownReport, REPORT_MARKER } from './markdown-report.js';
import { summaryLines } from './summary.js';

export interface WriteReportOptions {
  readonly dbPath: string;
  readonly snapshotsDir: string;
  readonly folder: string;
  /** ISO date or time; default: since the previous report in `folder` (else the latest scan's changes). */
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
  const since = options.since !== undefined ? parseSince(options.since) : await previousReportTime(folder);

  const store = await openStore(options.dbPath, { snapshotsDir: options.snapshotsDir });
  let comparison: Comparison;
  try {
    comparison = compareAll(buildComparisonInput(config, store, { now, ...(since ? { since } : {}) }));
  } finally {
    await store.close();
  }
  const summary = summaryLines(comparison);
  const markdown = markdownReport(comparison, summary);

  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new RunError(`${folder}: cannot create the report folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
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

/** `--since` as an ISO time; a date alone means its start (UTC). A bad value is a usage error naming the flag. */
export function parseSince(text: string): string {
  const trimmed = text.trim();
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? `${trimmed}T00:00:00Z` : trimmed);
  if (!Number.isFinite(ms)) throw new UsageError(`--since "${text}": not a date`, { hint: 'use YYYY-MM-DD or an ISO time' });
  return new Date(ms).toISOString();
}

/** The generatedAt stamp of <folder>/latest.md, if a previous report is there. */
export async function previousReportTime(folder: string): Promise<string | undefined> {
  let head: string;
  try {
    head = (await readFile(join(folder, 'latest.md'), 'utf8')).slice(0, 200);
  } catch {
    return undefined;
  }
  const stamp = new RegExp(`${REPORT_MARKER}(\\S+) -->`).exec(head)?.[1];
  return stamp && Number.isFinite(Date.parse(stamp)) ? new Date(stamp).toISOString() : undefined;
}

/** Write to a temp file beside the target, then rename over it (atomic on one filesystem). */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new RunError(`${path}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      hint: 'check free space and permissions of report.folder',
    });
  }
}
