/**
 * Crawlee 3's CheerioCrawler as a peer of bench:crawl (peer-protocol.ts), in a child process of its own, with
 * servicediff's discovery rules and politeness, so the two differ only in how they fetch and read pages:
 *   robots.txt first (Crawlee's RobotsTxtFile; every later request checked against it), then the home page's links
 *   and the sitemaps (robots.txt's and /sitemap.xml, indexes followed within servicediff's file and depth limits),
 *   scored with servicediff's own tables (scoreCandidate, imported); well-known paths probed only for categories with
 *   no dedicated candidate, in servicediff's order and number; then the best pagesPerCategory candidates per category,
 *   with servicediff's fallbacks when one fails, and servicediff's per-site request budget.
 * Imported from servicediff: scoreCandidate and its tables, the link-region selectors, parseSitemap and its limits,
 * resolveSameSite, WELL_KNOWN_PATHS, the budget and the crawl defaults. Mirrored (servicediff keeps them inside
 * functions): the reading of home-page links from Crawlee's own parse, the ranking sort of discover-pages.ts and the
 * fallback rounds of crawl-business.ts.
 * Politeness: 16 requests overall (the autoscaled pool pinned to 16 and started there), 2 per host (a per-host gate taken in a
 * pre-navigation hook and given back once the body is read or the request failed), no delay. Crawlee reads no
 * JavaScript: its pages are the static HTML.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheerioCrawler, Configuration, log, LogLevel, type CheerioCrawlingContext, type RequestOptions } from '@crawlee/cheerio';
import { RobotsTxtFile } from '@crawlee/utils';
import { CRAWL_DEFAULTS } from '../../src/config/defaults.js';
import { FALLBACK_CANDIDATES } from '../../src/discover/discover-pages.js';
import { MAX_LINKS_READ, REGION_SELECTORS, resolveSameSite } from '../../src/discover/home-links.js';
import { MAX_PROBES_PER_CATEGORY, REGION_BONUS, WELL_KNOWN_PATHS, type LinkRegion } from '../../src/discover/link-patterns.js';
import { createRequestBudget, type RequestBudget } from '../../src/discover/request-budget.js';
import { scoreCandidate, type CandidateInput } from '../../src/discover/score-candidate.js';
import { parseSitemap, sitemapChildRank, SITEMAP_MAX_DEPTH, SITEMAP_MAX_FILES } from '../../src/discover/sitemap.js';
import { CATEGORIES, type Category } from '../../src/terms.js';
import { scoreCrawl, type KeptPage } from '../farm/crawl-score.js';
import { sampleMemory } from '../farm/memory-note.js';
import { POLITENESS, type PeerMessage, type StartMessage } from '../farm/peer-protocol.js';

type Label = 'robots' | 'home' | 'sitemap' | 'probe' | 'policy';
interface UserData {
  readonly label: Label;
  readonly site: string;
  readonly depth?: number;
  readonly category?: Category;
}

interface Candidate {
  readonly url: string;
  readonly scores: Partial<Record<Category, number>>;
  readonly dedicated: Partial<Record<Category, boolean>>;
  /** Body of a probe that answered: reused, not fetched again (as servicediff does). */
  prefetched?: { finalUrl: string; body: string };
}

/** One site's discovery and crawl state. */
interface Site {
  readonly origin: string;
  readonly base: URL;
  readonly budget: RequestBudget;
  robots?: RobotsTxtFile;
  /** Home page and sitemap requests still out; discovery ends when it reaches 0. */
  discovering: number;
  sitemapFiles: number;
  readonly sitemapsSeen: Set<string>;
  readonly candidates: Map<string, Candidate>;
  /** Probes still out, per category: the next path index to try. */
  readonly probeNext: Map<Category, number>;
  /** Probes requested per category (robots-refused paths are skipped without one). */
  readonly probeTries: Map<Category, number>;
  probing: number;
  readonly probed: Map<string, boolean>;
  ranked?: Record<Category, Candidate[]>;
  readonly tried: Map<Category, number>;
  readonly accepted: Map<Category, string[]>;
  readonly results: Map<string, { ok: boolean; finalUrl: string; body?: string }>;
  inFlightPolicies: number;
}

