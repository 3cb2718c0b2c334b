/**
 * servicediff as a peer of bench:crawl, in a child process of its own (peer-protocol.ts): the real crawl (politeness
 * 2 per host, 16 overall, no delay, private networks allowed for loopback), then — when the parent asks — an
 * unchanged re-scan a week later (weekOld) with the first scan's validators, missing well-known paths, home pages,
 * sitemaps and robots.txt files, as the store would hand them on.
 */
import { configSchema } from '../../src/config/config-schema.js';
import { RenderProcess, type Renderer } from '../../src/crawl/render-child.js';
import { createCrawlBusinesses } from '../../src/crawl/crawl-businesses.js';
import { DAY_MS } from '../../src/days.js';
import type { CrawlOptions, CrawlTarget } from '../../src/crawl/crawl-types.js';
import type { FetchRuntime, PageFetcher } from '../../src/fetch/fetch-types.js';
import { businessId, type HomeState, type PreviousPageState, type RobotsFile, type SitemapState } from '../../src/model.js';
import { scoreCrawl, type KeptPage } from './crawl-score.js';
import { sampleMemory } from './memory-note.js';
import { POLITENESS, type PeerMessage, type StartMessage } from './peer-protocol.js';

/** A week: the re-scan is the next weekly scan (weekOld). Above the top-level code that reads it. */
const WEEK_MS = 7 * DAY_MS;
const send = (message: PeerMessage) => process.send?.(message);
const nextMessage = <T>() => new Promise<T>((resolve) => process.once('message', (m: T) => resolve(m)));

const start = await nextMessage<StartMessage>();
const config = configSchema.parse({
  you: { name: 'Bench', site: start.sites[0]!.origin },
  crawl: { ...POLITENESS, jitterMs: 0, allowPrivateNetworks: true },
});
const runtime: FetchRuntime = { crawl: config.crawl, userAgent: 'servicediff-bench/1.0 (+https://github.com/servicediff/servicediff)' };
const targets: CrawlTarget[] = start.sites.map((s, i) => ({ id: businessId(s.plan.name), name: s.plan.name, site: s.origin, isYou: i === 0 }));

async function scan(options: CrawlOptions, robots?: FetchRuntime['previousRobots']) {
  let parts: { fetcher: PageFetcher; pool: Renderer } | undefined;
  const crawl = createCrawlBusinesses({ renderInProcess: start.renderInProcess === true, onStart: (p) => (parts = p) });
  const started = performance.now();
  const businesses = await crawl(targets, robots ? { ...runtime, previousRobots: robots } : runtime, options);
  return { wallMs: performance.now() - started, businesses, pool: parts?.pool, fetcher: parts?.fetcher };
}

/**
 * Like a scan (run-scan.ts), the peer takes each body as the crawl hands it over (CrawlOptions.onBody) and keeps only
 * the planned marker sentences it holds, so no body waits in memory for the end of the crawl and the memory figures
 * are a scan's. The score reads those markers as the page's "body".
 */
const markers = new Map(start.sites.map((s) => [businessId(s.plan.name), [...new Set(s.plan.policies.map((p) => p.marker))]]));
const markersSeen = new Map<string, string>();

