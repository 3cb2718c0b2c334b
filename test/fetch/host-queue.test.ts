/** Politeness: RELIABILITY C5 (per-host concurrency and gaps by the server's clock; hosts in parallel). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createFetcher, type PoliteFetcher } from '../../src/fetch/fetch-page.js';
import { HostQueues } from '../../src/fetch/host-queue.js';
import { startServer, type LoopbackServer } from '../helpers/loopback-server.js';
import { testRuntime } from './fetch-test-config.js';

const PAGE = '<!doctype html><title>Support</title><p>' + 'Our team answers e-mail within one working day, Monday to Friday. '.repeat(30);

let closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of closers.reverse()) await c.close();
  closers = [];
});

interface Log {
  server: LoopbackServer;
  arrivals: { path: string; at: number; ua: string }[];
  maxInFlight(): number;
}

/** A host on its own loopback address that logs arrivals and in-flight counts; answers after `holdMs`. */
async function loggingHost(host: string, holdMs = 20): Promise<Log> {
  const arrivals: Log['arrivals'] = [];
  let inFlight = 0;
  let max = 0;
  const server = await startServer(
    (req: IncomingMessage, res: ServerResponse) => {
      arrivals.push({ path: req.url ?? '', at: Date.now(), ua: String(req.headers['user-agent']) });
      inFlight += 1;
      max = Math.max(max, inFlight);
      const timer = setTimeout(() => {
        inFlight -= 1;
        if (req.url === '/robots.txt') {
          res.writeHead(404);
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(PAGE);
      }, holdMs);
      res.on('close', () => clearTimeout(timer));
    },
    { host },
  );
  closers.push(server);
  return { server, arrivals, maxInFlight: () => max };
}

function fetcher(...args: Parameters<typeof testRuntime>): PoliteFetcher {
  const f = createFetcher(testRuntime(...args));
  closers.push(f);
  return f;
}

describe('C5: per-host politeness', () => {
  it('when two hosts get 4 pages each then each host sees one request at a time, gaps ≥ delayMs, and the hosts proceed in parallel', async () => {
    const a = await loggingHost('127.0.1.1');
    const b = await loggingHost('127.0.1.2');
    const delayMs = 120;
    const f = fetcher({ delayMs, jitterMs: 40, concurrencyPerHost: 1, concurrency: 8 });
    const paths = ['/returns', '/shipping', '/warranty', '/help'];
    const outcomes = await Promise.all([...paths.map((p) => f.fetch(a.server.url(p))), ...paths.map((p) => f.fetch(b.server.url(p)))]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    for (const host of [a, b]) {
      expect(host.maxInFlight()).toBe(1);
      expect(host.arrivals).toHaveLength(5); // robots.txt + 4 pages
      for (let i = 1; i < host.arrivals.length; i += 1) {
        expect(host.arrivals[i]!.at - host.arrivals[i - 1]!.at).toBeGreaterThanOrEqual(delayMs);
      }
      expect(host.arrivals.every((r) => /servicediff/i.test(r.ua))).toBe(true);
    }
    // Parallel hosts: B's first page arrived before A's last one (order only, no timing bound).
    expect(b.arrivals[1]!.at).toBeLessThan(a.arrivals[4]!.at);
    expect(f.stats.maxInFlightPerHost).toBe(1);
    expect(f.stats.requests).toBe(10);
  });

  it('when concurrencyPerHost is 2 then at most 2 requests are in flight to the host at once', async () => {
    const a = await loggingHost('127.0.1.3', 60);
    const f = fetcher({ delayMs: 0, concurrencyPerHost: 2 });
    await f.robots(a.server.url('/'));
    await Promise.all(['/1', '/2', '/3', '/4', '/5', '/6'].map((p) => f.fetch(a.server.url(p))));
    expect(a.maxInFlight()).toBe(2);
    expect(f.stats.maxInFlightPerHost).toBe(2);
  });

  it('when crawl.concurrency is 2 then no more than 2 requests are in flight over 4 hosts', async () => {
    const hosts = await Promise.all(['127.0.1.5', '127.0.1.6', '127.0.1.7', '127.0.1.8'].map((h) => loggingHost(h, 40)));
    let inFlight = 0;
    let max = 0;
    const f = fetcher({ delayMs: 0, concurrency: 2, concurrencyPerHost: 2 });
    await Promise.all(
      hosts.flatMap((h) =>
        ['/1', '/2'].map((p) =>
          f.schedule(h.server.url(p), async () => {
            inFlight += 1;
            max = Math.max(max, inFlight);
            await new Promise((r) => setTimeout(r, 10));
            inFlight -= 1;
          }),
        ),
      ),
    );
    expect(max).toBe(2);
  });

  it('schedule runs a task inside the host queue, counted like a request', async () => {
    const a = await loggingHost('127.0.1.4');
    const f = fetcher({ delayMs: 0 });
    let running = 0;
    let max = 0;
    const task = async (): Promise<number> => {
      running += 1;
      max = Math.max(max, running);
      await new Promise((r) => setImmediate(r));
      running -= 1;
      return 7;
    };
    const results = await Promise.all([f.schedule(a.server.url('/x'), task), f.schedule(a.server.url('/y'), task)]);
    expect(results).toEqual([7, 7]);
    expect(max).toBe(1);
    expect(f.stats.requests).toBe(2);
  });
});

describe('HostQueues.close', () => {
  it('rejects queued work, aborts sleeps and resolves', async () => {
    const queues = new HostQueues({ concurrency: 1, concurrencyPerHost: 1, delayMs: 60_000, jitterMs: 0 });
    const first = queues.run('h', async () => 1);
    const second = queues.run('h', async () => 2); // would wait a minute for the gap
    expect(await first).toBe(1);
    const closing = queues.close();
    await expect(second).rejects.toThrow(/closed/);
    await closing;
    await expect(queues.run('h', async () => 3)).rejects.toThrow(/closed/);
  });
});