const send = (message: PeerMessage) => process.send?.(message);
const start = await new Promise<StartMessage>((resolve) => process.once('message', (m: StartMessage) => resolve(m)));

log.setLevel(LogLevel.ERROR);
const storage = mkdtempSync(join(tmpdir(), 'servicediff-bench-crawlee-'));
process.env.CRAWLEE_STORAGE_DIR = storage;
const started = performance.now();
const memory = sampleMemory();

const sites = new Map<string, Site>();
for (const { origin } of start.sites) {
  sites.set(origin, {
    origin,
    base: new URL(`${origin}/`),
    // robots.txt is one request of the site's budget, as in servicediff.
    budget: createRequestBudget(CRAWL_DEFAULTS.maxPagesPerSite - 1),
    discovering: 0,
    sitemapFiles: 0,
    sitemapsSeen: new Set(),
    candidates: new Map(),
    probeNext: new Map(),
    probeTries: new Map(),
    probing: 0,
    probed: new Map(),
    tried: new Map(CATEGORIES.map((c) => [c, 0])),
    accepted: new Map(CATEGORIES.map((c) => [c, []])),
    results: new Map(),
    inFlightPolicies: 0,
  });
}

/** Per-host gate: at most POLITENESS.concurrencyPerHost requests in flight to one host. */
const hostGate = new Map<string, { active: number; waiting: (() => void)[] }>();
const holding = new Set<string>();
async function acquire(host: string, id: string): Promise<void> {
  const gate = hostGate.get(host) ?? { active: 0, waiting: [] };
  hostGate.set(host, gate);
  while (gate.active >= POLITENESS.concurrencyPerHost) await new Promise<void>((resolve) => gate.waiting.push(resolve));
  gate.active += 1;
  holding.add(id);
}
function release(host: string, id: string): void {
  if (!holding.delete(id)) return;
  const gate = hostGate.get(host)!;
  gate.active -= 1;
  gate.waiting.shift()?.();
}

const request = (site: Site, url: string, data: Omit<UserData, 'site'>): RequestOptions<UserData> => ({
  url,
  uniqueKey: `${data.label}:${url}`,
  userData: { ...data, site: site.origin },
});

/** Queue requests the site's robots.txt allows and its budget pays for; the others are reported back as refused. */
async function enqueue(site: Site, items: { url: string; data: Omit<UserData, 'site'> }[]): Promise<{ url: string; data: Omit<UserData, 'site'> }[]> {
  const refused: { url: string; data: Omit<UserData, 'site'> }[] = [];
  const queued: RequestOptions<UserData>[] = [];
  for (const item of items) {
    if ((site.robots && !site.robots.isAllowed(item.url)) || !site.budget.take()) refused.push(item);
    else queued.push(request(site, item.url, item.data));
  }
  if (queued.length > 0) await crawler.addRequests(queued);
  return refused;
}

const refusedByRobots = (site: Site, url: string): boolean => site.robots !== undefined && !site.robots.isAllowed(url);

function addCandidate(site: Site, input: CandidateInput, prefetched?: Candidate['prefetched']): void {
  for (const { category, score, dedicated } of scoreCandidate(input)) {
    const entry = site.candidates.get(input.url) ?? { url: input.url, scores: {}, dedicated: {} };
    entry.scores[category] = Math.max(entry.scores[category] ?? -Infinity, score);
    if (dedicated) entry.dedicated[category] = true;
    if (prefetched) entry.prefetched = prefetched;
    site.candidates.set(input.url, entry);
  }
}

