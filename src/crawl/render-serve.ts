/**
 * The render child process (render-child.ts): one BrowserPool whose pages' requests wait for the parent's host
 * queue, until the parent says close or goes away. It imports the pool and nothing of the crawler, so the child
 * carries Playwright and Chromium's traffic and no parser or extractor.
 */
import { BrowserPool, type BrowserPoolOptions } from './browser-pool.js';
import { killTree } from './process-tree.js';
import type { FromChild, PoolStats, ToChild } from './render-child.js';

/**
 * From the moment the parent says close, lets go, or dies (kill -9 included: its end of the IPC channel closes), the
 * child has this long to close its browser (the pool's own close gives Chromium 3 s, browser-pool.ts CLOSE_GRACE_MS);
 * then it SIGKILLs what it started (Chromium's process group) and exits. Closing waited without bound on a launch in
 * flight, and a child left waiting kept itself and its Chromium after the crawl (seen once after a bench crawl).
 */
const EXIT_DEADLINE_MS = 5000;

/** One pool, its requests gated by the parent, until the parent says close or goes away. */
function serve(options: BrowserPoolOptions & { gated?: boolean }): void {
  const reply = (message: FromChild): void => {
    if (process.connected) process.send?.(message);
  };
  const gates = new Map<number, { run: () => void; refuse: () => void }>();
  /** Host slots held in the parent (granted, not yet released). */
  const held = new Set<number>();
  let nextGate = 0;
  const release = (gate: number): void => {
    if (held.delete(gate)) reply({ type: 'release', gate });
  };
  // A request's slot is released when its task ends, and the pool ends the tasks of a page's requests by page
  // (browser-pool.ts): a page that is not rendering sends nothing, a request granted after its render was read is
  // never sent, and what a read, failed or closed page still holds is let go. The child keeps no rule of its own: one
  // by host freed another shop's slot while its request was in flight (one shop's script calling another's host).
  const hostGate = <T>(url: string, task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const gate = (nextGate += 1);
      gates.set(gate, {
        run: () => {
          held.add(gate);
          void task()
            .then(resolve, reject)
            .finally(() => release(gate));
        },
        refuse: () => reject(new Error('the host queue refused the request')),
      });
      reply({ type: 'gate', gate, url });
    });
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
  const close = (): Promise<void> => {
    if (closing) return closing;
    // Not unref'd: it must fire even when nothing else keeps the child's event loop alive but a hung close.
    setTimeout(() => {
      killTree(process.pid);
      process.exit(1);
    }, EXIT_DEADLINE_MS);
    return (closing = pool
      .close()
      .catch(() => undefined)
      .then(() => {
        reply({ type: 'closed', stats: stats() });
        process.disconnect?.();
      }));
  };
  process.on('message', (message: ToChild) => {
    switch (message.type) {
      case 'render': {
        const document = message.html === undefined ? undefined : { html: message.html, ...(message.answers ? { answers: true } : {}) };
        void pool
          .withSlot(() => pool.render(message.url, message.site, document), message.site)
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
  // Whatever of the browser outlived its close (a helper of a Chromium that went down uncleanly) goes too.
  process.once('disconnect', () =>
    void close().finally(() => {
      killTree(process.pid);
      process.exit(0);
    }),
  );
  reply({ type: 'ready' });
}

if (process.send) serve(JSON.parse(process.argv[2] ?? '{}') as BrowserPoolOptions & { gated?: boolean });
