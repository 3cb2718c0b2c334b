/**
 * One policy page, end to end: the polite static fetch with the previous scan's validators, then — only when the
 * static HTML lacks the policy (needs-browser.ts) and the payload embedded in it does not hold it either
 * (embedded-text.ts), nor the endpoint the site's first render taught (learned-endpoints.ts) — a render in the
 * shared Chromium of that same HTML, its scripts' requests in the host's queue.
 * The result is a ScannedPage: ok (fresh body, extracted here from the same parse the render decision read),
 * unchanged (same hash, or a 304 that proves the stored text unchanged: see textProof) or failed (with its problem).
 */
import type PQueue from 'p-queue';
import type { CrawlConfig } from '../config/config-schema.js';
import type { FetchedPage, FetchOptions, FetchOutcome, PageFetcher, Validators } from '../fetch/fetch-types.js';
import { contentHashOf, type CrawlProblem, type EndpointState, type MovedState, type PreviousPageState, type ProblemKind, type ScannedPage } from '../model.js';
import type { RequestBudget } from '../discover/request-budget.js';
import type { EarlyAsk } from '../discover/discover-pages.js';
import type { Category, ExtractResult } from '../terms.js';
import type { CrawlOptions, EarlyAnswers } from './crawl-types.js';
import type { Renderer } from './render-child.js';
import type { RenderOutcome } from './browser-pool.js';
import { isAcceptedType } from '../fetch/content-type.js';
import type { PageVerdict, PageWorkers } from './page-worker.js';
import { tooDeepReason } from '../fetch/html-depth.js';
import { renewedValidators, validatorsOf } from '../fetch/validators.js';
import { DAY_MS, withinDays } from '../days.js';
import { heldRedirect } from '../fetch/redirect-memory.js';
import type { PageNames } from './embedded-text.js';
import { endpointsFrom, siteLesson, templatesOf, type EndpointTemplate } from './learned-endpoints.js';
import type { UrlClaims } from './url-claims.js';

/** What every page of one business shares. */
export interface PageContext {
  readonly business: string;
  readonly crawl: CrawlConfig;
  readonly fetcher: PageFetcher;
  readonly pool: Renderer;
  /** Where fetched HTML is parsed: off the event loop, within depth and time limits. */
  readonly workers: PageWorkers;
  /**
   * Pages between their request and the end of their parse, scan-wide (see pagesReadAhead): a page takes a place
   * here before it is requested, so a slow parser holds back requests instead of collecting their bodies.
   */
  readonly reads?: PQueue;
  /**
   * The business's own turns at a read slot, crawl.concurrencyPerHost at a time: as many as its host serves at once. A
   * page waiting for its host holds no read slot, so the scan's read slots go to requests that can be sent (issue 12:
   * a business with six pages held six of the sixteen slots, four of them waiting on its host, and an unchanged
   * re-scan kept about 9 of its 16 request slots busy).
   */
  readonly turns?: PQueue;
  readonly budget: RequestBudget;
  readonly previous?: (business: string, url: string) => PreviousPageState | undefined;
  /** The scan's start, in ms (CrawlOptions.startedAt, else when the business's crawl began): what a shell's days count to (shellStands). */
  readonly scanStart: number;
  /** The home page answered 304 and its stored links were used (Discovery.homeUnchanged): a shell may stand (shellStands). */
  readonly homeUnchanged?: boolean;
  /** CrawlOptions.onBody: when set, a fresh body is handed over here and not kept on the page. */
  readonly onBody?: CrawlOptions['onBody'];
}

export interface PageRequest extends EarlyAnswers {
  readonly url: string;
  readonly categories: Category[];
  readonly reasons: string[];
  /** The business's URLs asked by one page's request each (url-claims.ts); without it, every page asks for itself. */
  readonly claims?: UrlClaims;
}

export function problemOf(business: string, url: string, kind: ProblemKind, reason: string, status?: number): CrawlProblem {
  return { business, url, kind, reason, at: new Date().toISOString(), ...(status === undefined ? {} : { status }) };
}

/**
 * Fetch (and, when needed, render) one page. Returns undefined only when crawl.maxPagesPerSite left no request for
 * it. Never throws for a site's fault.
 */