async function sitemapsDone(site: Site, depth: number, locs: string[]): Promise<void> {
  const next: { url: string; data: Omit<UserData, 'site'> }[] = [];
  // Content pages before catalogue files, as readSitemaps orders an index's children.
  const ordered = locs.map((loc, i) => ({ loc, i, rank: sitemapChildRank(loc) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  for (const { loc } of ordered) {
    const url = resolveSameSite(loc, site.base);
    if (!url || site.sitemapsSeen.has(url) || depth > SITEMAP_MAX_DEPTH) continue;
    site.sitemapsSeen.add(url);
    if (site.sitemapFiles >= SITEMAP_MAX_FILES) continue;
    site.sitemapFiles += 1;
    next.push({ url, data: { label: 'sitemap', depth } });
  }
  site.discovering += next.length;
  const refused = await enqueue(site, next);
  site.discovering -= refused.length;
}

async function discoveryStep(site: Site): Promise<void> {
  site.discovering -= 1;
  if (site.discovering > 0) return;
  // Well-known paths, only for categories with no readable dedicated candidate (servicediff's step 3).
  const missing = CATEGORIES.filter((c) => ![...site.candidates.values()].some((e) => e.dedicated[c] && !refusedByRobots(site, e.url)));
  for (const category of missing) site.probeNext.set(category, 0);
  site.probing = missing.length;
  await Promise.all(missing.map((c) => probeNext(site, c)));
  if (site.probing === 0) await choose(site);
}

/** Probe the category's next well-known path; a path already probed for another category answers at once. */
async function probeNext(site: Site, category: Category): Promise<void> {
  for (;;) {
    const index = site.probeNext.get(category) ?? 0;
    const path = WELL_KNOWN_PATHS[category][index];
    if (path === undefined || (site.probeTries.get(category) ?? 0) >= MAX_PROBES_PER_CATEGORY) {
      site.probing -= 1;
      return;
    }
    site.probeNext.set(category, index + 1);
    const url = new URL(path, site.base).href;
    // A path robots.txt refuses is skipped without spending one of the category's probes, as servicediff does.
    if (refusedByRobots(site, url)) continue;
    site.probeTries.set(category, (site.probeTries.get(category) ?? 0) + 1);
    const known = site.probed.get(url);
    if (known !== undefined) {
      if (known && site.candidates.get(url)?.dedicated[category]) {
        site.probing -= 1;
        return;
      }
      continue;
    }
    const refused = await enqueue(site, [{ url, data: { label: 'probe', category } }]);
    if (refused.length === 0) return; // the probe handler goes on from here
    site.probed.set(url, false);
  }
}

async function probeDone(site: Site, category: Category, url: string, answer?: { finalUrl: string; body: string }): Promise<void> {
  site.probed.set(url, answer !== undefined);
  if (answer) addCandidate(site, { url, source: 'slug' }, answer);
  if (answer && site.candidates.get(url)?.dedicated[category]) site.probing -= 1;
  else await probeNext(site, category);
  if (site.probing === 0) await choose(site);
}

/** Rank (as discover-pages.ts does) and fetch the next candidates for the open slots (as crawl-business.ts does). */
async function choose(site: Site): Promise<void> {
  if (!site.ranked) {
    const keep = CRAWL_DEFAULTS.pagesPerCategory + FALLBACK_CANDIDATES;
    site.ranked = Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        [...site.candidates.values()]
          .filter((e) => e.scores[c] !== undefined)
          .sort(
            (a, b) =>
              Number(refusedByRobots(site, a.url)) - Number(refusedByRobots(site, b.url)) ||
              Number(b.dedicated[c] === true) - Number(a.dedicated[c] === true) ||
              (b.scores[c] ?? 0) - (a.scores[c] ?? 0) ||
              a.url.length - b.url.length,
          )
          .slice(0, keep),
      ]),
    ) as Record<Category, Candidate[]>;
  }
  const picks = new Set<Candidate>();
  for (const c of CATEGORIES) {
    const open = CRAWL_DEFAULTS.pagesPerCategory - site.accepted.get(c)!.length;
    let index = site.tried.get(c)!;
    for (let taken = 0; taken < open && index < site.ranked[c].length; index++) {
      const cand = site.ranked[c][index]!;
      if (site.accepted.get(c)!.includes(cand.url)) continue;
      const result = site.results.get(cand.url);
      if (result && !result.ok) continue;
      picks.add(cand);
      taken++;
    }
    site.tried.set(c, index);
  }
  const fresh = [...picks].filter((cand) => !site.results.has(cand.url));
  for (const cand of fresh) {
    if (cand.prefetched) site.results.set(cand.url, { ok: true, ...cand.prefetched });
  }
  const toFetch = fresh.filter((cand) => !cand.prefetched);
  site.inFlightPolicies += toFetch.length;
  for (const cand of toFetch) site.results.set(cand.url, { ok: false, finalUrl: cand.url });
  const refused = await enqueue(site, toFetch.map((cand) => ({ url: cand.url, data: { label: 'policy' } })));
  site.inFlightPolicies -= refused.length;
  if (site.inFlightPolicies === 0) await accept(site, fresh.length > 0);
}

