/**
 * The scan's read slots (crawl-page.ts) go to pages whose requests can be sent: a business takes at most
 * crawl.concurrencyPerHost of them, as many as its host serves at once, so its other pages wait without holding one
 * (issue 12: a re-scan kept about 9 of its 16 request slots busy). Two real loopback shops whose answers wait on each
 * other: the first shop's page is answered only once the second shop's page has been asked for, which can happen only
 * if the first shop's waiting pages left a read slot free.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema, type CrawlConfig } from '../../src/config/config-schema.js';
import { createCrawlBusinesses } from '../../src/crawl/crawl-businesses.js';
import { pagesReadAhead } from '../../src/crawl/crawl-page.js';
import type { CrawlTarget } from '../../src/crawl/crawl-types.js';
import { startSite, type LoopbackServer, type Route } from '../helpers/loopback-server.js';

function page(title: string, body: string, links = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main><footer>${links}</footer></body></html>`;
}

const FOOTER = '<a href="/returns">Returns</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact us</a>';
const POLICIES: Record<string, string> = {
  '/returns': page('Returns', '<p>You can return any unworn item within 30 days of delivery for a full refund to your card.</p><p>Return shipping is free.</p>'),
  '/shipping': page('Shipping', '<p>We offer free standard shipping on orders over $50.</p><p>Orders ship within 1-2 business days by tracked post.</p>'),
  '/contact': page('Contact us', '<p>Our support team answers email Monday to Friday, 9am to 5pm.</p><p>Call us on the number below.</p>'),
};

/** A promise and the function that settles it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('read slots: a business holds no more than its host serves at once', () => {
  let servers: LoopbackServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });

  it("one shop's pages waiting on their host leave a read slot to another shop's page", async () => {
    const firstPageAsked = gate();
    const otherPageAsked = gate();
    const held = (body: string): Route => async (_req: IncomingMessage, res: ServerResponse) => {
      firstPageAsked.open();
      await otherPageAsked.opened;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    // Shop A: three policy pages, each answered only after shop B's returns page was asked for.
    const shopA = await startSite({ '/': page('Home', '<p>Welcome to shop A.</p>', FOOTER), ...Object.fromEntries(Object.entries(POLICIES).map(([p, body]) => [p, held(body)])) });
    // Shop B: its home page is answered only once shop A's pages are waiting, so B's page comes after A's took their slots.
    const shopB = await startSite({
      '/': async (_req, res) => {
        await firstPageAsked.opened;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page('Home', '<p>Welcome to shop B.</p>', '<a href="/returns">Returns</a>'));
      },
      '/returns': (_req, res) => {
        otherPageAsked.open();
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(POLICIES['/returns']);
      },
    });
    servers = [shopA, shopB];
    const config = configSchema.parse({
      you: { name: 'A', site: shopA.origin },
      // Two read slots, one request per host: shop A's three pages could fill both slots while only one is sent.
      crawl: { delayMs: 0, jitterMs: 0, retries: 0, concurrency: 2, concurrencyPerHost: 1, timeoutMs: 15_000, browser: 'never', allowPrivateNetworks: true },
    });
    expect(pagesReadAhead(config.crawl)).toBe(2);
    const targets: CrawlTarget[] = [
      { id: 'a', name: 'A', site: shopA.origin, isYou: true },
      { id: 'b', name: 'B', site: shopB.origin, isYou: false },
    ];
    const result = await createCrawlBusinesses()(targets, { crawl: config.crawl as CrawlConfig, userAgent: 'servicediff-test/1.0' }, {});
    const pagesOf = (id: string) => result.find((b) => b.id === id)!.pages.map((p) => [new URL(p.url).pathname, p.status, p.problem?.kind]);
    // Without the per-business turn, shop A's first page waited for B's, which waited for a read slot: a timeout.
    expect(pagesOf('a').sort()).toEqual([
      ['/contact', 'ok', undefined],
      ['/returns', 'ok', undefined],
      ['/shipping', 'ok', undefined],
    ]);
    expect(pagesOf('b')).toEqual([['/returns', 'ok', undefined]]);
  }, 60_000);
});
