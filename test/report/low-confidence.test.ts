/**
 * Issue 11, item 4: "the report marks values below [SURE]". A real lowdb store in a temp folder holds one competitor
 * value read with low confidence and sure values beside it; the real CLI (`compare` in every format, `report --html`)
 * must mark the unsure one — with the mark its legend explains — and never the sure ones, and must not claim a
 * verdict resting on it as firmly as the others.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURE } from '../../src/extract/confidence.js';
import type { ScanInput } from '../../src/model.js';
import { openStore } from '../../src/store/open-store.js';
import type { TermReading } from '../../src/terms.js';
import { okPage } from '../fixtures/report/store-fixture.js';
import { runCli } from '../helpers/run-cli.js';

const AT = '2026-04-06T06:00:00.000Z';
/** Below SURE: the extractor found the sentence once, with a rival reading elsewhere on the page. */
const UNSURE = 0.62;

const read = <V>(value: V, evidence: string, confidence: number): TermReading<V> => ({ value, evidence, confidence, source: 'text' });

function scan(): ScanInput {
  return {
    startedAt: AT,
    finishedAt: AT.replace(':00.000Z', ':40.000Z'),
    kind: 'scan',
    businesses: [
      {
        id: 'harbor-lane',
        name: 'Harbor Lane',
        site: 'https://harbor.example',
        isYou: true,
        problems: [],
        pages: [
          okPage('https://harbor.example/returns', '<p>Thirty days to send it back.</p>', {
            'returns.window_days': read(30, 'You may send an order back within thirty days.', 0.95),
            'returns.exchanges': read(true, 'Swap any size for free.', 0.9),
          }, AT),
        ],
      },
      {
        id: 'quarry-goods',
        name: 'Quarry Goods',
        site: 'https://quarry.example',
        isYou: false,
        problems: [],
        pages: [
          okPage('https://quarry.example/returns', '<p>Returns policy of Quarry.</p>', {
            // the unsure one: a return window that beats yours, but read from a single ambiguous sentence
            'returns.window_days': read(45, 'Most items can usually come back within 45 days of the sale.', UNSURE),
            // a sure one: exactly at SURE is sure
            'returns.exchanges': read(true, 'We exchange any item for another size.', SURE),
          }, AT),
        ],
      },
    ],
  };
}

let dir: string;
let args: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-unsure-'));
  const db = join(dir, 'db.json');
  const snapshots = join(dir, 'snapshots');
  const store = await openStore(db, { snapshotsDir: snapshots, lock: true, writer: 'scan', create: true, keepSnapshotScans: 0 });
  try {
    await store.recordScan(scan());
  } finally {
    await store.close();
  }
  const config = join(dir, 'servicediff.yaml');
  await writeFile(
    config,
    `you:
  name: Harbor Lane
  site: https://harbor.example
competitors:
  - name: Quarry Goods
    site: https://quarry.example
report:
  folder: ${JSON.stringify(join(dir, 'reports'))}
store:
  snapshots: ${JSON.stringify(snapshots)}
`,
  );
  args = ['--config', config, '--db', db];
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const LEGEND_ENTRY = '? read with low confidence: check the evidence';

