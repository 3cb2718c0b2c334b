/**
 * A site's data endpoint learned from its first render (issue 12): the templates one data request gives, and end to
 * end on real loopback shops with real Chromium — a help-centre shop whose widget loads each article by the id in its
 * markup, and a client-rendered shop that loads each page's content by its path, are rendered once each, and their
 * other policy pages are read from the endpoint the template makes, with the text the render would show; a shop
 * whose scripts fetch only settings teaches nothing, and every page of it is rendered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema, type CrawlConfig } from '../../src/config/config-schema.js';
import { createCrawlBusinesses } from '../../src/crawl/crawl-businesses.js';
import { endpointsFrom, templatesOf } from '../../src/crawl/learned-endpoints.js';
import type { Renderer } from '../../src/crawl/render-child.js';
import type { FetchRuntime } from '../../src/fetch/fetch-types.js';
import type { ScannedBusiness } from '../../src/model.js';
import { TEST_CHROMIUM } from '../helpers/chromium.js';
import { startSite, type LoopbackServer, type Route } from '../helpers/loopback-server.js';
import { RETURNS_POLICY_HTML, storefrontPage } from '../helpers/storefront.js';

describe('templatesOf / endpointsFrom: a data address built of the page\'s path or of a data-* attribute value', () => {
  const widget = (id: string) => `<main><div class="help" data-help-article="${id}" data-theme="dark">Loading…</div></main>`;

  it('an address holding a data-* attribute value as a segment gives that attribute\'s template', () => {
    const templates = templatesOf('https://shop.test/api/help/articles/418.json?locale=en', 'https://shop.test/pages/returns', widget('418'));
    expect(templates).toEqual([{ kind: 'attribute', name: 'help-article', before: '/api/help/articles/', after: '.json?locale=en' }]);
    expect(endpointsFrom(templates, 'https://shop.test/pages/shipping', widget('419'))).toEqual(['https://shop.test/api/help/articles/419.json?locale=en']);
    // A page without that attribute makes no address.
    expect(endpointsFrom(templates, 'https://shop.test/pages/contact', '<main><p>Write to us.</p></main>')).toEqual([]);
  });

  it('an address holding the page\'s path gives the path template', () => {
    const templates = templatesOf('https://shop.test/api/content/pages/returns.json', 'https://shop.test/pages/returns/', '<div id="app"></div>');
    expect(templates).toEqual([{ kind: 'path', before: '/api/content', after: '.json' }]);
    expect(endpointsFrom(templates, 'https://shop.test/help/shipping', '<div id="app"></div>')).toEqual(['https://shop.test/api/content/help/shipping.json']);
  });

  it('another origin, the page itself, a value inside a longer segment and the site root give nothing', () => {
    expect(templatesOf('https://cdn.test/api/help/articles/418.json', 'https://shop.test/pages/returns', widget('418'))).toEqual([]);
    expect(templatesOf('https://shop.test/pages/returns', 'https://shop.test/pages/returns', widget('418'))).toEqual([]);
    expect(templatesOf('https://shop.test/api/items/84189.json', 'https://shop.test/pages/returns', widget('418'))).toEqual([]);
    expect(templatesOf('https://shop.test/api/home.json', 'https://shop.test/', '<div></div>')).toEqual([]);
  });
});

const SHIPPING_POLICY_HTML = [
  '<p>Every order leaves our mill within two working days of payment.</p>',
  '<p>Standard shipping takes four to six working days and costs $6.</p>',
  '<p>Shipping is free on orders over $80, and each parcel gets a tracking link by email.</p>',
].join('');
const CONTACT_HTML = [
  '<p>Our customer service team answers every email within one working day.</p>',
  '<p>You can call us on 0161 496 0321, Monday to Friday from 9am to 5pm.</p>',
  '<p>Contact us through the chat on this page for help with an order.</p>',
].join('');
const PAGES: readonly { path: string; title: string; html: string; marker: RegExp }[] = [
  { path: '/pages/returns', title: 'Returns policy', html: RETURNS_POLICY_HTML, marker: /send back any unworn item within 45 days/ },
  { path: '/pages/shipping', title: 'Shipping', html: SHIPPING_POLICY_HTML, marker: /leaves our mill within two working days/ },
  { path: '/pages/contact', title: 'Contact us', html: CONTACT_HTML, marker: /answers every email within one working day/ },
];
const json = (body: unknown): Route => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const js = (body: string): Route => ({ headers: { 'content-type': 'application/javascript' }, body });
const base = (): Record<string, Route> => ({
  '/robots.txt': 'User-agent: *\nDisallow: /cart\n',
  '/': storefrontPage('Home', '<p>Bedding and bath linen, woven in small batches.</p>'),
});

/** A help centre: each page's box names its article id; the widget fetches /api/help/v2/articles/<id>.json. */
function helpCentreShop(): Record<string, Route> {
  const routes = base();
  routes['/assets/help.js'] = js(`(function () { document.querySelectorAll('[data-help-article]').forEach(function (box) {
  fetch('/api/help/v2/articles/' + box.getAttribute('data-help-article') + '.json').then(function (r) { return r.json(); })
    .then(function (a) { box.innerHTML = a.article.body; }); }); })();`);
  PAGES.forEach((page, i) => {
    const id = String(5200 + i * 7);
    routes[page.path] = storefrontPage(page.title, `<div class="help-article" data-help-article="${id}"><p>Loading…</p></div>`, '', '<script src="/assets/help.js" async></script>');
    routes[`/api/help/v2/articles/${id}.json`] = json({ article: { id: Number(id), locale: 'en', body: page.html } });
  });
  return routes;
}

