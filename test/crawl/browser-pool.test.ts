/**
 * The browser pool against real Chromium and real loopback pages: JavaScript-only text is read, the B8 hostile
 * pages end without taking the browser down, B9 a SIGKILLed browser is relaunched, and nothing is left running.
 * One pool (one Chromium) for the whole file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../../src/crawl/browser-pool.js';
import { findBrowser, NO_BROWSER_REASON } from '../../src/crawl/find-browser.js';
import { descendantsOf } from '../../src/crawl/process-tree.js';
import { startSite, type LoopbackServer } from '../helpers/loopback-server.js';
import { TEST_CHROMIUM } from '../helpers/chromium.js';

const CHROMIUM = TEST_CHROMIUM;
const policy = 'Items may be returned within thirty days of delivery for a full refund to the original card. '.repeat(6);
const jsPage = (text: string, extra = '') =>
  `<!doctype html><html><body><div id="root"></div>${extra}<script>document.getElementById('root').innerHTML = '<h1>Returns</h1><p>' + ${JSON.stringify(text)} + '</p>';</script></body></html>`;

let site: LoopbackServer;
let pool: BrowserPool;
const hanging = new Set<() => void>();

beforeAll(async () => {
  site = await startSite({
    '/js-returns': jsPage(policy),
    // Short text written after `load`: read once the page has settled, not only at the deadline.
    '/js-short-late': `<!doctype html><html><body><div id="root"></div><script>window.addEventListener('load', () => setTimeout(() => { document.getElementById('root').textContent = 'Returns within thirty days.'; }, 200));</script></body></html>`,
    // A storefront's shape: inline state and theme code around a box its script fills late, ld+json data, a style sheet.
    '/js-with-state': `<!doctype html><html><head><style>.box { color: rebeccapurple }</style><script type="application/ld+json">{"@type":"Organization","name":"Lamp Works"}</script><script type="application/json" id="state">{"catalogue":"STATE-ONLY-TOKEN"}</script></head><body><main><div id="box"><p>Loading…</p></div></main><script>const CODE_ONLY_TOKEN = 1; setTimeout(() => { document.getElementById('box').innerHTML = '<h1>Returns</h1><p>' + ${JSON.stringify(policy)} + '</p>'; }, 150);</script></body></html>`,
    '/alert': jsPage(policy, "<script>alert('hello'); confirm('sure?');</script>"),
    '/beforeunload': jsPage(policy, "<script>window.addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = 'stay'; });</script>"),
    '/hanging-iframe': jsPage(policy, '<iframe src="/never"></iframe>'),
    '/never': (_req, res) => {
      // Headers never sent: the iframe keeps `load` from firing. Released when the server closes.
      hanging.add(() => res.destroy());
    },
    '/busy-loop': '<!doctype html><html><body><p>loading</p><script>while (true) {}</script></body></html>',
    '/download': { headers: { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="policy.bin"' }, body: 'binary' },
    '/slow': (_req, res) => {
      const timer = setTimeout(() => res.end(jsPage(policy)), 4000);
      hanging.add(() => clearTimeout(timer));
    },
  });
  pool = new BrowserPool({ executablePath: CHROMIUM, timeoutMs: 6000, allowPrivateNetworks: true });
});

afterAll(async () => {
  await pool?.close();
  for (const release of hanging) release();
  await site?.close();
});

describe('BrowserPool', () => {
  it('renders a JavaScript-only policy page and returns its text in the HTML', async () => {
    const outcome = await pool.render(site.url('/js-returns'), 'shop');
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.html).toContain('within thirty days of delivery');
      expect(outcome.status).toBe(200);
    }
    expect(pool.launches).toBe(1);
  });

  it('the HTML read is the rendered document without its code: script-built text and ld+json kept, scripts, state and styles left out', async () => {
    const outcome = await pool.render(site.url('/js-with-state'), 'shop');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.html).toContain('within thirty days of delivery');
    expect(outcome.html).not.toContain('Loading…');
    expect(outcome.html).toContain('"name":"Lamp Works"');
    expect(outcome.html).not.toContain('CODE_ONLY_TOKEN');
    expect(outcome.html).not.toContain('STATE-ONLY-TOKEN');
    expect(outcome.html).not.toContain('rebeccapurple');
  });

  it('a short page whose text is written after load is read with that text', async () => {
    const outcome = await pool.render(site.url('/js-short-late'), 'shop');
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.html).toContain('Returns within thirty days.');
  });

  it('B8: alert, confirm and beforeunload dialogs are dismissed and the pages still render', async () => {
    for (const path of ['/alert', '/beforeunload', '/js-returns']) {
      const outcome = await pool.render(site.url(path), 'shop');
      expect(outcome.ok, path).toBe(true);
    }
  });

  it('B8: an iframe that never loads does not keep the page past the deadline; the text is read', async () => {
    const outcome = await pool.render(site.url('/hanging-iframe'), 'shop');
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.html).toContain('thirty days');
  });

  it('B8: while(true) ends at the deadline as a timeout, and the next page renders', async () => {
    const outcome = await pool.render(site.url('/busy-loop'), 'shop');
    expect(outcome).toMatchObject({ ok: false, kind: 'timeout' });
    // Another shop: the same URL of 'shop' would be answered with its earlier outcome, without rendering.
    const rendered = pool.rendered;
    const next = await pool.render(site.url('/js-returns'), 'shop-after-loop');
    expect(next.ok).toBe(true);
    expect(pool.rendered).toBe(rendered + 1);
  });

  it('B8: an attachment is refused as a download, and the browser stays usable', async () => {
    const outcome = await pool.render(site.url('/download'), 'shop');
    expect(outcome).toMatchObject({ ok: false, kind: 'unsupported-type' });
    expect((await pool.render(site.url('/js-returns'), 'other-shop')).ok).toBe(true);
  });

  it('B9: Chromium SIGKILLed mid-page → that page is a browser-error, the browser relaunches for the next', async () => {
    const pid = pool.pid;
    expect(pid).toBeTypeOf('number');
    const launchesBefore = pool.launches;
    const pending = pool.render(site.url('/slow'), 'shop');
    // Bounded wait until the request has reached the server, then kill the real browser process.
    for (let i = 0; i < 100 && !site.requests.some((r) => r.path === '/slow'); i++) await new Promise((r) => setTimeout(r, 50));
    process.kill(pid!, 'SIGKILL');
    const outcome = await pending;
    expect(outcome).toMatchObject({ ok: false, kind: 'browser-error' });
    const next = await pool.render(site.url('/js-returns'), 'shop-after-kill');
    expect(next.ok).toBe(true);
    expect(pool.launches).toBe(launchesBefore + 1);
    expect(pool.pid).not.toBe(pid);
  });

  it('close() leaves no Chromium process under this test process', async () => {
    expect(descendantsOf(process.pid).some((p) => /chrom|headless_shell/i.test(p.command))).toBe(true);
    await pool.close();
    // Bounded poll: the kernel reaps the renderer processes shortly after the main process exits.
    let left = descendantsOf(process.pid).filter((p) => /chrom|headless_shell/i.test(p.command));
    for (let i = 0; i < 50 && left.length > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      left = descendantsOf(process.pid).filter((p) => /chrom|headless_shell/i.test(p.command));
    }
    expect(left).toEqual([]);
  });
});

describe('address guard in the browser (E3)', () => {
  // The one extra Chromium of this file: the guard is set per pool, and this pool must refuse loopback.
  it('with allowPrivateNetworks false the browser is refused a loopback page before any request is sent', async () => {
    const guarded = new BrowserPool({ executablePath: CHROMIUM, timeoutMs: 10_000, allowPrivateNetworks: false });
    try {
      const before = site.requests.length;
      const outcome = await guarded.render(site.url('/js-returns'), 'guarded');
      expect(outcome).toMatchObject({ ok: false, kind: 'private-address' });
      expect(site.requests.length).toBe(before);
    } finally {
      await guarded.close();
    }
  });
});

describe('no browser found', () => {
  it('crawl.browserPath pointing to a missing file and an empty PATH → nothing is found', () => {
    expect(findBrowser({ browserPath: '/nonexistent/chromium', env: { PATH: '' } })).toBeUndefined();
    expect(findBrowser({ browserPath: CHROMIUM, env: { PATH: '' } })).toEqual({ path: CHROMIUM, source: 'config' });
    expect(findBrowser({ env: { PATH: '/usr/bin', SERVICEDIFF_CHROMIUM: '/nonexistent' } })).toMatchObject({ source: 'path' });
  });

  it('render() records the actionable needs-browser line and launches nothing', async () => {
    const previousPath = process.env.PATH;
    const previousEnv = process.env.SERVICEDIFF_CHROMIUM;
    process.env.PATH = '';
    delete process.env.SERVICEDIFF_CHROMIUM;
    try {
      const none = new BrowserPool({ browserPath: '/nonexistent/chromium', timeoutMs: 5000, allowPrivateNetworks: true });
      const outcome = await none.render(site.url('/js-returns'), 'shop');
      expect(outcome).toEqual({ ok: false, kind: 'needs-browser', reason: NO_BROWSER_REASON });
      expect(none.launches).toBe(0);
      await none.close();
    } finally {
      process.env.PATH = previousPath;
      if (previousEnv !== undefined) process.env.SERVICEDIFF_CHROMIUM = previousEnv;
    }
  });
});

describe('one render per URL of a site', () => {
  let pool: BrowserPool;
  beforeAll(() => {
    pool = new BrowserPool({ executablePath: CHROMIUM, timeoutMs: 6000, allowPrivateNetworks: true });
  });
  afterAll(async () => {
    await pool?.close();
  });

  it('a URL two pages of a shop reach (a legacy link that redirects, the sitemap entry) is rendered once; another shop renders its own', async () => {
    const since = site.requests.length;
    const url = site.url('/js-returns');
    const before = pool.rendered;
    const [a, b] = await Promise.all([pool.render(url, 'repeat-shop'), pool.render(url, 'repeat-shop')]);
    const later = await pool.render(url, 'repeat-shop');
    for (const outcome of [a, b, later]) expect(outcome.ok && outcome.html).toContain('within thirty days of delivery');
    expect(pool.rendered).toBe(before + 1);
    expect(site.requests.slice(since).filter((r) => r.path === '/js-returns')).toHaveLength(1);
    expect((await pool.render(url, 'another-shop')).ok).toBe(true);
    expect(pool.rendered).toBe(before + 2);
    // Once the shop is closed, its outcomes go with it.
    await pool.closeSite('repeat-shop');
    expect((await pool.render(url, 'repeat-shop')).ok).toBe(true);
    expect(pool.rendered).toBe(before + 3);
  });

  it('a failed render is not shared: the next asker renders again', async () => {
    const before = pool.rendered;
    const first = await pool.render(site.url('/download'), 'failing-shop');
    expect(first.ok).toBe(false);
    const second = await pool.render(site.url('/download'), 'failing-shop');
    expect(second).toMatchObject({ ok: false, kind: 'unsupported-type' });
    expect(site.requests.filter((r) => r.path === '/download').length).toBeGreaterThanOrEqual(2);
    expect(pool.rendered).toBe(before);
  });
});

describe('a site waiting for a slot', () => {
  it('gets its context made while it waits, one site at most beyond the slots, and every render still reads its page', async () => {
    const releases: (() => void)[] = [];
    const held = await startSite({
      '/hold': (_req, res) => {
        releases.push(() => res.end(jsPage(policy)));
      },
      '/returns': jsPage(policy),
    });
    const slots = new BrowserPool({ executablePath: CHROMIUM, timeoutMs: 60_000, allowPrivateNetworks: true, concurrency: 1 });
    try {
      // The browser is up before the test: a site is prepared only once it is.
      expect((await slots.withSlot(() => slots.render(held.url('/returns'), 'warm'), 'warm')).ok).toBe(true);
      await slots.closeSite('warm');
      const a = slots.withSlot(() => slots.render(held.url('/hold'), 'a'), 'a');
      for (let i = 0; i < 200 && !held.requests.some((r) => r.path === '/hold'); i++) await new Promise((r) => setTimeout(r, 50));
      // 'a' holds the only slot; 'b' and 'c' wait. 'b' is prepared; 'c' is not (one beyond the slots).
      const b = slots.withSlot(() => slots.render(held.url('/returns'), 'b'), 'b');
      const c = slots.withSlot(() => slots.render(held.url('/returns'), 'c'), 'c');
      for (let i = 0; i < 200 && slots.prepared < 1; i++) await new Promise((r) => setTimeout(r, 50));
      expect(slots.prepared).toBe(1);
      releases.forEach((release) => release());
      for (const outcome of await Promise.all([a, b, c])) expect(outcome.ok && outcome.html).toContain('within thirty days of delivery');
    } finally {
      await slots.close();
      await held.close();
    }
  }, 120_000);
});

describe('render slots', () => {
  it("one site's renders run one at a time (one page, one renderer), while other sites use the other slots", async () => {
    const slots = new BrowserPool({ executablePath: CHROMIUM, timeoutMs: 5000, allowPrivateNetworks: true, concurrency: 3 });
    const running = new Map<string, number>();
    const most = new Map<string, number>();
    let overall = 0;
    let mostOverall = 0;
    const releases: (() => void)[] = [];
    const task = (site: string) => async () => {
      running.set(site, (running.get(site) ?? 0) + 1);
      most.set(site, Math.max(most.get(site) ?? 0, running.get(site)!));
      mostOverall = Math.max(mostOverall, ++overall);
      await new Promise<void>((resolve) => releases.push(resolve));
      running.set(site, running.get(site)! - 1);
      overall -= 1;
      return site;
    };
    const done = ['a', 'a', 'a', 'b', 'b'].map((site) => slots.withSlot(task(site), site));
    // Release whatever is running until all five finished; each round is bounded by the tasks queued.
    let finished = 0;
    void Promise.all(done).then(() => (finished = done.length));
    for (let round = 0; round < 10 && finished < done.length; round++) {
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      for (const release of releases.splice(0)) release();
    }
    expect(await Promise.all(done)).toEqual(['a', 'a', 'a', 'b', 'b']);
    expect(most.get('a')).toBe(1);
    expect(most.get('b')).toBe(1);
    expect(mostOverall).toBe(2);
    expect(slots.launches).toBe(0);
    await slots.close();
  });
});
