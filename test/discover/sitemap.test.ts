import { describe, expect, it } from 'vitest';
import { createRequestBudget } from '../../src/discover/request-budget.js';
import { parseSitemap, readSitemaps, sitemapChildRank, SITEMAP_MAX_URLS } from '../../src/discover/sitemap.js';
import type { SitemapState } from '../../src/model.js';
import { closedAfterEach } from '../fetch/fetch-test-config.js';
import { startSite, type LoopbackServer, type Route } from '../helpers/loopback-server.js';

describe('parseSitemap', () => {
  it('reads a urlset, entity-decoded, with CDATA and namespaces', () => {
    const xml = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://shop.test/returns?a=1&amp;b=2</loc></url>
      <url><loc><![CDATA[https://shop.test/shipping]]></loc></url></urlset>`;
    expect(parseSitemap(xml)).toEqual({ kind: 'urlset', locs: ['https://shop.test/returns?a=1&b=2', 'https://shop.test/shipping'], truncated: false });
  });

  it("reads an index's <lastmod> per child, only for children that give one", () => {
    const parsed = parseSitemap(
      '<sitemapindex><sitemap><loc>https://s.example/a.xml?x=1&amp;y=2</loc><lastmod> 2026-11-02 </lastmod></sitemap><sitemap><loc>https://s.example/b.xml</loc></sitemap></sitemapindex>',
    );
    expect(parsed.locs).toEqual(['https://s.example/a.xml?x=1&y=2', 'https://s.example/b.xml']);
    expect([...(parsed.lastmods ?? [])]).toEqual([['https://s.example/a.xml?x=1&y=2', '2026-11-02']]);
  });

  it('recognises a sitemap index', () => {
    const xml = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://shop.test/s1.xml</loc></sitemap></sitemapindex>`;
    expect(parseSitemap(xml)).toMatchObject({ kind: 'index', locs: ['https://shop.test/s1.xml'] });
  });

  it('C6: 60,000 entries → the sitemaps.org cap of 50,000 holds and truncation is reported', () => {
    const body = Array.from({ length: 60_000 }, (_, i) => `<url><loc>https://shop.test/p/${i}</loc></url>`).join('');
    const parsed = parseSitemap(`<urlset>${body}</urlset>`);
    expect(parsed.locs.length).toBe(SITEMAP_MAX_URLS);
    expect(parsed.truncated).toBe(true);
  });

  it('plain-text sitemaps and junk', () => {
    expect(parseSitemap('https://shop.test/a\nhttps://shop.test/b\n').locs).toEqual(['https://shop.test/a', 'https://shop.test/b']);
    expect(parseSitemap('\u0000\u0001binary').locs).toEqual([]);
  });
});

describe('sitemapChildRank: which files of an index are read first', () => {
  it.each<[string, number]>([
    ['https://shop.test/sitemap_pages_1.xml', 0],
    ['https://shop.test/page-sitemap.xml', 0],
    ['https://shop.test/sitemap-policies.xml', 0],
    ['https://shop.test/sitemap-2.xml', 1],
    ['https://shop.test/sitemap_products_3.xml?from=10001&to=15000', 2],
    ['https://shop.test/product_cat-sitemap.xml', 2],
    ['https://shop.test/post-sitemap.xml', 2],
    ['https://shop.test/sitemap_blogs_1.xml', 2],
  ])('%s → %i', (url, rank) => {
    expect(sitemapChildRank(url)).toBe(rank);
  });
});

describe('readSitemaps on a re-scan: each file asked conditionally, its remembered entries reused on 304', () => {
  const { fetcher, track } = closedAfterEach();
  const urlset = (site: LoopbackServer, paths: string[]) =>
    `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${site.url(p)}</loc></url>`).join('')}</urlset>`;
  const index = (site: LoopbackServer, paths: string[]) =>
    `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<sitemap><loc>${site.url(p)}</loc></sitemap>`).join('')}</sitemapindex>`;
  /** Only policy-looking URLs are worth remembering (discovery passes its scorer). */
  const remember = (url: string) => !url.includes('/products/');

  async function shop() {
    const routes: Record<string, Route> = {};
    const site = track(await startSite(routes, { validators: true }));
    routes['/sitemap.xml'] = index(site, ['/sitemap_pages_1.xml', '/sitemap_products_1.xml']);
    routes['/sitemap_pages_1.xml'] = urlset(site, ['/pages/returns', '/pages/about-us']);
    routes['/sitemap_products_1.xml'] = urlset(site, ['/products/kettle', '/products/mug']);
    return { routes, site };
  }
  /** The first read is stamped FIRST, every later one AGAIN (SitemapState.readAt: when the server last answered). */
  const FIRST = '2026-11-30T06:00:00.000Z';
  const AGAIN = '2026-12-07T06:00:00.000Z';
  const read = (site: LoopbackServer, previous: readonly SitemapState[] = [], rules = 'r1') => {
    const known = new Map(previous.map((s) => [s.url, s]));
    return readSitemaps([site.url('/sitemap.xml')], new URL(site.origin), fetcher(), createRequestBudget(40), {
      previous: (url) => (known.get(url)?.rules === rules ? known.get(url) : undefined),
      remember,
      rules,
      readAt: previous.length > 0 ? AGAIN : FIRST,
    });
  };

  it('an unchanged sitemap index and its files answer 304 and list the same pages; a urlset remembers only its candidates', async () => {
    const { site } = await shop();
    const first = await read(site);
    expect(first.remembered.map((s) => [new URL(s.url).pathname, s.kind, s.locs.map((u) => new URL(u).pathname)])).toEqual([
      ['/sitemap.xml', 'index', ['/sitemap_pages_1.xml', '/sitemap_products_1.xml']],
      ['/sitemap_pages_1.xml', 'urlset', ['/pages/returns', '/pages/about-us']],
      ['/sitemap_products_1.xml', 'urlset', []],
    ]);
    const from = site.requests.length;
    const second = await read(site, first.remembered);
    expect(site.requests.slice(from).filter((r) => r.path.includes('sitemap')).map((r) => r.headers['if-none-match'])).toEqual([expect.any(String), expect.any(String), expect.any(String)]);
    expect(second.urls.filter(remember).sort()).toEqual(first.urls.filter(remember).sort());
    // As remembered, each stamped with the 304 that confirmed it.
    expect(second.remembered).toEqual(first.remembered.map((file) => ({ ...file, readAt: AGAIN })));
  });

  it('a changed file answers 200 and replaces what was remembered; a page newly listed is found', async () => {
    const { routes, site } = await shop();
    const first = await read(site);
    routes['/sitemap_pages_1.xml'] = urlset(site, ['/pages/returns', '/pages/warranty']);
    const second = await read(site, first.remembered);
    expect(second.urls).toContain(site.url('/pages/warranty'));
    expect(second.urls).not.toContain(site.url('/pages/about-us'));
    expect(second.remembered.find((s) => s.url === site.url('/sitemap_pages_1.xml'))?.locs).toEqual([site.url('/pages/returns'), site.url('/pages/warranty')]);
  });

  describe('an index that dates its files (<lastmod>, sitemaps.org: when that file last changed)', () => {
    const dated = (site: LoopbackServer, files: [string, string][]) =>
      `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${files
        .map(([p, lastmod]) => `<sitemap><loc>${site.url(p)}</loc><lastmod>${lastmod}</lastmod></sitemap>`)
        .join('')}</sitemapindex>`;
    const asked = (site: LoopbackServer, from: number) => site.requests.slice(from).map((r) => r.path).filter((p) => p.includes('sitemap'));

    it('vouches for a file it dates as before: the file is not asked, its remembered entries stand', async () => {
      const { routes, site } = await shop();
      routes['/sitemap.xml'] = dated(site, [['/sitemap_pages_1.xml', '2026-11-02T08:00:00Z'], ['/sitemap_products_1.xml', '2026-12-01T08:00:00Z']]);
      const first = await read(site);
      const from = site.requests.length;
      const second = await read(site, first.remembered);
      expect(asked(site, from)).toEqual(['/sitemap.xml']);
      expect(second.vouched).toBe(2);
      expect(second.urls.sort()).toEqual([site.url('/pages/about-us'), site.url('/pages/returns')]);
      // The index answered again, and the files it vouched for are as current as it is.
      expect(second.remembered).toEqual(first.remembered.map((file) => ({ ...file, readAt: AGAIN })));
    });

    it('a file whose date moved is asked again, and a page newly listed in it is found', async () => {
      const { routes, site } = await shop();
      routes['/sitemap.xml'] = dated(site, [['/sitemap_pages_1.xml', '2026-11-02T08:00:00Z'], ['/sitemap_products_1.xml', '2026-12-01T08:00:00Z']]);
      const first = await read(site);
      routes['/sitemap_pages_1.xml'] = urlset(site, ['/pages/returns', '/pages/about-us', '/pages/warranty']);
      routes['/sitemap.xml'] = dated(site, [['/sitemap_pages_1.xml', '2026-12-06T17:30:00Z'], ['/sitemap_products_1.xml', '2026-12-01T08:00:00Z']]);
      const from = site.requests.length;
      const second = await read(site, first.remembered);
      expect(asked(site, from)).toEqual(['/sitemap.xml', '/sitemap_pages_1.xml']);
      expect(second.urls).toContain(site.url('/pages/warranty'));
      // The next scan vouches for it at its new date.
      const next = site.requests.length;
      await read(site, second.remembered);
      expect(asked(site, next)).toEqual(['/sitemap.xml']);
    });

    it('an index without dates vouches for nothing: every file is asked conditionally', async () => {
      const { site } = await shop();
      const first = await read(site);
      const from = site.requests.length;
      const second = await read(site, first.remembered);
      expect(asked(site, from).sort()).toEqual(['/sitemap.xml', '/sitemap_pages_1.xml', '/sitemap_products_1.xml']);
      expect(second.vouched).toBe(0);
    });
  });

  it('a file that fails keeps its remembered reading for the next scan; one that is gone (404) is forgotten', async () => {
    const { routes, site } = await shop();
    const first = await read(site);
    routes['/sitemap_pages_1.xml'] = { status: 503, body: 'busy' };
    delete routes['/sitemap_products_1.xml'];
    const second = await read(site, first.remembered);
    const kept = first.remembered.find((s) => s.url === site.url('/sitemap_pages_1.xml'));
    expect(second.remembered.find((s) => s.url === site.url('/sitemap_pages_1.xml'))).toEqual(kept);
    expect(second.remembered.some((s) => s.url === site.url('/sitemap_products_1.xml'))).toBe(false);
  });

  it('a catalogue file skipped as recently empty keeps its place under the file cap: no file over the cap is read instead', async () => {
    const routes: Record<string, Route> = {};
    const site = track(await startSite(routes, { validators: true }));
    const products = Array.from({ length: 8 }, (_, i) => `/sitemap_products_${i + 1}.xml`);
    routes['/sitemap.xml'] = index(site, [...products, '/sitemap_pages_1.xml']);
    routes['/sitemap_pages_1.xml'] = urlset(site, ['/pages/returns']);
    for (const [i, file] of products.entries()) routes[file] = urlset(site, [`/products/item-${i}`]);
    const readWith = (skip: (url: string) => boolean) =>
      readSitemaps([site.url('/sitemap.xml')], new URL(site.origin), fetcher(), createRequestBudget(40), { remember, skip });
    const first = await readWith(() => false);
    // The index, the pages file, then product files up to SITEMAP_MAX_FILES (6).
    expect(first.files.map((u) => new URL(u).pathname)).toEqual(['/sitemap.xml', '/sitemap_pages_1.xml', ...products.slice(0, 4)]);
    // The product files read listed no policy page: the next scan skips them and reads no other product file.
    const empty = new Set(first.catalogue.map((f) => f.url));
    const second = await readWith((url) => empty.has(url));
    expect(second.files.map((u) => new URL(u).pathname)).toEqual(['/sitemap.xml', '/sitemap_pages_1.xml']);
    expect(second.skipped).toBe(4);
    expect(second.urls).toEqual([site.url('/pages/returns')]);
  });

  it('files remembered under other discovery rules are asked for unconditionally and read afresh', async () => {
    const { site } = await shop();
    const first = await read(site, [], 'r1');
    const from = site.requests.length;
    const second = await read(site, first.remembered, 'r2');
    expect(site.requests.slice(from).filter((r) => r.path.includes('sitemap')).map((r) => r.headers['if-none-match'])).toEqual([undefined, undefined, undefined]);
    expect(second.remembered.every((s) => s.rules === 'r2')).toBe(true);
  });
});

describe('readSitemaps: what its notes say of a file it could not read', () => {
  const { fetcher, track } = closedAfterEach();

  it('a sitemap the site does not have (a 404 in HTML) is "none at /sitemap.xml (404)", not a complaint about its type', async () => {
    // The loopback server answers an unknown path 404 with a text/html not-found page, as shops do.
    const site = track(await startSite({}));
    const reading = await readSitemaps([site.url('/sitemap.xml')], new URL(site.origin), fetcher(), createRequestBudget(5));
    expect(reading.notes).toEqual(['sitemap: none at /sitemap.xml (404)']);
    expect(reading.absent).toEqual([site.url('/sitemap.xml')]);
  });

  it('a file that answered, but not as a sitemap, is named with its type', async () => {
    const site = track(await startSite({ '/sitemap.xml': { headers: { 'content-type': 'image/png' }, body: Buffer.from([0x89, 0x50]) } }));
    const reading = await readSitemaps([site.url('/sitemap.xml')], new URL(site.origin), fetcher(), createRequestBudget(5));
    expect(reading.notes).toEqual([`sitemap ${site.url('/sitemap.xml')}: ${site.url('/sitemap.xml')}: image/png is not read as a sitemap (status 200)`]);
  });
});
