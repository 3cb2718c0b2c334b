/** Fast, loopback-friendly crawl settings for fetch tests: tiny timeouts and backoff, private networks allowed. */
import type { CrawlConfig } from '../../src/config/config-schema.js';
import { CRAWL_DEFAULTS } from '../../src/config/defaults.js';
import type { FetchRuntime } from '../../src/fetch/fetch-types.js';
import { userAgentFor } from '../../src/fetch/user-agent.js';

export function testCrawl(overrides: Partial<CrawlConfig> = {}): CrawlConfig {
  return {
    ...CRAWL_DEFAULTS,
    concurrency: 8,
    delayMs: 0,
    jitterMs: 0,
    connectTimeoutMs: 2_000,
    firstByteTimeoutMs: 2_000,
    timeoutMs: 4_000,
    backoffMs: 10,
    retries: 2,
    allowPrivateNetworks: true,
    insecureTlsHosts: [],
    ...overrides,
  };
}

export function testRuntime(overrides: Partial<CrawlConfig> = {}, extra: Partial<FetchRuntime> = {}): FetchRuntime {
  const crawl = testCrawl(overrides);
  return { crawl, userAgent: userAgentFor(crawl), ...extra };
}
