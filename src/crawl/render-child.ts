/**
 * The browser in a child process of its own (issue 12): Playwright's client and server and the traffic of every
 * render (protocol messages, the HTML of each page) live in the child, not in the crawler's Node process, which on
 * the 200-site bench farm carried ~82 MB of Playwright before its first page and much of its churn after.
 *
 * The child owns a BrowserPool (browser-pool.ts, unchanged: render slots, a context per site, the navigation and
 * address guards, the Chromium flags). It is started on the first render a scan needs and closed when the scan ends;
 * a scan that renders nothing never starts it. Politeness stays in the parent: every request a rendered page sends
 * asks the parent for a slot in its host's queue (the fetcher's `schedule`) and holds it until the request ends, so
 * the per-host limits, the scan-wide limit and the host's time budget count the browser's requests exactly as before.
 *
 * The child runs render-serve.ts, which loads the pool and nothing of the crawler (no parser, no extractor): from the
 * TypeScript sources (tests, bench with --from-sources) through tsx's loader, from the built CLI as its own entry,
 * dist/crawl/render-serve.js (scripts/build.mjs). A child that dies
 * fails the renders it had in flight with one line each, releases the host slots it held, and the next render starts
 * a new child; the other shops go on.
 *
 *   parent → child: render {id, url, site, html?} · close-site {site} · granted {gate} · refused {gate} · close
 *   child → parent: ready · rendered {id, outcome, stats} · gate {gate, url} · release {gate} · closed {stats}
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { tsxEntry } from './tsx-entry.js';
import { HEAP_FLAGS } from './heap-policy.js';
import { killTree } from './process-tree.js';
import type { BrowserPoolOptions, FetchedDocument, RenderOutcome } from './browser-pool.js';

/** What the crawl asks of a browser: the in-process BrowserPool and the RenderProcess below both answer it. */
export interface Renderer {
  /** Run `task` (a render) when a render slot is free; with `site`, that site's renders one after another. */
  withSlot<T>(task: () => Promise<T>, site?: string): Promise<T>;
  /** Render a URL (never throws); `document` is the HTML the static fetch read, served in place of a second request. */
  render(url: string, site: string, document?: FetchedDocument): Promise<RenderOutcome>;
  /** The site's pages are done: its context goes. */
  closeSite(site: string): Promise<void>;
  /** The scan is over (or aborted): no browser and no render process left. Safe to call twice. */
  close(): Promise<void>;
  readonly launches: number;
  readonly rendered: number;
  readonly executablePath: string | undefined;
  readonly browserVersion: string | undefined;
}

/** The pool's options that can cross to the child (a `lookup` function cannot: a caller with one renders in-process). */
export type RenderProcessOptions = Omit<BrowserPoolOptions, 'lookup' | 'hostGate'> & {
  readonly hostGate?: BrowserPoolOptions['hostGate'];
};

export interface PoolStats {
  readonly launches: number;
  readonly rendered: number;
  readonly executablePath?: string;
  readonly browserVersion?: string;
  /** process.resourceUsage().maxRSS of the child, kB. */
  readonly maxRssKb: number;
}

export type ToChild =
  | { readonly type: 'render'; readonly id: number; readonly url: string; readonly site: string; readonly html?: string; readonly answers?: boolean }
  | { readonly type: 'close-site'; readonly site: string }
  | { readonly type: 'granted' | 'refused'; readonly gate: number }
  | { readonly type: 'close' };

export type FromChild =
  | { readonly type: 'ready' }
  | { readonly type: 'rendered'; readonly id: number; readonly outcome: RenderOutcome; readonly stats: PoolStats }
  | { readonly type: 'gate'; readonly gate: number; readonly url: string }
  | { readonly type: 'release'; readonly gate: number }
  | { readonly type: 'closed'; readonly stats: PoolStats };

/**
 * Closing the pool takes up to a few seconds (browser-pool.ts CLOSE_GRACE_MS, then its SIGKILL) and the child ends
 * itself 5 s after it was told (render-serve.ts EXIT_DEADLINE_MS); beyond, the crawler kills the child and its
 * Chromium's process group (a detached group: killing the child alone would leave it).
 */
