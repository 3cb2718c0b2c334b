/**
 * Render exactly the pages that need it (issue 12), end to end: real loopback storefronts with full static chrome,
 * the real polite fetcher and real Chromium. Each JavaScript page kind is found with its policy's terms — read from
 * the payload embedded in the page or the same-origin JSON endpoint its markup names when its text is there, else
 * rendered; each static look-alike (same chrome, same scripts) is read from its static HTML, never rendered and
 * never read from a payload or an endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema, type CrawlConfig } from '../../src/config/config-schema.js';
import type { Renderer } from '../../src/crawl/render-child.js';
import { createCrawlBusinesses } from '../../src/crawl/crawl-businesses.js';
import type { CrawlTarget } from '../../src/crawl/crawl-types.js';
import type { FetchRuntime } from '../../src/fetch/fetch-types.js';
import type { ScannedBusiness, TextSource } from '../../src/model.js';
import { TEST_CHROMIUM } from '../helpers/chromium.js';
import { startSite, type LoopbackServer, type Route } from '../helpers/loopback-server.js';
import { staticLookAlikeRoutes, storefrontRoutes, type PolicyDelivery } from '../helpers/storefront.js';

type Kind = PolicyDelivery | `look-alike of ${Exclude<PolicyDelivery, 'static'>}`;
/** Each kind, and how its returns text must be obtained (src/model.ts TextSource). */
const KINDS: readonly { kind: Kind; rendered: boolean; textFrom: TextSource }[] = [
  // Rendered, and the text found again at the endpoint its scripts asked: that endpoint proves it from now on.
  { kind: 'mount-point', rendered: true, textFrom: 'endpoint' },
  // The text its inline script would show is in the page's own payload: read from there, no browser.
  { kind: 'embedded-payload', rendered: false, textFrom: 'payload' },
  { kind: 'help-widget', rendered: true, textFrom: 'endpoint' },
  // The box names its same-origin JSON endpoint in its markup: read from there, no browser.
  { kind: 'empty-box', rendered: false, textFrom: 'endpoint' },
  // The JSON the box names is not the policy: rendered as before.
  { kind: 'box-naming-other-json', rendered: true, textFrom: 'rendered' },
  // A payload of other prose, or of another category's policy, is not the page's text: rendered as before.
  { kind: 'payload-of-other-text', rendered: true, textFrom: 'rendered' },
  { kind: 'payload-of-other-policy', rendered: true, textFrom: 'rendered' },
  { kind: 'static', rendered: false, textFrom: 'static' },
  { kind: 'look-alike of mount-point', rendered: false, textFrom: 'static' },
  { kind: 'look-alike of embedded-payload', rendered: false, textFrom: 'static' },
  { kind: 'look-alike of help-widget', rendered: false, textFrom: 'static' },
  { kind: 'look-alike of empty-box', rendered: false, textFrom: 'static' },
  { kind: 'look-alike of payload-of-other-text', rendered: false, textFrom: 'static' },
  { kind: 'look-alike of box-naming-other-json', rendered: false, textFrom: 'static' },
];

function routesOf(kind: Kind) {
  return kind.startsWith('look-alike of ')
    ? staticLookAlikeRoutes(kind.slice('look-alike of '.length) as Exclude<PolicyDelivery, 'static'>)
    : storefrontRoutes(kind as PolicyDelivery);
}

describe('crawl: each JavaScript page kind is read from its payload or rendered, its static look-alike is neither (issue 12)', () => {
  const sites = new Map<Kind, LoopbackServer>();
  let businesses: ScannedBusiness[] = [];
  let pool: Renderer | undefined;

  beforeAll(async () => {
    for (const { kind } of KINDS) sites.set(kind, await startSite(routesOf(kind)));
    const config = configSchema.parse({
      you: { name: 'Test', site: 'http://127.0.0.1/' },
      // Retries: a keep-alive socket reset on a loaded machine is not what this file tests.
      crawl: { delayMs: 0, jitterMs: 0, retries: 2, concurrencyPerHost: 2, concurrency: 8, allowPrivateNetworks: true, browserTimeoutMs: 15_000 },
    });
    const runtime: FetchRuntime = { crawl: config.crawl as CrawlConfig, userAgent: 'servicediff-test/1.0 (+https://github.com/servicediff/servicediff)' };
    const targets: CrawlTarget[] = KINDS.map(({ kind }, i) => ({ id: `shop-${i}`, name: kind, site: sites.get(kind)!.origin, isYou: i === 0 }));
    const crawl = createCrawlBusinesses({ executablePath: TEST_CHROMIUM, onStart: (parts) => (pool = parts.pool) });
    businesses = await crawl(targets, runtime);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([...sites.values()].map((s) => s.close()));
  });

  it.each(KINDS)('$kind: the returns page is found with its terms (text from: $textFrom)', ({ kind, rendered, textFrom }) => {
    const business = businesses.find((b) => b.name === kind)!;
    const page = business.pages.find((p) => new URL(p.url).pathname === '/pages/returns');
    expect(page, `${kind}: ${JSON.stringify(business.pages.map((p) => [p.url, p.problem?.reason]))}`).toBeDefined();
    expect(page!.status).toBe('ok');
    expect(page!.rendered).toBe(rendered);
    expect(page!.textFrom).toBe(textFrom);
    expect(page!.extract?.terms['returns.window_days']?.value).toBe(45);
    expect(page!.extract?.terms['returns.restocking_fee']?.value).toEqual({ percent: 6 });
    // The chrome's "free returns within 45 days" banner is never the evidence: the policy's own sentence is.
    expect(page!.extract?.terms['returns.window_days']?.evidence).toMatch(/send back any unworn item/);
  });

  it.each(KINDS)('$kind: the short terms page kept for warranty and guarantee is read as it is, never rendered', ({ kind }) => {
    const business = businesses.find((b) => b.name === kind)!;
    const terms = business.pages.find((p) => new URL(p.url).pathname === '/policies/terms-of-service');
    expect(terms?.categories).toEqual(expect.arrayContaining(['warranty', 'guarantee']));
    expect(terms?.status).toBe('ok');
    expect(terms?.rendered).toBe(false);
    expect(terms?.textFrom).toBe('static');
  });

  it('the named endpoint is asked once, by the polite fetcher; a static look-alike never asks it', () => {
    const asked = sites.get('empty-box')!.requests.filter((r) => r.path === '/api/content/returns.json');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.headers['user-agent']).toMatch(/servicediff-test/);
    expect(asked[0]!.headers.accept).toMatch(/^application\/json/);
    expect(sites.get('look-alike of empty-box')!.requests.some((r) => r.path.startsWith('/api/'))).toBe(false);
  });

  it('renders exactly the scripted pages', () => {
    expect(pool?.rendered).toBe(KINDS.filter((k) => k.rendered).length);
    const renderedPaths = businesses.flatMap((b) => b.pages.filter((p) => p.rendered).map((p) => `${b.name} ${new URL(p.url).pathname}`));
    expect(renderedPaths.sort()).toEqual(KINDS.filter((k) => k.rendered).map((k) => `${k.kind} /pages/returns`).sort());
  });
});

