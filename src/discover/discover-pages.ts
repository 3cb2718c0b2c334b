/**
 * Find the policy pages of one business, per category, as a numbered cascade where each stage engages only when the
 * previous ones under-deliver:
 *   1. pages named in config (they win: a category named in config uses only those);
 *   2. links on the home page (nav, footer; link text and URL slug) and sitemap entries (robots.txt's sitemaps, or
 *      /sitemap.xml when it names none), scored with the tables of link-patterns.ts;
 *   3. well-known paths (/policies/refund-policy, /returns, /contact, …), probed only for categories still empty,
 *      most common categories first, within a small per-site budget of guesses that find nothing (MAX_PROBES_PER_SITE).
 * Every request is robots-checked and host-queued by the fetcher and counted against crawl.maxPagesPerSite.
 */
import type { CrawlConfig } from '../config/config-schema.js';
import type { FetchFailure, FetchOutcome, PageFetcher, Validators } from '../fetch/fetch-types.js';
import { GONE_STATUSES } from '../fetch/fetch-errors.js';
import { withinDays } from '../days.js';
import { renewedValidators, validatorsOf } from '../fetch/validators.js';
import type { DiscoverySource, HomeState, MovedState, SitemapState } from '../model.js';
import { count } from '../text/count.js';
import { CATEGORIES, categoryOf, type Category, type ExtractResult, type TermId } from '../terms.js';
import { DISCOVERY_RULES, reusable } from './discovery-rules.js';
import { extractLinks, type HomeLink } from './home-links.js';
import { MAX_PROBES_PER_CATEGORY, MAX_PROBES_PER_SITE, PROBE_ORDER, WELL_KNOWN_PATHS } from './link-patterns.js';
import type { RequestBudget } from './request-budget.js';
import { scoreCandidate, type CandidateInput } from './score-candidate.js';
import { readSitemaps, type SitemapOptions, type SitemapReading } from './sitemap.js';

/** A page that may serve one or more categories, with why. */
export interface PolicyCandidate {
  readonly url: string;
  /** Best score per category it may serve. */
  readonly scores: Partial<Record<Category, number>>;
  /** Reasons per category, e.g. "footer link 'Returns & Refunds'". */
  readonly reasons: Partial<Record<Category, string[]>>;
  /** Categories for which a text or slug pattern matched (not only a shared FAQ-like pattern). */
  readonly dedicated: Partial<Record<Category, boolean>>;
  /** The strongest source it was found by. */
  readonly source: DiscoverySource;
}

export interface Discovery {
  /** Per category, candidates best first; config pages only, for a category named in config. */
  readonly ranked: Record<Category, PolicyCandidate[]>;
  /** Set when the whole site is off this run (unreachable, robots.txt unreachable, deferred, home page walled): nothing else is fetched. */
  readonly stop?: FetchFailure;
  /** Why discovery found less than it might have (home page failed, sitemap skipped…). */
  readonly notes: string[];
  /**
   * Well-known paths probed this time that answered 404 or 410, and catalogue sitemap files (products, collections,
   * blog posts) read this time that listed no policy page: neither is asked again for crawl.recheckMissingDays.
   */
  readonly missing: string[];
  /**
   * Per category, well-known paths the host did not answer: timed out, throttled or failing, or not requested once
   * the host was given up (its time budget spent, A5). Such a category is unknown, not missing.
   */
  readonly unanswered: Partial<Record<Category, FetchFailure[]>>;
  /**
   * Well-known paths already fetched while probing that answered, by URL: the crawl takes each (and deletes it) instead
   * of fetching it again, so a page's body goes with its page instead of staying with the business's candidates.
   */
  readonly prefetched: Map<string, FetchOutcome>;
  /**
   * By page URL, the answers of a page's stored endpoint, asked early in the page's place (EarlyAsk of 'endpoint'): the
   * proof of the page's stored text, never the page's own answer. The crawl takes each (and deletes it) like `prefetched`.
   */
  readonly endpointAnswers: Map<string, FetchOutcome>;
  /** The home page's validators and links, when it answered with validators (200) or 304 (DiscoverInput.home). */
  readonly home?: HomeState;
  /** The sitemap files for the next scan to ask for conditionally, when sitemaps were read (SitemapReading.remembered). */
  readonly sitemaps?: readonly SitemapState[];
  /**
   * The home page answered 304 and its remembered links were used again: every linked candidate is linked as it was
   * at the last scan (the crawl then may leave a page kept beside a chosen one that stated no term unasked, crawl-business.ts).
   */
  readonly homeUnchanged?: boolean;
}

