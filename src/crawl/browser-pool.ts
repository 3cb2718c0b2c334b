/**
 * One Chromium per scan, launched only when the first page needs it: a fresh context per site, pages reused across
 * URLs of a site, images/fonts/media/stylesheets aborted by resource type, downloads refused, dialogs dismissed, a hard per-page deadline, a
 * relaunch when the browser dies (B9), and no Chromium left behind when the scan ends or is aborted.
 * Playwright is imported lazily: a scan that renders nothing never loads it.
 */
import type { LookupFunction } from 'node:net';
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import type { Browser, BrowserContext, CDPSession, Page, Request, Route } from 'playwright';
import type { ProblemKind } from '../model.js';
import { findBrowser, NO_BROWSER_REASON, playwrightChromiumPath, type FoundBrowser } from './find-browser.js';
import { MIN_POLICY_TEXT, PLACEHOLDER } from './needs-browser.js';
import { allowDocument, navigationFor, NO_POPUPS_SCRIPT, type NavigationState } from './navigation-guard.js';
import { resolvesToPublic } from './private-address.js';
import { mediaType } from '../fetch/content-type.js';
import { validatorsOfHeaders } from '../fetch/validators.js';
import { browserProcesses, isAlive, isBrowserMain } from './process-tree.js';

export type RenderOutcome =
  | {
      readonly ok: true;
      readonly html: string;
      readonly finalUrl: string;
      readonly status?: number;
      /**
       * The same-origin data requests (fetch/XHR) the page's scripts sent while it rendered, in the order sent, at most
       * MAX_DATA_REQUESTS: where its text may have come from (learned-endpoints.ts learns a site's endpoint from them).
       */
      readonly dataRequests?: readonly string[];
      /**
       * The answers to those requests the render had received in full when the page was read, as the page's scripts
       * received them: what was learnt from the render is checked against them instead of asking the host again
       * (issue 12: each site's first render asked its data endpoint twice).
       */
      readonly dataAnswers?: readonly DataAnswer[];
    }
  | { readonly ok: false; readonly kind: ProblemKind; readonly reason: string };

/** One data request's answer as a render received it (RenderOutcome.dataAnswers). */
export interface DataAnswer {
  readonly url: string;
  readonly status: number;
  /** Media type without parameters, lower case. */
  readonly contentType: string;
  readonly body: string;
  /** Its validators, so a page whose text it is can be asked conditionally at the next scan (crawl-page.ts learnFrom). */
  readonly etag?: string;
  readonly lastModified?: string;
}

export interface BrowserPoolOptions {
  /** crawl.browserPath */
  readonly browserPath?: string;
  /** crawl.browserTimeoutMs: hard deadline for one page, from asking to having its HTML. */
  readonly timeoutMs: number;
  readonly allowPrivateNetworks: boolean;
  readonly userAgent?: string;
  /** Resolver the address guard uses (tests inject one). */
  readonly lookup?: LookupFunction;
  /** Skip discovery and launch this executable (tests, bench). */
  readonly executablePath?: string;
  /** Pages rendering at once; default RENDER_CONCURRENCY. */
  readonly concurrency?: number;
  /**
   * Runs each request a rendered page sends, from its start to its last byte, in the host's polite queue (the
   * fetcher's `schedule`), so the browser never has more requests in flight to a host than crawl.concurrencyPerHost
   * (issue 12 counted 7 from one render's scripts). Without it (tests of the pool alone) requests go out at once.
   */
  readonly hostGate?: <T>(url: string, task: () => Promise<T>) => Promise<T>;
}

/**
 * The page's HTML as the static fetch already read it: the render starts from it instead of asking the server for
 * the same document a second time (issue 12: one HTML request per render on top of the static fetch's).
 */
export interface FetchedDocument {
  readonly html: string;
  /**
   * Hand back the answers of the page's data requests (RenderOutcome.dataAnswers): only a site's first render reads
   * them (crawl-page.ts learnFrom), so no other render carries them over IPC.
   */
  readonly answers?: boolean;
}

/**
 * Renders at once: two per core, at most 6. A render is mostly Chromium CPU (0.15–0.6 s a page, issue 3) with waits
 * for the page's own requests in between, so a second render per core fills those gaps. With the headless shell a
 * site's context is one renderer (≈ 40 MB PSS); on the 200-site bench farm, 2 cores, interleaved runs: 2 slots
 * 24.2–25.2 s and ≈ 490 MB, 4 slots 20.6–21.0 s and ≈ 525 MB.
 */
export const RENDER_CONCURRENCY = Math.max(2, Math.min(6, 2 * availableParallelism()));