export async function crawlPage(ctx: PageContext, request: PageRequest): Promise<ScannedPage | undefined> {
  const read = () => readPage(ctx, request);
  const slot = () => (ctx.reads ? ctx.reads.add(read) : read());
  const step = await (ctx.turns ? ctx.turns.add(slot) : slot());
  // Another page's reading is awaited here, outside the host's turn and the read slot it needs for itself.
  return step?.kind === 'render' ? renderPage(ctx, step) : step?.page;
}

/**
 * Pages fetched but not yet parsed, scan-wide: as many as the scan sends requests at once (crawl.concurrency), so
 * the parser always has the next pages ready. Unbounded, every business in flight fetched all its candidates at
 * once and their bodies waited for the one parse worker: 66 bodies at a time on the 50-site bench farm, each living
 * long enough to be promoted to the old generation of the main thread's heap and kept there as garbage.
 */
export function pagesReadAhead(crawl: Pick<CrawlConfig, 'concurrency'>): number {
  return crawl.concurrency;
}

type Common = Omit<ScannedPage, 'status'>;

/** What reading the static page left to do: nothing more (the page), or a render of its HTML. */
type ReadStep =
  | { readonly kind: 'done'; readonly page: ScannedPage | Promise<ScannedPage | undefined> }
  | {
      readonly kind: 'render';
      readonly request: PageRequest;
      readonly common: Common;
      readonly previous: PreviousPageState | undefined;
      readonly finalUrl: string;
      readonly html: string;
      readonly signals: readonly string[];
      readonly names: PageNames;
    };

