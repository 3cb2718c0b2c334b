/**
 * A farm of generated shop sites on loopback, one server per address (127.0.1.1, 127.0.1.2, … so each site is its
 * own host), for the crawl benchmark and the crawl tests. Two styles:
 *   plain      — a home page with footer policy links and product noise, robots.txt, a sitemap (or a sitemap index
 *                named in robots.txt), ~20 product pages, policy pages (static, or JavaScript-only for about one site
 *                in five) of a few KB: the crawl tests' farm;
 *   storefront — sites built the way real storefront themes are (storefront-plan.ts, storefront-pages.ts): 40–150 KB
 *                pages, mega menus, three kinds of JavaScript policy page and their static look-alikes, legacy
 *                redirects, opaque slugs, sitemap-only pages, decoys and robots-disallowed copies: the benchmark's farm.
 * Both answer ETags with 304 and wait a per-response latency. The farm counts requests, HTML responses, 404s,
 * requests to robots-disallowed paths and the most requests in flight to one host.
 */
import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startServer, type LoopbackServer } from '../../test/helpers/loopback-server.js';
import { parseRobots, type RobotsRules } from '../../src/fetch/robots.js';
import type { Category } from '../../src/terms.js';
import { planSite, POLICY_PARAGRAPHS, type PlannedPolicy, type SitePlan } from './site-plan.js';
import { storefrontRoutes, type FarmRoute } from './storefront-pages.js';
import { planStorefront } from './storefront-plan.js';

export type FarmStyle = 'plain' | 'storefront';

export interface FarmOptions {
  readonly sites: number;
  /** Delay before every response, in ms. */
  readonly latencyMs: number;
  /** First address of the farm; sites take consecutive addresses from here. Default 127.0.1.1. */
  readonly firstAddress?: string;
  /** Default plain (the crawl tests' farm). */
  readonly style?: FarmStyle;
}

/** What the farm counted since it started; the benchmark takes differences between two readings. */
export interface FarmStats {
  /** Requests answered (304 included). */
  readonly requests: number;
  readonly notModified: number;
  /** Responses with an HTML body (404 pages included): what a crawler spent on pages. */
  readonly html: number;
  readonly notFound: number;
  /** Redirects answered (a re-scan that remembers permanent ones asks their targets directly). */
  readonly redirects: number;
  /** Requests for paths the site's robots.txt disallows. */
  readonly disallowed: number;
  /** The most requests one host had in flight at once, over the farm. */
  readonly maxInFlightPerHost: number;
  /**
   * Requests per kind of route, then per answer ({ page: { 304: 1039, 404: 3 }, 'sitemap index': { 200: 4 } }…, see
   * RouteKind and FarmAnswer), so a re-scan's requests can be told apart: where they go and which of them a cache could
   * have answered.
   */
  readonly byKind: ByKind;
  /** Requests for a host, path and query already asked since the window began (Farm.resetMaxInFlight starts one). */
  readonly duplicates: number;
}

/**
 * What a request asked for, by the route that answered it: robots.txt, a sitemap index, a sitemap of pages, the home
 * page, another page, page data (JSON a widget or app fetches), a script or style, a redirect, or a path the site does
 * not have (a probe's guess, a dead link).
 */
export type RouteKind = 'robots' | 'sitemap index' | 'sitemap' | 'home' | 'page' | 'data' | 'asset' | 'redirect' | 'unknown path';

/** How a request was answered, as FarmStats.byKind counts it: its status, every redirect as "3xx" (a 304 is not one). */
export type FarmAnswer = string;

/** Request counts by kind of route and answer, as the farm counts them. */
type ByKindCounts = Partial<Record<RouteKind, Record<FarmAnswer, number>>>;
/** Request counts by kind of route and answer, as FarmStats hands them out. */
export type ByKind = { readonly [K in keyof ByKindCounts]: Readonly<ByKindCounts[K]> };

