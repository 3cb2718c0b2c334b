/**
 * Types that cross stage boundaries: what the crawler hands the scan, what the scan hands the store, and what the
 * store hands compare/report/notify. Stage-internal types live in their stage.
 */
import { createHash } from 'node:crypto';
import type { Category, ExtractResult, TermId, TermReading, TermValue } from './terms.js';
import type { HomeLink } from './discover/home-links.js';

/** Why a page or host gave no usable content this run. Stored, reported, and never treated as "terms removed". */
export type ProblemKind =
  | 'timeout'
  | 'network'
  | 'dns'
  | 'tls'
  | 'http-status'
  | 'too-large'
  | 'unsupported-type'
  | 'redirect'
  | 'blocked'
  | 'soft-404'
  | 'empty'
  | 'login-wall'
  | 'robots-disallowed'
  | 'robots-unreachable'
  | 'deferred'
  | 'private-address'
  | 'needs-browser'
  | 'browser-error'
  | 'not-found';

export interface CrawlProblem {
  /** Business id (slug of the name). */
  readonly business: string;
  readonly url: string;
  readonly kind: ProblemKind;
  /** One line a person can act on, e.g. "robots.txt answered 503; no page of this host fetched this run". */
  readonly reason: string;
  readonly status?: number;
  readonly at: string;
}

/** How a policy page was found. */
export type DiscoverySource = 'config' | 'link' | 'sitemap' | 'slug' | 'declared';

/** One policy page of one business in one scan. */
/**
 * Where a page's stored text came from: its static HTML; the payload embedded in it (a JSON data script or state
 * object its scripts would display, src/crawl/embedded-text.ts); a JSON endpoint the page names; or a Chromium render.
 */
export type TextSource = 'static' | 'payload' | 'endpoint' | 'rendered';

export interface ScannedPage {
  readonly url: string;
  /** After redirects; the evidence URL. */
  readonly finalUrl: string;
  readonly categories: Category[];
  /** Why this page was chosen, e.g. "footer link 'Returns & Refunds'", "named in config". */
  readonly reasons: string[];
  /**
   * ok: fresh content, `extract` holds its terms; unchanged: 304 or same content hash, the previous reading stands;
   * failed: see `problem`, the previous reading stands and is marked stale.
   */
  readonly status: 'ok' | 'unchanged' | 'failed';
  readonly problem?: CrawlProblem;
  readonly httpStatus?: number;
  readonly etag?: string;
  readonly lastModified?: string;
  /** sha256 of the decoded body text, hex. */
  readonly contentHash?: string;
  /** Rendered with Chromium. */
  readonly rendered?: boolean;
  /** How the stored text was obtained (status ok or unchanged): see TextSource. */
  readonly textFrom?: TextSource;
  /** textFrom endpoint: the endpoint the text came from, asked again (conditionally) whenever the page answers 304. */
  readonly endpoint?: EndpointState;
  /** textFrom rendered: when this scan rendered the page (ok, or unchanged by its rendered hash). */
  readonly renderedAt?: string;
  /** The permanent redirect its URL answers, for the next scan to ask the target directly (MovedState). */
  readonly moved?: MovedState;
  /** The decoded body, for the snapshot store (status ok only). */
  readonly body?: string;
  readonly contentType?: string;
  /**
   * Its own URL was not asked this scan: its text was proved by its unchanged endpoint (crawl-page.ts shellStands), and
   * fetchedAt is the page's last answer.
   */
  readonly shellStood?: true;
  readonly extract?: ExtractResult;
  /**
   * When its URL answered: this scan, or for a page whose shell stood (read from an unchanged endpoint without asking
   * the page itself, crawl-page.ts shellStands) the last scan that asked it.
   */
  readonly fetchedAt: string;
}

export interface ScannedBusiness {
  readonly id: string;
  readonly name: string;
  readonly site: string;
  readonly isYou: boolean;
  readonly pages: ScannedPage[];
  /** Host-level and discovery problems (robots unreachable, deferred, no policy page found…). */
  readonly problems: CrawlProblem[];
  /**
   * Well-known paths probed this scan that answered 404 or 410, catalogue sitemap files that listed no policy page,
   * and pages kept beside a category's chosen page that stated no term: remembered so the next scans
   * need not ask again for crawl.recheckMissingDays.
   */
  readonly missing?: readonly string[];
  /** The home page as discovery read it this scan, when it came with validators (remembered for the next scan). */
  readonly home?: HomeState;
  /**
   * The sitemap files as discovery knows them after this scan (read, answered 304, or kept from the last scan when
   * this fetch failed), for the next scan's conditional requests. Absent when discovery read no sitemap (the site
   * stopped before it): the stored ones stay.
   */
  readonly sitemaps?: readonly SitemapState[];
  /**
   * The site's robots.txt as this scan read it (200 or 304 with validators); null when it now has none (4xx, or an
   * answer without validators): the stored one is dropped. Absent when it could not be read (5xx, timeout): the
   * stored one stays (a failed fetch never replaces a good reading).
   */
  readonly robots?: RobotsFile | null;
}

