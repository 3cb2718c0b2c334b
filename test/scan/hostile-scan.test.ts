/**
 * Issue 12, item 5: one scan of hostile shops beside a normal one, through config → crawl → extract → store, each
 * shop a real loopback server. Whatever the hostile shops do (gzip bomb, slow loris, redirect loop, 429 storm,
 * robots.txt 503, sitemap bomb, 200,000 links, 20 MB chunked body, reset mid-body, looping and pop-up JavaScript,
 * injection text, nested <div>s, a walled home page, a wrong charset), the database stays a whole, readable file,
 * the normal shop's pages are read and its terms stored, and each hostile shop's fault is reported on it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.js';
import type { CrawlEvent } from '../../src/crawl/crawl-types.js';
import { businessId } from '../../src/model.js';
import { runScan } from '../../src/scan/run-scan.js';
import type { ScanOutcome } from '../../src/scan/scan-types.js';
import { openStore } from '../../src/store/open-store.js';
import { startRawServer, type RawServer } from '../fetch/raw-servers.js';
import { TEST_CHROMIUM } from '../helpers/chromium.js';
import { startSite, type LoopbackServer, type Route } from '../helpers/loopback-server.js';
import { BOT_WALL_PAGE, homeWithLinks, nestedDivPage, normalShop, policyPage, SHIPPING_SENTENCE } from '../crawl/hostile-shops.js';

/**
 * Generous: the whole scan shares this process with sixteen servers and a renderer spinning in while(true), and
 * loading Playwright holds the event loop for seconds on a busy two-core machine; a tight deadline would turn the
 * gzip bomb into a timeout. The slow loris still ends at it.
 */
const TIMEOUT_MS = 15_000;
const BROWSER_TIMEOUT_MS = 8000;
const html = (res: ServerResponse, status = 200, headers: Record<string, string> = {}) => res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
const shipping = policyPage('Shipping', SHIPPING_SENTENCE);
/** A shop whose /returns is hostile; its home page and /shipping are ordinary. */
const withHostileReturns = (returns: Route, extra: Record<string, Route> = {}): Record<string, Route> => ({
  '/': homeWithLinks({ '/returns': 'Returns', '/shipping': 'Shipping' }),
  '/returns': returns,
  '/shipping': shipping,
  ...extra,
});
/** windows-1252 bytes (€ is 0x80). */
const cp1252 = (text: string): Buffer => Buffer.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));

const timers = new Set<NodeJS.Timeout>();
const every = (ms: number, fn: () => void): NodeJS.Timeout => {
  const t = setInterval(fn, ms);
  timers.add(t);
  return t;
};

/** Made once: compressing 40–60 MB for each request would make the bomb a slow server instead. */
const GZIP_BOMB = gzipSync(Buffer.alloc(40 * 1024 * 1024));
const SITEMAP_BOMB = gzipSync(Buffer.alloc(60 * 1024 * 1024, '<url><loc>/x</loc></url>'));

