/**
 * buildComparisonInput over a real lowdb store (openStore/recordScan in a temp dir): config order, never-scanned
 * competitors, declared terms winning, importance sources, changes since the latest scan or --since, stale values.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComparisonInput, DECLARED_EVIDENCE, importanceOf } from '../../src/compare/comparison-input.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store-types.js';
import { buildFixtureStore, fixtureConfig, WEEK1, WEEK2 } from '../fixtures/report/store-fixture.js';

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-compare-'));
  await buildFixtureStore(join(dir, 'db.json'), join(dir, 'snapshots'));
  store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('buildComparisonInput', () => {
  const now = new Date('2026-03-09T08:00:00.000Z');

  it('lists businesses in config order, a never-scanned competitor with no terms', () => {
    const config = fixtureConfig(dir, '  - name: Cobalt Supply\n    site: https://cobalt.example\n');
    const input = buildComparisonInput(config, store, { now });
    expect(input.competitors.map((c) => [c.id, c.name, Object.keys(c.terms).length])).toEqual([
      ['acme-outfitters', 'Acme Outfitters', 2],
      ['birch-co', 'Birch & Co', 2],
      ['cobalt-supply', 'Cobalt Supply', 0],
    ]);
    expect(input.generatedAt).toBe(now.toISOString());
    expect(input.latestScanAt).toBe(WEEK2);
  });

  it('lets declared terms win over crawled ones and marks them declared', () => {
    const input = buildComparisonInput(fixtureConfig(dir), store, { now });
    expect(input.you.isYou).toBe(true);
    expect(input.you.terms['shipping.free_threshold']).toMatchObject({
      origin: 'declared',
      reading: { value: { amount: 50, currency: 'USD' }, evidence: DECLARED_EVIDENCE },
    });
    expect(input.you.terms['returns.window_days']).toMatchObject({ origin: 'crawled', reading: { value: 30 } });
  });

  it('takes importance from config by term, then by category, else the defaults', () => {
    const importance = importanceOf(fixtureConfig(dir));
    expect(importance['returns.exchanges']).toEqual({ level: 'nice', source: 'config' });
    expect(importance['support.channels']).toEqual({ level: 'crucial', source: 'config' });
    expect(importance['returns.window_days']).toEqual({ level: 'crucial', source: 'default' });
    expect(importance['guarantee.price_match']).toEqual({ level: 'nice', source: 'default' });
  });

  it('reports the latest scan\'s changes by default and everything since --since', () => {
    const latest = buildComparisonInput(fixtureConfig(dir), store, { now });
    expect(latest.changes.map((c) => [c.business, c.term, c.before, c.after])).toEqual([['birch-co', 'returns.window_days', 30, 60]]);
    const all = buildComparisonInput(fixtureConfig(dir), store, { now, since: WEEK1 });
    expect(all.changes.length).toBeGreaterThan(latest.changes.length);
  });

  it('carries the latest problems and the stale value of a page that failed this week', () => {
    const input = buildComparisonInput(fixtureConfig(dir), store, { now });
    expect(input.problems.map((p) => [p.business, p.kind, p.status])).toEqual([['birch-co', 'http-status', 503]]);
    const birch = input.competitors.find((c) => c.id === 'birch-co')!;
    expect(birch.terms['shipping.free_threshold']?.staleSince).toBe(WEEK1);
  });
});
