/**
 * The browser is as polite as the fetcher (issue 12): a render starts from the HTML the static fetch already read
 * (the page is requested once, not twice), and every request its scripts send waits for a slot in the host's queue,
 * so the host never sees more than crawl.concurrencyPerHost requests in flight. Real Chromium, the real crawl and a
 * real loopback server that counts the requests it is answering at once.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema, type CrawlConfig } from '../../src/config/config-schema.js';
import { BrowserPool } from '../../src/crawl/browser-pool.js';
import { createCrawlBusinesses } from '../../src/crawl/crawl-businesses.js';
import { createFetcher } from '../../src/fetch/fetch-page.js';
import type { FetchRuntime } from '../../src/fetch/fetch-types.js';
import { businessId } from '../../src/model.js';
import { TEST_CHROMIUM } from '../helpers/chromium.js';
import { startSite, type LoopbackServer } from '../helpers/loopback-server.js';

/** Scripts the policy page loads: more than Chromium's own 6 connections per host, so only a queue holds them to 2. */
const SCRIPTS = Array.from({ length: 8 }, (_, i) => `/assets/part-${i + 1}.js`);
/** Each script and the policy text are answered after this long, so requests overlap unless something holds them back. */
const ANSWER_AFTER_MS = 150;
const POLICY = 'Unworn items may be sent back within thirty days of delivery for a full refund to the original card. ';

let site: LoopbackServer;
let inFlight = 0;
let mostInFlight = 0;
const timers = new Set<NodeJS.Timeout>();

/** Answer after ANSWER_AFTER_MS, counting the request as in flight until its last byte is written. */
const slow =
  (type: string, body: string) =>
  (_req: IncomingMessage, res: ServerResponse): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      res.writeHead(200, { 'content-type': type });
      res.end(body, () => (inFlight -= 1));
    }, ANSWER_AFTER_MS);
    timers.add(timer);
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
  };

beforeAll(async () => {
  const scripts = Object.fromEntries(SCRIPTS.map((path, i) => [path, slow('application/javascript', `window.parts = (window.parts || 0) + ${i + 1};`)]));
  site = await startSite({
    '/': '<!doctype html><html><body><main><h1>Candle Shop</h1><p>Hand-poured candles.</p></main><footer><a href="/returns">Returns policy</a></footer></body></html>',
    '/returns': `<!doctype html><html><head><title>Returns</title>${SCRIPTS.map((s) => `<script src="${s}" defer></script>`).join('')}</head>
<body><main id="policy"><p>Loading…</p></main>
<script>fetch('/api/returns.json').then((r) => r.json()).then((d) => { document.getElementById('policy').innerHTML = '<h1>Returns</h1><p>' + d.text + '</p>'; });</script></body></html>`,
    '/api/returns.json': slow('application/json', JSON.stringify({ text: POLICY.repeat(6) })),
    // Its text is there at once; its scripts are still loading when it is read.
    '/shipping': `<!doctype html><html><head><title>Shipping</title>${SCRIPTS.map((s) => `<script src="${s}" defer></script>`).join('')}</head>
<body><main><h1>Shipping</h1><p>${'Parcels leave the workshop within two working days and travel by tracked post. '.repeat(6)}</p></main></body></html>`,
    ...scripts,
  });
});

afterAll(async () => {
  for (const timer of timers) clearTimeout(timer);
  await site?.close();
});

function runtime(): FetchRuntime {
  const config = configSchema.parse({
    you: { name: 'Candle Shop', site: site.origin },
    crawl: { delayMs: 0, jitterMs: 0, retries: 0, concurrencyPerHost: 2, concurrency: 8, allowPrivateNetworks: true, browserTimeoutMs: 15_000 },
  });
  return { crawl: config.crawl as CrawlConfig, userAgent: 'servicediff-test/1.0 (+https://github.com/servicediff/servicediff)' };
}

describe('a rendered page under the host politeness (issue 12)', () => {
  it('its scripts never put more than crawl.concurrencyPerHost requests in flight, and the page itself is requested once', async () => {
    const crawl = createCrawlBusinesses({ executablePath: TEST_CHROMIUM });
    const [business] = await crawl([{ id: businessId('Candle Shop'), name: 'Candle Shop', site: site.origin, isYou: true }], runtime());
    const returns = business!.pages.find((p) => p.categories.includes('returns'));
    expect(returns?.rendered).toBe(true);
    expect(returns?.body).toContain('sent back within thirty days');
    const paths = site.requests.map((r) => r.path);
    // Every script and the data request went out (the page was really built), yet never more than 2 at once.
    expect(paths).toEqual(expect.arrayContaining([...SCRIPTS, '/api/returns.json']));
    expect(mostInFlight).toBeLessThanOrEqual(2);
    expect(paths.filter((p) => p === '/returns')).toHaveLength(1);
  }, 60_000);
});

describe('a render that is over gives its host slots back, not sooner', () => {
  it("a page read while its scripts still load: the host never sees more than 2 in flight, and the shop's next page still gets its data", async () => {
    // A host timeout far beyond the settle wait: a slot held by a cancelled request until then would starve /returns.
    const { crawl } = runtime();
    const fetcher = createFetcher({ crawl: { ...crawl, concurrency: 8 }, userAgent: 'servicediff-test/1.0' });
    const pool = new BrowserPool({
      executablePath: TEST_CHROMIUM,
      timeoutMs: 60_000,
      allowPrivateNetworks: true,
      concurrency: 1,
      hostGate: (url, task) => fetcher.schedule(url, task),
    });
    try {
      for (let round = 0; round < 3; round++) {
        const shipping = await pool.withSlot(() => pool.render(site.url('/shipping'), 'shop'), 'shop');
        expect(shipping.ok && shipping.html).toContain('within two working days');
        const returns = await pool.withSlot(() => pool.render(site.url('/returns'), 'shop'), 'shop');
        expect(returns.ok && returns.html).toContain('sent back within thirty days');
      }
      expect(mostInFlight).toBeLessThanOrEqual(2);
    } finally {
      await pool.close();
      await fetcher.close();
    }
  }, 120_000);
});
