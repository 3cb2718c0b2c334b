/**
 * Discovery against real loopback sites and the real polite fetcher: the C6 limits (self-listing sitemap index,
 * gzip-bomb sitemap, a home page with 10,000 links, crawl.maxPagesPerSite), robots rules before any discovered URL,
 * well-known paths probed only when nothing else was found, and one page serving several categories.
 */
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema, type CrawlConfig } from '../../src/config/config-schema.js';
import { DAY_MS } from '../../src/days.js';
import { discoverPages, type DiscoverInput, type Discovery } from '../../src/discover/discover-pages.js';
import { createRequestBudget } from '../../src/discover/request-budget.js';
import { SITEMAP_MAX_BYTES, SITEMAP_MAX_FILES } from '../../src/discover/sitemap.js';
import { createFetcher } from '../../src/fetch/fetch-page.js';
import type { PageFetcher } from '../../src/fetch/fetch-types.js';
import { DISCOVERY_RULES } from '../../src/discover/discovery-rules.js';
import type { HomeState } from '../../src/model.js';
import type { ExtractResult } from '../../src/terms.js';
import { VERSION } from '../../src/version.js';
import { startSite, type LoopbackServer, type Route } from '../helpers/loopback-server.js';

function crawlConfig(extra: Record<string, unknown> = {}): CrawlConfig {
  return configSchema.parse({
    you: { name: 'T', site: 'http://127.0.0.1/' },
    crawl: { delayMs: 0, jitterMs: 0, retries: 0, concurrencyPerHost: 2, allowPrivateNetworks: true, ...extra },
  }).crawl;
}

