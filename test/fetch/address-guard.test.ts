/**
 * The SSRF guard: RELIABILITY E3. No packet may leave loopback even if the guard breaks: private addresses come from
 * an injected resolver, and the socket factory is replaced by one that fails the test when reached.
 */
import type { LookupAddress } from 'node:dns';
import { connect, type LookupFunction, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { addressRange, guardedLookup, isPublicAddress, refuseLiteralHost } from '../../src/fetch/address-guard.js';
import { createFetcher, type PoliteFetcher } from '../../src/fetch/fetch-page.js';
import { startSite } from '../helpers/loopback-server.js';
import { testRuntime } from './fetch-test-config.js';

const E3_ADDRESSES = ['127.0.0.1', '::1', '169.254.169.254', '10.0.0.1', '0.0.0.0', '::ffff:127.0.0.1', '192.168.1.20', '172.16.0.5', '100.64.0.1', 'fe80::1', 'fc00::1', '::'];

/** A resolver answering every name with one address (no DNS traffic). */
function resolverTo(address: string, calls: string[] = []): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (e: Error | null, a: string | LookupAddress[], f?: number) => void) => {
    calls.push(hostname);
    const family = address.includes(':') ? 6 : 4;
    process.nextTick(() => (options?.all ? callback(null, [{ address, family }]) : callback(null, address, family)));
  }) as unknown as LookupFunction;
}

function lookupOnce(lookup: LookupFunction, host: string, all = false): Promise<string | LookupAddress[]> {
  return new Promise((resolve, reject) => {
    lookup(host, { all } as never, ((error: Error | null, address: string | LookupAddress[]) => (error ? reject(error) : resolve(address))) as never);
  });
}

describe('address classification (ipaddr.js)', () => {
  it.each(E3_ADDRESSES)('%s is not public', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.216.34', '2606:4700::6810:85e5', '8.8.8.8'])('%s is public', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('IPv4-mapped IPv6 is judged by its IPv4 address', () => {
    expect(addressRange('::ffff:127.0.0.1')).toBe('loopback');
    expect(addressRange('[::ffff:7f00:1]')).toBe('loopback');
  });

  it.each([
    ['http://2130706433/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[::1]/', '::1'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://0.0.0.0/', '0.0.0.0'],
  ])('the URL %s is refused as the literal %s', (url, address) => {
    const refusal = refuseLiteralHost(new URL(url).hostname, false);
    expect(refusal?.address).toBe(address);
    expect(refuseLiteralHost(new URL(url).hostname, true)).toBeUndefined();
  });

  it('a host name is left to the lookup check', () => {
    expect(refuseLiteralHost('shop.example', false)).toBeUndefined();
  });
});

describe('guardedLookup', () => {
  it.each(E3_ADDRESSES)('refuses a name resolving to %s', async (address) => {
    await expect(lookupOnce(guardedLookup(resolverTo(address), false), 'shop.example')).rejects.toMatchObject({
      code: 'ESERVICEDIFF_PRIVATE_ADDRESS',
    });
    await expect(lookupOnce(guardedLookup(resolverTo(address), false), 'shop.example', true)).rejects.toThrow(/private or local/);
  });

  it('passes a public answer and everything when private networks are allowed', async () => {
    await expect(lookupOnce(guardedLookup(resolverTo('93.184.216.34'), false), 'shop.example')).resolves.toBe('93.184.216.34');
    await expect(lookupOnce(guardedLookup(resolverTo('10.0.0.1'), true), 'shop.example')).resolves.toBe('10.0.0.1');
  });
});

let closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of closers.reverse()) await c.close();
  closers = [];
});

function fetcher(f: PoliteFetcher): PoliteFetcher {
  closers.push(f);
  return f;
}

describe('E3 through the fetcher, private networks NOT allowed', () => {
  it('when a public-looking name resolves to 127.0.0.1 then nothing connects and the server sees no request', async () => {
    const server = await startSite({ '/returns': '<p>secret</p>' });
    closers.push(server);
    const calls: string[] = [];
    const f = fetcher(createFetcher(testRuntime({ allowPrivateNetworks: false, delayMs: 100 }, { lookup: resolverTo('127.0.0.1', calls) })));
    const outcome = await f.fetch(`http://shop.example:${server.port}/returns`);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.kind).toBe('private-address');
    expect(outcome.failure.reason).toMatch(/shop\.example resolves to 127\.0\.0\.1 \(loopback\).*crawl\.allowPrivateNetworks/);
    expect(calls).toContain('shop.example');
    expect(server.requests).toHaveLength(0);
  });

  it.each(['http://10.0.0.1/returns', 'http://169.254.169.254/latest/meta-data/', 'http://2130706433/returns', 'http://[::ffff:127.0.0.1]/returns', 'http://0.0.0.0/'])(
    'when the URL is the literal %s then no socket is ever opened',
    async (url) => {
      const sockets: object[] = [];
      const f = fetcher(
        createFetcher(testRuntime({ allowPrivateNetworks: false, delayMs: 100 }), {
          createConnection: (options) => {
            sockets.push(options);
            throw new Error('the guard let a private address through to connect');
          },
        }),
      );
      const outcome = await f.fetch(url);
      expect(outcome.ok || outcome.failure.kind).toBe('private-address');
      expect(sockets).toHaveLength(0);
    },
  );

  it('when a redirect hop points to 169.254.169.254 then that hop is refused before connecting', async () => {
    const server = await startSite({ '/returns': { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } } });
    closers.push(server);
    const reached: string[] = [];
    // The "network" of this test: shop.example is the loopback server; anything else fails the test.
    const f = fetcher(
      createFetcher(testRuntime({ allowPrivateNetworks: false, delayMs: 100 }), {
        createConnection: (options) => {
          const { host } = options as { host?: string };
          reached.push(host ?? '');
          if (host !== 'shop.example') throw new Error(`connect to ${host} must not happen`);
          return connect(server.port, '127.0.0.1') as Socket;
        },
      }),
    );
    const outcome = await f.fetch('http://shop.example/returns');
    expect(outcome.ok || outcome.failure.kind).toBe('private-address');
    expect(outcome.ok || outcome.failure.reason).toContain('169.254.169.254');
    expect(reached.every((h) => h === 'shop.example')).toBe(true);
    expect(server.requests.map((r) => r.path)).toEqual(['/robots.txt', '/returns']);
  });
});
