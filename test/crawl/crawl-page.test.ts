/**
 * crawlPage on a re-scan (issue 12): a page whose HTML answers 304 is unchanged only when its stored text is. Text
 * from the HTML itself is; text from a JSON endpoint is unchanged only when the endpoint, asked with its own
 * validators, is too; a rendered text is rendered again once its last render is crawl.rerenderDays old. Real loopback
 * shops that answer 304 to their ETags, the real fetcher, and scans recorded in a real lowdb file between runs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, type Config } from '../../src/config/config-schema.js';
import { createCrawlBusinesses } from '../../src/crawl/crawl-businesses.js';
import type { CrawlEvent } from '../../src/crawl/crawl-types.js';
import { rerenderDue, shellStands } from '../../src/crawl/crawl-page.js';
import { DAY_MS } from '../../src/days.js';
import type { PreviousPageState } from '../../src/model.js';
import { runScan } from '../../src/scan/run-scan.js';
import { openStore } from '../../src/store/open-store.js';
import { startSite, type LoopbackServer, type Route } from '../helpers/loopback-server.js';
import { RETURNS_POLICY_HTML, storefrontPage, storefrontRoutes } from '../helpers/storefront.js';

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
    // The page is asked at every scan (its shell never stands: see shellStands below), so its 304 is what is proved.
    const config = configFor(site, { recheckMissingDays: 0 });
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
    const from = site.requests.length;
    const outcome = await scan(config);
    // The failed endpoint proves nothing: the page is asked (304) before it is called failed.
    expect(since(site, from, '/pages/returns')).toHaveLength(1);
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

    const recent = await asked(previousAt(Date.now() - 2 * DAY_MS));
    expect(recent.validators).toEqual([etag]);
    expect(recent.page?.status).toBe('unchanged');
    expect(recent.page?.textFrom).toBe('rendered');

    // Due: asked without validators, so the page is read (and, with a browser, rendered) again.
    const due = await asked(previousAt(Date.now() - 7 * DAY_MS));
    expect(due.validators).toEqual([undefined]);
    expect(due.page?.status).not.toBe('unchanged');
  });
});

describe('crawlPage: a page read from an endpoint is not asked while that endpoint answers unchanged (its shell stands)', () => {
  // The returns page is an empty box its script fills from /api/content/returns.json: the page's HTML says only where
  // the text comes from. The endpoint is asked at every scan; the page itself once crawl.recheckMissingDays have passed
  // since it last answered, or at once when the endpoint changed or failed or the home page changed.
  let dir: string;
  let site: LoopbackServer;
  let routes: Record<string, Route>;
  const PAGE = '/pages/returns';
  const ENDPOINT = '/api/content/returns.json';
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-shell-'));
    routes = storefrontRoutes('empty-box');
    // No other page may stand in for returns: the returns page is the one kept.
    delete routes['/policies/terms-of-service'];
    site = await startSite(routes, { validators: true });
  });
  afterEach(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const config = (recheckMissingDays = 28): Config =>
    configSchema.parse({
      you: { name: 'Linen', site: site.origin },
      crawl: { allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, retries: 0, timeoutMs: 5000, browser: 'never', recheckMissingDays },
      store: { db: join(dir, 'db.json'), snapshots: join(dir, 'snapshots') },
      report: { folder: join(dir, 'reports') },
    });
  const scan = (days?: number) => runScan(config(days), { dbPath: join(dir, 'db.json') });
  const since = (from: number, path: string) => site.requests.slice(from).filter((r) => r.path === path);
  const returnsJson = (html: string): Route => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ html }) });
  /** The stored page as the store keeps it (lastFetchedAt: when the page itself last answered; askedScanAt: the start of that scan). */
  const storedPage = () => JSON.parse(readFileSync(join(dir, 'db.json'), 'utf8')).businesses.linen.pages[site.url(PAGE)];
  /** The scan that asked the page moved `days` back, as if it had run then; the page answered `answeredMs` into it. */
  const pageAskedDaysAgo = (days: number, answeredMs = 0) => {
    const db = JSON.parse(readFileSync(join(dir, 'db.json'), 'utf8'));
    const page = db.businesses.linen.pages[site.url(PAGE)];
    page.askedScanAt = new Date(Date.now() - days * DAY_MS).toISOString();
    page.lastFetchedAt = new Date(Date.now() - days * DAY_MS + answeredMs).toISOString();
    writeFileSync(join(dir, 'db.json'), JSON.stringify(db));
  };
  const windowDays = async () => {
    const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
    const window = store.latestTerms()[0]?.terms['returns.window_days'];
    await store.close();
    return window;
  };

  it('an unchanged week: the endpoint is asked conditionally, the page not at all; the stored reading and its time stand', async () => {
    await scan();
    const first = storedPage();
    expect(first).toMatchObject({ textFrom: 'endpoint', lastFetchedAt: expect.any(String), askedScanAt: expect.any(String) });
    const from = site.requests.length;
    const events: CrawlEvent[] = [];
    const same = await runScan(config(), { dbPath: join(dir, 'db.json'), onEvent: (e) => events.push(e) });
    expect(same.changes).toEqual([]);
    expect(same.problems.filter((p) => p.url === site.url(PAGE))).toEqual([]);
    // The scan says so: unchanged, read from its endpoint, the page itself as of its last answer.
    expect(events).toContainEqual(expect.objectContaining({ type: 'page-done', url: site.url(PAGE), status: 'unchanged', textFrom: 'endpoint', pageAskedAt: first.lastFetchedAt }));
    expect(since(from, PAGE)).toEqual([]);
    expect(since(from, ENDPOINT).map((r) => r.headers['if-none-match'])).toEqual([expect.any(String)]);
    // The page's own last answer is still the first scan's: the days count from it.
    expect(storedPage()).toMatchObject({ lastFetchedAt: first.lastFetchedAt, askedScanAt: first.askedScanAt, etag: first.etag, contentHash: first.contentHash, lastStatus: 'unchanged' });
    expect((await windowDays())?.reading.value).toBe(45);
  });

  it('a changed text is found the same week: the endpoint changed, so the page is asked and read again', async () => {
    await scan();
    routes[ENDPOINT] = returnsJson(RETURNS_POLICY_HTML.replace('within 45 days', 'within 60 days'));
    const from = site.requests.length;
    const changed = await scan();
    expect(changed.changes).toEqual([expect.objectContaining({ term: 'returns.window_days', kind: 'changed', before: 45, after: 60 })]);
    // The endpoint once (its changed answer is reused), the page conditionally then in full, as when it is asked first.
    expect(since(from, ENDPOINT)).toHaveLength(1);
    expect(since(from, PAGE).map((r) => r.headers['if-none-match'] === undefined)).toEqual([false, true]);
  });

  it('the page and its endpoint both changed: the endpoint\'s new answer is read, not asked again', async () => {
    await scan();
    routes[ENDPOINT] = returnsJson(RETURNS_POLICY_HTML.replace('within 45 days', 'within 60 days'));
    routes[PAGE] = storefrontPage('Returns and refunds', `<div class="rte" data-content-src="${ENDPOINT}"></div>`, '', '<script src="/assets/content.js" defer></script>');
    const from = site.requests.length;
    const changed = await scan();
    expect(changed.changes).toEqual([expect.objectContaining({ term: 'returns.window_days', kind: 'changed', before: 45, after: 60 })]);
    expect(since(from, ENDPOINT)).toHaveLength(1);
    expect(since(from, PAGE)).toHaveLength(1);
  });

  it('the endpoint vanished and the text moved into the page: the page is asked and its new text read the same week', async () => {
    await scan();
    delete routes[ENDPOINT];
    routes[PAGE] = storefrontPage('Returns policy', RETURNS_POLICY_HTML.replace('within 45 days', 'within 30 days'));
    const from = site.requests.length;
    const moved = await scan();
    expect(moved.changes).toEqual([expect.objectContaining({ term: 'returns.window_days', kind: 'changed', before: 45, after: 30 })]);
    expect(since(from, PAGE).length).toBeGreaterThan(0);
    expect(storedPage()).toMatchObject({ textFrom: 'static' });
  });

  it('the endpoint vanished behind an unchanged page: the page is asked, then failed; the last good reading stands, marked stale', async () => {
    await scan();
    delete routes[ENDPOINT];
    const from = site.requests.length;
    const outcome = await scan();
    expect(since(from, PAGE)).toHaveLength(1);
    expect(outcome.problems).toContainEqual(expect.objectContaining({ url: site.url(PAGE), reason: expect.stringContaining(ENDPOINT) }));
    const window = await windowDays();
    expect(window?.reading.value).toBe(45);
    expect(window?.staleSince).toBeDefined();
  });

  it('the page is asked again once crawl.recheckMissingDays have passed since it last answered, and then stands again', async () => {
    await scan();
    pageAskedDaysAgo(29);
    let from = site.requests.length;
    await scan();
    expect(since(from, PAGE).map((r) => r.headers['if-none-match'])).toEqual([expect.any(String)]);
    // Its 304 is a new answer: the days count from this scan.
    expect(Date.now() - Date.parse(storedPage().lastFetchedAt)).toBeLessThan(DAY_MS);
    from = site.requests.length;
    await scan();
    expect(since(from, PAGE)).toEqual([]);
    // With 0 days the page is asked at every scan.
    from = site.requests.length;
    await scan(0);
    expect(since(from, PAGE)).toHaveLength(1);
  });

  it('the days count from the start of the scan that asked the page to this scan\'s start: exactly crawl.recheckMissingDays later, it is asked', async () => {
    await scan();
    // The scan that asked the page began exactly 28 days before this moment (so more than 28 before the next scan's
    // start); the page answered three minutes into it, so less than 28 days ago by its own answer.
    pageAskedDaysAgo(28, 3 * 60 * 1000);
    let from = site.requests.length;
    await scan();
    expect(since(from, PAGE)).toHaveLength(1);
    // A day short of the days, it stands.
    pageAskedDaysAgo(27);
    from = site.requests.length;
    await scan();
    expect(since(from, PAGE)).toEqual([]);
  });

  it('a page that failed at the last scan is asked, though its endpoint is unchanged and it answered within the days', async () => {
    await scan();
    // A redesign: the home page changed, so the page was asked, and it is gone.
    routes['/'] = storefrontPage('Home', '<p>Bedding and bath linen, woven in small batches. New: wool blankets.</p>');
    delete routes[PAGE];
    await scan();
    expect(storedPage()).toMatchObject({ lastStatus: 'failed' });
    // The home page is unchanged since, the endpoint too: the page is still asked, and still fails.
    const from = site.requests.length;
    const outcome = await scan();
    expect(since(from, '/')).toHaveLength(1);
    expect(since(from, PAGE)).toHaveLength(1);
    expect(outcome.problems).toContainEqual(expect.objectContaining({ url: site.url(PAGE) }));
  });

  it('a changed home page has the page asked, whatever its endpoint says', async () => {
    await scan();
    routes['/'] = storefrontPage('Home', '<p>Bedding and bath linen, woven in small batches. New: wool blankets.</p>');
    const from = site.requests.length;
    await scan();
    expect(since(from, PAGE)).toHaveLength(1);
    expect(since(from, ENDPOINT)).toHaveLength(1);
  });

  it('the trade-off: a page changed while its old endpoint did not is read only once the days have passed', async () => {
    await scan();
    // The shop moved the text into the page (now 30 days) but left the old endpoint in place, unchanged.
    routes[PAGE] = storefrontPage('Returns policy', RETURNS_POLICY_HTML.replace('within 45 days', 'within 30 days'));
    const unseen = await scan();
    expect(unseen.changes).toEqual([]);
    pageAskedDaysAgo(29);
    const seen = await scan();
    expect(seen.changes).toEqual([expect.objectContaining({ term: 'returns.window_days', kind: 'changed', before: 45, after: 30 })]);
  });

  // A redesign: the new home page links no returns page, the endpoint is retired, and the text is now in the page
  // itself. The stored links still rank the page, so its endpoint is asked early in its place; nothing links the page
  // any more, so it is probed as a well-known path, and the probe must read the page, not take its endpoint's answer.
  const redesign = (endpoint: Route | undefined) => {
    routes['/'] = '<!doctype html><html><head><title>Tidewater Linen</title></head><body><main><h1>Tidewater Linen</h1><p>Bedding and bath linen, woven in small batches.</p></main></body></html>';
    if (endpoint) routes[ENDPOINT] = endpoint;
    else delete routes[ENDPOINT];
    routes[PAGE] = storefrontPage('Returns policy', RETURNS_POLICY_HTML.replace('within 45 days', 'within 30 days'));
  };
  const readAfterRedesign = async () => {
    const from = site.requests.length;
    const week1 = await scan();
    expect(since(from, PAGE).length).toBeGreaterThan(0);
    expect(week1.changes).toContainEqual(expect.objectContaining({ term: 'returns.window_days', kind: 'changed', before: 45, after: 30 }));
    expect(week1.problems.filter((p) => p.reason.includes('no returns page'))).toEqual([]);
    expect(storedPage()).toMatchObject({ textFrom: 'static', lastStatus: 'ok' });
  };

  it('a redesign that retires the endpoint (404) and unlinks the page: the page probed is read itself, the same week', async () => {
    await scan();
    redesign(undefined);
    await readAfterRedesign();
  });

  it('the same redesign with the endpoint failing (503): the page probed is read itself, the same week', async () => {
    await scan();
    redesign({ status: 503, body: 'upstream error' });
    await readAfterRedesign();
  });
});

