/**
 * Retries, Retry-After, host abandonment and refusals: RELIABILITY A4, A5, A6 (pure policy first, then real servers).
 */
import type { LookupFunction } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createFetcher, type PoliteFetcher } from '../../src/fetch/fetch-page.js';
import type { FetchRuntime } from '../../src/fetch/fetch-types.js';
import { backoffMs, decideRetry, isRetryableStatus, parseRetryAfter } from '../../src/fetch/retry-policy.js';
import { startServer, type Handler, type LoopbackServer } from '../helpers/loopback-server.js';
import { testRuntime } from './fetch-test-config.js';

const crawl = { retries: 2, backoffMs: 100, retryAfterCapSeconds: 60 };
const NOW = Date.parse('2026-11-25T12:00:00Z');

describe('retry policy (pure)', () => {
  it.each([
    [500, true],
    [503, true],
    [429, true],
    [408, true],
    [404, false],
    [403, false],
    [400, false],
  ])('status %i retryable: %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });

  it('reads Retry-After as seconds and as an HTTP-date; a past date is 0; junk is ignored', () => {
    expect(parseRetryAfter('2', NOW)).toBe(2);
    expect(parseRetryAfter(new Date(NOW + 5_000).toUTCString(), NOW)).toBe(5);
    expect(parseRetryAfter(new Date(NOW - 5_000).toUTCString(), NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
  });

  it('backoff doubles per attempt and jitter only adds', () => {
    expect(backoffMs(1, 100, () => 0)).toBe(100);
    expect(backoffMs(2, 100, () => 0)).toBe(200);
    expect(backoffMs(3, 100, () => 0)).toBe(400);
    expect(backoffMs(3, 100, () => 0.999)).toBeGreaterThanOrEqual(400);
    expect(backoffMs(3, 100, () => 0.999)).toBeLessThanOrEqual(600);
  });

  it('Retry-After is a floor on the delay; over the cap it defers; past retries it gives up', () => {
    expect(decideRetry({ attempts: 1, status: 503, retryAfter: '2' }, crawl, NOW, () => 0)).toEqual({ action: 'retry', delayMs: 2000 });
    expect(decideRetry({ attempts: 1, status: 503, retryAfter: '86400' }, crawl, NOW)).toEqual({ action: 'defer', retryAfterSeconds: 86400 });
    expect(decideRetry({ attempts: 3, status: 503 }, crawl, NOW)).toEqual({ action: 'give-up' });
    expect(decideRetry({ attempts: 1, status: 404 }, crawl, NOW)).toEqual({ action: 'give-up' });
    expect(decideRetry({ attempts: 1, retryableError: false }, crawl, NOW)).toEqual({ action: 'give-up' });
    expect(decideRetry({ attempts: 1, retryableError: true }, crawl, NOW, () => 0)).toEqual({ action: 'retry', delayMs: 100 });
  });
});

let closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of closers.reverse()) await c.close();
  closers = [];
});

interface Hit {
  path: string;
  at: number;
}

/** A server that logs arrival times (server clock) of every non-robots request and answers robots.txt 404. */
async function loggingServer(handler: Handler): Promise<{ server: LoopbackServer; hits: Hit[] }> {
  const hits: Hit[] = [];
  const server = await startServer((req, res) => {
    if (req.url === '/robots.txt') {
      res.writeHead(404);
      res.end();
      return;
    }
    hits.push({ path: req.url ?? '', at: Date.now() });
    return handler(req, res);
  });
  closers.push(server);
  return { server, hits };
}

function fetcher(runtime: FetchRuntime, random?: () => number): PoliteFetcher {
  const f = createFetcher(runtime, random ? { random } : {});
  closers.push(f);
  return f;
}

const PAGE = '<!doctype html><title>Warranty</title><p>' + 'Every kettle carries a two year warranty against manufacturing faults. '.repeat(30);

