/**
 * The whole crawl against real loopback sites, the real polite fetcher and real Chromium: a small generated farm
 * (bench/farm) with one JavaScript-only site, incremental rescans, crawl.browser never, a business whose robots.txt
 * answers 500 (C1 + isolation), config pages winning, soft-404 fallback (B4) and abort (no Chromium left).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema, type CrawlConfig } from '../../src/config/config-schema.js';
import type { Renderer } from '../../src/crawl/render-child.js';
import { createCrawlBusinesses } from '../../src/crawl/crawl-businesses.js';
import { pagesReadAhead } from '../../src/crawl/crawl-page.js';
import { PageWorkers } from '../../src/crawl/page-worker.js';
import type { CrawlEvent, CrawlTarget } from '../../src/crawl/crawl-types.js';
import { descendantsOf } from '../../src/crawl/process-tree.js';
import type { FetchRuntime } from '../../src/fetch/fetch-types.js';
import { businessId, type PreviousPageState, type ScannedBusiness } from '../../src/model.js';
import { startFarm, type Farm } from '../../bench/farm/start-farm.js';
import { startSite, type LoopbackServer } from '../helpers/loopback-server.js';
import { TEST_CHROMIUM } from '../helpers/chromium.js';

const CHROMIUM = TEST_CHROMIUM;

function runtimeWith(crawl: Record<string, unknown> = {}): FetchRuntime {
  const config = configSchema.parse({
    you: { name: 'Test', site: 'http://127.0.0.1/' },
    crawl: { delayMs: 0, jitterMs: 0, retries: 0, concurrencyPerHost: 2, concurrency: 8, allowPrivateNetworks: true, browserTimeoutMs: 10_000, ...crawl },
  });
  return { crawl: config.crawl as CrawlConfig, userAgent: 'servicediff-test/1.0 (+https://github.com/servicediff/servicediff)' };
}

function targetsOf(farm: Farm): CrawlTarget[] {
  return farm.sites.map((s, i) => ({ id: businessId(s.plan.name), name: s.plan.name, site: s.origin, isYou: i === 0 }));
}

function chromiumLeft(): string[] {
  return descendantsOf(process.pid)
    .filter((p) => /chrom|headless_shell/i.test(p.command))
    .map((p) => `${p.pid} ${p.command}`);
}

async function noChromiumLeft(): Promise<string[]> {
  let left = chromiumLeft();
  for (let i = 0; i < 50 && left.length > 0; i++) {
    await new Promise((r) => setTimeout(r, 100));
    left = chromiumLeft();
  }
  return left;
}

describe('crawlBusinesses on a generated farm (5 sites, one JavaScript-only)', () => {
  let farm: Farm;
  let first: ScannedBusiness[];
  let firstPool: Renderer | undefined;
  const events: CrawlEvent[] = [];

  beforeAll(async () => {
    farm = await startFarm({ sites: 5, latencyMs: 0 });
    const crawl = createCrawlBusinesses({ executablePath: CHROMIUM, onStart: ({ pool }) => (firstPool = pool) });
    first = await crawl(targetsOf(farm), runtimeWith(), { onEvent: (e) => events.push(e) });
  }, 120_000); // a whole crawl with Chromium: the default hook timeout was tight on a loaded 2-core machine
  afterAll(async () => {
    await farm?.close();
  });

  it('finds every planned policy page, with its text, the JavaScript-rendered ones included', () => {
    for (const site of farm.sites) {
      const business = first.find((b) => b.site === site.origin)!;
      for (const policy of site.plan.policies) {
        const page = business.pages.find((p) => new URL(p.url).pathname === policy.path && p.categories.includes(policy.category));
        expect(page, `${site.plan.name} ${policy.category} ${policy.path}`).toBeDefined();
        expect(page!.status, page!.problem?.reason).toBe('ok');
        expect(page!.body).toContain(policy.marker);
        // A JavaScript-only site's first page is rendered; its app fetches each page's text by the id in the page's
        // markup, so that render teaches the endpoint the site's other pages are read from (learned-endpoints.ts),
        // and the rendered page's own text is proved by its endpoint from then on.
        expect(page!.textFrom).toBe(site.plan.jsOnly ? 'endpoint' : 'static');
        if (site.plan.jsOnly) expect(page!.endpoint?.url).toMatch(/^http:\/\/127\./);
        expect(page!.reasons.length).toBeGreaterThan(0);
      }
      if (site.plan.jsOnly) expect(business.pages.filter((p) => p.rendered)).toHaveLength(1);
    }
    expect(firstPool!.rendered).toBe(farm.sites.filter((s) => s.plan.jsOnly).length);
  });

  it('never keeps product, blog or collection pages, and reports categories a site lacks as not-found', () => {
    for (const business of first) {
      for (const page of business.pages) expect(page.url).not.toMatch(/\/(products|blog|collections)\//);
      const site = farm.sites.find((s) => s.origin === business.site)!;
      const missing = (['guarantee', 'warranty'] as const).filter((c) => !site.plan.policies.some((p) => p.category === c));
      expect(business.problems.filter((p) => p.kind === 'not-found').length).toBe(missing.length);
    }
  });

  it('emits progress events for every business and page', () => {
    expect(events.filter((e) => e.type === 'business-start')).toHaveLength(5);
    expect(events.filter((e) => e.type === 'business-done')).toHaveLength(5);
    const pages = first.reduce((n, b) => n + b.pages.length, 0);
    expect(events.filter((e) => e.type === 'page-done')).toHaveLength(pages);
  });

  it('a second scan with the first scan\'s validators finds every page unchanged (304) and renders nothing', async () => {
    const previous = new Map<string, PreviousPageState>();
    // As the store hands it on: with where each text came from and when a rendered one was rendered (crawl-page.ts).
    for (const b of first) for (const p of b.pages) previous.set(`${b.id} ${p.url}`, { etag: p.etag, contentHash: p.contentHash, textFrom: p.textFrom, renderedAt: p.renderedAt, endpoint: p.endpoint });
    let pool: Renderer | undefined;
    const crawl = createCrawlBusinesses({ executablePath: CHROMIUM, onStart: (parts) => (pool = parts.pool) });
    const second = await crawl(targetsOf(farm), runtimeWith(), { previous: (b, url) => previous.get(`${b} ${url}`) });
    const pages = second.flatMap((b) => b.pages);
    expect(pages.length).toBe(first.flatMap((b) => b.pages).length);
    expect(pages.every((p) => p.status === 'unchanged')).toBe(true);
    expect(pool!.launches).toBe(0);
  });

  it('crawl.browser never: the JavaScript-only pages are needs-browser problems, the static ones are read', async () => {
    const js = farm.sites.find((s) => s.plan.jsOnly)!;
    const statics = farm.sites.find((s) => !s.plan.jsOnly)!;
    const crawl = createCrawlBusinesses({ executablePath: CHROMIUM });
    const targets = targetsOf(farm).filter((t) => t.site === js.origin || t.site === statics.origin);
    const result = await crawl(targets, runtimeWith({ browser: 'never' }));
    const jsPages = result.find((b) => b.site === js.origin)!.pages;
    expect(jsPages.length).toBe(js.plan.policies.length);
    for (const page of jsPages) {
      expect(page.status).toBe('failed');
      expect(page.problem?.kind).toBe('needs-browser');
      expect(page.problem?.reason).toMatch(/crawl\.browser is never/);
    }
    expect(result.find((b) => b.site === statics.origin)!.pages.every((p) => p.status === 'ok')).toBe(true);
  });

  it('fetched pages never wait for the parser more than crawl.concurrency at a time, and every static page is still read', async () => {
    // The parser is one worker; a page takes its read slot before its request, so a slow parse holds requests back
    // instead of collecting their bodies in memory (issue 12: 66 bodies waited at once on the 50-site bench farm).
    const workers = new WaitingPages();
    try {
      const crawl = createCrawlBusinesses({ executablePath: CHROMIUM, workers });
      const statics = targetsOf(farm).filter((t) => !farm.sites.find((s) => s.origin === t.site)!.plan.jsOnly);
      const result = await crawl(statics, runtimeWith({ browser: 'never', concurrency: 2 }));
      const pages = result.flatMap((b) => b.pages);
      expect(pages.length).toBe(farm.sites.filter((s) => !s.plan.jsOnly).reduce((n, s) => n + s.plan.policies.length, 0));
      expect(pages.every((p) => p.status === 'ok')).toBe(true);
      expect(workers.most).toBeGreaterThan(0);
      expect(workers.most).toBeLessThanOrEqual(pagesReadAhead({ concurrency: 2 }));
    } finally {
      await workers.close();
    }
  });
});

/** Real parse workers that count the static pages handed to them and not yet answered. */
class WaitingPages extends PageWorkers {
  private waiting = 0;
  most = 0;

