/**
 * Links of a home page, with their text and where they sit (footer, nav, header, body): the first and best source
 * of policy pages. Same-site links only, fragments dropped, and a cap so a page with 10,000 links stays cheap (C6).
 */
// htmlparser2 (cheerio/slim), not parse5: a storefront home page (40–150 KB, mostly inline scripts and JSON) took
// 87 ms to parse with parse5 and 6 ms with htmlparser2, and the links and their regions read the same (issue 12).
import { load } from 'cheerio/slim';
import { domWithinDepth } from '../fetch/html-depth.js';
import type { LinkRegion } from './link-patterns.js';

export interface HomeLink {
  readonly url: string;
  readonly text: string;
  readonly region: LinkRegion;
}

/** Links read from one page at most; shops have a few hundred, a link farm is not worth more (C6). */
export const MAX_LINKS_READ = 3000;

/** Region selectors, most telling first: a link inside a footer that also sits in a nav counts as footer. */
export const REGION_SELECTORS: readonly [LinkRegion, string][] = [
  ['footer', 'footer, [role="contentinfo"], #footer, .footer, .site-footer'],
  ['nav', 'nav, [role="navigation"], .nav, .menu'],
  ['header', 'header, [role="banner"]'],
];

/** Region order when one URL is linked several times: keep the most telling place. */
const REGION_RANK: Record<LinkRegion, number> = { footer: 3, nav: 2, header: 1, body: 0 };

/** Same site: same host, ignoring a leading "www.", and the same port. */
export function isSameSite(url: URL, site: URL): boolean {
  const strip = (host: string) => host.replace(/^www\./i, '').toLowerCase();
  return strip(url.hostname) === strip(site.hostname) && url.port === site.port;
}

/** Absolute http(s) URL of an href on the same site as `base`, without its fragment; undefined otherwise. */
export function resolveSameSite(href: string, base: URL): string | undefined {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  if (!isSameSite(url, base)) return undefined;
  url.hash = '';
  return url.href;
}

/**
 * Same-site links of an HTML page, one per URL, with the most telling region and text. A page nested deeper than
 * MAX_HTML_DEPTH gives none: cheerio's parse of it is quadratic and `.text()` recursive (issue 12), and discovery
 * still has the sitemaps and well-known paths.
 */
export function extractLinks(html: string, pageUrl: string): HomeLink[] {
  const base = new URL(pageUrl);
  // One pass builds the tree and checks the depth (a separate depth pass tokenized every home page twice).
  const dom = domWithinDepth(html);
  if (!dom) return [];
  const $ = load(dom);
  const baseHref = $('base[href]').attr('href');
  const resolveBase = baseHref ? safeUrl(baseHref, base) ?? base : base;
  const regionOf = new Map<unknown, LinkRegion>();
  for (const [region, selector] of REGION_SELECTORS) {
    $(selector)
      .find('a[href]')
      .each((_, el) => {
        if (!regionOf.has(el)) regionOf.set(el, region);
      });
  }
  const byUrl = new Map<string, HomeLink>();
  $('a[href]')
    .slice(0, MAX_LINKS_READ)
    .each((_, el) => {
      const node = $(el);
      const url = resolveSameSite(node.attr('href') ?? '', resolveBase);
      if (!url || url === base.href) return;
      const text = (node.text() || node.attr('aria-label') || node.attr('title') || '').replace(/\s+/g, ' ').trim();
      const region = regionOf.get(el) ?? 'body';
      const seen = byUrl.get(url);
      if (!seen || REGION_RANK[region] > REGION_RANK[seen.region] || (!seen.text && text)) {
        byUrl.set(url, { url, text: text || seen?.text || '', region });
      }
    });
  return [...byUrl.values()];
}

function safeUrl(href: string, base: URL): URL | undefined {
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}
