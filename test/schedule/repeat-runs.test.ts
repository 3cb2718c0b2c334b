/**
 * Week after week with `--once` (a fresh process each time, as cron, systemd and GitHub Actions run it): the real
 * scan + report cycle reads the previous scan's problems and crucial defeats from the database, so a competitor page
 * that keeps failing, or a competitor that keeps beating you, is notified once, not every week; a shop simply
 * lacking a policy page ("not-found") is never news; and a crucial defeat resting on a value read with low confidence
 * (issue 11, item 4) never alerts by itself, while the same defeat read surely is news.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { configSchema, type Config } from '../../src/config/config-schema.js';
import { trusted } from '../../src/extract/confidence.js';
import { createNotifier, withNotifications } from '../../src/notify/notify.js';
import type { CycleResult } from '../../src/schedule/cycle-types.js';
import { loadScanReportDeps, scanReportCycle } from '../../src/schedule/scan-report-cycle.js';
import { startServer, startSite, type LoopbackServer, type Route } from '../helpers/loopback-server.js';
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

type Body = { text: string; problems: unknown[]; beatenOnCrucial: unknown[] };

/** A webhook receiver that keeps every JSON body it is sent. */
async function webhookReceiver(): Promise<{ hook: LoopbackServer; bodies: Body[] }> {
  const bodies: Body[] = [];
  const hook = await startServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body);
    res.writeHead(200);
    res.end();
  });
  return { hook, bodies };
}

/** One week as a fresh `schedule --once` process runs it: a new notifier, nothing remembered in memory. */
async function weekOf(config: Config, hook: LoopbackServer): Promise<CycleResult> {
  const deps = await loadScanReportDeps();
  const notifier = createNotifier(config.notify, { env: { WEEKLY_HOOK: hook.url('/weekly/hook01') }, log: () => undefined, backoffMs: 1 });
  return withNotifications(scanReportCycle(config, config.store.db, deps), notifier, () => undefined)(new AbortController().signal);
}