  override async decide(...args: Parameters<PageWorkers['decide']>): ReturnType<PageWorkers['decide']> {
    this.waiting += 1;
    this.most = Math.max(this.most, this.waiting);
    try {
      return await super.decide(...args);
    } finally {
      this.waiting -= 1;
    }
  }
}

describe('crawlBusinesses: isolation, config pages, fallbacks, abort', () => {
  const servers: LoopbackServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  const policy = (title: string) =>
    `<html><body><h1>${title}</h1><p>${'You may return any item within 30 days of delivery for a refund to your card. '.repeat(6)}</p></body></html>`;

  it('C1 + isolation: a business whose robots.txt answers 500 gets robots-unreachable and no page request; the other is crawled', async () => {
    const broken = await startSite({ '/robots.txt': { status: 500, body: 'oops' }, '/': policy('Home'), '/returns': policy('Returns') }, { host: '127.0.0.2' });
    const good = await startSite({ '/': '<html><body><footer><a href="/returns">Returns</a></footer></body></html>', '/returns': policy('Returns') });
    servers.push(broken, good);
    const result = await createCrawlBusinesses({ executablePath: CHROMIUM })(
      [
        { id: 'broken', name: 'Broken', site: broken.origin, isYou: false },
        { id: 'good', name: 'Good', site: good.origin, isYou: true },
      ],
      runtimeWith(),
    );
    const brokenResult = result.find((b) => b.id === 'broken')!;
    expect(brokenResult.pages).toEqual([]);
    expect(brokenResult.problems.map((p) => p.kind)).toEqual(['robots-unreachable']);
    expect(broken.requests.filter((r) => r.path !== '/robots.txt')).toEqual([]);
    const goodResult = result.find((b) => b.id === 'good')!;
    expect(goodResult.pages.find((p) => p.url === good.url('/returns'))).toMatchObject({ status: 'ok', categories: ['returns'] });
  });

  it('config pages win over discovery for their category', async () => {
    const site = await startSite({
      '/': '<html><body><footer><a href="/returns">Returns</a><a href="/contact">Contact us</a></footer></body></html>',
      '/returns': policy('Returns'),
      '/legal/our-returns-terms': policy('Our returns terms'),
      '/contact': policy('Contact us by email or phone'),
    });
    servers.push(site);
    const [business] = await createCrawlBusinesses({ executablePath: CHROMIUM })(
      [{ id: 'cfg', name: 'Cfg', site: site.origin, isYou: true, pages: { returns: [site.url('/legal/our-returns-terms')] } }],
      runtimeWith(),
    );
    const returns = business!.pages.filter((p) => p.categories.includes('returns'));
    expect(returns.map((p) => p.url)).toEqual([site.url('/legal/our-returns-terms')]);
    expect(returns[0]!.reasons).toEqual(['named in config']);
    expect(business!.pages.find((p) => p.url === site.url('/contact'))?.categories).toEqual(['support']);
  });

  it('a page found only by probing its well-known path is requested once: the crawl takes the probe\'s answer', async () => {
    const site = await startSite({ '/': '<html><body><p>Lamps and shades.</p></body></html>', '/policies/refund-policy': policy('Refund policy') });
    servers.push(site);
    const bodies: string[] = [];
    const [business] = await createCrawlBusinesses({ executablePath: CHROMIUM })([{ id: 'probe', name: 'Probe', site: site.origin, isYou: true }], runtimeWith(), {
      onBody: (_business, page) => bodies.push(page.url),
    });
    const returns = business!.pages.find((p) => p.url === site.url('/policies/refund-policy'));
    expect(returns).toMatchObject({ status: 'ok', categories: ['returns'] });
    // Handed to onBody and not kept on the page (the snapshot store has it).
    expect(returns!.body).toBeUndefined();
    expect(bodies).toContain(site.url('/policies/refund-policy'));
    expect(site.requests.filter((r) => r.path === '/policies/refund-policy')).toHaveLength(1);
  });

  it('B4: a linked /returns that is the site\'s not-found template makes room for the next candidate', async () => {
    const notFound = '<html><head><title>Page not found</title></head><body><h1>Page not found</h1><p>Sorry, nothing here.</p></body></html>';
    const fixed = await startSite({
      '/': '<html><body><footer><a href="/returns">Returns</a></footer></body></html>',
      '/returns': { body: notFound },
      '/sitemap.xml': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(`<urlset><url><loc>http://${req.headers.host}/policies/refund-policy</loc></url></urlset>`);
      },
      '/policies/refund-policy': policy('Refund policy'),
    });
    servers.push(fixed);
    const [business] = await createCrawlBusinesses({ executablePath: CHROMIUM })(
      [{ id: 'b4', name: 'B4', site: fixed.origin, isYou: true }],
      runtimeWith({ pagesPerCategory: 1 }),
    );
    const returns = business!.pages.filter((p) => p.categories.includes('returns'));
    expect(returns.map((p) => [p.url, p.status])).toEqual([[fixed.url('/policies/refund-policy'), 'ok']]);
  });

  it('a page the last scan read that fails now is kept as failed and reported, beside the candidate that took its slot', async () => {
    let down = false;
    const site = await startSite({
      '/': '<html><body><footer><a href="/returns">Returns</a></footer></body></html>',
      '/returns': (_req, res) => {
        res.writeHead(down ? 500 : 200, { 'content-type': down ? 'text/plain' : 'text/html' });
        res.end(down ? 'down for maintenance' : policy('Returns'));
      },
      '/sitemap.xml': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(`<urlset><url><loc>http://${req.headers.host}/policies/refund-policy</loc></url></urlset>`);
      },
      '/policies/refund-policy': policy('Refund policy'),
    });
    servers.push(site);
    const target: CrawlTarget[] = [{ id: 'moved', name: 'Moved', site: site.origin, isYou: true }];
    const returnsOf = (b: ScannedBusiness | undefined) =>
      b!.pages.filter((p) => p.categories.includes('returns')).map((p) => [p.url, p.status]).sort();
    const [first] = await createCrawlBusinesses({ executablePath: CHROMIUM })(target, runtimeWith({ pagesPerCategory: 1 }));
    expect(returnsOf(first)).toEqual([[site.url('/returns'), 'ok']]);

    const previous = new Map<string, PreviousPageState>(first!.pages.map((p) => [p.url, { etag: p.etag, contentHash: p.contentHash, textFrom: p.textFrom }]));
    down = true;
    const [second] = await createCrawlBusinesses({ executablePath: CHROMIUM })(target, runtimeWith({ pagesPerCategory: 1 }), {
      previous: (_business, url) => previous.get(url),
    });
    // The fallback fills the slot, and the page that failed is still handed to the store (which keeps its last good
    // reading and marks it stale) with a problem naming it; a failed page never read before is dropped (B4 above).
    expect(returnsOf(second)).toEqual([[site.url('/policies/refund-policy'), 'ok'], [site.url('/returns'), 'failed']].sort());
    expect(second!.pages.find((p) => p.url === site.url('/returns'))!.problem?.reason).toContain(site.url('/returns'));
  });

  it('abort stops the crawl, closes the browser and leaves no Chromium process', async () => {
    const farm = await startFarm({ sites: 5, latencyMs: 30, firstAddress: '127.0.3.1' });
    try {
      const controller = new AbortController();
      let pool: Renderer | undefined;
      const crawl = createCrawlBusinesses({ executablePath: CHROMIUM, onStart: (parts) => (pool = parts.pool) });
      const pending = crawl(targetsOf(farm), runtimeWith({ browser: 'always' }), {
        signal: controller.signal,
        // Abort as soon as the first page was rendered: the browser is up and other renders are queued.
        onEvent: (e) => {
          if (e.type === 'page-done' && e.rendered) controller.abort();
        },
      });
      const result = await pending;
      expect(controller.signal.aborted).toBe(true);
      expect(pool!.launches).toBeGreaterThan(0);
      expect(result.length).toBeLessThan(5);
      expect(await noChromiumLeft()).toEqual([]);
    } finally {
      await farm.close();
    }
  });
});