/** Accept fetched pages for every category they rank in and still have room for; fetch fallbacks if slots stay open. */
async function accept(site: Site, progressed: boolean): Promise<void> {
  for (const c of CATEGORIES) {
    const list = site.accepted.get(c)!;
    for (const cand of site.ranked![c]) {
      if (list.length >= CRAWL_DEFAULTS.pagesPerCategory || list.includes(cand.url)) continue;
      if (site.results.get(cand.url)?.ok) list.push(cand.url);
    }
  }
  const open = CATEGORIES.some((c) => site.accepted.get(c)!.length < CRAWL_DEFAULTS.pagesPerCategory && site.tried.get(c)! < site.ranked![c].length);
  if (open && progressed) await choose(site);
}

/** When the first response was handled: Crawlee's start-up (session pool, header generator) shows as the gap. */
let firstHandledMs: number | undefined;

async function handle(context: CheerioCrawlingContext<UserData>): Promise<void> {
  const { request: req, response, body, $ } = context;
  firstHandledMs ??= performance.now() - started;
  release(new URL(req.url).host, req.id!);
  const site = sites.get(req.userData.site)!;
  const status = response.statusCode ?? 0;
  const ok = status >= 200 && status < 300;
  const text = typeof body === 'string' ? body : body.toString('utf8');
  switch (req.userData.label) {
    case 'robots': {
      if (ok) site.robots = RobotsTxtFile.from(req.url, text);
      const roots = [...new Set([...(site.robots?.getSitemaps() ?? []), new URL('/sitemap.xml', site.base).href])];
      site.discovering = 1;
      const refusedHome = await enqueue(site, [{ url: site.base.href, data: { label: 'home' } }]);
      site.discovering -= refusedHome.length;
      await sitemapsDone(site, 0, roots);
      if (site.discovering === 0) {
        site.discovering = 1;
        await discoveryStep(site);
      }
      return;
    }
    case 'home': {
      if (ok) {
        // servicediff's extractLinks parses the page itself; here Crawlee's own parse is read with the same rules.
        // One entry per URL, in its most telling region (REGION_BONUS orders regions as servicediff's rank does).
        const finalUrl = new URL(req.loadedUrl ?? req.url);
        const byUrl = new Map<string, { text: string; region: LinkRegion }>();
        for (const el of $('a[href]').toArray().slice(0, MAX_LINKS_READ)) {
          const node = $(el);
          const url = resolveSameSite(node.attr('href') ?? '', finalUrl);
          if (!url || url === finalUrl.href) continue;
          const region = REGION_SELECTORS.find(([, selector]) => node.closest(selector).length > 0)?.[0] ?? 'body';
          const text = (node.text() || node.attr('aria-label') || node.attr('title') || '').replace(/\s+/g, ' ').trim();
          const seen = byUrl.get(url);
          if (!seen || REGION_BONUS[region] > REGION_BONUS[seen.region] || (!seen.text && text)) byUrl.set(url, { text: text || seen?.text || '', region });
        }
        for (const [url, { text, region }] of byUrl) addCandidate(site, { url, source: 'link', text, region });
      }
      await discoveryStep(site);
      return;
    }
    case 'sitemap': {
      if (ok) {
        const parsed = parseSitemap(text);
        if (parsed.kind === 'index') await sitemapsDone(site, (req.userData.depth ?? 0) + 1, parsed.locs);
        else for (const loc of parsed.locs) {
          const url = resolveSameSite(loc, site.base);
          if (url) addCandidate(site, { url, source: 'sitemap' });
        }
      }
      await discoveryStep(site);
      return;
    }
    case 'probe':
      await probeDone(site, req.userData.category!, req.url, ok ? { finalUrl: req.loadedUrl ?? req.url, body: text } : undefined);
      return;
    case 'policy':
      site.results.set(req.url, { ok, finalUrl: req.loadedUrl ?? req.url, ...(ok ? { body: text } : {}) });
      site.inFlightPolicies -= 1;
      if (site.inFlightPolicies === 0) await accept(site, true);
      return;
  }
}

