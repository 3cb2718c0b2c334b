/**
 * Parsing fetched HTML off the event loop (issue 12): the static page's needs-browser decision, the home page's
 * links and the depth check of rendered HTML run in a worker thread, each task under a time limit, so one hostile page (100,000 nested
 * <div>s froze every host of a scan for 110 s) costs only itself. A worker that runs over its time or memory is
 * terminated and replaced; its page gets a problem, the other pages go on.
 *
 * The worker runs this same module: loaded with the role in workerData, its last statement serves tasks. From the
 * TypeScript sources (tests, bench) the worker gets tsx's loader; the built CLI loads its own chunk.
 */
import { tsxEntry } from './tsx-entry.js';
import { isMainThread, parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import PQueue from 'p-queue';
import { extractLinks, type HomeLink } from '../discover/home-links.js';
import { MAX_HTML_DEPTH } from '../fetch/html-depth.js';
import { extractTerms, parsePage } from '../extract/extract-terms.js';
import { NestingTooDeep, type PageText } from '../extract/page-text.js';
import type { Category, ExtractResult } from '../terms.js';
import { needsBrowser, type BrowserDecision } from './needs-browser.js';
import { mainHeading, namedEndpoints, readEmbeddedText, readEndpointText, shownIn, type EmbeddedText, type PageNames } from './embedded-text.js';

/**
 * Workers in the pool. One: a page that reaches the time limit delays the pages queued behind it by at most that
 * limit, once (its worker is replaced), while a second worker would cost another start-up and heap on every scan
 * (≈ 30 MB RSS; seconds when run from sources under tsx) for a case the depth check already makes rare.
 */
export const PAGE_WORKERS = 1;
/**
 * Longest a page may take to be measured: a page at the byte cap (crawl.maxBytes, 5 MB) of ordinary markup parses
 * in about a second on a slow core, so five seconds is no honest page's cost.
 */
export const PARSE_TIME_LIMIT_MS = 5000;
/** Heap of one worker: a 5 MB page's DOM fits several times over; a page that needs more is refused. */
const WORKER_HEAP_MB = 512;
/**
 * Young generation of one worker. Each parse leaves a page's DOM as garbage at once; V8's default young generation
 * (tens of MB) let that garbage pile up in resident memory: 200 storefront pages of ~90 KB left the process 37 MB
 * larger at V8's default than at 4–8 MB, parsing no slower.
 */
const WORKER_YOUNG_MB = 8;
const ROLE = 'servicediff-page-worker';

export type PageTask =
  | {
      readonly kind: 'decide';
      readonly html: string;
      readonly url: string;
      readonly categories: readonly Category[];
      readonly mode: 'auto' | 'never' | 'always';
      readonly contentType: string;
    }
  | { readonly kind: 'extract'; readonly html: string; readonly url: string }
  | {
      readonly kind: 'endpoint';
      /** The JSON body of an endpoint the page named, and that endpoint's URL. */
      readonly json: string;
      readonly endpoint: string;
      /** The page's URL (the extraction's evidence URL). */
      readonly url: string;
      readonly categories: readonly Category[];
      readonly names: PageNames;
      /**
       * The page as rendered, for a site's first render checking which of its data requests held its text
       * (learnFrom): the endpoint's text counts only when the render showed all of it (shownIn); the page is then kept
       * as read from it, and the render itself is not extracted.
       */
      readonly rendered?: string;
    }
  | { readonly kind: 'links'; readonly html: string; readonly url: string };

/**
 * A task's result: decided (with the page's terms when no render is needed), extracted, links read, too deep, or
 * failed (time, memory, a bug).
 */
export type PageVerdict =
  | {
      readonly kind: 'ok';
      readonly decision?: BrowserDecision;
      readonly extract?: ExtractResult;
      readonly links?: HomeLink[];
      /** A page whose static main content lacks its text, found in its embedded payload: `extract` is read from it. */
      readonly embedded?: EmbeddedText;
      /** Such a page without such a payload: the same-origin JSON endpoints it names, to try before a render. */
      readonly endpoints?: readonly string[];
      /** A page that lacks its text: its static title and heading, to name a page rebuilt from an endpoint. */
      readonly names?: PageNames;
    }
  | { readonly kind: 'too-deep'; readonly depth: number }
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * What the worker does with one task: the same code a test can call in-process. A static page is parsed once: that
 * parse serves the render decision and, when no render is needed, the extraction. A page that needs a browser is
 * first read for its embedded payload (embedded-text.ts); only a page without its text there is left to render.
 */
export function runPageTask(task: PageTask): PageVerdict {
  // extractLinks checks the depth itself (discovery also calls it outside a worker) and gives no links for a page
  // over the limit, which is what links() makes of a too-deep verdict: checking here too would walk the page twice.
  if (task.kind === 'links') return { kind: 'ok', links: extractLinks(task.html, task.url) };
  if (task.kind === 'endpoint') {
    const found = readEndpointText(task.endpoint, task.json, task.categories, task.names);
    if (!found) return { kind: 'ok' };
    // Against a render, the endpoint counts only when it held nothing the render did not show.
    if (task.rendered !== undefined && !shownIn(found.html, task.rendered)) return { kind: 'ok' };
    return { kind: 'ok', embedded: found, extract: extractTerms({ body: found.html, url: task.url, contentType: 'text/html' }) };
  }
  const contentType = task.kind === 'decide' ? task.contentType : 'text/html';
  // The depth is checked in the one streaming parse (no DOM, no recursion), which stops at MAX_HTML_DEPTH: a separate
  // pass before it tokenized the whole page once more, tail and inline state included, ~10 % of this worker's time
  // on the storefront farm (--cpu-prof), though the parse itself skips the tail after </main>.
  let parsed: PageText;
  try {
    parsed = parsePage(task.html, contentType, MAX_HTML_DEPTH);
  } catch (error) {
    if (error instanceof NestingTooDeep) return { kind: 'too-deep', depth: error.depth };
    throw error;
  }
  if (task.kind === 'extract') return { kind: 'ok', extract: extractTerms({ body: task.html, url: task.url, contentType, parsed }) };
  const decision = needsBrowser(parsed, task.categories, task.mode, task.contentType);
  const staticExtract = () => extractTerms({ body: task.html, url: task.url, contentType: task.contentType, parsed });
  // A page whose static main content lacks its text (rendered under crawl.browser auto, failed under never): the text
  // its scripts would show may already be in the page as data, or at an endpoint it names (embedded-text.ts).
  // crawl.browser "always" asks for the browser's view of every page, so it is honoured as it stands.
  const lacksText = decision.needed || (task.mode === 'never' && decision.signals.length > 0);
  if (!lacksText || task.mode === 'always') return decision.needed ? { kind: 'ok', decision } : { kind: 'ok', decision, extract: staticExtract() };
  const heading = mainHeading(parsed.markup.main);
  const names: PageNames = { title: parsed.title, ...(heading ? { heading } : {}) };
  const embedded = readEmbeddedText(task.html, task.categories, names);
  if (embedded) return { kind: 'ok', decision, embedded, extract: extractTerms({ body: embedded.html, url: task.url, contentType: 'text/html' }) };
  const endpoints = namedEndpoints(task.html, task.url);
  return {
    kind: 'ok',
    decision,
    ...(decision.needed ? {} : { extract: staticExtract() }),
    names,
    ...(endpoints.length > 0 ? { endpoints } : {}),
  };
}

interface Slot {
  worker: Worker | undefined;
  /** Resolves once the worker has loaded its code and serves tasks (the time limit starts then, not at spawn). */
  ready: Promise<boolean> | undefined;
}

/** Loading the worker's code (tsx transpiling from sources on a busy machine) may take this long; beyond, it is broken. */
const WORKER_START_LIMIT_MS = 30_000;
const READY = 'ready';

interface Reply {
  readonly id: number;
  readonly verdict: PageVerdict;
}

export interface PageWorkersOptions {
  readonly workers?: number;
  readonly timeLimitMs?: number;
}

/** The pool one crawl shares; `close()` it when the crawl ends. */
export class PageWorkers {
  private readonly queue: PQueue;
  private readonly free: Slot[] = [];
  private readonly all: Slot[] = [];
  private readonly timeLimitMs: number;
  private nextId = 0;
  private closed = false;
  /** Workers terminated at the time limit or after dying (tests, diagnostics). */
  replaced = 0;

  constructor(options: PageWorkersOptions = {}) {
    const size = options.workers ?? PAGE_WORKERS;
    this.queue = new PQueue({ concurrency: size });
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: undefined, ready: undefined };
      this.free.push(slot);
      this.all.push(slot);
    }
    this.timeLimitMs = options.timeLimitMs ?? PARSE_TIME_LIMIT_MS;
  }

  /**
   * Should this static page be rendered, and (when not) what does it state? Parsed once, in a worker; a page over the
   * limits comes back too-deep or failed.
   */
  decide(html: string, url: string, categories: readonly Category[], mode: 'auto' | 'never' | 'always', contentType: string): Promise<PageVerdict> {
    return this.run({ kind: 'decide', html, url, categories, mode, contentType });
  }

  /**
   * The policy text of an endpoint the page named (PageVerdict.endpoints), read like an embedded payload; given the
   * page as rendered, only when the endpoint holds nothing the render did not show (else no `embedded`).
   */
  endpoint(json: string, endpoint: string, url: string, categories: readonly Category[], names: PageNames, rendered?: string): Promise<PageVerdict> {
    return this.run({ kind: 'endpoint', json, endpoint, url, categories, names, ...(rendered === undefined ? {} : { rendered }) });
  }

  /** The terms of a rendered page (scripts can build any tree: the same depth limit applies first). */
  extract(html: string, url: string): Promise<PageVerdict> {
    return this.run({ kind: 'extract', html, url });
  }

  /**
   * The links of a home page (a page of 200,000 links took seconds of the event loop to parse); none when the page
   * is over the limits.
   */
  async links(html: string, url: string): Promise<HomeLink[]> {
    const verdict = await this.run({ kind: 'links', html, url });
    return verdict.kind === 'ok' ? (verdict.links ?? []) : [];
  }

  /** Start the workers now, so their start-up overlaps the crawl's first requests instead of delaying its first page. */
  warm(): void {
    if (this.closed) return;
    for (const slot of this.all) {
      if (slot.worker) continue;
      const started = spawnWorker();
      slot.worker = started.worker;
      slot.ready = started.ready;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queue.clear();
    await Promise.all(this.all.map((slot) => this.retire(slot)));
  }

  private run(task: PageTask): Promise<PageVerdict> {
    if (this.closed) return Promise.resolve({ kind: 'failed', reason: 'the scan was stopped before this page was read' });
    return this.queue.add(async () => {
      const slot = this.free.pop()!;
      try {
        return await this.runOn(slot, task);
      } finally {
        this.free.push(slot);
      }
    }) as Promise<PageVerdict>;
  }

  private async runOn(slot: Slot, task: PageTask): Promise<PageVerdict> {
    if (!slot.worker) {
      const started = spawnWorker();
      slot.worker = started.worker;
      slot.ready = started.ready;
    }
    const worker = slot.worker;
    if (!(await slot.ready)) {
      this.replaced += 1;
      await this.retire(slot);
      return { kind: 'failed', reason: 'its parser could not be started' };
    }
    if (this.closed) return { kind: 'failed', reason: 'the scan was stopped before this page was read' };
    const id = (this.nextId += 1);
    return new Promise<PageVerdict>((resolve) => {
      const done = (verdict: PageVerdict, replace: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
        if (replace) {
          this.replaced += 1;
          void this.retire(slot);
        }
        resolve(verdict);
      };
      const onMessage = (reply: Reply): void => {
        if (reply.id === id) done(reply.verdict, false);
      };
      const onError = (error: Error): void => {
        const memory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        done({ kind: 'failed', reason: memory ? `needed more than ${WORKER_HEAP_MB} MB to parse` : `its parser failed (${error.message.split('\n')[0]})` }, true);
      };
      const onExit = (): void => done({ kind: 'failed', reason: 'its parser stopped' }, true);
      const timer = setTimeout(() => done({ kind: 'failed', reason: `not parsed within ${this.timeLimitMs / 1000} s` }, true), this.timeLimitMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.ref();
      worker.postMessage({ id, task });
    });
  }

  private async retire(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = undefined;
    slot.ready = undefined;
    if (worker) await worker.terminate().catch(() => undefined);
  }
}

let shared: PageWorkers | undefined;

/**
 * The pool every crawl of this process shares (a `schedule` loop's scans, a test file's crawls): starting a worker
 * costs more than most pages, and idle workers are unref'd, so they never keep the process alive.
 */
export function sharedPageWorkers(): PageWorkers {
  shared ??= new PageWorkers();
  return shared;
}

function spawnWorker(): { worker: Worker; ready: Promise<boolean> } {
  const self = new URL(import.meta.url);
  const options = { workerData: { role: ROLE }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } };
  const worker = self.pathname.endsWith('.ts') ? new Worker(fromSources(self), { ...options, eval: true }) : new Worker(self, options);
  const ready = new Promise<boolean>((resolve) => {
    const settle = (ok: boolean): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onFail);
      worker.off('exit', onFail);
      worker.unref();
      resolve(ok);
    };
    const onMessage = (message: unknown): void => {
      if (message === READY) settle(true);
    };
    const onFail = (): void => settle(false);
    const timer = setTimeout(() => settle(false), WORKER_START_LIMIT_MS);
    worker.on('message', onMessage);
    worker.on('error', onFail);
    worker.on('exit', onFail);
  });
  return { worker, ready };
}

