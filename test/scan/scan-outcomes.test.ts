/**
 * Scan outcomes a user can trust (issue 13): a competitor that cannot be reached makes the scan partial, one cause is
 * one problem of its own kind, every problem told as an event is in the summary and no other, and a category is found
 * where a page states it. Real loopback shops and real lowdb files; DNS failure through a fake resolver (NXDOMAIN
 * cannot be caused on loopback).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { LookupFunction } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, type Config } from '../../src/config/config-schema.js';
import type { CrawlEvent } from '../../src/crawl/crawl-types.js';
import { EXIT } from '../../src/errors.js';
import { runScan } from '../../src/scan/run-scan.js';
import { closedPort, shopPage, startSite, type LoopbackServer } from '../helpers/loopback-server.js';


/** A shop whose guarantee and warranty are stated only on its help page. */
const SHOP = {
  '/': shopPage('Home', '<p>Garden tools and seeds.</p>', '<a href="/returns">Returns</a> <a href="/shipping">Shipping</a> <a href="/help">Help</a>'),
  '/returns': shopPage('Returns', '<p>You may send items back within 30 days of delivery for a full refund.</p><p>Return shipping is free.</p>'),
  '/shipping': shopPage('Shipping', '<p>Standard shipping is free on orders over $40.</p><p>Orders leave our warehouse within 2 business days.</p>'),
  '/help': shopPage(
    'Help centre',
    '<p>Our money-back guarantee: not happy with a purchase? We refund you within 60 days, no questions asked.</p>' +
      '<p>Every tool comes with a 2-year warranty against manufacturing defects.</p>' +
      '<p>Our team answers the phone Monday to Friday, 9am to 5pm Eastern.</p>',
  ),
  '/robots.txt': 'User-agent: *\nAllow: /\n',
};


/** A resolver that knows no name (NXDOMAIN), as a typo in a competitor's domain would meet. */
const nxdomain = ((hostname: string, _options: unknown, callback: (e: NodeJS.ErrnoException | null) => void) => {
  process.nextTick(() => callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })));
}) as unknown as LookupFunction;

describe('scan outcomes (issue 13)', () => {
  let dir: string;
  let servers: LoopbackServer[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sd-outcomes-'));
  });
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
    rmSync(dir, { recursive: true, force: true });
  });

  function configFor(you: string, competitors: { name: string; site: string }[], crawl: Record<string, unknown> = {}): Config {
    return configSchema.parse({
      you: { name: 'Juniper', site: you },
      competitors,
      crawl: { allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, retries: 0, timeoutMs: 5000, browser: 'never', ...crawl },
      store: { db: join(dir, 'db.json'), snapshots: join(dir, 'snapshots') },
    });
  }

  async function scan(config: Config, extra: { only?: string[]; lookup?: LookupFunction } = {}) {
    const events: CrawlEvent[] = [];
    const outcome = await runScan(config, { dbPath: join(dir, 'db.json'), onEvent: (e) => events.push(e), ...extra });
    const told = events.filter((e): e is Extract<CrawlEvent, { type: 'problem' }> => e.type === 'problem');
    return { outcome, told };
  }

  it('a help page that states the guarantee and the warranty is where they are found: no "no guarantee page found"', async () => {
    const you = await startSite(SHOP);
    servers = [you];
    const { outcome, told } = await scan(configFor(you.origin, []));
    expect(outcome.problems.filter((p) => p.kind === 'not-found').map((p) => p.reason)).toEqual([]);
    expect(told).toEqual([]);
    expect(outcome.exitCode).toBe(EXIT.ok);
  });

  it('a competitor whose port is closed ends the scan partial with one "connection refused" problem, told once', async () => {
    const you = await startSite(SHOP);
    servers = [you];
    const port = await closedPort();
    const { outcome, told } = await scan(configFor(you.origin, [{ name: 'Gone Shop', site: `http://127.0.0.1:${port}` }]));
    expect(outcome.exitCode).toBe(EXIT.partial);
    const gone = outcome.problems.filter((p) => p.business === 'gone-shop');
    expect(gone).toHaveLength(1);
    expect(gone[0]!.kind).toBe('network');
    expect(gone[0]!.reason).toMatch(/connection refused/);
    expect(told.map((e) => `${e.business} ${e.kind} ${e.reason}`)).toEqual(outcome.problems.map((p) => `${p.business} ${p.kind} ${p.reason}`));
  });

  it('a competitor whose name does not resolve [fake resolver] is one "dns" problem and a partial scan', async () => {
    const you = await startSite(SHOP);
    servers = [you];
    const { outcome, told } = await scan(configFor(you.origin, [{ name: 'Typo Shop', site: 'http://typo-shop.invalid' }]), { lookup: nxdomain });
    expect(outcome.exitCode).toBe(EXIT.partial);
    expect(outcome.problems.map((p) => [p.business, p.kind])).toEqual([['typo-shop', 'dns']]);
    expect(outcome.problems[0]!.reason).toMatch(/host name not found/);
    expect(told).toHaveLength(outcome.problems.length);
  });

  it('a competitor at a private address, refused, is one "private-address" problem', async () => {
    const you = await startSite(SHOP);
    const rival = await startSite(SHOP);
    servers = [you, rival];
    const config = configFor(you.origin, [{ name: 'Inside Shop', site: rival.origin }], { allowPrivateNetworks: false, delayMs: 1000 });
    const { outcome, told } = await scan(config, { only: ['inside-shop'] });
    expect(outcome.problems.map((p) => [p.business, p.kind])).toEqual([['inside-shop', 'private-address']]);
    expect(told).toHaveLength(1);
    expect(outcome.exitCode).not.toBe(EXIT.ok);
    expect(rival.requests).toEqual([]);
  });

  it('a reachable competitor with no policy page at all is not "scan ok"', async () => {
    const you = await startSite(SHOP);
    const bare = await startSite({ '/': shopPage('Home', '<p>Coming soon.</p>') });
    servers = [you, bare];
    const { outcome, told } = await scan(configFor(you.origin, [{ name: 'Bare Shop', site: bare.origin }]));
    expect(outcome.exitCode).toBe(EXIT.partial);
    expect(told).toHaveLength(outcome.problems.length);
    expect(outcome.problems.every((p) => p.business === 'bare-shop' && p.kind === 'not-found')).toBe(true);
  });
});
