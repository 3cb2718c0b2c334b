/**
 * The polite fetcher a scan shares (PageFetcher): robots.txt first, then the host's queue, then one request per
 * redirect hop with retries, then decoding and the not-content checks. Each rule lives in its own module; this file
 * only wires them in order:
 *   1. robots.txt of the hop's origin (robots.ts) — refused, unreachable or Crawl-delay over the cap stop here;
 *   2. the host's polite queue (host-queue.ts) and one GET (http-get.ts, address guard in its lookup);
 *   3. retry / defer / give up (retry-policy.ts); a host that keeps failing is abandoned for the run (A5);
 *   4. redirects: http(s) only, no loops, at most crawl.maxRedirects, each hop back to step 1 (A7); a permanent
 *      redirect remembered from an earlier scan is not asked again while it holds, its target is (redirect-memory.ts);
 *   5. status, content type (content-type.ts), charset (charset.ts), then bot wall / login wall / empty / soft 404
 *      (not-content.ts; the random-path probe is fetched once per host and only when a page might be a 404).
 */
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import zlib from 'node:zlib';
import { contentHashOf, type MovedState, type ProblemKind, type RobotsFile } from '../model.js';
import { count } from '../text/count.js';
import { guardedLookup } from './address-guard.js';
import { decodeBody } from './charset.js';
import { isAcceptedType, isGzipFile, mediaType, type Purpose } from './content-type.js';
import { FETCH_CODES, GONE_STATUSES, mapFetchError } from './fetch-errors.js';
import type { FetchFailure, FetchOptions, FetchOutcome, FetchRuntime, FetchStats, PageFetcher, RobotsVerdict } from './fetch-types.js';
import { HostQueues, QueueClosedError } from './host-queue.js';
import { httpGet, isRedirectStatus, type HttpGetResponse } from './http-get.js';
import { classifyContent, compareWithProbe, sameLandingAsProbe, detectBotWall, detectLoginWall, isBotWallPath, needsProbe, probePath, visibleText, type NotContent, type PageSignals, type ProbeAnswer } from './not-content.js';
import { heldRedirect, PermanentChain, recheckAfter } from './redirect-memory.js';
import { decideRetry, isRetryableStatus } from './retry-policy.js';
import { renewedValidators, validatorsOf, validatorsOfHeaders } from './validators.js';
import {
  interpretRobots,
  ROBOTS_MAX_BYTES,
  ROBOTS_MAX_REDIRECTS,
  ROBOTS_REMEMBER_MAX_CHARS,
  robotsTextRead,
  robotsUrlOf,
  rulesOf,
  type RobotsFetchResult,
  type RobotsState,
} from './robots.js';

/**
 * A host is abandoned for the run after this many failed attempts in a row over all its URLs (A5), in units of
 * (crawl.retries + 1): 429 means "stop" after one URL's worth; 5xx and timeouts get two, so one broken page does not
 * cost the rest of the site.
 */
const ABANDON_AFTER_ROUNDS = { throttled: 1, failing: 2 } as const;
/** Kept-alive sockets per host and in total: enough for concurrencyPerHost, never a flood. */
const MAX_FREE_SOCKETS = 256;

const ACCEPT: Record<Purpose, string> = {
  page: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
  sitemap: 'application/xml,text/xml;q=0.9,*/*;q=0.1',
  robots: 'text/plain,*/*;q=0.1',
  data: 'application/json,*/*;q=0.1',
};

/** Test hooks; production code passes none. */
export interface FetcherHooks {
  /** Replaces the socket factory (E3 tests: reaching it fails the test). */
  readonly createConnection?: (options: object) => Socket;
  readonly random?: () => number;
}

/** PageFetcher plus notes for the log (robots.txt fallbacks, deferred hosts). */
export interface PoliteFetcher extends PageFetcher {
  /** One line per notable decision that is not a page failure, e.g. robots.txt behind too many redirects. */
  readonly notes: readonly string[];
}

type AttemptOutcome =
  | { readonly ok: true; readonly response: HttpGetResponse; readonly attempts: number }
  | { readonly ok: false; readonly failure: FetchFailure };

