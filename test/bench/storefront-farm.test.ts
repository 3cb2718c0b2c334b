/**
 * The benchmark's storefront farm keeps the promises bench:crawl scores by: the same plan every run, every kind of
 * page it claims, pages of real weight, policy text absent from the static HTML of a JavaScript page and present once
 * Chromium ran its scripts, legacy links that redirect, and robots.txt disallowing the copies it plants.
 */
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byKindSince, startFarm, type Farm } from '../../bench/farm/start-farm.js';
import { planStorefront, type StorefrontPlan, type StorefrontPolicy } from '../../bench/farm/storefront-plan.js';
import { parseRobots } from '../../src/fetch/robots.js';
import { parseSitemap } from '../../src/discover/sitemap.js';
import { TEST_CHROMIUM } from '../helpers/chromium.js';

/** Enough sites for every render kind and every reach to occur (the plan is seeded, so this never varies). */
const SITES = 30;

describe('storefront farm plan', () => {
  it('is the same on every run and holds every page kind bench:crawl reports', () => {
    const plans = Array.from({ length: SITES }, (_, i) => planStorefront(i));
    expect(Array.from({ length: SITES }, (_, i) => planStorefront(i))).toEqual(plans);
    const policies = plans.flatMap((p) => p.policies);
    for (const render of ['static', 'app-mount', 'inline-payload', 'widget-endpoint'] as const) {
      expect(policies.some((p) => p.render === render), render).toBe(true);
    }
    for (const reach of ['linked', 'opaque-link', 'legacy-link', 'sitemap-only', 'probe-only'] as const) {
      expect(policies.some((p) => p.reach === reach), reach).toBe(true);
    }
    for (const plan of plans) expect(plan.policies.map((p) => p.category).slice(0, 3)).toEqual(['returns', 'shipping', 'support']);
  });
});