/** Flags for a quiet, headless, short-lived Chromium; images off at the Blink level costs nothing per request. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--mute-audio',
  '--blink-settings=imagesEnabled=false',
  // Pop-ups and window.open fail in the headless shell (issue 12: 291 pop-up loads); see navigation-guard.ts for the
  // full browser, which ignores this switch.
  '--block-new-web-contents',
  // Memory: the GPU process folded into the browser (no GPU is used headless), no back/forward cache keeping the
  // previous document of a reused page alive, and none of the browser's own background features. Not
  // --process-per-site: a page stuck in while(true) would then hang the next page of its site (B8).
  '--in-process-gpu',
  // SpareRendererForSitePerProcess: the spare renderer is made for the last context used, and every site has a fresh
  // one, so each spare was spawned only to be thrown away.
  '--disable-features=BackForwardCache,Translate,MediaRouter,OptimizationHints,AutofillServerCommunication,InterestFeedContentSuggestions,SpareRendererForSitePerProcess',
  // Speed: our pages are never "in the background"; timers and rendering must not be throttled.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
] as const;

/**
 * The window a page renders in: a phone's. The headless shell rasters and draws every frame of what is in view in
 * software; at Playwright's default 1280 × 720 that was ~20 % of Chromium's CPU on the storefront farm (a trace of 17
 * renders: 2.0 of 9.6 CPU-s in the raster, draw and compositor threads). A phone's window is a third of that area, and
 * shops build pages for phones first (search engines index the phone page), so the policy is there the same.
 */
export const RENDER_VIEWPORT = { width: 390, height: 844 } as const;

/**
 * Requests aborted by resource type: the policy is read from the DOM, never from how the page looks, so images, fonts,
 * media and stylesheets are never fetched (scripts and data requests are kept: they build the page). By type, not by
 * file name: storefront assets carry query strings (theme.css?v=3, photo.jpg?width=800) and CDN paths without an
 * extension, which a URL pattern such as "*.css" never matched.
 */
export const BLOCKED_RESOURCE_TYPES: ReadonlySet<string> = new Set(['image', 'font', 'media', 'stylesheet']);
/**
 * The answer to a refused document load: 204 No Content, which a browser takes as "stay on the current page". A
 * failed request would instead commit Chromium's error page in place of the page being read.
 */
const REFUSED_DOCUMENT = { responseCode: 204, body: '' } as const;

/** Data requests reported per render (RenderOutcome.dataRequests). */
const MAX_DATA_REQUESTS = 4;
/** A data answer longer than this is not handed back (its URL still is): a policy article's JSON is a few KB. */
const MAX_DATA_ANSWER_CHARS = 1_000_000;
/** Resource types of a script's own data requests. */
const DATA_RESOURCE_TYPES: ReadonlySet<string> = new Set(['fetch', 'xhr']);

/** After DOMContentLoaded, the longest wait for script-built text or a settled page (a hanging iframe must not cost the whole deadline). */
const SETTLE_WAIT_MS = 5000;
/** After `load`, how long the network may stay busy before we read what is there. */
const NETWORK_IDLE_WAIT_MS = 1500;
/** How often the page checks its text while it settles (and a read page checks its requests have ended). */
const POLL_MS = 50;
/**
 * After a page is read, how long the requests it still has in flight may take to end before the page is frozen and
 * their host slots let go anyway (while the host may still be answering).
 */
const DRAIN_MS = 3000;
/** Freezing a read page that does not answer in this time: it is closed instead. */
const FREEZE_MS = 2000;
/** Closing a page or browser that does not answer in this time is escalated (context close, SIGKILL). */
const CLOSE_GRACE_MS = 3000;
/** Launching Chromium on a busy machine takes seconds; beyond this it is broken. */
const LAUNCH_TIMEOUT_MS = 60_000;
/** Idle pages kept per site for reuse (per-host concurrency is small). */
const IDLE_PAGES_PER_SITE = 1;
/**
 * Contexts kept open beyond the renders in flight: each holds a renderer process (≈ 50–100 MB PSS), so idle sites
 * are closed least recently used first; a site rendered again later simply gets a fresh context.
 */
const SPARE_OPEN_SITES = 0;
/**
 * Sites whose context (and first page: its renderer process) is made while they wait for a render slot: making one
 * took 1.8 s a site on the loaded 2-core machine (28 of 67 renders on the 50-site farm), all of it inside the slot.
 * One, so the browser holds at most one renderer beyond the slots.
 */
const PREPARED_SITES = 1;

interface SiteState {
  readonly context: BrowserContext;
  /** Releases of this context's requests holding a host slot (hostGate), called when the context closes. */
  readonly holding: Set<() => void>;
  readonly idle: Page[];
  /** Renders of this site in flight. */
  active: number;
  lastUsed: number;
}

class DeadlineError extends Error {}

