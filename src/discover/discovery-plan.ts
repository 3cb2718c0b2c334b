/**
 * What a scan would fetch for one business, and why, without fetching the policy pages themselves or storing anything
 * (`servicediff check --online`): robots.txt's verdict for the site, then discovery (home-page links, sitemaps, and
 * the well-known paths it probes) ranked per category, with the pages the crawl would read first and the fallbacks it
 * keeps. Uses the same discoverPages and the same politeness as a scan, so the plan is what the scan would do.
 */
import type { CrawlConfig } from '../config/config-schema.js';
import type { FetchFailure, PageFetcher } from '../fetch/fetch-types.js';
import { CATEGORIES, type Category } from '../terms.js';
import { discoverPages } from './discover-pages.js';
import { createRequestBudget } from './request-budget.js';

export interface PlannedPage {
  readonly url: string;
  /** Why discovery chose it, e.g. "footer link 'Returns & Refunds'". */
  readonly reasons: readonly string[];
  /** Set when robots.txt (or the host) refuses this URL: the scan would not read it. */
  readonly refused?: string;
}

export interface CategoryPlan {
  readonly category: Category;
  /** The pages the crawl reads first (the category's slots: crawl.pagesPerCategory, or every page named in config). */
  readonly fetch: readonly PlannedPage[];
  /** Further candidates, read only when one of the first is a soft 404, a wall or dead. */
  readonly fallbacks: number;
}

export interface DiscoveryPlan {
  readonly site: string;
  /** The whole site is off (unreachable, robots.txt unreachable, deferred): nothing would be read. */
  readonly stop?: FetchFailure;
  /** robots.txt's verdict on the home page, in words. */
  readonly robots: string;
  readonly categories: readonly CategoryPlan[];
  /** Why discovery found less than it might have (home page failed, sitemap skipped…). */
  readonly notes: readonly string[];
}

export async function planDiscovery(input: {
  readonly site: string;
  readonly pages?: Partial<Record<Category, string[]>>;
  readonly crawl: CrawlConfig;
  readonly fetcher: PageFetcher;
  readonly signal?: AbortSignal;
}): Promise<DiscoveryPlan> {
  const { crawl, fetcher } = input;
  const home = new URL('/', input.site).href;
  const verdict = await fetcher.robots(home);
  const robots = verdict.allowed
    ? `allowed${verdict.crawlDelaySeconds !== undefined ? ` (Crawl-delay ${verdict.crawlDelaySeconds} s)` : ''}`
    : verdict.failure.reason;
  // robots.txt is one request of the site's budget, as in a scan (crawl-business.ts).
  const discovery = await discoverPages({
    site: input.site,
    ...(input.pages ? { pages: input.pages } : {}),
    crawl,
    fetcher,
    budget: createRequestBudget(crawl.maxPagesPerSite - 1),
    ...(input.signal ? { signal: input.signal } : {}),
  });
  if (discovery.stop) return { site: input.site, stop: discovery.stop, robots, categories: [], notes: discovery.notes };
  const categories = await Promise.all(
    CATEGORIES.map(async (category): Promise<CategoryPlan> => {
      const ranked = discovery.ranked[category];
      const slots = (input.pages?.[category]?.length ?? 0) > 0 ? ranked.length : crawl.pagesPerCategory;
      const fetch = await Promise.all(
        ranked.slice(0, slots).map(async (candidate): Promise<PlannedPage> => {
          const allowed = await fetcher.robots(candidate.url);
          return { url: candidate.url, reasons: candidate.reasons[category] ?? [], ...(allowed.allowed ? {} : { refused: allowed.failure.reason }) };
        }),
      );
      return { category, fetch, fallbacks: Math.max(ranked.length - slots, 0) };
    }),
  );
  return { site: input.site, robots, categories, notes: discovery.notes };
}
