/**
 * The render child process (render-child.ts): one BrowserPool whose pages' requests wait for the parent's host
 * queue, until the parent says close or goes away. It imports the pool and nothing of the crawler, so the child
 * carries Playwright and Chromium's traffic and no parser or extractor.
 */
import { BrowserPool, type BrowserPoolOptions } from './browser-pool.js';
import type { FromChild, PoolStats, ToChild } from './render-child.js';

/** One pool, its requests gated by the parent, until the parent says close or goes away. */
function serve(options: BrowserPoolOptions & { gated?: boolean }): void {
  const reply = (message: FromChild): void => {
    if (process.connected) process.send?.(message);
  };
  const gates = new Map<number, { run: () => void; refuse: () => void }>();
  /** Host slots held in the parent (granted, not yet released), with their request's host. */
  const held = new Map<number, string>();
  /** Renders in flight per host of a rendered URL; a host stays (at 0) once one of its pages was rendered. */
  const rendering = new Map<string, number>();
  /** A request to a host whose pages we render, none of them now: it belonged to a page that is gone. */
  const orphan = (host: string): boolean => rendering.get(host) === 0;
  let nextGate = 0;
  const release = (gate: number): void => {
    if (held.delete(gate)) reply({ type: 'release', gate });
  };
  const hostGate = <T>(url: string, task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const gate = (nextGate += 1);
      const host = new URL(url).host;
      gates.set(gate, {
        run: () => {
          held.set(gate, host);
          void task()
            .then(resolve, reject)
            .finally(() => release(gate));
          // Granted after its page was done: the request was cancelled with its document, nothing goes to the host.
          if (orphan(host)) release(gate);
        },
        refuse: () => reject(new Error('the host queue refused the request')),
      });
      reply({ type: 'gate', gate, url });
    });
  /**
   * A render is over, its page blank or closed: requests of that document still holding a slot were cancelled with
   * it. Chromium reports some of those cancellations before the request's slot was granted (or never), so the
   * pool's own release would only come at its deadline, and meanwhile the host's slots — and the scan's — sat idle
   * (a 30-site farm: 16 slots held 20 s each). Released here once no render of that host is in flight: a request to
   * the host of a page we render can then belong to no live page of ours. Requests to other hosts (a CDN, an app's
   * API) cannot be told apart by host, so they keep the pool's own rule.
   */
  const rendered = (host: string): void => {
    const left = (rendering.get(host) ?? 1) - 1;
    rendering.set(host, left);
    if (left === 0) for (const [gate, of] of held) if (of === host) release(gate);
  };
  const { gated, ...poolOptions } = options;
  const pool = new BrowserPool({ ...poolOptions, ...(gated ? { hostGate } : {}) });
  const stats = (): PoolStats => ({
    launches: pool.launches,
    rendered: pool.rendered,
    ...(pool.executablePath ? { executablePath: pool.executablePath } : {}),
    ...(pool.browserVersion ? { browserVersion: pool.browserVersion } : {}),
    maxRssKb: process.resourceUsage().maxRSS,
  });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= pool.close().then(() => {
      reply({ type: 'closed', stats: stats() });
      process.disconnect?.();
    }));
  process.on('message', (message: ToChild) => {
    switch (message.type) {
      case 'render': {
        const document = message.html === undefined ? undefined : { html: message.html };
        const host = new URL(message.url).host;
        void pool
          .withSlot(() => {
            rendering.set(host, (rendering.get(host) ?? 0) + 1);
            return pool.render(message.url, message.site, document).finally(() => rendered(host));
          }, message.site)
          .then((outcome) => reply({ type: 'rendered', id: message.id, outcome, stats: stats() }));
        return;
      }
      case 'close-site':
        void pool.closeSite(message.site);
        return;
      case 'granted':
      case 'refused': {
        const waiting = gates.get(message.gate);
        gates.delete(message.gate);
        if (message.type === 'granted') waiting?.run();
        else waiting?.refuse();
        return;
      }
      case 'close':
        void close();
        return;
    }
  });
  // The parent died or let go: the browser goes with us.
  process.once('disconnect', () => void close().finally(() => process.exit(0)));
  reply({ type: 'ready' });
}

if (process.send) serve(JSON.parse(process.argv[2] ?? '{}') as BrowserPoolOptions & { gated?: boolean });