describe('storefront farm pages', () => {
  let farm: Farm;
  let browser: Browser;
  const get = (origin: string, path: string) => fetch(origin + path, { redirect: 'manual' });
  const policies = () =>
    farm.sites.flatMap((site) => (site.plan as StorefrontPlan).policies.map((policy) => ({ site, plan: site.plan as StorefrontPlan, policy })));
  const firstOf = (render: StorefrontPolicy['render']) => policies().find((x) => x.policy.render === render)!;

  beforeAll(async () => {
    farm = await startFarm({ sites: SITES, latencyMs: 0, style: 'storefront' });
    browser = await chromium.launch({ executablePath: TEST_CHROMIUM });
  });
  afterAll(async () => {
    await browser?.close();
    await farm?.close();
  });

  it('serves every policy page at 40–150 KB, with its marker in the static HTML only when the page is static', async () => {
    for (const { site, policy } of policies()) {
      const body = await (await get(site.origin, policy.path)).text();
      expect(body.length, policy.path).toBeGreaterThanOrEqual(40 * 1024);
      expect(body.length, policy.path).toBeLessThanOrEqual(150 * 1024);
      expect(body.includes(policy.marker), `${site.origin}${policy.path} (${policy.render})`).toBe(policy.render === 'static');
    }
  });

  it('gives JavaScript pages with a Loading box the full chrome: mega menu, policy links and a footer with a newsletter form', async () => {
    for (const render of ['inline-payload', 'widget-endpoint'] as const) {
      const { site } = firstOf(render);
      const body = await (await get(site.origin, firstOf(render).policy.path)).text();
      expect(body).toContain('Loading…');
      expect(body).toMatch(/class="mega-menu"/);
      expect(body).toMatch(/<footer[^>]*>[\s\S]*newsletter-form[\s\S]*<\/footer>/);
      expect(body).toMatch(/>(Returns|Shipping|Contact)</);
    }
  });

  it('fills each kind of JavaScript page with its policy text once Chromium ran its scripts', async () => {
    for (const render of ['app-mount', 'inline-payload', 'widget-endpoint'] as const) {
      const { site, policy } = firstOf(render);
      const page = await browser.newPage();
      try {
        await page.goto(site.origin + policy.path, { waitUntil: 'networkidle' });
        expect(await page.evaluate(() => document.body.innerText), render).toContain(policy.marker);
      } finally {
        await page.close();
      }
    }
  });

  it('redirects legacy links to their page and lists sitemap-only pages in a sitemap reachable from robots.txt or /sitemap.xml', async () => {
    const legacy = policies().find((x) => x.policy.reach === 'legacy-link')!;
    const res = await get(legacy.site.origin, legacy.policy.aliases![0]!);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(legacy.policy.path);

    for (const { site, policy } of policies().filter((x) => x.policy.reach === 'sitemap-only')) {
      const robots = parseRobots(`${site.origin}/robots.txt`, await (await get(site.origin, '/robots.txt')).text());
      const queue = [...robots.sitemaps, `${site.origin}/sitemap.xml`];
      const listed = new Set<string>();
      for (let url = queue.shift(); url; url = queue.shift()) {
        const response = await fetch(url);
        if (!response.ok) continue;
        const parsed = parseSitemap(await response.text());
        if (parsed.kind === 'index') queue.push(...parsed.locs);
        else for (const loc of parsed.locs) listed.add(new URL(loc).pathname);
      }
      expect(listed.has(policy.path), `${site.origin} ${policy.path}`).toBe(true);
    }
  });

  it('disallows in robots.txt every planted copy, and counts a request for one', async () => {
    const sites = farm.sites.filter((s) => (s.plan as StorefrontPlan).disallowedPages.length > 0);
    expect(sites.length).toBeGreaterThan(0);
    const before = farm.stats().disallowed;
    for (const site of sites) {
      const robots = parseRobots(`${site.origin}/robots.txt`, await (await get(site.origin, '/robots.txt')).text());
      for (const page of (site.plan as StorefrontPlan).disallowedPages) {
        expect(robots.isAllowed(site.origin + page.path), page.path).toBe(false);
        expect((await get(site.origin, page.path)).status).toBe(200);
      }
    }
    expect(farm.stats().disallowed - before).toBe(sites.reduce((n, s) => n + (s.plan as StorefrontPlan).disallowedPages.length, 0));
  });

  it('counts requests by kind of route and answer, and the ones asked twice in a window', async () => {
    const site = farm.sites.find((s) => (s.plan as StorefrontPlan).policies.some((p) => (p.aliases ?? []).length > 0))!;
    const legacy = (site.plan as StorefrontPlan).policies.find((p) => (p.aliases ?? []).length > 0)!;
    farm.resetMaxInFlight();
    const before = farm.stats();
    const delta = () => byKindSince(before.byKind, farm.stats().byKind);
    const etag = (await get(site.origin, '/robots.txt')).headers.get('etag')!;
    await fetch(`${site.origin}/robots.txt`, { headers: { 'if-none-match': etag } });
    await get(site.origin, '/');
    await get(site.origin, '/no-such-page-here');
    await get(site.origin, legacy.aliases![0]!);
    expect(delta()).toEqual({ robots: { 200: 1, 304: 1 }, home: { 200: 1 }, 'unknown path': { 404: 1 }, redirect: { '3xx': 1 } });
    expect(farm.stats().duplicates - before.duplicates).toBe(1);
  });

  it('counts a request that differs only in its query as another request, and the same query again as asked twice', async () => {
    const site = farm.sites[0]!;
    farm.resetMaxInFlight();
    const before = farm.stats().duplicates;
    await get(site.origin, '/sitemap.xml');
    await get(site.origin, '/sitemap.xml?from=1&to=5000');
    expect(farm.stats().duplicates - before).toBe(0);
    await get(site.origin, '/sitemap.xml?from=1&to=5000');
    expect(farm.stats().duplicates - before).toBe(1);
  });
});
