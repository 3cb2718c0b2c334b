/**
 * Re-extraction over stored snapshots, without the network: in-process with a known "improved" extractor (so the
 * mechanism is tested independently of the heuristics), and end to end as a real `servicediff reextract` process
 * using the project's extractor. Changes found this way carry cause "reextract"; pages failing lately keep their
 * readings unless --all; a snapshot removed by retention is reported, not fatal.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TermChange } from '../../src/model.js';
import { reextract, type ExtractFn } from '../../src/reextract/reextract.js';
import type { DbDocument } from '../../src/store/db-schema.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store-types.js';
import { spawnTs, within } from '../store/fixtures/child.js';
import { business, failedPage, okPage, scanOf, sha } from '../store/fixtures/scan-builder.js';

let dir: string;
let db: string;
let snapshotsDir: string;
const stores: Store[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-reextract-'));
  db = join(dir, 'data', 'servicediff.json');
  snapshotsDir = join(dir, 'data', 'snapshots');
});
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  await rm(dir, { recursive: true, force: true });
});

const W1 = '2026-02-02T06:00:00.000Z';
const W2 = '2026-02-09T06:00:00.000Z';
const RETURNS = 'https://rival.example/returns';
const SHIPPING = 'https://rival.example/shipping';
const RETURNS_BODY =
  '<html><head><title>Returns policy</title></head><body><h1>Returns</h1><p>You may return any unworn item within 45 days of delivery for a full refund to your original payment method.</p><p>We gladly exchange sizes at no cost.</p></body></html>';
const SHIPPING_BODY = '<h1>Shipping</h1><p>Every order ships free, and a tracking number is emailed once it leaves us.</p>';

/** An "improved" extractor: it now also sees exchanges, and reads tracking from the shipping page. */
const improved: ExtractFn = ({ body, url }) => ({
  url: url ?? null,
  category: body.includes('Shipping') ? ['shipping'] : ['returns'],
  terms: body.includes('Shipping')
    ? { 'shipping.tracking': { value: true, evidence: 'a tracking number is emailed once it leaves us.', confidence: 0.8 } }
    : {
        'returns.window_days': { value: 45, evidence: 'within 45 days of delivery', confidence: 0.9 },
        'returns.exchanges': { value: true, evidence: 'We gladly exchange sizes at no cost.', confidence: 0.8 },
      },
});

async function seed(): Promise<Store> {
  const store = await openStore(db, { snapshotsDir, lock: true, writer: 'scan', create: true });
  stores.push(store);
  // The old extractor read only the window from the returns page and nothing from the shipping page.
  await store.recordScan(
    scanOf(W1, [
      business('rival', [
        okPage(RETURNS, RETURNS_BODY, { 'returns.window_days': { value: 45, evidence: 'within 45 days', confidence: 0.9 } }, W1),
        okPage(SHIPPING, SHIPPING_BODY, {}, W1, ['shipping']),
      ]),
    ]),
  );
  // This week the shipping page was blocked: its reading stands, stale.
  await store.recordScan(scanOf(W2, [business('rival', [okPage(RETURNS, RETURNS_BODY, { 'returns.window_days': { value: 45, evidence: 'within 45 days', confidence: 0.9 } }, W2), failedPage(SHIPPING, W2, 'rival')])]));
  return store;
}

describe('reextract (in process)', () => {
  it('when the extractor improved then pages of the latest scan are re-read and their changes are marked "reextract"', async () => {
    const store = await seed();
    const outcome = await reextract(store, { extract: improved, now: () => new Date('2026-02-10T09:00:00.000Z') });
    expect(outcome.pages).toBe(1); // the blocked shipping page is not part of the latest scan's snapshots
    expect(outcome.missing).toEqual([]);
    expect(outcome.changes.map((c) => [c.term, c.kind, c.after, c.cause, c.seenAt])).toEqual([['returns.exchanges', 'appeared', true, 'reextract', '2026-02-10T09:00:00.000Z']]);
    expect(store.scans().at(-1)).toMatchObject({ id: outcome.scanId, kind: 'reextract', pagesOk: 1, changes: 1 });
    // A re-extraction is not a crawl: the latest problems are still those of the last real scan.
    expect(store.latestProblems().map((p) => p.url)).toEqual([SHIPPING]);
    const doc = JSON.parse(await readFile(db, 'utf8')) as DbDocument;
    expect(doc.businesses.rival?.pages[RETURNS]?.lastGoodAt).toBe(W2);
  });

  it('when run again with the same extractor then nothing changes and no reading is added', async () => {
    const store = await seed();
    await reextract(store, { extract: improved });
    const readings = Object.keys((JSON.parse(await readFile(db, 'utf8')) as DbDocument).readings).length;
    const again = await reextract(store, { extract: improved });
    expect(again.changes).toEqual([]);
    expect(Object.keys((JSON.parse(await readFile(db, 'utf8')) as DbDocument).readings)).toHaveLength(readings);
  });

  it('when --all then the failed page is re-read from its last good snapshot too; a pruned snapshot is reported', async () => {
    const store = await seed();
    const all = await reextract(store, { extract: improved, all: true });
    expect(all.pages).toBe(2);
    expect(all.changes.map((c) => c.term).sort()).toEqual(['returns.exchanges', 'shipping.tracking']);
    expect(store.latestTerms()[0]?.terms['shipping.tracking']).toMatchObject({ reading: { value: true }, staleSince: W1 });

    await rm(join(snapshotsDir, sha(SHIPPING_BODY).slice(0, 2)), { recursive: true });
    const after = await reextract(store, { extract: improved, all: true });
    expect(after.missing).toEqual([{ business: 'rival', url: SHIPPING }]);
    expect(after.changes).toEqual([]); // a missing snapshot is not a disappearance
  });
});

describe('servicediff reextract (real process, project extractor)', () => {
  it('when run then it re-reads the snapshot offline and history shows the change as re-extraction', async () => {
    const store = await openStore(db, { snapshotsDir, lock: true, writer: 'scan', create: true });
    // An older extractor misread the window as 30.
    await store.recordScan(scanOf(W1, [business('rival', [okPage(RETURNS, RETURNS_BODY, { 'returns.window_days': { value: 30, evidence: 'misread', confidence: 0.6 } }, W1)])]));
    await store.close();
    const config = join(dir, 'servicediff.yaml');
    await writeFile(config, ['you:', '  name: You Shop', '  site: https://you.example', 'competitors:', '  - name: Rival', '    site: https://rival.example', 'store:', `  snapshots: ${snapshotsDir}`, ''].join('\n'));
    const env = { ...process.env, NO_COLOR: '1', SERVICEDIFF_DB: db };

    const run = spawnTs('src/cli/main.ts', ['--config', config, 'reextract'], env);
    expect(await within(run.exited, 30_000, 'reextract exit')).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^re-extracted 1 page from stored snapshots as scan s2: \d+ term changes?\n/);
    expect(run.stdout).toContain('  Rival  returns.window_days  30 days → 45 days\n');

    const log = spawnTs('src/cli/main.ts', ['--config', config, 'history', 'rival', '--term', 'returns.window_days', '--format', 'json'], env);
    expect(await within(log.exited, 30_000, 'history exit')).toBe(0);
    const changes = JSON.parse(log.stdout) as TermChange[];
    expect(changes.map((c) => [c.kind, c.before, c.after, c.cause])).toEqual([
      ['changed', 30, 45, 'reextract'],
      ['appeared', undefined, 30, 'scan'],
    ]);
  });
});