interface HostHealth {
  /** Failed retryable attempts in a row, over all URLs of the host; reset by any answer that is not a failure. */
  streak: number;
  /** Time spent on this host's requests and renders this run, send to last byte (crawl.hostBudgetMs). */
  spentMs: number;
  /** Set once the host is given up for this run; later URLs fail with it, unrequested. */
  abandoned?: { kind: ProblemKind; reason: string; status?: number };
}

/** Raised inside the queue when a request's host was abandoned while it waited. */
class HostAbandonedError extends Error {
  constructor() {
    super('host abandoned');
  }
}


function failure(url: string, kind: ProblemKind, reason: string, attempts: number, status?: number): FetchOutcome {
  return { ok: false, failure: { url, kind, reason: reason.replace(/\s*\n\s*/g, ' '), attempts, ...(status !== undefined ? { status } : {}) } };
}

function withoutCredentials(url: URL): URL {
  const clean = new URL(url.href);
  clean.username = '';
  clean.password = '';
  return clean;
}

/**
 * The robots.txt a 2xx or 4xx answer leaves for the next scan to remember: the text read, with the answer's
 * validators; null (forget the stored one) for a 4xx (no robots.txt now), an answer without validators (nothing to
 * ask with) or a text over ROBOTS_REMEMBER_MAX_CHARS; undefined (keep the stored one) for anything else (5xx, 429:
 * the file was not read, and a failed fetch never replaces a good reading).
 */
function rememberedRobotsFile(url: string, response: HttpGetResponse, body: string): RobotsFile | null | undefined {
  const { status, headers } = response;
  if (status >= 400 && status < 500 && status !== 429) return null;
  if (status < 200 || status >= 300) return undefined;
  const validators = validatorsOfHeaders(headers);
  const text = robotsTextRead(body);
  if (!validators || text.length > ROBOTS_REMEMBER_MAX_CHARS) return null;
  return { url, ...validators, text };
}

function statusKind(status: number): ProblemKind {
  if (GONE_STATUSES.has(status)) return 'not-found';
  return 'http-status';
}

