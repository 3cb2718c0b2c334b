import { describe, expect, it } from 'vitest';
import { extractLinks, MAX_LINKS_READ } from '../../src/discover/home-links.js';

describe('extractLinks', () => {
  it('keeps same-site links with their region and text, drops other sites, schemes and fragments', () => {
    const html = `<html><body>
      <header><nav><a href="/shipping">Delivery</a></nav></header>
      <main><a href="/returns#top">returns (body)</a><a href="https://other.test/returns">Returns elsewhere</a>
        <a href="mailto:x@shop.test">mail</a><a href="javascript:void(0)">js</a></main>
      <footer><a href="/returns">Returns &amp; Refunds</a><a href="https://www.shop.test/contact">Contact</a></footer>
    </body></html>`;
    const links = extractLinks(html, 'https://shop.test/');
    const byUrl = Object.fromEntries(links.map((l) => [l.url, l]));
    expect(Object.keys(byUrl).sort()).toEqual(['https://shop.test/returns', 'https://shop.test/shipping', 'https://www.shop.test/contact']);
    expect(byUrl['https://shop.test/returns']).toMatchObject({ region: 'footer', text: 'Returns & Refunds' });
    expect(byUrl['https://shop.test/shipping']).toMatchObject({ region: 'nav', text: 'Delivery' });
  });

  it('C6: a page with 10,000 links reads at most the cap and returns', () => {
    const links = Array.from({ length: 10_000 }, (_, i) => `<a href="/p/${i}">item ${i}</a>`).join('');
    const out = extractLinks(`<body>${links}</body>`, 'https://shop.test/');
    expect(out.length).toBe(MAX_LINKS_READ);
  });
});
