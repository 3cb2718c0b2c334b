/**
 * One Chromium per scan, launched only when the first page needs it: one context per render slot (a "lane", with one
 * renderer process that its pages reuse from site to site, cleared of the previous site's cookies and storage before
 * it serves another), pages reused across URLs of a site, one render per final URL of a site,
 * images/fonts/media/stylesheets aborted by resource type, downloads refused, dialogs dismissed, a hard per-page
 * deadline, a relaunch when the browser dies (B9), and no Chromium left behind when the scan ends or is aborted.
 * Playwright is imported lazily: a scan that renders nothing never loads it.
 */
import type { LookupFunction } from 'node:net';
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import type { Browser, BrowserContext, Page, Request, Route } from 'playwright';
import type { ProblemKind } from '../model.js';
import { findBrowser, NO_BROWSER_REASON, playwrightChromiumPath, type FoundBrowser } from './find-browser.js';
import { MIN_POLICY_TEXT, PLACEHOLDER } from './needs-browser.js';
import { allowDocument, navigationFor, NO_POPUPS_SCRIPT, type NavigationState } from './navigation-guard.js';
import { resolvesToPublic } from './private-address.js';
import { browserProcesses, isAlive, isBrowserMain } from './process-tree.js';

export type RenderOutcome =
  | { readonly ok: true; readonly html: string; readonly finalUrl: string; readonly status?: number }
  | { readonly ok: false; readonly kind: ProblemKind; readonly reason: string };

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
}

/**
 * Renders at once: two per core, at most 6. A render is mostly Chromium CPU (0.15–0.6 s a page, issue 3) with waits
 * for the page's own requests in between, so a second render per core fills those gaps. Each slot is a lane: one
 * context and one renderer process (≈ 40 MB PSS with the headless shell) for the whole scan.
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
  // SpareRendererForSitePerProcess: a spare renderer would only be thrown away (each lane reuses its own).
  // IsolateOrigins,site-per-process: see --disable-site-isolation-trials below.
  '--disable-features=BackForwardCache,Translate,MediaRouter,OptimizationHints,AutofillServerCommunication,InterestFeedContentSuggestions,SpareRendererForSitePerProcess,IsolateOrigins,site-per-process',
  // Speed: our pages are never "in the background"; timers and rendering must not be throttled.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  // Speed: one renderer process per lane for the whole scan. Starting a renderer took 1.2–1.7 s of a loaded 2-core
  // machine (issue 12 profile), and with site isolation every new site (every shop) needed a new one. Without it,
  // and with the process limit at 1, a navigation reuses a process of its own context (contexts never share one),
  // so each lane keeps its renderer and a hung page hangs only its lane, which is then closed (B8). Site isolation
  // guards a user's logged-in sites from each other; a lane holds one shop's public pages at a time, cleared between
  // shops (BrowserPool.clear), and no secrets.
  '--disable-site-isolation-trials',
  '--renderer-process-limit=1',
] as const;

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

/** After DOMContentLoaded, the longest wait for script-built text or a settled page (a hanging iframe must not cost the whole deadline). */
const SETTLE_WAIT_MS = 5000;
/** After `load`, how long the network may stay busy before we read what is there. */
const NETWORK_IDLE_WAIT_MS = 1500;
/** How often the page checks its text while it settles (and a finished render checks its requests have ended). */
const POLL_MS = 50;
/** After a render, how long its requests in flight may take to end before the page is blanked or closed anyway. */
const DRAIN_MS = 3000;
/** Closing a page or browser that does not answer in this time is escalated (context close, SIGKILL). */
const CLOSE_GRACE_MS = 3000;
/** Launching Chromium on a busy machine takes seconds; beyond this it is broken. */
const LAUNCH_TIMEOUT_MS = 60_000;

/**
 * Shops a lane serves before its context (and renderer process) is replaced: a renderer kept for the whole scan
 * grew (a 50-site bench run: Chromium ≈ 120 MB PSS above contexts per shop); a new one per this many shops bounds
 * that for one renderer start per this many shops.
 */
const LANE_SITES = 8;

/** The storage a page's scripts can write, cleared per origin between sites (cookies are cleared for the whole context). */
const SCRIPT_STORAGE = 'local_storage,indexeddb,cache_storage,file_systems,websql,service_workers';

/**
 * One render slot's browser context and its renderer process, reused from site to site. The context holds one
 * site's state at a time: before it serves another site its page is closed and its cookies and storage are cleared
 * (BrowserPool.clear), so one shop's cookies or storage never reach the next.
 */
