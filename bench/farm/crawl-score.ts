/**
 * Score one crawl of the farm against its plan, the same way for every peer: a planned policy page counts as found
 * with its text when a kept page at its path (or one of its legacy aliases, before or after redirects) is kept for
 * its category and its body holds the page's marker sentence. The marker is never whole in the static HTML of a
 * JavaScript page (storefront-pages.ts), so a shell stored as if it were the policy does not count.
 */
import type { Category } from '../../src/terms.js';
import type { PeerSite } from './peer-protocol.js';
import type { PlannedPolicy, PolicyRender } from './site-plan.js';

/** A page a peer kept for a site, with the categories it was kept for. */
export interface KeptPage {
  readonly url: string;
  readonly finalUrl: string;
  readonly categories: readonly Category[];
  readonly rendered: boolean;
  /** servicediff only: read from an embedded payload or a named JSON endpoint instead of its HTML or a render. */
  readonly readFromData?: boolean;
  readonly body?: string;
}

/** found / planned */
export type Tally = [found: number, planned: number];

export interface CrawlScore {
  readonly static: Tally;
  readonly javascript: Tally;
  readonly byRender: Partial<Record<PolicyRender, Tally>>;
  /** Storefront farm only: by how a page can be reached (linked, sitemap-only, …). */
  readonly byReach: Record<string, Tally>;
  /** Kept pages that are not planned JavaScript pages, and how many of them were rendered (needlessly). */
  readonly keptStatic: number;
  readonly renderedStatic: number;
  /** Kept pages that are not planned JavaScript pages yet were read from a payload or an endpoint (needlessly). */
  readonly dataStatic: number;
  /** Kept pages read from a payload or an endpoint, by the planned kind of the page (or "not planned JavaScript"). */
  readonly dataReads: Record<string, number>;
  /** The planned policy pages not found with their text: origin, path, category, how reached and rendered. */
  readonly missed: readonly string[];
}

const pathOf = (url: string) => {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};

const pathsOf = (policy: PlannedPolicy) => new Set([policy.path, ...(policy.aliases ?? [])]);

export function scoreCrawl(sites: readonly PeerSite[], keptBySite: ReadonlyMap<string, readonly KeptPage[]>): CrawlScore {
  const score = { static: [0, 0] as Tally, javascript: [0, 0] as Tally, byRender: {} as Partial<Record<PolicyRender, Tally>>, byReach: {} as Record<string, Tally>, keptStatic: 0, renderedStatic: 0, dataStatic: 0, dataReads: {} as Record<string, number>, missed: [] as string[] };
  const add = (tally: Tally, found: boolean) => {
    tally[0] += found ? 1 : 0;
    tally[1] += 1;
  };
  for (const site of sites) {
    const kept = keptBySite.get(site.origin) ?? [];
    for (const policy of site.plan.policies) {
      const paths = pathsOf(policy);
      const found = kept.some(
        (page) => (paths.has(pathOf(page.url)) || paths.has(pathOf(page.finalUrl))) && page.categories.includes(policy.category) && page.body?.includes(policy.marker) === true,
      );
      // Storefront plans say how each page is reached (StorefrontPolicy.reach); the plain plan does not.
      const reach = (policy as PlannedPolicy & { reach?: string }).reach;
      add(policy.render === 'static' ? score.static : score.javascript, found);
      if (!found) score.missed.push(`${site.origin}${policy.path} (${policy.category}, ${reach ?? 'linked'}, ${policy.render})`);
      add((score.byRender[policy.render] ??= [0, 0]), found);
      if (reach) add((score.byReach[reach] ??= [0, 0]), found);
    }
    for (const page of kept) {
      const planned = site.plan.policies.find((p) => p.render !== 'static' && (pathsOf(p).has(pathOf(page.url)) || pathsOf(p).has(pathOf(page.finalUrl))));
      if (page.readFromData) score.dataReads[planned?.render ?? 'not planned JavaScript'] = (score.dataReads[planned?.render ?? 'not planned JavaScript'] ?? 0) + 1;
      if (planned) continue;
      score.keptStatic += 1;
      if (page.rendered) score.renderedStatic += 1;
      if (page.readFromData) score.dataStatic += 1;
    }
  }
  return score;
}