export interface DiscoverInput {
  readonly site: string;
  readonly pages?: Partial<Record<Category, string[]>>;
  readonly crawl: CrawlConfig;
  readonly fetcher: PageFetcher;
  readonly budget: RequestBudget;
  /** Validators of the previous scan, so a probe of a known page can be answered 304. */
  readonly validatorsOf?: (url: string) => Validators | undefined;
  /** The permanent redirect a known page's URL answered last time (MovedState): a probe asks its target while it holds. */
  readonly movedOf?: (url: string) => MovedState | undefined;
  /** Well-known paths not to probe, and catalogue sitemap files not to read, this time (in `missing` at a recent scan). */
  readonly skipProbe?: (url: string) => boolean;
  readonly signal?: AbortSignal;
  /** The home page as the last scan read it: asked for conditionally, its links reused when it answers 304. */
  readonly home?: HomeState;
  /** The sitemap files as the last scan read them: asked for conditionally, their entries reused on 304. */
  readonly sitemaps?: readonly SitemapState[];
  /** Reads a home page's links; the crawl passes its parse workers so a huge page never holds the event loop. */
  readonly links?: (html: string, url: string) => Promise<HomeLink[]>;
  /**
   * The request the crawl would send first for a page the last scan read (conditional, at its remembered redirect
   * target), or undefined when it would not ask that page conditionally (nothing stored, a render due). With it, a
   * re-scan asks last week's pages right after robots.txt, beside the home page and sitemaps (see `early` below).
   */
  readonly revalidate?: (url: string) => EarlyAsk | undefined;
  /**
   * What a page's last reading stated (the stored extraction), by URL: among candidates equally named for a category,
   * one whose reading stated a term of it ranks first (statedFirst). Without it, the ranking is by names alone.
   */
  readonly lastReading?: (url: string) => ExtractResult | undefined;
  /** The scan's start: what a sitemap read now is stamped with (SitemapState.readAt) and what the remembered ones' age counts to (standingSitemaps); default the wall clock. */
  readonly now?: Date;
}

/**
 * A request sent early in a page's place (DiscoverInput.revalidate), tagged with whose answer it brings: the page's own
 * (its conditional request), or its stored endpoint's (a page whose shell may stand, crawl-page.ts shellStands). Only the
 * page's own answer is the page's: a probe of that URL takes it, and the crawl reads it as the page's first answer; an
 * endpoint's answer only proves the page's stored text (issue 12: a probe that took a retired endpoint's 404 as the
 * page's left a redesigned returns page unread for four scans).
 */
export interface EarlyAsk {
  readonly of: 'page' | 'endpoint';
  readonly ask: () => Promise<FetchOutcome>;
}

/** Candidates kept per category beyond pagesPerCategory, as fallbacks when a chosen page is a soft 404 (B4). */
export const FALLBACK_CANDIDATES = 2;

/**
 * robots.txt refusals that concern one path, not the site: every other refusal of the home page's robots check is about
 * the whole origin (robots.txt unreachable (C1), deferred (A4), and the host itself refused, unknown to DNS, behind a
 * bad certificate or at a private address (A6)) and stops the site this run, as one problem of its own kind.
 */
const PATH_REFUSALS: ReadonlySet<string> = new Set(['robots-disallowed']);

/** Probe failures that say nothing about the path: the host did not answer it (see Discovery.unanswered). */
const UNANSWERED_KINDS: ReadonlySet<string> = new Set(['timeout', 'network', 'http-status', 'deferred', 'dns', 'tls']);

const SOURCE_RANK: Record<DiscoverySource, number> = { config: 4, declared: 3, link: 2, sitemap: 1, slug: 0 };

