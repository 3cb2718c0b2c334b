/**
 * Issue 11, item 4, downstream: a crucial defeat that rests on a value read with low confidence may be a misreading, so
 * it never sends an alert by itself; once the pages state the values surely, the same defeat is news. Through the real
 * scan + report cycle, real loopback sites, a real lowdb file and a real webhook receiver.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.js';
import { createNotifier, withNotifications } from '../../src/notify/notify.js';
import { loadScanReportDeps, scanReportCycle } from '../../src/schedule/scan-report-cycle.js';
import { startServer, startSite, type LoopbackServer, type Route } from '../helpers/loopback-server.js';

const ROBOTS = 'User-agent: *\nAllow: /\n';

/** A returns page giving the window once, or twice in two sentences (which the extractor may call sure). */
function returnsPage(days: number, twice: () => boolean): () => string {
  return () => `<!doctype html><html><head><title>Returns policy</title></head><body><main><h1>Returns policy</h1>
<p>You can return any item within ${days} days of delivery for a full refund to your original payment method.</p>
<p>Every parcel is packed by hand in our workshop by the harbour, and each return is inspected on the day it arrives back with us.</p>
${twice() ? `<p>If you change your mind, send it back to us within ${days} days for a refund.</p>` : ''}</main></body></html>`;
}

function site(name: string, days: number, twice: () => boolean): Record<string, Route> {
  const page = returnsPage(days, twice);
  return {
    '/robots.txt': ROBOTS,
    '/': `<!doctype html><html><head><title>${name}</title></head><body><h1>${name}</h1><p>Rope and canvas for small boats.</p><footer><a href="/returns">Returns</a></footer></body></html>`,
    '/returns': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page());
    },
  };
}

let dir: string;
const servers: LoopbackServer[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-defeat-'));
});
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  await rm(dir, { recursive: true, force: true });
});

it('a crucial defeat read with low confidence sends nothing; read surely, the same defeat is news', { timeout: 60_000 }, async () => {
  let week = 1;
  const stateTwice = (): boolean => week >= 2;
  const you = await startSite(site('Harbour Goods', 30, stateTwice));
  const quay = await startSite(site('Quay Supply', 45, stateTwice), { host: '127.0.0.2' });
  const bodies: { text: string; beatenOnCrucial: unknown[] }[] = [];
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
    competitors: [{ name: 'Quay Supply', site: quay.origin, pages: { returns: quay.url('/returns') } }],
    crawl: { allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, retries: 0, browser: 'never' },
    store: { db: join(dir, 'data', 'servicediff.json'), snapshots: join(dir, 'data', 'snapshots') },
    report: { folder: join(dir, 'data', 'reports') },
    notify: { webhookUrlEnv: 'WEEKLY_HOOK', on: ['beaten-on-crucial'], retries: 0 },
  });
  const deps = await loadScanReportDeps();
  const cycle = async () => {
    const notifier = createNotifier(config.notify, { env: { WEEKLY_HOOK: hook.url('/weekly/hook01') }, log: () => undefined, backoffMs: 1 });
    return withNotifications(scanReportCycle(config, config.store.db, deps), notifier, () => undefined)(new AbortController().signal);
  };

  // Week 1: each page states its window once, so both values are unsure and so is the verdict.
  const first = await cycle();
  expect(first.beatenOnCrucial).toEqual([{ term: 'returns.window_days', competitor: 'Quay Supply', unsure: true }]);
  expect(bodies).toHaveLength(0);

  // Week 2: both pages state their window twice; the same defeat, now sure, is sent, without the mark.
  week = 2;
  const second = await cycle();
  expect(second.previousBeatenOnCrucial).toEqual(first.beatenOnCrucial);
  expect(second.beatenOnCrucial).toEqual([{ term: 'returns.window_days', competitor: 'Quay Supply' }]);
  expect(bodies).toHaveLength(1);
  expect(bodies[0]!.text).toContain('• Quay Supply on returns.window_days\n');
  expect(bodies[0]!.text).not.toContain('low confidence');
});
