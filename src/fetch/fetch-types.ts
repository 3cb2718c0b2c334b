/**
 * The fetch stage's contract: what one fetch returns, and the options every fetcher takes.
 * discover/, the crawl orchestration and `servicediff extract URL` all speak these types.
 */
import type { LookupFunction } from 'node:net';
import type { CrawlConfig } from '../config/config-schema.js';
import type { MovedState, ProblemKind, RobotsFile } from '../model.js';

export interface FetchedPage {
  /** The URL asked for. */
  readonly url: string;
  /** The URL after redirects. */
  readonly finalUrl: string;
  /** Redirect chain, first hop first (empty when none). */
  readonly redirects: string[];
  readonly status: number;
  /** Media type without parameters, lower case ("text/html"). */
  readonly contentType: string;
  /** Decoded text (WHATWG charset order); empty on 304. */
  readonly body: string;
  /** Decoded byte count of the body. */
  readonly bytes: number;
  readonly etag?: string;
  readonly lastModified?: string;
  /** sha256 hex of `body`; on 304 the caller keeps the previous hash. */
  readonly contentHash: string;
  /** true when the server answered 304 Not Modified to our conditional request. */
  readonly notModified: boolean;
  /** true when Chromium rendered it. */
  readonly rendered: boolean;
  readonly fetchedAt: string;
  /** Response headers, lower-case names (for bot-wall detection and diagnostics). */
  readonly headers: Record<string, string>;
  /** The permanent part of the redirect chain, to remember for the next scan (MovedState); absent when there is none. */
  readonly moved?: MovedState;
}

export interface FetchFailure {
  readonly url: string;
  readonly kind: ProblemKind;
  /** One line: what happened and, where useful, what to do. */
  readonly reason: string;
  readonly status?: number;
  /** How many attempts were made. */
  readonly attempts: number;
}

export type FetchOutcome = { readonly ok: true; readonly page: FetchedPage } | { readonly ok: false; readonly failure: FetchFailure };

/** Conditional-request validators from the previous scan. */
export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

/** Runtime knobs beyond the config: injected for tests (a fake resolver is allowed only for DNS faults, E3/A6). */
export interface FetchRuntime {
  readonly crawl: CrawlConfig;
  readonly userAgent: string;
  readonly signal?: AbortSignal;
  /** DNS lookup used at connect time; the SSRF guard checks the address it returns. */
  readonly lookup?: LookupFunction;
  /** robots.txt as the last scan read it, by its URL: asked for conditionally, its text reused on 304. */
  readonly previousRobots?: (robotsUrl: string) => RobotsFile | undefined;
}

/** Options of one polite fetch. */
export interface FetchOptions {
  /** ETag / Last-Modified of the previous scan: sent as If-None-Match / If-Modified-Since. */
  readonly validators?: Validators;
  /**
   * What the body is for, which decides the accepted content types: page (HTML, XHTML, plain text; PDF recorded as
   * unsupported), sitemap (XML, also gzip), robots (text). Default page.
   */
  readonly purpose?: 'page' | 'sitemap' | 'robots' | 'data';
  /** Overrides crawl.maxBytes (e.g. 500 KiB for robots.txt). */
  readonly maxBytes?: number;
  /**
   * The permanent redirect this URL answered at an earlier scan: while it holds (redirect-memory.ts) the target is
   * asked directly, and the old URL again only if the target fails.
   */
  readonly moved?: MovedState;
  /**
   * Asked before a redirect is followed to `next`, with the permanent part of the chain so far: false ends the fetch
   * there, with a 'redirect' failure, so a caller that already has `next` read by another request asks it no second time.
   */
  readonly follow?: (next: string, moved: MovedState | undefined) => boolean;
}

/** Outcome of asking robots.txt whether a URL may be fetched. */
export type RobotsVerdict =
  | { readonly allowed: true; readonly crawlDelaySeconds?: number }
  | { readonly allowed: false; readonly failure: FetchFailure };

/**
 * The polite HTTP client one scan shares (src/fetch/fetch-page.ts implements it): robots.txt checked and cached per
 * run, per-host queues (concurrency + minimum delay), retries with backoff and Retry-After, redirects and the address
 * guard on every hop, byte caps, charset decoding, bot-wall / soft-404 / empty classification of pages.
 */
export interface PageFetcher {
  /** Fetch one URL: robots-checked, host-queued, retried. Never throws for network or HTTP faults. */
  fetch(url: string, options?: FetchOptions): Promise<FetchOutcome>;
  /** May this URL be fetched? Fetches robots.txt of its origin once per run. */
  robots(url: string): Promise<RobotsVerdict>;
  /** Sitemap URLs named in the origin's robots.txt (after `robots` has been asked for that origin). */
  sitemapsOf(origin: string): Promise<string[]>;
  /**
   * The origin's robots.txt for the next scan to remember (see ScannedBusiness.robots): the file read this run (200
   * or 304), null when there is none to remember, undefined when it could not be read (the stored one stays).
   */
  robotsFile(origin: string): Promise<RobotsFile | null | undefined>;
  /** Run a task (e.g. one request of a rendered page, start to last byte) inside the host's polite queue, counted like a request. */
  schedule<T>(url: string, task: () => Promise<T>): Promise<T>;
  /** Counters for progress and benchmarks. */
  readonly stats: FetchStats;
  /** Stop queued work (after the current requests) and release sockets. */
  close(): Promise<void>;
}

export interface FetchStats {
  requests: number;
  /** Highest number of requests in flight to one host at once (C5 check). */
  maxInFlightPerHost: number;
  notModified: number;
  retries: number;
}
