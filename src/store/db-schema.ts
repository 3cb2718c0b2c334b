/**
 * The lowdb document's types and version: one of servicediff's three typed contracts (with terms.ts and
 * config-schema.ts). Bump SCHEMA_VERSION and add an entry to migrations.ts whenever this shape changes.
 *
 * Compactness is designed in: a page's reading (ExtractResult) is stored only when its content hash (or, for a
 * re-extraction, its extracted terms) changed; an unchanged week adds one small outcome tuple per page to its scan.
 */
import type { Category, ExtractResult } from '../terms.js';
import type { CrawlProblem, CustomerWeights, EndpointState, HomeState, MovedState, RobotsFile, SitemapState, TermChange, TextSource } from '../model.js';
import type { ScanSummary } from './store-types.js';

/** The document version this build writes. Older files are migrated (with a backup); newer ones are refused. */
export const SCHEMA_VERSION = 1;

/** Problems are kept for this many scans (only the latest is reported; a few more help a person looking back). */
export const KEEP_PROBLEM_SCANS = 8;

/** One stored reading: the terms a page gave for one body. Keyed in `DbDocument.readings`. */
export interface DbReading {
  /** sha256 of the body this reading was extracted from (the snapshot's name). */
  readonly hash?: string;
  /** The scan that produced it. */
  readonly scan: string;
  readonly extract: ExtractResult;
  /** Set once retention deleted the snapshot of `hash` (so later scans need not look for it again). */
  snapshotGone?: true;
}

/** One page of one business, with its last good state and the history of its readings. */
export interface DbPage {
  /** Short per-document number, used in scan outcomes instead of the URL (compactness). */
  readonly id: number;
  readonly url: string;
  finalUrl?: string;
  categories: Category[];
  reasons: string[];
  etag?: string;
  lastModified?: string;
  /** Hash of the last good body. A failed fetch never touches it. */
  contentHash?: string;
  contentType?: string;
  /** How the last good text was obtained (static HTML, embedded payload, JSON endpoint, render); absent before it was recorded. */
  textFrom?: TextSource;
  /** textFrom endpoint: the endpoint read, with its validators and body hash (asked again when the page answers 304). */
  endpoint?: EndpointState;
  /** textFrom rendered: the time of the last render that read the stored text (crawl.rerenderDays). */
  renderedAt?: string;
  /**
   * The permanent redirect the URL answered at the last good fetch (crawl.recheckRedirectDays). Optional, so documents
   * written before it existed read unchanged (no schema bump: an older build ignores the field).
   */
  moved?: MovedState;
  /**
   * When the page's URL last answered (200 or 304); not moved on by a scan that proved its text by its endpoint alone
   * (crawl.recheckMissingDays counts from it).
   */
  lastFetchedAt?: string;
  /**
   * Start time of the last scan that asked the page's URL and had it answer (200 or 304): a scan whose page stood on its
   * unchanged endpoint (ScannedPage.shellStood) leaves it, and crawl.recheckMissingDays counts from it to the next scan's
   * start (crawl-page.ts shellStands). Optional: a document written before it existed has such a page asked once.
   */
  askedScanAt?: string;
  lastStatus: 'ok' | 'unchanged' | 'failed';
  /** Key into `readings` of the current (last good) reading. */
  reading?: string;
  /** Start time of the last scan whose fetch of this page succeeded (ok or unchanged): `staleSince` when it later fails. */
  lastGoodAt?: string;
  /** Every reading the page has had, oldest first (append-only). */
  history: { readonly scan: string; readonly reading: string }[];
}

export interface DbBusiness {
  name: string;
  site: string;
  isYou: boolean;
  /** Start time of the latest scan that included this business. */
  lastScanAt?: string;
  /** URL → page. */
  pages: Record<string, DbPage>;
  /**
   * URL → start time of the latest scan that found it missing (crawl.recheckMissingDays): a well-known path that answered
   * 404/410, a catalogue sitemap file that listed no policy page, a page kept beside a category's chosen page that stated no term.
   */
  missing?: Record<string, string>;
  /** The home page as the latest scan read it (validators and links), for the next scan's conditional request. */
  home?: HomeState;
  /** The site's sitemap files as the latest scan that read them knew them, for the next scan's conditional requests. */
  sitemaps?: SitemapState[];
  /** The site's robots.txt as last read (validators and text), for the next scan's conditional request. */
  robots?: RobotsFile;
}

/** Outcome of one page in one scan: [page id, o(k) | u(nchanged) | f(ailed)]. */
export type DbOutcome = readonly [number, 'o' | 'u' | 'f'];

/** A scan as stored: its summary (the Store contract's ScanSummary) plus each page's outcome. */
export interface DbScan extends ScanSummary {
  readonly outcomes: DbOutcome[];
}

export interface DbDocument {
  schemaVersion: number;
  createdAt: string;
  /** Next scan sequence number (scan ids are "s1", "s2", … and never reused). */
  nextScan: number;
  /** Next page id. */
  nextPage: number;
  /** Business id → business. */
  businesses: Record<string, DbBusiness>;
  /** Oldest first. */
  scans: DbScan[];
  /** Reading key → reading. */
  readings: Record<string, DbReading>;
  /** Term-level changes, oldest first (queries return newest first). */
  changes: TermChange[];
  /** Scan id → the problems it recorded, for the last KEEP_PROBLEM_SCANS scans. */
  problems: Record<string, CrawlProblem[]>;
  /**
   * The latest `servicediff weigh --write`: importance tiers from customer feedback. Optional, so documents written
   * before it existed read unchanged (no schema bump: an older build ignores the field).
   */
  customerWeights?: CustomerWeights;
}

export function emptyDocument(now: string): DbDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    createdAt: now,
    nextScan: 1,
    nextPage: 1,
    businesses: {},
    scans: [],
    readings: {},
    changes: [],
    problems: {},
  };
}
