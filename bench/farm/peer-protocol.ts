/**
 * How bench:crawl talks to a peer (servicediff, Crawlee), each run in a child process of its own so that its memory
 * is sampled the same way (pss-sampler.ts) and nothing of the bench's own bookkeeping is counted.
 *   parent → peer: { type: 'start', sites, latencyMs } then, for a peer that re-scans, { type: 'rescan' }
 *   peer → parent: { type: 'scan1', result } then { type: 'scan2', result } (servicediff only)
 */
import type { CrawlScore } from './crawl-score.js';
import type { SitePlan } from './site-plan.js';

export interface PeerSite {
  readonly origin: string;
  readonly plan: SitePlan;
}

export interface StartMessage {
  readonly type: 'start';
  readonly sites: readonly PeerSite[];
  /** servicediff only: render in its own process, not in a render child process (bench:crawl --render-in-process). */
  readonly renderInProcess?: boolean;
}

/** The politeness every peer gets on the farm (issue 3): 2 requests per host, 16 overall, no delay. */
export const POLITENESS = { concurrencyPerHost: 2, concurrency: 16, delayMs: 0 } as const;

export interface Scan1Result {
  readonly wallMs: number;
  /** process.resourceUsage().maxRSS after the scan, in kB: the peer's Node process at its peak. */
  readonly maxRssKb: number;
  /** The render child process's peak RSS, kB (servicediff renders in a child process of its own; render-child.ts). */
  readonly renderChildMaxRssKb?: number;
  readonly score: CrawlScore;
  /** Pages rendered in a browser (kept or not). */
  readonly renders: number;
  /** Kept pages whose text was read from embedded data or a named JSON endpoint, without a render (servicediff only). */
  readonly payloadReads?: number;
  /** Something the peer wants printed (browser used, problems seen). */
  readonly notes: readonly string[];
}

export interface Scan2Result {
  readonly wallMs: number;
  readonly pages: number;
  readonly unchanged: number;
  /**
   * Pages that failed again, by problem kind: with those unchanged, all the re-scan's pages. A page robots.txt
   * disallows is kept as failed (its category's only candidate) and asks nothing: failed, not unchanged.
   */
  readonly failed?: Readonly<Record<string, number>>;
  readonly renders: number;
  /** The Node process's CPU time (user + system) during the re-scan, ms. */
  readonly cpuMs?: number;
}

export type PeerMessage = { readonly type: 'scan1'; readonly result: Scan1Result } | { readonly type: 'scan2'; readonly result: Scan2Result };
