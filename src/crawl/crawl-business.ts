/**
 * One business: discovery, then the policy pages in rounds. Each round fetches, per category, the next-best
 * candidates for the slots still open (crawl.pagesPerCategory; every configured page), so a soft 404 or a dead
 * link makes room for the next candidate (B4) and a page that serves several categories (a FAQ) fills them all.
 */
import PQueue from 'p-queue';
import { chosenBy, discoverPages, type PolicyCandidate } from '../discover/discover-pages.js';
import { createRequestBudget } from '../discover/request-budget.js';
import type { CrawlProblem, HomeState, MovedState, PreviousPageState, RobotsFile, ScannedBusiness, ScannedPage, SitemapState } from '../model.js';
import { CATEGORIES, type Category, type ExtractResult } from '../terms.js';
import type { CrawlEvent, CrawlOptions, CrawlTarget, EarlyAnswers } from './crawl-types.js';
import { validatorsOf } from '../fetch/validators.js';
import { askedUrl, crawlPage, earlyAnswers, earlyAsk, problemOf, type PageContext } from './crawl-page.js';
import { createClaimBook, type UrlClaims } from './url-claims.js';
import type { Renderer } from './render-child.js';
import type { PageWorkers } from './page-worker.js';
import type { CrawlConfig } from '../config/config-schema.js';
import type { PageFetcher } from '../fetch/fetch-types.js';

export interface BusinessContext {
  readonly crawl: CrawlConfig;
  readonly fetcher: PageFetcher;
  readonly pool: Renderer;
  readonly workers: PageWorkers;
  /** The scan's read slots (PageContext.reads). */
  readonly reads: PQueue;
  readonly options: CrawlOptions;
}

/** Rounds of fallbacks at most: the ranked lists are short, this only bounds a pathological loop. */
const MAX_ROUNDS = 4;

/**
 * Crawl one business. Returns undefined when the scan was aborted before it finished (only finished businesses are
 * handed back). Never throws for a site's fault.
 */