export class BrowserPool {
  private found: FoundBrowser | undefined | null = null;
  private browser: Browser | undefined;
  private launching: Promise<Browser> | undefined;
  private readonly sites = new Map<string, Promise<SiteState>>();
  /** The same sites once their context exists, for the least-recently-used trim. */
  private readonly open = new Map<string, SiteState>();
  private closed = false;
  private pids = new Set<number>();
  private readonly slots: PQueue;
  /** Sites waiting in the slot queue, in the order they joined it (prepareNext). */
  private readonly waiting: { readonly site: string }[] = [];
  /** Per site, the end of its last queued render (withSlot with a site). */
  private readonly siteTurns = new Map<string, Promise<void>>();
  /** Times Chromium was launched (relaunches after a crash included). */
  launches = 0;
  /** The executable launched last and its version, for the bench (undefined until a launch). */
  executablePath: string | undefined;
  browserVersion: string | undefined;
  /** Contexts made for a site while it waited for a render slot (prepareNext). */
  prepared = 0;
  /** Pages rendered successfully. */
  rendered = 0;
  /** Document loads refused: pop-ups, navigations away from the rendered URL, frames over their cap (issue 12). */
  documentsRefused = 0;
  /** Pages blanked (or closed) after their render instead of frozen, because their script tried to leave (restless). */
  restlessRetired = 0;
  /** The URL each page is rendering now; a page without one (idle, or a pop-up) loads no document. */
  private readonly navigation = new WeakMap<Page, NavigationState>();
  /** The same-origin data requests of the render each page is doing (RenderOutcome.dataRequests). */
  private readonly dataRequests = new WeakMap<Page, Request[]>();
  /** The fetched HTML a page's render starts from, until its main-frame document request takes it. */
  private readonly documents = new WeakMap<Page, { readonly url: string; readonly html: string }>();
  /** Browser requests holding a host slot (hostGate), released when they finish, fail or their context closes. */
  private readonly holding = new Map<Request, () => void>();
  /** The same releases per page, so a read page can wait for its own requests and let go of those it cancelled. */
  private readonly pageHolding = new WeakMap<Page, Set<() => void>>();
  /**
   * Pages whose script tried to leave (an off-page navigation refused, a pop-up closed) since their last document.
   * Such a page is blanked after its render, not frozen (renderOnce).
   */
  private readonly restless = new WeakSet<Page>();
  /** The CDP session of each page that was frozen once (freeze). */
  private readonly sessions = new WeakMap<Page, CDPSession>();

  private readonly maxOpenSites: number;

  constructor(private readonly options: BrowserPoolOptions) {
    const concurrency = options.concurrency ?? RENDER_CONCURRENCY;
    this.slots = new PQueue({ concurrency });
    this.maxOpenSites = concurrency + SPARE_OPEN_SITES;
  }

  /**
   * Run `task` (typically the fetcher's host-queued call of `render`) when a render slot is free, so waiting for
   * the browser never holds a host's or the scan's request slots. With `site`, the site's renders run one after
   * another: they then share one page, so one renderer process per site — a second page of the same site in
   * parallel cost a renderer process of its own, the dominant cost of a render (see RENDER_CONCURRENCY). Other
   * sites fill the other slots meanwhile.
   */
  withSlot<T>(task: () => Promise<T>, site?: string): Promise<T> {
    if (site === undefined) return this.slots.add(task);
    const before = this.siteTurns.get(site) ?? Promise.resolve();
    // A site already open goes first: its context and page (its renderer process) are ready, and while it waits
    // behind other sites' first renders its context would be trimmed and made again.
    const mine = before.then(() => {
      const waiting = { site };
      this.waiting.push(waiting);
      void this.prepareNext();
      return this.slots.add(
        () => {
          this.waiting.splice(this.waiting.indexOf(waiting), 1);
          void this.prepareNext();
          return task();
        },
        { priority: this.open.has(site) ? 1 : 0 },
      );
    });
    const turn = mine.then(
      () => undefined,
      () => undefined,
    );
    this.siteTurns.set(site, turn);
    void turn.then(() => {
      if (this.siteTurns.get(site) === turn) this.siteTurns.delete(site);
    });
    return mine;
  }

  /** Per site, the outcome of each URL rendered (or rendering) while the site is open (render). */
  private readonly renders = new Map<string, Map<string, Promise<RenderOutcome>>>();

  /** The pid of the running Chromium main process, if any (tests kill it for B9; the bench sums its PSS). */
  get pid(): number | undefined {
    // The last one found is the real browser when a wrapper script sits between us and it. Checked again now: a pid
    // taken at launch must still be a browser, not a process that has since exec'd into something else.
    return [...this.pids].filter((pid) => isAlive(pid) && isBrowserMain(pid)).at(-1);
  }

  /**
   * Render a URL; `site` groups URLs that share a context (one per business). With `document`, the page's HTML as
   * fetched is served to the browser in place of a second request for it. Never throws.
   *
   * A URL is rendered once per site while the site is open: a legacy link that redirects and the sitemap's entry
   * reach the same page (9 of 249 renders on the 200-site farm were such repeats), and the second asker gets the
   * first one's outcome. A failure is not shared: the next asker tries again.
   */
  render(url: string, site: string, document?: FetchedDocument): Promise<RenderOutcome> {
    const renders = this.renders.get(site) ?? this.renders.set(site, new Map()).get(site)!;
    const earlier = renders.get(url);
    if (earlier) return earlier;
    const outcome = this.renderOnce(url, site, document);
    renders.set(url, outcome);
    void outcome.then((o) => {
      if (!o.ok && this.renders.get(site)?.get(url) === outcome) this.renders.get(site)?.delete(url);
    });
    return outcome;
  }