/** A client-rendered shop: an empty mount point; the bundle fetches /api/storefront/content<path>.json. */
function headlessShop(): Record<string, Route> {
  const routes = base();
  routes['/assets/app.js'] = js(`(async () => { const d = await (await fetch('/api/storefront/content' + location.pathname + '.json')).json();
  document.getElementById('root').innerHTML = '<main><h1>' + d.title + '</h1>' + d.html + '</main>'; })();`);
  for (const page of PAGES) {
    routes[page.path] = `<!doctype html><html><head><title>Tidewater Linen</title></head><body><div id="root"></div><script src="/assets/app.js" defer></script></body></html>`;
    routes[`/api/storefront/content${page.path}.json`] = json({ shop: 'Tidewater Linen', title: page.title, html: page.html });
  }
  return routes;
}

/** Scripts that fetch only their settings by the box's id; the text is decoded from base64 by the page itself. */
function settingsOnlyShop(): Record<string, Route> {
  const routes = base();
  routes['/assets/box.js'] = js(`(async () => { const box = document.querySelector('[data-box]');
  await (await fetch('/api/boxes/' + box.getAttribute('data-box') + '/settings.json')).json();
  box.innerHTML = decodeURIComponent(escape(atob(box.getAttribute('data-text')))); })();`);
  PAGES.slice(0, 2).forEach((page, i) => {
    const box = `b${i + 1}x`;
    const encoded = Buffer.from(page.html, 'utf8').toString('base64');
    routes[page.path] = storefrontPage(page.title, `<div class="rte" data-box="${box}" data-text="${encoded}"><p>Loading…</p></div>`, '', '<script src="/assets/box.js" defer></script>');
    routes[`/api/boxes/${box}/settings.json`] = json({ animate: true, width: 'narrow', colours: { text: '#222', link: '#c25b2a' } });
  });
  return routes;
}

