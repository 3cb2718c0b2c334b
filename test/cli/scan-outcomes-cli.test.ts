/**
 * `servicediff scan` and `compare --url` as real child processes (issue 13): an unreachable competitor is a partial
 * scan (exit 1) whose printed problems, counted problems and --json events agree; `compare --url` on a site that
 * cannot be read exits 1 saying why; Ctrl-C (a real SIGINT) at any moment — before any page, after one business,
 * while Chromium starts — exits 130 after a summary line, releases the lock, stores no empty scan and marks no site
 * failed or stale.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { closedPort, shopPage, startSite, type LoopbackServer, type Route } from '../helpers/loopback-server.js';
import { TEST_CHROMIUM } from '../helpers/chromium.js';
import { spawnTs, within, type Child } from '../store/fixtures/child.js';

/** Bounds on a child's life: generous, because a loaded 2-core machine starts a tsx child in seconds, not milliseconds. */
const CHILD_MS = 120_000;


function shop(days: number): Record<string, Route> {
  return {
    '/': shopPage('Home', '<p>Kitchen goods.</p>', '<a href="/returns">Returns</a> <a href="/shipping">Shipping</a>'),
    '/returns': shopPage('Returns', `<p>You may send items back within ${days} days of delivery for a full refund.</p>`),
    '/shipping': shopPage('Shipping', '<p>Standard shipping is free on orders over $40.</p>'),
    '/robots.txt': 'User-agent: *\nAllow: /\n',
  };
}


/** Resolves when `server` has seen a request whose path satisfies `match`. */
function requestSeen(server: LoopbackServer, match: (path: string) => boolean, ms = CHILD_MS): Promise<void> {
  return within(
    new Promise<void>((resolve) => {
      const tick = (): void => {
        if (server.requests.some((r) => match(r.path))) resolve();
        else setTimeout(tick, 10);
      };
      tick();
    }),
    ms,
    'the expected request',
  );
}

