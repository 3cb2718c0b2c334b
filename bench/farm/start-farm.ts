/**
 * A farm of generated shop sites on loopback, one server per address (127.0.1.1, 127.0.1.2, … so each site is its
 * own host), for the crawl benchmark and the crawl tests. Every site has a home page with footer policy links and
 * product noise, robots.txt, a sitemap (or a sitemap index named in robots.txt), ~20 product pages, its policy
 * pages (static, or JavaScript-only for about one site in five), ETags answered with 304, and a per-response
 * latency. The farm counts requests and the most requests in flight to one host.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startServer, type LoopbackServer } from '../../test/helpers/loopback-server.js';
import type { Category } from '../../src/terms.js';
import { planSite, POLICY_PARAGRAPHS, type PlannedPolicy, type SitePlan } from './site-plan.js';

export interface FarmOptions {
  readonly sites: number;
  /** Delay before every response, in ms. */
  readonly latencyMs: number;
  /** First address of the farm; sites take consecutive addresses from here. Default 127.0.1.1. */
  readonly firstAddress?: string;
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

/** The routes of one site: path → body and content type. */
function routesOf(plan: SitePlan, origin: string): Map<string, { type: string; body: string }> {
  const routes = new Map<string, { type: string; body: string }>();
  const page = (path: string, body: string, type = 'text/html; charset=utf-8') => routes.set(path, { type, body });
  const products = plan.products.map((p) => `<li><a href="${p}">${p.split('/').pop()}</a></li>`).join('');
  page('/', html(plan.name, chrome(plan, `<h1>Welcome to ${plan.name}</h1><p>Goods made to last.</p><ul>${products}</ul>`)));
  for (const path of plan.products) {
    page(path, html(path, chrome(plan, `<h1>${path}</h1><p>A well made thing. Free returns on this item. Ships in two days.</p>`)));
  }
  page('/about', html('About', chrome(plan, '<h1>About us</h1><p>A small workshop.</p>')));
  page('/blog/shipping-news', html('News', chrome(plan, '<h1>Shipping news</h1><p>Our new van.</p>')));
  for (const policy of plan.policies) {
    if (plan.jsOnly) {
      page(policy.path, html(heading(policy.category), chrome(plan, `<div id="root" data-page="${policy.category}"></div>`), '<script src="/assets/app.js" defer></script>'));
      page(`/api/pages/${policy.category}.json`, JSON.stringify({ html: policyText(plan, policy) }), 'application/json');
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
  return routes;
}

export async function startFarm(options: FarmOptions): Promise<Farm> {
  const first = options.firstAddress ?? '127.0.1.1';
  let requests = 0;
  let notModified = 0;
  let maxInFlight = 0;
  const sites: FarmSite[] = [];
  const notFound = html('Not found', '<h1>Page not found</h1><p>Sorry, nothing here.</p>');
  try {
    for (let i = 0; i < options.sites; i++) {
      const plan = planSite(i);
      let inFlight = 0;
      let routes = new Map<string, { type: string; body: string; etag: string }>();
      const handler = async (req: IncomingMessage, res: ServerResponse) => {
        requests += 1;
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        try {
          if (options.latencyMs > 0) await new Promise((r) => setTimeout(r, options.latencyMs));
          const path = (req.url ?? '/').split('?')[0] ?? '/';
          const route = routes.get(path);
          if (!route) {
            res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
            res.end(notFound);
            return;
          }
          if (req.headers['if-none-match'] === route.etag) {
            notModified += 1;
            res.writeHead(304, { etag: route.etag });
            res.end();
            return;
          }
          res.writeHead(200, { 'content-type': route.type, etag: route.etag, 'cache-control': 'no-cache' });
          res.end(route.body);
        } finally {
          inFlight -= 1;
        }
      };
      const server = await startServer(handler, { host: farmAddress(first, i) });
      const withEtags = new Map<string, { type: string; body: string; etag: string }>();
      for (const [path, route] of routesOf(plan, server.origin)) {
        withEtags.set(path, { ...route, etag: `"${createHash('sha1').update(route.body).digest('hex').slice(0, 16)}"` });
      }
      routes = withEtags;
      sites.push({ plan, origin: server.origin, server });
    }
  } catch (error) {
    await Promise.all(sites.map((s) => s.server.close()));
    throw error;
  }
  return {
    sites,
    requests: () => requests,
    notModified: () => notModified,
    maxInFlightPerHost: () => maxInFlight,
    expectedPolicies: sites.reduce((n, s) => n + s.plan.policies.length, 0),
    close: async () => {
      await Promise.all(sites.map((s) => s.server.close()));
    },
  };
}