interface Lane {
  readonly context: BrowserContext;
  /** Releases of this context's requests holding a host slot (hostGate), called when the context closes. */
  readonly holding: Set<() => void>;
  /** The page the lane's next render uses (blank, or new after a clear), if any. */
  page: Page | undefined;
  /** The site whose cookies and storage the context may hold; undefined once cleared. */
  site: string | undefined;
  /** Origins of the documents (pages and frames) the context loaded since it was last cleared: the storage to clear. */
  readonly origins: Set<string>;
  /** Rendering, or being cleared. */
  busy: boolean;
  /** Shops it was cleared of (LANE_SITES). */
  served: number;
  /** Set while the lane blanks its page for the site's next render: that render waits for it, not for another lane. */
  finishing: Promise<void> | undefined;
  lastUsed: number;
}

class DeadlineError extends Error {}

export class BrowserPool {
  private found: FoundBrowser | undefined | null = null;
  private browser: Browser | undefined;
  private launching: Promise<Browser> | undefined;
  /** Render slots' contexts (at most `concurrency`), made when first needed. */
  private lanes: Lane[] = [];
  /** Lanes being made, counted against that limit. */
  private makingLanes = 0;
  /** Renders waiting for a free lane (all rendering or being cleared). */
  private readonly laneWaiters: (() => void)[] = [];
  /**
   * Per site, its renders by URL: a legacy link that redirects and the sitemap's URL reach the same final URL, and
   * that page is rendered once (issue 12: 9 pages rendered twice). Dropped when the site is closed.
   */
  private readonly renders = new Map<string, Map<string, Promise<RenderOutcome>>>();
  private closed = false;
  private pids = new Set<number>();
  private readonly slots: PQueue;
  /** Per site, the end of its last queued render (withSlot with a site). */
  private readonly siteTurns = new Map<string, Promise<void>>();
  /** Per site, its renders queued in withSlot and not started: a lane keeps the site while one is coming. */
  private readonly queued = new Map<string, number>();
  /** Times Chromium was launched (relaunches after a crash included). */
  launches = 0;
  /** The executable launched last and its version, for the bench (undefined until a launch). */
  executablePath: string | undefined;
  browserVersion: string | undefined;
  /** Pages rendered successfully. */
  rendered = 0;
  /** Document loads refused: pop-ups, navigations away from the rendered URL, frames over their cap (issue 12). */
  documentsRefused = 0;
  /** The URL each page is rendering now; a page without one (idle, or a pop-up) loads no document. */
  private readonly navigation = new WeakMap<Page, NavigationState>();
  /** The fetched HTML a page's render starts from, until its main-frame document request takes it. */
  private readonly documents = new WeakMap<Page, { readonly url: string; readonly html: string }>();
  /** Browser requests holding a host slot (hostGate), released when they finish, fail or their context closes. */
  private readonly holding = new Map<Request, () => void>();

  private readonly concurrency: number;

  constructor(private readonly options: BrowserPoolOptions) {
    this.concurrency = options.concurrency ?? RENDER_CONCURRENCY;
    this.slots = new PQueue({ concurrency: this.concurrency });
  }