/** The requests counted between two readings of FarmStats.byKind, without the kinds and answers that did not grow. */
export function byKindSince(before: ByKind, after: ByKind): ByKind {
  const since: ByKindCounts = {};
  for (const [kind, answers] of Object.entries(after) as [RouteKind, Readonly<Record<FarmAnswer, number>>][]) {
    for (const [answer, n] of Object.entries(answers)) {
      const grown = n - (before[kind]?.[answer] ?? 0);
      if (grown !== 0) (since[kind] ??= {})[answer] = grown;
    }
  }
  return since;
}

function routeKind(path: string, route: FarmRoute | undefined, body: string | undefined): RouteKind {
  if (!route) return 'unknown path';
  if (route.kind === 'redirect') return 'redirect';
  if (path === '/robots.txt') return 'robots';
  if (path === '/') return 'home';
  if (/xml/.test(route.type)) return body?.includes('<sitemapindex') ? 'sitemap index' : 'sitemap';
  if (/json/.test(route.type)) return 'data';
  return /html/.test(route.type) ? 'page' : 'asset';
}

export interface FarmSite {
  readonly plan: SitePlan;
  readonly origin: string;
  readonly server: LoopbackServer;
}

export interface Farm {
  readonly sites: FarmSite[];
  /** Requests answered (304 included). */
  readonly requests: () => number;
  readonly notModified: () => number;
  /** The most requests one host had in flight at once, over the farm. */
  readonly maxInFlightPerHost: () => number;
  readonly stats: () => FarmStats;
  /** Start a new watermark of requests in flight per host and a new window of duplicates (between two scans). */
  readonly resetMaxInFlight: () => void;
  /** Policy pages planned over the farm. */
  readonly expectedPolicies: number;
  close(): Promise<void>;
}

/** Address number `i` after `first` within 127.0.0.0/8 (127.0.1.254 → 127.0.2.1, skipping .0 and .255). */
export function farmAddress(first: string, i: number): string {
  const parts = first.split('.').map(Number);
  let third = parts[2]!;
  let fourth = parts[3]! + i;
  while (fourth > 254) {
    fourth -= 254;
    third += 1;
  }
  return `127.0.${third}.${fourth}`;
}

