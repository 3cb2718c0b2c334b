/** Which media types are read for which purpose (B6): pages are HTML or text, sitemaps XML (or gzip), data JSON. */
import type { FetchOptions } from './fetch-types.js';

export type Purpose = NonNullable<FetchOptions['purpose']>;

/** Accepted media types per purpose; anything else is "unsupported-type". */
const ACCEPTED: Record<Purpose, ReadonlySet<string>> = {
  page: new Set(['text/html', 'application/xhtml+xml', 'text/plain']),
  sitemap: new Set([
    'application/xml',
    'text/xml',
    'application/rss+xml',
    'application/atom+xml',
    'text/plain', // sitemaps.org allows one URL per line
    'application/gzip', // sitemap.xml.gz served as a file
    'application/x-gzip',
  ]),
  robots: new Set(['text/plain']),
  // A JSON endpoint a page's widget names (crawl/embedded-text.ts).
  data: new Set(['application/json', 'text/json']),
};

/** Media type without parameters, lower case; "" when the header is missing. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetParam(header: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(header ?? '');
  return match?.[1]?.toLowerCase();
}

/**
 * Is this media type readable for the purpose? A missing Content-Type is accepted (the body is sniffed as text);
 * robots.txt is accepted whatever its type, as crawlers do (servers often send text/html for it).
 */
export function isAcceptedType(type: string, purpose: Purpose): boolean {
  if (type === '' || purpose === 'robots') return true;
  if (purpose === 'sitemap' && type.endsWith('+xml')) return true;
  if (purpose === 'data' && type.endsWith('+json')) return true;
  return ACCEPTED[purpose].has(type);
}

/** true for gzip-wrapped bodies (sitemap.xml.gz) that must be gunzipped after the transfer decoding. */
export function isGzipFile(type: string, url: string): boolean {
  return type === 'application/gzip' || type === 'application/x-gzip' || /\.gz$/i.test(new URL(url).pathname);
}