  /**
   * Run `task` (typically the fetcher's host-queued call of `render`) when a render slot is free, so waiting for
   * the browser never holds a host's or the scan's request slots. With `site`, the site's renders run one after
   * another: they then share one lane and its page, and the lane is cleared once per site, not once per render.
   * Other sites fill the other slots meanwhile.
   */
  withSlot<T>(task: () => Promise<T>, site?: string): Promise<T> {
    if (site === undefined) return this.slots.add(task);
    this.queued.set(site, (this.queued.get(site) ?? 0) + 1);
    const started = task;
    task = () => {
      const left = (this.queued.get(site) ?? 1) - 1;
      if (left > 0) this.queued.set(site, left);
      else this.queued.delete(site);
      return started();
    };
    const before = this.siteTurns.get(site) ?? Promise.resolve();
    // A site that a lane still holds goes first: its page is ready, and while it waits behind other sites' first
    // renders its lane would be cleared for another site.
    const mine = before.then(() => this.slots.add(task, { priority: this.lanes.some((lane) => lane.site === site) ? 1 : 0 }));
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

  /** The pid of the running Chromium main process, if any (tests kill it for B9; the bench sums its PSS). */
  get pid(): number | undefined {
    // The last one found is the real browser when a wrapper script sits between us and it. Checked again now: a pid
    // taken at launch must still be a browser, not a process that has since exec'd into something else.
    return [...this.pids].filter((pid) => isAlive(pid) && isBrowserMain(pid)).at(-1);
  }

  /**
   * Render a URL; `site` groups URLs that share a lane's state (one per business). With `document`, the page's HTML
   * as fetched is served to the browser in place of a second request for it. A URL the site already had rendered
   * gets that render's outcome. Never throws.
   */
  render(url: string, site: string, document?: FetchedDocument): Promise<RenderOutcome> {
    let byUrl = this.renders.get(site);
    if (!byUrl) this.renders.set(site, (byUrl = new Map()));
    const earlier = byUrl.get(url);
    if (earlier) return earlier;
    const outcome = this.renderOnce(url, site, document);
    byUrl.set(url, outcome);
    // Only a page read is shared: a failed render (a crash, the deadline) may go better on another try.
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
    let browser: Browser;
    try {
      browser = await withTimeout(this.launch(executable), LAUNCH_TIMEOUT_MS);
    } catch (error) {
      const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      return { ok: false, kind: 'browser-error', reason: `could not launch the browser ${executable}: ${message.slice(0, 200)}` };
    }
    const deadline = Date.now() + this.options.timeoutMs;
    let page: Page | undefined;
    let lane: Lane | undefined;
    try {
      const acquiring = this.lane(browser, site);
      lane = await withDeadline(acquiring, deadline).catch((error: unknown) => {
        // A lane that arrives after the deadline is handed back, not kept busy for ever.
        acquiring.then((late) => this.release(late), () => undefined);
        throw error;
      });
      page = lane.page ?? (await withDeadline(this.newPage(lane.context), deadline));
      lane.page = undefined;
      const html = await withDeadline(this.load(page, url, deadline, document), deadline);
      this.rendered += 1;
      await this.done(lane, page, site);
      return { ok: true, ...html };
    } catch (error) {
      // The page may be hung (while(true)), and the lane's next page would share its renderer process: the lane
      // is closed, with its context, so that process dies; the next render makes a new lane.
      if (lane) this.retire(lane);
      else if (page) void page.close().catch(() => undefined);
      return this.failure(error, url);
    }
  }

  /**
   * A free lane for `site`: the one that holds this site already, else a cleared one, else the least recently used
   * (cleared now), else a new one while there are fewer than `concurrency`; otherwise wait for one to be released.
   */
  private async lane(browser: Browser, site: string): Promise<Lane> {
    for (;;) {
      const finishing = this.lanes.find((lane) => lane.site === site && lane.finishing)?.finishing;
      if (finishing) {
        await finishing;
        continue;
      }
      const free = this.lanes.filter((lane) => !lane.busy);
      const pick =
        free.find((lane) => lane.site === site) ??
        free.find((lane) => lane.site === undefined) ??
        free.sort((a, b) => a.lastUsed - b.lastUsed)[0];
      if (pick) {
        pick.busy = true;
        if (pick.site !== undefined && pick.site !== site && !(await this.clear(pick))) continue;
        pick.site = site;
        return pick;
      }
      if (this.lanes.length + this.makingLanes < this.concurrency) {
        this.makingLanes += 1;
        try {
          const lane = await this.newLane(browser);
          lane.busy = true;
          lane.site = site;
          if (browser.isConnected()) this.lanes.push(lane);
          return lane;
        } finally {
          this.makingLanes -= 1;
        }
      }
      await new Promise<void>((resolve) => this.laneWaiters.push(resolve));
    }
  }

  /**
   * After a render, before it returns (returning first let the slot's next render overlap this lane's ending, and a
   * 50-site bench run then saw up to 6 requests in flight to one host). When the site has another render queued, the
   * page goes back to the lane blank (a script left running on it, timers that navigate away, would otherwise abort
   * the next render's own navigation); else the lane is cleared for another site at once (which also stops the
   * page). A lane that fails either is retired.
   */
  private async done(lane: Lane, page: Page, site: string): Promise<void> {
    // The requests still in flight end first (their slots then free as the host sees them end): blanking or
    // closing the page would cancel them while the host still serves them. Requests not yet sent are dropped (send).
    await this.drained(lane);
    if ((this.queued.get(site) ?? 0) > 0) {
      lane.finishing = (async () => {
        if (await blank(page)) lane.page = page;
        else await page.close().catch(() => undefined);
      })();
      await lane.finishing;
      lane.finishing = undefined;
      this.release(lane);
      return;
    }
    lane.page = page;
    if (await this.clear(lane)) this.release(lane);
  }

  /** Until no request of the lane holds a host slot, at most DRAIN_MS. */
  private async drained(lane: Lane): Promise<void> {
    const until = Date.now() + DRAIN_MS;
    while (lane.holding.size > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }

  private release(lane: Lane): void {
    // A lane runs one render at a time and that render is over (drained, then blank or closed): a request of it
    // still holding a host slot was cancelled without being reported finished or failed, and would hold the
    // host's slot until its timer (crawl.browserTimeoutMs); the next render of that host then waited for it (a
    // 50-site bench run, before this: whole shops' JavaScript pages waited past the settle cap and were read
    // without their text).
    for (const done of [...lane.holding]) done();
    lane.busy = false;
    lane.lastUsed = Date.now();
    this.laneWaiters.shift()?.();
  }

  /** Drop a lane whose render failed (its page may be hung in while(true)): closing its context ends its renderer. */
  private retire(lane: Lane): void {
    this.lanes = this.lanes.filter((l) => l !== lane);
    this.laneWaiters.shift()?.();
    void withTimeout(lane.context.close(), CLOSE_GRACE_MS).catch(() => undefined);
  }

  /**
   * Clear a lane (held busy by the caller) of the site it holds: its page replaced by a new one (the old one's
   * documents, timers and session storage go with it), every cookie of its context, and for each origin it loaded a
   * document from, the storage scripts write (local, IndexedDB, caches, …). False when it could not be cleared, or
   * has served LANE_SITES shops: it is then retired.
   */
  private async clear(lane: Lane): Promise<boolean> {
    lane.served += 1;
    if (lane.served >= LANE_SITES) {
      this.retire(lane);
      return false;
    }
    try {
      // The new page first: while the old one lives, the lane's renderer process has a page and the new page
      // reuses it; closed first, the process would exit and the new page would start another. (Keeping the old
      // page, blanked, did not keep the process: the next site's navigation started a new one.)
      const old = lane.page;
      const page = await withTimeout(this.newPage(lane.context), CLOSE_GRACE_MS);
      lane.page = page;
      const origins = [...lane.origins];
      lane.origins.clear();
      const storage = async (): Promise<void> => {
        if (origins.length === 0) return;
        const cdp = await lane.context.newCDPSession(page);
        await Promise.all(origins.map((origin) => cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: SCRIPT_STORAGE })));
        await cdp.detach().catch(() => undefined);
      };
      // The old page closed before any clearing could be undone by its scripts; then cookies and storage at once.
      if (old) await withTimeout(old.close({ runBeforeUnload: false }), CLOSE_GRACE_MS);
      await withTimeout(Promise.all([lane.context.clearCookies(), storage()]), CLOSE_GRACE_MS);
      lane.site = undefined;
      return true;
    } catch {
      this.retire(lane);
      return false;
    }
  }