/** Every hostile shop by name, with the fault it serves. */
const HOSTILE: Record<string, Record<string, Route>> = {
  'Gzip Bomb': withHostileReturns((_req, res) => {
    html(res, 200, { 'content-encoding': 'gzip' });
    res.end(GZIP_BOMB);
  }),
  'Slow Loris': withHostileReturns((_req, res) => {
    html(res);
    const t = every(300, () => res.write(' '));
    res.on('close', () => clearInterval(t));
  }),
  'Redirect Loop': withHostileReturns({ status: 301, headers: { location: '/returns-again' } }, { '/returns-again': { status: 301, headers: { location: '/returns' } } }),
  'Throttled Storm': {
    '/robots.txt': { status: 404 },
    ...Object.fromEntries(['/', '/returns', '/shipping', '/sitemap.xml'].map((p) => [p, { status: 429, body: 'slow down' }])),
  },
  'Robots Down': { ...withHostileReturns(policyPage('Returns', 'Returns are accepted.')), '/robots.txt': { status: 503, body: 'down' } },
  'Sitemap Bomb': withHostileReturns(policyPage('Returns', 'Returns are accepted within 14 days.'), {
    '/robots.txt': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`User-agent: *\nAllow: /\nSitemap: http://${req.headers.host}/sitemap.xml.gz\n`);
    },
    '/sitemap.xml.gz': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/gzip' });
      res.end(SITEMAP_BOMB);
    },
  }),
  'Link Farm': {
    '/': `<!doctype html><html><body><footer><a href="/returns">Returns</a> <a href="/shipping">Shipping</a></footer>${Array.from({ length: 200_000 }, (_, i) => `<a href="/p/${i}">${i}</a>`).join('')}</body></html>`,
    '/returns': policyPage('Returns', 'Returns are accepted within 14 days.'),
    '/shipping': shipping,
  },
  'Endless Body': withHostileReturns((_req, res) => {
    html(res);
    const chunk = Buffer.alloc(256 * 1024, 'a');
    let sent = 0;
    const pump = (): void => {
      while (sent < 20 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
      if (sent >= 20 * 1024 * 1024) res.end();
    };
    res.on('drain', pump);
    pump();
  }),
  'Looping Script': withHostileReturns('<!doctype html><html><body><div id="root"></div><script>while (true) {}</script></body></html>'),
  'Popup Storm': withHostileReturns(
    `<!doctype html><html><body><div id="root"></div><script>document.getElementById('root').innerHTML = '<h1>Returns</h1><p>' + ${JSON.stringify('Returns are accepted within 21 days of delivery. '.repeat(12))} + '</p>'; setInterval(() => { window.open('/popup'); location.href = '/away'; }, 20);</script></body></html>`,
  ),
  'Injection Text': withHostileReturns(
    policyPage('Returns', 'Returns | within 30 days <img src=x onerror=alert(1)> [click](javascript:alert(1)) ``` # heading \u202e reversed.'),
  ),
  'Nested Divs': withHostileReturns(nestedDivPage(100_000, 'Returns are accepted within 30 days.')),
  'Walled Home': withHostileReturns(policyPage('Returns', 'Returns are accepted.'), { '/': BOT_WALL_PAGE }),
  'Wrong Charset': withHostileReturns({
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: Buffer.concat([Buffer.from('<!doctype html><html lang="en"><body><main><h1>Returns</h1><p>'), cp1252('Returns are accepted within 30 days. A €5 restocking fee applies to opened items. '.repeat(4)), Buffer.from('</p></main></body></html>')]),
  }),
};