const servers: LoopbackServer[] = [];
const fetchers: PageFetcher[] = [];
afterEach(async () => {
  await Promise.all(fetchers.splice(0).map((f) => f.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function discover(routes: Record<string, Route>, extra: Record<string, unknown> = {}, input: Partial<DiscoverInput> = {}) {
  const site = await startSite(routes);
  servers.push(site);
  const crawl = crawlConfig(extra);
  const fetcher = createFetcher({ crawl, userAgent: 'servicediff-test/1.0' });
  fetchers.push(fetcher);
  const budget = createRequestBudget(crawl.maxPagesPerSite);
  const discovery = await discoverPages({ site: site.origin + '/', crawl, fetcher, budget, ...input });
  return { site, discovery, budget };
}

const dynamicXml =
  (make: (origin: string) => string): Route =>
  (req, res) => {
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.end(make(`http://${req.headers.host}`));
  };

describe('discoverPages', () => {
  it('ranks footer links and sitemap entries per category and keeps reasons; an FAQ serves several categories', async () => {
    const { site, discovery } = await discover({
      '/': `<html><body><a href="/products/mug-1">Mug</a><footer><a href="/pages/returns-refunds">Returns &amp; Refunds</a>
        <a href="/faq">FAQ</a><a href="/contact-us">Contact us</a></footer></body></html>`,
      '/sitemap.xml': dynamicXml((o) => `<urlset><url><loc>${o}/policies/shipping-policy</loc></url><url><loc>${o}/blog/shipping-day</loc></url></urlset>`),
    });
    expect(discovery.ranked.returns[0]!.url).toBe(site.url('/pages/returns-refunds'));
    expect(discovery.ranked.returns[0]!.reasons.returns).toEqual(["footer link 'Returns & Refunds'"]);
    expect(discovery.ranked.shipping[0]!.url).toBe(site.url('/policies/shipping-policy'));
    expect(discovery.ranked.shipping[0]!.reasons.shipping).toEqual(['sitemap entry /policies/shipping-policy']);
    expect(discovery.ranked.support[0]!.url).toBe(site.url('/contact-us'));
    const faq = site.url('/faq');
    expect(['returns', 'shipping', 'support'].every((c) => discovery.ranked[c as 'returns'].some((x) => x.url === faq))).toBe(true);
    const all = Object.values(discovery.ranked).flat().map((c) => c.url);
    expect(all.some((u) => /products|blog/.test(u))).toBe(false);
  });

  it('probes well-known paths only for categories nothing else found', async () => {
    const { site, discovery } = await discover({
      '/': '<html><body><footer><a href="/returns">Returns</a></footer></body></html>',
      '/policies/shipping-policy': '<html><body><h1>Shipping</h1></body></html>',
    });
    expect(discovery.ranked.shipping[0]).toMatchObject({ url: site.url('/policies/shipping-policy'), source: 'slug' });
    expect(discovery.prefetched.get(site.url('/policies/shipping-policy'))?.ok).toBe(true);
    const probed = site.requests.map((r) => r.path);
    expect(probed).not.toContain('/policies/refund-policy'); // returns was found by a link
    expect(probed).toContain('/warranty');
  });

  it('the per-site probe budget is spent on guesses that find nothing: a guarantee page at its first guess is found after returns took three guesses and warranty two', async () => {
    const policy = (h: string) => `<html><body><main><h1>${h}</h1></main></body></html>`;
    const { site, discovery } = await discover({
      '/': '<html><body><footer><a href="/pages/shipping">Shipping</a><a href="/contact">Contact</a></footer></body></html>',
      '/pages/returns': policy('Returns'),
      '/guarantee': policy('Our guarantee'),
    });
    const paths = site.requests.map((r) => r.path);
    // Four guesses found nothing (returns' first two, warranty's two); the hit at /pages/returns spent none of the five.
    expect(paths).toEqual(expect.arrayContaining(['/policies/refund-policy', '/returns', '/pages/returns', '/warranty', '/pages/warranty', '/guarantee']));
    expect(discovery.ranked.returns[0]).toMatchObject({ url: site.url('/pages/returns'), source: 'slug' });
    expect(discovery.ranked.guarantee[0]).toMatchObject({ url: site.url('/guarantee'), source: 'slug' });
  });

  it('a page named for the category ranks above shared pages however it was found: sitemap /pages/shipping before the footer FAQ', async () => {
    const { site, discovery } = await discover({
      '/': `<html><body><footer><a href="/pages/faq">FAQ</a><a href="/help/returns">Returns</a></footer></body></html>`,
      '/sitemap.xml': dynamicXml((o) => `<urlset><url><loc>${o}/pages/shipping</loc></url><url><loc>${o}/support</loc></url></urlset>`),
    });
    expect(discovery.ranked.shipping[0]!.url).toBe(site.url('/pages/shipping'));
    // The returns article lives in a help folder: the sitemap's /support is the better support page.
    const support = discovery.ranked.support.map((c) => c.url);
    expect(support).toContain(site.url('/support'));
    expect(support.indexOf(site.url('/support'))).toBeLessThan(support.indexOf(site.url('/help/returns')));
    expect(discovery.ranked.returns[0]!.url).toBe(site.url('/help/returns'));
  });

  it("among pages named for a category, one whose last reading stated its terms ranks first: 'Customer service' at an opaque slug before a 'FAQ' that stated none", async () => {
    const home = `<html><body><footer><a href="/pages/faq">FAQ</a><a href="/pages/p-7k2x">Customer service</a></footer></body></html>`;
    // By names alone the FAQ link (its text and its slug both name support) outranks the opaque slug.
    const named = await discover({ '/': home });
    expect(named.discovery.ranked.support.map((c) => new URL(c.url).pathname)).toEqual(['/pages/faq', '/pages/p-7k2x']);
    // Its last reading stated no term; the customer-service page's stated support hours.
    const readings: Record<string, ExtractResult> = {
      '/pages/faq': { url: null, category: ['support'], terms: {} },
      '/pages/p-7k2x': { url: null, category: ['support'], terms: { 'support.hours': [] } as unknown as ExtractResult['terms'] },
    };
    const read = await discover({ '/': home }, {}, { lastReading: (url: string) => readings[new URL(url).pathname] });
    expect(read.discovery.ranked.support.map((c) => new URL(c.url).pathname)).toEqual(['/pages/p-7k2x', '/pages/faq']);
    // The FAQ still serves the categories it may cover.
    expect(read.discovery.ranked.returns.map((c) => new URL(c.url).pathname)).toContain('/pages/faq');
  });

  it('a footer link robots.txt refuses answers no category: the readable page at the third well-known path is probed and ranked first', async () => {
    const { site, discovery } = await discover({
      '/robots.txt': 'User-agent: *\nDisallow: /policies/\n',
      '/': '<html><body><footer><a href="/policies/refund-policy">Refund policy</a><a href="/contact">Contact</a><a href="/pages/shipping">Shipping</a></footer></body></html>',
      '/pages/returns': '<html><body><main><h1>Returns</h1><p>Send it back within 30 days for a refund.</p></main></body></html>',
    });
    expect(discovery.ranked.returns[0]).toMatchObject({ url: site.url('/pages/returns'), source: 'slug' });
    const paths = site.requests.map((r) => r.path);
    // The refused platform path spent no probe and no request: /returns and /pages/returns were the two tried.
    expect(paths).not.toContain('/policies/refund-policy');
    expect(paths).toEqual(expect.arrayContaining(['/returns', '/pages/returns']));
  });

  it('a storefront index that lists many product files before its pages file: the pages file is read within the file cap', async () => {
    const products = Array.from({ length: SITEMAP_MAX_FILES + 2 }, (_, i) => `/sitemap_products_${i + 1}.xml`);
    const routes: Record<string, Route> = {
      '/robots.txt': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`User-agent: *\nSitemap: http://${req.headers.host}/sitemap.xml\n`);
      },
      '/': '<html><body></body></html>',
      '/sitemap.xml': dynamicXml((o) => `<sitemapindex>${[...products, '/sitemap_pages_1.xml'].map((p) => `<sitemap><loc>${o}${p}</loc></sitemap>`).join('')}</sitemapindex>`),
      '/sitemap_pages_1.xml': dynamicXml((o) => `<urlset><url><loc>${o}/pages/product-warranty</loc></url></urlset>`),
    };
    for (const p of products) routes[p] = dynamicXml((o) => `<urlset><url><loc>${o}/products${p.replace('.xml', '')}</loc></url></urlset>`);
    const { site, discovery } = await discover(routes);
    expect(discovery.ranked.warranty[0]?.url).toBe(site.url('/pages/product-warranty'));
    expect(site.requests.filter((r) => r.path.startsWith('/sitemap')).length).toBeLessThanOrEqual(SITEMAP_MAX_FILES);
  });

  it('C6: a sitemap index that lists itself is read once', async () => {
    const { site } = await discover({
      '/': '<html><body></body></html>',
      '/robots.txt': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`User-agent: *\nAllow: /\nSitemap: http://${req.headers.host}/sitemap_index.xml\n`);
      },
      '/sitemap_index.xml': dynamicXml(
        (o) => `<sitemapindex><sitemap><loc>${o}/sitemap_index.xml</loc></sitemap><sitemap><loc>${o}/sitemap_index.xml</loc></sitemap></sitemapindex>`,
      ),
    });
    expect(site.requests.filter((r) => r.path === '/sitemap_index.xml')).toHaveLength(1);
  });

  it('C6: a gzip-bomb sitemap is stopped at the byte cap and discovery goes on', async () => {
    const bomb = gzipSync(Buffer.alloc(SITEMAP_MAX_BYTES * 3, 0x20));
    const { site, discovery } = await discover({
      '/': '<html><body><footer><a href="/returns">Returns</a></footer></body></html>',
      '/robots.txt': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`User-agent: *\nSitemap: http://${req.headers.host}/sitemap.xml.gz\n`);
      },
      '/sitemap.xml.gz': { headers: { 'content-type': 'application/gzip' }, body: bomb },
    });
    expect(site.requests.some((r) => r.path === '/sitemap.xml.gz')).toBe(true);
    expect(discovery.notes.some((n) => n.includes('/sitemap.xml.gz'))).toBe(true);
    expect(discovery.ranked.returns[0]!.url).toBe(site.url('/returns'));
  });

  it('C6: a home page with 10,000 links and a 60,000-URL sitemap stay within crawl.maxPagesPerSite', async () => {
    const links = Array.from({ length: 10_000 }, (_, i) => `<a href="/help/returns-${i}">Returns option ${i}</a>`).join('');
    const maxPagesPerSite = 12;
    const { site, discovery, budget } = await discover(
      {
        '/': `<html><body>${links}</body></html>`,
        '/sitemap.xml': dynamicXml((o) => `<urlset>${Array.from({ length: 60_000 }, (_, i) => `<url><loc>${o}/p/${i}</loc></url>`).join('')}</urlset>`),
      },
      { maxPagesPerSite },
    );
    expect(budget.used).toBeLessThanOrEqual(maxPagesPerSite);
    expect(discovery.ranked.returns.length).toBeLessThanOrEqual(crawlConfig().pagesPerCategory + 2);
    // robots.txt and the fetcher's one soft-404 probe (a random path) are outside discovery's budget; nothing else is.
    expect(site.requests.filter((r) => r.path !== '/robots.txt').length).toBeLessThanOrEqual(maxPagesPerSite + 1);
  });

  it('C6: robots rules are checked before any discovered URL is fetched', async () => {
    const { site } = await discover({
      '/robots.txt': 'User-agent: *\nDisallow: /policies/\n',
      '/': '<html><body></body></html>',
    });
    // /policies/refund-policy and /policies/shipping-policy are well-known probes, disallowed: never requested.
    expect(site.requests.some((r) => r.path.startsWith('/policies/'))).toBe(false);
    expect(site.requests.some((r) => r.path === '/returns')).toBe(true);
  });
});