describe('crawl: with CrawlOptions.onBody, a body is handed over once extracted and not kept on its page (issue 12)', () => {
  it('the page keeps its extraction and hash; the sink gets the body', async () => {
    const site = await startSite(storefrontRoutes('static'));
    try {
      const config = configSchema.parse({
        you: { name: 'Test', site: site.origin },
        crawl: { delayMs: 0, jitterMs: 0, retries: 2, allowPrivateNetworks: true, browser: 'never' },
      });
      const runtime: FetchRuntime = { crawl: config.crawl as CrawlConfig, userAgent: 'servicediff-test/1.0 (+https://github.com/servicediff/servicediff)' };
      const handed = new Map<string, { contentHash: string; body: string }>();
      const [business] = await createCrawlBusinesses()([{ id: 'shop', name: 'Shop', site: site.origin, isYou: true }], runtime, {
        onBody: (_business, page) => handed.set(page.url, page),
      });
      const page = business!.pages.find((p) => p.url === site.url('/pages/returns'))!;
      expect(page.status).toBe('ok');
      expect(page.body).toBeUndefined();
      expect(page.extract?.terms['returns.window_days']?.value).toBe(45);
      expect(handed.get(page.url)?.contentHash).toBe(page.contentHash);
      expect(handed.get(page.url)?.body).toContain('send back any unworn item');
    } finally {
      await site.close();
    }
  });
});

describe('crawl: the page\'s own data is read without a browser at all, within robots.txt (crawl.browser never)', () => {
  async function crawlNever(routes: Record<string, Route>): Promise<{ business: ScannedBusiness; site: LoopbackServer }> {
    const site = await startSite(routes);
    const config = configSchema.parse({
      you: { name: 'Test', site: site.origin },
      crawl: { delayMs: 0, jitterMs: 0, retries: 2, allowPrivateNetworks: true, browser: 'never' },
    });
    const runtime: FetchRuntime = { crawl: config.crawl as CrawlConfig, userAgent: 'servicediff-test/1.0 (+https://github.com/servicediff/servicediff)' };
    const [business] = await createCrawlBusinesses()([{ id: 'shop', name: 'Shop', site: site.origin, isYou: true }], runtime);
    return { business: business!, site };
  }
  const returnsPage = (b: ScannedBusiness) => b.pages.find((p) => new URL(p.url).pathname === '/pages/returns')!;

  it('an embedded payload and a named endpoint give their text where no browser may run', async () => {
    for (const [kind, textFrom] of [['embedded-payload', 'payload'], ['empty-box', 'endpoint']] as const) {
      const { business, site } = await crawlNever(storefrontRoutes(kind));
      await site.close();
      const page = returnsPage(business);
      expect(page.status, kind).toBe('ok');
      expect(page.textFrom, kind).toBe(textFrom);
      expect(page.extract?.terms['returns.window_days']?.value, kind).toBe(45);
    }
  });

  it('an endpoint robots.txt disallows is never asked: the returns page is not read', async () => {
    const routes = storefrontRoutes('empty-box');
    routes['/robots.txt'] = 'User-agent: *\nDisallow: /api/\n';
    const { business, site } = await crawlNever(routes);
    await site.close();
    expect(site.requests.some((r) => r.path === '/pages/returns')).toBe(true);
    expect(site.requests.some((r) => r.path.startsWith('/api/'))).toBe(false);
    // Needing JavaScript under crawl.browser never, it is not kept as the returns page (a fallback candidate may be).
    expect(business.pages.some((p) => new URL(p.url).pathname === '/pages/returns' && p.status === 'ok')).toBe(false);
    expect(business.pages.some((p) => p.textFrom === 'endpoint')).toBe(false);
  });
});