const memory = sampleMemory();
/** The first scan's start, as run-scan.ts records a scan: when the pages it asked were asked (askedScanAt). */
const firstStartedAt = new Date().toISOString();
const first = await scan({
  startedAt: firstStartedAt,
  onBody: (business, page) => {
    // Only the business's own markers: no page holds another site's, and looking for all 790 in every body took
    // ~2 CPU-s of the crawler's main thread, counted in servicediff's wall (Crawlee's peer scores after its crawl).
    const held = (markers.get(business) ?? []).filter((m) => page.body.includes(m));
    // By content hash, as run-scan.ts stores a snapshot: two pages with one reading (a legacy link and the page it
    // redirects to) hand over one body.
    if (held.length > 0) markersSeen.set(`${business} ${page.contentHash}`, held.join('\n'));
  },
});
const kept = new Map<string, KeptPage[]>();
const previous = new Map<string, PreviousPageState>();
const missing = new Set<string>();
const homes = new Map<string, HomeState>();
const sitemaps = new Map<string, readonly SitemapState[]>();
const robotsFiles = new Map<string, RobotsFile>();
let problems = 0;
for (const b of first.businesses) {
  problems += b.problems.length + b.pages.filter((p) => p.problem).length;
  for (const url of b.missing ?? []) missing.add(`${b.id} ${url}`);
  if (b.home) homes.set(b.id, b.home);
  if (b.sitemaps) sitemaps.set(b.id, b.sitemaps);
  if (b.robots) robotsFiles.set(b.robots.url, b.robots);
  kept.set(
    b.site,
    b.pages.map((p) => {
      const body = (p.contentHash ? markersSeen.get(`${b.id} ${p.contentHash}`) : undefined) ?? p.body;
      // A site's first render that found its text again at an endpoint is stored as read from it, but was rendered.
      const readFromData = !p.rendered && (p.textFrom === 'payload' || p.textFrom === 'endpoint');
      return { url: p.url, finalUrl: p.finalUrl, categories: p.categories, rendered: p.rendered === true, readFromData, ...(body ? { body } : {}) };
    }),
  );
  for (const p of b.pages) {
    if (p.status === 'failed') continue;
    previous.set(`${b.id} ${p.url}`, {
      ...(p.etag ? { etag: p.etag } : {}),
      ...(p.lastModified ? { lastModified: p.lastModified } : {}),
      ...(p.contentHash ? { contentHash: p.contentHash } : {}),
      ...(p.textFrom ? { textFrom: p.textFrom } : {}),
      ...(p.endpoint ? { endpoint: p.endpoint } : {}),
      ...(p.renderedAt ? { renderedAt: p.renderedAt } : {}),
      ...(p.moved ? { moved: p.moved } : {}),
      // As the store hands them on (open-store.ts previousPageState): where the URL led, when it answered, and the
      // start of the scan that asked it.
      finalUrl: p.finalUrl,
      fetchedAt: p.fetchedAt,
      askedScanAt: firstStartedAt,
      // As the store hands on its reading: the crawl leaves a shared page that stated nothing unasked for a while.
      ...(p.extract ? { extract: p.extract } : {}),
    });
  }
}
const maxRssKb = process.resourceUsage().maxRSS;
const memoryNote = memory();
const score = scoreCrawl(start.sites, kept);
const browser = first.pool?.executablePath ? `browser ${first.pool.executablePath} (${first.pool.browserVersion ?? '?'}), ${first.pool.launches} launch(es)` : 'no browser launched';
send({
  type: 'scan1',
  result: {
    wallMs: first.wallMs,
    maxRssKb,
    ...(first.pool instanceof RenderProcess ? { renderChildMaxRssKb: first.pool.childMaxRssKb } : {}),
    score,
    renders: first.pool?.rendered ?? 0,
    payloadReads: first.businesses.reduce((n, b) => n + b.pages.filter((p) => !p.rendered && (p.textFrom === 'payload' || p.textFrom === 'endpoint')).length, 0),
    notes: [browser, `${first.fetcher?.stats.requests ?? 0} requests by the fetcher, ${problems} crawl problems`, memoryNote],
  },
});

// The first scan's pages are the bench's bookkeeping, not the crawler's: let them go before the re-scan.
kept.clear();
first.businesses.splice(0);
// The re-scan is the next weekly one: aged before it starts, so the ageing costs its wall nothing.
for (const stored of [previous, homes, sitemaps, robotsFiles] as Map<string, unknown>[]) for (const [key, value] of stored) stored.set(key, weekOld(value));
await nextMessage<{ type: 'rescan' }>();
const profiler = await rescanProfiler();
const cpuBefore = process.cpuUsage();
const second = await scan(
  {
    startedAt: new Date().toISOString(),
    previous: (b, url) => previous.get(`${b} ${url}`),
    // Missing a week ago is within crawl.recheckMissingDays (28).
    skipProbe: (b, url) => missing.has(`${b} ${url}`),
    previousHome: (b) => homes.get(b),
    previousSitemaps: (b) => sitemaps.get(b),
  },
  (url) => robotsFiles.get(url),
);
const cpu = process.cpuUsage(cpuBefore);
await profiler?.();
const pages = second.businesses.flatMap((b) => b.pages);
const failed: Record<string, number> = {};
for (const p of pages) if (p.status === 'failed') failed[p.problem?.kind ?? 'unknown'] = (failed[p.problem?.kind ?? 'unknown'] ?? 0) + 1;
send({
  type: 'scan2',
  result: { wallMs: second.wallMs, pages: pages.length, unchanged: pages.filter((p) => p.status === 'unchanged').length, failed, renders: second.pool?.rendered ?? 0, cpuMs: (cpu.user + cpu.system) / 1000 },
});
process.disconnect?.();

/**
 * What the store would hand a scan a week after the first: every time it holds (renderedAt, a redirect's checkedAt, a
 * sitemap's readAt…) seven days earlier, so each "for N days" rule (crawl.rerenderDays 6, recheckRedirectDays 28,
 * recheckMissingDays 28, a redirect's max-age) decides as it would at the weekly scan the product is scheduled for, not
 * as at a re-scan a minute later.
 */
function weekOld<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => weekOld(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const aged: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    aged[key] = key.endsWith('At') && typeof field === 'string' && !Number.isNaN(Date.parse(field)) ? new Date(Date.parse(field) - WEEK_MS).toISOString() : weekOld(field);
  }
  return aged as T;
}


/**
 * SERVICEDIFF_RESCAN_PROF=FILE: a V8 CPU profile of the crawler's main thread during the re-scan alone (bench:crawl's
 * --cpu-prof covers the whole process, first scan included), to see where an unchanged re-scan's CPU goes.
 */
async function rescanProfiler(): Promise<(() => Promise<void>) | undefined> {
  const file = process.env.SERVICEDIFF_RESCAN_PROF;
  if (!file) return undefined;
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}