describe('shellStands', () => {
  const now = Date.parse('2026-12-07T00:00:00Z');
  const at = (days: number) => new Date(now - days * DAY_MS).toISOString();
  const crawl = { recheckMissingDays: 28, recheckRedirectDays: 28 };
  const url = 'https://shop.example/pages/returns';
  /** A page read from its endpoint, asked by a scan that started at `askedScanAt` (`now`: this scan's start). */
  const read = (askedScanAt: string, fetchedAt = askedScanAt): PreviousPageState => ({
    etag: '"a"',
    contentHash: 'a'.repeat(64),
    textFrom: 'endpoint',
    endpoint: { url: 'https://shop.example/api/returns.json', etag: '"b"', contentHash: 'b'.repeat(64) },
    fetchedAt,
    askedScanAt,
  });

  it('only a text read from an endpoint, whose page a scan asked that started less than crawl.recheckMissingDays before this one', () => {
    expect(shellStands(read(at(7)), crawl, url, now)).toBe(true);
    expect(shellStands(read(at(28)), crawl, url, now)).toBe(false);
    expect(shellStands(read(new Date(now - 28 * DAY_MS + 1).toISOString()), crawl, url, now)).toBe(true);
    // Scan start to scan start: the page answered minutes into that scan, so its answer is not 28 days old yet, but
    // the weekly scan four weeks on asks it (not five).
    expect(shellStands(read(at(28), new Date(now - 28 * DAY_MS + 3 * 60 * 1000).toISOString()), crawl, url, now)).toBe(false);
    // A store written before the scan's start was kept: asked once.
    const { askedScanAt: _unknownScan, ...unscanned } = read(at(1));
    expect(shellStands(unscanned, crawl, url, now)).toBe(false);
    expect(shellStands(read(at(1)), { ...crawl, recheckMissingDays: 0 }, url, now)).toBe(false);
    // A time in the future (a clock set back) proves nothing.
    expect(shellStands(read(at(-1)), crawl, url, now)).toBe(false);
    const { fetchedAt: _unknown, ...undated } = read(at(1));
    expect(shellStands(undated, crawl, url, now)).toBe(false);
    for (const textFrom of ['static', 'payload', 'rendered'] as const) expect(shellStands({ ...read(at(1)), textFrom }, crawl, url, now)).toBe(false);
    expect(shellStands(undefined, crawl, url, now)).toBe(false);
  });

  it('not while a remembered redirect of the page is due to be checked again', () => {
    const moved = (checkedDaysAgo: number) => ({ to: 'https://shop.example/pages/returns-2', via: [url], checkedAt: at(checkedDaysAgo) });
    expect(shellStands({ ...read(at(1)), moved: moved(1) }, crawl, url, now, now)).toBe(true);
    expect(shellStands({ ...read(at(1)), moved: moved(29) }, crawl, url, now, now)).toBe(false);
    // Checked minutes into a scan four weeks ago: by this scan's start it is not 28 days old, but the fetcher, ten
    // minutes in, re-checks it now, so the shell does not stand on it.
    const checkedMidScan = { ...moved(0), checkedAt: new Date(now - 28 * DAY_MS + 3 * 60 * 1000).toISOString() };
    expect(shellStands({ ...read(at(1)), moved: checkedMidScan }, crawl, url, now, now + 10 * 60 * 1000)).toBe(false);
  });
});

describe('rerenderDue', () => {
  const now = Date.parse('2026-12-07T00:00:00Z');
  const at = (days: number) => new Date(now - days * DAY_MS).toISOString();

  it('only a rendered text, once its last render is crawl.rerenderDays old or its age is unknown', () => {
    expect(rerenderDue({ textFrom: 'rendered', renderedAt: at(5.9) }, { rerenderDays: 6 }, now)).toBe(false);
    expect(rerenderDue({ textFrom: 'rendered', renderedAt: at(6) }, { rerenderDays: 6 }, now)).toBe(true);
    expect(rerenderDue({ textFrom: 'rendered' }, { rerenderDays: 6 }, now)).toBe(true);
    expect(rerenderDue({ textFrom: 'rendered', renderedAt: at(0) }, { rerenderDays: 0 }, now)).toBe(true);
    for (const textFrom of ['static', 'payload', 'endpoint'] as const) expect(rerenderDue({ textFrom }, { rerenderDays: 0 }, now)).toBe(false);
    expect(rerenderDue(undefined, { rerenderDays: 0 }, now)).toBe(false);
  });
});
