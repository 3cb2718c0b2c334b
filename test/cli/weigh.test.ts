import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, lockPathFor } from '../../src/store/lock.js';
import { ELEMENT_IDS } from '../../src/voice/elements.js';
import { SENTIMENTS } from '../../src/voice/sentiment.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sd-weigh-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const servicediff = (...args: string[]): Promise<CliResult> => runCli(args, { cwd: dir });

/** A review export in which delivery speed dominates (mostly 1-star complaints) and tracking is raised only twice. */
function writeExport(): { file: string; comments: number } {
  const rows = ['id,body,rating'];
  const add = (text: string, rating: number, times: number): void => {
    for (let i = 0; i < times; i++) rows.push(`r${rows.length},"${text}",${rating}`);
  };
  add('Took three weeks to arrive, far too slow', 1, 12);
  add('Arrived the next day, brilliant', 5, 4);
  add('Refund took a month to come through', 2, 6);
  add('Lovely soft towels', 5, 8);
  add('Tracking never updated', 2, 2);
  writeFileSync(join(dir, 'reviews.csv'), `${rows.join('\n')}\n`);
  return { file: 'reviews.csv', comments: rows.length - 1 };
}

/** Each test runs the CLI from source through tsx one to three times; on a loaded 2-core machine that takes a while. */
const CLI_TEST_TIMEOUT = 120_000;

