/**
 * Stays healthy: 20+ cycles at a one-second cron in ONE child process against a loopback fixture site whose policy
 * changes every request (so every cycle also sends a webhook), then SIGTERM. RSS growth after warm-up stays bounded,
 * and nothing the child started is left running.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, startSite, type LoopbackServer } from '../helpers/loopback-server.js';
import { CYCLE_MODULE, processesWithMarker, startSchedule, type ScheduleChild } from '../fixtures/schedule/child.js';

const CYCLES = 22;
const WARM_UP = 5;
/** Generous: a leak of a few hundred KB per cycle would still pass, a leak of a page body set per cycle would not. */
const MAX_GROWTH_BYTES = 50 * 1024 * 1024;

let dir: string;
let site: LoopbackServer;
let hook: LoopbackServer;
let child: ScheduleChild | undefined;
let requestCount = 0;
let hooks = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-soak-'));
  const page = (_req: IncomingMessage, res: ServerResponse): void => {
    requestCount++;
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<p>Return any item within ${20 + (requestCount % 40)} days.</p>${'<p>filler</p>'.repeat(2000)}`);
  };
  site = await startSite({ '/you/returns': page, '/quay/returns': page });
  hook = await startServer((req, res) => {
    hooks++;
    req.resume();
    res.writeHead(200);
    res.end('ok');
  });
});

afterAll(async () => {
  child?.kill();
  await site?.close();
  await hook?.close();
  await rm(dir, { recursive: true, force: true });
});

it(`${CYCLES} cycles at a one-second cron: RSS growth after warm-up < 50 MB, nothing left running`, { timeout: 60_000 }, async () => {
  const config = join(dir, 'servicediff.yaml');
  await writeFile(
    config,
    [
      'you: { name: Harbour Goods, site: "' + site.origin + '/you" }',
      'competitors: [{ name: Quay Supply, site: "' + site.origin + '/quay" }]',
      'crawl: { allowPrivateNetworks: true, delayMs: 0 }',
      `store: { db: "${join(dir, 'data', 'servicediff.json')}", snapshots: "${join(dir, 'data', 'snapshots')}" }`,
      `report: { folder: "${join(dir, 'data', 'reports')}" }`,
      'schedule: { cron: "* * * * * *" }',
      'notify: { webhookUrlEnv: SOAK_WEBHOOK, retries: 0 }',
    ].join('\n'),
  );
  child = startSchedule(['--config', config, '--cycle-module', CYCLE_MODULE], {
    cwd: dir,
    env: { SERVICEDIFF_TEST_MIN_INTERVAL_SECONDS: '1', SOAK_WEBHOOK: hook.url('/soak/abc123') },
  });
  const finished = await child.waitFor(/run \d+ finished: ok; fixture: 2 pages/, CYCLES, 50_000);
  child.process.kill('SIGTERM');
  expect(await child.exited()).toBe(0);

  const rss = finished.map((line) => Number(/rss=(\d+)/.exec(line)?.[1]));
  expect(rss.every((n) => n > 0)).toBe(true);
  const growth = Math.max(...rss.slice(WARM_UP)) - rss[WARM_UP - 1]!;
  console.log(`soak: ${rss.length} cycles, RSS after warm-up ${(rss[WARM_UP - 1]! / 1048576).toFixed(1)} MB, max growth ${(growth / 1048576).toFixed(1)} MB`);
  expect(growth).toBeLessThan(MAX_GROWTH_BYTES);
  // Open handles (sockets, files, child pipes) do not pile up: the last cycle holds no more than the warmed-up one.
  const handles = finished.map((line) => Number(/handles=(\d+)/.exec(line)?.[1]));
  expect(Math.max(...handles.slice(WARM_UP))).toBeLessThanOrEqual(handles[WARM_UP - 1]! + 2);
  expect(hooks).toBeGreaterThanOrEqual(CYCLES); // every cycle saw a change and delivered it
  expect(child.stdout()).not.toMatch(/failed after/);
  expect(processesWithMarker(child.marker)).toEqual([]);
});