export async function discoverPages(input: DiscoverInput): Promise<Discovery> {
  const { fetcher, budget, crawl } = input;
  const site = new URL(input.site);
  const home = new URL('/', site).href;
  const notes: string[] = [];

  const verdict = await fetcher.robots(home);
  /** Well-known paths that answered 404/410 this time. */
  const gone: string[] = [];
  const unanswered: Partial<Record<Category, FetchFailure[]>> = {};
  if (!verdict.allowed && !PATH_REFUSALS.has(verdict.failure.kind)) return stopped(verdict.failure, notes);

  const merged = new Map<string, MutableCandidate>();
  let homeState: HomeState | undefined;
  let homeUnchanged = false;
  let sitemapStates: readonly SitemapState[] | undefined;
  const prefetched = new Map<string, FetchOutcome>();
  /**
   * A candidate's scores: a sitemap entry is scored by readSitemaps (what to remember) and again by add, and a re-scan
   * scores its stored links and entries once to ask their pages early and once more for the ranking.
   */
  const scores = new Map<string, ReturnType<typeof scoreCandidate>>();
  const scoreOf = (candidate: CandidateInput) => {
    const key = candidate.source === 'sitemap' ? candidate.url : `${candidate.source} ${candidate.region ?? ''} ${candidate.url} ${candidate.text ?? ''}`;
    let scored = scores.get(key);
    if (!scored) scores.set(key, (scored = scoreCandidate(candidate)));
    return scored;
  };
  /** Score a candidate and merge it into `into`; false when it is no candidate for any category. */
  const addTo = (into: Map<string, MutableCandidate>, candidate: CandidateInput): boolean => {
    const scores = scoreOf(candidate);
    for (const { category, score, reason, dedicated } of scores) {
      const entry = into.get(candidate.url) ?? newCandidate(candidate.url, candidate.source);
      entry.scores[category] = Math.max(entry.scores[category] ?? -Infinity, score);
      if (dedicated) entry.dedicated[category] = true;
      const reasons = (entry.reasons[category] ??= []);
      if (!reasons.includes(reason)) reasons.push(reason);
      if (SOURCE_RANK[candidate.source] > SOURCE_RANK[entry.source]) entry.source = candidate.source;
      into.set(candidate.url, entry);
    }
    return scores.length > 0;
  };
  const add = (candidate: CandidateInput): boolean => addTo(merged, candidate);
  /** Pages asked early (DiscoverInput.revalidate), by page URL, with whose answer each brings. */
  const early = new Map<string, { readonly of: EarlyAsk['of']; readonly answer: Promise<FetchOutcome | undefined> }>();

  // 1. Config pages win for their categories.
  const configured = new Set<Category>();
  for (const category of CATEGORIES) {
    for (const url of input.pages?.[category] ?? []) {
      configured.add(category);
      const entry = merged.get(url) ?? newCandidate(url, 'config');
      entry.source = 'config';
      entry.scores[category] = Number.MAX_SAFE_INTEGER;
      entry.reasons[category] = ['named in config'];
      entry.dedicated[category] = true;
      merged.set(url, entry);
    }
  }

  /**
   * An unchanged re-scan's chain per host was robots.txt, then the home page and sitemap index, then the sitemap's
   * pages file, then the pages two at a time (issue 12: the re-scan sat at 1.1-2 x its request floor). When the home
   * page was read last time, the pages its stored links and sitemap entries rank first (the picks of the crawl's first
   * round) are asked now, conditionally, beside the home page and sitemaps (or, for a page whose shell may stand, its
   * endpoint: EarlyAsk), and handed to the crawl as prefetched (or endpointAnswers). If
   * the home page or a sitemap changed and the ranking with it, a page asked early that is no longer picked cost one
   * conditional request. The first scan has no stored home page and asks nothing early.
   */
  const askEarly = (previousHome: HomeState, previousSitemaps: readonly SitemapState[]): void => {
    if (!input.revalidate || input.signal?.aborted) return;
    const provisional = new Map<string, MutableCandidate>();
    for (const link of previousHome.links) addTo(provisional, { url: link.url, source: 'link', text: link.text, region: link.region });
    for (const file of previousSitemaps) if (file.kind === 'urlset' && reusable(file, file.url)) for (const url of file.locs) addTo(provisional, { url, source: 'sitemap' });
    const ranked = rankCandidates(provisional, configured, new Set(), crawl.pagesPerCategory, input.lastReading);
    for (const category of CATEGORIES) {
      if (configured.has(category)) continue;
      for (const cand of ranked[category]) {
        if (early.has(cand.url)) continue;
        const request = input.revalidate(cand.url);
        // A fetch rejects only when the scan closes the fetcher; the page then goes as if it had not been asked.
        if (request && budget.take()) early.set(cand.url, { of: request.of, answer: request.ask().catch(() => undefined) });
      }
    }
  };

  // 2. Home-page links and sitemaps, side by side (different requests to the same host queue).
  const needDiscovery = CATEGORIES.some((c) => !configured.has(c));
  if (needDiscovery && !input.signal?.aborted) {
    const previousHome = reusable(input.home, home);
    const validators = validatorsOf(previousHome);
    const previousSitemaps = new Map((input.sitemaps ?? []).map((file) => [file.url, file]));
    const sitemapOptions: SitemapOptions = {
      ...(input.skipProbe ? { skip: input.skipProbe } : {}),
      previous: (url) => reusable(previousSitemaps.get(url), url),
      // A urlset is remembered as the entries that score as a policy page: all a 304 needs to give back.
      remember: (url) => scoreOf({ url, source: 'sitemap' }).length > 0,
      rules: DISCOVERY_RULES,
      ...(input.now ? { readAt: input.now.toISOString() } : {}),
    };
    // A home page that moved for good (to www., to a locale path) is asked at its target while that holds, whatever
    // became of its validators or the discovery rules: the redirect is the server's, not a reading.
    const moved = input.home?.url === home ? input.home.moved : undefined;
    const homeTask = budget.take() ? fetcher.fetch(home, { ...(validators ? { validators } : {}), ...(moved ? { moved } : {}) }) : Promise.resolve(undefined);
    const guess = new URL('/sitemap.xml', site).href;
    const sitemapTask = fetcher
      .sitemapsOf(site.origin)
      .catch(() => [] as string[])
      // /sitemap.xml is a guess, made only when robots.txt names no sitemap (a site that names one lists it there).
      .then(async (named): Promise<SitemapReading> => {
        const roots = named.length > 0 ? unique(named) : [guess];
        // A guessed /sitemap.xml that answered 404 at a recent scan is a missing well-known path like any other.
        if (named.length === 0 && input.skipProbe?.(guess)) {
          if (previousHome) askEarly(previousHome, input.sitemaps ?? []);
          return unread(input.sitemaps, `no sitemap read: ${guess} was missing at a recent scan and robots.txt names none (crawl.recheckMissingDays)`);
        }
        const standing = previousHome ? standingSitemaps(input.sitemaps, roots, crawl.recheckMissingDays, input.now ?? new Date()) : undefined;
        if (!standing || !previousHome) {
          const reading = readSitemaps(roots, site, fetcher, budget, sitemapOptions);
          // Queued behind the home page and the first sitemap file, so those two still go first.
          if (previousHome) askEarly(previousHome, input.sitemaps ?? []);
          return reading;
        }
        // Sitemaps are discovery, not content: while the home page answers 304 and the site's sitemaps were read
        // within crawl.recheckMissingDays, their remembered entries stand without a request (issue 12: the sitemap
        // index and its pages file were 300 of an unchanged re-scan's 1,600 requests). The home page is the canary: a
        // changed one, a sitemap robots.txt newly names, or the days passing has them read again.
        askEarly(previousHome, input.sitemaps ?? []);
        // Read only when the home page changed: then they go after it and after the pages asked early (a changed site
        // takes one round trip longer to rank; an unchanged one asks nothing more).
        const homeOutcome = await homeTask;
        if (homeOutcome?.ok && homeOutcome.page.notModified) return unread(input.sitemaps, `sitemaps not asked: the home page is unchanged and they were read on ${standing.slice(0, 10)} (crawl.recheckMissingDays)`);
        return readSitemaps(roots, site, fetcher, budget, sitemapOptions);
      });
    const [homeOutcome, sitemaps] = await Promise.all([homeTask, sitemapTask]);
    // A bot wall on the home page walls the site: the fetcher sends nothing more to it this run, so nothing
    // else could be found; the business is reported blocked rather than "not found" five times.
    if (homeOutcome && !homeOutcome.ok && homeOutcome.failure.kind === 'blocked') return stopped(homeOutcome.failure, notes);
    if (!homeOutcome) notes.push('home page not fetched: crawl.maxPagesPerSite reached');
    else if (!homeOutcome.ok) notes.push(`home page ${home}: ${homeOutcome.failure.reason}`);
    else {
      const page = homeOutcome.page;
      homeUnchanged = page.notModified === true && previousHome !== undefined;
      const links =
        page.notModified && previousHome
          ? previousHome.links
          : input.links
            ? await input.links(page.body, page.finalUrl)
            : extractLinks(page.body, page.finalUrl);
      const renewed = renewedValidators(page, page.notModified ? previousHome : undefined);
      // Only the links that are candidates are remembered: they are all a 304 needs to give back (the rest would only
      // be scored again, to nothing, at every re-scan), and under the same DISCOVERY_RULES they score the same.
      const candidates = links.filter((link) => add({ url: link.url, source: 'link', text: link.text, region: link.region }));
      // Remembered with validators (its links reused on 304), or without them only for its permanent redirect.
      if (renewed || page.moved) homeState = { url: home, ...renewed, rules: DISCOVERY_RULES, links: renewed ? candidates : [], ...(page.moved ? { moved: page.moved } : {}) };
    }
    notes.push(...sitemaps.notes);
    sitemapStates = sitemaps.remembered;
    // The guessed /sitemap.xml the site does not have joins the missing well-known paths (not guessed again for a while).
    if (sitemaps.absent.includes(guess)) gone.push(guess);
    for (const url of sitemaps.urls) add({ url, source: 'sitemap' });
    // A catalogue file that listed no candidate is remembered like a missing path: an unchanged re-scan then reads
    // only the files that can hold a policy page (issue 12: they were two thirds of its requests). A policy page
    // linked from the home page or listed in a content-pages file is still found at every scan.
    for (const file of sitemaps.catalogue) if (!file.urls.some((url) => merged.has(url))) gone.push(file.url);
    if (sitemaps.vouched > 0) notes.push(`${count(sitemaps.vouched, 'sitemap file')} not asked: its index gives the same <lastmod> as when it was read`);
    if (sitemaps.skipped > 0) notes.push(`${count(sitemaps.skipped, 'catalogue sitemap')} not read: listed no policy page at a recent scan (crawl.recheckMissingDays)`);
  }

  // A page robots.txt refuses cannot be read: it answers no category (the footer of a shop that disallows /policies/
  // still links its refund policy there), so it neither spares its category the probes nor ranks above a readable one.
  const refused = new Set<string>();
  await Promise.all(
    [...merged.values()]
      .filter((e) => e.source !== 'config' && Object.values(e.dedicated).some(Boolean))
      .map(async (e) => {
        if (await disallowed(fetcher, e.url)) refused.add(e.url);
      }),
  );
  const covered = (c: Category) => [...merged.values()].some((e) => e.dedicated[c] && !refused.has(e.url));

  // 3. Well-known paths, only for categories with no dedicated page above, and never for configured ones.
  const missing = PROBE_ORDER.filter((c) => !configured.has(c) && !covered(c));
  if (missing.length > 0 && !input.signal?.aborted) {
    const probes = new Map<string, Promise<FetchOutcome | undefined>>();
    let skipped = 0;
    /** Probes that found no page: the site's probe budget is spent on these, not on the guesses that hit. */
    let wasted = 0;
    const probe = (url: string): Promise<FetchOutcome | undefined> => {
      // Only the page's own early answer: one of its endpoint says nothing of whether the path answers.
      const own = early.get(url);
      let pending = probes.get(url) ?? (own?.of === 'page' ? own.answer : undefined);
      if (!pending) {
        if (input.skipProbe?.(url)) {
          skipped += 1;
          pending = Promise.resolve(undefined);
        } else if (wasted >= MAX_PROBES_PER_SITE) {
          return Promise.resolve(undefined);
        } else {
          const validators = input.validatorsOf?.(url);
          const moved = input.movedOf?.(url);
          // Probes go one at a time (the loop below awaits each), so the count is current at the next decision.
          pending = budget.take()
            ? fetcher.fetch(url, { ...(validators ? { validators } : {}), ...(moved ? { moved } : {}) }).then((outcome) => {
                if (!outcome.ok) wasted += 1;
                return outcome;
              })
            : Promise.resolve(undefined);
        }
        probes.set(url, pending);
      }
      return pending;
    };
    // One category after another, in PROBE_ORDER: the site's budget goes to the categories most shops have.
    let lastUnanswered: FetchFailure | undefined;
    for (const category of missing) {
      if (covered(category)) continue; // found by an earlier probe
      let tries = 0;
      for (const path of WELL_KNOWN_PATHS[category]) {
        if (input.signal?.aborted || tries >= MAX_PROBES_PER_CATEGORY) break;
        const url = new URL(path, site).href;
        // A path robots.txt refuses is no probe: nothing is requested, so it spends none of the category's tries.
        if (!probes.has(url) && (await disallowed(fetcher, url))) continue;
        tries += 1;
        const outcome = await probe(url);
        if (outcome && !outcome.ok && UNANSWERED_KINDS.has(outcome.failure.kind)) {
          (unanswered[category] ??= []).push(outcome.failure);
          lastUnanswered = outcome.failure;
        } else if (!outcome && lastUnanswered && !unanswered[category]) {
          // Not probed because the site's probes were spent on paths the host never answered: this category is
          // unanswered too, not "not found" (the page may well exist).
          unanswered[category] = [{ ...lastUnanswered, url, reason: `${url}: not requested; ${site.host} did not answer the earlier probes` }];
        }
        if (outcome?.ok) {
          add({ url, source: 'slug' });
          if (merged.has(url)) prefetched.set(url, outcome);
          // A probe that answered may serve other categories than the one it was probed for (e.g. /help).
          if (merged.get(url)?.dedicated[category]) break;
        }
      }
    }
    for (const [url, pending] of probes) {
      const outcome = await pending;
      if (outcome && !outcome.ok && GONE_STATUSES.has(outcome.failure.status ?? 0)) gone.push(url);
    }
    if (skipped > 0) notes.push(`${count(skipped, 'well-known path')} not probed: missing at a recent scan (crawl.recheckMissingDays)`);
  }

  const ranked = rankCandidates(merged, configured, refused, crawl.pagesPerCategory + FALLBACK_CANDIDATES, input.lastReading);
  // Pages asked early are the crawl's to take, like a probe's answer; one no longer a candidate is dropped here.
  const endpointAnswers = new Map<string, FetchOutcome>();
  for (const [url, { of, answer }] of early) {
    const outcome = await answer;
    if (!outcome || !merged.has(url)) continue;
    if (of === 'endpoint') endpointAnswers.set(url, outcome);
    else if (!prefetched.has(url)) prefetched.set(url, outcome);
  }
  return { ranked, notes, missing: gone, unanswered, prefetched, endpointAnswers, ...(homeState ? { home: homeState } : {}), ...(sitemapStates ? { sitemaps: sitemapStates } : {}), ...(homeUnchanged ? { homeUnchanged } : {}) };
}