describe('servicediff weigh', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('--items prints one JSON line per comment with the id column, elements and sentiment', async () => {
    const { file, comments } = writeExport();
    const result = await servicediff('weigh', file, '--items');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; elements: string[]; sentiment: string });
    expect(lines).toHaveLength(comments);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['id', 'elements', 'sentiment']);
      expect(line.elements.every((e) => (ELEMENT_IDS as readonly string[]).includes(e))).toBe(true);
      expect(SENTIMENTS).toContain(line.sentiment);
    }
    expect(lines[0]).toEqual({ id: 'r1', elements: ['delivery_speed'], sentiment: 'negative' });
    expect(result.stderr).toMatch(/32 comments read from reviews\.csv \(csv, utf-8; text = body, rating = rating, id = id\); rows set aside: none/);
  });

  it('numbers the items by row when the file has no id column (plain text, one comment per line)', async () => {
    writeFileSync(join(dir, 'survey.txt'), 'ship faster please\n\nlovely staff\n');
    const result = await servicediff('weigh', 'survey.txt', '--items');
    expect(result.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['1', '3']);
    expect(result.stderr).toContain('rows set aside: 1 empty (row 2)');
  });

  it('prints a markdown section with tiers, HIT/MISS and the rule, and JSON with --format json', async () => {
    const { file } = writeExport();
    const md = await servicediff('weigh', file);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^## What your customers care about/);
    expect(md.stdout).toMatch(/\| Delivery speed \| crucial \| 16 \| 50 % \| 16 \| MISS \(4 praise, 12 complaints\) \|/);
    expect(md.stdout).toMatch(/\| Tracking \| not enough feedback \| 2 \|/);
    expect(md.stdout).toMatch(/Tier rule: score = /);
    const json = await servicediff('weigh', file, '--format', 'json');
    const parsed = JSON.parse(json.stdout) as { comments: number; elements: { id: string; tier?: string }[] };
    expect(parsed.comments).toBe(32);
    expect(parsed.elements[0]).toMatchObject({ id: 'delivery_speed', tier: 'crucial' });
  });

  it('reads an API export whose links come first from the array that holds the reviews, and says which', async () => {
    const doc = { links: [{ href: '/reviews?page=2' }], meta: { total: 3 }, data: { reviews: ['Refund took a month', 'Parcel came the next day', 'Kind staff'].map((body, i) => ({ id: `r${i + 1}`, body })) } };
    writeFileSync(join(dir, 'api.json'), JSON.stringify(doc));
    const result = await servicediff('weigh', 'api.json', '--items');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['r1', 'r2', 'r3']);
    expect(result.stderr).toContain('3 comments read from api.json (json, utf-8; comments from data.reviews: text = body, id = id); rows set aside: none');
  });

  it('reads every page of a paginated export, numbering the rows on across pages, and says where the comments came from', async () => {
    const page = (n: number, bodies: string[]): object => ({ page: n, reviews: bodies.map((body) => ({ body })) });
    const doc = { meta: { pages: 2 }, pages: [page(1, ['Refund took a month', 'Parcel came the next day']), page(2, ['Kind staff'])] };
    writeFileSync(join(dir, 'paged.json'), JSON.stringify(doc));
    const result = await servicediff('weigh', 'paged.json', '--items');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['1', '2', '3']);
    expect(result.stderr).toContain('3 comments read from paged.json (json, utf-8; comments from pages[].reviews: text = body); rows set aside: none');
  });

  it('reads a list of plain strings under a key as one comment each, and says an empty API page holds none', async () => {
    writeFileSync(join(dir, 'strings.json'), JSON.stringify({ reviews: ['Refund took a month', 'Parcel came the next day'] }));
    const strings = await servicediff('weigh', 'strings.json', '--items');
    expect(strings.code).toBe(0);
    expect(strings.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['1', '2']);
    expect(strings.stderr).toContain('2 comments read from strings.json (json, utf-8; comments from reviews: one comment per array entry); rows set aside: none');
    writeFileSync(join(dir, 'page.json'), JSON.stringify({ data: { reviews: [] } }));
    const empty = await servicediff('weigh', 'page.json');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/page\.json: no comments in data\.reviews/);
  });

  it('says how many dates could not be read, on stderr, in the markdown and in --format json', async () => {
    const rows = ['body,date', ...Array.from({ length: 12 }, (_, i) => `"Parcel ${i + 1} came late",last week`), '"Kind staff",2026-10-03'];
    writeFileSync(join(dir, 'dated.csv'), `${rows.join('\n')}\n`);
    const sentence = '12 dates could not be read (column date): those comments are weighed without a date';
    const md = await servicediff('weigh', 'dated.csv');
    expect(md.code).toBe(0);
    expect(md.stderr).toContain(`13 comments read from dated.csv (csv, utf-8; text = body, date = date); rows set aside: none; ${sentence}`);
    expect(md.stdout).toContain(`Rows set aside: none. ${sentence}.`);
    const json = await servicediff('weigh', 'dated.csv', '--format', 'json');
    expect(JSON.parse(json.stdout)).toMatchObject({ comments: 13, unreadDates: 12, firstDate: '2026-10-03' });
    writeFileSync(join(dir, 'dated.csv'), 'body,date\n"Kind staff",2026-10-03\n');
    const clean = await servicediff('weigh', 'dated.csv', '--format', 'json');
    expect(clean.stderr).toMatch(/rows set aside: none\n$/);
    expect(JSON.parse(clean.stdout)).toMatchObject({ unreadDates: 0 });
  });

  it('an unknown --format or a missing file is one line and exit 2', async () => {
    const format = await servicediff('weigh', 'x.csv', '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await servicediff('weigh', 'nope.csv');
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toMatch(/^servicediff: cannot read feedback file nope\.csv: ENOENT: no such file or folder/);
  });

  it('--write hands the tiers to the report: it leads with what customers care about and says where the weights came from', async () => {
    expect((await servicediff('init')).code).toBe(0);
    const { file, comments } = writeExport();

    const weighed = await servicediff('weigh', file, '--write');
    expect(weighed.code).toBe(0);
    expect(weighed.stderr).toMatch(/tiers stored in .*servicediff\.json/);
    const db = JSON.parse(readFileSync(join(dir, 'data/servicediff.json'), 'utf8')) as { customerWeights: { comments: number; generatedAt: string; terms: Record<string, string> } };
    expect(db.customerWeights.comments).toBe(comments);
    expect(db.customerWeights.terms['shipping.delivery_days']).toBe('crucial');

    const after = await servicediff('report');
    expect(after.code).toBe(0);
    // The day the weights were stored, not the wall clock now: UTC midnight may pass between the two.
    const today = db.customerWeights.generatedAt.slice(0, 10);
    expect(after.stdout).toContain(`What your customers care about: crucial — Delivery speed (MISS)`);
    const report = readFileSync(join(dir, 'data/reports/latest.md'), 'utf8');
    const summary = report.slice(report.indexOf('## Summary'));
    expect(summary.split('\n')[2]).toMatch(/^- What your customers care about: crucial — Delivery speed \(MISS\)/);
    expect(report).toContain(`weights from ${comments} customer comments on ${today}`);
    // The customers' tier replaces the default one (delivery time is "important" by default) …
    expect(report).toMatch(/\| Delivery time \| crucial \|/);
    // … while an element with too little feedback (tracking: 2 mentions) keeps its default weight.
    expect(report).toMatch(/\| Tracking \| important \|/);
    expect(report).toMatch(/\d+ terms? weighted by what customers say: weights from/);

    // compare's table, grouped by those tiers, says where they came from too.
    const table = await servicediff('compare');
    expect(table.stdout.replace(/\s+/g, ' ')).toContain(`What your customers care about: crucial — Delivery speed (MISS)`);
    expect(table.stdout.replace(/\s+/g, ' ')).toContain(`weights from ${comments} customer comments on ${today}`);
  });

  it('a second --write replaces the first and says so; a file that tiers nothing stores nothing and keeps the last', async () => {
    expect((await servicediff('init')).code).toBe(0);
    const { file, comments } = writeExport();
    expect((await servicediff('weigh', file, '--write')).code).toBe(0);
    const stored = (): { comments: number; source: string; generatedAt: string } => JSON.parse(readFileSync(join(dir, 'data/servicediff.json'), 'utf8')).customerWeights;
    // The day the first weights were stored, not the wall clock now: UTC midnight may pass between the two.
    const today = stored().generatedAt.slice(0, 10);

    const again = await servicediff('weigh', file, '--write');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`replacing the weights from ${comments} customer comments on ${today} (reviews.csv): each weigh --write replaces the last`);
    expect(stored().comments).toBe(comments);

    writeFileSync(join(dir, 'header-only.csv'), 'Review Content,Review Stars\n');
    const empty = await servicediff('weigh', 'header-only.csv', '--write');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain(`header-only.csv: no comment could be read, so nothing was stored; the weights from ${comments} customer comments on ${stored().generatedAt.slice(0, 10)} (reviews.csv) stay`);

    writeFileSync(join(dir, 'few.csv'), 'body,rating\n"Refund took a month",1\n"Arrived the next day",5\n');
    const few = await servicediff('weigh', 'few.csv', '--write');
    expect(few.code).toBe(2);
    expect(few.stderr).toContain('few.csv: no service element is raised the 5 times a tier needs in its 2 comments, so nothing was stored');
    expect(stored()).toMatchObject({ comments, source: 'reviews.csv' });
  });

  it('--write of a file that tiers nothing on a fresh project creates no database or snapshots folder', async () => {
    expect((await servicediff('init')).code).toBe(0);
    writeFileSync(join(dir, 'header-only.csv'), 'Review Content,Review Stars\n');
    const empty = await servicediff('weigh', 'header-only.csv', '--write');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('header-only.csv: no comment could be read, so nothing was stored; compare and report keep your config and the defaults');
    expect(existsSync(join(dir, 'data/servicediff.json'))).toBe(false);
    expect(existsSync(join(dir, 'data/snapshots'))).toBe(false);
  });

  it('--write on a database that refuses the write prints no table: one line, exit 3, the stored tiers as they were', async () => {
    expect((await servicediff('init')).code).toBe(0);
    const { file } = writeExport();
    expect((await servicediff('weigh', file, '--write')).code).toBe(0);
    const db = join(dir, 'data/servicediff.json');
    const stored = readFileSync(db, 'utf8');
    // The same export again: a file that tiers something, so the database is opened to write and refuses.

    const lock = await acquireLock(lockPathFor(db), 'scan'); // another writer holds the database
    try {
      const locked = await servicediff('weigh', file, '--write');
      expect(locked.code).toBe(3);
      expect(locked.stdout).toBe('');
      expect(locked.stderr.trim().split('\n')).toHaveLength(1);
      expect(locked.stderr).toMatch(/^servicediff: .*\(PID \d+, lock .*servicediff\.json\.lock\)/);
    } finally {
      await lock.release();
    }
    expect(readFileSync(db, 'utf8')).toBe(stored);

    writeFileSync(join(dir, 'notes.txt'), 'a file where a folder should be\n');
    const unwritable = await servicediff('--db', 'notes.txt/servicediff.json', 'weigh', file, '--write');
    expect(unwritable.code).toBe(3);
    expect(unwritable.stdout).toBe('');
    expect(unwritable.stderr.trim()).toMatch(/^servicediff: \S*notes\.txt: cannot write the database there \(EEXIST: a file is in the way of a folder on the path\) — [^\n]*$/);
  });
});
