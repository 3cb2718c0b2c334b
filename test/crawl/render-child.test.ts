/**
 * The render child process (render-child.ts) against real Chromium and real loopback pages: a page rendered through
 * the child comes back with its script-built text; every request the page sends waits for the parent's host gate and
 * gives its slot back; the child's death costs only the renders it had in flight, with one line each, and the next
 * render starts a new child; a scan closes the child and its Chromium when it ends, and a scan that renders nothing
 * starts no child.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema, type CrawlConfig } from '../../src/config/config-schema.js';
import { createCrawlBusinesses } from '../../src/crawl/crawl-businesses.js';
import { HEAP_FLAGS } from '../../src/crawl/heap-policy.js';
import { descendantsOf } from '../../src/crawl/process-tree.js';
import { RenderProcess, type RenderProcessOptions, type Renderer } from '../../src/crawl/render-child.js';
import type { FetchRuntime } from '../../src/fetch/fetch-types.js';
import { startSite, shopPage, type LoopbackServer } from '../helpers/loopback-server.js';
import { TEST_CHROMIUM } from '../helpers/chromium.js';

/** Each test starts a render child and a Chromium (from the sources, through tsx): slow on a busy machine, never stuck. */
const SLOW = 90_000;

const policy = 'Items may be sent back within thirty days of delivery for a full refund to the original card. '.repeat(6);
/** A page whose policy text arrives from a JSON endpoint: nothing of it is in the static HTML. */
const widgetPage = (endpoint: string) =>
  `<!doctype html><html><body><main id="root"></main><script>fetch(${JSON.stringify(endpoint)}).then((r) => r.json()).then((d) => { document.getElementById('root').innerHTML = '<h1>Returns</h1><p>' + d.text + '</p>'; });</script></body></html>`;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function chromiumLeft(): string[] {
  return descendantsOf(process.pid)
    .filter((p) => /chrom|headless_shell/i.test(p.command))
    .map((p) => `${p.pid} ${p.command}`);
}

/** A render child for these tests: real Chromium, loopback allowed, the given host gate. */
function rendererWith(hostGate: RenderProcessOptions['hostGate'], timeoutMs = 15_000): RenderProcess {
  return new RenderProcess({ executablePath: TEST_CHROMIUM, timeoutMs, allowPrivateNetworks: true, hostGate });
}

/** A host gate that counts the slots its requests hold, optionally waiting on something before a request takes one. */
function countingGate(before: (url: string) => Promise<void> = async () => undefined) {
  let count = 0;
  const gate = async <T>(url: string, task: () => Promise<T>): Promise<T> => {
    await before(url);
    count += 1;
    try {
      return await task();
    } finally {
      count -= 1;
    }
  };
  return { gate, held: () => count };
}

async function settled<T>(check: () => T, ok: (value: T) => boolean): Promise<T> {
  let value = check();
  for (let i = 0; i < 50 && !ok(value); i++) {
    await new Promise((r) => setTimeout(r, 100));
    value = check();
  }
  return value;
}

function runtimeWith(crawl: Record<string, unknown> = {}): FetchRuntime {
  const config = configSchema.parse({
    you: { name: 'Test', site: 'http://127.0.0.1/' },
    crawl: { delayMs: 0, jitterMs: 0, retries: 0, concurrencyPerHost: 2, concurrency: 8, allowPrivateNetworks: true, browserTimeoutMs: 15_000, ...crawl },
  });
  return { crawl: config.crawl as CrawlConfig, userAgent: 'servicediff-test/1.0 (+https://github.com/servicediff/servicediff)' };
}

