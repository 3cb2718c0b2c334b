/**
 * Week after week with `--once` (a fresh process each time, as cron, systemd and GitHub Actions run it): the real
 * scan + report cycle reads the previous scan's problems and crucial defeats from the database, so a competitor page
 * that keeps failing, or a competitor that keeps beating you, is notified once, not every week; and a shop simply
 * lacking a policy page ("not-found") is never news.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.js';
import { createNotifier, withNotifications } from '../../src/notify/notify.js';
import { loadScanReportDeps, scanReportCycle } from '../../src/schedule/scan-report-cycle.js';
import { startServer, startSite, type LoopbackServer } from '../helpers/loopback-server.js';
import { quayRoutes, youRoutes } from '../fixtures/schedule/policy-site.js';

let dir: string;
const servers: LoopbackServer[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-weekly-'));
});
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  await rm(dir, { recursive: true, force: true });
});

it('a failing page and a crucial defeat are news the first week only; unchanged weeks send nothing', { timeout: 60_000 }, async () => {
  const you = await startSite(youRoutes({ youStatic: true }));
  const quay = await startSite(
    {
      ...quayRoutes(), // a 45-day window beats your 30 days on a crucial term
      '/shipping': { status: 503, body: 'down for maintenance' },
    },
    { host: '127.0.0.2' },
  );
  const bodies: { text: string; problems: unknown[]; beatenOnCrucial: unknown[] }[] = [];
  const hook = await startServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as (typeof bodies)[number]);
    res.writeHead(200);
    res.end();
  });
  servers.push(you, quay, hook);
  const config = configSchema.parse({
    you: { name: 'Harbour Goods', site: you.origin, pages: { returns: you.url('/returns') } },
    competitors: [{ name: 'Quay Supply', site: quay.origin, pages: { returns: quay.url('/returns'), shipping: quay.url('/shipping') } }],
    crawl: { allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, retries: 0, browser: 'never' },
    store: { db: join(dir, 'data', 'servicediff.json'), snapshots: join(dir, 'data', 'snapshots') },
    report: { folder: join(dir, 'data', 'reports') },
    notify: { webhookUrlEnv: 'WEEKLY_HOOK', on: ['changes', 'problems', 'beaten-on-crucial'], retries: 0 },
  });
  const deps = await loadScanReportDeps();
  const week = async () => {
    // A new notifier per week: nothing remembered in memory, as with a fresh `schedule --once` process.
    const notifier = createNotifier(config.notify, { env: { WEEKLY_HOOK: hook.url('/weekly/hook01') }, log: () => undefined, backoffMs: 1 });
    return withNotifications(scanReportCycle(config, config.store.db, deps), notifier, () => undefined)(new AbortController().signal);
  };

  const first = await week();
  expect(first.problems.some((p) => p.kind === 'http-status' && p.url.endsWith('/shipping'))).toBe(true);
  expect(first.previousProblems).toBeUndefined();
  // Each page states its window once: the defeat is unsure, listed (marked) because a problem sends the message anyway.
  expect(first.beatenOnCrucial).toEqual([{ term: 'returns.window_days', competitor: 'Quay Supply', unsure: true }]);
  expect(bodies).toHaveLength(1);
  expect(bodies[0]!.text).toMatch(/new crawl problem/);
  expect(bodies[0]!.text).toContain('Quay Supply on returns.window_days ? (unsure');
  expect(bodies[0]!.problems.every((p) => (p as { kind: string }).kind !== 'not-found')).toBe(true);

  const second = await week();
  expect(second.previousProblems?.some((p) => p.url.endsWith('/shipping'))).toBe(true);
  expect(second.previousBeatenOnCrucial).toEqual(first.beatenOnCrucial);
  expect(second.beatenOnCrucial).toEqual(first.beatenOnCrucial);
  expect(second.changes).toEqual([]);
  expect(bodies).toHaveLength(1); // same problem, same defeat, no change: nothing sent
  expect(second.reportPath).toBeDefined(); // the report is still written every week
});
