/**
 * writeReport over a real store in a temp dir: dated and latest files written atomically inside the report folder,
 * the HTML twin, the summary, and "changes since the previous report" read from latest.md.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previousReport, writeReport } from '../../src/report/write-report.js';
import { buildFixtureStore, fixtureConfig, recordFixtureWeek, WEEK1, WEEK2 } from '../fixtures/report/store-fixture.js';

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
    const gaps = report.summary.filter((l) => l.startsWith('Not stated by you: ')).length;
    expect(report.summary).toHaveLength(gaps + 5);
    expect(report.summary[gaps + 3]).toContain('Return window (Birch & Co)');
    expect(dated).toContain('Birch \\& Co** Return window changed: 30 days → 60 days');
    expect(dated).toContain('over USD 50 †'); // declared wins over the crawled USD 75
    expect(dated).toMatch(/◷ \*\*Birch \\& Co\*\* Free-shipping threshold: value from the scan of 2026-03-02 \(7 days old\)/);
    expect(report.comparison.competitors.map((c) => c.id)).toEqual(['acme-outfitters', 'birch-co']);
  });

  it('issue 13, defect 3: when a report is re-run on the same scan (markdown, again, then HTML) then it lists the same changes', async () => {
    const options = { dbPath: db, snapshotsDir, folder };
    const first = await writeReport(fixtureConfig(folder), { ...options, now: new Date('2026-03-09T08:00:00.000Z') });
    expect(first.comparison.changes.map((c) => `${c.business} ${c.term} ${String(c.after)}`)).toEqual(['birch-co returns.window_days 60']);
    expect(await previousReport(folder)).toEqual({ generatedAt: '2026-03-09T08:00:00.000Z', scanAt: WEEK2, since: WEEK2 });
    const again = await writeReport(fixtureConfig(folder), { ...options, now: new Date('2026-03-09T09:00:00.000Z') });
    const html = await writeReport(fixtureConfig(folder), { ...options, html: true, now: new Date('2026-03-10T08:00:00.000Z') });
    expect(again.comparison.changes).toEqual(first.comparison.changes);
    expect(html.comparison.changes).toEqual(first.comparison.changes);
    expect(again.summary).toEqual(first.summary);
    expect(await readFile(html.htmlPath!, 'utf8')).toMatch(/Birch &amp; Co<\/strong> Return window changed: 30 days → 60 days/);
    expect(await readFile(html.latestPath, 'utf8')).toContain('Return window changed: 30 days → 60 days');
  });

  it('when a new scan came after the previous report then only the changes of the scans since its scan are listed', async () => {
    await writeReport(fixtureConfig(folder), { dbPath: db, snapshotsDir, folder, now: new Date('2026-03-09T08:00:00.000Z') });
    const week3 = '2026-03-16T06:00:00.000Z';
    await recordFixtureWeek(db, snapshotsDir, week3, 90);
    const next = await writeReport(fixtureConfig(folder), { dbPath: db, snapshotsDir, folder, now: new Date('2026-03-16T08:00:00.000Z') });
    expect(next.comparison.changes.filter((c) => c.term === 'returns.window_days').map((c) => [c.seenAt, c.after])).toEqual([[week3, 90]]);
    expect(next.comparison.changes.every((c) => c.seenAt === week3)).toBe(true);
    const rerun = await writeReport(fixtureConfig(folder), { dbPath: db, snapshotsDir, folder, now: new Date('2026-03-16T09:00:00.000Z') });
    expect(rerun.comparison.changes).toEqual(next.comparison.changes);
  });

  it('when --since is given then it wins over the previous report', async () => {
    await writeReport(fixtureConfig(folder), { dbPath: db, snapshotsDir, folder, now: new Date('2026-03-09T08:00:00.000Z') });
    const since = await writeReport(fixtureConfig(folder), { dbPath: db, snapshotsDir, folder, since: WEEK1, now: new Date('2026-03-10T09:00:00.000Z') });
    expect(since.comparison.changes.length).toBeGreaterThan(1);
  });

  it('when the previous report predates the scan stamp then changes count from its time, as before', async () => {
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'latest.md'), '<!-- servicediff-report generatedAt=2026-03-09T08:00:00.000Z -->\n# old\n');
    const next = await writeReport(fixtureConfig(folder), { dbPath: db, snapshotsDir, folder, now: new Date('2026-03-10T08:00:00.000Z') });
    expect(next.comparison.changes).toEqual([]);
  });

  it('leaves no temp file behind and keeps one file per day', async () => {
    for (const hour of ['08', '09']) {
      await writeReport(fixtureConfig(folder), { dbPath: db, snapshotsDir, folder, now: new Date(`2026-03-09T${hour}:00:00.000Z`) });
    }
    expect((await readdir(folder)).sort()).toEqual(['2026-03-09.md', 'latest.md']);
  });

  it('names the path and the reason in words when the report folder is a file, or latest.md is a folder', async () => {
    await writeFile(folder, 'a file where the report folder should be\n');
    const options = { dbPath: db, snapshotsDir, folder, now: new Date('2026-03-09T08:00:00.000Z') };
    await expect(writeReport(fixtureConfig(folder), options)).rejects.toThrow(`${folder}: cannot create the report folder (EEXIST: a file is in the way of a folder on the path)`);
    await rm(folder);
    await mkdir(join(folder, 'latest.md'), { recursive: true });
    await expect(writeReport(fixtureConfig(folder), options)).rejects.toThrow(`${join(folder, 'latest.md')}: cannot write the report (EISDIR: the path is a folder)`);
  });
});
