/**
 * The crawl stage's contract: which businesses to crawl, what it reports while it runs, and what it hands back.
 * src/crawl/crawl-businesses.ts implements `CrawlBusinesses`; src/scan/run-scan.ts calls it and extracts the pages.
 */
import type { Category } from '../terms.js';
import type { HomeState, PreviousPageState, ScannedBusiness, SitemapState, TextSource } from '../model.js';
import type { FetchOutcome, FetchRuntime } from '../fetch/fetch-types.js';

export interface CrawlTarget {
  /** businessId(name) */
  readonly id: string;
  readonly name: string;
  readonly site: string;
  readonly isYou: boolean;
  /** Pages named in config: they win over discovery for their category. */
  readonly pages?: Partial<Record<Category, string[]>>;
}

/**
 * A page's answers already in hand when it is read (crawl-page.ts PageRequest; url-claims.ts readingAt), each as what
 * it is. Here, not beside PageRequest, so url-claims.ts need not import crawl-page.ts, which imports it.
 */
export interface EarlyAnswers {
  /** The page's own answer, already fetched during discovery (a well-known path probe, or the page asked early: earlyAsk). */
  readonly prefetched?: FetchOutcome;
  /**
   * The stored endpoint's answer, asked early in the page's place (earlyAsk, for a page whose shell may stand): taken
   * instead of asking that endpoint again; never the page's own answer.
   */
  readonly endpointAnswer?: FetchOutcome;
}

/** Progress events: the scan command turns them into a progress bar, log lines or --json lines. */
export type CrawlEvent =
  | { readonly type: 'business-start'; readonly business: string; readonly host: string }
  | { readonly type: 'pages-planned'; readonly business: string; readonly count: number }
  | {
      readonly type: 'page-done';
      readonly business: string;
      readonly url: string;
      readonly status: 'ok' | 'unchanged' | 'failed';
      readonly rendered: boolean;
      /** How its text was obtained, when it was read this scan. */
      readonly textFrom?: TextSource;
      /** Set when the page itself was not asked (ScannedPage.shellStood): when it last answered. */
      readonly pageAskedAt?: string;
    }
  | { readonly type: 'problem'; readonly business: string; readonly url: string; readonly kind: string; readonly reason: string }
  | { readonly type: 'business-done'; readonly business: string; readonly pages: number; readonly problems: number };

export interface CrawlOptions {
  /** What the last scan knew of a page (validators, hash, extraction), by business id and URL. */
  readonly previous?: (business: string, url: string) => PreviousPageState | undefined;
  /**
   * True for a URL in ScannedBusiness.missing recently enough (crawl.recheckMissingDays) that it need not be asked this
   * scan: a well-known path not probed, a catalogue sitemap not read, a page kept beside a chosen page that stated no term not asked.
   */
  readonly skipProbe?: (business: string, url: string) => boolean;
  /** The home page as the last scan read it (validators and links), by business id. */
  readonly previousHome?: (business: string) => HomeState | undefined;
  /** The sitemap files as the last scan read them (validators and entries), by business id. */
  readonly previousSitemaps?: (business: string) => readonly SitemapState[] | undefined;
  readonly onEvent?: (event: CrawlEvent) => void;
  /**
   * Takes each fresh body once its page is extracted (the snapshot store); the page then comes back without `body`,
   * so no body is held until the crawl ends. Without it, bodies stay on their pages.
   */
  readonly onBody?: (business: string, page: { readonly url: string; readonly contentHash: string; readonly body: string }) => void;
  /**
   * The scan's start (run-scan.ts: the time the store records the scan by): the days of crawl.recheckMissingDays a
   * standing shell counts (crawl-page.ts shellStands) and a remembered sitemap's (discover-pages.ts standingSitemaps) end here, as
   * recentlyMissing's do. Default: when the crawl of each
   * business starts.
   */
  readonly startedAt?: string;
  /** Stop after the current pages; the businesses done so far are returned. */
  readonly signal?: AbortSignal;
}

/**
 * Discover and fetch the policy pages of every target: static HTTP first, Chromium only for pages that need
 * JavaScript. Pages come back with status ok (body set, not yet extracted), unchanged (304) or failed (problem set).
 * One business failing never stops the others. Never throws for a site's fault.
 */
export type CrawlBusinesses = (
  targets: readonly CrawlTarget[],
  runtime: FetchRuntime,
  options?: CrawlOptions,
) => Promise<ScannedBusiness[]>;