describe('A4: Retry-After', () => {
  it('when 503 asks Retry-After: 1 then 200 follows then exactly one retry comes no sooner than 1 s later (server clock)', async () => {
    let calls = 0;
    const { server, hits } = await loggingServer((_req, res) => {
      calls += 1;
      if (calls === 1) {
        res.writeHead(503, { 'retry-after': '1', 'content-type': 'text/html' });
        res.end('<p>busy</p>');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(PAGE);
    });
    const f = fetcher(testRuntime({ backoffMs: 10 }));
    const outcome = await f.fetch(server.url('/warranty'));
    expect(outcome.ok).toBe(true);
    expect(hits).toHaveLength(2);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(f.stats.retries).toBe(1);
  });

  it('when Retry-After is an HTTP-date then the retry waits until that date', async () => {
    let calls = 0;
    let asked = 0;
    const { server, hits } = await loggingServer((_req, res) => {
      calls += 1;
      if (calls === 1) {
        // HTTP-dates have whole seconds: ask for the start of the second after next.
        asked = (Math.floor(Date.now() / 1000) + 2) * 1000;
        res.writeHead(429, { 'retry-after': new Date(asked).toUTCString() });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(PAGE);
    });
    const outcome = await fetcher(testRuntime()).fetch(server.url('/warranty'));
    expect(outcome.ok).toBe(true);
    expect(hits).toHaveLength(2);
    expect(hits[1]!.at).toBeGreaterThanOrEqual(asked);
  });

  it('when Retry-After: 86400 exceeds the cap then the host is deferred at once and its other URLs are not requested', async () => {
    const { server, hits } = await loggingServer((_req, res) => {
      res.writeHead(503, { 'retry-after': '86400' });
      res.end();
    });
    const f = fetcher(testRuntime({ retryAfterCapSeconds: 60 }));
    const first = await f.fetch(server.url('/returns'));
    const second = await f.fetch(server.url('/shipping'));
    expect(first.ok || first.failure.kind).toBe('deferred');
    expect(first.ok || first.failure.reason).toMatch(/86400 s .*crawl\.retryAfterCapSeconds \(60\).*next run/);
    expect(second.ok || second.failure.kind).toBe('deferred');
    expect(hits.map((h) => h.path)).toEqual(['/returns']);
  });

  it('when two requests in flight are both deferred then the first deferral is the reason the host\'s later URLs are given', async () => {
    // /shipping answers only once the test has seen /returns deferred: the host's reason is then already set, and
    // the second deferral (a longer wait) must not replace it (one abandon() path, first reason wins).
    let releaseShipping: () => void = () => undefined;
    const shippingMayAnswer = new Promise<void>((resolve) => (releaseShipping = resolve));
    const { server, hits } = await loggingServer((req, res) => {
      const wait = req.url === '/returns' ? '86400' : '172800';
      const answer = () => {
        res.writeHead(503, { 'retry-after': wait });
        res.end();
      };
      if (req.url === '/shipping') void shippingMayAnswer.then(answer);
      else answer();
    });
    const f = fetcher(testRuntime({ retryAfterCapSeconds: 60, concurrencyPerHost: 2 }));
    const shipping = f.fetch(server.url('/shipping'));
    const returns = await f.fetch(server.url('/returns'));
    releaseShipping();
    const second = await shipping;
    expect(second.ok || second.failure.reason).toMatch(/172800 s/);
    const later = await f.fetch(server.url('/warranty'));
    expect(returns.ok || returns.failure.reason).toMatch(/86400 s/);
    expect(later.ok || later.failure.reason).toMatch(/not requested; .*86400 s/);
    expect(hits.map((h) => h.path).sort()).toEqual(['/returns', '/shipping']);
  });
});

describe('A5: a host that keeps refusing', () => {
  it('when every request gets 429 then the host gets at most retries+1 requests in all, with growing gaps, one at a time', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const { server, hits } = await loggingServer((_req, res) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      res.on('close', () => (inFlight -= 1));
      res.writeHead(429);
      res.end();
    });
    const runtime = testRuntime({ retries: 2, backoffMs: 100 });
    const f = fetcher(runtime, () => 0);
    const outcomes = await Promise.all(['/a', '/b', '/c', '/d'].map((p) => f.fetch(server.url(p))));
    expect(outcomes.every((o) => !o.ok)).toBe(true);
    expect(hits.length).toBeLessThanOrEqual(runtime.crawl.retries + 1);
    expect(maxInFlight).toBeLessThanOrEqual(runtime.crawl.concurrencyPerHost);
    // Backoff grows: the second gap is at least twice the base, the first at least the base (server clock).
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(100);
    expect(hits[2]!.at - hits[1]!.at).toBeGreaterThanOrEqual(200);
    expect(hits.length).toBe(runtime.crawl.retries + 1);
    // Four URLs were queued; the host was abandoned before the last one was ever sent.
    expect(outcomes.filter((o) => !o.ok && o.failure.attempts === 0).length).toBeGreaterThanOrEqual(1);
  });

  it('when every request gets a fast 500 then the host is abandoned after two URLs of attempts and later URLs are not requested', async () => {
    const { server, hits } = await loggingServer((_req, res) => {
      res.writeHead(500);
      res.end('oops');
    });
    const runtime = testRuntime({ retries: 1, backoffMs: 5 });
    const f = fetcher(runtime);
    const outcomes = [];
    for (const p of ['/a', '/b', '/c', '/d']) outcomes.push(await f.fetch(server.url(p)));
    expect(hits.length).toBe(2 * (runtime.crawl.retries + 1));
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.failure.kind))).toEqual(['http-status', 'http-status', 'http-status', 'http-status']);
    expect(outcomes[1]!.ok || outcomes[1]!.failure.reason).toMatch(/host abandoned/);
    expect(outcomes[2]!.ok || outcomes[2]!.failure.reason).toMatch(/not requested/);
    expect(outcomes[3]!.ok || outcomes[3]!.failure.attempts).toBe(0);
  });
});

describe('A6: refused connection and NXDOMAIN', () => {
  it('when the port is closed then one line names the URL and the refusal, with no retries', async () => {
    const closed = await startServer(() => undefined);
    const url = closed.url('/returns');
    await closed.close();
    const f = fetcher(testRuntime({ retries: 3 }));
    const outcome = await f.fetch(url);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.kind).toBe('network');
    expect(outcome.failure.reason).toContain(url);
    expect(outcome.failure.reason).toMatch(/connection refused/);
    expect(outcome.failure.reason).not.toMatch(/\n/);
    expect(f.stats.retries).toBe(0);
  });

  it('when DNS says NXDOMAIN [fake resolver] then the failure is dns, asked once per run, never retried', async () => {
    let lookups = 0;
    const nxdomain = ((hostname: string, _options: unknown, callback: (e: NodeJS.ErrnoException | null, a?: string, f?: number) => void) => {
      lookups += 1;
      const error: NodeJS.ErrnoException = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      process.nextTick(() => callback(error));
    }) as unknown as LookupFunction;
    const f = fetcher(testRuntime({ retries: 3 }, { lookup: nxdomain }));
    const a = await f.fetch('http://no-such-shop.invalid/returns');
    const b = await f.fetch('http://no-such-shop.invalid/shipping');
    expect(a.ok || a.failure.kind).toBe('dns');
    expect(a.ok || a.failure.reason).toMatch(/http:\/\/no-such-shop\.invalid\/returns.*host name not found/);
    expect(b.ok || b.failure.kind).toBe('dns');
    expect(lookups).toBe(1);
  });
});
