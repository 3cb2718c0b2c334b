/**
 * One scan, end to end: open (and lock) the store before any request, crawl every business, extract the pages that
 * changed, reuse the previous extraction for the rest, and record the scan. This is the only place that wires the
 * crawl, extract and store stages together; the scan command, demo and schedule all call it.
 */
import { withinDays } from '../days.js';
import type { Config } from '../config/config-schema.js';
import { crawlBusinesses } from '../crawl/crawl-businesses.js';
import type { CrawlTarget } from '../crawl/crawl-types.js';
import { EXIT, type ExitCode } from '../errors.js';
import { extractTerms } from '../extract/extract-terms.js';
import { businessId, type CrawlProblem, type ScannedBusiness, type ScannedPage } from '../model.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store-types.js';
import { userAgentFor } from '../fetch/user-agent.js';
import type { RunScan, ScanOptions, ScanOutcome } from './scan-types.js';
import { resolve } from 'node:path';

/** Every business of the config as a crawl target, "you" first. */
export function crawlTargets(config: Config, only?: readonly string[]): CrawlTarget[] {
  const all: CrawlTarget[] = [
    { id: businessId(config.you.name), name: config.you.name, site: config.you.site, isYou: true, pages: config.you.pages },
    ...config.competitors.map((c) => ({ id: businessId(c.name), name: c.name, site: c.site, isYou: false, pages: c.pages })),
  ];
  if (!only || only.length === 0) return all;
  return all.filter((t) => only.includes(t.id) || only.some((o) => o.toLowerCase() === t.name.toLowerCase()));
}

/**
 * Extract what changed. The crawler already marks a 304 or a body hashing as last time "unchanged" (crawl-page.ts);
 * such a page keeps its previous extraction, so it never produces a "change" just because the extractor ran again
 * (reextract does that on purpose).
 */
export function extractPages(business: ScannedBusiness, store: Pick<Store, 'previousPageState'>): ScannedBusiness {
  const pages = business.pages.map((page): ScannedPage => {
    const previous = store.previousPageState(business.id, page.url);
    if (page.status === 'unchanged') {
      return { ...page, extract: previous?.extract, categories: page.categories.length ? page.categories : (previous?.categories ?? []) };
    }
    // The crawl extracts each page it fetched from the parse it already made (crawl-page.ts).
    if (page.status !== 'ok' || page.body === undefined || page.extract) return page;
    const extract = extractTerms({ body: page.body, url: page.finalUrl, contentType: page.contentType });
    return { ...page, extract };
  });
  return { ...business, pages };
}

/**
 * A business whose host was unreachable this run (robots.txt down, deferred, refused) comes back with no usable page.
 * Its known pages are then recorded as failed, so the store keeps their last good readings (marked stale) instead of
 * seeing every term disappear.
 */
export function keepKnownPages(business: ScannedBusiness, store: Pick<Store, 'pages'>, at: string): ScannedBusiness {
  if (business.pages.some((p) => p.status !== 'failed')) return business;
  const seen = new Set(business.pages.map((p) => p.url));
  const cause = business.problems[0] ?? business.pages.find((p) => p.problem)?.problem;
  const missing = store
    .pages(business.id)
    .filter((known) => !seen.has(known.url) && known.lastStatus !== 'failed')
    .map(
      (known): ScannedPage => ({
        url: known.url,
        finalUrl: known.finalUrl ?? known.url,
        categories: known.categories,
        reasons: known.reasons,
        status: 'failed',
        problem: cause
          ? { ...cause, url: known.url }
          : { business: business.id, url: known.url, kind: 'network', reason: 'not fetched this run', at },
        fetchedAt: at,
      }),
    );
  return missing.length ? { ...business, pages: [...business.pages, ...missing] } : business;
}

/**
 * Discovery says "no warranty page found" from link texts and slugs alone; when a page found for another reason
 * (a single FAQ, a guarantee page that also states the warranty) turns out to cover that category, the problem is
 * not one any more.
 */
export function dropCoveredNotFound(business: ScannedBusiness): ScannedBusiness {
  const covered = new Set<string>();
  for (const page of business.pages) {
    if (page.status === 'failed') continue;
    for (const category of page.extract?.category ?? []) covered.add(category);
    for (const term of Object.keys(page.extract?.terms ?? {})) covered.add(term.slice(0, term.indexOf('.')));
  }
  const problems = business.problems.filter((p) => {
    if (p.kind !== 'not-found') return true;
    const category = /\bno (\w+) page found\b/.exec(p.reason)?.[1];
    return category === undefined || !covered.has(category);
  });
  return problems.length === business.problems.length ? business : { ...business, problems };
}

/**
 * ok when nothing went wrong, partial when some pages or hosts had problems or a business gave no usable page at all
 * (a competitor that cannot be read is never "scan ok"), failure when nothing was usable.
 */