describe('RenderProcess: the browser in a child process', { timeout: SLOW }, () => {
  let site: LoopbackServer;
  /** Called when a page asks for /hang: the test decides what happens then (it ends the child). */
  let onHang: () => void = () => undefined;
  /** Called when a page's /late request reaches the server. */
  let onLate: () => void = () => undefined;
  const hanging = new Set<() => void>();

  beforeAll(async () => {
    site = await startSite({
      '/returns': widgetPage('/api/returns.json'),
      '/api/returns.json': { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: policy }) },
      '/hangs': widgetPage('/hang'),
      // Asks for /late, then builds its text from the JSON endpoint.
      '/late-request': `<!doctype html><html><body><main id="root"></main><script>fetch('/late').catch(() => undefined);</script>${widgetPage('/api/returns.json').replace(/^.*<\/main>/, '')}`,
      '/late': (_req, res) => {
        // Reaches the server, then never answers while the page is read: it is in flight when the page goes.
        hanging.add(() => res.destroy());
        onLate();
      },
      '/hang': (_req, res) => {
        hanging.add(() => res.destroy());
        onHang();
      },
    });
  });
  afterAll(async () => {
    for (const release of hanging) release();
    await site.close();
  });

  it("renders through the child: the script-built text comes back, and each of the page's requests took a host slot and gave it back", async () => {
    const asked: string[] = [];
    const slots = countingGate(async (url) => void asked.push(new URL(url).pathname));
    const renderer = rendererWith(slots.gate);
    try {
      const outcome = await renderer.withSlot(() => renderer.render(site.url('/returns'), 'shop'), 'shop');
      expect(outcome.ok, outcome.ok ? '' : outcome.reason).toBe(true);
      if (outcome.ok) expect(outcome.html).toContain('full refund to the original card');
      expect(asked).toContain('/api/returns.json');
      expect(slots.held()).toBe(0);
      expect(renderer.rendered).toBe(1);
      expect(renderer.launches).toBe(1);
      expect(renderer.executablePath).toBe(TEST_CHROMIUM);
      expect(renderer.childPid).toBeGreaterThan(0);
      expect(renderer.childPid).not.toBe(process.pid);
      // The child runs under the crawl's heap policy (heap-policy.ts), not V8's default heap growth.
      const cmdline = readFileSync(`/proc/${renderer.childPid}/cmdline`, 'utf8').split('\0');
      expect(cmdline).toEqual(expect.arrayContaining([...HEAP_FLAGS]));
    } finally {
      await renderer.close();
    }
  });

  it('the render document handed over is served from the fetch: the page itself is never requested by the browser', async () => {
    const asked: string[] = [];
    const renderer = rendererWith((url, task) => (asked.push(new URL(url).pathname), task()));
    try {
      const outcome = await renderer.render(site.url('/returns'), 'shop', { html: widgetPage('/api/returns.json') });
      expect(outcome.ok).toBe(true);
      expect(asked).toEqual(['/api/returns.json']);
    } finally {
      await renderer.close();
    }
  });

  it('a request still in flight when its page was read and left gives its host slot back at once, not at the render deadline', async () => {
    const lateArrived = new Promise<void>((resolve) => (onLate = resolve));
    // The page's text waits for its JSON, and the JSON for /late to be at the server: /late is in flight when the text is read.
    const slots = countingGate(async (url) => {
      if (new URL(url).pathname === '/api/returns.json') await lateArrived;
    });
    // A deadline far beyond the polling below: a slot kept until the deadline fails the test.
    const renderer = rendererWith(slots.gate, 60_000);
    try {
      const outcome = await renderer.render(site.url('/late-request'), 'shop');
      expect(outcome.ok, outcome.ok ? '' : outcome.reason).toBe(true);
      if (outcome.ok) expect(outcome.html).toContain('full refund to the original card');
      expect(await settled(slots.held, (n) => n === 0)).toBe(0);
    } finally {
      onLate = () => undefined;
      await renderer.close();
    }
  });

  it("one shop's script calling another shop's host keeps that host's slot while its request is in flight, though the other shop's own render has ended", async () => {
    // Shop B answers /slow only when the test ends; shop A's page asks B for /slow and builds its own text from /text,
    // which A answers only when the test says so: A's render is in flight (and its request to B with it) throughout.
    let slowArrived!: () => void;
    const slowAtB = new Promise<void>((resolve) => (slowArrived = resolve));
    let textArrived!: () => void;
    const textAtA = new Promise<void>((resolve) => (textArrived = resolve));
    let answerText: () => void = () => undefined;
    const open = new Set<() => void>();
    const shopB = await startSite({
      '/returns': widgetPage('/api/returns.json'),
      '/api/returns.json': { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: policy }) },
      '/slow': (_req, res) => {
        open.add(() => res.destroy());
        slowArrived();
      },
    });
    const shopA = await startSite({
      '/returns': `<!doctype html><html><body><main id="root"></main><script>fetch(${JSON.stringify(shopB.url('/slow'))}, { mode: 'no-cors' }).catch(() => undefined);</script>${widgetPage('/text').replace(/^.*<\/main>/, '')}`,
      '/text': (_req, res) => {
        answerText = () => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ text: policy }));
        };
        textArrived();
      },
    });
    const perHost = new Map<string, number>();
    const gate = async <T>(url: string, task: () => Promise<T>): Promise<T> => {
      const host = new URL(url).host;
      perHost.set(host, (perHost.get(host) ?? 0) + 1);
      try {
        return await task();
      } finally {
        perHost.set(host, (perHost.get(host) ?? 0) - 1);
      }
    };
    const renderer = rendererWith(gate, 60_000);
    try {
      const renderA = renderer.render(shopA.url('/returns'), 'shop-a');
      await Promise.all([slowAtB, textAtA]);
      const outcomeB = await renderer.render(shopB.url('/returns'), 'shop-b');
      expect(outcomeB.ok, outcomeB.ok ? '' : outcomeB.reason).toBe(true);
      // B's render is over and none of B's pages is rendering, but A's request to B is still being answered.
      expect(perHost.get(new URL(shopB.origin).host)).toBe(1);
      answerText();
      const outcomeA = await renderA;
      expect(outcomeA.ok, outcomeA.ok ? '' : outcomeA.reason).toBe(true);
      for (const end of open) end();
      expect(await settled(() => perHost.get(new URL(shopB.origin).host), (n) => n === 0)).toBe(0);
    } finally {
      for (const end of open) end();
      await renderer.close();
      await shopA.close();
      await shopB.close();
    }
  });

  it('a child that dies fails the render it had in flight with one line, gives back its host slot, and the next render starts a new child', async () => {
    const slots = countingGate();
    const renderer = rendererWith(slots.gate);
    try {
      onHang = () => process.kill(renderer.childPid!, 'SIGKILL');
      const killed = await renderer.render(site.url('/hangs'), 'shop');
      onHang = () => undefined;
      expect(killed.ok).toBe(false);
      if (!killed.ok) {
        expect(killed.kind).toBe('browser-error');
        expect(killed.reason.startsWith(`the render process was killed (SIGKILL) while rendering ${site.url('/hangs')}`)).toBe(true);
        expect(killed.reason).toMatch(/; a new one renders the remaining pages$/);
        expect(killed.reason).not.toContain('\n');
      }
      // The /hang request held a slot in its host's queue when the child died: it is free again.
      expect(await settled(slots.held, (n) => n === 0)).toBe(0);
      const next = await renderer.render(site.url('/returns'), 'shop');
      expect(next.ok, next.ok ? '' : next.reason).toBe(true);
      expect(renderer.starts).toBe(2);
    } finally {
      await renderer.close();
    }
    expect(await settled(chromiumLeft, (left) => left.length === 0)).toEqual([]);
  });
});