describe('scan and compare outcomes as a user sees them (issue 13)', { timeout: 180_000 }, () => {
  let dir: string;
  let db: string;
  let servers: LoopbackServer[] = [];
  let children: Child[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sd-outcomes-cli-'));
    db = join(dir, 'data', 'servicediff.json');
  });
  afterEach(async () => {
    for (const child of children) if (child.process.exitCode === null) child.process.kill('SIGKILL');
    children = [];
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
    rmSync(dir, { recursive: true, force: true });
  });

  /** `browser` is a crawl.browser setting (never by default: most cases need no Chromium). */
  function writeConfig(you: string, competitors: { name: string; site: string }[], browser = 'browser: never'): string {
    const path = join(dir, 'servicediff.yaml');
    writeFileSync(
      path,
      [
        `you: {name: Juniper, site: "${you}"}`,
        `competitors: [${competitors.map((c) => `{name: ${c.name}, site: "${c.site}"}`).join(', ')}]`,
        `crawl: {allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, retries: 0, timeoutMs: 20000, ${browser}}`,
        `store: {db: "${db}", snapshots: "${join(dir, 'data', 'snapshots')}"}`,
        '',
      ].join('\n'),
    );
    return path;
  }

  function cli(args: string[]): Child {
    const { SERVICEDIFF_DB: _ignored, ...env } = process.env;
    const child = spawnTs('src/cli/main.ts', args, { ...env, NO_COLOR: '1', SERVICEDIFF_CACHE_DIR: join(dir, 'cache') });
    children.push(child);
    return child;
  }

  async function scans(): Promise<number> {
    if (!existsSync(db)) return 0;
    const store = await openStore(db, { snapshotsDir: join(dir, 'data', 'snapshots') });
    try {
      return store.scans().length;
    } finally {
      await store.close();
    }
  }

  it('an unreachable competitor: "scan partial", exit 1, and printed lines = counted problems = --json events', async () => {
    const you = await startSite(shop(30));
    servers = [you];
    const config = writeConfig(you.origin, [{ name: 'Gone Shop', site: `http://127.0.0.1:${await closedPort()}` }]);
    const text = cli(['--config', config, 'scan', '--quiet']);
    expect(await within(text.exited, CHILD_MS, 'scan exit'), text.stderr + text.stdout).toBe(1);
    const summary = /^scan partial: .*; \d+ term changes, (\d+) problems$/m.exec(text.stdout);
    expect(summary, text.stdout).not.toBeNull();
    const printed = text.stderr.split('\n').filter((l) => l.startsWith('  problem  '));
    expect(printed).toHaveLength(Number(summary![1]));
    expect(printed.filter((l) => l.includes('gone-shop'))).toHaveLength(1);
    expect(printed.find((l) => l.includes('gone-shop'))).toMatch(/gone-shop: network — .*connection refused/);

    const json = cli(['--config', config, 'scan', '--json']);
    expect(await within(json.exited, CHILD_MS, 'scan --json exit')).toBe(1);
    const lines = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; problems?: unknown[]; exitCode?: number });
    const final = lines.at(-1)!;
    expect(final.type).toBe('summary');
    expect(final.exitCode).toBe(1);
    expect(lines.filter((l) => l.type === 'problem')).toHaveLength(final.problems!.length);
  });

  it('a changed term is listed under the summary, indented as README shows', async () => {
    let days = 30;
    const you = await startSite({ ...shop(30), '/returns': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(shopPage('Returns', `<p>You may send items back within ${days} days of delivery for a full refund.</p>`));
    } });
    servers = [you];
    const config = writeConfig(you.origin, []);
    const first = cli(['--config', config, 'scan', '--quiet']);
    expect(await within(first.exited, CHILD_MS, 'first scan exit')).toBe(0);
    days = 45;
    const second = cli(['--config', config, 'scan', '--quiet']);
    expect(await within(second.exited, CHILD_MS, 'second scan exit')).toBe(0);
    expect(second.stdout).toMatch(/^scan ok: .*1 term change/m);
    expect(second.stdout).toContain('\n  Juniper: returns.window_days 30 days → 45 days\n');
  });

  it('compare --url on a site that cannot be read exits 1 with the cause on stderr', async () => {
    const you = await startSite(shop(30));
    servers = [you];
    const config = writeConfig(you.origin, []);
    const port = await closedPort();
    const run = cli(['--config', config, 'compare', '--url', `http://127.0.0.1:${port}/`]);
    expect(await within(run.exited, CHILD_MS, 'compare exit')).toBe(1);
    expect(run.stderr).toMatch(/problem {2}127-0-0-1-\d+: network — .*connection refused/);
    expect(run.stderr).toMatch(/^servicediff: the fresh scan read nothing \(1 problem above\); the table shows the values stored before it, "—" where there are none$/m);
  });

  it('Ctrl-C before any page is read: exit 130 after a summary line, no scan stored, lock released', async () => {
    // Every request hangs: the scan is in flight, and nothing has been read, when the signal comes.
    const hang = await startSite({ '/robots.txt': () => undefined, '/': () => undefined });
    servers = [hang];
    const config = writeConfig(hang.origin, []);
    const run = cli(['--config', config, 'scan']);
    await requestSeen(hang, () => true);
    run.process.kill('SIGINT');
    expect(await within(run.exited, CHILD_MS, 'exit after SIGINT')).toBe(130);
    expect(run.stdout).toMatch(/^scan interrupted: /m);
    expect(run.stdout).toMatch(/nothing stored: interrupted before any page was read/);
    expect(await scans()).toBe(0);
    expect(existsSync(`${db}.lock`)).toBe(false);
  });

  it('Ctrl-C while one competitor is still being read: exit 130, and that competitor is neither failed nor stale', async () => {
    let hangReturns = false;
    const rivalRoutes = shop(45);
    // The second scan's read of the rival's returns page never gets an answer: the rival is mid-read at the signal.
    const rival = await startSite({
      ...rivalRoutes,
      '/returns': (_req, res) => {
        if (!hangReturns) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(rivalRoutes['/returns'] as string);
      },
    });
    const you = await startSite(shop(30));
    servers = [you, rival];
    const config = writeConfig(you.origin, [{ name: 'Rival', site: rival.origin }]);
    const first = cli(['--config', config, 'scan', '--quiet']);
    expect(await within(first.exited, CHILD_MS, 'first scan')).toBe(0);

    hangReturns = true;
    const seen = rival.requests.length;
    const run = cli(['--config', config, 'scan', '--json']);
    await requestSeen(rival, (path) => path === '/returns' && rival.requests.length > seen);
    await within(
      new Promise<void>((resolve) => {
        const tick = (): void => (run.stdout.includes('"type":"business-done","business":"juniper"') ? resolve() : void setTimeout(tick, 10));
        tick();
      }),
      CHILD_MS,
      'juniper done',
    );
    run.process.kill('SIGINT');
    expect(await within(run.exited, CHILD_MS, 'exit after SIGINT')).toBe(130);
    const summary = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { type: string; exitCode: number; interrupted: boolean; problems: { business: string }[] };
    expect(summary, run.stdout).toMatchObject({ type: 'summary', exitCode: 130, interrupted: true });
    expect(summary.problems.filter((p) => p.business === 'rival')).toEqual([]);
    expect(existsSync(`${db}.lock`)).toBe(false);

    const store = await openStore(db, { snapshotsDir: join(dir, 'data', 'snapshots') });
    try {
      const rivalTerms = store.latestTerms().find((b) => b.id === 'rival')!;
      expect(rivalTerms.terms['returns.window_days']?.reading.value).toBe(45);
      expect(rivalTerms.terms['returns.window_days']?.staleSince).toBeUndefined();
      expect(store.pages('rival').every((p) => p.lastStatus !== 'failed')).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('Ctrl-C while Chromium starts: exit 130 after a summary line, lock released, nothing marked failed', async () => {
    const you = await startSite(shop(30));
    servers = [you];
    const config = writeConfig(you.origin, [], `browser: always, browserPath: "${TEST_CHROMIUM}"`);
    const run = cli(['--config', config, 'scan']);
    // The static read of the first policy page is followed at once by the browser's launch.
    await requestSeen(you, (path) => path === '/returns' || path === '/shipping');
    run.process.kill('SIGINT');
    expect(await within(run.exited, CHILD_MS, 'exit after SIGINT')).toBe(130);
    expect(run.stdout).toMatch(/^scan interrupted: /m);
    expect(existsSync(`${db}.lock`)).toBe(false);
    if (existsSync(db)) {
      const store = await openStore(db, { snapshotsDir: join(dir, 'data', 'snapshots') });
      try {
        expect(store.pages('juniper').filter((p) => p.lastStatus === 'failed')).toEqual([]);
      } finally {
        await store.close();
      }
    }
  });
});
