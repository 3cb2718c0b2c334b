/**
 * No Chromium left behind after any cycle: a few real cycles at a one-second cron in one child, where "you" publish a
 * page rendered by JavaScript (so every changed scan launches Chromium). After each cycle's "finished" line, no
 * browser process of this child is alive; during the first cycle one was (so the check can fail).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSite, type LoopbackServer } from '../helpers/loopback-server.js';
import { processesWithMarker, startSchedule, type ScheduleChild } from '../fixtures/schedule/child.js';
import { quayRoutes, SCRIPTED_POLICY, youRoutes } from '../fixtures/schedule/policy-site.js';

const CYCLES = 3;

let dir: string;
const servers: LoopbackServer[] = [];
let child: ScheduleChild | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-browser-cycles-'));
});

afterAll(async () => {
  child?.kill();
  for (const s of servers) await s.close();
  await rm(dir, { recursive: true, force: true });
});

it(`${CYCLES} cycles that render with Chromium leave no browser process after any of them`, { timeout: 90_000 }, async () => {
  let renders = 0;
  const browsersDuringRender: number[] = [];
  let marker = '';
  const you = await startSite(
    youRoutes({
      // The text changes on every render, so no cycle can skip the browser as "unchanged".
      youData: (_req, res) => {
        renders++;
        browsersDuringRender.push(processesWithMarker(marker).filter((p) => /chrom/i.test(p.command)).length);
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`${SCRIPTED_POLICY} Reference ${renders}.`);
      },
    }),
  );
  const quay = await startSite(quayRoutes(), { host: '127.0.0.2' });
  servers.push(you, quay);
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
    ].join('\n'),
  );
  child = startSchedule(['--config', config], { cwd: dir, env: { SERVICEDIFF_TEST_MIN_INTERVAL_SECONDS: '1' } });
  marker = child.marker;
  const leftovers: string[][] = [];
  child.onLine((line) => {
    if (/ run \d+ finished: /.test(line)) leftovers.push(processesWithMarker(marker).filter((p) => /chrom/i.test(p.command)).map((p) => p.command));
  });
  await child.waitFor(/ run \d+ finished: ok$/, CYCLES, 80_000);
  child.process.kill('SIGTERM');
  expect(await child.exited(20_000)).toBe(0);
  expect(renders).toBeGreaterThanOrEqual(CYCLES);
  expect(browsersDuringRender.every((n) => n > 0)).toBe(true); // Chromium was really there while rendering
  expect(leftovers.slice(0, CYCLES)).toEqual(Array.from({ length: CYCLES }, () => []));
  expect(processesWithMarker(marker)).toEqual([]);
});