/** The static part of crawlPage, inside its read slot: fetch, then one parse; the slot is free again before a render. */
async function readPage(ctx: PageContext, request: PageRequest): Promise<ReadStep | undefined> {
  const { url, categories, reasons } = request;
  const done = (page: ScannedPage | Promise<ScannedPage | undefined>): ReadStep => ({ kind: 'done', page });
  const base = { url, categories, reasons };
  const previous = ctx.previous?.(ctx.business, url);
  const { claims } = request;
  // The URL this page's request asks first (its remembered redirect's target while that holds): another page that
  // asks it already, early answer or not, reads it for both.
  const asked = askedUrl(url, previous, ctx.crawl.recheckRedirectDays);
  if (claims && !claims.claim(asked)) return done(claims.readingAt(asked, undefined, earlyAnswers(request.prefetched, request.endpointAnswer)));
  let outcome = request.prefetched;
  /** The stored endpoint's answer this scan, once asked: a standing shell's proof, or the proof a 304 of the page needs. */
  let endpointAnswer = request.endpointAnswer;
  if (!outcome && ctx.homeUnchanged === true && shellStands(previous, ctx.crawl, url, ctx.scanStart)) {
    endpointAnswer = await storedEndpointAnswer(ctx, previous.endpoint, endpointAnswer);
    if (!endpointAnswer) return undefined;
    const proof = endpointProof(ctx, url, previous.endpoint, endpointAnswer);
    if (proof.kind === 'unchanged') return done(standingPage(base, previous, proof.endpoint));
    // Changed or failed: the page is asked as it would have been, and its 304 (if any) takes this answer as proof.
  }
  if (!outcome) {
    if (!ctx.budget.take()) return undefined;
    let stopped: { readonly at: string; readonly moved: MovedState | undefined } | undefined;
    const follow = (next: string, moved: MovedState | undefined) => claims!.claim(next) || ((stopped = { at: next, moved }), false);
    outcome = await ctx.fetcher.fetch(url, { ...firstAsk(previous, ctx.crawl), ...(claims ? { follow } : {}) });
    if (stopped) return done(claims!.readingAt(stopped.at, stopped.moved));
  }
  /** Endpoint answers already fetched for this page (a changed endpoint seen behind a 304), taken instead of asked again. */
  const data = new Map<string, FetchOutcome>();
  if (outcome.ok && outcome.page.notModified) {
    // The HTML is unchanged; whether the stored text is depends on where it came from (textProof).
    const proof = await textProof(ctx, url, previous, rerenderDue(previous, ctx.crawl), endpointAnswer);
    if (proof.kind === 'unchanged') {
      return done({
        ...commonOf(base, outcome.page),
        status: 'unchanged',
        ...(previous?.contentHash ? { contentHash: previous.contentHash } : {}),
        ...(previous?.textFrom ? { textFrom: previous.textFrom } : {}),
        ...(proof.endpoint ? { endpoint: proof.endpoint } : {}),
      });
    }
    if (proof.kind === 'no-request-left') return undefined;
    if (proof.kind === 'failed') return done({ ...commonOf(base, outcome.page), status: 'failed', problem: proof.problem });
    // Read again in full: the page's HTML (the 304 carried none) and, through the normal path, its text.
    if (proof.data) data.set(proof.data.url, proof.data.outcome);
    if (!ctx.budget.take()) return undefined;
    outcome = await ctx.fetcher.fetch(url, movedOf(previous));
  }
  if (!outcome.ok) {
    const { failure } = outcome;
    return done({
      ...base,
      finalUrl: url,
      status: 'failed',
      problem: problemOf(ctx.business, url, failure.kind, failure.reason, failure.status),
      ...(failure.status === undefined ? {} : { httpStatus: failure.status }),
      fetchedAt: new Date().toISOString(),
    });
  }
  const page = outcome.page;
  const common = commonOf(base, page);
  if (page.notModified) {
    // A 304 to the unconditional request of a re-read: nothing to read, the stored reading stands.
    return done({ ...common, status: 'unchanged', ...(previous?.contentHash ? { contentHash: previous.contentHash } : {}) });
  }
  if (previous?.contentHash && previous.contentHash === page.contentHash) {
    // The stored hash is the static body's: the stored text is the static page's, whatever was recorded of it before.
    return done({ ...common, status: 'unchanged', contentHash: page.contentHash, textFrom: 'static' });
  }

  // One parse of the static body, in a worker within depth and time limits, serves the render decision and, when no
  // render is needed, the extraction.
  const verdict = await ctx.workers.decide(page.body, page.finalUrl, categories, ctx.crawl.browser, page.contentType);
  if (verdict.kind !== 'ok' || !verdict.decision) {
    return done({ ...common, status: 'failed', problem: problemOf(ctx.business, url, 'too-large', unreadableReason(page.finalUrl, verdict)) });
  }
  const decision = verdict.decision;
  // A page whose static main content lacks its text: the text its scripts would show may be in the page's own payload,
  // or at a JSON endpoint its widget names (embedded-text.ts); the worker found them, only for such a page.
  if (verdict.embedded && verdict.extract) return done(readWithoutRender(ctx, common, previous, 'payload', verdict.embedded.html, verdict.extract));
  const names = verdict.names ?? { title: '' };
  // The endpoint the text came from last time (named in the markup, or found again by a render) is tried after the
  // named ones when the page needs it: its changed answer is already in `data`, or the page would be rendered.
  const endpoints = [...(verdict.endpoints ?? [])];
  const known = previous?.endpoint?.url;
  if (known && !endpoints.includes(known) && (data.has(known) || decision.needed)) endpoints.push(known);
  // The stored endpoint's body already in hand this scan (asked early, or for a standing shell, and answered 200) is
  // read, not asked again, if the page is read from it; it joins `data` only now, after `data` decided whether it is tried.
  if (known && endpointAnswer?.ok && !endpointAnswer.page.notModified && !data.has(known)) data.set(known, endpointAnswer);
  const fromEndpoint = await readEndpoints(ctx, { common, previous, finalUrl: page.finalUrl, categories, names }, endpoints, data);
  if (fromEndpoint) return done(fromEndpoint);
  if (!decision.needed) {
    if (ctx.crawl.browser === 'never' && decision.signals.length > 0) {
      const reason = `needs JavaScript (${decision.signals.join('; ')}); crawl.browser is never — set it to auto to render`;
      return done({ ...common, status: 'failed', problem: problemOf(ctx.business, url, 'needs-browser', reason) });
    }
    const extract = verdict.extract ?? { url: page.finalUrl, category: [], terms: {} };
    return done({ ...common, status: 'ok', ...keepBody(ctx, url, page.contentHash, page.body), contentHash: page.contentHash, rendered: false, textFrom: 'static', extract });
  }
  return { kind: 'render', request, common, previous, finalUrl: page.finalUrl, html: page.body, signals: decision.signals, names };
}