const CLOSE_GRACE_MS = 10_000;
/** The last bytes of the child's stderr kept for the line that reports its death. */
const STDERR_TAIL = 2000;
/**
 * V8 flags of the render child: the crawl's heap growth, and semi-spaces of 4 MB (V8's default grows them to 16).
 * 200-site farm, 30 ms latency, load 16–20: the child's peak RSS 219–245 MB → 150 MB, tree PSS 673 → 610 MB, wall
 * and pages found unchanged.
 */
const CHILD_HEAP_FLAGS: readonly string[] = [...HEAP_FLAGS, '--max-semi-space-size=4'];

interface Pending {
  readonly url: string;
  readonly resolve: (outcome: RenderOutcome) => void;
}

interface Child {
  readonly process: ChildProcess;
  /** Messages to send once the child said ready. */
  readonly queue: ToChild[];
  ready: boolean;
  stats: PoolStats | undefined;
  stderr: string;
  /** Host slots this child holds, released when its request ends or the child dies. */
  readonly held: Map<number, () => void>;
  readonly exited: Promise<void>;
}

/**
 * The parent's side: a Renderer whose browser lives in a child process. Render slots and per-site turns are the
 * child's pool's (withSlot here only runs the task), so the rules of one place decide them.
 */
export class RenderProcess implements Renderer {
  private child: Child | undefined;
  private closed = false;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  /** Stats of children that ended (a crash, then a new child), added to the running child's. */
  private past = { launches: 0, rendered: 0 };
  private last: PoolStats | undefined;
  /** Children started (1 unless one died). */
  starts = 0;
  /** The largest peak RSS of a render child, kB (the bench reports it beside the crawler's own). */
  childMaxRssKb = 0;

  constructor(private readonly options: RenderProcessOptions) {}

  withSlot<T>(task: () => Promise<T>, _site?: string): Promise<T> {
    return task();
  }

  get launches(): number {
    return this.past.launches + (this.child?.stats?.launches ?? 0);
  }

  get rendered(): number {
    return this.past.rendered + (this.child?.stats?.rendered ?? 0);
  }

  get executablePath(): string | undefined {
    return this.last?.executablePath;
  }

  get browserVersion(): string | undefined {
    return this.last?.browserVersion;
  }

  /** The running child's pid (tests end it to check that a crash costs only its renders). */
  get childPid(): number | undefined {
    return this.child?.process.exitCode === null ? this.child.process.pid : undefined;
  }

  render(url: string, site: string, document?: FetchedDocument): Promise<RenderOutcome> {
    if (this.closed) return Promise.resolve({ ok: false, kind: 'browser-error', reason: 'the scan was stopped before the browser could render this page' });
    let child: Child;
    try {
      child = this.child ??= this.start();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return Promise.resolve({ ok: false, kind: 'browser-error', reason: `the render process could not be started: ${message.split('\n')[0]}` });
    }
    const id = (this.nextId += 1);
    return new Promise<RenderOutcome>((resolve) => {
      this.pending.set(id, { url, resolve });
      send(child, { type: 'render', id, url, site, ...document });
    });
  }

  async closeSite(site: string): Promise<void> {
    if (this.child && !this.closed) send(this.child, { type: 'close-site', site });
  }

  async close(): Promise<void> {
    this.closed = true;
    const child = this.child;
    if (!child) return;
    if (child.process.exitCode === null && child.process.signalCode === null) {
      send(child, { type: 'close' });
      const timer = setTimeout(() => {
        if (child.process.pid !== undefined) killTree(child.process.pid);
        child.process.kill('SIGKILL');
      }, CLOSE_GRACE_MS);
      await child.exited;
      clearTimeout(timer);
    }
  }

