/**
 * Render lanes (issue 12): a render slot keeps one browser context and one renderer process from shop to shop, so a
 * scan stops paying a renderer start per shop — yet what one shop left in the browser (cookies, local and session
 * storage) never reaches the next. And a page two links of a shop lead to is rendered once. Real Chromium, real
 * loopback servers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../../src/crawl/browser-pool.js';
import { commandLine, descendantsOf } from '../../src/crawl/process-tree.js';
import { TEST_CHROMIUM } from '../helpers/chromium.js';
import { startSite, type LoopbackServer } from '../helpers/loopback-server.js';

const POLICY = 'Unworn items may be sent back within thirty days of delivery for a full refund to the original card. '.repeat(5);

/**
 * A policy page that first writes down what the browser holds for its origin (cookies, local and session storage),
 * then leaves its own mark in all three: the next shop's page on the same origin would read it if it leaked.
 */
const REMEMBERING = `<!doctype html><html><body><main><p id="held"></p><div id="policy"></div></main><script>
document.getElementById('held').textContent = 'held: [' + document.cookie + '|' + (localStorage.getItem('shop') || '') + '|' + (sessionStorage.getItem('shop') || '') + ']';
const me = new URLSearchParams(location.search).get('shop');
document.cookie = 'shop=' + me + '; max-age=3600; path=/';
localStorage.setItem('shop', me);
sessionStorage.setItem('shop', me);
document.getElementById('policy').textContent = ${JSON.stringify(POLICY)};
</script></body></html>`;

let site: LoopbackServer;
beforeAll(async () => {
  site = await startSite({
    '/remember': REMEMBERING,
    '/returns': `<!doctype html><html><body><main id="root"></main><script>document.getElementById('root').textContent = ${JSON.stringify(POLICY)};</script></body></html>`,
  });
});
afterAll(async () => {
  await site?.close();
});

/** Renderer processes of Chromium under this test process now. */
const renderers = (): number[] => descendantsOf(process.pid)
    .filter((p) => commandLine(p.pid).join(' ').includes('--type=renderer'))
    .map((p) => p.pid);

/** Run `body` with a pool of its own (one Chromium), closed after it whatever happens. */
async function withPool(concurrency: number | undefined, body: (pool: BrowserPool) => Promise<void>): Promise<void> {
  const pool = new BrowserPool({ executablePath: TEST_CHROMIUM, timeoutMs: 20_000, allowPrivateNetworks: true, ...(concurrency ? { concurrency } : {}) });
  try {
    await body(pool);
  } finally {
    await pool.close();
  }
}

describe('render lanes', () => {
  it('shop after shop, one render slot keeps its renderer process: one, however many shops', async () => {
    await withPool(1, async (pool) => {
      const seen = new Set<number>();
      // Two sites (127.0.0.1 and localhost) in turn: with site isolation each would need a process of its own.
      const hosts = [site.origin, site.origin.replace('127.0.0.1', 'localhost')];
      for (let shop = 0; shop < 6; shop++) {
        const outcome = await pool.withSlot(() => pool.render(`${hosts[shop % 2]}/returns`, `shop-${shop}`), `shop-${shop}`);
        expect(outcome.ok ? 'ok' : outcome.reason).toBe('ok');
        for (const pid of renderers()) seen.add(pid);
        await pool.closeSite(`shop-${shop}`);
      }
      // A fresh context per shop started six; the slot's lane keeps one.
      expect(seen.size).toBe(1);
    });
  }, 120_000);

  it("a lane that served one shop holds none of its cookies, local or session storage when it serves the next", async () => {
    await withPool(1, async (pool) => {
      // More shops than lanes, so lanes are reused; all on one origin, where a leak would be readable.
      const since = site.requests.length;
      for (const shop of ['a', 'b', 'c', 'd']) {
        const outcome = await pool.withSlot(() => pool.render(site.url(`/remember?shop=${shop}`), shop), shop);
        expect(outcome.ok ? 'ok' : outcome.reason).toBe('ok');
        if (outcome.ok) {
          expect(outcome.html).toContain('within thirty days');
          expect(outcome.html).toContain('held: [||]');
        }
        await pool.closeSite(shop);
      }
      // Nor did the server get any shop's cookie back.
      const remembered = site.requests.slice(since).filter((r) => r.path.startsWith('/remember?'));
      expect(remembered).toHaveLength(4);
      expect(remembered.map((r) => r.headers.cookie ?? '')).toEqual(['', '', '', '']);
    });
  }, 120_000);

  it('within one shop the lane keeps its state from page to page', async () => {
    await withPool(1, async (pool) => {
      // Both renders queued at once: the lane stays with the shop between them.
      const [first, second] = await Promise.all(
        ['/remember?shop=a&page=1', '/remember?shop=a&page=2'].map((path) => pool.withSlot(() => pool.render(site.url(path), 'a'), 'a')),
      );
      expect(first?.ok && first.html).toContain('held: [||]');
      expect(second?.ok && second.html).toContain('held: [shop=a|a|');
    });
  }, 120_000);
});

describe('one render per URL of a shop', () => {
  it('a URL two pages of a shop reach (a legacy link that redirects, the sitemap entry) is rendered once; another shop renders its own', async () => {
    await withPool(undefined, async (pool) => {
      const since = site.requests.length;
      const url = site.url('/returns');
      const [a, b] = await Promise.all([pool.withSlot(() => pool.render(url, 'shop'), 'shop'), pool.withSlot(() => pool.render(url, 'shop'), 'shop')]);
      const later = await pool.withSlot(() => pool.render(url, 'shop'), 'shop');
      for (const outcome of [a, b, later]) expect(outcome?.ok && outcome.html).toContain('within thirty days');
      expect(pool.rendered).toBe(1);
      expect(site.requests.slice(since).filter((r) => r.path === '/returns')).toHaveLength(1);

      expect((await pool.render(url, 'other-shop')).ok).toBe(true);
      expect(pool.rendered).toBe(2);
    });
  }, 120_000);
});