export async function crawlBusiness(target: CrawlTarget, ctx: BusinessContext): Promise<ScannedBusiness | undefined> {
  const { crawl, fetcher, pool, workers, reads, options } = ctx;
  const emit = (event: CrawlEvent) => options.onEvent?.(event);
  const business = target.id;
  const site = new URL(target.site);
  const problems: CrawlProblem[] = [];
  const pages: ScannedPage[] = [];
  let missing: readonly string[] = [];
  let home: HomeState | undefined;
  let sitemaps: readonly SitemapState[] | undefined;
  let robots: RobotsFile | null | undefined;
  const aborted = () => options.signal?.aborted === true;
  const finish = (): ScannedBusiness => {
    // "No returns page found" is provisional until the pages are read: a help page may state the returns terms.
    // run-scan.ts reports the not-found problems that remain after extraction, so every printed problem is counted.
    const settled = problems.filter((p) => p.kind !== 'not-found');
    for (const p of settled) emit({ type: 'problem', business, url: p.url, kind: p.kind, reason: p.reason });
    emit({ type: 'business-done', business, pages: pages.length, problems: settled.length + pages.filter((p) => p.problem).length });
    return {
      id: target.id,
      name: target.name,
      site: target.site,
      isYou: target.isYou,
      pages,
      problems,
      missing,
      ...(home ? { home } : {}),
      ...(sitemaps ? { sitemaps } : {}),
      ...(robots !== undefined ? { robots } : {}),
    };
  };

  emit({ type: 'business-start', business, host: site.host });
  const previousOf = (url: string) => options.previous?.(business, url);
  /**
   * What decides whether another page's unchanged reading serves a page: the URL it asks and the reading it stored
   * (readingKey). Undefined without a stored text.
   */
  const sharingKey = (url: string) => {
    const previous = previousOf(url);
    return previous ? readingKey(askedUrl(url, previous, crawl.recheckRedirectDays), previous) : undefined;
  };
  /**
   * Which candidate asks each URL (url-claims.ts): discovery's early conditional request claims the URL it asks (a
   * page's remembered redirect's target) for its page, so a second page that asks the same URL is not asked early
   * and takes the first one's reading when the crawl reads them (claimsOf below).
   */
  const claims = createClaimBook();
  /**
   * A page a recent scan read as a candidate chosen for none of its categories (`chosen`: a runner-up, or a shared
   * page such as the terms of service kept for warranty) and whose reading stated no term (judged: see `judged`
   * below), remembered with `missing` so the same crawl.recheckMissingDays rule holds for it. Such a page is not asked
   * while the home page that links it is unchanged and its categories' chosen pages are (issue 12: 246 of the
   * unchanged 200-site re-scan's 1,036 page requests were terms-of-service and FAQ pages kept beside the policy pages,
   * stating no term).
   */
  /** A page with a good reading stored by an earlier scan. */
  const readBefore = (url: string) => previousOf(url)?.contentHash !== undefined;
  const judgedRecently = (url: string) => options.skipProbe?.(business, url) === true && statesNothing(previousOf(url)?.extract);
  /** What a standing shell's and a remembered sitemap's days count to (CrawlOptions.startedAt). */
  const scanStart = options.startedAt !== undefined ? Date.parse(options.startedAt) : Date.now();
  const earlyRequest = (url: string) => {
    if (judgedRecently(url)) return undefined;
    const previous = previousOf(url);
    const request = earlyAsk(fetcher, crawl, previous, url, scanStart);
    return request && claims.claim(askedUrl(url, previous, crawl.recheckRedirectDays), url) ? request : undefined;
  };
  // robots.txt is one request of the site's budget too.
  const budget = createRequestBudget(crawl.maxPagesPerSite - 1);
  const discovery = await discoverPages({
    site: target.site,
    ...(target.pages ? { pages: target.pages } : {}),
    crawl,
    fetcher,
    budget,
    links: (html, url) => workers.links(html, url),
    validatorsOf: (url) => validatorsOf(previousOf(url)),
    movedOf: (url) => previousOf(url)?.moved,
    ...(options.previous ? { revalidate: earlyRequest, lastReading: (url: string) => previousOf(url)?.extract } : {}),
    ...(options.previousHome?.(business) ? { home: options.previousHome(business)! } : {}),
    ...(options.previousSitemaps?.(business) ? { sitemaps: options.previousSitemaps(business)! } : {}),
    ...(options.skipProbe ? { skipProbe: (url: string) => options.skipProbe!(business, url) } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    // A sitemap's days count from the start of the scan that read it to this scan's start, as a standing shell's do:
    // stamped when it answered, part-way into a scan, a weekly scan re-read it every 35 days instead of every 28.
    now: new Date(scanStart),
  });
  if (aborted()) return undefined;
  missing = discovery.missing;
  home = discovery.home;
  sitemaps = discovery.sitemaps;
  // Asked for by discovery first of all, so settled by now: what the next scan may ask for conditionally.
  robots = await fetcher.robotsFile(site.origin);
  if (discovery.stop) {
    problems.push(problemOf(business, discovery.stop.url, discovery.stop.kind, discovery.stop.reason, discovery.stop.status));
    return finish();
  }

  const pageCtx: PageContext = {
    business,
    crawl,
    fetcher,
    pool,
    workers,
    reads,
    turns: new PQueue({ concurrency: crawl.concurrencyPerHost }),
    budget,
    scanStart,
    ...(options.previous ? { previous: options.previous } : {}),
    ...(discovery.homeUnchanged ? { homeUnchanged: true } : {}),
    ...(options.onBody ? { onBody: options.onBody } : {}),
  };
  const configured = new Set(CATEGORIES.filter((c) => (target.pages?.[c]?.length ?? 0) > 0));
  const slots = (c: Category) => (configured.has(c) ? discovery.ranked[c].length : crawl.pagesPerCategory);
  const results = new Map<string, Promise<ScannedPage | undefined>>();
  const accepted = new Map<Category, string[]>(CATEGORIES.map((c) => [c, []]));
  const tried = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
  const byUrl = new Map<string, PolicyCandidate>();
  for (const c of CATEGORIES) for (const cand of discovery.ranked[c]) byUrl.set(cand.url, cand);
  /**
   * The category's chosen page, always asked: its best-ranked candidate when that is named for it (not a page that
   * only may cover it, as the terms of service may cover warranty). The rule is chosenBy's, the one the end of this scan
   * judges pages by; the ranking already ordered by the last scan's readings (statedFirst), so none are passed again.
   * The ranking also puts robots-refused pages last, which chosenBy does not weigh: a refused page is never judgedRecently,
   * so standing never leaves it unasked and nothing differs today; a rule that did skip it would have to weigh that.
   */
  const chosenNow = new Map(CATEGORIES.map((c) => [c, chosenBy(discovery.ranked[c], c, () => undefined)]));
  const chosen = (c: Category, cand: PolicyCandidate) => chosenNow.get(c) === cand;
  /**
   * Left unasked this scan (judgedRecently): linked from a home page that answered 304, not the category's chosen
   * page, not configured. It takes its slot, so no fallback is asked in its place, but it is not among the scan's pages:
   * there is nothing new to hand on. The store keeps its stored reading, and its `missing` time, so
   * crawl.recheckMissingDays still counts from the scan that read it; that reading states no term, so no term of the
   * report comes from it or turns stale for it.
   * A category whose read page answers changed (200) or fails has its standing pages asked again (`reopen`): what a
   * page kept beside it added may then matter.
   */
  const standing = (c: Category, cand: PolicyCandidate) =>
    discovery.homeUnchanged === true && !configured.has(c) && !reopened.has(c) && cand.source === 'link' && !chosen(c, cand) && judgedRecently(cand.url);
  const reopened = new Set<Category>();
  const stood = new Map<Category, string[]>(CATEGORIES.map((c) => [c, []]));

  const fetchCandidate = (cand: PolicyCandidate) => {
    let pending = results.get(cand.url);
    if (!pending) {
      pending = readCandidate(cand);
      results.set(cand.url, pending);
    }
    return pending;
  };
  /**
   * A candidate's claims (url-claims.ts): the URL its request asks first (its own, or its remembered redirect's
   * target), or one a redirect led it to. Whichever asks the URL first reads it; the other takes that reading, when it
   * serves (see readingAt), instead of its own request or its early answer.
   */
  const claimsOf = (cand: PolicyCandidate): UrlClaims => ({
    claim: (url) => claims.claim(url, cand.url),
    readingAt: (url, moved, early) => {
      claims.wait(cand.url);
      const owner = claims.ownerOf(url)!;
      // A fresh reading serves any page that asks its URL; "unchanged" proves only the stored reading the owner and
      // this page share (sharingKey). A failed one is not shared: this page asks for itself, as it would have.
      const mine = sharingKey(cand.url);
      const serves = (page: ScannedPage | undefined) => page?.status === 'ok' || (page?.status === 'unchanged' && mine !== undefined && mine === sharingKey(owner));
      const own = () => readCandidate(cand, { claim: false, ...early });
      // Looked up a tick later: the round's candidates are all registered by then. An owner the crawl does not read
      // (an early claim for a page no longer picked) leaves this page to ask for itself.
      return Promise.resolve().then(() => {
        const theirs = results.get(owner);
        return theirs ? theirs.then((page) => (serves(page) ? sharedPage(page!, cand.url, moved ?? previousOf(cand.url)?.moved) : own())) : own();
      });
    },
  });
  function readCandidate(cand: PolicyCandidate, how: { readonly claim: boolean } & EarlyAnswers = { claim: true }): Promise<ScannedPage | undefined> {
    const categories = CATEGORIES.filter((c) => discovery.ranked[c].includes(cand));
    const reasons = [...new Set(categories.flatMap((c) => cand.reasons[c] ?? []))];
    // A probe's answer is taken, not kept: its body goes with its page. An early answer comes tagged with whose it is.
    const prefetched = how.prefetched ?? discovery.prefetched.get(cand.url);
    const endpointAnswer = how.endpointAnswer ?? discovery.endpointAnswers.get(cand.url);
    discovery.prefetched.delete(cand.url);
    discovery.endpointAnswers.delete(cand.url);
    return crawlPage(pageCtx, { url: cand.url, categories, reasons, ...earlyAnswers(prefetched, endpointAnswer), ...(how.claim ? { claims: claimsOf(cand) } : {}) }).catch(
      // A fault while reading one page costs that page, never its business's other pages (issue 12).
      (error: unknown): ScannedPage => {
        const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
        return {
          url: cand.url,
          finalUrl: cand.url,
          categories,
          reasons,
          status: 'failed',
          problem: problemOf(business, cand.url, 'network', `${cand.url}: not read (${message.slice(0, 200)})`),
          fetchedAt: new Date().toISOString(),
        };
      },
    );
  }

  /**
   * Categories with standing pages whose own read page did not answer as at the last scan: their standing pages leave
   * their slots and are picked again from the top (already read pages are not asked twice). A page that fails now and
   * had no good reading then (robots.txt refuses it, as it did) gave the category nothing either time: no change
   * (issue 12: 11 of the unchanged 200-site re-scan's 25 FAQ requests were made because a footer's terms of service,
   * refused by robots.txt at every scan, "failed" again).
   */
  async function reopen(): Promise<boolean> {
    let any = false;
    for (const c of CATEGORIES) {
      const left = stood.get(c)!;
      if (left.length === 0) continue;
      const read = discovery.ranked[c].filter((cand) => results.has(cand.url));
      const pages = await Promise.all(read.map((cand) => results.get(cand.url)!));
      if (pages.every((page, i) => page?.status === 'unchanged' || (page?.status === 'failed' && !readBefore(read[i]!.url)))) continue;
      reopened.add(c);
      accepted.set(c, accepted.get(c)!.filter((url) => !left.includes(url)));
      stood.set(c, []);
      tried.set(c, 0);
      any = true;
    }
    return any;
  }

  let planned = false;
  for (let round = 0; round < MAX_ROUNDS && !aborted(); round++) {
    const picks: PolicyCandidate[] = [];
    for (const c of CATEGORIES) {
      const open = slots(c) - (accepted.get(c)?.length ?? 0);
      let index = tried.get(c) ?? 0;
      for (let taken = 0; taken < open && index < discovery.ranked[c].length; index++) {
        const cand = discovery.ranked[c][index]!;
        if (accepted.get(c)?.includes(cand.url)) continue;
        if (!results.has(cand.url) && standing(c, cand)) {
          accepted.get(c)!.push(cand.url);
          stood.get(c)!.push(cand.url);
        } else picks.push(cand);
        taken++;
      }
      tried.set(c, index);
    }
    const fresh = [...new Set(picks)].filter((cand) => !results.has(cand.url));
    if (!planned) {
      emit({ type: 'pages-planned', business, count: fresh.length });
      planned = true;
    }
    // A round whose open slots all went to standing pages reads nothing, but those pages still answer to their
    // categories' read pages: one that changed reopens them (else a page standing only from a later round, behind a
    // refused or failed one, stayed unasked while its category's page changed).
    if (picks.length === 0) {
      if (await reopen()) continue;
      break;
    }
    await Promise.all(fresh.map(fetchCandidate));
    // Accept every fetched page for every category it ranks in and still has room for, best rank first.
    for (const c of CATEGORIES) {
      for (const cand of discovery.ranked[c]) {
        const list = accepted.get(c)!;
        if (list.length >= slots(c) || list.includes(cand.url) || !results.has(cand.url)) continue;
        const page = await results.get(cand.url)!;
        if (page && page.status !== 'failed') list.push(cand.url);
      }
    }
    await reopen();
  }
  if (aborted()) return undefined;

  // Keep: accepted pages (with the categories they were accepted for), configured pages whatever happened, and
  // failed attempts of a category that found nothing else (so a bot wall or soft 404 is reported, not hidden).
  // A page the last scan read is kept when it fails even though another candidate filled its slot: its failure is
  // reported and the store marks its last good reading stale (D5), instead of the failure going unsaid.
  const keep = new Map<string, Set<Category>>();
  for (const c of CATEGORIES) {
    const ok = accepted.get(c)!;
    const attempted = discovery.ranked[c].filter((cand) => results.has(cand.url)).map((cand) => cand.url);
    const failedKnown: string[] = [];
    for (const url of attempted) {
      if (ok.includes(url) || !readBefore(url)) continue;
      if ((await results.get(url)!)?.status === 'failed') failedKnown.push(url);
    }
    const kept = configured.has(c) || ok.length === 0 ? attempted : [...ok, ...failedKnown];
    for (const url of kept) keep.set(url, (keep.get(url) ?? new Set()).add(c));
    const unanswered = discovery.unanswered[c] ?? [];
    if (discovery.ranked[c].length === 0 && unanswered.length > 0) {
      // Not "not found": the site did not answer, so the page may well exist (issue 12: slow host, 429 storm).
      const last = unanswered.at(-1)!;
      const paths = unanswered.map((f) => new URL(f.url).pathname).join(', ');
      const why = last.reason.replace(/^https?:\/\/\S+: (not requested; )?/, '');
      problems.push(problemOf(business, target.site, last.kind, `no ${c} page found: the well-known paths ${paths} of ${site.host} did not answer (${why})`, last.status));
    } else if (discovery.ranked[c].length === 0) {
      const homeNote = discovery.notes.find((n) => n.startsWith('home page'));
      const note = homeNote ? ` (${homeNote})` : '';
      problems.push(
        problemOf(business, target.site, 'not-found', `no ${c} page found in links, sitemaps or well-known paths of ${site.host}${note}`),
      );
    }
  }
  for (const [url, categories] of keep) {
    const page = await results.get(url)!;
    if (!page) continue; // a standing page (see `standing`), or no request left in crawl.maxPagesPerSite
    const cand = byUrl.get(url)!;
    const cats = CATEGORIES.filter((c) => categories.has(c));
    const reasons = [...new Set(cats.flatMap((c) => cand.reasons[c] ?? []))];
    const scanned: ScannedPage = { ...page, categories: cats, reasons };
    pages.push(scanned);
    emit({
      type: 'page-done',
      business,
      url,
      status: scanned.status,
      rendered: scanned.rendered === true,
      ...(scanned.textFrom ? { textFrom: scanned.textFrom } : {}),
      ...(scanned.shellStood ? { pageAskedAt: scanned.fetchedAt } : {}),
    });
    if (scanned.problem) emit({ type: 'problem', business, url, kind: scanned.problem.kind, reason: scanned.problem.reason });
  }
  // Judged: a page linked from the home page, chosen for none of its categories, whose reading (fresh, or the stored
  // one a 304 vouched for) states no term; remembered as of this scan (judgedRecently). Chosen as the next scan will
  // rank the candidates, by these readings (chosenBy): a page chosen now only for want of its readings (a "FAQ" link
  // ranked above the "Customer service" page that stated the support terms) stands from the next scan on.
  const readPages = new Map(pages.map((page) => [page.url, page]));
  const readingOf = (url: string) => {
    const page = readPages.get(url);
    return page?.status === 'ok' ? page.extract : previousOf(url)?.extract;
  };
  const chosenNext = new Set(CATEGORIES.map((c) => chosenBy(discovery.ranked[c], c, readingOf)));
  const judged = pages
    .filter((page) => page.status !== 'failed' && byUrl.get(page.url)?.source === 'link' && !chosenNext.has(byUrl.get(page.url)!))
    .filter((page) => statesNothing(readingOf(page.url)))
    .map((page) => page.url);
  if (judged.length > 0) missing = [...missing, ...judged];
  await pool.closeSite(business);
  return finish();
}

/**
 * A reading that states no term: the page gives the report nothing, whatever its link promised. Its `category` is not
 * asked: the extractor may file a page under returns for the store's own chrome (a "free returns" banner).
 */
function statesNothing(extract: ExtractResult | undefined): boolean {
  return extract !== undefined && Object.keys(extract.terms).length === 0;
}

/**
 * What decides a conditional request's answer and what a 304 proves: the URL asked, the validators sent, the stored
 * text and its source. Two pages with the same key get the same answer and the same result. Undefined without a stored
 * text (nothing to prove unchanged).
 */
function readingKey(asked: string, previous: PreviousPageState): string | undefined {
  if (!previous.contentHash) return undefined;
  const { etag, lastModified, contentHash, textFrom, renderedAt, endpoint } = previous;
  return JSON.stringify([asked, etag, lastModified, contentHash, textFrom, renderedAt, endpoint?.url, endpoint?.etag, endpoint?.lastModified]);
}

/** The page read at the URL both ask, as this page's: its own URL and its own permanent redirect there. */
function sharedPage(page: ScannedPage, url: string, moved: MovedState | undefined): ScannedPage {
  const { moved: _theirs, ...rest } = page;
  return { ...rest, url, ...(moved ? { moved } : {}) };
}