/** The discovery of a site that is off this run (Discovery.stop): nothing found, nothing more asked. */
function stopped(stop: FetchFailure, notes: string[]): Discovery {
  return { ranked: empty(), stop, notes, missing: [], unanswered: {}, prefetched: new Map(), endpointAnswers: new Map() };
}

/** No candidate for any category. */
function empty(): Record<Category, PolicyCandidate[]> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, [] as PolicyCandidate[]])) as Record<Category, PolicyCandidate[]>;
}

/** Per category, candidates best first, `keep` of them (every config page of a configured category). */
function rankCandidates(
  entries: ReadonlyMap<string, MutableCandidate>,
  configured: ReadonlySet<Category>,
  refused: ReadonlySet<string>,
  keep: number,
  reading: Reading = () => undefined,
): Record<Category, PolicyCandidate[]> {
  const ranked = empty();
  for (const category of CATEGORIES) {
    const candidates = [...entries.values()].filter((e) => e.scores[category] !== undefined && (!configured.has(category) || e.source === 'config'));
    const stating = statingUrls(candidates, category, reading);
    ranked[category] = candidates
      .sort(
        (a, b) =>
          Number(refused.has(a.url)) - Number(refused.has(b.url)) ||
          dedicatedFirst(a, b, category) ||
          statedFirst(a, b, stating) ||
          (b.scores[category] ?? 0) - (a.scores[category] ?? 0) ||
          a.url.length - b.url.length,
      )
      .slice(0, configured.has(category) ? Number.MAX_SAFE_INTEGER : keep);
  }
  return ranked;
}

