/**
 * writeReport over a real store in a temp dir: dated and latest files written atomically inside the report folder,
 * the HTML twin, the summary, and "changes since the previous report" read from latest.md.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseSince, previousReportTime, writeReport } from '../../src/report/write-report.js';
import { buildFixtureStore, fixtureConfig, WEEK1 } from '../fixtures/report/store-fixture.js';

let dir: string;
let db: string;
let snapshotsDir: string;
let folder: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-report-'));
  db = join(dir, 'db.json');
  snapshotsDir = join(dir, 'snapshots');
  folder = join(dir, 'reports');
  await buildFixtureStore(db, snapshotsDir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeReport', () => {
  it('writes YYYY-MM-DD.md, latest.md and the HTML twin, and returns the five-line summary', async () => {
    const now = new Date('2026-03-09T08:00:00.000Z');
    const report = await writeReport(fixtureConfig(folder), { dbPath: db, snapshotsDir, folder, html: true, now });
    expect(report.markdownPath).toBe(join(folder, '2026-03-09.md'));
    expect(report.latestPath).toBe(join(folder, 'latest.md'));
    expect(report.htmlPath).toBe(join(folder, '2026-03-09.html'));
    expect((await readdir(folder)).sort()).toEqual(['2026-03-09.html', '2026-03-09.md', 'latest.html', 'latest.md']);
    const dated = await readFile(report.markdownPath, 'utf8');
    expect(await readFile(report.latestPath, 'utf8')).toBe(dated);
    expect(report.summary).toHaveLength(5);
    expect(report.summary[3]).toContain('Return window (Birch & Co)');
    expect(dated).toContain('Birch \\& Co** Return window changed: 30 days → 60 days');
    expect(dated).toContain('over USD 50 †'); // declared wins over the crawled USD 75
    expect(dated).toMatch(/◷ \*\*Birch \\& Co\*\* Free-shipping threshold: value from the scan of 2026-03-02 \(7 days old\)/);
    expect(report.comparison.competitors.map((c) => c.id)).toEqual(['acme-outfitters', 'birch-co']);
  });

  it('lists changes since the previous report: a report after it with no new scan shows none', async () => {
    await writeReport(fixtureConfig(folder), { dbPath: db, snapshotsDir, folder, now: new Date('2026-03-09T08:00:00.000Z') });
    expect(await previousReportTime(folder)).toBe('2026-03-09T08:00:00.000Z');
    const next = await writeReport(fixtureConfig(folder), { dbPath: db, snapshotsDir, folder, now: new Date('2026-03-10T08:00:00.000Z') });
    expect(next.comparison.changes).toEqual([]);
    const since = await writeReport(fixtureConfig(folder), { dbPath: db, snapshotsDir, folder, since: WEEK1, now: new Date('2026-03-10T09:00:00.000Z') });
    expect(since.comparison.changes.length).toBeGreaterThan(1);
  });

  it('leaves no temp file behind and keeps one file per day', async () => {
    for (const hour of ['08', '09']) {
      await writeReport(fixtureConfig(folder), { dbPath: db, snapshotsDir, folder, now: new Date(`2026-03-09T${hour}:00:00.000Z`) });
    }
    expect((await readdir(folder)).sort()).toEqual(['2026-03-09.md', 'latest.md']);
  });

  it('refuses a --since that is not a date with a one-line usage error', () => {
    expect(() => parseSince('last tuesday')).toThrow(UsageError);
    expect(() => parseSince('last tuesday')).toThrow('--since "last tuesday": not a date');
    expect(parseSince('2026-03-01')).toBe('2026-03-01T00:00:00.000Z');
  });
});
