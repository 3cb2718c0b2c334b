/**
 * The store's contract (src/store/open-store.ts implements it): what the scan writes and what compare, report,
 * history and notify read. One lowdb JSON document plus content-addressed snapshots beside it.
 */
import type { Category, TermId } from '../terms.js';
import type { BusinessTerms, CrawlProblem, CustomerWeights, HomeState, PreviousPageState, RobotsFile, ScanInput, SitemapState, TermChange, TextSource } from '../model.js';

export type OpenStoreOptions = OpenStoreCommon & (OpenStoreUnlocked | OpenStoreLocked);

interface OpenStoreCommon {
  /** Folder of compressed, content-addressed page bodies (for `reextract`). */
  readonly snapshotsDir: string;
  /** Snapshots older than this many scans of the same page are deleted (0 keeps all). */
  readonly keepSnapshotScans?: number;
  /** Create the file if it does not exist (scan); readers get a clear "no scan yet — run servicediff scan" error. */
  readonly create?: boolean;
}

/** Readers (compare, report, history) do not lock. */
interface OpenStoreUnlocked {
  readonly lock?: false;
  readonly writer?: undefined;
}

/**
 * Take the cross-process lock (scan, reextract, weigh --write, schedule cycles). A second writer fails with a one-line
 * error naming the PID, the lock path and the writer holding it.
 */
interface OpenStoreLocked {
  readonly lock: true;
  /** What this writer is ("scan", "weigh --write", "reextract"), written into the lock; required, so never assumed. */
  readonly writer: string;
}

export interface ScanSummary {
  readonly id: string;
  readonly kind: 'scan' | 'reextract';
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly businesses: number;
  readonly pagesOk: number;
  readonly pagesUnchanged: number;
  readonly pagesFailed: number;
  readonly problems: number;
  readonly changes: number;
}

export interface StoredPage {
  readonly business: string;
  readonly url: string;
  readonly finalUrl?: string;
  readonly categories: Category[];
  readonly reasons: string[];
  readonly etag?: string;
  readonly lastModified?: string;
  readonly contentHash?: string;
  readonly lastFetchedAt?: string;
  readonly lastStatus: 'ok' | 'unchanged' | 'failed';
  readonly contentType?: string;
  /** How the last good text was obtained. */
  readonly textFrom?: TextSource;
}

export interface ChangeFilter {
  readonly business?: string;
  readonly term?: TermId;
  /** ISO date or time: changes seen at or after it. */
  readonly since?: string;
}

export interface Store {
  /** Absolute path of the JSON document. */
  readonly path: string;
  /** Validators, hash, categories and extraction of the page's last good reading. */
  previousPageState(business: string, url: string): PreviousPageState | undefined;
  /** When a probe of this well-known path last answered 404/410 (ISO time), or undefined if it never did. */
  missingCheckedAt(business: string, url: string): string | undefined;
  /** The home page as the latest scan that read it knew it (validators and links), or undefined. */
  previousHome(business: string): HomeState | undefined;
  /** The sitemap files as the latest scan that read them knew them (validators and entries), or undefined. */
  previousSitemaps(business: string): readonly SitemapState[] | undefined;
  /** robots.txt by its URL, as the latest scan that read it knew it (validators and text), or undefined. */
  previousRobots(robotsUrl: string): RobotsFile | undefined;
  /**
   * Append one scan atomically: pages, readings (only when the content hash changed), snapshots, problems, and the
   * term-level changes against the previous readings (failed pages are not disappearances).
   */
  recordScan(scan: ScanInput): Promise<{ readonly scanId: string; readonly changes: TermChange[] }>;
  /** Current crawled terms per business (best reading per term over its pages), stale ones marked. */
  latestTerms(): BusinessTerms[];
  /** Term changes, newest first. */
  changes(filter?: ChangeFilter): TermChange[];
  /** Problems recorded by the latest scan (of kind "scan"). */
  latestProblems(): CrawlProblem[];
  /** Every scan, oldest first. */
  scans(): ScanSummary[];
  /** Pages known for a business (or all). */
  pages(business?: string): StoredPage[];
  /** Importance tiers from customer feedback (`weigh --write`), if any were stored. */
  customerWeights(): CustomerWeights | undefined;
  /** Replace the stored customer weights (atomic write; needs a store opened with the lock). */
  recordCustomerWeights(weights: CustomerWeights): Promise<void>;
  /** The stored body of a snapshot by content hash, or undefined if retention removed it. */
  readSnapshot(contentHash: string): Promise<string | undefined>;
  /**
   * Store a page body under its content hash ahead of the scan that names it (the crawl hands each body over as soon
   * as it is extracted, so no body waits in memory for the end of the scan). Throws StoreNotWritableError.
   */
  writeSnapshot(contentHash: string, body: string): Promise<void>;
  /** Release the lock (if held). Safe to call twice. */
  close(): Promise<void>;
}