/** The answers in hand, each under its own name and only when there is one (what readPage and readingAt pass on). */
export function earlyAnswers(prefetched: FetchOutcome | undefined, endpointAnswer: FetchOutcome | undefined): EarlyAnswers {
  return { ...(prefetched ? { prefetched } : {}), ...(endpointAnswer ? { endpointAnswer } : {}) };
}

/** What reading a page from an endpoint needs of the page. */
interface EndpointRead {
  readonly common: Common;
  readonly previous: PreviousPageState | undefined;
  readonly finalUrl: string;
  readonly categories: readonly Category[];
  readonly names: PageNames;
}

/**
 * The page read from the first of these endpoints that holds its policy (readEndpointText), through the fetcher: the
 * host's queue, robots.txt, size and time limits, like every other request. Answers already fetched are taken from
 * `data`. Undefined when none holds it, or no request is left.
 */
async function readEndpoints(ctx: PageContext, page: EndpointRead, endpoints: readonly string[], data = new Map<string, FetchOutcome>()): Promise<ScannedPage | undefined> {
  for (const endpoint of endpoints) {
    let answer = data.get(endpoint);
    data.delete(endpoint);
    if (!answer) {
      if (!ctx.budget.take()) return undefined;
      answer = await ctx.fetcher.fetch(endpoint, { purpose: 'data' });
    }
    if (!answer.ok || answer.page.notModified) continue;
    const read = await ctx.workers.endpoint(answer.page.body, endpoint, page.finalUrl, page.categories, page.names);
    if (read.kind === 'ok' && read.embedded && read.extract) {
      const withEndpoint = { ...page.common, endpoint: endpointState(endpoint, answer.page) };
      return readWithoutRender(ctx, withEndpoint, page.previous, 'endpoint', read.embedded.html, read.extract);
    }
  }
  return undefined;
}

/** What every outcome of a fetched page says: its request, and the answer's URL, status, type, time and validators. */
function commonOf(base: Pick<PageRequest, 'url' | 'categories' | 'reasons'>, page: FetchedPage): Common {
  return {
    ...base,
    finalUrl: page.finalUrl,
    httpStatus: page.status,
    contentType: page.contentType,
    fetchedAt: page.fetchedAt,
    ...(page.etag ? { etag: page.etag } : {}),
    ...(page.lastModified ? { lastModified: page.lastModified } : {}),
    ...(page.moved ? { moved: page.moved } : {}),
  };
}

/** The permanent redirect the page's URL answered last time, for the fetcher to ask its target directly while it holds. */
function movedOf(previous: PreviousPageState | undefined): { moved?: MovedState } {
  return previous?.moved ? { moved: previous.moved } : {};
}

/**
 * A page whose text was read from its payload or a named endpoint, without a render: stored as the small page rebuilt
 * from that text (what the extraction read), so a re-extraction reads the same text.
 */
function readWithoutRender(
  ctx: PageContext,
  common: Common,
  previous: PreviousPageState | undefined,
  textFrom: 'payload' | 'endpoint',
  html: string,
  extract: ExtractResult,
): ScannedPage {
  const contentHash = contentHashOf(html);
  const read = { ...common, contentType: 'text/html', contentHash, rendered: false, textFrom };
  if (previous?.contentHash === contentHash) return { ...read, status: 'unchanged' };
  return { ...read, status: 'ok', ...keepBody(ctx, common.url, contentHash, html), extract };
}

/** The render of a page whose static HTML lacks its policy, then the parse of what its scripts built. */
async function renderPage(ctx: PageContext, step: Extract<ReadStep, { kind: 'render' }>): Promise<ScannedPage> {
  // crawl.browser "always" asks for the browser's view of every page, so every page is rendered.
  if (ctx.crawl.browser === 'always') return renderNow(ctx, step);
  // The site's first render teaches where its pages' text comes from (learned-endpoints.ts); the others try that first.
  const { lesson, teach } = siteLesson(ctx);
  if (!teach) {
    const guessed = endpointsFrom(await lesson.templates, step.finalUrl, step.html);
    const read = guessed.length > 0 ? await readEndpoints(ctx, { ...step, categories: step.request.categories }, guessed) : undefined;
    if (read) return read;
    return renderNow(ctx, step);
  }
  let taught: readonly EndpointTemplate[] = [];
  try {
    return await renderNow(ctx, step, async (rendered) => {
      const lesson = await learnFrom(ctx, step, rendered);
      taught = lesson.templates;
      return lesson.source;
    });
  } finally {
    teach(taught);
  }
}