export function exitCodeFor(businesses: readonly ScannedBusiness[]): ExitCode {
  const pages = businesses.flatMap((b) => b.pages);
  const usable = pages.filter((p) => p.status !== 'failed').length;
  // A shop without, say, a warranty page has not failed: "not-found" is reported, but it is not a crawl fault.
  const hostProblems = businesses.flatMap((b) => b.problems).filter((p) => p.kind !== 'not-found').length;
  const problems = hostProblems + pages.filter((p) => p.status === 'failed').length;
  const unread = businesses.filter((b) => !b.pages.some((p) => p.status !== 'failed')).length;
  if (usable === 0) return EXIT.failure;
  return problems > 0 || unread > 0 ? EXIT.partial : EXIT.ok;
}

/**
 * A URL the store holds as missing less than `days` days before `now` is not asked again (0: always ask): a well-known
 * path or a guessed /sitemap.xml that answered 404/410, a catalogue sitemap file that listed no policy page
 * (discover-pages.ts), a page kept beside a chosen page that stated no term (crawl-business.ts). Linked and
 * sitemapped pages are found whatever this says. The age rule is withinDays, as for every "for N days" setting (a
 * check dated after `now`, from a clock set back, is asked again).
 */
export function recentlyMissing(store: Pick<Store, 'missingCheckedAt'>, days: number, now: string): (business: string, url: string) => boolean {
  const nowMs = Date.parse(now);
  return (business, url) => withinDays(store.missingCheckedAt(business, url), days, nowMs); // 0 days: withinDays never holds
}

export const runScan: RunScan = async (config: Config, options: ScanOptions): Promise<ScanOutcome> => {
  // Opening with the lock first is the preflight: a locked, broken or read-only database fails before any request.
  const store = await openStore(options.dbPath, {
    snapshotsDir: options.snapshotsDir ?? resolve(config.store.snapshots),
    keepSnapshotScans: config.store.keepSnapshotScans,
    lock: true,
    create: true,
    writer: 'scan',
  });
  try {
    const startedAt = new Date().toISOString();
    // Each body goes to the snapshot store as soon as its page is extracted, not at the end of the scan.
    const snapshotWrites: Promise<void>[] = [];
    const crawled = await crawlBusinesses(
      crawlTargets(config, options.only),
      {
        crawl: config.crawl,
        userAgent: userAgentFor(config.crawl),
        signal: options.signal,
        lookup: options.lookup,
        previousRobots: (robotsUrl) => store.previousRobots(robotsUrl),
      },
      {
        previous: (business, url) => store.previousPageState(business, url),
        previousHome: (business) => store.previousHome(business),
        previousSitemaps: (business) => store.previousSitemaps(business),
        skipProbe: recentlyMissing(store, config.crawl.recheckMissingDays, startedAt),
        startedAt,
        onEvent: options.onEvent,
        onBody: (_business, page) => {
          const write = store.writeSnapshot(page.contentHash, page.body);
          write.catch(() => undefined); // awaited below, before the scan is recorded
          snapshotWrites.push(write);
        },
        signal: options.signal,
      },
    );
    await Promise.all(snapshotWrites);
    const businesses = crawled.map((b) => dropCoveredNotFound(extractPages(keepKnownPages(b, store, startedAt), store)));
    // The crawl held back "no … page found" until the pages were read (crawl-business.ts); the ones still true are told now.
    for (const b of businesses) {
      for (const p of b.problems) {
        if (p.kind === 'not-found') options.onEvent?.({ type: 'problem', business: b.id, url: p.url, kind: p.kind, reason: p.reason });
      }
    }
    const finishedAt = new Date().toISOString();
    const interrupted = options.signal?.aborted === true;
    // An interrupt before any page was read leaves the database as it was: an empty scan would only hide the last one.
    const read = businesses.some((b) => b.pages.some((p) => p.status !== 'failed'));
    const stored = !interrupted || read;
    const { scanId, changes } = stored
      ? await store.recordScan({ startedAt, finishedAt, businesses, kind: 'scan' })
      : { scanId: '', changes: [] };
    const pages = businesses.flatMap((b) => b.pages);
    // Problems as the crawler saw them (the stand-in failed pages of keepKnownPages would only repeat them).
    const problems: CrawlProblem[] = crawled.flatMap((b, i) => [
      ...(businesses[i]?.problems ?? b.problems),
      ...b.pages.flatMap((p) => (p.problem ? [p.problem] : [])),
    ]);
    return {
      exitCode: exitCodeFor(businesses),
      scanId,
      startedAt,
      finishedAt,
      changes,
      problems,
      businesses: businesses.length,
      interrupted,
      stored,
      pages: {
        ok: pages.filter((p) => p.status === 'ok').length,
        unchanged: pages.filter((p) => p.status === 'unchanged').length,
        failed: pages.filter((p) => p.status === 'failed').length,
        rendered: pages.filter((p) => p.rendered).length,
      },
    };
  } finally {
    await store.close();
  }
};
