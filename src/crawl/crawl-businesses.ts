/**
 * The crawl stage (CrawlBusinesses): businesses in parallel, a bounded number at a time (businessesInFlight) —
 * politeness is the fetcher's job, per host — each through robots → discovery → fetch → (render only when needed).
 * One shared fetcher and one lazily launched Chromium per scan, in a render child process (render-child.ts); both are
 * closed when the crawl ends, fails or is aborted. One business failing never stops the others.
 */
import PQueue from 'p-queue';
import type { CrawlConfig } from '../config/config-schema.js';
import { createFetcher } from '../fetch/fetch-page.js';
import type { FetchRuntime, PageFetcher } from '../fetch/fetch-types.js';
import type { ScannedBusiness } from '../model.js';
import { BrowserPool, type BrowserPoolOptions } from './browser-pool.js';
import { RenderProcess, type Renderer } from './render-child.js';
import { crawlBusiness, type BusinessContext } from './crawl-business.js';
import { boundHeapGrowth } from './heap-policy.js';
import { pagesReadAhead, problemOf } from './crawl-page.js';
import { sharedPageWorkers, type PageWorkers } from './page-worker.js';
import type { CrawlBusinesses, CrawlTarget } from './crawl-types.js';

/** Parts a caller may swap (the benchmark reads the fetcher's stats and the pool's pid; tests pass a browser path). */
export interface CrawlParts {
  readonly createFetcher?: (runtime: FetchRuntime) => PageFetcher;
  /** Launch this executable instead of finding one (tests, bench). */
  readonly executablePath?: string;
  /** Parse pages in these workers instead of the process's shared ones (the caller closes them). */
  readonly workers?: PageWorkers;
  /**
   * Render in this process (a BrowserPool) instead of a render child process (render-child.ts). Also the case when
   * the runtime has its own DNS lookup (tests): a function cannot cross to the child.
   */
  readonly renderInProcess?: boolean;
  /** Called once the shared parts exist, before any request. */
  readonly onStart?: (parts: { fetcher: PageFetcher; pool: Renderer }) => void;
}

/**
 * Businesses crawled at once: enough for every request slot of the scan (crawl.concurrency) to find a host with a
 * free slot of its own, twice over so that businesses waiting on their renders or parses leave others fetching. Not
 * all at once: each business in flight holds its home page, sitemaps and pages waiting for a parse or a render, so on
 * the 200-site bench farm an unbounded crawl held most of its 789 MB of Node RSS in bodies waiting their turn.
 */
export function businessesInFlight(crawl: Pick<CrawlConfig, 'concurrency' | 'concurrencyPerHost'>): number {
  return 2 * Math.ceil(crawl.concurrency / crawl.concurrencyPerHost);
}

/** Build a CrawlBusinesses with swapped parts; `crawlBusinesses` below is the production one. */
export function createCrawlBusinesses(parts: CrawlParts = {}): CrawlBusinesses {
  return async (targets, runtime, options = {}) => {
    // Page bodies passing through are most of a crawl's heap: collect them while they are a few dozen MB.
    boundHeapGrowth();
    const fetcher = (parts.createFetcher ?? createFetcher)(runtime);
    const poolOptions: BrowserPoolOptions = {
      ...(runtime.crawl.browserPath ? { browserPath: runtime.crawl.browserPath } : {}),
      ...(parts.executablePath ? { executablePath: parts.executablePath } : {}),
      timeoutMs: runtime.crawl.browserTimeoutMs,
      allowPrivateNetworks: runtime.crawl.allowPrivateNetworks,
      userAgent: runtime.userAgent,
      // The browser's requests share the hosts' polite queues with the fetcher's own (issue 12).
      hostGate: (url, task) => fetcher.schedule(url, task),
    };
    // The browser lives in a child process, so Playwright and each render's traffic stay out of the crawler's memory.
    const pool: Renderer =
      parts.renderInProcess || runtime.lookup ? new BrowserPool({ ...poolOptions, ...(runtime.lookup ? { lookup: runtime.lookup } : {}) }) : new RenderProcess(poolOptions);
    const workers = parts.workers ?? sharedPageWorkers();
    workers.warm();
    parts.onStart?.({ fetcher, pool });
    // On abort the browser goes at once (a render in flight fails and is dropped); fetches in flight finish.
    const onAbort = () => void pool.close();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const turns = new PQueue({ concurrency: businessesInFlight(runtime.crawl) });
      const reads = new PQueue({ concurrency: pagesReadAhead(runtime.crawl) });
      const ctx: BusinessContext = { crawl: runtime.crawl, fetcher, pool, workers, reads, options };
      // A business still waiting when the scan is aborted is not started (only finished ones are handed back).
      const done = await Promise.all(targets.map((target) => turns.add(async () => (options.signal?.aborted ? undefined : crawlOne(target, ctx)))));
      return done.filter((b): b is ScannedBusiness => b !== undefined);
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
      await pool.close();
      await fetcher.close();
    }
  };
}

async function crawlOne(target: CrawlTarget, ctx: BusinessContext): Promise<ScannedBusiness | undefined> {
  const { options } = ctx;
  try {
    return await crawlBusiness(target, ctx);
  } catch (error) {
    // Ctrl-C closing the browser under a render is the user's doing, not the site's: nothing is recorded for it.
    if (options.signal?.aborted) return undefined;
    // A bug or an unexpected fault in one business: recorded on it, never allowed to stop the others.
    const message = error instanceof Error ? error.message : String(error);
    const problem = problemOf(target.id, target.site, 'network', `crawl of ${target.site} stopped: ${message.split('\n')[0]}`);
    options.onEvent?.({ type: 'problem', business: target.id, url: target.site, kind: problem.kind, reason: problem.reason });
    options.onEvent?.({ type: 'business-done', business: target.id, pages: 0, problems: 1 });
    return { id: target.id, name: target.name, site: target.site, isYou: target.isYou, pages: [], problems: [problem] };
  }
}

/** Discover and fetch the policy pages of every target (see CrawlBusinesses in crawl-types.ts). */
export const crawlBusinesses: CrawlBusinesses = createCrawlBusinesses();