/** Endpoints of a site's first render checked at most (one request each). */
const MAX_ENDPOINT_CHECKS = 2;

/** What a render hands back for learning from it (RenderOutcome). */
type Rendered = Pick<Extract<RenderOutcome, { ok: true }>, 'html' | 'finalUrl' | 'dataRequests' | 'dataAnswers'>;

/**
 * The templates a site's first render teaches: those of its first data request whose endpoint, read like a named
 * one, says only what the render showed (shownIn). The endpoint's answer is the one the render received when it has
 * it (RenderOutcome.dataAnswers: the host was asked once, by the render); otherwise one request of the site's budget
 * per endpoint checked. That endpoint is where the rendered page's own text comes from, so it is also the page's
 * `source`: a re-scan asks it conditionally, as for a page read from an endpoint, instead of rendering the page again
 * (crawl.rerenderDays).
 */
async function learnFrom(ctx: PageContext, step: Extract<ReadStep, { kind: 'render' }>, rendered: Rendered): Promise<{ readonly templates: readonly EndpointTemplate[]; readonly source?: EndpointSource }> {
  let checks = 0;
  for (const endpoint of rendered.dataRequests ?? []) {
    const templates = templatesOf(endpoint, rendered.finalUrl, step.html);
    if (templates.length === 0) continue;
    if ((checks += 1) > MAX_ENDPOINT_CHECKS) return { templates: [] };
    const answer = (await renderedAnswer(ctx, rendered, endpoint)) ?? (await askEndpoint(ctx, endpoint));
    if (answer === null) return { templates: [] };
    if (answer === undefined) continue;
    const read = await ctx.workers.endpoint(answer.body, endpoint, rendered.finalUrl, step.request.categories, step.names, rendered.html);
    if (read.kind === 'ok' && read.embedded) {
      const source = read.extract ? { source: { endpoint: { url: endpoint, ...validatorsOf(answer), contentHash: contentHashOf(answer.body) }, html: read.embedded.html, extract: read.extract } } : {};
      return { templates, ...source };
    }
  }
  return { templates: [] };
}

/** The endpoint a render's text was found at, and the page as read from it (the text its siblings are read as). */
interface EndpointSource {
  readonly endpoint: EndpointState;
  readonly html: string;
  readonly extract: ExtractResult;
}

/** An endpoint's answer as learnFrom reads it: its body and validators, from the render or from the fetcher. */
interface EndpointAnswer extends Validators {
  readonly body: string;
}

/**
 * The answer the render received from `endpoint`, when the fetcher would have taken that answer: a success, of a data
 * type (content-type.ts), within crawl.maxBytes, at a URL robots.txt lets the crawler read (the fetcher's own rule;
 * the answer is cached). Undefined otherwise, and the endpoint is asked (askEndpoint).
 */
async function renderedAnswer(ctx: PageContext, rendered: Rendered, endpoint: string): Promise<EndpointAnswer | undefined> {
  const answer = rendered.dataAnswers?.find((a) => a.url === endpoint);
  if (!answer || answer.status < 200 || answer.status > 299 || !isAcceptedType(answer.contentType, 'data')) return undefined;
  if (Buffer.byteLength(answer.body) > ctx.crawl.maxBytes || !(await ctx.fetcher.robots(endpoint)).allowed) return undefined;
  return answer;
}

/** The endpoint's answer through the fetcher; undefined when it gave no body, null when no request is left. */
async function askEndpoint(ctx: PageContext, endpoint: string): Promise<EndpointAnswer | undefined | null> {
  if (!ctx.budget.take()) return null;
  const answer = await ctx.fetcher.fetch(endpoint, { purpose: 'data' });
  return answer.ok && !answer.page.notModified ? answer.page : undefined;
}

