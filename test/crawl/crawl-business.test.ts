/**
 * crawlBusiness on an unchanged re-scan (issue 12): a legacy link whose remembered permanent redirect leads to a page
 * that is also a candidate asks that page's URL once, not once per candidate; the widget endpoint behind it too; a
 * page kept beside a chosen one (terms of service) whose text stated no term is not asked while nothing changed; the
 * sitemaps it hands on carry the scan's start. A real loopback storefront that answers 304 to its ETags, the real
 * fetcher, and scans recorded in a real lowdb file between runs (which is what remembers the redirect).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, type Config } from '../../src/config/config-schema.js';
import { DAY_MS } from '../../src/days.js';
import { runScan } from '../../src/scan/run-scan.js';
import { openStore } from '../../src/store/open-store.js';
import { startSite, type LoopbackServer } from '../helpers/loopback-server.js';
import { RETURNS_POLICY_HTML, storefrontPage, storefrontRoutes } from '../helpers/storefront.js';

describe('crawlBusiness: one request per URL asked, on the first scan and on an unchanged re-scan', () => {
  let dir: string;
  let site: LoopbackServer | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sd-business-'));
  });
  afterEach(async () => {
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function configFor(origin: string): Config {
    return configSchema.parse({
      you: { name: 'Linen', site: origin },
      // No browser: the widget's endpoint is read by the fetcher alone.
      crawl: { allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, retries: 0, timeoutMs: 5000, browser: 'never' },
      store: { db: join(dir, 'db.json'), snapshots: join(dir, 'snapshots') },
      report: { folder: join(dir, 'reports') },
    });
  }

  it('a legacy link and the page it redirects to, both candidates: the first scan asks the page and its endpoint once, and stores one reading for both', async () => {
    const routes = storefrontRoutes('empty-box');
    routes['/'] = storefrontPage('Home', '<p>Bedding and bath linen, woven in small batches.</p><p><a href="/returns-policy">Our return policy</a></p>');
    routes['/returns-policy'] = { status: 301, headers: { location: '/pages/returns' } };
    site = await startSite(routes, { validators: true });
    const config = configFor(site.origin);
    await runScan(config, { dbPath: join(dir, 'db.json') });
    const asked = (path: string) => site!.requests.filter((r) => r.path === path).length;
    // Whichever of the two asks first reads the page; the other takes that reading instead of asking again.
    expect(asked('/returns-policy')).toBe(1);
    expect(asked('/pages/returns')).toBe(1);
    expect(asked('/api/content/returns.json')).toBe(1);
    const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
    const legacy = store.previousPageState('linen', site.url('/returns-policy'));
    const target = store.previousPageState('linen', site.url('/pages/returns'));
    await store.close();
    expect(legacy).toMatchObject({ moved: { to: site.url('/pages/returns') }, contentHash: target?.contentHash, textFrom: target?.textFrom });
  });

  it('a legacy link redirected for good to a linked page: the page and its endpoint are asked once, and both readings stay', async () => {
    const routes = storefrontRoutes('empty-box');
    // The home page still links the shop's old returns URL, which moved for good to the page the menus link.
    routes['/'] = storefrontPage('Home', '<p>Bedding and bath linen, woven in small batches.</p><p><a href="/returns-policy">Our return policy</a></p>');
    routes['/returns-policy'] = { status: 301, headers: { location: '/pages/returns' } };
    site = await startSite(routes, { validators: true });
    const config = configFor(site.origin);
    const scan = () => runScan(config, { dbPath: join(dir, 'db.json') });
    const asked = (from: number, path: string) => site!.requests.slice(from).filter((r) => r.path === path).length;

    await scan();
    const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
    const legacy = store.previousPageState('linen', site.url('/returns-policy'));
    const target = store.previousPageState('linen', site.url('/pages/returns'));
    await store.close();
    // Both candidates were read and stored: the legacy one with its redirect remembered, the same reading as the page's.
    expect(legacy).toMatchObject({ moved: { to: site.url('/pages/returns') }, textFrom: 'endpoint' });
    expect(legacy?.contentHash).toBe(target?.contentHash);

    const from = site.requests.length;
    const same = await scan();
    expect(same.changes).toEqual([]);
    expect(asked(from, '/returns-policy')).toBe(0);
    // The page's text is its endpoint's, which answered 304: the page itself stands (crawl-page.ts shellStands).
    expect(asked(from, '/pages/returns')).toBe(0);
    expect(asked(from, '/api/content/returns.json')).toBe(1);
    const after = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
    // The legacy page is still stored with its own URL and its remembered redirect, unchanged.
    expect(after.previousPageState('linen', site.url('/returns-policy'))).toMatchObject({ moved: legacy!.moved, contentHash: legacy!.contentHash });
    expect(after.previousPageState('linen', site.url('/pages/returns'))?.contentHash).toBe(target?.contentHash);
    await after.close();
  });
});

describe("crawlBusiness: a page kept beside a category's chosen page, read as stating no term, is not asked again for a while", () => {
  // The storefront's footer links its terms of service: a candidate that only may cover returns, warranty and guarantee
  // (a page is named for returns and warranty, none for guarantee). Read once, it states no term.
  let dir: string;
  let site: LoopbackServer | undefined;
  let routes: ReturnType<typeof storefrontRoutes>;
  const TERMS = '/policies/terms-of-service';
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-standing-'));
    routes = storefrontRoutes('static');
    routes['/pages/shipping'] = storefrontPage('Shipping', '<p>Orders leave our mill within two working days of payment.</p><p>Standard delivery takes four to six working days.</p>');
    routes['/pages/contact'] = storefrontPage('Contact', '<p>Write to care@tidewater.example and we answer within one working day.</p>');
    routes['/pages/warranty'] = storefrontPage('Warranty', '<p>Every throw carries a two-year warranty against defects in weaving.</p>');
    site = await startSite(routes, { validators: true });
  });
  afterEach(async () => {
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const configFor = (origin: string, recheckMissingDays = 28): Config =>
    configSchema.parse({
      you: { name: 'Linen', site: origin },
      crawl: { allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, retries: 0, timeoutMs: 5000, browser: 'never', recheckMissingDays },
      store: { db: join(dir, 'db.json'), snapshots: join(dir, 'snapshots') },
      report: { folder: join(dir, 'reports') },
    });
  const scan = (config = configFor(site!.origin)) => runScan(config, { dbPath: join(dir, 'db.json') });
  /** Requests for `path` since request number `from`. */
  const asked = (from: number, path: string) => site!.requests.slice(from).filter((r) => r.path === path).length;
  /** The FAQ kept beside the returns page stands at an unchanged re-scan, and is asked again once that page changed. */
  const faqStandsUntilReturnsChange = async () => {
    let from = site!.requests.length;
    await scan();
    expect(asked(from, '/pages/faq')).toBe(0);
    routes['/pages/returns'] = storefrontPage('Returns policy', RETURNS_POLICY_HTML.replace('45 days', '60 days'));
    from = site!.requests.length;
    await scan();
    expect(asked(from, '/pages/faq')).toBe(1);
  };
  const termsStored = async () => {
    const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
    const state = store.previousPageState('linen', site!.url(TERMS));
    await store.close();
    return state;
  };

  it('an unchanged re-scan does not ask it; its stored reading stays, and the policy page is still revalidated', async () => {
    await scan();
    const before = await termsStored();
    expect(before?.contentHash).toBeDefined();
    const from = site!.requests.length;
    const same = await scan();
    expect(same.changes).toEqual([]);
    expect(asked(from, TERMS)).toBe(0);
    expect(asked(from, '/pages/returns')).toBe(1);
    expect(await termsStored()).toEqual(before);
    // Nor is anything asked in its place: robots.txt, the home page and the four policy pages (the /sitemap.xml guess
    // that answered 404 is a missing well-known path, not guessed again for crawl.recheckMissingDays).
    expect(site!.requests.slice(from).map((r) => r.path).sort()).toEqual(['/', '/pages/contact', '/pages/returns', '/pages/shipping', '/pages/warranty', '/robots.txt']);
  });

  it('it is asked again when the page of a category it may cover changed, or vanished', async () => {
    await scan();
    routes['/pages/returns'] = storefrontPage('Returns policy', RETURNS_POLICY_HTML.replace('45 days', '60 days'));
    let from = site!.requests.length;
    await scan();
    expect(asked(from, TERMS)).toBe(1);
    await scan();
    delete routes['/pages/returns'];
    from = site!.requests.length;
    await scan();
    expect(asked(from, TERMS)).toBe(1);
  });

  it('it is asked again once crawl.recheckMissingDays have passed since it was read', async () => {
    await scan();
    // The scan that read it, moved 29 days back.
    const db = JSON.parse(readFileSync(join(dir, 'db.json'), 'utf8'));
    expect(db.businesses.linen.missing[site!.url(TERMS)]).toBeDefined();
    db.businesses.linen.missing[site!.url(TERMS)] = new Date(Date.now() - 29 * DAY_MS).toISOString();
    writeFileSync(join(dir, 'db.json'), JSON.stringify(db));
    let from = site!.requests.length;
    await scan();
    expect(asked(from, TERMS)).toBe(1);
    // Still stating nothing (its 304 vouches for the stored reading): remembered again from this scan.
    from = site!.requests.length;
    await scan();
    expect(asked(from, TERMS)).toBe(0);
    // With 0 days it is asked at every scan.
    from = site!.requests.length;
    await scan(configFor(site!.origin, 0));
    expect(asked(from, TERMS)).toBe(1);
  });

  it('a changed home page re-discovers: it is asked again', async () => {
    await scan();
    routes['/'] = storefrontPage('Home', '<p>Bedding and bath linen, woven in small batches. New: wool blankets.</p>');
    const from = site!.requests.length;
    await scan();
    expect(asked(from, TERMS)).toBe(1);
  });

  it("a second page named for its category that states no term is left unasked too; the category's chosen page never is", async () => {
    // An FAQ linked from the home page's text: named for support, ranked below the footer's contact page.
    routes['/'] = storefrontPage('Home', '<p>Bedding and bath linen, woven in small batches.</p><p>Questions? See our <a href="/pages/faq">FAQ</a>.</p>');
    routes['/pages/faq'] = storefrontPage('FAQ', '<p>Our throws are woven from flax grown in the valley.</p><p>Each one is folded by hand before it leaves.</p>');
    // The chosen contact page states no term either, and is still asked.
    routes['/pages/contact'] = storefrontPage('Contact', '<p>We are a small team of weavers by the river.</p>');
    await scan();
    expect(asked(0, '/pages/faq')).toBe(1);
    const from = site!.requests.length;
    await scan();
    expect(asked(from, '/pages/faq')).toBe(0);
    expect(asked(from, '/pages/contact')).toBe(1);
  });

  it('a page its category would read that robots.txt refuses, at this scan as at the last, is no change: it stays unasked', async () => {
    // The shop disallows its terms of service, which the footer still links: the only guarantee candidate, so it is
    // read at every scan and refused both times. The FAQ, in the home page's menu, is kept beside the returns page and
    // states no term.
    routes['/robots.txt'] = `User-agent: *\nDisallow: /cart\nDisallow: ${TERMS}\n`;
    routes['/'] = storefrontPage('Home', '<p>Bedding and bath linen, woven in small batches.</p><nav><a href="/pages/faq">FAQ</a></nav>');
    routes['/pages/faq'] = storefrontPage('FAQ', '<p>Our throws are woven from flax grown in the valley.</p><p>Each one is folded by hand before it leaves.</p>');
    await scan();
    expect(asked(0, '/pages/faq')).toBe(1);
    expect(asked(0, TERMS)).toBe(0);
    // A read page that changed still has it asked again.
    await faqStandsUntilReturnsChange();
  });

  it('it is asked again when its category\'s page changed, though it took its slot only after a refused page', async () => {
    // Linked in the home page's text, the FAQ ranks for returns below the terms of service robots.txt refuses: it
    // takes the returns slot that page leaves, in the crawl's second round.
    routes['/robots.txt'] = `User-agent: *\nDisallow: /cart\nDisallow: ${TERMS}\n`;
    routes['/'] = storefrontPage('Home', '<p>Bedding and bath linen, woven in small batches.</p><p>Questions? See our <a href="/pages/faq">FAQ</a>.</p>');
    routes['/pages/faq'] = storefrontPage('FAQ', '<p>Our throws are woven from flax grown in the valley.</p><p>Each one is folded by hand before it leaves.</p>');
    await scan();
    await faqStandsUntilReturnsChange();
  });

  it("a 'FAQ' link that outranks the 'Customer service' page by its name, and states no term, stands from the first re-scan on", async () => {
    // The FAQ link's text and slug both name support; the customer-service page sits at a slug that says nothing. By
    // names alone the FAQ is the support page; by what the two pages said, the customer-service page is.
    routes['/'] = `<!doctype html><html><body><p>Bedding and bath linen, woven in small batches.</p>
<footer><a href="/pages/returns">Returns</a><a href="/pages/faq">FAQ</a><a href="/pages/p-7k2x">Customer service</a></footer></body></html>`;
    routes['/pages/faq'] = storefrontPage('FAQ', '<p>Our throws are woven from flax grown in the valley.</p><p>Each one is folded by hand before it leaves.</p>');
    routes['/pages/p-7k2x'] = storefrontPage('Customer service', '<p>Write to care@tidewater.example and we answer within one working day.</p>');
    await scan();
    expect(asked(0, '/pages/faq')).toBe(1);
    let from = site!.requests.length;
    await scan();
    expect(asked(from, '/pages/faq')).toBe(0);
    expect(asked(from, '/pages/p-7k2x')).toBe(1);
    // What it stood beside still counts: a changed customer-service page has it asked again.
    routes['/pages/p-7k2x'] = storefrontPage('Customer service', '<p>Write to care@tidewater.example and we answer within two working days.</p>');
    from = site!.requests.length;
    await scan();
    expect(asked(from, '/pages/faq')).toBe(1);
  });

  it('a shared page that states a policy is asked at every scan', async () => {
    routes[TERMS] = storefrontPage('Terms of service', '<p>You may send back any unworn item within 30 days of delivery for a refund.</p>');
    await scan();
    const from = site!.requests.length;
    await scan();
    expect(asked(from, TERMS)).toBe(1);
  });
});