  private start(): Child {
    this.starts += 1;
    const self = new URL(import.meta.url);
    const fromSources = self.pathname.endsWith('.ts');
    const { hostGate: _gate, ...crossing } = this.options;
    const args = [JSON.stringify({ ...crossing, gated: this.options.hostGate !== undefined })];
    const process_ = fork(serveModule(self, fromSources), args, {
      // Not the parent's flags (a profiler, a heap size meant for the crawler); tsx's loader when run from sources.
      // The crawl's heap policy (heap-policy.ts) and a small young generation: the child's heap is Playwright's
      // protocol messages and each page's HTML, all short-lived.
      execArgv: [...CHILD_HEAP_FLAGS, ...(fromSources ? ['--import', preload(self), '--import', tsxEntry(self, '.', './dist/loader.mjs')] : [])],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const child: Child = {
      process: process_,
      queue: [],
      ready: false,
      stats: undefined,
      stderr: '',
      held: new Map(),
      exited: new Promise((resolve) => process_.once('exit', () => resolve())),
    };
    process_.stderr?.setEncoding('utf8');
    process_.stderr?.on('data', (chunk: string) => (child.stderr = (child.stderr + chunk).slice(-STDERR_TAIL)));
    process_.on('message', (message: FromChild) => this.receive(child, message));
    // An IPC write to a child that just died: its exit below reports it.
    process_.on('error', () => undefined);
    process_.once('exit', (code, signal) => this.ended(child, code, signal));
    return child;
  }

  private receive(child: Child, message: FromChild): void {
    switch (message.type) {
      case 'ready':
        child.ready = true;
        for (const queued of child.queue.splice(0)) send(child, queued);
        return;
      case 'rendered': {
        this.noteStats(child, message.stats);
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        waiting?.resolve(message.outcome);
        return;
      }
      case 'gate':
        return this.gate(child, message.gate, message.url);
      case 'release': {
        const release = child.held.get(message.gate);
        child.held.delete(message.gate);
        release?.();
        return;
      }
      case 'closed':
        return this.noteStats(child, message.stats);
    }
  }

  /** A request of a rendered page waits for a slot in its host's queue here, and holds it until the child releases it. */
  private gate(child: Child, gate: number, url: string): void {
    const hostGate = this.options.hostGate;
    if (!hostGate) return send(child, { type: 'granted', gate });
    hostGate(
      url,
      () =>
        new Promise<void>((resolve) => {
          if (child.process.exitCode !== null || child.process.signalCode !== null) return resolve();
          child.held.set(gate, resolve);
          send(child, { type: 'granted', gate });
        }),
    ).catch(() => send(child, { type: 'refused', gate }));
  }

  private noteStats(child: Child, stats: PoolStats): void {
    child.stats = stats;
    if (stats.executablePath) this.last = stats;
    this.childMaxRssKb = Math.max(this.childMaxRssKb, stats.maxRssKb);
  }

  /** The child is gone: its renders in flight fail with one line each, its host slots go back, the next render starts a new one. */
  private ended(child: Child, code: number | null, signal: NodeJS.Signals | null): void {
    for (const release of child.held.values()) release();
    child.held.clear();
    this.past = { launches: this.past.launches + (child.stats?.launches ?? 0), rendered: this.past.rendered + (child.stats?.rendered ?? 0) };
    if (this.child === child) this.child = undefined;
    if (this.pending.size === 0) return;
    const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
    const said = child.stderr.trim().split('\n').at(-1)?.trim();
    for (const [id, waiting] of this.pending) {
      this.pending.delete(id);
      const reason = this.closed
        ? 'the scan was stopped before the browser could render this page'
        : `the render process ${how} while rendering ${waiting.url}${said ? ` (${said.slice(0, 200)})` : ''}; a new one renders the remaining pages`;
      waiting.resolve({ ok: false, kind: 'browser-error', reason });
    }
  }
}

function send(child: Child, message: ToChild): void {
  if (!child.ready && message.type !== 'granted' && message.type !== 'refused') {
    child.queue.push(message);
    return;
  }
  if (child.process.connected) child.process.send(message);
}

/**
 * The child's module: beside this one in the sources; in a build, the entry crawl/render-serve.js at the root of the
 * output, where this code's chunk also lives (esbuild puts shared chunks at the root).
 */
function serveModule(self: URL, fromSources: boolean): string {
  const path = fileURLToPath(new URL(fromSources ? './render-serve.ts' : './crawl/render-serve.js', self));
  if (!existsSync(path)) throw new Error(`${path} is missing; run npm run build`);
  return path;
}

/**
 * Playwright loaded before tsx's loader is registered, for a child run from the sources: through tsx's hooks its
 * hundreds of CommonJS files took several times as long to load on a busy machine, and every crawl test pays it.
 */
function preload(self: URL): string {
  const playwright = pathToFileURL(createRequire(self).resolve('playwright')).href;
  return `data:text/javascript,${encodeURIComponent(`await import(${JSON.stringify(playwright)});`)}`;
}