interface MutableCandidate {
  url: string;
  scores: Partial<Record<Category, number>>;
  reasons: Partial<Record<Category, string[]>>;
  dedicated: Partial<Record<Category, boolean>>;
  source: DiscoverySource;
}

/**
 * A page named for the category (by link text or its own slug, from any source) before one that only may cover it
 * (an FAQ, a help centre, the terms of service, an article in a help folder): a "/pages/shipping" listed only in the
 * sitemap is the shipping page, however well placed the footer's FAQ link is.
 */
function dedicatedFirst(a: Pick<MutableCandidate, 'dedicated'>, b: Pick<MutableCandidate, 'dedicated'>, category: Category): number {
  return Number(b.dedicated[category] === true) - Number(a.dedicated[category] === true);
}

/** What a page's reading stated, by URL (DiscoverInput.lastReading). */
type Reading = (url: string) => ExtractResult | undefined;

/**
 * Among pages equally named for the category, one whose reading stated a term of it before one whose reading did not
 * (or that has none yet): what a page said outweighs what its link promised (issue 12: a footer's "FAQ" link, named
 * for support by its text and slug, outranked a "Customer service" link to an opaque slug, so the FAQ, which stated no
 * term, was the support page asked at every scan and the contact page beside it too). The extractor's `category` is
 * not asked, as in crawl-business.ts statesNothing: store chrome can file a page under a category it says nothing of.
 */
