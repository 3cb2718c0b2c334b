/**
 * Crawl benchmark: `npm run bench:crawl -- --sites N --latency MS` (defaults 200 and 20).
 * Starts a farm of N generated shop sites on loopback (bench/farm), crawls it twice with the real crawl (politeness
 * 2 per host, 16 overall, no delay, private networks allowed for loopback) — the second time with the first scan's
 * validators, so the farm answers 304 — and prints one table: the farm's parameters, wall time, requests, policy
 * pages found with their text, renders, the most requests one host saw at once, and peak PSS of the process tree
 * (Node + Chromium) and of Node alone, sampled every 200 ms from /proc by a sampler process. The farm and the sampler
 * run in child processes of their own and are left out of both figures (the farm stands for the internet).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { configSchema } from '../src/config/config-schema.js';
import { createCrawlBusinesses } from '../src/crawl/crawl-businesses.js';
import type { BrowserPool } from '../src/crawl/browser-pool.js';
import type { CrawlOptions, CrawlTarget } from '../src/crawl/crawl-types.js';
import type { FetchRuntime, PageFetcher } from '../src/fetch/fetch-types.js';
import { businessId, type PreviousPageState, type ScannedBusiness } from '../src/model.js';
import { startFarmProcess, type RemoteFarm } from './farm/farm-process.js';

const { values } = parseArgs({
  options: { sites: { type: 'string', default: '200' }, latency: { type: 'string', default: '20' } },
  allowPositionals: true,
});
const sites = Number(values.sites);
const latencyMs = Number(values.latency);
if (!Number.isInteger(sites) || sites < 1 || sites > 2000 || !Number.isFinite(latencyMs) || latencyMs < 0) {
  console.error('usage: npm run bench:crawl -- --sites N (1..2000) --latency MS (≥ 0)');
  process.exit(2);
}

/** The politeness every tool gets on this farm (issue 3). */
const CRAWL = { concurrencyPerHost: 2, concurrency: 16, delayMs: 0, jitterMs: 0, allowPrivateNetworks: true } as const;

interface PssPeak {
  tree: number;
  node: number;
}