it('a failing page and a crucial defeat are news the first week only; unchanged weeks send nothing', { timeout: 60_000 }, async () => {
  const you = await startSite(youRoutes({ youStatic: true }));
  const quay = await startSite(
    {
      ...quayRoutes(), // a 45-day window beats your 30 days on a crucial term
      '/shipping': { status: 503, body: 'down for maintenance' },
    },
    { host: '127.0.0.2' },
  );
  const { hook, bodies } = await webhookReceiver();
  servers.push(you, quay, hook);
  const config = configSchema.parse({
    you: { name: 'Harbour Goods', site: you.origin, pages: { returns: you.url('/returns') } },
    competitors: [{ name: 'Quay Supply', site: quay.origin, pages: { returns: quay.url('/returns'), shipping: quay.url('/shipping') } }],
    crawl: { allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, retries: 0, browser: 'never' },
    store: { db: join(dir, 'data', 'servicediff.json'), snapshots: join(dir, 'data', 'snapshots') },
    report: { folder: join(dir, 'data', 'reports') },
    notify: { webhookUrlEnv: 'WEEKLY_HOOK', on: ['changes', 'problems', 'beaten-on-crucial'], retries: 0 },
  });
  const week = () => weekOf(config, hook);

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

/** A returns page giving the window once, or twice in two sentences (which the extractor may call sure). */
function returnsPage(days: number, twice: () => boolean): () => string {
  return () => `<!doctype html><html><head><title>Returns policy</title></head><body><main><h1>Returns policy</h1>
<p>You can return any item within ${days} days of delivery for a full refund to your original payment method.</p>
<p>Every parcel is packed by hand in our workshop by the harbour, and each return is inspected on the day it arrives back with us.</p>
${twice() ? `<p>If you change your mind, send it back to us within ${days} days for a refund.</p>` : ''}</main></body></html>`;
}

/** A shipping page giving the dispatch time, the free-shipping threshold and where it ships once, or each twice in two sentences. */
function dispatchPage(days: number, freeOver: number, twice: () => boolean, abroad: boolean): () => string {
  return () => `<!doctype html><html><head><title>Shipping policy</title></head><body><main><h1>Shipping policy</h1>
<p>Orders are dispatched within ${days} business days of payment.</p>
<p>Standard delivery is free on orders over $${freeOver}.</p>
<p>${abroad ? 'We ship internationally to over 40 countries.' : 'We do not ship internationally.'}</p>
${twice() ? `<p>${abroad ? 'International orders are welcome: we send parcels worldwide.' : 'Sorry, we cannot send parcels to addresses outside the country.'}</p>` : ''}
<p>Every parcel is packed by hand in our workshop by the harbour and handed to the courier in the afternoon.</p>
${twice() ? `<p>We dispatch every order within ${days} business days.</p>\n<p>Every order over $${freeOver} ships free.</p>` : ''}</main></body></html>`;
}

/**
 * The terms this test can make crucial, with the rule that reads each (both sites state all four, and Quay Supply
 * beats Harbour Goods on each: a longer window, a quicker dispatch, a lower threshold, shipping abroad).
 */
const CANDIDATE_TERMS = [
  { term: 'returns.window_days', rule: 'aboutReturns' },
  { term: 'shipping.processing_days', rule: 'shippingTimes' },
  { term: 'shipping.free_threshold', rule: 'freeThreshold' },
  { term: 'shipping.international', rule: 'international' },
] as const;

function site(name: string, days: number, twice: () => boolean, shipping?: () => string): Record<string, Route> {
  const page = returnsPage(days, twice);
  const html = (render: () => string): Route => (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(render());
  };
  return {
    ...(shipping ? { '/shipping': html(shipping) } : {}),
    '/robots.txt': 'User-agent: *\nAllow: /\n',
    '/': `<!doctype html><html><head><title>${name}</title></head><body><h1>${name}</h1><p>Rope and canvas for small boats.</p><footer><a href="/returns">Returns</a></footer></body></html>`,
    '/returns': html(page),
  };
}

it('a crucial defeat read with low confidence sends nothing; read surely, the same defeat is news', { timeout: 60_000 }, async () => {
  // The crucial term is one whose rule the measured confidence table trusts: an untrusted rule's value is never sure
  // however often it is stated. Which of them the table trusts has changed with recalibration, so it is asked.
  const crucial = CANDIDATE_TERMS.find((c) => trusted({ ...c, support: 'corroborated' }))?.term;
  if (!crucial) throw new Error('none of the candidate terms\' rules is trusted by the measured table: add a candidate');
  let week = 1;
  const stateTwice = (): boolean => week >= 2;
  const you = await startSite(site('Harbour Goods', 30, stateTwice, dispatchPage(4, 80, stateTwice, false)));
  const quay = await startSite(site('Quay Supply', 45, stateTwice, dispatchPage(1, 40, stateTwice, true)), { host: '127.0.0.2' });
  const { hook, bodies } = await webhookReceiver();
  servers.push(you, quay, hook);
  const config = configSchema.parse({
    you: { name: 'Harbour Goods', site: you.origin, pages: { shipping: you.url('/shipping') } },
    competitors: [{ name: 'Quay Supply', site: quay.origin, pages: { shipping: quay.url('/shipping') } }],
    // Only the chosen term is crucial: the other candidates (some crucial by default) are made nice.
    importance: Object.fromEntries(CANDIDATE_TERMS.map((c) => [c.term, c.term === crucial ? 'crucial' : 'nice'])),
    crawl: { allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, retries: 0, browser: 'never' },
    store: { db: join(dir, 'data', 'servicediff.json'), snapshots: join(dir, 'data', 'snapshots') },
    report: { folder: join(dir, 'data', 'reports') },
    notify: { webhookUrlEnv: 'WEEKLY_HOOK', on: ['beaten-on-crucial'], retries: 0 },
  });
  const cycle = () => weekOf(config, hook);

  // Week 1: each page states its window, dispatch time and threshold once, so every value is unsure and so is the verdict.
  const first = await cycle();
  expect(first.beatenOnCrucial).toEqual([{ term: crucial, competitor: 'Quay Supply', unsure: true }]);
  expect(bodies).toHaveLength(0);

  // Week 2: both pages state it twice; the same defeat, now sure, is sent, without the mark.
  week = 2;
  const second = await cycle();
  expect(second.previousBeatenOnCrucial).toEqual(first.beatenOnCrucial);
  expect(second.beatenOnCrucial).toEqual([{ term: crucial, competitor: 'Quay Supply' }]);
  expect(bodies).toHaveLength(1);
  expect(bodies[0]!.text).toContain(`• Quay Supply on ${crucial}\n`);
  expect(bodies[0]!.text).not.toContain('low confidence');
});
