/**
 * One request per URL among a business's pages: which page asks each URL. A legacy link and the page it redirects to
 * are often both candidates, and a page's remembered redirect may lead it to a URL another page asks (issue 12: the
 * first scan asked 75 such pages twice, and the unchanged 200-site re-scan asked 16 such pages, and the endpoints
 * behind them, twice). Whichever page claims a URL first asks it; another that reaches it takes that page's reading
 * (crawl-business.ts) instead of asking again.
 *
 * A page waiting on another's reading claims nothing more, and what it claimed is free for the next page that reaches
 * it: two pages redirecting to each other cannot wait on each other.
 */
import type { EarlyAnswers } from './crawl-types.js';
import type { MovedState, ScannedPage } from '../model.js';

/** One business's claims, by URL asked: the URL of the page that asks it (a page is named by its own URL). */
export interface ClaimBook {
  /** True when `url` is `page`'s to ask: unclaimed until now (it is then claimed), claimed by `page`, or left by a waiting page. */
  claim(url: string, page: string): boolean;
  /** The page that claimed `url`, if any. */
  ownerOf(url: string): string | undefined;
  /** `page` now waits on another page's reading: its claims go to the next page that asks for them. */
  wait(page: string): void;
}

export function createClaimBook(): ClaimBook {
  const claimedBy = new Map<string, string>();
  const waiting = new Set<string>();
  return {
    claim(url, page) {
      const owner = claimedBy.get(url);
      if (owner === undefined || waiting.has(owner)) claimedBy.set(url, page);
      return claimedBy.get(url) === page;
    },
    ownerOf: (url) => claimedBy.get(url),
    wait: (page) => void waiting.add(page),
  };
}

/**
 * One page's side of its business's claims (crawl-page.ts): it claims the URL of its own request before sending it
 * and each URL a redirect leads it to before following; at a URL another page claimed first it asks nothing, and
 * takes that page's reading of it (`readingAt`, with the permanent redirect it followed there).
 */
export interface UrlClaims {
  /** True when the URL is this page's to ask (ClaimBook.claim). */
  claim(url: string): boolean;
  /** `early`: this page's answers asked early (its own, its endpoint's), used if that reading does not serve it. */
  readingAt(url: string, moved: MovedState | undefined, early?: EarlyAnswers): Promise<ScannedPage | undefined>;
}