describe('discoverPages on a re-scan: the stored home page is tied to the discovery rules that read it', () => {
  /** Discovery with the home page the last scan remembered. */
  async function rediscover(site: LoopbackServer, home: HomeState) {
    const crawl = crawlConfig();
    const fetcher = createFetcher({ crawl, userAgent: 'servicediff-test/1.0' });
    fetchers.push(fetcher);
    const from = site.requests.length;
    const discovery = await discoverPages({ site: site.origin + '/', crawl, fetcher, budget: createRequestBudget(crawl.maxPagesPerSite), home });
    return { discovery, homeAsked: site.requests.slice(from).filter((r) => r.path === '/') };
  }

  it('links read under today’s rules are reused on 304; links read under other rules are read again from the page', async () => {
    const routes: Record<string, Route> = {
      '/': '<html><body><a href="/products/linen-throw">Linen throw</a><footer><a href="/pages/returns-policy">Returns policy</a></footer></body></html>',
      '/pages/returns-policy': '<p>Returns</p>',
    };
    const site = await startSite(routes, { validators: true });
    servers.push(site);
    const first = await rediscover(site, { url: site.url('/'), links: [] });
    expect(first.discovery.home).toMatchObject({ rules: DISCOVERY_RULES, etag: expect.any(String) });
    const home = first.discovery.home!;
    // Only the links that are candidates are remembered: the product link would score to nothing again.
    expect(home.links.map((l) => l.url)).toEqual([site.url('/pages/returns-policy')]);
    // What the stored links say, not what the page says, shows which were used.
    const stale: HomeState = { ...home, links: [{ url: site.url('/pages/old-returns'), text: 'Returns', region: 'footer' }] };

    const same = await rediscover(site, stale);
    expect(same.homeAsked.map((r) => r.headers['if-none-match'])).toEqual([home.etag]);
    expect(same.discovery.ranked.returns.map((c) => c.url)).toContain(site.url('/pages/old-returns'));

    // The same stored links from an earlier servicediff whose link reading differed: the page is asked for in full.
    const upgraded = await rediscover(site, { ...stale, rules: '0.0.1+000000000000' });
    expect(upgraded.homeAsked.map((r) => r.headers['if-none-match'])).toEqual([undefined]);
    expect(upgraded.discovery.ranked.returns.map((c) => c.url)).toEqual([site.url('/pages/returns-policy')]);
    expect(upgraded.discovery.home?.rules).toBe(DISCOVERY_RULES);
    // Stored before the rules were recorded: likewise.
    const { rules: _rules, ...unversioned } = stale;
    expect((await rediscover(site, unversioned)).homeAsked.map((r) => r.headers['if-none-match'])).toEqual([undefined]);
  });

  it('last week’s pages are asked conditionally right after robots.txt, before the sitemap’s pages file, once each, and handed over as prefetched', async () => {
    const routes: Record<string, Route> = {
      '/': '<html><body><footer><a href="/pages/returns">Returns</a></footer></body></html>',
      '/pages/returns': '<html><body><main><h1>Returns</h1></main></body></html>',
      '/pages/shipping': '<html><body><main><h1>Shipping</h1></main></body></html>',
    };
    const site = await startSite(routes, { validators: true });
    servers.push(site);
    routes['/robots.txt'] = `User-agent: *\nSitemap: ${site.url('/sitemap_index.xml')}\n`;
    routes['/sitemap_index.xml'] = `<sitemapindex><sitemap><loc>${site.url('/page-sitemap.xml')}</loc></sitemap></sitemapindex>`;
    routes['/page-sitemap.xml'] = `<urlset><url><loc>${site.url('/pages/shipping')}</loc></url></urlset>`;
    // One request at a time to the host, so the order the server sees is the order they were queued in; the sitemaps
    // are read at every scan (recheckMissingDays 0), so their order is seen too.
    const crawl = crawlConfig({ concurrencyPerHost: 1, recheckMissingDays: 0 });
    const scan = async (previous?: { home: HomeState; sitemaps: Discovery['sitemaps']; etags: Map<string, string> }) => {
      const fetcher = createFetcher({ crawl, userAgent: 'servicediff-test/1.0' });
      fetchers.push(fetcher);
      const from = site.requests.length;
      const discovery = await discoverPages({
        site: site.origin + '/',
        crawl,
        fetcher,
        budget: createRequestBudget(crawl.maxPagesPerSite),
        ...(previous
          ? {
              home: previous.home,
              ...(previous.sitemaps ? { sitemaps: previous.sitemaps } : {}),
              revalidate: (url: string) => {
                const etag = previous.etags.get(url);
                return etag ? { of: 'page' as const, ask: () => fetcher.fetch(url, { validators: { etag } }) } : undefined;
              },
            }
          : {}),
      });
      return { discovery, fetcher, requests: site.requests.slice(from) };
    };
    const first = await scan();
    const etags = new Map<string, string>();
    for (const path of ['/pages/returns', '/pages/shipping']) {
      const outcome = await first.fetcher.fetch(site.url(path));
      if (outcome.ok && outcome.page.etag) etags.set(site.url(path), outcome.page.etag);
    }
    expect(etags.size).toBe(2);

    const again = await scan({ home: first.discovery.home!, sitemaps: first.discovery.sitemaps, etags });
    const paths = again.requests.map((r) => r.path);
    // (The other categories' well-known paths are probed as before.)
    const asked = again.requests.filter((r) => r.path === '/pages/returns' || r.path === '/pages/shipping');
    expect(asked.map((r) => r.path).sort()).toEqual(['/pages/returns', '/pages/shipping']);
    expect(paths.indexOf('/pages/returns')).toBeLessThan(paths.indexOf('/page-sitemap.xml'));
    expect(paths.indexOf('/pages/shipping')).toBeLessThan(paths.indexOf('/page-sitemap.xml'));
    for (const r of asked) expect(r.headers['if-none-match']).toBe(etags.get(site.url(r.path)));
    for (const url of etags.keys()) {
      const outcome = again.discovery.prefetched.get(url);
      expect(outcome?.ok && outcome.page.notModified).toBe(true);
    }
    expect(again.discovery.ranked.returns[0]!.url).toBe(site.url('/pages/returns'));
    expect(again.discovery.ranked.shipping[0]!.url).toBe(site.url('/pages/shipping'));
  });
});

