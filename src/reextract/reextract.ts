/**
 * Re-reading stored page snapshots with the current extractor, without the network: improved heuristics update
 * the readings, and the changes they cause are recorded with cause "reextract" (not as competitor changes).
 *
 * Which snapshots: by default the pages whose latest fetch succeeded (the latest scan's bodies); with `all`, every
 * page the store knows that still has a snapshot (including pages that failed lately, read from their last good
 * body). Retention may have removed old bodies: those pages are counted as `missing` and keep their reading.
 */
import type { ScannedBusiness, ScannedPage, TermChange } from '../model.js';
import type { ExtractResult } from '../terms.js';
import type { Store } from '../store/store-types.js';

/** The extractor's signature (src/extract/extract-terms.ts). */
export type ExtractFn = (input: { body: string; url?: string | null; contentType?: string }) => ExtractResult;

export interface ReextractOptions {
  /** Every known page with a snapshot, not only those fetched fine in the latest scan. */
  readonly all?: boolean;
  /** The extractor (default: src/extract/extract-terms.ts, loaded lazily). */
  readonly extract?: ExtractFn;
  readonly now?: () => Date;
}

export interface ReextractOutcome {
  readonly scanId: string;
  readonly startedAt: string;
  readonly pages: number;
  /** Pages whose snapshot was not found (retention removed it, or the page was never fetched fine). */
  readonly missing: { readonly business: string; readonly url: string }[];
  readonly changes: TermChange[];
}

export async function reextract(store: Store, options: ReextractOptions = {}): Promise<ReextractOutcome> {
  const now = options.now ?? (() => new Date());
  const extract = options.extract ?? (await defaultExtractor());
  const startedAt = now().toISOString();
  const missing: { business: string; url: string }[] = [];
  const businesses: ScannedBusiness[] = [];
  let count = 0;
  for (const business of store.latestTerms()) {
    const pages: ScannedPage[] = [];
    for (const page of store.pages(business.id)) {
      if (!options.all && page.lastStatus === 'failed') continue;
      const body = page.contentHash ? await store.readSnapshot(page.contentHash) : undefined;
      if (body === undefined) {
        missing.push({ business: business.id, url: page.url });
        continue;
      }
      const url = page.finalUrl ?? page.url;
      const result = extract({ body, url, ...(page.contentType ? { contentType: page.contentType } : {}) });
      pages.push({
        url: page.url,
        finalUrl: url,
        categories: page.categories,
        reasons: page.reasons,
        status: 'ok',
        ...(page.contentHash ? { contentHash: page.contentHash } : {}),
        extract: result,
        fetchedAt: startedAt,
      });
      count++;
    }
    if (pages.length > 0) {
      businesses.push({ id: business.id, name: business.name, site: business.site, isYou: business.isYou, pages, problems: [] });
    }
  }
  const finishedAt = now().toISOString();
  const { scanId, changes } = await store.recordScan({ kind: 'reextract', startedAt, finishedAt, businesses });
  return { scanId, startedAt, pages: count, missing, changes };
}

/** The project's extractor, imported only when needed (reextract without it is a usage of the store alone). */
async function defaultExtractor(): Promise<ExtractFn> {
  const module = (await import('../extract/extract-terms.js')) as { extractTerms: ExtractFn };
  return module.extractTerms;
}