describe('crawl: a site\'s other pages are read from the endpoint its first render taught (real Chromium, issue 12)', () => {
  const shops = { help: helpCentreShop(), headless: headlessShop(), settings: settingsOnlyShop() } as const;
  const sites = new Map<keyof typeof shops, LoopbackServer>();
  let businesses: ScannedBusiness[] = [];
  let pool: Renderer | undefined;

  beforeAll(async () => {
    for (const [name, routes] of Object.entries(shops)) sites.set(name as keyof typeof shops, await startSite(routes));
    const config = configSchema.parse({
      you: { name: 'Test', site: 'http://127.0.0.1/' },
      crawl: { delayMs: 0, jitterMs: 0, retries: 2, concurrencyPerHost: 2, concurrency: 8, allowPrivateNetworks: true, browserTimeoutMs: 15_000 },
    });
    const runtime: FetchRuntime = { crawl: config.crawl as CrawlConfig, userAgent: 'servicediff-test/1.0 (+https://github.com/servicediff/servicediff)' };
    const crawl = createCrawlBusinesses({ executablePath: TEST_CHROMIUM, onStart: (parts) => (pool = parts.pool) });
    businesses = await crawl(
      [...sites].map(([name, site], i) => ({ id: name, name, site: site.origin, isYou: i === 0 })),
      runtime,
    );
  }, 120_000);
  afterAll(async () => {
    await Promise.all([...sites.values()].map((s) => s.close()));
  });

  const pagesOf = (name: string) => {
    const business = businesses.find((b) => b.id === name)!;
    return PAGES.map((planned) => ({ planned, page: business.pages.find((p) => new URL(p.url).pathname === planned.path) }));
  };

  it.each(['help', 'headless'] as const)('%s: one page rendered, the others read from the learned endpoint, each with its own text', (name) => {
    const found = pagesOf(name);
    for (const { planned, page } of found) {
      expect(page?.status, `${name} ${planned.path}: ${page?.problem?.reason}`).toBe('ok');
      expect(page!.body).toMatch(planned.marker);
    }
    expect(found.filter(({ page }) => page!.rendered)).toHaveLength(1);
    // Every page's text is proved by its own endpoint, the rendered one's too (a re-scan asks it, not Chromium).
    expect(found.every(({ page }) => page!.textFrom === 'endpoint')).toBe(true);
    for (const { planned, page } of found) {
      expect(page!.endpoint?.url).toMatch(name === 'help' ? /\/api\/help\/v2\/articles\/\d+\.json$/ : new RegExp(`/api/storefront/content${planned.path}\\.json$`));
    }
  });

  it('the returns terms are the same whether rendered or read from the endpoint', () => {
    for (const name of ['help', 'headless'] as const) {
      const returns = pagesOf(name).find(({ planned }) => planned.path === '/pages/returns')!.page!;
      expect(returns.extract?.terms['returns.window_days']?.value).toBe(45);
      expect(returns.extract?.terms['returns.restocking_fee']?.value).toEqual({ percent: 6 });
    }
  });

  it('scripts that fetch only settings teach nothing: every page of that shop is rendered', () => {
    const found = pagesOf('settings').filter(({ planned }) => planned.path !== '/pages/contact');
    for (const { planned, page } of found) {
      expect(page?.status, planned.path).toBe('ok');
      expect(page!.textFrom).toBe('rendered');
      expect(page!.body).toMatch(planned.marker);
    }
    // Two renders here, one each for the two taught shops.
    expect(pool?.rendered).toBe(4);
  });

  it('the learned endpoints are asked by the polite fetcher, on the page\'s own origin, each article once', () => {
    const asked = sites.get('help')!.requests.filter((r) => r.path.startsWith('/api/help/'));
    // The fetcher asks for JSON: for the two pages read from the endpoint. The widget in the rendered page asked for
    // its own article, and the check of what the render taught reads the answer the render received.
    const fetched = asked.filter((r) => /^application\/json/.test(String(r.headers.accept)));
    expect(fetched).toHaveLength(2);
    expect(asked).toHaveLength(3);
    expect(new Set(asked.map((r) => r.path)).size).toBe(3);
  });
});

describe('crawl: under crawl.browser always no endpoint stands in for a render (real Chromium)', () => {
  it('every page of the help-centre shop is rendered', async () => {
    const site = await startSite(helpCentreShop());
    try {
      const config = configSchema.parse({
        you: { name: 'Test', site: site.origin },
        crawl: { delayMs: 0, jitterMs: 0, retries: 2, allowPrivateNetworks: true, browserTimeoutMs: 15_000, browser: 'always' },
      });
      const runtime: FetchRuntime = { crawl: config.crawl as CrawlConfig, userAgent: 'servicediff-test/1.0 (+https://github.com/servicediff/servicediff)' };
      const crawl = createCrawlBusinesses({ executablePath: TEST_CHROMIUM });
      const [business] = await crawl([{ id: 'help', name: 'Help', site: site.origin, isYou: true }], runtime);
      for (const planned of PAGES) {
        const page = business!.pages.find((p) => new URL(p.url).pathname === planned.path);
        expect(page?.status, planned.path).toBe('ok');
        expect(page!.textFrom).toBe('rendered');
        expect(page!.body).toMatch(planned.marker);
      }
    } finally {
      await site.close();
    }
  }, 120_000);
});