async function renderNow(
  ctx: PageContext,
  step: Extract<ReadStep, { kind: 'render' }>,
  /** The site's first render: learns its endpoint templates, and gives the endpoint this page's text came from. */
  learn?: (rendered: Rendered) => Promise<EndpointSource | undefined>,
): Promise<ScannedPage> {
  const { common, previous } = step;
  const { url } = step.request;
  if (!ctx.budget.take()) {
    const reason = `needs JavaScript (${step.signals.join('; ')}), but crawl.maxPagesPerSite (${ctx.budget.limit}) was reached`;
    return { ...common, status: 'failed', problem: problemOf(ctx.business, url, 'needs-browser', reason) };
  }
  // The render starts from the HTML just fetched (no second request for it); each request its scripts send waits
  // for a slot in the host's queue (the pool's hostGate), so the render itself holds none.
  const rendered = await ctx.pool.withSlot(() => ctx.pool.render(step.finalUrl, ctx.business, { html: step.html, ...(learn ? { answers: true } : {}) }), ctx.business);
  if (!rendered.ok) {
    return { ...common, status: 'failed', rendered: false, problem: problemOf(ctx.business, url, rendered.kind, rendered.reason) };
  }
  const source = await learn?.(rendered);
  const renderedAt = new Date().toISOString();
  const shown = { ...common, finalUrl: rendered.finalUrl, ...(rendered.status === undefined ? {} : { httpStatus: rendered.status }) };
  // A render whose text was found again at one endpoint: the page is stored as read from that endpoint, as the site's
  // other pages are (the same reading whichever page taught), and that endpoint proves it from now on (textProof), so
  // it is not rendered again. The endpoint is trusted as far as it is trusted for those other pages.
  if (source) return { ...readWithoutRender(ctx, { ...shown, endpoint: source.endpoint }, previous, 'endpoint', source.html, source.extract), rendered: true, renderedAt };
  // Scripts can build any tree: the rendered HTML gets the same limits, in the worker that extracts it.
  const renderedVerdict = await ctx.workers.extract(rendered.html, rendered.finalUrl);
  if (renderedVerdict.kind !== 'ok' || !renderedVerdict.extract) {
    return { ...common, status: 'failed', rendered: true, problem: problemOf(ctx.business, url, 'too-large', unreadableReason(rendered.finalUrl, renderedVerdict)) };
  }
  const contentHash = contentHashOf(rendered.html);
  const renderedPage = { ...shown, contentType: 'text/html', contentHash, rendered: true, textFrom: 'rendered' as const, renderedAt };
  if (previous?.contentHash === contentHash) return { ...renderedPage, status: 'unchanged' };
  const extract = renderedVerdict.extract;
  return { ...renderedPage, status: 'ok', ...keepBody(ctx, url, contentHash, rendered.html), extract };
}

/**
 * What a 304 of a page's HTML proves about its stored text (issue 12: a widget whose text changed behind an unchanged
 * shell was kept as unchanged):
 *   static, payload — the text is in the HTML itself (its payload included): unchanged;
 *   endpoint        — the endpoint it came from is asked too, with its validators: unchanged only when it answers 304
 *                     or the same body; a changed body has the page read again (that answer reused); a failed one fails
 *                     the page, so the last good reading stands, marked stale, rather than be called current;
 *   rendered        — its scripts may fetch the text from anywhere the HTML's validators do not cover, and which
 *                     requests a render made is not known here: rendered again once the last render is
 *                     crawl.rerenderDays old (rerenderDue); until then, unchanged. A page whose script URLs changed
 *                     changed its HTML, so it answered 200 and was rendered anyway.
 * A page stored before its text source was recorded is read again once.
 */
type TextProof =
  | { readonly kind: 'unchanged'; readonly endpoint?: EndpointState }
  | { readonly kind: 'reread'; readonly data?: { readonly url: string; readonly outcome: FetchOutcome } }
  | { readonly kind: 'failed'; readonly problem: CrawlProblem }
  /** crawl.maxPagesPerSite left no request to ask the endpoint (crawlPage gives the page up, as for its own request). */
  | { readonly kind: 'no-request-left' };

async function textProof(ctx: PageContext, url: string, previous: PreviousPageState | undefined, rerender: boolean, asked?: FetchOutcome): Promise<TextProof> {
  const from = previous?.textFrom;
  if (from === 'static' || from === 'payload') return { kind: 'unchanged' };
  if (from === 'rendered') return rerender ? { kind: 'reread' } : { kind: 'unchanged' };
  if (from !== 'endpoint' || !previous?.endpoint) return { kind: 'reread' };
  const answer = await storedEndpointAnswer(ctx, previous.endpoint, asked);
  return answer ? endpointProof(ctx, url, previous.endpoint, answer) : { kind: 'no-request-left' };
}