describe('crawl: the render child is started by the first render and closed with the scan', { timeout: SLOW }, () => {
  let js: LoopbackServer;
  let plain: LoopbackServer;

  beforeAll(async () => {
    const home = (title: string) => shopPage(title, '<p>Lamps and shades.</p>', '<a href="/returns">Returns</a>');
    js = await startSite({
      '/': home('Glow'),
      '/returns': widgetPage('/api/returns.json'),
      '/api/returns.json': { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: policy }) },
    });
    plain = await startSite({ '/': home('Shade'), '/returns': shopPage('Returns', `<p>${policy}</p>`) });
  });
  afterAll(async () => {
    await js.close();
    await plain.close();
  });

  it('a JavaScript page is read through the child; when the scan ends, the child and its Chromium are gone', async () => {
    let pool: Renderer | undefined;
    const crawl = createCrawlBusinesses({ executablePath: TEST_CHROMIUM, onStart: (parts) => (pool = parts.pool) });
    let childPid: number | undefined;
    const businesses = await crawl(
      [
        { id: 'glow', name: 'Glow', site: js.origin, isYou: true },
        { id: 'shade', name: 'Shade', site: plain.origin, isYou: false },
      ],
      runtimeWith(),
      { onEvent: (e) => (e.type === 'page-done' && e.rendered ? (childPid = (pool as RenderProcess).childPid) : undefined) },
    );
    expect(pool).toBeInstanceOf(RenderProcess);
    const returns = businesses.find((b) => b.id === 'glow')!.pages.find((p) => p.url === js.url('/returns'))!;
    expect(returns.status, returns.problem?.reason).toBe('ok');
    expect(returns.rendered).toBe(true);
    expect(returns.body).toContain('full refund to the original card');
    expect(businesses.find((b) => b.id === 'shade')!.pages.find((p) => p.url === plain.url('/returns'))?.rendered).toBe(false);
    expect(pool!.rendered).toBe(1);
    expect(childPid).toBeGreaterThan(0);
    expect(alive(childPid!)).toBe(false);
    expect(await settled(chromiumLeft, (left) => left.length === 0)).toEqual([]);
  });

  it('a scan whose pages are all static starts no child', async () => {
    let pool: Renderer | undefined;
    const crawl = createCrawlBusinesses({ executablePath: TEST_CHROMIUM, onStart: (parts) => (pool = parts.pool) });
    const [business] = await crawl([{ id: 'shade', name: 'Shade', site: plain.origin, isYou: true }], runtimeWith());
    expect(business!.pages.find((p) => p.url === plain.url('/returns'))?.status).toBe('ok');
    expect((pool as RenderProcess).starts).toBe(0);
  });
});