describe('discoverPages on a re-scan: sitemaps are discovery, read again only when something may have changed', () => {
  /** A shop whose robots.txt names a sitemap index; its shipping page is listed only in the sitemap's pages file. */
  async function shop() {
    const routes: Record<string, Route> = {
      '/': '<html><body><footer><a href="/pages/returns">Returns</a></footer></body></html>',
      '/pages/returns': '<p>Returns</p>',
      '/pages/delivery-info': '<p>Shipping</p>',
    };
    const site = await startSite(routes, { validators: true });
    servers.push(site);
    routes['/robots.txt'] = `User-agent: *\nSitemap: ${site.url('/sitemap_index.xml')}\n`;
    routes['/sitemap_index.xml'] = `<sitemapindex><sitemap><loc>${site.url('/page-sitemap.xml')}</loc></sitemap></sitemapindex>`;
    routes['/page-sitemap.xml'] = `<urlset><url><loc>${site.url('/pages/delivery-info')}</loc></url></urlset>`;
    return { site, routes };
  }
  async function scan(site: LoopbackServer, previous?: Pick<Discovery, 'home' | 'sitemaps' | 'missing'>, now?: Date) {
    const crawl = crawlConfig();
    const fetcher = createFetcher({ crawl, userAgent: 'servicediff-test/1.0' });
    fetchers.push(fetcher);
    const from = site.requests.length;
    const missing = new Set(previous?.missing ?? []);
    const discovery = await discoverPages({
      site: site.origin + '/',
      crawl,
      fetcher,
      budget: createRequestBudget(crawl.maxPagesPerSite),
      ...(previous?.home ? { home: previous.home } : {}),
      ...(previous?.sitemaps ? { sitemaps: previous.sitemaps } : {}),
      skipProbe: (url) => missing.has(url),
      ...(now ? { now } : {}),
    });
    return { discovery, paths: site.requests.slice(from).map((r) => r.path) };
  }
  const sitemapAsks = (paths: readonly string[]) => paths.filter((p) => p.includes('sitemap'));

  it('while the home page answers 304 and the sitemaps were read within crawl.recheckMissingDays, none is asked and their entries stand', async () => {
    const { site } = await shop();
    const first = await scan(site);
    expect(sitemapAsks(first.paths)).toEqual(['/sitemap_index.xml', '/page-sitemap.xml']);
    expect(first.discovery.sitemaps?.every((file) => typeof file.readAt === 'string')).toBe(true);

    const week = await scan(site, first.discovery, new Date(Date.now() + 7 * DAY_MS));
    expect(sitemapAsks(week.paths)).toEqual([]);
    // The page listed only in the sitemap is still the shipping page, from the remembered entries.
    expect(week.discovery.ranked.shipping[0]?.url).toBe(site.url('/pages/delivery-info'));
    expect(week.discovery.notes.join('\n')).toMatch(/sitemaps not asked: the home page is unchanged/);
    // Remembered as they were, so the days count from the last reading, not from this scan.
    expect(week.discovery.sitemaps).toEqual(first.discovery.sitemaps);
  });

  it('a changed home page has the sitemaps read again, and so has the days passing', async () => {
    const { site, routes } = await shop();
    const first = await scan(site);
    const month = await scan(site, first.discovery, new Date(Date.now() + 29 * DAY_MS));
    expect(sitemapAsks(month.paths)).toEqual(['/sitemap_index.xml', '/page-sitemap.xml']);

    routes['/'] = '<html><body><footer><a href="/pages/returns">Returns</a> <a href="/pages/faq">FAQ</a></footer></body></html>';
    const changed = await scan(site, first.discovery);
    expect(changed.paths).toContain('/');
    expect(sitemapAsks(changed.paths)).toEqual(['/sitemap_index.xml', '/page-sitemap.xml']);
  });

  it('a sitemap robots.txt names for the first time is read at once', async () => {
    const { site, routes } = await shop();
    const first = await scan(site);
    routes['/robots.txt'] = `User-agent: *\nSitemap: ${site.url('/sitemap_index.xml')}\nSitemap: ${site.url('/help-sitemap.xml')}\n`;
    routes['/help-sitemap.xml'] = `<urlset><url><loc>${site.url('/help/warranty')}</loc></url></urlset>`;
    const next = await scan(site, first.discovery);
    expect(sitemapAsks(next.paths)).toContain('/help-sitemap.xml');
    expect(next.discovery.ranked.warranty[0]?.url).toBe(site.url('/help/warranty'));
  });

  it('a guessed /sitemap.xml that answered 404 is missing like a well-known path: not guessed again while recent', async () => {
    const site = await startSite({ '/': '<html><body><footer><a href="/pages/returns">Returns</a></footer></body></html>', '/pages/returns': '<p>Returns</p>' }, { validators: true });
    servers.push(site);
    const first = await scan(site);
    expect(first.paths).toContain('/sitemap.xml');
    expect(first.discovery.missing).toContain(site.url('/sitemap.xml'));
    const next = await scan(site, first.discovery);
    expect(next.paths).not.toContain('/sitemap.xml');
    expect(next.discovery.notes.join('\n')).toMatch(/no sitemap read: .*sitemap\.xml was missing at a recent scan/);
  });
});

describe('DISCOVERY_RULES', () => {
  it('names the servicediff version and a hash of the reading tables', () => {
    expect(DISCOVERY_RULES).toMatch(new RegExp(`^${VERSION.replace(/\./g, '\\.')}\\+[0-9a-f]{12}$`));
  });
});
