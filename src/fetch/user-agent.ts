/** The User-Agent every request sends: names the product and a page for site owners (C5, RFC 9309 §2.2.1). */
import { readFileSync } from 'node:fs';
import { PRODUCT_TOKEN, PRODUCT_URL } from '../config/defaults.js';
import type { CrawlConfig } from '../config/config-schema.js';

/** servicediff's version from package.json (one source), "0.0.0" when it cannot be read. */
export function productVersion(): string {
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const version: unknown = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** `servicediff/<version> (+PRODUCT_URL)`, or crawl.userAgent when the user set one. */
export function userAgentFor(crawl: Pick<CrawlConfig, 'userAgent'>): string {
  return crawl.userAgent ?? `${PRODUCT_TOKEN}/${productVersion()} (+${PRODUCT_URL})`;
}