describe('a value read with low confidence', () => {
  it('is marked in the compare table, whose legend explains the mark; sure values are not', async () => {
    const run = await runCli(['compare', ...args], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Return window\s+30 days\s+▼ 45 days \?\n/);
    expect(run.stdout).toMatch(/Exchanges\s+yes\s+✓ yes\n/);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(LEGEND_ENTRY);
  });

  it('is marked in the markdown matrix of compare --format md', async () => {
    const run = await runCli(['compare', '--format', 'md', ...args], { cwd: dir });
    expect(run.stdout).toContain('| Return window | crucial | 30 days | ▼ 45 days ? |');
    expect(run.stdout).toContain('| Exchanges | important | yes | ✓ yes |');
    expect(run.stdout).toContain(LEGEND_ENTRY);
  });

  it('has its confidence and low_confidence=true in the CSV; a sure value has false', async () => {
    const run = await runCli(['compare', '--format', 'csv', ...args], { cwd: dir });
    const rows = run.stdout.trimEnd().split('\n');
    const header = rows[0]!.split(',');
    expect(header.slice(-2)).toEqual(['confidence', 'low_confidence']);
    const row = (term: string, business: string): string[] => rows.find((r) => r.startsWith(`${term},`) && r.includes(`,${business},`))!.split(',');
    expect(row('returns.window_days', 'Quarry Goods').slice(-2)).toEqual([String(UNSURE), 'true']);
    expect(row('returns.window_days', 'Harbor Lane').slice(-2)).toEqual(['0.95', 'false']);
    expect(row('returns.exchanges', 'Quarry Goods').slice(-2)).toEqual([String(SURE), 'false']);
  });

  it('is flagged in the JSON (value and verdict), with the threshold and the mark', async () => {
    const run = await runCli(['compare', '--format', 'json', ...args], { cwd: dir });
    const data = JSON.parse(run.stdout) as {
      sureAt: number;
      unsure: { business: string; term: string; confidence: number }[];
      marks: Record<string, string>;
      terms: { term: string; you: { unsure: boolean } | null; verdicts: { verdict: string; confidence: number; unsure: boolean; verdictUnsure: boolean }[] }[];
    };
    expect(data.sureAt).toBe(SURE);
    expect(data.marks['low-confidence']).toBe('?');
    expect(data.unsure).toEqual([{ business: 'quarry-goods', term: 'returns.window_days', confidence: UNSURE }]);
    const term = (id: string) => data.terms.find((t) => t.term === id)!;
    expect(term('returns.window_days').verdicts[0]).toMatchObject({ verdict: 'worse', confidence: UNSURE, unsure: true, verdictUnsure: true });
    expect(term('returns.window_days').you?.unsure).toBe(false);
    expect(term('returns.exchanges').verdicts[0]).toMatchObject({ verdict: 'identical', unsure: false, verdictUnsure: false });
  });

  it('is marked in the markdown and HTML reports, and the summary and verdict say the claim is unsure', async () => {
    const run = await runCli(['report', '--html', ...args], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The summary printed by `report`: the fall-behind claim rests on the unsure value, and the count is said.
    expect(run.stdout).toContain('Where you fall behind: Return window (Quarry Goods; unsure ?).');
    expect(run.stdout).toContain('1 value read with low confidence (marked ?): check its evidence.');

    const markdown = await readFile(join(dir, 'reports', 'latest.md'), 'utf8');
    expect(markdown).toContain(LEGEND_ENTRY);
    expect(markdown).toContain('| Return window | crucial | 30 days | ▼ 45 days ? |');
    expect(markdown).toContain('| Exchanges | important | yes | ✓ yes |');
    // the market best and median are that same unsure value, so they carry the mark too
    expect(markdown).toContain('| Return window | 30 days | 1 | 0 | 45 days ? (Quarry Goods) | 45 days ? |');
    // the chart marks the unsure bar as the tables mark the value, and says so in the legend's words
    const chart = markdown.slice(markdown.indexOf('### Return window'));
    expect(chart).toContain('x-axis ["Harbor Lane (you)", "Quarry Goods ?"]');
    expect(chart).toContain(`${LEGEND_ENTRY}: Quarry Goods.`);
    expect(markdown).toContain('- ▼ **Return window**: 45 days ? (you: 30 days; they are better, unsure: check the evidence).');
    expect(markdown).toContain('- ✓ **Exchanges**: yes (you: yes; identical).');
    expect(markdown).toMatch(/weighted balance -\d+\)\. 1 of these verdicts rests on a value read with low confidence/);
    expect(markdown).toMatch(/\*\*Return window\*\* \(crucial\): 30 days; Quarry Goods \(45 days \?\) better\. Unsure: /);

    const $ = cheerio.load(await readFile(join(dir, 'reports', 'latest.html'), 'utf8'));
    const matrixCell = (label: string): string => $('table.matrix tr').filter((_, tr) => $(tr).find('th').first().text() === label).find('td').last().text();
    expect(matrixCell('Return window')).toBe('▼45 days ?');
    expect(matrixCell('Exchanges')).toBe('✓yes');
    expect($('p.muted').text()).toContain(LEGEND_ENTRY);
    expect($('ul.terms li.worse').text()).toContain('45 days ? (you: 30 days; they are better, unsure: check the evidence)');
    const marketRow = $('table.market tr').filter((_, tr) => $(tr).find('th').first().text() === 'Return window');
    expect(marketRow.find('td').last().text()).toBe('45 days ?');
    const bars = $('figure[data-chart="return-window"] g.row');
    expect(bars.map((_, g) => $(g).find('text').last().text()).get()).toEqual(['30 days', '45 days ?']);
    expect(bars.filter('.unsure').find('text').first().text()).toBe('Quarry Goods');
    expect($('p.muted').text()).toContain(`${LEGEND_ENTRY}: Quarry Goods.`);
  });
});