/**
 * The home page's validators and the links discovery read from it: the next scan asks for the home page
 * conditionally, and on 304 reuses these links instead of receiving, decoding and parsing the page again (issue 12:
 * the home pages were a third of an unchanged re-scan's CPU). A changed home page answers 200 and is read afresh.
 */
export interface HomeState {
  /** The home URL asked for. */
  readonly url: string;
  readonly etag?: string;
  readonly lastModified?: string;
  /**
   * The discovery rules the links were read under (src/discover/discovery-rules.ts): links read by other rules (an
   * earlier servicediff) are not reused; the home page is then asked for unconditionally and read again.
   */
  readonly rules?: string;
  readonly links: readonly HomeLink[];
  /** The permanent redirect the home URL answered (to www., a locale path…): asked at its target while it holds. */
  readonly moved?: MovedState;
}

/**
 * One sitemap file as discovery read it, for the next scan's conditional request: on 304 its entries are reused
 * instead of fetched, decoded and parsed again. Like HomeState, tied to the discovery rules that read it.
 */
export interface SitemapState {
  readonly url: string;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly rules?: string;
  /** An index lists sitemap files; a urlset lists pages. */
  readonly kind: 'index' | 'urlset';
  /**
   * An index: its same-site child sitemaps. A urlset: only its entries that are policy-page candidates by the
   * discovery rules (a 5,000-product file is remembered as the few URLs that matter, or none).
   */
  readonly locs: readonly string[];
  /** An index: the <lastmod> it gives its children, by child URL (sitemaps.org: when that file last changed). */
  readonly lastmods?: Readonly<Record<string, string>>;
  /**
   * A child of an index: the <lastmod> the index gave it when it was read. While the index gives the same one, the
   * file is as it was read and is not asked again (sitemap.ts readSitemaps).
   */
  readonly listedLastmod?: string;
  /**
   * The start of the scan that last read this file (200 or 304) or whose index vouched for it: scan starts on both
   * sides, so a weekly scan re-reads it every crawl.recheckMissingDays, not a week later. While a root file's reading is recent
   * (crawl.recheckMissingDays) and the home page answers 304, a re-scan does not ask for the site's sitemaps at all
   * (discover-pages.ts). Absent on a reading stored by an earlier servicediff: such a file is asked again.
   */
  readonly readAt?: string;
}

/**
 * A site's robots.txt as last read, for the next scan's conditional request: on 304 the stored text is parsed
 * instead of fetched again (robots-parser's rules are functions, and parsing a stored text takes microseconds).
 */
export interface RobotsFile {
  /** The robots.txt URL asked for. */
  readonly url: string;
  readonly etag?: string;
  readonly lastModified?: string;
  /** The text as parsed: decoded, cut to the part RFC 9309 has us read. */
  readonly text: string;
}

/** One run of `scan`, as handed to the store. */
export interface ScanInput {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly businesses: ScannedBusiness[];
  /** "scan" for the network; "reextract" when stored snapshots were re-read by a newer extractor. */
  readonly kind: 'scan' | 'reextract';
}

/**
 * The JSON endpoint a page's text was read from (TextSource endpoint), with its validators and the hash of its body:
 * the page's own 304 says nothing of it, so a re-scan asks it too and keeps the page unchanged only when both are.
 */
export interface EndpointState {
  readonly url: string;
  readonly etag?: string;
  readonly lastModified?: string;
  /** contentHashOf the endpoint's decoded body. */
  readonly contentHash: string;
}

/**
 * A permanent redirect (301 or 308 on every hop from the URL asked for to `to`), remembered so that the next scans ask
 * `to` directly instead of asking the old URL to be sent there again (issue 12: 75 of an unchanged re-scan's requests).
 * HTTP lets a client reuse a permanent redirect (RFC 9110 15.4.2); servicediff reuses it while it still holds:
 *   - until the target fails: then the old URL is asked again at once, in the same scan (a redirect that now points
 *     elsewhere is followed there);
 *   - until crawl.recheckRedirectDays after `checkedAt`, or the redirect's own Cache-Control max-age if shorter;
 *     a redirect marked no-store or no-cache is not remembered at all.
 */
export interface MovedState {
  /** Where the permanent hops lead: the URL the next scan asks. */
  readonly to: string;
  /** The URLs that redirected, the URL asked for first: the answer's redirect chain, as if they had been asked. */
  readonly via: readonly string[];
  /** When the URL asked for last answered with this redirect. */
  readonly checkedAt: string;
  /** The shortest Cache-Control max-age of the hops, in seconds, when one set it. */
  readonly maxAgeSeconds?: number;
}