function html(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

function policyText(plan: SitePlan, policy: PlannedPolicy): string {
  const paragraphs = POLICY_PARAGRAPHS[policy.category].map((p) => `<p>${p}</p>`).join('');
  return `<h1>${heading(policy.category)}</h1>${paragraphs}<p>${policy.marker}</p><p>Questions about this page? Write to the ${plan.name} team.</p>`;
}

function heading(category: Category): string {
  return { returns: 'Returns and refunds', shipping: 'Shipping', support: 'Contact and support', warranty: 'Warranty', guarantee: 'Our guarantee' }[
    category
  ];
}

function chrome(plan: SitePlan, main: string): string {
  const footer = plan.policies
    .filter((p) => p.linkText)
    .map((p) => `<li><a href="${p.path}">${p.linkText}</a></li>`)
    .join('');
  return `<header><nav><a href="/">${plan.name}</a> <a href="/collections/all">Shop</a> <a href="/blog/shipping-news">Shipping news</a></nav></header>
<main>${main}</main><footer><ul>${footer}<li><a href="/about">About us</a></li></ul></footer>`;
}

/** The routes of one plain site. */
function plainRoutes(plan: SitePlan, origin: string): Map<string, FarmRoute> {
  const routes = new Map<string, FarmRoute>();
  const page = (path: string, body: string, type = 'text/html; charset=utf-8') => routes.set(path, { kind: 'page', type, body: () => body });
  const products = plan.products.map((p) => `<li><a href="${p}">${p.split('/').pop()}</a></li>`).join('');
  page('/', html(plan.name, chrome(plan, `<h1>Welcome to ${plan.name}</h1><p>Goods made to last.</p><ul>${products}</ul>`)));
  for (const path of plan.products) {
    page(path, html(path, chrome(plan, `<h1>${path}</h1><p>A well made thing. Free returns on this item. Ships in two days.</p>`)));
  }
  page('/about', html('About', chrome(plan, '<h1>About us</h1><p>A small workshop.</p>')));
  page('/blog/shipping-news', html('News', chrome(plan, '<h1>Shipping news</h1><p>Our new van.</p>')));
  for (const [k, policy] of plan.policies.entries()) {
    if (plan.jsOnly) {
      // The app loads a page's text by an id in its markup that no page path contains. Named by category, the
      // address of /warranty's text (/api/pages/warranty.json) held that page's path, so the template the site's
      // first render taught (learned-endpoints.ts) depended on which page reached the browser first: the path one
      // guessed wrong addresses for the other pages, and they were rendered too.
      const id = `a${100 * (plan.index + 1) + k}`;
      page(policy.path, html(heading(policy.category), chrome(plan, `<div id="root" data-page="${id}"></div>`), '<script src="/assets/app.js" defer></script>'));
      page(`/api/pages/${id}.json`, JSON.stringify({ html: policyText(plan, policy) }), 'application/json');
    } else {
      page(policy.path, html(heading(policy.category), chrome(plan, policyText(plan, policy))));
    }
  }
  if (plan.jsOnly) {
    page(
      '/assets/app.js',
      `(async () => { const root = document.getElementById('root'); if (!root) return;
  const res = await fetch('/api/pages/' + root.dataset.page + '.json'); const data = await res.json(); root.innerHTML = data.html; })();`,
      'application/javascript',
    );
  }
  const urlset = (paths: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths
      .map((p) => `<url><loc>${origin}${p}</loc></url>`)
      .join('')}</urlset>`;
  const listed = ['/', ...plan.products, ...plan.policies.filter((p) => p.inSitemap).map((p) => p.path)];
  const robots = [`User-agent: *`, ...plan.disallow.map((d) => `Disallow: ${d}`)];
  if (plan.sitemapInRobots) {
    page(
      '/sitemap_index.xml',
      `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${origin}/sitemap-pages.xml</loc></sitemap></sitemapindex>`,
      'application/xml',
    );
    page('/sitemap-pages.xml', urlset(listed), 'application/xml');
    robots.push(`Sitemap: ${origin}/sitemap_index.xml`);
  } else {
    page('/sitemap.xml', urlset(listed), 'application/xml');
  }
  page('/robots.txt', robots.join('\n') + '\n', 'text/plain; charset=utf-8');
  routes.set('/404', { kind: 'page', type: 'text/html; charset=utf-8', status: 404, body: () => html('Not found', '<h1>Page not found</h1><p>Sorry, nothing here.</p>') });
  return routes;
}

/** A route with its validator: bodies are deterministic, so the ETag is a hash of the body, computed once. */
interface ServedRoute {
  readonly route: FarmRoute;
  etag?: string;
  /** Its RouteKind, once its body was built (a sitemap index is told from a urlset by it). */
  kind?: RouteKind;
}


/**
 * SERVICEDIFF_FARM_LOG=FILE: one line per answered request (ms since the farm started, host, path, status), to see
 * a crawl's timeline per host (how long a re-scan's chains are, when its last requests go out). Written in batches.
 */
function requestLog(): ((host: string, path: string, status: number) => void) | undefined {
  const file = process.env.SERVICEDIFF_FARM_LOG;
  if (!file) return undefined;
  const started = performance.now();
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) appendFileSync(file, lines.join(''));
    lines = [];
  };
  setInterval(flush, 500).unref();
  process.on('exit', flush);
  return (host, path, status) => void lines.push(`${Math.round(performance.now() - started)} ${host} ${path} ${status}\n`);
}

export async function startFarm(options: FarmOptions): Promise<Farm> {
  const log = requestLog();
  const first = options.firstAddress ?? '127.0.1.1';
  const style = options.style ?? 'plain';
  const counts = { requests: 0, notModified: 0, html: 0, notFound: 0, redirects: 0, disallowed: 0, maxInFlightPerHost: 0 };
  const byKind: ByKindCounts = {};
  /** Host, path and query asked in this window, for FarmStats.duplicates. */
  let asked = new Set<string>();
  let duplicates = 0;
  const sites: FarmSite[] = [];
  try {
    for (let i = 0; i < options.sites; i++) {
      const plan = style === 'storefront' ? planStorefront(i) : planSite(i);
      let inFlight = 0;
      let routes = new Map<string, ServedRoute>();
      let robots: RobotsRules | undefined;
      let origin = '';
      const handler = async (req: IncomingMessage, res: ServerResponse) => {
        counts.requests += 1;
        inFlight += 1;
        counts.maxInFlightPerHost = Math.max(counts.maxInFlightPerHost, inFlight);
        res.once('finish', () => log?.(req.headers.host ?? '', req.url ?? '/', res.statusCode));
        try {
          if (options.latencyMs > 0) await new Promise((r) => setTimeout(r, options.latencyMs));
          const target = req.url ?? '/';
          const path = target.split('?')[0] ?? '/';
          // Asked twice means the same host, path and query (the whole target). The product names a page by its whole
          // URL less the fragment (resolveSameSite, learned-endpoints.ts), and shops serve other content under one path
          // by query alone (Shopify's /sitemap_products_1.xml?from=1&to=5000, then ?from=5001…; a widget's ?id=): a
          // request that differs only in its query is another request, though this farm answers both by path.
          const key = `${req.headers.host ?? ''} ${target}`;
          if (asked.has(key)) duplicates += 1;
          else asked.add(key);
          if (robots && !robots.isAllowed(origin + target)) counts.disallowed += 1;
          const known = routes.get(path);
          const served = known ?? routes.get('/404')!;
          const { route } = served;
          const kindOf = (body?: string) => routeKind(path, known?.route, body);
          res.once('finish', () => {
            const answer: FarmAnswer = res.statusCode >= 300 && res.statusCode < 400 && res.statusCode !== 304 ? '3xx' : String(res.statusCode);
            const answers = (byKind[served.kind ?? kindOf()] ??= {});
            answers[answer] = (answers[answer] ?? 0) + 1;
          });
          if (route.kind === 'redirect') {
            counts.redirects += 1;
            res.writeHead(route.status, { location: route.location, 'content-type': 'text/html; charset=utf-8' });
            res.end();
            return;
          }
          const body = route.body();
          served.kind ??= kindOf(body);
          served.etag ??= `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
          const status = route.status ?? 200;
          if (status === 200 && req.headers['if-none-match'] === served.etag) {
            counts.notModified += 1;
            res.writeHead(304, { etag: served.etag });
            res.end();
            return;
          }
          if (route.type.startsWith('text/html')) counts.html += 1;
          if (status === 404) counts.notFound += 1;
          res.writeHead(status, { 'content-type': route.type, ...(status === 200 ? { etag: served.etag } : {}), 'cache-control': 'no-cache' });
          res.end(body);
        } finally {
          inFlight -= 1;
        }
      };
      const server = await startServer(handler, { host: farmAddress(first, i) });
      origin = server.origin;
      const built = style === 'storefront' ? storefrontRoutes(plan as ReturnType<typeof planStorefront>, origin) : plainRoutes(plan, origin);
      routes = new Map([...built].map(([path, route]) => [path, { route }]));
      const robotsRoute = built.get('/robots.txt');
      if (robotsRoute?.kind === 'page') robots = parseRobots(`${origin}/robots.txt`, robotsRoute.body());
      sites.push({ plan, origin, server });
    }
  } catch (error) {
    await Promise.all(sites.map((s) => s.server.close()));
    throw error;
  }
  return {
    sites,
    requests: () => counts.requests,
    notModified: () => counts.notModified,
    maxInFlightPerHost: () => counts.maxInFlightPerHost,
    stats: () => ({ ...counts, byKind: Object.fromEntries(Object.entries(byKind).map(([kind, answers]) => [kind, { ...answers }])), duplicates }),
    resetMaxInFlight: () => {
      counts.maxInFlightPerHost = 0;
      asked = new Set();
    },
    expectedPolicies: sites.reduce((n, s) => n + s.plan.policies.length, 0),
    close: async () => {
      await Promise.all(sites.map((s) => s.server.close()));
    },
  };
}