  private async renderOnce(url: string, site: string, document?: FetchedDocument): Promise<RenderOutcome> {
    if (this.closed) return { ok: false, kind: 'browser-error', reason: 'the scan was stopped before the browser could render this page' };
    const executable = await this.executable();
    if (!executable) return { ok: false, kind: 'needs-browser', reason: NO_BROWSER_REASON };
    // Launching is the scan's cost, not the page's: the page deadline starts once the browser is up.
    try {
      await withTimeout(this.launch(executable), LAUNCH_TIMEOUT_MS);
    } catch (error) {
      const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      return { ok: false, kind: 'browser-error', reason: `could not launch the browser ${executable}: ${message.slice(0, 200)}` };
    }
    const deadline = Date.now() + this.options.timeoutMs;
    let page: Page | undefined;
    let state: SiteState | undefined;
    try {
      state = await withDeadline(this.site(site, executable), deadline);
      state.active += 1;
      page = this.reusable(state.idle.pop()) ?? (await withDeadline(this.newPage(state.context), deadline));
      const { read, data } = await withDeadline(this.load(page, url, deadline, document), deadline);
      // The page's requests still being answered end first: leaving or closing the page cancels them while the
      // host still serves them, and their host slots would be free too early (a loopback host saw 7 in flight where
      // crawl.concurrencyPerHost is 2). Its requests not yet sent are never sent (send).
      await this.drained(page);
      // Taken before the page is parked (a blank or closed page's answers are gone), within the page's deadline: past
      // it, the render is still good and the answers are only not handed back.
      const answers = data.length > 0 && document?.answers ? await withDeadline(answersOf(data), deadline).catch(() => []) : [];
      // A page goes back to the pool frozen: a script left running on it (timers that navigate away) would otherwise
      // abort the next render's own navigation (net::ERR_ABORTED), and a frozen document runs no task at all (no
      // timer, no request, no frame), while the next render's navigation replaces it. Not blanked: a navigation to
      // about:blank per render cost Chromium ~0.06 CPU-s (unload, commit, a frame), ~15 % of a render on the storefront
      // farm, and the site's last blank was thrown away with its context. A page that cannot be frozen is closed.
      // A restless page (its script tried to leave) is blanked instead, as every page was before freezing: unfrozen
      // for the next navigation, its timers ran once more and aborted that navigation (net::ERR_ABORTED), and closed
      // while they ran, a navigation it started as it closed reached the server. about:blank stops its scripts.
      const restlessBefore = this.restless.has(page);
      let parked = !page.isClosed() && (restlessBefore ? await blank(page) : await this.freeze(page));
      // Its script may try to leave while the page is being frozen (the timer fired after the check above): restless
      // too, so blanked after all, or closed when it would not go.
      const restless = restlessBefore || this.restless.has(page);
      if (restless && !restlessBefore && parked) parked = await blank(page);
      if (restless) {
        this.restlessRetired += 1; // blanked, or closed when it would not go: never frozen
        if (parked) this.restless.delete(page); // a new, empty document
      }
      if (parked && state.idle.length < IDLE_PAGES_PER_SITE) state.idle.push(page);
      else await page.close().catch(() => undefined);
      // What is still held is not always reported finished or failed (a frozen page's loads report nothing; a closed
      // page's were cancelled): held until crawl.browserTimeoutMs, it kept the host's slot from the shop's next render.
      this.release(page);
      this.rendered += 1;
      return {
        ok: true,
        ...read,
        ...(data.length > 0 ? { dataRequests: data.map((request) => request.url()) } : {}),
        ...(answers.length > 0 ? { dataAnswers: answers } : {}),
      };
    } catch (error) {
      if (page) void this.discard(page, site, state);
      return this.failure(error, url);
    } finally {
      if (state) {
        state.active -= 1;
        state.lastUsed = Date.now();
        void this.trimSites().then(() => this.prepareNext());
      }
    }
  }