/** What the previous scan knew about a page: sent back as conditional-request headers, and reused on 304/same hash. */
export interface PreviousPageState {
  readonly etag?: string;
  readonly lastModified?: string;
  readonly contentHash?: string;
  readonly extract?: ExtractResult;
  readonly categories?: Category[];
  /** Where the stored text came from: a 304 proves it unchanged only for static and payload text (crawl-page.ts). */
  readonly textFrom?: TextSource;
  readonly endpoint?: EndpointState;
  /** When the stored rendered text was last rendered (crawl.rerenderDays). */
  readonly renderedAt?: string;
  /** The permanent redirect its URL answered: asked at its target while it holds (MovedState). */
  readonly moved?: MovedState;
  /** Where its URL led at the last good fetch (a page whose shell stands keeps it). */
  readonly finalUrl?: string;
  /** When its own URL last answered (200 or 304), unless its last fetch failed. */
  readonly fetchedAt?: string;
  /**
   * The start of the last scan that asked its own URL and had an answer (200 or 304), unless its last fetch failed. A
   * page read from an endpoint is not asked while that endpoint answers unchanged and this is less than
   * crawl.recheckMissingDays before this scan's start (crawl-page.ts shellStands).
   */
  readonly askedScanAt?: string;
}

/** A term-level change between two readings of one business. */
export interface TermChange {
  readonly business: string;
  readonly businessName: string;
  readonly term: TermId;
  /** appeared: no value before; removed: the page now states nothing for it; changed: a different value. */
  readonly kind: 'appeared' | 'changed' | 'removed';
  readonly before?: TermValue;
  readonly after?: TermValue;
  readonly evidenceBefore?: string;
  readonly evidenceAfter?: string;
  readonly url: string;
  /** When the change was first seen (the scan's start). */
  readonly seenAt: string;
  /** "reextract" when an improved extractor, not the competitor, changed the value. */
  readonly cause: 'scan' | 'reextract';
}

/** One business's current value for a term, with where and when it was read. */
export interface TermObservation {
  readonly reading: TermReading;
  /** The page the reading came from (empty for declared terms). */
  readonly url: string;
  /** crawled from the site, or declared in config (`you.terms`, which wins). */
  readonly origin: 'crawled' | 'declared';
  /** ISO time of the scan that read it. */
  readonly observedAt: string;
  /** Set when this week's fetch of the page failed: the ISO time of the last good reading's scan. */
  readonly staleSince?: string;
}

export interface BusinessTerms {
  readonly id: string;
  readonly name: string;
  readonly site: string;
  readonly isYou: boolean;
  readonly terms: Partial<Record<TermId, TermObservation>>;
  /** ISO time of the latest scan that touched this business, if any. */
  readonly lastScanAt?: string;
}

/** Where a term's importance came from: customer feedback (`weigh --write`), your config, or servicediff's defaults. */
export type ImportanceSource = 'customers' | 'config' | 'default';

/**
 * Importance tiers derived from customer feedback by `servicediff weigh --write`, stored in the database. They weigh
 * the comparison ahead of config and defaults: customers' definition of good service is the one that counts.
 */
export interface CustomerWeights {
  /** ISO time of the `weigh` run. */
  readonly generatedAt: string;
  /** Comments read (bad rows excluded): the "N customer comments" of the report. */
  readonly comments: number;
  /** File name the feedback came from. */
  readonly source: string;
  /** The tier rule, as `weigh` printed it. */
  readonly rule: string;
  /** Term → level, for the terms whose element got a tier (elements with too little feedback are left out). */
  readonly terms: Partial<Record<TermId, 'crucial' | 'important' | 'nice' | 'not-important'>>;
  /** Every service element in the order of the tier score, with its tier and HIT/MISS verdict. */
  readonly elements: readonly { readonly id: string; readonly label: string; readonly tier: string; readonly verdict: string; readonly mentions: number }[];
}

/** Everything compare and report need, read from the store (and config) once. */
export interface ComparisonInput {
  readonly generatedAt: string;
  readonly you: BusinessTerms;
  readonly competitors: BusinessTerms[];
  /** Importance of every term and where it came from. */
  readonly importance: Record<TermId, { level: 'crucial' | 'important' | 'nice' | 'not-important'; source: ImportanceSource }>;
  /** The customer feedback the `customers` weights came from, when `servicediff weigh --write` stored some. */
  readonly customerWeights?: CustomerWeights;
  /** Changes since the previous report (or --since). */
  readonly changes: TermChange[];
  /** Problems of the latest scan. */
  readonly problems: CrawlProblem[];
  readonly latestScanAt?: string;
  /** ISO time the changes are counted from (changes seen at or after it), when there is one. */
  readonly changesSince?: string;
  /** Your own policy pages as the store knows them: which page was read for which category. */
  readonly yourPages?: readonly YourPage[];
}

/** One of your pages, for "your crucial term is not stated — this page was read" (issue 13, defect 5). */
export interface YourPage {
  readonly url: string;
  readonly categories: readonly Category[];
  readonly status: 'ok' | 'unchanged' | 'failed';
}

/** Lower-case, ASCII, dash-separated id for a business name: stable keys in the database and safe file names. */
export function businessId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'business';
}

/**
 * sha256 hex of a decoded page body: the `contentHash` the fetcher and the browser report, the store compares to
 * decide "unchanged", and the snapshot store files bodies under. One definition, so the three always agree.
 */
export function contentHashOf(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}
