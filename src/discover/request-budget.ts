/**
 * crawl.maxPagesPerSite as a counter: every request discovery and the crawl make to one site (home page, sitemaps,
 * probes, policy pages, renders) takes one unit; when none is left the request is not made (C6).
 */
export interface RequestBudget {
  /** Take one request; false when the budget is spent (nothing is taken). */
  take(): boolean;
  readonly used: number;
  readonly limit: number;
}

export function createRequestBudget(limit: number): RequestBudget {
  let used = 0;
  return {
    take() {
      if (used >= limit) return false;
      used += 1;
      return true;
    },
    get used() {
      return used;
    },
    limit,
  };
}
