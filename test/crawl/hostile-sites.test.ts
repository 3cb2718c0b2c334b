/**
 * Issue 12, item 5: one hostile site never stalls the scan or costs more than itself. Each case crawls a hostile
 * shop beside a normal one through the real polite fetcher against real loopback servers, and checks what the
 * hostile server saw (its request log) and that the normal shop's pages were read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema, type CrawlConfig } from '../../src/config/config-schema.js';
import { createCrawlBusinesses } from '../../src/crawl/crawl-businesses.js';
import type { CrawlTarget } from '../../src/crawl/crawl-types.js';
import type { FetchRuntime } from '../../src/fetch/fetch-types.js';
import type { ScannedBusiness } from '../../src/model.js';
import { startServer, startSite, type LoopbackServer, type Route } from '../helpers/loopback-server.js';
import { TEST_CHROMIUM } from '../helpers/chromium.js';
import { MAX_HTML_DEPTH } from '../../src/fetch/html-depth.js';
import { BOT_WALL_PAGE, homeWithLinks, nestedDivPage, normalShop, policyPage, RETURNS_SENTENCE, SHIPPING_SENTENCE } from './hostile-shops.js';

function runtimeWith(crawl: Record<string, unknown> = {}): FetchRuntime {
  const config = configSchema.parse({
    you: { name: 'Test', site: 'http://127.0.0.1/' },
    crawl: { delayMs: 0, jitterMs: 0, retries: 0, concurrencyPerHost: 1, concurrency: 8, allowPrivateNetworks: true, browserTimeoutMs: 10_000, ...crawl },
  });
  return { crawl: config.crawl as CrawlConfig, userAgent: 'servicediff-test/1.0 (+https://github.com/servicediff/servicediff)' };
}

const servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function site(routes: Record<string, Route>, host?: string): Promise<LoopbackServer> {
  const server = await startSite(routes, host ? { host } : {});
  servers.push(server);
  return server;
}

/** Crawl a hostile shop beside the normal one; returns both results. */
async function crawlBeside(hostile: LoopbackServer, crawl: Record<string, unknown> = {}): Promise<{ hostile: ScannedBusiness; normal: ScannedBusiness; normalServer: LoopbackServer }> {
  const normalServer = await site(normalShop(), '127.0.0.2');
  const targets: CrawlTarget[] = [
    { id: 'hostile', name: 'Hostile', site: hostile.origin, isYou: false },
    { id: 'normal', name: 'Normal', site: normalServer.origin, isYou: true },
  ];
  const result = await createCrawlBusinesses({ executablePath: TEST_CHROMIUM })(targets, runtimeWith(crawl));
  return { hostile: result.find((b) => b.id === 'hostile')!, normal: result.find((b) => b.id === 'normal')!, normalServer };
}

/** The normal shop's two policy pages were read with their text. */
function expectNormalShopRead(normal: ScannedBusiness, server: LoopbackServer): void {
  const returns = normal.pages.find((p) => p.url === server.url('/returns'));
  const shipping = normal.pages.find((p) => p.url === server.url('/shipping'));
  expect(returns).toMatchObject({ status: 'ok' });
  expect(returns?.body).toContain(RETURNS_SENTENCE);
  expect(shipping).toMatchObject({ status: 'ok' });
  expect(shipping?.body).toContain(SHIPPING_SENTENCE);
}

