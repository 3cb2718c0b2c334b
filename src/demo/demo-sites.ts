/**
 * Serves the demo shops on loopback: one small HTTP server per shop (a free port on 127.0.0.1 each, so each is its
 * own host), with a home page whose navigation and footer link the policy pages, a robots.txt, a sitemap, a few
 * product pages for noise, and ETag / 304 answers like a real CDN.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { DEMO_CHANGE, DEMO_SHOPS, type DemoShop } from './demo-shops.js';
import { escapeHtml } from '../text/html-escape.js';

export interface RunningDemoSite {
  readonly shop: DemoShop;
  readonly origin: string;
}

export interface DemoSites {
  readonly sites: RunningDemoSite[];
  /** Switch to "this week": Northwind's shipping page changes (see DEMO_CHANGE). */
  advanceWeek(): void;
  close(): Promise<void>;
}

function layout(shop: DemoShop, title: string, main: string): string {
  const footer = shop.pages.map((p) => `<li><a href="${p.path}">${escapeHtml(p.title)}</a></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} – ${escapeHtml(shop.name)}</title></head>
<body>
<header><nav><a href="/">${escapeHtml(shop.name)}</a> <a href="/products/1">Shop</a> <a href="/about">About</a></nav></header>
<div class="cookie-banner">We use cookies to remember your basket. <button>Accept</button></div>
<main><h1>${escapeHtml(title)}</h1>
${main}
</main>
<footer><h3>Customer care</h3><ul>${footer}</ul><p>© 2026 ${escapeHtml(shop.name)}</p></footer>
</body></html>`;
}

function pagesOf(shop: DemoShop, thisWeek: boolean): Map<string, string> {
  const pages = new Map<string, string>();
  pages.set('/', layout(shop, shop.name, `<p>${escapeHtml(shop.tagline)}</p><p><a href="/products/1">New arrivals</a></p>`));
  pages.set('/about', layout(shop, 'About us', `<p>${escapeHtml(shop.name)} is a small team that ships from its own warehouse.</p>`));
  for (let i = 1; i <= 3; i++) {
    pages.set(`/products/${i}`, layout(shop, `Product ${i}`, `<p>A well-made thing, number ${i}. Add it to your basket.</p>`));
  }
  for (const page of shop.pages) {
    let body = page.body;
    if (thisWeek && shop.name === DEMO_CHANGE.shop && page.path === DEMO_CHANGE.path) {
      body = body.replace(DEMO_CHANGE.before, DEMO_CHANGE.after);
    }
    pages.set(page.path, layout(shop, page.title, body));
  }
  return pages;
}

async function serve(shop: DemoShop, state: { thisWeek: boolean }): Promise<{ server: Server; origin: string; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  let origin = '';
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`User-agent: *\nDisallow: /checkout\nSitemap: ${origin}/sitemap.xml\n`);
      return;
    }
    const pages = pagesOf(shop, state.thisWeek);
    if (path === '/sitemap.xml') {
      const urls = [...pages.keys()].map((p) => `<url><loc>${origin}${p}</loc></url>`).join('');
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`);
      return;
    }
    const html = pages.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(layout(shop, 'Page not found', '<p>Sorry, we could not find that page.</p>'));
      return;
    }
    const etag = `"${createHash('sha1').update(html).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag });
    res.end(html);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, origin, sockets };
}

/** Start every demo shop; close() stops them all (and their open sockets) so the demo leaves nothing running. */
export async function startDemoSites(): Promise<DemoSites> {
  const state = { thisWeek: false };
  const running = await Promise.all(DEMO_SHOPS.map(async (shop) => ({ shop, ...(await serve(shop, state)) })));
  return {
    sites: running.map(({ shop, origin }) => ({ shop, origin })),
    advanceWeek: () => {
      state.thisWeek = true;
    },
    close: async () => {
      await Promise.all(
        running.map(
          ({ server, sockets }) =>
            new Promise<void>((resolve) => {
              for (const socket of sockets) socket.destroy();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}