  /** Until no request of the page holds a host slot, at most DRAIN_MS. */
  private async drained(page: Page): Promise<void> {
    const until = Date.now() + DRAIN_MS;
    while ((this.pageHolding.get(page)?.size ?? 0) > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }

  /** Let go of every host slot the page's requests still hold. */
  private release(page: Page): void {
    for (const done of [...(this.pageHolding.get(page) ?? [])]) done();
  }

  /**
   * Make the context of the first site waiting for a slot that has none, when the browser is up and fewer than
   * concurrency + PREPARED_SITES contexts are open or being made; its render then starts on a ready page.
   */
  private async prepareNext(): Promise<void> {
    const executable = this.executablePath;
    if (this.closed || !executable || !this.browser?.isConnected()) return;
    if (this.sites.size >= this.maxOpenSites + PREPARED_SITES) return;
    const next = this.waiting.find((w) => !this.sites.has(w.site));
    if (!next) return;
    this.prepared += 1;
    await this.site(next.site, executable).catch(() => undefined);
  }

  /** Close the least recently used idle sites beyond maxOpenSites. */
  private async trimSites(): Promise<void> {
    if (this.open.size <= this.maxOpenSites) return;
    const idle = [...this.open].filter(([key, s]) => s.active === 0 && !this.siteTurns.has(key)).sort((a, b) => a[1].lastUsed - b[1].lastUsed);
    const closing: Promise<unknown>[] = [];
    for (const [key, state] of idle.slice(0, this.open.size - this.maxOpenSites)) {
      this.open.delete(key);
      this.sites.delete(key);
      closing.push(withTimeout(state.context.close(), CLOSE_GRACE_MS).catch(() => undefined));
    }
    await Promise.all(closing);
  }

  /** Close the context of a site whose pages are all done. */
  async closeSite(site: string): Promise<void> {
    this.renders.delete(site);
    const pending = this.sites.get(site);
    this.sites.delete(site);
    this.open.delete(site);
    if (!pending) return;
    const state = await pending.catch(() => undefined);
    if (state) await withTimeout(state.context.close(), CLOSE_GRACE_MS).catch(() => undefined);
  }

  /** Close the browser; SIGKILL its process group when it does not close in time. Safe to call twice. */
  async close(): Promise<void> {
    // Queued renders are not dropped (their callers would wait forever): they run and return at once, closed.
    this.closed = true;
    this.renders.clear();
    const browser = this.browser ?? (await this.launching?.catch(() => undefined));
    this.browser = undefined;
    this.sites.clear();
    this.open.clear();
    if (browser) await withTimeout(browser.close(), CLOSE_GRACE_MS).catch(() => undefined);
    for (const pid of this.pids) killGroup(pid);
    this.pids.clear();
  }

  private async executable(): Promise<string | undefined> {
    if (this.options.executablePath) return this.options.executablePath;
    if (this.found === null) {
      this.found = findBrowser({
        ...(this.options.browserPath ? { browserPath: this.options.browserPath } : {}),
        playwrightPath: await playwrightChromiumPath(),
      });
    }
    return this.found?.path;
  }

  private async launch(executablePath: string): Promise<Browser> {
    if (this.browser?.isConnected()) return this.browser;
    this.launching ??= (async () => {
      const { chromium } = await import('playwright');
      const before = new Set(browserProcesses());
      const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
      this.executablePath = executablePath;
      this.browserVersion = browser.version();
      for (const pid of browserProcesses()) if (!before.has(pid)) this.pids.add(pid);
      this.launches += 1;
      browser.on('disconnected', () => {
        if (this.browser === browser) this.browser = undefined;
        this.sites.clear();
        this.open.clear();
            for (const pid of this.pids) if (!isAlive(pid)) this.pids.delete(pid);
      });
      if (this.closed) {
        await browser.close().catch(() => undefined);
        throw new Error('the scan was stopped');
      }
      this.browser = browser;
      return browser;
    })().finally(() => {
      this.launching = undefined;
    });
    return this.launching;
  }

  private site(site: string, executablePath: string): Promise<SiteState> {
    let pending = this.sites.get(site);
    if (!pending) {
      pending = (async () => {
        // No context is made ahead: a spare one held two renderer processes (≈ 85 MB PSS) for a site not yet asked
        // for, and on a CPU-bound machine making it early saved no time (render-only profile, 2 cores).
        const browser = await this.launch(executablePath);
        const state = await this.newSite(browser);
        if (this.sites.get(site) === pending) this.open.set(site, state);
        return state;
      })();
      pending.catch(() => this.sites.delete(site));
      this.sites.set(site, pending);
    }
    return pending;
  }

  private async newSite(browser: Browser): Promise<SiteState> {
    const context = await browser.newContext({
      viewport: RENDER_VIEWPORT,
      acceptDownloads: false,
      javaScriptEnabled: true,
      serviceWorkers: 'block',
      ...(this.options.userAgent ? { userAgent: this.options.userAgent } : {}),
    });
    await context.addInitScript(NO_POPUPS_SCRIPT);
    const holding = new Set<() => void>();
    const release = (request: Request) => this.holding.get(request)?.();
    context.on('requestfinished', release);
    context.on('requestfailed', release);
    context.on('close', () => {
      for (const done of holding) done();
    });
    // Every request passes guard(): off-page navigations refused, the fetched document served, assets aborted by
    // type, the address guard, then the host's queue.
    await context.route('**/*', (route) => this.guard(route, holding));
    return { context, holding, idle: [await this.newPage(context)], active: 0, lastUsed: Date.now() };
  }

  /**
   * An idle page, unless its script was found trying to leave only after it was parked (the refusal of its navigation
   * reached us once the render had been read): frozen, not blanked, its timers would abort the next navigation. Closed
   * instead, like a restless page that would not go blank.
   */
  private reusable(page: Page | undefined): Page | undefined {
    if (!page || !this.restless.has(page)) return page;
    this.restlessRetired += 1;
    void page.close().catch(() => undefined);
    return undefined;
  }

  private async newPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    // beforeunload must be accepted (dismissing it would cancel our next navigation); alert/confirm/prompt dismissed.
    page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()).catch(() => undefined));
    page.on('download', (download) => void download.cancel().catch(() => undefined));
    // A pop-up that opened despite NO_POPUPS_SCRIPT: its document request was refused (no render state); close it.
    page.on('popup', (popup) => {
      this.documentsRefused += 1;
      this.restless.add(page);
      void popup.close({ runBeforeUnload: false }).catch(() => undefined);
    });
    return page;
  }

  /** Remember the page a refused document request came from (a service worker's request has no frame: nothing to mark). */
  private markRestless(request: Request): void {
    try {
      this.restless.add(request.frame().page());
    } catch {
      // not from a page's frame
    }
  }

  /**
   * Freeze a read page (the Page Lifecycle's frozen state, set over its own CDP session, made once per page): its task
   * queues stop, so its scripts neither run nor send requests nor navigate until the page is navigated to the next URL,
   * which replaces the frozen document. False when the page would not freeze in time.
   */
  private async freeze(page: Page): Promise<boolean> {
    try {
      const session = await withTimeout(this.session(page), FREEZE_MS);
      await withTimeout(session.send('Page.setWebLifecycleState', { state: 'frozen' }), FREEZE_MS);
      return true;
    } catch {
      return false;
    }
  }

  /** The page's own CDP session, made once per page: renders read the page over it, and freeze() uses it. */
  private async session(page: Page): Promise<CDPSession> {
    const made = this.sessions.get(page) ?? (await page.context().newCDPSession(page));
    this.sessions.set(page, made);
    return made;
  }

  private async load(
    page: Page,
    url: string,
    deadline: number,
    document?: FetchedDocument,
  ): Promise<{ read: { html: string; finalUrl: string; status?: number }; data: readonly Request[] }> {
    const remaining = () => Math.max(1, deadline - Date.now());
    const navigation = navigationFor(url);
    this.navigation.set(page, navigation);
    const data: Request[] = [];
    this.dataRequests.set(page, data);
    if (document) this.documents.set(page, { url: navigation.target, html: document.html });
    try {
      return { read: await this.loadOnce(page, url, remaining), data };
    } finally {
      // Read (or failed): the page loads no further document until it is asked for the next URL.
      this.navigation.delete(page);
      this.documents.delete(page);
      this.dataRequests.delete(page);
    }
  }

  private async loadOnce(page: Page, url: string, remaining: () => number): Promise<{ html: string; finalUrl: string; status?: number }> {
    // 'commit', not 'domcontentloaded': when the page starts another navigation (refused, navigation-guard.ts)
    // before its DOMContentLoaded, Playwright waits for that navigation's document, which never comes. The text wait
    // below reads the page as it builds either way.
    const response = await page.goto(url, { waitUntil: 'commit', timeout: remaining() });
    // Settled when the text is there (most script-built pages, even with a hanging iframe): waiting and reading are
    // then one evaluate in the page, no Playwright polling helper and one round trip. Or when `load` has fired and
    // the network went quiet (short pages, data fetched after load). Never longer than SETTLE_WAIT_MS.
    const cap = Math.min(remaining(), SETTLE_WAIT_MS);
    // Read over the page's own CDP session (Runtime.evaluate), not page.evaluate: Playwright's evaluate sets up its
    // utility script in every new document first and wraps each call; on the storefront farm (render-cpu.ts, 53
    // renders, three runs each way, load 11) Chromium took 0.33–0.36 CPU-s a render against 0.385–0.391, and the
    // Playwright client 4.7–5.7 CPU-s against 6.1–6.8.
    const session = await this.session(page);
    const evaluate = (expression: string): Promise<string> =>
      session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }).then(({ result, exceptionDetails }) => {
        if (exceptionDetails || typeof result.value !== 'string') throw new Error(`reading the page failed: ${exceptionDetails?.text ?? 'no text'}`);
        return result.value;
      });
    const textReady = evaluate(textReadyScript(MIN_POLICY_TEXT, cap, PLACEHOLDER));
    const quiet = page
      .waitForLoadState('load', { timeout: cap })
      .then(() => page.waitForLoadState('networkidle', { timeout: Math.min(remaining(), NETWORK_IDLE_WAIT_MS) }))
      .then(() => evaluate(READ_PAGE));
    textReady.catch(() => undefined);
    quiet.catch(() => undefined);
    const html = await Promise.any([textReady, quiet]).catch(() => evaluate(READ_PAGE));
    const status = response?.status();
    return { html, finalUrl: page.url(), ...(status === undefined ? {} : { status }) };
  }

  /**
   * Every browser request: document loads checked (navigation-guard.ts) and the render's own document served from
   * the fetch, assets aborted by type, the address guard when private networks are refused, then the host's queue.
   */
  private async guard(route: Route, holding: Set<() => void>): Promise<void> {
    const request = route.request();
    if (request.isNavigationRequest()) {
      if (!this.documentAllowed(request)) {
        this.documentsRefused += 1;
        this.markRestless(request);
        return route.fulfill({ status: REFUSED_DOCUMENT.responseCode, body: REFUSED_DOCUMENT.body }).catch(() => undefined);
      }
      const html = this.fetchedDocument(request);
      if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(() => undefined);
    }
    const type = request.resourceType();
    if (BLOCKED_RESOURCE_TYPES.has(type)) return route.abort('blockedbyclient').catch(() => undefined);
    if (DATA_RESOURCE_TYPES.has(type)) this.noteDataRequest(request);
    if (this.options.allowPrivateNetworks) return this.send(route, holding);
    let host: string;
    try {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue().catch(() => undefined);
      host = url.hostname;
    } catch {
      return route.abort('blockedbyclient').catch(() => undefined);
    }
    const ok = await resolvesToPublic(host, this.options.lookup);
    return ok ? this.send(route, holding) : route.abort('addressunreachable').catch(() => undefined);
  }

  /**
   * Let a request go out, inside its host's queue when there is a hostGate: the slot is held until the request
   * finished or failed (or its context closed, or the page deadline passed), so the host sees it in flight for
   * exactly that long. A request the queue refuses (the scan stopped) is aborted.
   */
  private async send(route: Route, holding: Set<() => void>): Promise<void> {
    const gate = this.options.hostGate;
    const request = route.request();
    const url = request.url();
    if (!gate || !/^https?:/i.test(url)) return route.continue().catch(() => undefined);
    const page = pageOf(request);
    const render = page && this.navigation.get(page);
    // A page that is not rendering asks for nothing: its render was read and its scripts ran on while it drained, or
    // it is a pop-up. Sent, such a request took a host slot from the crawl, kept the read page draining (its render
    // slot held) and was cut off when the page was left while the host still served it.
    if (page && !render) return route.abort('aborted').catch(() => undefined);
    try {
      await gate(url, () => new Promise<void>((resolve) => {
        // The render this request was for is over (its page was read): it is not sent at all. Sent, it would be
        // cancelled by the page being left while the host still serves it.
        if (page && this.navigation.get(page) !== render) {
          route.abort('aborted').catch(() => undefined);
          resolve();
          return;
        }
        const mine = page && (this.pageHolding.get(page) ?? this.pageHolding.set(page, new Set()).get(page));
        const done = (): void => {
          clearTimeout(timer);
          this.holding.delete(request);
          holding.delete(done);
          mine?.delete(done);
          resolve();
        };
        // Not unref'd: while a request holds a host slot the scan is not done. A slot whose request never reports
        // finished or failed is released here; unref'd, it once left every business waiting on that host with
        // nothing keeping Node alive, and a 200-site bench scan exited 13 (unsettled await) instead of finishing.
        const timer = setTimeout(done, this.options.timeoutMs);
        this.holding.set(request, done);
        holding.add(done);
        mine?.add(done);
        route.continue().catch(done);
      }));
    } catch {
      await route.abort('blockedbyclient').catch(() => undefined);
    }
  }

  /** Remember a data request of a rendering page when it goes to the rendered URL's own origin. */
  private noteDataRequest(request: Request): void {
    const page = pageOf(request);
    const render = page && this.navigation.get(page);
    const data = page && this.dataRequests.get(page);
    if (!render || !data || data.length >= MAX_DATA_REQUESTS || request.method() !== 'GET') return;
    try {
      if (new URL(request.url()).origin === new URL(render.target).origin && !data.some((known) => known.url() === request.url())) data.push(request);
    } catch {
      // not a URL we can read
    }
  }

  /** The fetched HTML for this request when it is the main-frame document of a render given one (taken once). */
  private fetchedDocument(request: Request): string | undefined {
    try {
      const frame = request.frame();
      const page = frame.page();
      const document = this.documents.get(page);
      if (!document || frame !== page.mainFrame() || request.url().split('#')[0] !== document.url) return undefined;
      this.documents.delete(page);
      return document.html;
    } catch {
      return undefined;
    }
  }

  /** May this navigation request load? (the one check, in guard(), for every render: navigation-guard.ts) */
  private documentAllowed(request: Request): boolean {
    try {
      const frame = request.frame();
      const page = frame.page();
      const redirectedFrom = request.redirectedFrom();
      return allowDocument(this.navigation.get(page), {
        url: request.url(),
        mainFrame: frame === page.mainFrame(),
        id: request,
        ...(redirectedFrom ? { redirectedFrom } : {}),
      });
    } catch {
      // No frame (a service worker's request): not a page's navigation.
      return false;
    }
  }

  /** A page that failed may be hung (while(true)): close it, escalating to its context, so its renderer dies. */
  private async discard(page: Page, site: string, state: SiteState | undefined): Promise<void> {
    const closed = await withTimeout(page.close({ runBeforeUnload: false }), CLOSE_GRACE_MS).then(
      () => true,
      () => false,
    );
    if (!closed && state) {
      this.sites.delete(site);
      this.open.delete(site);
      await withTimeout(state.context.close(), CLOSE_GRACE_MS).catch(() => undefined);
    }
    // Its requests were cancelled with it (as a read page's are let go, render).
    this.release(page);
  }

  private failure(error: unknown, url: string): RenderOutcome {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    if (error instanceof DeadlineError || /Timeout .*exceeded/i.test(message)) {
      return { ok: false, kind: 'timeout', reason: `the browser did not finish ${url} within crawl.browserTimeoutMs (${this.options.timeoutMs} ms)` };
    }
    if (/download is starting/i.test(message)) {
      return { ok: false, kind: 'unsupported-type', reason: `${url} is a file download in the browser; not a page (download refused)` };
    }
    if (/ERR_ADDRESS_UNREACHABLE|ERR_BLOCKED_BY_CLIENT/i.test(message) && !this.options.allowPrivateNetworks) {
      return { ok: false, kind: 'private-address', reason: `the browser was refused ${url}: a private address (set crawl.allowPrivateNetworks to allow)` };
    }
    if (/closed|crash|disconnected|Target page, context or browser/i.test(message)) {
      return { ok: false, kind: 'browser-error', reason: `the browser died while rendering ${url}; it is relaunched for the remaining pages` };
    }
    return { ok: false, kind: 'browser-error', reason: `the browser could not render ${url}: ${message.slice(0, 200)}` };
  }
}