describe('a bot wall on the home page', () => {
  it('when the home page answers 200 with a bot wall then the host gets no further request and is reported blocked, not not-found', async () => {
    const walled = await site({
      '/': BOT_WALL_PAGE,
      '/returns': policyPage('Returns', RETURNS_SENTENCE),
      '/shipping': policyPage('Shipping', SHIPPING_SENTENCE),
      '/sitemap.xml': '<urlset><url><loc>/returns</loc></url></urlset>',
    });
    const { hostile, normal, normalServer } = await crawlBeside(walled);
    expect(walled.requests.map((r) => r.path)).toEqual(['/robots.txt', '/']);
    expect(hostile.pages).toEqual([]);
    expect(hostile.problems.map((p) => p.kind)).toEqual(['blocked']);
    expect(hostile.problems[0]!.reason).toMatch(/Press & Hold|Access denied/);
    expectNormalShopRead(normal, normalServer);
  });

  it('a bot wall on one deeper page costs only that page: the site\'s other pages are still read', async () => {
    const partly = await site({
      '/': '<!doctype html><html><body><footer><a href="/returns">Returns</a> <a href="/shipping">Shipping</a></footer></body></html>',
      '/returns': BOT_WALL_PAGE,
      '/shipping': policyPage('Shipping', SHIPPING_SENTENCE),
    });
    const { hostile } = await crawlBeside(partly);
    expect(hostile.pages.find((p) => p.url === partly.url('/shipping'))).toMatchObject({ status: 'ok' });
    expect(hostile.pages.find((p) => p.url === partly.url('/returns'))?.problem?.kind).toBe('blocked');
  });
});

describe('a slow host', () => {
  it('when every answer is slow then the host stops at crawl.hostBudgetMs, its probes are reported as timed out, not missing', async () => {
    const answerMs = 600;
    const hostBudgetMs = 2000;
    const slow = await startServer((req, res) => {
      if (req.url === '/robots.txt') {
        res.writeHead(404).end();
        return;
      }
      // Slow but never failing: each answer alone is well inside crawl.timeoutMs, so no failure streak gives up.
      setTimeout(() => {
        if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body><main><p>Welcome.</p></main></body></html>');
        else res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title><h1>Not found</h1>');
      }, answerMs);
    });
    servers.push(slow);
    const { hostile, normal, normalServer } = await crawlBeside(slow, { hostBudgetMs, timeoutMs: 5000 });
    const pageRequests = slow.requests.filter((r) => r.path !== '/robots.txt');
    // Budget / answer time requests fit, plus the one cut short when the budget ran out.
    expect(pageRequests.length).toBeLessThanOrEqual(Math.ceil(hostBudgetMs / answerMs) + 1);
    expect(hostile.problems.length).toBe(5);
    for (const problem of hostile.problems) {
      expect(problem.kind).toBe('timeout');
      expect(problem.reason).toMatch(/well-known paths \/\S+.* did not answer/);
    }
    expect(hostile.problems.some((p) => /crawl\.hostBudgetMs/.test(p.reason))).toBe(true);
    expectNormalShopRead(normal, normalServer);
  });
});

describe('a page of 100,000 nested <div>s', () => {
  it('when one policy page nests 100,000 <div>s then that page alone gets a problem: its shop\'s other page and the normal shop are read', async () => {
    const nested = await site({
      '/': homeWithLinks({ '/returns': 'Returns', '/shipping': 'Shipping' }),
      '/returns': nestedDivPage(100_000, RETURNS_SENTENCE),
      '/shipping': policyPage('Shipping', SHIPPING_SENTENCE),
    });
    const { hostile, normal, normalServer } = await crawlBeside(nested);
    const returns = hostile.pages.find((p) => p.url === nested.url('/returns'));
    expect(returns?.status).toBe('failed');
    expect(returns?.problem?.kind).toBe('too-large');
    expect(returns?.problem?.reason).toContain(`nested more than ${MAX_HTML_DEPTH} deep`);
    const shipping = hostile.pages.find((p) => p.url === nested.url('/shipping'));
    expect(shipping).toMatchObject({ status: 'ok' });
    expect(shipping?.body).toContain(SHIPPING_SENTENCE);
    expectNormalShopRead(normal, normalServer);
  });

  it('when the home page itself nests 100,000 <div>s then its links are skipped and the shop is still read through its sitemap', async () => {
    const nestedHome = await site({
      '/': nestedDivPage(100_000, '<a href="/returns">Returns</a>'),
      '/sitemap.xml': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(`<urlset><url><loc>http://${req.headers.host}/shipping</loc></url></urlset>`);
      },
      '/shipping': policyPage('Shipping', SHIPPING_SENTENCE),
    });
    const { hostile } = await crawlBeside(nestedHome);
    expect(hostile.pages.find((p) => p.url === nestedHome.url('/shipping'))).toMatchObject({ status: 'ok' });
  });
});