/** The PSS sampler child (bench/farm/pss-sampler.ts): reset before a scan, asked for the peak after it. */
function startSampler(): { reset(exclude: number[]): void; peak(): Promise<PssPeak>; stop(): void } {
  const child = fork(fileURLToPath(new URL('./farm/pss-sampler.ts', import.meta.url)), [String(process.pid)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    reset: (exclude) => child.send({ type: 'reset', exclude }),
    peak: () =>
      new Promise((resolve) => {
        child.once('message', (m: PssPeak) => resolve({ tree: m.tree, node: m.node }));
        child.send({ type: 'peak' });
      }),
    stop: () => child.disconnect(),
  };
}

interface RunResult {
  wallMs: number;
  businesses: ScannedBusiness[];
  requests: number;
  rendered: number;
  launches: number;
  browser: string | undefined;
  maxInFlightClient: number;
}

/** What a scan hands the next one, as the store would: page validators, and well-known paths that answered 404/410. */
interface Carried {
  readonly previous: Map<string, PreviousPageState>;
  readonly missing: Set<string>;
}

/**
 * Like a scan, the bench takes each body as soon as the crawl hands it over (CrawlOptions.onBody) and keeps only
 * which planned marker sentences it held, so no body waits in memory for the end of the crawl.
 */
function markerSink(farm: RemoteFarm, seen: Set<string>): NonNullable<CrawlOptions['onBody']> {
  const markers = new Map(farm.sites.map((s) => [businessId(s.plan.name), s.plan.policies.map((p) => p.marker)]));
  return (business, page) => {
    for (const marker of markers.get(business) ?? []) if (page.body.includes(marker)) seen.add(`${business} ${page.url} ${marker}`);
  };
}

async function run(targets: CrawlTarget[], runtime: FetchRuntime, carried?: Carried, onBody?: CrawlOptions['onBody']): Promise<RunResult> {
  let fetcher: PageFetcher | undefined;
  let pool: BrowserPool | undefined;
  const crawl = createCrawlBusinesses({ onStart: (parts) => ({ fetcher, pool } = parts) });
  const started = performance.now();
  let done = 0;
  let pages = 0;
  // Progress on stderr, so a slow run shows where it is; the table goes to stdout.
  const progress = setInterval(() => {
    process.stderr.write(`  … ${((performance.now() - started) / 1000).toFixed(0)} s: ${done}/${targets.length} businesses, ${pages} pages, ${pool?.rendered ?? 0} rendered\n`);
  }, 5000);
  const businesses = await crawl(targets, runtime, {
    ...(carried
      ? { previous: (b: string, url: string) => carried.previous.get(`${b} ${url}`), skipProbe: (b: string, url: string) => carried.missing.has(`${b} ${url}`) }
      : {}),
    ...(onBody ? { onBody } : {}),
    onEvent: (e) => {
      if (e.type === 'business-done') done += 1;
      if (e.type === 'page-done') pages += 1;
    },
  }).finally(() => clearInterval(progress));
  const wallMs = performance.now() - started;
  return {
    wallMs,
    businesses,
    requests: fetcher?.stats.requests ?? 0,
    rendered: pool?.rendered ?? 0,
    launches: pool?.launches ?? 0,
    browser: pool?.executablePath && `${pool.executablePath} (${pool.browserVersion ?? '?'})`,
    maxInFlightClient: fetcher?.stats.maxInFlightPerHost ?? 0,
  };
}

/** Planned policy pages whose crawled body (static or rendered) contains the page's marker sentence. */
function foundWithText(farm: RemoteFarm, businesses: ScannedBusiness[], seen: ReadonlySet<string>): number {
  let found = 0;
  for (const site of farm.sites) {
    const business = businesses.find((b) => b.site === site.origin);
    for (const policy of site.plan.policies) {
      const page = business?.pages.find((p) => new URL(p.url).pathname === policy.path && p.categories.includes(policy.category));
      if (page && seen.has(`${business!.id} ${page.url} ${policy.marker}`)) found += 1;
    }
  }
  return found;
}

async function main(): Promise<void> {
  const farm = await startFarmProcess(sites, latencyMs);
  const sampler = startSampler();
  try {
    const config = configSchema.parse({ you: { name: 'Bench', site: farm.sites[0]!.origin }, crawl: CRAWL });
    const runtime: FetchRuntime = { crawl: config.crawl, userAgent: 'servicediff-bench/1.0 (+https://github.com/servicediff/servicediff)' };
    const targets: CrawlTarget[] = farm.sites.map((s, i) => ({ id: businessId(s.plan.name), name: s.plan.name, site: s.origin, isYou: i === 0 }));

    sampler.reset([farm.pid]);
    const seen = new Set<string>();
    const first = await run(targets, runtime, undefined, markerSink(farm, seen));
    const peak1 = await sampler.peak();
    const previous = new Map<string, PreviousPageState>();
    const missing = new Set<string>();
    for (const b of first.businesses) {
      for (const url of b.missing ?? []) missing.add(`${b.id} ${url}`);
      for (const p of b.pages) {
        if (p.status !== 'failed') {
          previous.set(`${b.id} ${p.url}`, {
            ...(p.etag ? { etag: p.etag } : {}),
            ...(p.lastModified ? { lastModified: p.lastModified } : {}),
            ...(p.contentHash ? { contentHash: p.contentHash } : {}),
          });
        }
      }
    }
    const farmStats1 = await farm.stats();
    const farmRequests1 = farmStats1.requests;
    const farmMaxInFlight1 = farmStats1.maxInFlightPerHost;
    const found = foundWithText(farm, first.businesses, seen);
    const jsExpected = farm.sites.filter((s) => s.plan.jsOnly).reduce((n, s) => n + s.plan.policies.length, 0);
    const problems = first.businesses.flatMap((b) => [...b.problems, ...b.pages.flatMap((p) => (p.problem ? [p.problem] : []))]);

    // Scan 1's results are the bench's own bookkeeping, not the crawler's: let them go before scan 2 is measured.
    first.businesses.splice(0);
    sampler.reset([farm.pid]);
    const second = await run(targets, runtime, { previous, missing });
    const peak2 = await sampler.peak();
    const farmStats2 = await farm.stats();
    const farmRequests2 = farmStats2.requests - farmRequests1;
    const notModified2 = farmStats2.notModified - farmStats1.notModified;
    const unchanged = second.businesses.flatMap((b) => b.pages).filter((p) => p.status === 'unchanged').length;
    const pages2 = second.businesses.flatMap((b) => b.pages).length;
    const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const rows: [string, string][] = [
      ['farm', `${sites} sites on 127.0.1.x (one server per address, in a child process), ${latencyMs} ms latency per response, 20 products each`],
      ['farm JS-only sites', `${farm.sites.filter((x) => x.plan.jsOnly).length} (${jsExpected} policy pages need JavaScript)`],
      ['politeness', `${CRAWL.concurrencyPerHost} per host, ${CRAWL.concurrency} overall, delay ${CRAWL.delayMs} ms`],
      ['wall time (scan 1)', s(first.wallMs)],
      ['requests (scan 1, crawler / farm)', `${first.requests} / ${farmRequests1}`],
      ['policy pages found with text / expected', `${found} / ${farm.expectedPolicies}`],
      ['pages rendered in the browser', `${first.rendered} (browser launches ${first.launches})`],
      ['browser', first.browser ?? 'none launched'],
      ['max requests per host at once (crawler / farm)', `${first.maxInFlightClient} / ${farmMaxInFlight1}`],
      ['crawl problems (scan 1)', `${problems.length}${problems[0] ? ` — e.g. ${problems[0].kind}: ${problems[0].reason}` : ''}`],
      ['peak PSS, process tree (Node + Chromium)', mb(peak1.tree)],
      ['peak PSS, Node alone', mb(peak1.node)],
      ['wall time (scan 2, unchanged farm)', s(second.wallMs)],
      ['requests (scan 2, crawler / farm)', `${second.requests} / ${farmRequests2} (${notModified2} answered 304)`],
      ['scan 2: pages unchanged / pages, renders', `${unchanged} / ${pages2}, ${second.rendered}`],
      ['scan 2 peak PSS tree / Node', `${mb(peak2.tree)} / ${mb(peak2.node)}`],
      ['speed-up (scan 1 / scan 2)', `${(first.wallMs / second.wallMs).toFixed(1)}×`],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    console.log(`\nservicediff crawl benchmark (${new Date().toISOString()}, node ${process.version})`);
    console.log(`| ${'measure'.padEnd(width)} | value |`);
    console.log(`|${'-'.repeat(width + 2)}|-------|`);
    for (const [k, v] of rows) console.log(`| ${k.padEnd(width)} | ${v} |`);
  } finally {
    sampler.stop();
    await farm.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