/** The page a request belongs to, if any (a service worker's request has no frame). */
function pageOf(request: Request): Page | undefined {
  try {
    return request.frame().page();
  } catch {
    return undefined;
  }
}

function killGroup(pid: number): void {
  if (!isAlive(pid)) return; // never signal a pid that may have been reused
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/**
 * The page's HTML as read after a render, as source text: the document without its scripts (ld+json data kept: the
 * extractor reads it) and style sheets, which the extractor skips as code. A storefront page is mostly inline scripts
 * and JSON state (issue 12: 40–150 KB); the policy is in its text. The smaller HTML is what crosses to the render child,
 * to the crawler, to its parse worker and into the store. Copied into a document without a browsing context first, so
 * the page's own DOM is untouched and no custom element of the page is constructed for the copy.
 */
const READ_PAGE = `(() => {
  const copy = document.implementation.createHTMLDocument('').importNode(document.documentElement, true);
  for (const code of copy.querySelectorAll('script:not([type*="ld+json" i]), style')) code.remove();
  return copy.outerHTML;
})()`;

/**
 * The in-page wait-then-read, as source text (a bundler's helpers must not leak into it): resolves with the page's
 * HTML once the visible text of its main content reaches `min` characters and no line of it is a loading placeholder,
 * and at `capMs` at the latest. The main content, not the body, and no placeholder left: a storefront's static header,
 * menu and footer alone run past `min` while the policy is still "Loading…" (issue 12).
 */
function textReadyScript(min: number, capMs: number, placeholder: RegExp): string {
  return `new Promise((resolve) => {
  const read = () => { clearInterval(poll); clearTimeout(cap); resolve(${READ_PAGE}); };
  const waiting = new RegExp(${JSON.stringify(placeholder.source)}, ${JSON.stringify(placeholder.flags)});
  const main = () => document.querySelector('main, [role="main"]') || document.body;
  const check = () => {
    const text = ((main() || {}).innerText || '');
    if (text.length >= ${min} && !text.split('\\n').some((line) => waiting.test(line.trim()))) read();
  };
  const poll = setInterval(check, ${POLL_MS});
  const cap = setTimeout(read, ${capMs});
  check();
})`;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return withDeadline(promise, Date.now() + ms);
}

/** Reject with DeadlineError at `deadline`; the timer never keeps the process alive. */
function withDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError('deadline')), Math.max(0, deadline - Date.now()));
    timer.unref();
  });
  promise.catch(() => undefined);
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Leave a page on about:blank, which stops its scripts; false when the page would not go. */
function blank(page: Page): Promise<boolean> {
  return page.goto('about:blank', { waitUntil: 'commit', timeout: 2000 }).then(
    () => true,
    () => false,
  );
}

/**
 * The answers of these data requests that had been received in full (Playwright saw them finish), as the page's scripts
 * got them. One still loading is not waited for: the render is read, and its URL alone is handed back.
 */
async function answersOf(requests: readonly Request[]): Promise<DataAnswer[]> {
  const answers = await Promise.all(
    requests.map(async (request): Promise<DataAnswer | undefined> => {
      if (request.timing().responseEnd < 0) return undefined;
      const response = await request.response().catch(() => null);
      const body = response ? await response.text().catch(() => undefined) : undefined;
      if (!response || body === undefined || body.length > MAX_DATA_ANSWER_CHARS) return undefined;
      const headers = response.headers();
      return {
        url: request.url(),
        status: response.status(),
        contentType: mediaType(headers['content-type']),
        body,
        ...validatorsOfHeaders(headers),
      };
    }),
  );
  return answers.filter((answer): answer is DataAnswer => answer !== undefined);
}