/** Create the fetcher one scan shares. `close()` it when the scan ends. */
export function createFetcher(runtime: FetchRuntime, hooks: FetcherHooks = {}): PoliteFetcher {
  const { crawl } = runtime;
  const random = hooks.random ?? Math.random;
  const queues = new HostQueues({
    concurrency: crawl.concurrency,
    concurrencyPerHost: crawl.concurrencyPerHost,
    delayMs: crawl.delayMs,
    jitterMs: crawl.jitterMs,
    random,
  });
  const socketsPerHost = crawl.concurrencyPerHost;
  const agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: socketsPerHost, maxFreeSockets: MAX_FREE_SOCKETS }),
    https: new https.Agent({ keepAlive: true, maxSockets: socketsPerHost, maxFreeSockets: MAX_FREE_SOCKETS }),
  };
  const lookup = guardedLookup(runtime.lookup, crawl.allowPrivateNetworks);
  const insecureHosts = new Set(crawl.insecureTlsHosts.map((h) => h.toLowerCase()));
  const robotsCache = new Map<string, Promise<RobotsState>>();
  /** Per origin, the robots.txt the next scan may remember (PageFetcher.robotsFile). */
  const robotsFiles = new Map<string, RobotsFile | null>();
  const probeCache = new Map<string, Promise<ProbeAnswer | undefined>>();
  const health = new Map<string, HostHealth>();
  /** botWallOf's verdicts and textOf's decoded bodies, one per raw response. */
  const botWalls = new WeakMap<HttpGetResponse, NotContent | undefined>();
  const texts = new WeakMap<HttpGetResponse, string>();
  const notes: string[] = [];
  let requests = 0;
  let notModified = 0;
  let retries = 0;
  const stats: FetchStats = {
    get requests() {
      return requests;
    },
    get maxInFlightPerHost() {
      return queues.maxInFlightPerHost;
    },
    get notModified() {
      return notModified;
    },
    get retries() {
      return retries;
    },
  } as FetchStats;

  const onOuterAbort = (): void => void queues.close();
  runtime.signal?.addEventListener('abort', onOuterAbort, { once: true });

  const healthOf = (host: string): HostHealth => {
    let h = health.get(host);
    if (!h) {
      h = { streak: 0, spentMs: 0 };
      health.set(host, h);
    }
    return h;
  };

  /**
   * Run one piece of work for a host, counted against its time budget (crawl.hostBudgetMs): refused once the budget
   * is spent, given at most what is left of it, and the host abandoned for the run when it runs out.
   */
  const spend = async <T>(host: string, work: (remainingMs: number) => Promise<T>): Promise<T> => {
    const state = healthOf(host);
    // The host may have been given up while this request waited in its queue (A5): then it is never sent.
    if (state.abandoned) throw new HostAbandonedError();
    const start = Date.now();
    try {
      return await work(crawl.hostBudgetMs - state.spentMs);
    } finally {
      charge(state, host, Date.now() - start);
    }
  };

  /** Add time spent on a host; when its budget is used up, its later requests are not made (reported as timeouts). */
  function charge(state: HostHealth, host: string, ms: number): void {
    state.spentMs += ms;
    if (state.spentMs < crawl.hostBudgetMs || state.abandoned) return;
    const seconds = Math.round(crawl.hostBudgetMs / 100) / 10;
    abandon(state, 'timeout', `${host} used up its time budget (crawl.hostBudgetMs, ${seconds} s) on slow answers; its remaining requests this run were not made`);
  }

  /** One GET inside the host's queue. Rejections are Node/FetchErrors, mapped by the caller. */
  const requestOnce = (url: URL, purpose: Purpose, options: FetchOptions, extra: { truncateAtCap?: boolean; maxBytes?: number } = {}) =>
    queues.run(url.host, (signal) => spend(url.host, (remainingMs) => {
      requests += 1;
      const headers: Record<string, string> = { 'user-agent': runtime.userAgent, accept: ACCEPT[purpose] };
      if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
      if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
      return httpGet({
        url,
        headers,
        lookup,
        allowPrivateNetworks: crawl.allowPrivateNetworks,
        insecureTls: insecureHosts.has(url.hostname.toLowerCase()) || insecureHosts.has(url.host.toLowerCase()),
        connectTimeoutMs: crawl.connectTimeoutMs,
        firstByteTimeoutMs: crawl.firstByteTimeoutMs,
        timeoutMs: Math.min(crawl.timeoutMs, remainingMs),
        ...(remainingMs < crawl.timeoutMs ? { timeoutLabel: 'what was left of crawl.hostBudgetMs' } : {}),
        maxBytes: extra.maxBytes ?? options.maxBytes ?? crawl.maxBytes,
        agents,
        signal,
        acceptType: (type) => isAcceptedType(type, purpose),
        ...(extra.truncateAtCap ? { truncateAtCap: true } : {}),
        ...(hooks.createConnection ? { createConnection: hooks.createConnection } : {}),
      }).then((response) => {
        // Judged before the host's slot is released, so no queued request of the host starts after a walled home page.
        if (purpose === 'page' && url.pathname === '/' && !isRedirectStatus(response.status)) {
          const wall = botWallOf(url.href, response, purpose);
          if (wall) leaveWalledHost(url.href, wall.reason);
        }
        return response;
      });
    }));

  /** One hop with retries, backoff and host abandonment (A1, A3, A4, A5, A6). */
  const requestWithRetries = async (url: URL, purpose: Purpose, options: FetchOptions): Promise<AttemptOutcome> => {
    const host = url.host;
    const state = healthOf(host);
    let attempts = 0;
    for (;;) {
      if (state.abandoned) {
        const { kind, reason, status } = state.abandoned;
        return { ok: false, failure: { url: url.href, kind, reason: `${url.href}: not requested; ${reason}`, attempts, ...(status ? { status } : {}) } };
      }
      attempts += 1;
      let response: HttpGetResponse;
      try {
        response = await requestOnce(url, purpose, options);
      } catch (error) {
        if (error instanceof HostAbandonedError) {
          attempts -= 1;
          continue;
        }
        if (error instanceof QueueClosedError || (error as { code?: string }).code === FETCH_CODES.aborted) {
          return { ok: false, failure: { url: url.href, kind: 'network', reason: `${url.href}: stopped, the scan was cancelled`, attempts } };
        }
        const mapped = mapFetchError(error, url.href);
        if (mapped.retryable) state.streak += 1;
        if (mapped.hostLevel || state.streak >= ABANDON_AFTER_ROUNDS.failing * (crawl.retries + 1)) {
          // Host-level refusals (refused, DNS, TLS, private address) and long failure streaks end the host's run;
          // a page-level fault (too large, bad encoding) costs only that page.
          abandon(state, mapped.kind, gaveUp(host, mapped.reason));
        }
        const decision = state.abandoned
          ? ({ action: 'give-up' } as const)
          : decideRetry({ attempts, retryableError: mapped.retryable, hostStreak: state.streak }, crawl, Date.now(), random);
        if (decision.action === 'retry') {
          retries += 1;
          queues.pushBack(host, Date.now() + decision.delayMs);
          continue;
        }
        return { ok: false, failure: { url: url.href, kind: mapped.kind, reason: withAttempts(mapped.reason, attempts), attempts } };
      }
      const { status } = response;
      if (status < 400 || status === 401 || status === 403 || status === 404 || status === 410) {
        state.streak = 0;
        return { ok: true, response, attempts };
      }
      // A challenge page served as 503/429 will not go away by asking again.
      if (botWallOf(url.href, response, purpose)) return { ok: true, response, attempts };
      const decision = decideRetry({ attempts, status, retryAfter: response.headers['retry-after'], hostStreak: state.streak + 1 }, crawl, Date.now(), random);
      if (decision.action === 'defer') {
        const reason = `${host} asked to wait ${Math.round(decision.retryAfterSeconds)} s (Retry-After), over crawl.retryAfterCapSeconds (${crawl.retryAfterCapSeconds}); host deferred to the next run`;
        abandon(state, 'deferred', reason, status);
        return { ok: false, failure: { url: url.href, kind: 'deferred', reason: `${url.href}: ${reason}`, attempts, status } };
      }
      if (!isRetryableStatus(status)) {
        state.streak = 0;
        return { ok: true, response, attempts };
      }
      state.streak += 1;
      const rounds = status === 429 ? ABANDON_AFTER_ROUNDS.throttled : ABANDON_AFTER_ROUNDS.failing;
      if (state.streak >= rounds * (crawl.retries + 1)) {
        abandon(state, 'http-status', gaveUp(host, `${host} answered ${status} to ${state.streak} attempts in a row`), status);
      }
      if (decision.action === 'retry' && !state.abandoned) {
        retries += 1;
        queues.pushBack(host, Date.now() + decision.delayMs);
        continue;
      }
      const reason = `answered ${status} after ${count(attempts, 'attempt')}${state.abandoned ? '; host abandoned for this run' : ''}; try again later`;
      return { ok: false, failure: { url: url.href, kind: 'http-status', reason: `${url.href}: ${reason}`, attempts, status } };
    }
  };

  function withAttempts(reason: string, attempts: number): string {
    return attempts > 1 ? `${reason} (after ${attempts} attempts)` : reason;
  }

  /**
   * Give up a host for the rest of the run; its later URLs fail unrequested with this reason. The first reason stays:
   * it is the one that explains the rest. (Used for failures, a spent time budget, a Retry-After over the cap and a
   * walled home page.)
   */
  function abandon(state: HostHealth, kind: ProblemKind, reason: string, status?: number): void {
    if (state.abandoned) return;
    state.abandoned = { kind, reason, ...(status ? { status } : {}) };
  }

  /** A page's failure reason without its URL, for the line every later URL of the host is given. */
  function withoutUrl(reason: string): string {
    return reason.replace(/^https?:\/\/\S+: /, '');
  }

  /** The reason a host abandoned after failing is given: its name and what went wrong. */
  function gaveUp(host: string, reason: string): string {
    return `${host} gave up earlier this run (${withoutUrl(reason)})`;
  }

  /**
   * A bot wall on a site's home page is the site refusing automated readers as a whole: every later request would
   * meet the same wall (issue 12 counted 17 more), so the host is left alone for the run. A wall on a deeper page
   * costs only that page: it may be one guarded path.
   */
  function leaveWalledHost(url: string, reason: string): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return;
    }
    if (parsed.pathname !== '/') return;
    abandon(healthOf(parsed.host), 'blocked', `${parsed.host} walls its home page against automated readers; left alone for this run (${withoutUrl(reason)})`);
  }

  /**
   * The bot-wall verdict on one response, judged once wherever it is asked for: a home page in its queue slot
   * (requestOnce), a 429/5xx before the retry decision (requestWithRetries), every page once it is read (finish).
   * The one source of that verdict: each caller reads the same response the same way.
   */
  function botWallOf(url: string, response: HttpGetResponse, purpose: Purpose): NotContent | undefined {
    if (botWalls.has(response)) return botWalls.get(response);
    const wall = detectBotWall(signalsOf(url, [], response, textOf(response, purpose)));
    botWalls.set(response, wall);
    return wall;
  }

  /** A response's body as text (charset.ts), decoded once: the bot-wall check and finish read the same string. */
  function textOf(response: HttpGetResponse, purpose: Purpose, bytes: Buffer = response.body): string {
    const cached = bytes === response.body ? texts.get(response) : undefined;
    if (cached !== undefined) return cached;
    const type = mediaType(response.headers['content-type']);
    const html = type === '' || type === 'text/html' || type === 'application/xhtml+xml';
    const text = decodeBody(bytes, response.headers['content-type'], { html, fallback: purpose === 'page' ? 'windows-1252' : 'utf-8' }).text;
    if (bytes === response.body) texts.set(response, text);
    return text;
  }

  function signalsOf(url: string, redirects: string[], response: HttpGetResponse, body: string): PageSignals {
    return { status: response.status, finalUrl: url, redirects, headers: response.headers, body, contentType: mediaType(response.headers['content-type']) };
  }

  /**
   * robots.txt of an origin: up to 5 redirects, first 500 KiB, one attempt (C1, C2, C4). Asked for with the last
   * scan's validators when the store remembers the file (FetchRuntime.previousRobots): a 304 is read as a 200 carrying
   * the remembered text, so its rules (a new Disallow included) apply exactly as if the body had been sent again.
   */
  const loadRobots = async (origin: string): Promise<RobotsState> => {
    const robotsUrl = robotsUrlOf(origin);
    const remembered = runtime.previousRobots?.(robotsUrl);
    const previous = remembered?.url === robotsUrl ? remembered : undefined;
    const validators = validatorsOf(previous);
    let current = new URL(robotsUrl);
    const chain: string[] = [];
    let result: RobotsFetchResult;
    // What the next scan may remember: the file read now; null for "no file" (4xx, unavailable); unset when unread.
    let file: RobotsFile | null | undefined;
    for (;;) {
      let response: HttpGetResponse;
      try {
        response = await requestOnce(current, 'robots', validators ? { validators } : {}, { truncateAtCap: true, maxBytes: ROBOTS_MAX_BYTES });
      } catch (error) {
        if (error instanceof QueueClosedError) {
          result = { kind: 'error', reason: 'the scan was cancelled' };
          break;
        }
        const mapped = mapFetchError(error, current.href);
        result = { kind: 'error', reason: mapped.reason, ...(mapped.hostLevel ? { problem: mapped.kind } : {}) };
        break;
      }
      if (isRedirectStatus(response.status) && response.headers.location) {
        chain.push(current.href);
        let next: URL;
        try {
          next = new URL(response.headers.location, current);
        } catch {
          result = { kind: 'response', status: 404, body: '', redirects: chain.length };
          file = null;
          break;
        }
        if ((next.protocol !== 'http:' && next.protocol !== 'https:') || chain.includes(next.href) || chain.length > ROBOTS_MAX_REDIRECTS) {
          result = { kind: 'too-many-redirects', chain: [...chain, next.href] };
          file = null;
          break;
        }
        current = next;
        continue;
      }
      if (response.status === 304 && previous) {
        notModified += 1;
        result = { kind: 'response', status: 200, body: previous.text, redirects: chain.length };
        file = { ...previous, ...renewedValidators(validatorsOfHeaders(response.headers) ?? {}, previous) };
        break;
      }
      const body = decodeBody(response.body, response.headers['content-type'], { html: false, fallback: 'utf-8' }).text;
      result = { kind: 'response', status: response.status, body, redirects: chain.length };
      file = rememberedRobotsFile(robotsUrl, response, body);
      break;
    }
    if (file !== undefined) robotsFiles.set(origin, file);
    const state = interpretRobots(robotsUrl, result);
    if (state.state === 'allow-all' && state.note) notes.push(state.note);
    const rules = rulesOf(state);
    const delay = rules?.crawlDelaySeconds;
    if (delay !== undefined && delay <= crawl.crawlDelayCapSeconds) queues.setHostDelay(new URL(origin).host, delay * 1000);
    if (delay !== undefined && delay > crawl.crawlDelayCapSeconds) {
      notes.push(`${robotsUrl}: Crawl-delay ${delay} s is over crawl.crawlDelayCapSeconds (${crawl.crawlDelayCapSeconds}); host skipped this run`);
    }
    return state;
  };

  const robotsStateOf = (origin: string): Promise<RobotsState> => {
    let cached = robotsCache.get(origin);
    if (!cached) {
      cached = loadRobots(origin);
      robotsCache.set(origin, cached);
    }
    return cached;
  };

  const robots = async (url: string): Promise<RobotsVerdict> => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { allowed: false, failure: { url, kind: 'network', reason: `${url}: not a valid URL`, attempts: 0 } };
    }
    const state = await robotsStateOf(parsed.origin);
    if (state.state === 'unreachable') {
      const reason = state.kind === 'robots-unreachable' ? `${url} not fetched: ${state.reason}` : `${url}: ${state.reason.replace(/^\S+\/robots\.txt: /, '')}`;
      return { allowed: false, failure: { url, kind: state.kind, reason, attempts: 0 } };
    }
    const rules = rulesOf(state)!;
    const delay = rules.crawlDelaySeconds;
    if (delay !== undefined && delay > crawl.crawlDelayCapSeconds) {
      return {
        allowed: false,
        failure: {
          url,
          kind: 'deferred',
          reason: `${robotsUrlOf(url)} asks Crawl-delay: ${delay} s, over crawl.crawlDelayCapSeconds (${crawl.crawlDelayCapSeconds}); host skipped this run`,
          attempts: 0,
        },
      };
    }
    if (!rules.isAllowed(parsed.href)) {
      return { allowed: false, failure: { url, kind: 'robots-disallowed', reason: `${url}: disallowed by ${robotsUrlOf(url)}`, attempts: 0 } };
    }
    return delay !== undefined ? { allowed: true, crawlDelaySeconds: delay } : { allowed: true };
  };

  /** The site's answer to a path that cannot exist, fetched once per origin and only when a page needs it (B4). */
  const probeOf = (origin: string): Promise<ProbeAnswer | undefined> => {
    let cached = probeCache.get(origin);
    if (!cached) {
      const probeUrl = new URL(probePath(random), origin).href;
      cached = fetchHops(probeUrl, {}, false).then((outcome) =>
        outcome.ok ? { status: outcome.page.status, text: visibleText(outcome.page.body), url: probeUrl, finalUrl: outcome.page.finalUrl } : undefined,
      );
      probeCache.set(origin, cached);
    }
    return cached;
  };

  /** Steps 1–5 of the module comment; `classify` false for the probe itself. */
  async function fetchHops(url: string, options: FetchOptions, classify: boolean): Promise<FetchOutcome> {
    const purpose: Purpose = options.purpose ?? 'page';
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      return failure(url, 'network', `${url}: not a valid URL`, 0);
    }
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      return failure(url, 'unsupported-type', `${url}: only http(s) URLs are fetched (scheme "${current.protocol.replace(':', '')}")`, 0);
    }
    if (current.username || current.password) {
      // Never send (or print) credentials a URL carries: Node would turn them into an Authorization header.
      current = withoutCredentials(current);
      url = current.href;
    }
    const redirects: string[] = [];
    // A permanent redirect remembered from an earlier scan: its hops are robots-checked as if asked, then skipped.
    const held = purpose === 'robots' ? undefined : heldRedirect(options.moved, url, crawl.recheckRedirectDays, Date.now());
    if (held) {
      for (const hop of held.via) {
        const verdict = await robots(hop);
        if (!verdict.allowed) return { ok: false, failure: { ...verdict.failure, url, attempts: 0 } };
      }
      redirects.push(...held.via);
      current = new URL(held.to);
    }
    const chain = new PermanentChain(new Date().toISOString(), held);
    const outcome = await followHops(url, current, redirects, chain, options, purpose, classify);
    // The target failed in a way that may mean the redirect changed (gone, soft 404, an error): ask the old URL again.
    if (held && !outcome.ok && recheckAfter(outcome.failure.kind)) {
      return fetchHops(url, { ...options, moved: undefined }, classify);
    }
    return outcome;
  }

  /** Step 4's loop from `current` (the URL asked, or a remembered redirect's target), hop by hop. */
  async function followHops(
    url: string,
    start: URL,
    redirects: string[],
    permanent: PermanentChain,
    options: FetchOptions,
    purpose: Purpose,
    classify: boolean,
  ): Promise<FetchOutcome> {
    let current = start;
    let attempts = 0;
    for (;;) {
      if (purpose !== 'robots') {
        const verdict = await robots(current.href);
        if (!verdict.allowed) return { ok: false, failure: { ...verdict.failure, url, attempts } };
      }
      const outcome = await requestWithRetries(current, purpose, options);
      if (!outcome.ok) return { ok: false, failure: { ...outcome.failure, url, attempts: attempts + outcome.failure.attempts } };
      attempts += outcome.attempts;
      const response = outcome.response;
      if (isRedirectStatus(response.status)) {
        const location = response.headers.location;
        if (!location) return failure(url, 'redirect', `${current.href}: answered ${response.status} without a Location`, attempts, response.status);
        const chain = [...redirects, current.href];
        let next: URL;
        try {
          next = withoutCredentials(new URL(location, current));
        } catch {
          return failure(url, 'redirect', `${current.href}: redirect to an invalid URL "${location.slice(0, 200)}"`, attempts, response.status);
        }
        const shown = [...chain, next.href].join(' → ');
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          return failure(url, 'redirect', `redirect to a ${next.protocol.replace(':', '')}: URL refused: ${shown}`, attempts, response.status);
        }
        if (chain.includes(next.href)) return failure(url, 'redirect', `redirect loop: ${shown}`, attempts, response.status);
        if (chain.length > crawl.maxRedirects) {
          return failure(url, 'redirect', `more than crawl.maxRedirects (${crawl.maxRedirects}) redirects: ${shown}`, attempts, response.status);
        }
        if (isBotWallPath(next.href)) {
          return failure(url, 'blocked', `${url}: redirected to a bot wall (${next.pathname}); the site refuses automated readers`, attempts, response.status);
        }
        permanent.hop(current.href, next.href, response.status, response.headers);
        redirects.push(current.href);
        if (options.follow && !options.follow(next.href, permanent.state())) {
          return failure(url, 'redirect', `${current.href}: redirect to ${next.href} not followed: that URL is read by another request`, attempts, response.status);
        }
        current = next;
        continue;
      }
      return finish(url, current.href, redirects, response, attempts, purpose, classify, options.maxBytes ?? crawl.maxBytes, permanent.state());
    }
  }

  async function finish(
    url: string,
    finalUrl: string,
    redirects: string[],
    response: HttpGetResponse,
    attempts: number,
    purpose: Purpose,
    classify: boolean,
    maxBytes: number,
    moved: MovedState | undefined,
  ): Promise<FetchOutcome> {
    const { status, headers } = response;
    const contentType = mediaType(headers['content-type']);
    const common = {
      url,
      finalUrl,
      redirects,
      status,
      contentType,
      rendered: false,
      fetchedAt: new Date().toISOString(),
      headers,
      ...(moved ? { moved } : {}),
      ...(headers.etag ? { etag: headers.etag } : {}),
      ...(headers['last-modified'] ? { lastModified: headers['last-modified'] } : {}),
    };
    if (status === 304) {
      notModified += 1;
      return { ok: true, page: { ...common, body: '', bytes: 0, contentHash: '', notModified: true } };
    }
    let bytes: Buffer = response.body;
    if (purpose === 'sitemap' && bytes[0] === 0x1f && bytes[1] === 0x8b && isGzipFile(contentType, finalUrl)) {
      try {
        bytes = zlib.gunzipSync(bytes, { maxOutputLength: maxBytes });
      } catch (error) {
        const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError;
        return tooLarge
          ? failure(url, 'too-large', `${finalUrl}: the gzipped sitemap expands past the cap of ${maxBytes} bytes`, attempts, status)
          : failure(url, 'unsupported-type', `${finalUrl}: not a readable gzip file`, attempts, status);
      }
    }
    const body = textOf(response, purpose, bytes);
    if (status >= 400 || status < 200) {
      const wall = classify ? (botWallOf(finalUrl, response, purpose) ?? (status === 401 ? detectLoginWall(signalsOf(finalUrl, redirects, response, body)) : undefined)) : undefined;
      if (wall) return failure(url, wall.kind, wall.reason, attempts, status);
      return failure(url, statusKind(status), `${finalUrl}: answered ${status}${redirects.length ? ` (after ${redirects.join(' → ')})` : ''}`, attempts, status);
    }
    // Only a success is judged by its type: an error's status says more than the type of its error page (a guessed
    // /sitemap.xml answering a 404 in HTML is missing, not "text/html is not read as a sitemap"). Its body was not read.
    if (response.skipped) {
      return failure(url, 'unsupported-type', `${finalUrl}: ${contentType || 'unknown type'} is not read as a ${purpose} (status ${status})`, attempts, status);
    }
    const page = { ...common, body, bytes: Buffer.byteLength(body), contentHash: contentHashOf(body), notModified: false };
    if (classify && purpose === 'page') {
      const signals = signalsOf(finalUrl, redirects, response, body);
      const verdict = botWallOf(finalUrl, response, purpose) ?? classifyContent(signals);
      if (verdict) return failure(url, verdict.kind, verdict.reason, attempts, status);
      // A page redirected elsewhere is a soft 404 when a random path of its site lands on the same place (e.g.
      // every unknown path → home page).
      if (redirects.length > 0 && new URL(url).pathname !== new URL(finalUrl).pathname) {
        const soft = sameLandingAsProbe(url, finalUrl, await probeOf(new URL(url).origin));
        if (soft) return failure(url, soft.kind, soft.reason, attempts, status);
      }
      // The home page is the site, never its not-found template; every other short page is compared with the probe.
      if (new URL(finalUrl).pathname !== '/' && needsProbe(signals)) {
        const soft = compareWithProbe(signals, await probeOf(new URL(finalUrl).origin));
        if (soft) return failure(url, soft.kind, soft.reason, attempts, status);
      }
    }
    return { ok: true, page };
  }

  return {
    notes,
    stats,
    fetch: async (url, options = {}) => {
      const outcome = await fetchHops(url, options, true);
      if (!outcome.ok && outcome.failure.kind === 'blocked') leaveWalledHost(url, outcome.failure.reason);
      return outcome;
    },
    robots,
    sitemapsOf: async (origin) => rulesOf(await robotsStateOf(new URL(origin).origin))?.sitemaps ?? [],
    robotsFile: async (origin) => {
      const key = new URL(origin).origin;
      await robotsStateOf(key);
      return robotsFiles.get(key);
    },
    schedule: (url, task) =>
      queues.run(new URL(url).host, () => {
        requests += 1;
        // Counted against the host's budget, but never refused here: the caller needs its task's own outcome.
        const host = new URL(url).host;
        const start = Date.now();
        return task().finally(() => charge(healthOf(host), host, Date.now() - start));
      }),
    close: async () => {
      runtime.signal?.removeEventListener('abort', onOuterAbort);
      await queues.close();
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

/** Fetch one URL with a fetcher of its own and close it (for `servicediff extract URL`). */
export async function fetchOnce(url: string, runtime: FetchRuntime, options?: FetchOptions): Promise<FetchOutcome> {
  const fetcher = createFetcher(runtime);
  try {
    return await fetcher.fetch(url, options);
  } finally {
    await fetcher.close();
  }
}
