import { describe, expect, it } from 'vitest';
import { parseSitemap, sitemapChildRank, SITEMAP_MAX_URLS } from '../../src/discover/sitemap.js';

describe('parseSitemap', () => {
  it('reads a urlset, entity-decoded, with CDATA and namespaces', () => {
    const xml = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://shop.test/returns?a=1&amp;b=2</loc></url>
      <url><loc><![CDATA[https://shop.test/shipping]]></loc></url></urlset>`;
    expect(parseSitemap(xml)).toEqual({ kind: 'urlset', locs: ['https://shop.test/returns?a=1&b=2', 'https://shop.test/shipping'], truncated: false });
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