describe('one scan of 15 hostile shops beside a normal one', () => {
  let dir: string;
  const servers: { close(): Promise<void> }[] = [];
  let normal: LoopbackServer;
  let reset: RawServer;
  let outcome: ScanOutcome;
  const events: CrawlEvent[] = [];
  const origins = new Map<string, string>();
  const byName = new Map<string, LoopbackServer>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-hostile-'));
    normal = await startSite(normalShop());
    servers.push(normal);
    for (const [name, routes] of Object.entries(HOSTILE)) {
      const server = await startSite(routes);
      servers.push(server);
      byName.set(name, server);
      origins.set(name, server.origin);
    }
    // Reset mid-body: Content-Length 10,000, 4,000 bytes, then the connection is destroyed (A3).
    reset = await startRawServer((socket) => {
      socket.once('data', (request) => {
        const path = /^GET (\S+)/.exec(request.toString('latin1'))?.[1] ?? '/';
        const whole = { '/': homeWithLinks({ '/returns': 'Returns', '/shipping': 'Shipping' }), '/shipping': shipping }[path];
        if (whole !== undefined) {
          return void socket.end(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${Buffer.byteLength(whole)}\r\nConnection: close\r\n\r\n${whole}`);
        }
        if (path !== '/returns') return void socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
        socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 10000\r\nConnection: close\r\n\r\n');
        socket.write('<p>'.padEnd(4000, 'x'));
        socket.destroy();
      });
    });
    servers.push(reset);
    origins.set('Reset Mid-Body', reset.origin);

    const config = configSchema.parse({
      you: { name: 'Normal Shop', site: normal.origin },
      competitors: [...origins].map(([name, site]) => ({ name, site })),
      crawl: {
        allowPrivateNetworks: true,
        delayMs: 0,
        jitterMs: 0,
        retries: 0,
        connectTimeoutMs: TIMEOUT_MS,
        firstByteTimeoutMs: TIMEOUT_MS,
        timeoutMs: TIMEOUT_MS,
        hostBudgetMs: 4 * TIMEOUT_MS,
        browserTimeoutMs: BROWSER_TIMEOUT_MS,
        browserPath: TEST_CHROMIUM,
      },
      store: { db: join(dir, 'db.json'), snapshots: join(dir, 'snapshots') },
      report: { folder: join(dir, 'reports') },
    });
    outcome = await runScan(config, { dbPath: join(dir, 'db.json'), onEvent: (e) => events.push(e) });
  }, 120_000);

  afterAll(async () => {
    for (const t of timers) clearInterval(t);
    await Promise.all(servers.map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  const problemsOf = (name: string) => outcome.problems.filter((p) => p.business === businessId(name));

  it('the database is one whole JSON file, and the normal shop\'s pages were read and its terms stored', async () => {
    expect(() => JSON.parse(readFileSync(join(dir, 'db.json'), 'utf8'))).not.toThrow();
    const read = events.filter((e) => e.type === 'page-done' && e.business === businessId('Normal Shop') && e.status === 'ok').map((e) => (e.type === 'page-done' ? e.url : ''));
    expect(read.sort()).toEqual([normal.url('/returns'), normal.url('/shipping')]);
    const store = await openStore(join(dir, 'db.json'), { snapshotsDir: join(dir, 'snapshots') });
    const terms = Object.fromEntries(store.latestTerms().map((b) => [b.name, b.terms]));
    await store.close();
    expect(terms['Normal Shop']?.['returns.window_days']?.reading.value).toBe(30);
    expect(terms['Wrong Charset']?.['returns.restocking_fee']?.reading.value).toEqual({ amount: 5, currency: 'EUR' });
    expect(outcome.businesses).toBe(origins.size + 1);
  });

  it.each([
    ['Gzip Bomb', 'too-large'],
    ['Slow Loris', 'timeout'],
    ['Redirect Loop', 'redirect'],
    ['Throttled Storm', 'http-status'],
    ['Robots Down', 'robots-unreachable'],
    ['Endless Body', 'too-large'],
    ['Reset Mid-Body', 'network'],
    ['Looping Script', 'timeout'],
    ['Nested Divs', 'too-large'],
    ['Walled Home', 'blocked'],
  ])('%s is reported on itself as %s', (name, kind) => {
    expect(problemsOf(name).map((p) => p.kind)).toContain(kind);
  });

  it.each(['Gzip Bomb', 'Slow Loris', 'Redirect Loop', 'Endless Body', 'Reset Mid-Body', 'Looping Script', 'Nested Divs', 'Wrong Charset', 'Injection Text', 'Popup Storm', 'Sitemap Bomb', 'Link Farm'])(
    '%s: its healthy /shipping page is still read',
    (name) => {
      const origin = origins.get(name)!;
      expect(events.some((e) => e.type === 'page-done' && e.url === `${origin}/shipping` && e.status === 'ok')).toBe(true);
    },
  );

  it('the pop-up storm\'s page is read and no pop-up or navigation reached its server', () => {
    const origin = origins.get('Popup Storm')!;
    expect(events.some((e) => e.type === 'page-done' && e.url === `${origin}/returns` && e.status === 'ok' && e.rendered)).toBe(true);
    expect(byName.get('Popup Storm')!.requests.filter((r) => r.path === '/popup' || r.path === '/away')).toEqual([]);
  });
});
