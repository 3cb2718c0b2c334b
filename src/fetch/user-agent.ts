/** The User-Agent every request sends: names the product and a page for site owners (C5, RFC 9309 §2.2.1). */
import { PRODUCT_TOKEN, PRODUCT_URL } from '../config/defaults.js';
import type { CrawlConfig } from '../config/config-schema.js';
import { VERSION } from '../version.js';

/** `servicediff/<version> (+PRODUCT_URL)`, or crawl.userAgent when the user set one. */
export function userAgentFor(crawl: Pick<CrawlConfig, 'userAgent'>): string {
  return crawl.userAgent ?? `${PRODUCT_TOKEN}/${VERSION} (+${PRODUCT_URL})`;
}