function statedFirst(a: { readonly url: string }, b: { readonly url: string }, stating: ReadonlySet<string>): number {
  return Number(stating.has(b.url)) - Number(stating.has(a.url));
}

/** The URLs among `candidates` whose reading states a term of the category: read once per ranking, not per comparison. */
function statingUrls(candidates: readonly { readonly url: string }[], category: Category, reading: Reading): Set<string> {
  return new Set(candidates.filter((c) => states(reading(c.url), category)).map((c) => c.url));
}

function states(extract: ExtractResult | undefined, category: Category): boolean {
  return extract !== undefined && Object.keys(extract.terms).some((id) => categoryOf(id as TermId) === category);
}

/**
 * The category's chosen page as a ranking by these readings would give it: its first candidate once the readings
 * reorder pages equally named for it (statedFirst), when that candidate is named for it. The crawl asks it whenever
 * it asks the category, so a page that stated nothing is judged by this, not by the ranking it was read under
 * (crawl-business.ts).
 */
export function chosenBy(ranked: readonly PolicyCandidate[], category: Category, reading: Reading): PolicyCandidate | undefined {
  const stating = statingUrls(ranked, category, reading);
  const first = [...ranked].sort((a, b) => dedicatedFirst(a, b, category) || statedFirst(a, b, stating))[0];
  return first?.dedicated[category] === true ? first : undefined;
}