/** A request that failed for good moves its site on as a non-answer would. */
async function failed(context: CheerioCrawlingContext<UserData>): Promise<void> {
  const { request: req } = context;
  release(new URL(req.url).host, req.id!);
  const site = sites.get(req.userData.site)!;
  switch (req.userData.label) {
    case 'robots':
      site.discovering = 1;
      await discoveryStep(site);
      return;
    case 'home':
    case 'sitemap':
      await discoveryStep(site);
      return;
    case 'probe':
      await probeDone(site, req.userData.category!, req.url);
      return;
    case 'policy':
      site.inFlightPolicies -= 1;
      if (site.inFlightPolicies === 0) await accept(site, true);
      return;
  }
}

const crawler = new CheerioCrawler(
  {
    minConcurrency: POLITENESS.concurrency,
    maxConcurrency: POLITENESS.concurrency,
    // HttpCrawler's own pool options, but starting at 16 instead of its default desired concurrency of 10.
    autoscaledPoolOptions: {
      desiredConcurrency: POLITENESS.concurrency,
      snapshotterOptions: { eventLoopSnapshotIntervalSecs: 2, maxBlockedMillis: 100 },
      systemStatusOptions: { maxEventLoopOverloadedRatio: 0.7 },
    },
    maxRequestRetries: CRAWL_DEFAULTS.retries,
    additionalMimeTypes: ['text/plain', 'application/xml', 'text/xml'],
    preNavigationHooks: [async ({ request: req }) => acquire(new URL(req.url).host, req.id!)],
    requestHandler: handle,
    errorHandler: ({ request: req }) => release(new URL(req.url).host, req.id!),
    failedRequestHandler: failed,
  },
  new Configuration({ persistStorage: false, purgeOnStart: true }),
);

await crawler.addRequests([...sites.values()].map((site) => request(site, new URL('/robots.txt', site.base).href, { label: 'robots' })));
await crawler.run();
const wallMs = performance.now() - started;
const maxRssKb = process.resourceUsage().maxRSS;
const memoryNote = memory();

const kept = new Map<string, KeptPage[]>();
for (const site of sites.values()) {
  const pages: KeptPage[] = [];
  const categoriesOf = new Map<string, Category[]>();
  for (const c of CATEGORIES) for (const url of site.accepted.get(c)!) categoriesOf.set(url, [...(categoriesOf.get(url) ?? []), c]);
  for (const [url, categories] of categoriesOf) {
    const result = site.results.get(url)!;
    pages.push({ url, finalUrl: result.finalUrl, categories, rendered: false, ...(result.body ? { body: result.body } : {}) });
  }
  kept.set(site.origin, pages);
}
const stats = crawler.stats.state;
send({
  type: 'scan1',
  result: {
    wallMs,
    maxRssKb,
    score: scoreCrawl(start.sites, kept),
    renders: 0,
    notes: [
      `${stats.requestsFinished} requests finished, ${stats.requestsFailed} failed, ${stats.requestsRetries} retries; first response handled ${((firstHandledMs ?? 0) / 1000).toFixed(1)} s after start`,
      memoryNote,
    ],
  },
});
rmSync(storage, { recursive: true, force: true });
process.disconnect?.();