  /** A site whose pages are all done: its renders are forgotten and its lane is cleared now, off any render's path. */
  async closeSite(site: string): Promise<void> {
    this.renders.delete(site);
    const idle = this.lanes.filter((lane) => lane.site === site && !lane.busy);
    await Promise.all(
      idle.map(async (lane) => {
        lane.busy = true;
        if (await this.clear(lane)) this.release(lane);
      }),
    );
  }

  /** Close the browser; SIGKILL its process group when it does not close in time. Safe to call twice. */
  async close(): Promise<void> {
    // Queued renders are not dropped (their callers would wait forever): they run and return at once, closed.
    this.closed = true;
    const browser = this.browser ?? (await this.launching?.catch(() => undefined));
    this.browser = undefined;
    this.lanes = [];
    for (const wake of this.laneWaiters.splice(0)) wake();
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
        // Its lanes died with it; renders waiting for one make new lanes in the relaunched browser.
        this.lanes = this.lanes.filter((lane) => lane.context.browser() !== browser);
        for (const wake of this.laneWaiters.splice(0)) wake();
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

  private async newLane(browser: Browser): Promise<Lane> {
    const context = await browser.newContext({
      acceptDownloads: false,
      javaScriptEnabled: true,
      serviceWorkers: 'block',
      ...(this.options.userAgent ? { userAgent: this.options.userAgent } : {}),
    });
    await context.addInitScript(NO_POPUPS_SCRIPT);
    const lane: Lane = { context, holding: new Set(), page: undefined, site: undefined, origins: new Set(), busy: false, served: 0, finishing: undefined, lastUsed: Date.now() };
    const release = (request: Request) => this.holding.get(request)?.();
    context.on('requestfinished', release);
    context.on('requestfailed', release);
    context.on('close', () => {
      for (const done of lane.holding) done();
    });
    // Every request passes guard(): off-page navigations refused, the fetched document served, assets aborted by
    // type, the address guard, then the host's queue.
    await context.route('**/*', (route) => this.guard(route, lane));
    lane.page = await this.newPage(context);
    return lane;
  }

  private async newPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    // beforeunload must be accepted (dismissing it would cancel our next navigation); alert/confirm/prompt dismissed.
    page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()).catch(() => undefined));
    page.on('download', (download) => void download.cancel().catch(() => undefined));
    // A pop-up that opened despite NO_POPUPS_SCRIPT: its document request was refused (no render state); close it.
    page.on('popup', (popup) => {
      this.documentsRefused += 1;
      void popup.close({ runBeforeUnload: false }).catch(() => undefined);
    });
    return page;
  }

  private async load(page: Page, url: string, deadline: number, document?: FetchedDocument): Promise<{ html: string; finalUrl: string; status?: number }> {
    const remaining = () => Math.max(1, deadline - Date.now());
    const navigation = navigationFor(url);
    this.navigation.set(page, navigation);
    if (document) this.documents.set(page, { url: navigation.target, html: document.html });
    try {
      return await this.loadOnce(page, url, remaining);
    } finally {
      // Read (or failed): the page loads no further document until it is asked for the next URL.
      this.navigation.delete(page);
      this.documents.delete(page);
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
    const textReady = page.evaluate<string>(textReadyScript(MIN_POLICY_TEXT, cap, PLACEHOLDER));
    const quiet = page
      .waitForLoadState('load', { timeout: cap })
      .then(() => page.waitForLoadState('networkidle', { timeout: Math.min(remaining(), NETWORK_IDLE_WAIT_MS) }))
      .then(() => page.evaluate(() => document.documentElement.outerHTML));
    textReady.catch(() => undefined);
    quiet.catch(() => undefined);
    const html = await Promise.any([textReady, quiet]).catch(() => page.evaluate(() => document.documentElement.outerHTML));
    const status = response?.status();
    return { html, finalUrl: page.url(), ...(status === undefined ? {} : { status }) };
  }

  /**
   * Every browser request: document loads checked (navigation-guard.ts) and the render's own document served from
   * the fetch, assets aborted by type, the address guard when private networks are refused, then the host's queue.
   */
  private async guard(route: Route, lane: Lane): Promise<void> {
    const request = route.request();
    const { holding } = lane;
    if (request.isNavigationRequest()) {
      // Storage is written by documents (a frame's is partitioned by the top-level site): their origins are cleared.
      const origin = originOf(request.url());
      if (origin) lane.origins.add(origin);
      if (!this.documentAllowed(request)) {
        this.documentsRefused += 1;
        return route.fulfill({ status: REFUSED_DOCUMENT.responseCode, body: REFUSED_DOCUMENT.body }).catch(() => undefined);
      }
      const html = this.fetchedDocument(request);
      if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(() => undefined);
    }
    if (BLOCKED_RESOURCE_TYPES.has(request.resourceType())) return route.abort('blockedbyclient').catch(() => undefined);
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
    try {
      await gate(url, () => new Promise<void>((resolve) => {
        // The render this request was for is over (read, or its page went blank): it is not sent at all. Sent, the
        // page's end would cancel it while the host still serves it, and the slot would be free too early.
        if (page && this.navigation.get(page) !== render) {
          route.abort('aborted').catch(() => undefined);
          resolve();
          return;
        }
        const done = (): void => {
          clearTimeout(timer);
          this.holding.delete(request);
          holding.delete(done);
          resolve();
        };
        // Not unref'd: while a request holds a host slot the scan is not done. A slot whose request never reports
        // finished or failed is released here; unref'd, it once left every business waiting on that host with
        // nothing keeping Node alive, and a 200-site bench scan exited 13 (unsettled await) instead of finishing.
        const timer = setTimeout(done, this.options.timeoutMs);
        this.holding.set(request, done);
        holding.add(done);
        route.continue().catch(done);
      }));
    } catch {
      await route.abort('blockedbyclient').catch(() => undefined);
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

/** The origin of an http(s) URL (whose storage a lane may hold), else undefined. */
function originOf(url: string): string | undefined {
  if (!/^https?:/i.test(url)) return undefined;
  try {
    return new URL(url).origin;
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
 * The in-page wait-then-read, as source text (a bundler's helpers must not leak into it): resolves with the page's
 * HTML once the visible text of its main content reaches `min` characters and no line of it is a loading placeholder,
 * and at `capMs` at the latest. The main content, not the body, and no placeholder left: a storefront's static header,
 * menu and footer alone run past `min` while the policy is still "Loading…" (issue 12).
 */
function textReadyScript(min: number, capMs: number, placeholder: RegExp): string {
  return `new Promise((resolve) => {
  const read = () => { clearInterval(poll); clearTimeout(cap); resolve(document.documentElement.outerHTML); };
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