describe('crawlBusiness: what it hands on for the next scan', () => {
  let dir: string;
  let site: LoopbackServer | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sd-stamps-'));
  });
  afterEach(async () => {
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a sitemap read by a scan is stamped with that scan's start, so its days count scan start to scan start, as a standing shell's do", async () => {
    const routes = storefrontRoutes('static');
    site = await startSite(routes, { validators: true });
    routes['/sitemap.xml'] = {
      headers: { 'content-type': 'application/xml' },
      body: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${site.url('/pages/returns')}</loc></url></urlset>`,
    };
    const config = configSchema.parse({
      you: { name: 'Linen', site: site.origin },
      crawl: { allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, retries: 0, timeoutMs: 5000, browser: 'never' },
      store: { db: join(dir, 'db.json'), snapshots: join(dir, 'snapshots') },
      report: { folder: join(dir, 'reports') },
    });
    await runScan(config, { dbPath: join(dir, 'db.json') });
    const db = JSON.parse(readFileSync(join(dir, 'db.json'), 'utf8'));
    const sitemaps: { readAt?: string }[] = db.businesses.linen.sitemaps ?? [];
    expect(sitemaps.length).toBeGreaterThan(0);
    expect(sitemaps.map((file) => file.readAt)).toEqual(sitemaps.map(() => db.scans.at(-1).startedAt));
  });
});