describe('crawl: the rendered page is proved by its own endpoint at later scans, not rendered again (real Chromium, issue 12)', () => {
  it('a week later, past crawl.rerenderDays, the page and its endpoint answer 304 and nothing is rendered; a changed endpoint is read without Chromium', async () => {
    const routes: Record<string, Route> = {
      '/': '<html><body><footer><a href="/pages/returns">Returns</a></footer></body></html>',
      '/pages/returns': storefrontPage('Returns policy', '<div id="app" data-page="returns"></div>', '', '<script src="/assets/app.js" defer></script>'),
      '/assets/app.js': {
        headers: { 'content-type': 'text/javascript' },
        body: `(async () => { const root = document.getElementById('app');
  const data = await (await fetch('/api/pages/' + root.dataset.page + '.json')).json(); root.innerHTML = data.html; })();`,
      },
      '/api/pages/returns.json': { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ html: RETURNS_POLICY_HTML }) },
    };
    const site = await startSite(routes, { validators: true });
    try {
      const config = configSchema.parse({
        you: { name: 'Test', site: site.origin },
        // rerenderDays 0: a page whose text only a render showed would be rendered at every scan.
        crawl: { delayMs: 0, jitterMs: 0, retries: 2, allowPrivateNetworks: true, browserTimeoutMs: 15_000, rerenderDays: 0 },
      });
      const runtime: FetchRuntime = { crawl: config.crawl as CrawlConfig, userAgent: 'servicediff-test/1.0 (+https://github.com/servicediff/servicediff)' };
      const target = [{ id: 'app', name: 'App', site: site.origin, isYou: true }];
      const returnsOf = (b: ScannedBusiness | undefined) => b?.pages.find((p) => new URL(p.url).pathname === '/pages/returns');
      const scanOnce = async (previous?: ScannedBusiness) => {
        let pool: Renderer | undefined;
        const crawl = createCrawlBusinesses({ executablePath: TEST_CHROMIUM, onStart: (parts) => (pool = parts.pool) });
        const before = returnsOf(previous);
        const [business] = await crawl(target, runtime, {
          previous: (_b, url) =>
            before && url === before.url ? { etag: before.etag!, contentHash: before.contentHash!, textFrom: before.textFrom!, endpoint: before.endpoint!, renderedAt: before.renderedAt! } : undefined,
        });
        return { business, rendered: pool?.rendered ?? 0 };
      };

      const first = await scanOnce();
      const page = returnsOf(first.business);
      expect(first.rendered).toBe(1);
      expect(page).toMatchObject({ status: 'ok', rendered: true, textFrom: 'endpoint', endpoint: { url: site.url('/api/pages/returns.json') } });
      expect(page?.extract?.terms['returns.window_days']?.value).toBe(45);

      let from = site.requests.length;
      const week = await scanOnce(first.business);
      expect(week.rendered).toBe(0);
      expect(returnsOf(week.business)?.status).toBe('unchanged');
      const asked = site.requests.slice(from).filter((r) => r.path === '/pages/returns' || r.path === '/api/pages/returns.json');
      expect(asked.map((r) => [r.path, r.headers['if-none-match'] !== undefined])).toEqual(
        expect.arrayContaining([
          ['/pages/returns', true],
          ['/api/pages/returns.json', true],
        ]),
      );
      expect(asked).toHaveLength(2);

      // The app's content now says 60 days behind the same page: read from the endpoint's answer, still no render.
      routes['/api/pages/returns.json'] = { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ html: RETURNS_POLICY_HTML.replace('within 45 days', 'within 60 days') }) };
      from = site.requests.length;
      const changed = await scanOnce(first.business);
      expect(changed.rendered).toBe(0);
      expect(returnsOf(changed.business)).toMatchObject({ status: 'ok', textFrom: 'endpoint' });
      expect(returnsOf(changed.business)?.extract?.terms['returns.window_days']?.value).toBe(60);
      expect(site.requests.slice(from).filter((r) => r.path === '/api/pages/returns.json')).toHaveLength(1);
    } finally {
      await site.close();
    }
  }, 120_000);
});
