/**
 * One documented table of every user-tunable default and limit. The config schema reads its defaults from here,
 * and README "Configuration" lists the same values.
 */
import type { Category, TermId } from '../terms.js';

export const PRODUCT_TOKEN = 'servicediff';
export const PRODUCT_URL = 'https://github.com/servicediff/servicediff#for-site-owners';

/**
 * The one size cap of a page, after decompression: the crawler stops reading there (B1, B2) and the extractor never
 * parses more (a string of this many characters is at least this many bytes, so nothing the crawler accepts is cut).
 * Googlebot reads 2 MB; we allow a little more.
 */
export const MAX_PAGE_BYTES = 5_000_000;

export const CRAWL_DEFAULTS = {
  /** Requests in flight to one host at once (C5). */
  concurrencyPerHost: 1,
  /** Requests in flight over all hosts. */
  concurrency: 8,
  /** Minimum gap between two requests to one host; jitter only ever adds to it (C5). */
  delayMs: 1000,
  /** Random extra delay, 0..jitterMs, added to delayMs. */
  jitterMs: 250,
  /** TCP + TLS connect deadline. */
  connectTimeoutMs: 10_000,
  /** Deadline from request sent to response headers (A1). */
  firstByteTimeoutMs: 15_000,
  /** Deadline for the whole request including the body, so a trickling server cannot keep us forever (A2). */
  timeoutMs: 30_000,
  /**
   * Time one host may cost a scan, summed over its requests and renders from send to last byte (politeness waits
   * are ours, not its): three whole-request deadlines, one URL's retries at the defaults. A healthy shop's 40
   * requests answer in a few seconds in all; a host that answers slowly or never has its remaining requests dropped
   * and reported once this is spent, so it cannot set the length of the scan (issue 12: 7 requests × 30 s).
   */
  hostBudgetMs: 90_000,
  /** Byte cap on a body after decompression (B1, B2): MAX_PAGE_BYTES. */
  maxBytes: MAX_PAGE_BYTES,
  /** Redirect hops (A7); Google and got both stop at 10. */
  maxRedirects: 10,
  /** Retries after the first attempt, on network errors, 5xx, 408 and 429 (A1, A5). */
  retries: 2,
  /** First backoff; doubled per attempt, plus jitter. */
  backoffMs: 500,
  /** A Retry-After longer than this defers the host to the next run instead of sleeping (A4). */
  retryAfterCapSeconds: 60,
  /** A robots.txt Crawl-delay longer than this skips the host with a message (C5; Nutch uses 30 s). */
  crawlDelayCapSeconds: 30,
  /** Policy pages kept per category and business (discovery keeps the best one to three). */
  pagesPerCategory: 2,
  /** Hard cap on requests to one site in one scan, discovery included (C6). */
  maxPagesPerSite: 40,
  /**
   * A well-known path (/warranty, /policies/refund-policy…) that answered 404 or 410 is not probed again for this
   * many days; pages linked from the home page or a sitemap are always found at once. 0 probes every scan. Also a
   * catalogue sitemap that listed no policy page, and a page kept beside a category's chosen page whose text stated no
   * term, while its home page and its categories' chosen pages are unchanged (crawl-business.ts). And the site's
   * sitemaps as a whole, while its home page answers 304: read again after this many days (discover-pages.ts). And a
   * page whose text was read from a JSON endpoint, while that endpoint answers unchanged (crawl-page.ts shellStands).
   */
  recheckMissingDays: 28,
  /**
   * A permanent redirect (301/308) is remembered, and its target asked directly, for this many days; then the old URL
   * is asked again. A target that fails has the old URL asked again at once. 0 follows every redirect at every scan.
   */
  recheckRedirectDays: 28,
  /**
   * A rendered page whose HTML is unchanged (304) is rendered again once its last render is this many days old: its
   * scripts fetch the policy from places the page's validators do not cover. 6, so a weekly scan re-renders every
   * week and a daily one about weekly. 0 renders such a page at every scan. A page whose rendered text was found at a
   * same-origin address its scripts fetched is not rendered again: that address is asked with its validators.
   */
  rerenderDays: 6,
  /** When to render with Chromium: only when the static page lacks the policy (auto), never, or always. */
  browser: 'auto' as 'auto' | 'never' | 'always',
  /** Hard deadline for one page in the browser (B8). */
  browserTimeoutMs: 20_000,
  /** Refuse private, loopback and link-local addresses unless true (E3). */
  allowPrivateNetworks: false,
} as const;

/** Floors below which a politeness setting is refused (E5): we crawl sites we do not own. */
export const CRAWL_FLOORS = {
  /** Minimum per-host delay for public sites; private/loopback farms (allowPrivateNetworks) may go to 0. */
  delayMs: 100,
} as const;

export const SCHEDULE_DEFAULTS = {
  /** Weekly, Monday 06:00 in `timezone`. */
  cron: '0 6 * * 1',
  /** A cron that fires more often than this is refused (E4): weekly policy pages do not change by the minute. */
  minIntervalMinutes: 60,
} as const;

export const STORE_DEFAULTS = {
  /** The lowdb document, relative to the working directory (override with --db or SERVICEDIFF_DB). */
  db: 'data/servicediff.json',
  /** Content-addressed page bodies for `reextract`. */
  snapshots: 'data/snapshots',
  /** Snapshots older than this many scans of the same page are deleted (0 keeps everything). */
  keepSnapshotScans: 12,
} as const;

export const REPORT_DEFAULTS = {
  folder: 'data/reports',
} as const;

export type Importance = 'crucial' | 'important' | 'nice' | 'not-important';
export const IMPORTANCE_LEVELS = ['crucial', 'important', 'nice', 'not-important'] as const;
/** Weight of each level in ordering and in the summary score. */
export const IMPORTANCE_WEIGHT: Record<Importance, number> = { crucial: 4, important: 2, nice: 1, 'not-important': 0 };

/**
 * What customers weigh most when nobody has said otherwise: return windows, return shipping cost and the
 * free-shipping threshold decide most online purchases; the rest is context.
 */
export const DEFAULT_IMPORTANCE: Partial<Record<TermId, Importance>> & Record<Category, Importance> = {
  returns: 'important',
  shipping: 'important',
  guarantee: 'nice',
  warranty: 'nice',
  support: 'nice',
  'returns.window_days': 'crucial',
  'returns.return_shipping': 'crucial',
  'shipping.free_threshold': 'crucial',
  'shipping.delivery_days': 'important',
  'returns.restocking_fee': 'important',
  'warranty.duration_months': 'important',
  'support.hours': 'important',
  'support.response_hours': 'important',
  'returns.accepted': 'important',
};