function newCandidate(url: string, source: DiscoverySource): MutableCandidate {
  return { url, scores: {}, reasons: {}, dedicated: {}, source };
}

/** robots.txt disallows this URL (only that: a host deferred or unreachable is the fetcher's to report). */
async function disallowed(fetcher: PageFetcher, url: string): Promise<boolean> {
  const verdict = await fetcher.robots(url);
  return !verdict.allowed && PATH_REFUSALS.has(verdict.failure.kind);
}

/**
 * When the remembered sitemaps may stand for this scan without a request (the home page permitting): every file is
 * remembered under today's discovery rules and is a root (robots.txt's sitemaps, or the guessed /sitemap.xml) or
 * listed by a remembered index (a sitemap robots.txt no longer names is not carried on), and every root was read
 * within `days` — a root is asked whenever the sitemaps are read, its children only when it says they changed.
 * Gives the oldest root's reading time, or undefined when they must be read.
 */
function standingSitemaps(remembered: readonly SitemapState[] | undefined, roots: readonly string[], days: number, now: Date): string | undefined {
  if (days <= 0 || !remembered || !remembered.every((file) => reusable(file, file.url))) return undefined;
  const byUrl = new Map(remembered.map((file) => [file.url, file]));
  const listed = new Set(roots);
  for (const file of remembered) if (file.kind === 'index') for (const child of file.locs) listed.add(child);
  if (!remembered.every((file) => listed.has(file.url))) return undefined;
  let oldest: string | undefined;
  for (const root of roots) {
    const readAt = byUrl.get(root)?.readAt;
    if (!withinDays(readAt, days, now.getTime())) return undefined;
    if (oldest === undefined || readAt! < oldest) oldest = readAt;
  }
  return oldest;
}


/** A sitemap reading that asked nothing: the remembered files and their entries stand as they were. */
function unread(remembered: readonly SitemapState[] | undefined, note: string): SitemapReading {
  const urls = new Set<string>();
  for (const file of remembered ?? []) if (file.kind === 'urlset' && reusable(file, file.url)) for (const url of file.locs) urls.add(url);
  return { urls: [...urls], files: [], notes: [note], catalogue: [], skipped: 0, absent: [], vouched: 0, remembered: [...(remembered ?? [])] };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
