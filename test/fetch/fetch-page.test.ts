import { afterEach, describe, expect, it } from 'vitest';
import { createFetcher, fetchOnce, type PoliteFetcher } from '../../src/fetch/fetch-page.js';
import { startServer, startSite, type LoopbackServer } from '../helpers/loopback-server.js';
import { testRuntime } from './fetch-test-config.js';

const POLICY = '<!doctype html><title>Returns policy</title><h1>Returns</h1>' + '<p>You may send any unworn item back within 30 days of delivery for a full refund to the original card.</p>'.repeat(20);

let servers: LoopbackServer[] = [];
let fetchers: PoliteFetcher[] = [];
afterEach(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  fetchers = [];
});

async function site(routes: Parameters<typeof startSite>[0], host?: string): Promise<LoopbackServer> {
  const server = await startSite(routes, host ? { host } : {});
  servers.push(server);
  return server;
}

function fetcherFor(...args: Parameters<typeof testRuntime>): PoliteFetcher {
  const fetcher = createFetcher(testRuntime(...args));
  fetchers.push(fetcher);
  return fetcher;
}

describe('createFetcher: a plain page', () => {
  it('when a policy page answers 200 then the page carries decoded text, hash, validators and our User-Agent', async () => {
    const server = await site({ '/returns': { body: POLICY, headers: { etag: '"v1"', 'last-modified': 'Mon, 02 Nov 2026 10:00:00 GMT' } } });
    const fetcher = fetcherFor();
    const outcome = await fetcher.fetch(server.url('/returns'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.page.status).toBe(200);
    expect(outcome.page.contentType).toBe('text/html');
    expect(outcome.page.body).toContain('within 30 days');
    expect(outcome.page.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(outcome.page.etag).toBe('"v1"');
    expect(outcome.page.finalUrl).toBe(server.url('/returns'));
    expect(outcome.page.notModified).toBe(false);
    const pageRequest = server.requests.find((r) => r.path === '/returns');
    expect(pageRequest?.headers['user-agent']).toMatch(/^servicediff\/\S+ \(\+https?:\/\/\S+\)$/);
    expect(server.requests.filter((r) => r.path === '/robots.txt')).toHaveLength(1);
  });

  it('when validators are given then they are sent and a 304 comes back as notModified with an empty body', async () => {
    const server = await site({
      '/returns': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"' && req.headers['if-modified-since'] === 'Mon, 02 Nov 2026 10:00:00 GMT') {
          res.writeHead(304, { etag: '"v1"' });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(POLICY);
      },
    });
    const fetcher = fetcherFor();
    const outcome = await fetcher.fetch(server.url('/returns'), { validators: { etag: '"v1"', lastModified: 'Mon, 02 Nov 2026 10:00:00 GMT' } });
    expect(outcome.ok && outcome.page.notModified).toBe(true);
    expect(outcome.ok && outcome.page.body).toBe('');
    expect(fetcher.stats.notModified).toBe(1);
  });

  it('fetchOnce fetches one page and releases everything', async () => {
    const server = await site({ '/returns': POLICY });
    const outcome = await fetchOnce(server.url('/returns'), testRuntime());
    expect(outcome.ok && outcome.page.body).toContain('30 days');
  });
});

describe('createFetcher: stopping', () => {
  it('when close() is called during a trickling response then the request ends, queued URLs fail, and close resolves', async () => {
    let arrived!: () => void;
    const arrival = new Promise<void>((r) => (arrived = r));
    const server = await startServer((req, res) => {
      if (req.url === '/robots.txt') {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>');
      const timer = setInterval(() => res.write('x'), 20);
      res.on('close', () => clearInterval(timer));
      arrived();
    });
    servers.push(server);
    const fetcher = createFetcher(testRuntime({ timeoutMs: 60_000, firstByteTimeoutMs: 60_000 }));
    const slow = fetcher.fetch(server.url('/slow'));
    const queued = fetcher.fetch(server.url('/queued'));
    await arrival;
    await fetcher.close();
    const [a, b] = await Promise.all([slow, queued]);
    expect(a.ok || a.failure.reason).toMatch(/cancelled/);
    expect(b.ok).toBe(false);
    expect(server.requests.some((r) => r.path === '/queued')).toBe(false);
  });

  it('when the runtime signal aborts then in-flight work stops', async () => {
    let arrived!: () => void;
    const arrival = new Promise<void>((r) => (arrived = r));
    const server = await startServer((req, res) => {
      if (req.url === '/robots.txt') {
        res.writeHead(404);
        res.end();
        return;
      }
      arrived(); // never answers
    });
    servers.push(server);
    const controller = new AbortController();
    const fetcher = createFetcher(testRuntime({ timeoutMs: 60_000, firstByteTimeoutMs: 60_000 }, { signal: controller.signal }));
    fetchers.push(fetcher);
    const pending = fetcher.fetch(server.url('/wait'));
    await arrival;
    controller.abort();
    const outcome = await pending;
    expect(outcome.ok || outcome.failure.reason).toMatch(/cancelled/);
  });
});