/**
 * Code for a worker started from the TypeScript sources (vitest, tsx): Node 20 does not pass loader hooks to
 * workers, so the worker imports this .ts file through tsx's own API (a devDependency; the built CLI never
 * comes here).
 */
function fromSources(self: URL): string {
  const api = tsxEntry(self, './esm/api', './dist/esm/api/index.mjs');
  return `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(self.href)}, ${JSON.stringify(self.href)}));`;
}

/**
 * A short page in our own words, read once by each worker before it reports ready: the first read of a process loads
 * what the extractor loads on first use (the stemmer, the topic model), which took 0.8 s on a busy two-core machine
 * against 15 ms for the next page, and more than PARSE_TIME_LIMIT_MS under heavier load, failing the scan's first
 * page as "not parsed". Start-up has its own, longer limit (WORKER_START_LIMIT_MS).
 */
const WARM_UP_PAGE =
  '<!doctype html><html><body><main><h1>Returns</h1><p>You may send back any unused lamp within 30 days of delivery for a full refund to your card.</p></main></body></html>';

/** Worker side: answer each task; a thrown error (a stack overflow included) is that page's failure only. */
function serve(port: MessagePort): void {
  try {
    runPageTask({ kind: 'decide', html: WARM_UP_PAGE, url: 'https://warm-up.invalid/returns', categories: ['returns'], mode: 'auto', contentType: 'text/html' });
  } catch {
    // A fault here shows again on the first real page, as that page's failure.
  }
  port.on('message', ({ id, task }: { id: number; task: PageTask }) => {
    let verdict: PageVerdict;
    try {
      verdict = runPageTask(task);
    } catch (error) {
      verdict = { kind: 'failed', reason: `its parser failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
    }
    port.postMessage({ id, verdict } satisfies Reply);
  });
  port.postMessage(READY);
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE && parentPort) serve(parentPort);
