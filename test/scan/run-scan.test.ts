import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, type Config } from '../../src/config/config-schema.js';
import { EXIT } from '../../src/errors.js';
import { runScan } from '../../src/scan/run-scan.js';
import { openStore } from '../../src/store/open-store.js';
import { startSite, type LoopbackServer, type Route } from '../helpers/loopback-server.js';

function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<nav><a href="/">Home</a></nav><main><h1>${title}</h1>${body}</main>
<footer><a href="/returns">Returns</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact us</a></footer></body></html>`;
}

function shop(window: number, threshold: number, hours: string): Record<string, string> {
  return {
    '/': page('Home', '<p>Welcome to our shop. We sell useful things for the home and garden.</p>'),
    '/returns': page('Returns', `<p>You can return any item within ${window} days of delivery for a full refund.</p><p>Return shipping is free.</p>`),
    '/shipping': page('Shipping', `<p>We offer free standard shipping on orders over $${threshold}.</p><p>Orders ship within 1-2 business days.</p>`),
    '/contact': page('Contact us', `<p>Our support team is available ${hours}.</p><p>Email us or call us.</p>`),
    '/robots.txt': 'User-agent: *\nAllow: /\n',
  };
}

/** A shop that moved its returns page for good to /pages/returns; its footer still links /returns. */
function shopWithMovedReturns(): Record<string, Route> {
  const routes: Record<string, Route> = shop(30, 50, 'Monday to Friday, 9am to 5pm');
  routes['/pages/returns'] = routes['/returns']!;
  routes['/returns'] = { status: 301, headers: { location: '/pages/returns' }, body: '' };
  return routes;
}

/** A shop whose robots.txt names a sitemap index of these files, each a urlset of these paths. */
async function shopWithSitemaps(files: Record<string, string[]>): Promise<{ you: LoopbackServer; routes: Record<string, string>; urlset: (paths: string[]) => string }> {
  const routes: Record<string, string> = shop(30, 50, 'Monday to Friday, 9am to 5pm');
  const you = await startSite(routes);
  const urlset = (paths: string[]) =>
    `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${you.url(p)}</loc></url>`).join('')}</urlset>`;
  routes['/robots.txt'] = `User-agent: *\nAllow: /\nSitemap: ${you.url('/sitemap.xml')}\n`;
  routes['/sitemap.xml'] = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Object.keys(files).map((p) => `<sitemap><loc>${you.url(p)}</loc></sitemap>`).join('')}</sitemapindex>`;
  for (const [file, paths] of Object.entries(files)) routes[file] = urlset(paths);
  return { you, routes, urlset };
}

describe('runScan: config → crawl → extract → store, on loopback sites', () => {
  let dir: string;
  let servers: LoopbackServer[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sd-scan-'));
  });
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
    rmSync(dir, { recursive: true, force: true });
  });

  function configFor(you: LoopbackServer, rivals: LoopbackServer[]): Config {
    return configSchema.parse({
      you: { name: 'Juniper', site: you.origin },
      competitors: rivals.map((s, i) => ({ name: `Rival ${i + 1}`, site: s.origin })),
      crawl: { allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, retries: 0, timeoutMs: 5000, browser: 'never' },
      store: { db: join(dir, 'db.json'), snapshots: join(dir, 'snapshots') },
      report: { folder: join(dir, 'reports') },
    });
  }

  it('stores the terms of every business in a real file on disk', async () => {
    const you = await startSite(shop(30, 50, 'Monday to Friday, 9am to 5pm'));
    const rival = await startSite(shop(60, 75, '24/7'));
    servers = [you, rival];
    const config = configFor(you, [rival]);
    const outcome = await runScan(config, { dbPath: join(dir, 'db.json') });

    expect(outcome.exitCode).toBe(EXIT.ok);
    expect(outcome.pages.ok).toBeGreaterThanOrEqual(6);
    expect(existsSync(join(dir, 'db.json'))).toBe(true);
    expect(readFileSync(join(dir, 'db.json'), 'utf8')).toContain('returns.window_days');

    const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
    const terms = Object.fromEntries(store.latestTerms().map((b) => [b.name, b.terms]));
    await store.close();
    expect(terms.Juniper?.['returns.window_days']?.reading.value).toBe(30);
    expect(terms.Juniper?.['shipping.free_threshold']?.reading.value).toEqual({ amount: 50, currency: 'USD' });
    expect(terms.Juniper?.['support.hours']?.reading.value).toBe('Mo-Fr 09:00-17:00');
    expect(terms['Rival 1']?.['returns.window_days']?.reading.value).toBe(60);
    expect(terms['Rival 1']?.['support.hours']?.reading.value).toBe('24/7');
    expect(terms['Rival 1']?.['returns.window_days']?.url).toBe(rival.url('/returns'));
  });

  it('stores each page body as a snapshot under the hash its reading names (bodies are handed over during the crawl)', async () => {
    const you = await startSite(shop(30, 50, 'Monday to Friday, 9am to 5pm'));
    servers = [you];
    await runScan(configFor(you, []), { dbPath: join(dir, 'db.json') });
    const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
    const returns = store.pages('juniper').find((p) => p.url === you.url('/returns'));
    const body = returns?.contentHash ? await store.readSnapshot(returns.contentHash) : undefined;
    await store.close();
    expect(body).toContain('within 30 days of delivery');
  });

  it('finds a changed term on the next scan and nothing new on an unchanged one', async () => {
    const routes = shop(30, 50, 'Monday to Friday, 9am to 5pm');
    const you = await startSite(routes);
    servers = [you];
    const config = configFor(you, []);
    await runScan(config, { dbPath: join(dir, 'db.json') });
    const same = await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(same.changes).toEqual([]);

    routes['/returns'] = page('Returns', '<p>Items can be sent back within 45 days of delivery.</p><p>Return shipping is free.</p>');
    const changed = await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(changed.changes).toEqual([
      expect.objectContaining({ business: 'juniper', term: 'returns.window_days', kind: 'changed', before: 30, after: 45 }),
    ]);
  });

  it('does not probe again a well-known path that was missing at the last scan, and finds a page linked since', async () => {
    const routes = shop(30, 50, 'Monday to Friday, 9am to 5pm');
    const you = await startSite(routes);
    servers = [you];
    const config = configFor(you, []);
    await runScan(config, { dbPath: join(dir, 'db.json') });
    // The shop has no warranty page: its well-known paths were probed once and answered 404.
    const probed = (from: number) => you.requests.slice(from).filter((r) => r.path === '/warranty').length;
    expect(probed(0)).toBe(1);

    const before = you.requests.length;
    const second = await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(probed(before)).toBe(0);
    expect(second.problems.some((p) => p.kind === 'not-found' && p.reason.includes('warranty'))).toBe(true);

    // A warranty page linked from the home page is found at once, whatever was remembered about /warranty.
    routes['/'] = page('Home', '<p>Welcome.</p><p><a href="/warranty">Warranty</a></p>');
    routes['/warranty'] = page('Warranty', '<p>Every kettle has a two-year warranty against defects.</p>');
    const third = await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(third.problems.some((p) => p.kind === 'not-found' && p.reason.includes('warranty'))).toBe(false);
    const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
    expect(store.missingCheckedAt('juniper', you.url('/warranty'))).toBeUndefined();
    await store.close();
  });

  it('an unchanged re-scan asks only robots.txt, the home page, the sitemaps that can list a policy page and the pages', async () => {
    // A catalogue file that does list a policy page (a warranty page filed with the collections) is read at every scan.
    const { you, routes } = await shopWithSitemaps({
      '/sitemap_products_1.xml': ['/products/copper-kettle', '/products/tea-towel'],
      '/sitemap_pages_1.xml': ['/returns', '/shipping', '/contact'],
      '/sitemap_collections_1.xml': ['/collections/kettles', '/pages/warranty-terms'],
    });
    servers = [you];
    routes['/pages/warranty-terms'] = page('Warranty', '<p>Every kettle has a two-year warranty against defects.</p>');
    const config = configFor(you, []);
    await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(you.requests.filter((r) => r.path === '/sitemap_products_1.xml')).toHaveLength(1);

    const before = you.requests.length;
    await runScan(config, { dbPath: join(dir, 'db.json') });
    // The fetcher's soft-404 check of a host with short pages (not-content.ts) is asked at every scan, at a random path.
    const asked = [...new Set(you.requests.slice(before).map((r) => r.path))].filter((p) => !p.startsWith('/servicediff-probe-')).sort();
    expect(asked).toEqual(['/', '/contact', '/pages/warranty-terms', '/returns', '/robots.txt', '/shipping', '/sitemap.xml', '/sitemap_collections_1.xml', '/sitemap_pages_1.xml']);
    const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
    expect(store.missingCheckedAt('juniper', you.url('/sitemap_products_1.xml'))).toBeDefined();
    expect(store.missingCheckedAt('juniper', you.url('/sitemap_collections_1.xml'))).toBeUndefined();
    await store.close();
  });

  it('a re-scan finds a policy page added since to the content-pages sitemap or linked from the home page', async () => {
    const { you, routes, urlset } = await shopWithSitemaps({
      '/sitemap_products_1.xml': ['/products/copper-kettle'],
      '/sitemap_pages_1.xml': ['/returns', '/shipping', '/contact'],
    });
    servers = [you];
    const config = configFor(you, []);
    await runScan(config, { dbPath: join(dir, 'db.json') });
    const kept = async () => {
      const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
      const urls = store.pages('juniper').map((p) => p.url);
      await store.close();
      return urls;
    };
    expect(await kept()).not.toContain(you.url('/pages/kettle-warranty'));

    // Listed only in the content-pages sitemap (no link, no well-known path): found at the next scan.
    routes['/sitemap_pages_1.xml'] = urlset(['/returns', '/shipping', '/contact', '/pages/kettle-warranty']);
    routes['/pages/kettle-warranty'] = page('Kettle warranty', '<p>Every kettle has a two-year warranty against defects.</p>');
    await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(await kept()).toContain(you.url('/pages/kettle-warranty'));

    // Linked from the changed home page under an opaque slug: found at the next scan too.
    routes['/'] = page('Home', '<p>Welcome.</p><p><a href="/pages/p-7731">Price match guarantee</a></p>');
    routes['/pages/p-7731'] = page('Price match guarantee', '<p>If you find a lower price within 14 days, we refund the difference.</p>');
    await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(await kept()).toContain(you.url('/pages/p-7731'));
  });

  it('asks for an unchanged home page conditionally and reuses its links; a changed home page is read again', async () => {
    const routes: Record<string, Route> = shop(30, 50, 'Monday to Friday, 9am to 5pm');
    let home = page('Home', '<p>Welcome to our shop.</p>');
    // The home page with an ETag of its content, answering 304 to a request that names that ETag.
    routes['/'] = (req, res) => {
      const etag = `"${createHash('sha1').update(home).digest('hex').slice(0, 12)}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag });
      res.end(home);
    };
    const you = await startSite(routes);
    servers = [you];
    const config = configFor(you, []);
    await runScan(config, { dbPath: join(dir, 'db.json') });
    const homeAsked = (from: number) => you.requests.slice(from).filter((r) => r.path === '/');
    expect(homeAsked(0)[0]?.headers['if-none-match']).toBeUndefined();

    const before = you.requests.length;
    const same = await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(homeAsked(before).map((r) => r.headers['if-none-match'])).toEqual([expect.stringMatching(/^"[0-9a-f]{12}"$/)]);
    // The footer links came from the stored home page: every policy page was asked for again, none reported missing.
    expect(same.changes).toEqual([]);
    for (const path of ['/returns', '/shipping', '/contact']) expect(you.requests.slice(before).some((r) => r.path === path)).toBe(true);
    expect(same.problems.filter((p) => /returns|shipping|support/.test(p.reason))).toEqual([]);

    home = page('Home', '<p>Welcome.</p><p><a href="/pages/p-7731">Price match guarantee</a></p>');
    routes['/pages/p-7731'] = page('Price match guarantee', '<p>If you find a lower price within 14 days, we refund the difference.</p>');
    await runScan(config, { dbPath: join(dir, 'db.json') });
    const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
    expect(store.pages('juniper').map((p) => p.url)).toContain(you.url('/pages/p-7731'));
    expect(store.previousHome('juniper')?.links.some((l) => l.url === you.url('/pages/p-7731'))).toBe(true);
    await store.close();
  });

  it('asks for robots.txt with its stored validators and leaves the sitemaps unasked while the home page is unchanged; a failed robots.txt leaves the stored ones', async () => {
    const routes: Record<string, Route> = shop(30, 50, 'Monday to Friday, 9am to 5pm');
    const you = await startSite(routes, { validators: true });
    servers = [you];
    routes['/robots.txt'] = `User-agent: *\nDisallow: /cart\nSitemap: ${you.url('/sitemap.xml')}\n`;
    routes['/sitemap.xml'] = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${you.url('/pages/kettle-warranty')}</loc></url></urlset>`;
    routes['/pages/kettle-warranty'] = page('Kettle warranty', '<p>Every kettle has a two-year warranty against defects.</p>');
    const config = configFor(you, []);
    await runScan(config, { dbPath: join(dir, 'db.json') });
    const stored = async () => {
      const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
      const state = { robots: store.previousRobots(you.url('/robots.txt')), sitemaps: store.previousSitemaps('juniper'), pages: store.pages('juniper').map((p) => p.url) };
      await store.close();
      return state;
    };
    const first = await stored();
    expect(first.robots?.text).toContain('Disallow: /cart');
    expect(first.sitemaps?.map((s) => [s.url, s.locs])).toEqual([[you.url('/sitemap.xml'), [you.url('/pages/kettle-warranty')]]]);

    // Unchanged: robots.txt and the home page answer 304; the sitemap, read within crawl.recheckMissingDays, is not
    // asked (sitemaps are discovery), and the sitemap-only warranty page is still found from its stored entries.
    let before = you.requests.length;
    const same = await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(same.changes).toEqual([]);
    const asked = (path: string) => you.requests.slice(before).filter((r) => r.path === path).map((r) => r.headers['if-none-match']);
    expect(asked('/robots.txt')).toEqual([first.robots?.etag]);
    expect(asked('/')).toEqual([expect.any(String)]);
    expect(asked('/sitemap.xml')).toEqual([]);
    expect(asked('/pages/kettle-warranty')).toHaveLength(1);
    expect(await stored()).toEqual(first);

    // robots.txt fails: no page is read (C1), and the stored file and sitemaps are kept for the next scan.
    routes['/robots.txt'] = { status: 503, body: 'busy' };
    before = you.requests.length;
    await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(you.requests.slice(before).map((r) => r.path)).toEqual(['/robots.txt']);
    expect(await stored()).toEqual(first);
  });

  it('with crawl.recheckMissingDays 0 probes the missing paths at every scan', async () => {
    const you = await startSite(shop(30, 50, 'Monday to Friday, 9am to 5pm'));
    servers = [you];
    const config = configSchema.parse({ ...configFor(you, []), crawl: { ...configFor(you, []).crawl, recheckMissingDays: 0 } });
    await runScan(config, { dbPath: join(dir, 'db.json') });
    await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(you.requests.filter((r) => r.path === '/warranty')).toHaveLength(2);
  });

  it('asks a permanently moved page at its target; a redirect whose target died is followed again, to where it now points', async () => {
    const routes = shopWithMovedReturns();
    const you = await startSite(routes, { validators: true });
    servers = [you];
    const config = configFor(you, []);
    await runScan(config, { dbPath: join(dir, 'db.json') });
    const moved = async () => {
      const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
      const state = store.previousPageState('juniper', you.url('/returns'))?.moved;
      await store.close();
      return state;
    };
    expect(await moved()).toMatchObject({ to: you.url('/pages/returns'), via: [you.url('/returns')] });

    // Unchanged: the target alone is asked, conditionally, and answers 304.
    let before = you.requests.length;
    const same = await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(same.changes).toEqual([]);
    const asked = (path: string) => you.requests.slice(before).filter((r) => r.path === path);
    expect(asked('/returns')).toHaveLength(0);
    expect(asked('/pages/returns').map((r) => r.headers['if-none-match'])).toEqual([expect.any(String)]);

    // The shop moves its returns page again and deletes the old one: the old link is followed to the new place.
    routes['/returns'] = { status: 301, headers: { location: '/help/returns-policy' }, body: '' };
    routes['/help/returns-policy'] = routes['/pages/returns']!.toString().replace('within 30 days', 'within 60 days');
    delete routes['/pages/returns'];
    before = you.requests.length;
    const changed = await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(changed.changes).toEqual([expect.objectContaining({ term: 'returns.window_days', kind: 'changed', before: 30, after: 60 })]);
    expect(asked('/pages/returns')).toHaveLength(1);
    expect(asked('/returns')).toHaveLength(1);
    expect(await moved()).toMatchObject({ to: you.url('/help/returns-policy') });
  });

  it('asks a home page that moved for good at its target, and follows the old address again once the target is gone', async () => {
    const routes: Record<string, Route> = shop(30, 50, 'Monday to Friday, 9am to 5pm');
    // The shop's home lives under a locale path; its answers carry no validators, so only the redirect is remembered.
    routes['/en/'] = routes['/']!;
    routes['/'] = { status: 301, headers: { location: '/en/' }, body: '' };
    const you = await startSite(routes);
    servers = [you];
    const config = configFor(you, []);
    await runScan(config, { dbPath: join(dir, 'db.json') });
    let before = you.requests.length;
    const same = await runScan(config, { dbPath: join(dir, 'db.json') });
    const asked = (path: string) => you.requests.slice(before).filter((r) => r.path === path).length;
    expect(asked('/')).toBe(0);
    expect(asked('/en/')).toBe(1);
    // The footer links were read from the target as before: every policy page is still there, nothing reported missing.
    expect(same.changes).toEqual([]);
    expect(same.problems.filter((p) => /returns|shipping|support/.test(p.reason))).toEqual([]);

    routes['/us/'] = routes['/en/']!;
    delete routes['/en/'];
    routes['/'] = { status: 301, headers: { location: '/us/' }, body: '' };
    before = you.requests.length;
    const moved = await runScan(config, { dbPath: join(dir, 'db.json') });
    expect([asked('/en/'), asked('/'), asked('/us/')]).toEqual([1, 1, 1]);
    expect(moved.problems.filter((p) => /returns|shipping|support/.test(p.reason))).toEqual([]);
  });

  it('a Disallow added since the last scan is obeyed at once: neither a page nor a remembered redirect of it is asked', async () => {
    const routes = shopWithMovedReturns();
    const you = await startSite(routes, { validators: true });
    servers = [you];
    const config = configFor(you, []);
    await runScan(config, { dbPath: join(dir, 'db.json') });
    routes['/robots.txt'] = 'User-agent: *\nDisallow: /shipping\nDisallow: /returns\n';
    const before = you.requests.length;
    const second = await runScan(config, { dbPath: join(dir, 'db.json') });
    const asked = you.requests.slice(before).map((r) => r.path);
    expect(asked).toContain('/robots.txt');
    expect(asked.filter((p) => p === '/shipping' || p === '/returns')).toEqual([]);
    // The shipping page can no longer be read: its last reading stands, and the scan says why.
    expect(second.changes).toEqual([]);
    expect(second.problems.some((p) => p.kind === 'robots-disallowed' && p.url === you.url('/shipping'))).toBe(true);
  });

  it('with crawl.recheckRedirectDays 0 follows a redirect at every scan: one now pointing elsewhere is seen at once', async () => {
    const routes = shopWithMovedReturns();
    const you = await startSite(routes, { validators: true });
    servers = [you];
    const base = configFor(you, []);
    const config = configSchema.parse({ ...base, crawl: { ...base.crawl, recheckRedirectDays: 0 } });
    await runScan(config, { dbPath: join(dir, 'db.json') });
    // The old page stays up, unchanged; only the redirect moved.
    routes['/help/returns-policy'] = routes['/pages/returns']!.toString().replace('within 30 days', 'within 60 days');
    routes['/returns'] = { status: 301, headers: { location: '/help/returns-policy' }, body: '' };
    const second = await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(second.changes).toEqual([expect.objectContaining({ term: 'returns.window_days', kind: 'changed', before: 30, after: 60 })]);
  });

  it('keeps the last good reading of a competitor whose site is down, and scans the others', async () => {
    const you = await startSite(shop(30, 50, 'Monday to Friday, 9am to 5pm'));
    const rival = await startSite(shop(60, 75, '24/7'));
    servers = [you, rival];
    const config = configFor(you, [rival]);
    await runScan(config, { dbPath: join(dir, 'db.json') });
    await rival.close();

    const second = await runScan(config, { dbPath: join(dir, 'db.json') });
    expect(second.exitCode).toBe(EXIT.partial);
    expect(second.problems.some((p) => p.business === 'rival-1')).toBe(true);
    expect(second.changes.filter((c) => c.business === 'rival-1')).toEqual([]);

    const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
    const rivalTerms = store.latestTerms().find((b) => b.id === 'rival-1');
    const juniper = store.latestTerms().find((b) => b.id === 'juniper');
    await store.close();
    expect(rivalTerms?.terms['returns.window_days']?.reading.value).toBe(60);
    expect(rivalTerms?.terms['returns.window_days']?.staleSince).toBeDefined();
    expect(juniper?.terms['returns.window_days']?.staleSince).toBeUndefined();
  });
});

describe('recentlyMissing', () => {
  const store = { missingCheckedAt: (_b: string, url: string) => (url.endsWith('/warranty') ? '2026-11-01T00:00:00.000Z' : undefined) };

  it('skips a path found missing within the last N days', async () => {
    const { recentlyMissing } = await import('../../src/scan/run-scan.js');
    expect(recentlyMissing(store, 28, '2026-11-20T00:00:00.000Z')('b', 'http://127.0.0.1:1/warranty')).toBe(true);
  });

  it('probes it again once N days have passed', async () => {
    const { recentlyMissing } = await import('../../src/scan/run-scan.js');
    expect(recentlyMissing(store, 28, '2026-11-30T00:00:00.000Z')('b', 'http://127.0.0.1:1/warranty')).toBe(false);
  });

  it('probes a path never found missing, and every path when N is 0', async () => {
    const { recentlyMissing } = await import('../../src/scan/run-scan.js');
    expect(recentlyMissing(store, 28, '2026-11-20T00:00:00.000Z')('b', 'http://127.0.0.1:1/returns')).toBe(false);
    expect(recentlyMissing(store, 0, '2026-11-02T00:00:00.000Z')('b', 'http://127.0.0.1:1/warranty')).toBe(false);
  });
});

describe('dropCoveredNotFound', () => {
  const problem = (category: string) => ({
    business: 'b',
    url: 'http://127.0.0.1:1',
    kind: 'not-found' as const,
    reason: `no ${category} page found in links, sitemaps or well-known paths of 127.0.0.1:1`,
    at: '2026-11-25T00:00:00.000Z',
  });
  const business = {
    id: 'b',
    name: 'B',
    site: 'http://127.0.0.1:1',
    isYou: false,
    problems: [problem('warranty'), problem('guarantee')],
    pages: [
      {
        url: 'http://127.0.0.1:1/guarantee',
        finalUrl: 'http://127.0.0.1:1/guarantee',
        categories: ['guarantee' as const],
        reasons: ['footer link'],
        status: 'ok' as const,
        fetchedAt: '2026-11-25T00:00:00.000Z',
        extract: {
          url: 'http://127.0.0.1:1/guarantee',
          category: ['guarantee' as const],
          terms: { 'warranty.duration_months': { value: 'lifetime' as const, evidence: 'lifetime warranty', confidence: 0.9 } },
        },
      },
    ],
  };

  it('drops "no warranty page found" when another page states the warranty', async () => {
    const { dropCoveredNotFound } = await import('../../src/scan/run-scan.js');
    expect(dropCoveredNotFound(business).problems.map((p) => p.reason)).toEqual([]);
  });

  it('keeps it when the page covering the category failed this run', async () => {
    const { dropCoveredNotFound } = await import('../../src/scan/run-scan.js');
    const failed = { ...business, pages: business.pages.map((p) => ({ ...p, status: 'failed' as const })) };
    expect(dropCoveredNotFound(failed).problems).toHaveLength(2);
  });
});
