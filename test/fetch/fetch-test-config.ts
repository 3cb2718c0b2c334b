/** Fast, loopback-friendly crawl settings for fetch tests: tiny timeouts and backoff, private networks allowed. */
import type { CrawlConfig } from '../../src/config/config-schema.js';
import { CRAWL_DEFAULTS } from '../../src/config/defaults.js';
import type { FetchRuntime } from '../../src/fetch/fetch-types.js';
import { userAgentFor } from '../../src/fetch/user-agent.js';
import { createFetcher, type PoliteFetcher } from '../../src/fetch/fetch-page.js';
import { afterEach } from 'vitest';
import { startServer, startSite, type Handler, type LoopbackServer, type Route } from '../helpers/loopback-server.js';

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

/**
 * Servers and fetchers a test file starts, closed after each test in reverse order (fetchers abort their requests
 * before the servers go away). Call once at the top of a test file.
 */
export function closedAfterEach(): {
  track<T extends { close(): Promise<void> }>(thing: T): T;
  site(routes: Record<string, Route>, host?: string): Promise<LoopbackServer>;
  serve(handler: Handler, host?: string): Promise<LoopbackServer>;
  fetcher(...args: Parameters<typeof testRuntime>): PoliteFetcher;
} {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) await thing.close();
  });
  const track = <T extends { close(): Promise<void> }>(thing: T): T => {
    open.push(thing);
    return thing;
  };
  return {
    track,
    site: async (routes, host) => track(await startSite(routes, host ? { host } : {})),
    serve: async (handler, host) => track(await startServer(handler, host ? { host } : {})),
    fetcher: (...args) => track(createFetcher(testRuntime(...args))),
  };
}