/**
 * The stored endpoint's answer this scan: the one in hand (asked early, or for a standing shell), else asked now, one
 * request of the site's budget. Undefined when crawl.maxPagesPerSite left none.
 */
async function storedEndpointAnswer(ctx: PageContext, known: EndpointState, inHand: FetchOutcome | undefined): Promise<FetchOutcome | undefined> {
  if (inHand) return inHand;
  if (!ctx.budget.take()) return undefined;
  return askStoredEndpoint(ctx.fetcher, known);
}

/** The stored endpoint asked with its validators. */
function askStoredEndpoint(fetcher: PageFetcher, known: EndpointState): Promise<FetchOutcome> {
  const validators = validatorsOf(known);
  return fetcher.fetch(known.url, { purpose: 'data', ...(validators ? { validators } : {}) });
}

/** What the stored endpoint's answer proves of the page's stored text (textProof's endpoint case): unchanged, with its renewed state. */
type EndpointProof = { readonly kind: 'unchanged'; readonly endpoint: EndpointState } | Extract<TextProof, { kind: 'reread' | 'failed' }>;

function endpointProof(ctx: PageContext, url: string, known: EndpointState, answer: FetchOutcome): EndpointProof {
  if (!answer.ok) {
    const { failure } = answer;
    return { kind: 'failed', problem: problemOf(ctx.business, url, failure.kind, `${url}: its text comes from ${known.url}, which failed (${failure.reason})`, failure.status) };
  }
  const page = answer.page;
  if (page.notModified) return { kind: 'unchanged', endpoint: { ...known, ...renewedValidators(page, known) } };
  if (page.contentHash === known.contentHash) return { kind: 'unchanged', endpoint: endpointState(known.url, page) };
  return { kind: 'reread', data: { url: known.url, outcome: answer } };
}

/**
 * A page read from an endpoint whose shell (its own HTML) need not be asked this scan, the endpoint alone proving its
 * text (issue 12: such pages were 151 of an unchanged 200-site re-scan's 1,369 requests, each asked twice, the shell
 * and its endpoint, both answering 304). The shell says only where the text comes from; the text is the endpoint's.
 * It stands while the endpoint answers unchanged, the home page answers 304 (PageContext.homeUnchanged: a site
 * redesign has every shell asked) and a scan that started less than crawl.recheckMissingDays before this one's start
 * (`now`) asked the shell (PreviousPageState.askedScanAt; scan starts on both sides, so weekly scans ask it every
 * 28 days, not 35, whatever time into each scan it answered: withinDays); an endpoint that changed or
 * failed has the page asked as before (its 304 takes that answer as proof). The trade-off: a shell that changes while
 * its old endpoint stays unchanged (a widget pointed at a new article, the text moved into the page, the page gone)
 * is seen up to crawl.recheckMissingDays late. A remembered redirect that no longer holds has the page asked.
 */
export function shellStands(
  previous: PreviousPageState | undefined,
  crawl: Pick<CrawlConfig, 'recheckMissingDays' | 'recheckRedirectDays'>,
  url: string,
  now: number = Date.now(),
  fetcherNow: number = Date.now(),
): previous is StandingShell {
  if (previous?.textFrom !== 'endpoint' || !previous.endpoint || !previous.contentHash || !previous.fetchedAt) return false;
  if (!withinDays(previous.askedScanAt, crawl.recheckMissingDays, now)) return false;
  // The redirect is judged on the fetcher's clock (`fetcherNow`, as fetch-page.ts and askedUrl judge it): its checkedAt
  // is stamped mid-scan, so on the scan's start it would still hold at the scan the fetcher re-checks it, and the
  // shell would stand a week more.
  return !previous.moved || heldRedirect(previous.moved, url, crawl.recheckRedirectDays, fetcherNow) !== undefined;
}

/** What shellStands proves of a stored page: a text read from an endpoint, with its hash and the page's last answer. */
type StandingShell = PreviousPageState & { readonly endpoint: EndpointState; readonly contentHash: string; readonly fetchedAt: string };

