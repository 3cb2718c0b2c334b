/**
 * crawlPage on a re-scan (issue 12): a page whose HTML answers 304 is unchanged only when its stored text is. Text
 * from the HTML itself is; text from a JSON endpoint is unchanged only when the endpoint, asked with its own
 * validators, is too; a rendered text is rendered again once its last render is crawl.rerenderDays old. Real loopback
 * shops that answer 304 to their ETags, the real fetcher, and scans recorded in a real lowdb file between runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, type Config } from '../../src/config/config-schema.js';
import { createCrawlBusinesses } from '../../src/crawl/crawl-businesses.js';
import { rerenderDue } from '../../src/crawl/crawl-page.js';
import type { PreviousPageState } from '../../src/model.js';
import { runScan } from '../../src/scan/run-scan.js';
import { openStore } from '../../src/store/open-store.js';
import { startSite, type LoopbackServer, type Route } from '../helpers/loopback-server.js';
import { RETURNS_POLICY_HTML, storefrontRoutes } from '../helpers/storefront.js';

const DAY = 24 * 60 * 60 * 1000;

describe('crawlPage: a 304 page is unchanged only when its text is', () => {
  let dir: string;
  let servers: LoopbackServer[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sd-page-'));
  });
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
    rmSync(dir, { recursive: true, force: true });
  });

  function configFor(site: LoopbackServer, crawl: Record<string, unknown> = {}): Config {
    return configSchema.parse({
      you: { name: 'Linen', site: site.origin },
      // No browser: the endpoint is read by the fetcher alone, and nothing here may depend on Chromium.
      crawl: { allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, retries: 0, timeoutMs: 5000, browser: 'never', ...crawl },
      store: { db: join(dir, 'db.json'), snapshots: join(dir, 'snapshots') },
      report: { folder: join(dir, 'reports') },
    });
  }
  const scan = (config: Config) => runScan(config, { dbPath: join(dir, 'db.json') });
  const since = (site: LoopbackServer, from: number, path: string) => site.requests.slice(from).filter((r) => r.path === path);
  const returnsJson = (html: string): Route => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ html }) });

  it('a widget whose endpoint text changed behind an unchanged page is read again; an unchanged one is not', async () => {
    const routes = storefrontRoutes('empty-box');
    const site = await startSite(routes, { validators: true });
    servers = [site];
    const config = configFor(site);
    await scan(config);
    const store1 = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
    expect(store1.previousPageState('linen', site.url('/pages/returns'))).toMatchObject({ textFrom: 'endpoint', endpoint: { url: site.url('/api/content/returns.json') } });
    await store1.close();

    // Unchanged: the page and its endpoint are each asked once, conditionally, and both answer 304.
    let from = site.requests.length;
    const same = await scan(config);
    expect(same.changes).toEqual([]);
    expect(since(site, from, '/pages/returns').map((r) => r.headers['if-none-match'])).toEqual([expect.any(String)]);
    expect(since(site, from, '/api/content/returns.json').map((r) => r.headers['if-none-match'])).toEqual([expect.any(String)]);

    // The shop's help centre now says 60 days; the page's HTML (the widget's shell) is byte for byte the same.
    routes['/api/content/returns.json'] = returnsJson(RETURNS_POLICY_HTML.replace('within 45 days', 'within 60 days'));
    from = site.requests.length;
    const changed = await scan(config);
    expect(changed.changes).toEqual([expect.objectContaining({ term: 'returns.window_days', kind: 'changed', before: 45, after: 60 })]);
    // The endpoint's changed answer is read once: the page's HTML is asked again in full, the endpoint is not.
    expect(since(site, from, '/api/content/returns.json')).toHaveLength(1);
    expect(since(site, from, '/pages/returns').map((r) => r.headers['if-none-match'] === undefined)).toEqual([false, true]);
  });

  it('an endpoint that fails behind an unchanged page fails the page: the last good reading stands, marked stale', async () => {
    const routes = storefrontRoutes('empty-box');
    // No other page may stand in for returns, so the failed one is the one kept and reported.
    delete routes['/policies/terms-of-service'];
    const site = await startSite(routes, { validators: true });
    servers = [site];
    const config = configFor(site);
    await scan(config);
    routes['/api/content/returns.json'] = { status: 500, body: 'upstream error' };
    const outcome = await scan(config);
    expect(outcome.changes).toEqual([]);
    expect(outcome.problems).toContainEqual(expect.objectContaining({ url: site.url('/pages/returns'), reason: expect.stringContaining('/api/content/returns.json') }));
    const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
    const window = store.latestTerms()[0]?.terms['returns.window_days'];
    await store.close();
    expect(window?.reading.value).toBe(45);
    expect(window?.staleSince).toBeDefined();
  });

  it('text from the HTML itself (an embedded payload) is unchanged with its 304: nothing more is asked', async () => {
    const site = await startSite(storefrontRoutes('embedded-payload'), { validators: true });
    servers = [site];
    const config = configFor(site);
    await scan(config);
    const from = site.requests.length;
    const same = await scan(config);
    expect(same.changes).toEqual([]);
    expect(since(site, from, '/pages/returns')).toHaveLength(1);
    expect(site.requests.slice(from).some((r) => r.path.startsWith('/api/'))).toBe(false);
  });

  it('a rendered page is asked conditionally until its render is crawl.rerenderDays old, then read in full', async () => {
    const site = await startSite(storefrontRoutes('mount-point'), { validators: true });
    servers = [site];
    const config = configFor(site, { rerenderDays: 6 });
    // The first scan's answer gives the page's ETag; the stored state then says its text was rendered, at a given time.
    const first = await fetch(site.url('/pages/returns'));
    const etag = first.headers.get('etag') ?? '';
    await first.text();
    const previousAt = (renderedAt: number): PreviousPageState => ({ etag, contentHash: 'a'.repeat(64), textFrom: 'rendered', renderedAt: new Date(renderedAt).toISOString() });
    const asked = async (state: PreviousPageState) => {
      const from = site.requests.length;
      const crawl = createCrawlBusinesses({});
      const [business] = await crawl([{ id: 'linen', name: 'Linen', site: site.origin, isYou: true }], { crawl: config.crawl, userAgent: 'servicediff-test/1.0' }, {
        previous: (_b, url) => (new URL(url).pathname === '/pages/returns' ? state : undefined),
      });
      const page = business?.pages.find((p) => new URL(p.url).pathname === '/pages/returns');
      return { page, validators: since(site, from, '/pages/returns').map((r) => r.headers['if-none-match']) };
    };

    const recent = await asked(previousAt(Date.now() - 2 * DAY));
    expect(recent.validators).toEqual([etag]);
    expect(recent.page?.status).toBe('unchanged');
    expect(recent.page?.textFrom).toBe('rendered');

    // Due: asked without validators, so the page is read (and, with a browser, rendered) again.
    const due = await asked(previousAt(Date.now() - 7 * DAY));
    expect(due.validators).toEqual([undefined]);
    expect(due.page?.status).not.toBe('unchanged');
  });
});

describe('rerenderDue', () => {
  const now = Date.parse('2026-12-07T00:00:00Z');
  const at = (days: number) => new Date(now - days * DAY).toISOString();

  it('only a rendered text, once its last render is crawl.rerenderDays old or its age is unknown', () => {
    expect(rerenderDue({ textFrom: 'rendered', renderedAt: at(5.9) }, { rerenderDays: 6 }, now)).toBe(false);
    expect(rerenderDue({ textFrom: 'rendered', renderedAt: at(6) }, { rerenderDays: 6 }, now)).toBe(true);
    expect(rerenderDue({ textFrom: 'rendered' }, { rerenderDays: 6 }, now)).toBe(true);
    expect(rerenderDue({ textFrom: 'rendered', renderedAt: at(0) }, { rerenderDays: 0 }, now)).toBe(true);
    for (const textFrom of ['static', 'payload', 'endpoint'] as const) expect(rerenderDue({ textFrom }, { rerenderDays: 0 }, now)).toBe(false);
    expect(rerenderDue(undefined, { rerenderDays: 0 }, now)).toBe(false);
  });
});
