/**
 * A scan crawls a bounded number of businesses at a time (issue 12: crawling all 200 bench sites at once held their
 * home pages, sitemaps and waiting pages in memory together), and still hands every business back in target order.
 * Real loopback shops and the real polite fetcher; static pages only, so no browser is launched.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema, type CrawlConfig } from '../../src/config/config-schema.js';
import { businessesInFlight, createCrawlBusinesses } from '../../src/crawl/crawl-businesses.js';
import type { CrawlTarget } from '../../src/crawl/crawl-types.js';
import type { FetchRuntime } from '../../src/fetch/fetch-types.js';
import { businessId } from '../../src/model.js';
import { startSite, type LoopbackServer } from '../helpers/loopback-server.js';

const SHOPS = 7;
const RETURNS = 'Unused items may be returned within thirty days of delivery for a full refund to the original card. '.repeat(4);

/** Answers after a short wait, so the businesses of a scan overlap in time unless something holds them back. */
const later =
  (body: string) =>
  (_req: IncomingMessage, res: ServerResponse): void => {
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    }, 40);
  };

const servers: LoopbackServer[] = [];

beforeAll(async () => {
  for (let i = 0; i < SHOPS; i++) {
    servers.push(
      await startSite({
        '/': later(`<!doctype html><html><body><main><h1>Shop ${i}</h1></main><footer><a href="/returns">Returns</a></footer></body></html>`),
        '/returns': later(`<!doctype html><html><body><main><h1>Returns</h1><p>${RETURNS}</p></main></body></html>`),
      }),
    );
  }
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

function runtime(): FetchRuntime {
  const config = configSchema.parse({
    you: { name: 'Shop 0', site: servers[0]!.origin },
    crawl: { delayMs: 0, jitterMs: 0, retries: 0, concurrencyPerHost: 1, concurrency: 2, allowPrivateNetworks: true },
  });
  return { crawl: config.crawl as CrawlConfig, userAgent: 'servicediff-test/1.0 (+https://github.com/servicediff/servicediff)' };
}

describe('businesses in flight', () => {
  it('is twice the hosts the scan can fetch from at once: crawl.concurrency / crawl.concurrencyPerHost, rounded up', () => {
    expect(businessesInFlight({ concurrency: 16, concurrencyPerHost: 2 })).toBe(16);
    expect(businessesInFlight({ concurrency: 2, concurrencyPerHost: 1 })).toBe(4);
    expect(businessesInFlight({ concurrency: 5, concurrencyPerHost: 2 })).toBe(6);
  });

  it('a scan of 7 shops never has more than that many started and not done, and returns all 7 in target order', async () => {
    const targets: CrawlTarget[] = servers.map((s, i) => ({ id: businessId(`Shop ${i}`), name: `Shop ${i}`, site: s.origin, isYou: i === 0 }));
    let open = 0;
    let mostOpen = 0;
    const crawl = createCrawlBusinesses();
    const businesses = await crawl(targets, runtime(), {
      onEvent: (event) => {
        if (event.type === 'business-start') mostOpen = Math.max(mostOpen, ++open);
        if (event.type === 'business-done') open -= 1;
      },
    });
    expect(mostOpen).toBeGreaterThan(1);
    expect(mostOpen).toBeLessThanOrEqual(businessesInFlight({ concurrency: 2, concurrencyPerHost: 1 }));
    expect(businesses.map((b) => b.name)).toEqual(targets.map((t) => t.name));
    for (const b of businesses) expect(b.pages.find((p) => p.categories.includes('returns'))?.status).toBe('ok');
  });
});