/**
 * A page whose shell stood: its stored reading, as of the shell's last answer, with the endpoint's renewed validators.
 * The page's own validators and type are not repeated: the store keeps them for an unchanged page (applyGoodPage); its
 * redirect is, since every good fetch says where the URL leads now.
 */
function standingPage(base: Pick<PageRequest, 'url' | 'categories' | 'reasons'>, previous: StandingShell, endpoint: EndpointState): ScannedPage {
  return {
    ...base,
    finalUrl: previous.finalUrl ?? base.url,
    status: 'unchanged',
    fetchedAt: previous.fetchedAt,
    shellStood: true,
    ...(previous.moved ? { moved: previous.moved } : {}),
    contentHash: previous.contentHash,
    textFrom: 'endpoint',
    endpoint,
  };
}

/**
 * The request to send early, in discovery (DiscoverInput.revalidate), for a page the last scan read, tagged with whose
 * answer it brings (EarlyAsk). For a page whose shell may stand (shellStands; whether the home page answered 304 is not
 * known yet), its stored endpoint's conditional request, whose answer goes to readPage as PageRequest.endpointAnswer;
 * otherwise the page's own first request (firstAsk: conditional, at its remembered redirect target), whose answer goes
 * to readPage as PageRequest.prefetched. Undefined when readPage would ask without validators (nothing stored, a render
 * due), so that such a page is asked only by readPage.
 */
export function earlyAsk(
  fetcher: PageFetcher,
  crawl: Pick<CrawlConfig, 'recheckMissingDays' | 'recheckRedirectDays' | 'rerenderDays'>,
  previous: PreviousPageState | undefined,
  url: string,
  /** The scan's start (shellStands). */
  scanStart: number,
): EarlyAsk | undefined {
  if (shellStands(previous, crawl, url, scanStart)) {
    const known = previous.endpoint;
    return { of: 'endpoint', ask: () => askStoredEndpoint(fetcher, known) };
  }
  const ask = firstAsk(previous, crawl);
  if (!ask.validators) return undefined;
  return { of: 'page', ask: () => fetcher.fetch(url, ask) };
}

/**
 * What a page's first request sends, for readPage and for discovery's early ask of it (earlyAsk) alike, so the
 * early answer is the one readPage would have had: the stored validators, except while a render is due (a 304 of its
 * HTML could not spare the render), and the remembered permanent redirect, whose target is asked while it holds.
 */
function firstAsk(previous: PreviousPageState | undefined, crawl: Pick<CrawlConfig, 'rerenderDays'>): Pick<FetchOptions, 'validators' | 'moved'> {
  const validators = rerenderDue(previous, crawl) ? undefined : validatorsOf(previous);
  return { ...(validators ? { validators } : {}), ...movedOf(previous) };
}

/** The URL a page's fetch asks first: the target of its remembered permanent redirect while that holds, else its own. */
export function askedUrl(url: string, previous: PreviousPageState | undefined, recheckDays: number): string {
  return heldRedirect(previous?.moved, url, recheckDays, Date.now())?.to ?? url;
}

/** A rendered text whose last render is crawl.rerenderDays old (or of unknown age) is rendered again. */
export function rerenderDue(previous: PreviousPageState | undefined, crawl: Pick<CrawlConfig, 'rerenderDays'>, now: number = Date.now()): boolean {
  if (previous?.textFrom !== 'rendered') return false;
  const at = previous.renderedAt ? Date.parse(previous.renderedAt) : Number.NaN;
  return !Number.isFinite(at) || now - at >= crawl.rerenderDays * DAY_MS;
}


function endpointState(url: string, page: FetchedPage): EndpointState {
  return { url, ...validatorsOf(page), contentHash: page.contentHash };
}

/** The page's body field: handed to ctx.onBody (and not kept) when there is one. */
function keepBody(ctx: PageContext, url: string, contentHash: string, body: string): { body?: string } {
  if (!ctx.onBody) return { body };
  ctx.onBody(ctx.business, { url, contentHash, body });
  return {};
}

/** One line for a page the parser refused or could not finish. */
function unreadableReason(url: string, verdict: PageVerdict): string {
  if (verdict.kind === 'too-deep') return tooDeepReason(url, verdict.depth);
  if (verdict.kind === 'failed') return `${url}: not read; ${verdict.reason}`;
  return `${url}: not read`;
}
