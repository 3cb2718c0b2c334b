/**
 * Stays healthy: 20+ real scan + report cycles at a one-second cron in ONE child process, against two loopback shops
 * whose competitor changes its return window on every request (so every cycle records a change and sends a webhook),
 * then SIGTERM. Measured from outside, in /proc: RSS growth after warm-up stays bounded, open file descriptors do not
 * pile up, and nothing the child started is left running.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, startSite, type LoopbackServer } from '../helpers/loopback-server.js';
import { processesWithMarker, startSchedule, type ScheduleChild } from '../fixtures/schedule/child.js';
import { quayRoutes, youRoutes } from '../fixtures/schedule/policy-site.js';

const CYCLES = 21;
const WARM_UP = 5;
/** Generous (the task's bound): a leak of a page set per cycle fails it, allocator noise does not. */
const MAX_GROWTH_BYTES = 50 * 1024 * 1024;
/** File descriptors may wobble by a socket or two in flight; a leak adds several per cycle. */
const FD_SLACK = 4;

let dir: string;
const servers: LoopbackServer[] = [];
let child: ScheduleChild | undefined;
let hooks = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-soak-'));
});

afterAll(async () => {
  child?.kill();
  for (const s of servers) await s.close();
  await rm(dir, { recursive: true, force: true });
});

function sample(pid: number): { rss: number; fds: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rss = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]) * 1024;
  return { rss, fds: readdirSync(`/proc/${pid}/fd`).length };
}

it(`${CYCLES} real cycles at a one-second cron: RSS growth after warm-up < 50 MB, fds flat, nothing left running`, { timeout: 90_000 }, async () => {
  const you = await startSite(youRoutes({ youStatic: true }));
  const quay = await startSite(quayRoutes({ quayDays: (n) => 20 + (n % 40) }), { host: '127.0.0.2' });
  const hook = await startServer((req, res) => {
    hooks++;
    req.resume();
    res.writeHead(200);
    res.end('ok');
  });
  servers.push(you, quay, hook);
  const config = join(dir, 'servicediff.yaml');
  await writeFile(
    config,
    [
      `you: { name: Harbour Goods, site: "${you.origin}" }`,
      `competitors: [{ name: Quay Supply, site: "${quay.origin}" }]`,
      'crawl: { allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, browserPath: /usr/bin/chromium }',
      `store: { db: "${join(dir, 'data', 'servicediff.json')}", snapshots: "${join(dir, 'data', 'snapshots')}" }`,
      `report: { folder: "${join(dir, 'data', 'reports')}" }`,
      'schedule: { cron: "* * * * * *" }',
      'notify: { webhookUrlEnv: SOAK_WEBHOOK, retries: 0, on: [changes] }',
    ].join('\n'),
  );
  child = startSchedule(['--config', config], {
    cwd: dir,
    env: { SERVICEDIFF_TEST_MIN_INTERVAL_SECONDS: '1', SOAK_WEBHOOK: hook.url('/soak/abc123') },
  });
  const pid = child.process.pid!;
  const samples: { rss: number; fds: number }[] = [];
  child.onLine((line) => {
    if (/ run \d+ finished: /.test(line)) samples.push(sample(pid));
  });
  await child.waitFor(/ run \d+ finished: ok$/, CYCLES, 80_000);
  child.process.kill('SIGTERM');
  expect(await child.exited(20_000)).toBe(0);

  const base = samples[WARM_UP - 1]!;
  const later = samples.slice(WARM_UP, CYCLES);
  const growth = Math.max(...later.map((s) => s.rss)) - base.rss;
  const mb = (n: number): string => (n / 1048576).toFixed(1);
  console.log(
    `soak: ${samples.length} cycles; RSS after warm-up ${mb(base.rss)} MB, max growth ${mb(growth)} MB, ` +
      `last ${mb(samples[samples.length - 1]!.rss)} MB; fds ${base.fds} → max ${Math.max(...later.map((s) => s.fds))}; ${hooks} webhooks`,
  );
  expect(growth).toBeLessThan(MAX_GROWTH_BYTES);
  expect(Math.max(...later.map((s) => s.fds))).toBeLessThanOrEqual(base.fds + FD_SLACK);
  expect(hooks).toBeGreaterThanOrEqual(CYCLES - 1); // every cycle after the first saw quay's window change
  expect(child.stdout()).not.toMatch(/failed after|run \d+ failed/);
  expect(processesWithMarker(child.marker)).toEqual([]);
});
