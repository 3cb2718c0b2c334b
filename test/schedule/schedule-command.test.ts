/**
 * `servicediff schedule` as a real child process running the real scan + report cycle against loopback shops:
 * --print wiring, E4 refusal at the CLI, --once with a webhook that always answers 500 (the run still succeeds, the
 * report is kept, and the secret is nowhere: E6), and SIGTERM while Chromium renders a slow page (exit 0, lock
 * released, no Chromium or other descendant left).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Cron } from 'croner';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, startSite, type LoopbackServer } from '../helpers/loopback-server.js';
import { processesWithMarker, startSchedule, type ScheduleChild } from '../fixtures/schedule/child.js';
import { quayRoutes, youRoutes, type PolicySiteOptions } from '../fixtures/schedule/policy-site.js';

const TOKEN_SEGMENT = 'B07SECRETxoxbTOKEN9f3c2a';
/** A cold child (tsx, then the crawl stack) can take a while on a shared 2-core machine. */
const CHILD_MS = 45_000;

let dir: string;
const servers: LoopbackServer[] = [];
const children: ScheduleChild[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-schedule-'));
});
afterEach(async () => {
  for (const c of children.splice(0)) c.kill();
  for (const s of servers.splice(0)) await s.close();
  await rm(dir, { recursive: true, force: true });
});

async function shops(options: PolicySiteOptions = {}): Promise<{ you: LoopbackServer; quay: LoopbackServer }> {
  const you = await startSite(youRoutes(options));
  const quay = await startSite(quayRoutes(options), { host: '127.0.0.2' });
  servers.push(you, quay);
  return { you, quay };
}

async function writeConfig(you: string, quay: string, extra = ''): Promise<string> {
  const path = join(dir, 'servicediff.yaml');
  await writeFile(
    path,
    [
      `you: { name: Harbour Goods, site: "${you}" }`,
      `competitors: [{ name: Quay Supply, site: "${quay}" }]`,
      'crawl: { allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, browserPath: /usr/bin/chromium }',
      `store: { db: "${join(dir, 'data', 'servicediff.json')}", snapshots: "${join(dir, 'data', 'snapshots')}" }`,
      `report: { folder: "${join(dir, 'data', 'reports')}" }`,
      extra,
    ].join('\n'),
  );
  return path;
}

/** Every file under a folder, recursively, as text (gzip snapshots decompressed). */
async function allFileTexts(root: string): Promise<{ path: string; text: string }[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Promise.all(
    files.map(async (path) => {
      const bytes = await readFile(path);
      return { path, text: (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8') };
    }),
  );
}

function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(what)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('schedule command', () => {
  it('--print crontab prints a line croner reads as the configured cron', async () => {
    const config = await writeConfig('http://127.0.0.1:9', 'http://127.0.0.2:9', 'schedule: { cron: "15 5 * * 2", timezone: Europe/Oslo }');
    const child = startSchedule(['--config', config, '--print', 'crontab'], { cwd: dir });
    children.push(child);
    expect(await child.exited(CHILD_MS)).toBe(0);
    const line = child.stdout().split('\n').find((l) => /^\d/.test(l))!;
    expect(line.startsWith('15 5 * * 2 cd ')).toBe(true);
    expect(line).toContain(`npx servicediff schedule --once --config servicediff.yaml >> data/logs/schedule.log 2>&1`);
    const job = new Cron(line.split(' ').slice(0, 5).join(' '), { paused: true });
    expect(job.nextRuns(3, new Date('2026-01-01T00:00:00Z'))).toHaveLength(3);
    job.stop();
    expect(child.stdout()).toMatch(/^CRON_TZ=Europe\/Oslo$/m);
  });

  it('refuses "61 * * * *" in one stderr line with exit 2, before crawling anything (E4)', async () => {
    const { you, quay } = await shops();
    const config = await writeConfig(you.origin, quay.origin, 'schedule: { cron: "61 * * * *" }');
    const child = startSchedule(['--config', config], { cwd: dir });
    children.push(child);
    expect(await child.exited(CHILD_MS)).toBe(2);
    const lines = child.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^servicediff: \S+\.yaml: schedule\.cron: "61 \* \* \* \*" is not a valid cron expression .* try schedule\.cron: "0 6 \* \* 1" \(weekly, Monday 06:00\)$/);
    expect(you.requests).toHaveLength(0);
    expect(quay.requests).toHaveLength(0);
  });

  it('--once with a webhook variable that holds no URL: one config line naming the field, exit 2, before crawling anything', async () => {
    const { you, quay } = await shops();
    const config = await writeConfig(you.origin, quay.origin, 'notify: { webhookUrlEnv: SHOP_WEBHOOK_URL }');
    const child = startSchedule(['--config', config, '--once'], { cwd: dir, env: { SHOP_WEBHOOK_URL: `hooks.chat.example/${TOKEN_SEGMENT}` } });
    children.push(child);
    expect(await child.exited(CHILD_MS)).toBe(2);
    const lines = child.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^servicediff: \S+\.yaml: notify\.webhookUrlEnv: the environment variable SHOP_WEBHOOK_URL does not hold a URL — set SHOP_WEBHOOK_URL to /);
    expect(child.stderr() + child.stdout()).not.toContain(TOKEN_SEGMENT);
    expect(you.requests).toHaveLength(0);
  });

  it('--once with a webhook that always fails: the scan exit code, the report kept, one log line, the secret nowhere (E6)', { timeout: 60_000 }, async () => {
    const { you, quay } = await shops({ youStatic: true });
    let hits = 0;
    const hook = await startServer((req: IncomingMessage, res: ServerResponse) => {
      hits++;
      req.resume();
      res.writeHead(500);
      res.end('down');
    });
    servers.push(hook);
    const secretUrl = hook.url(`/services/T0SHOP42/${TOKEN_SEGMENT}`);
    const config = await writeConfig(you.origin, quay.origin, 'notify: { webhookUrlEnv: SHOP_WEBHOOK_URL, retries: 1 }');
    const child = startSchedule(['--config', config, '--once'], { cwd: dir, env: { SHOP_WEBHOOK_URL: secretUrl } });
    children.push(child);
    const code = await child.exited(CHILD_MS);
    expect(child.stdout()).toMatch(code === 0 ? /run finished: ok$/m : /run finished: partial \(exit 1\)$/m);
    expect([0, 1]).toContain(code);
    expect(hits).toBe(2); // first attempt + notify.retries
    expect(child.stdout()).toMatch(/notify: webhook \(SHOP_WEBHOOK_URL\) failed after 2 attempt\(s\): webhook answered HTTP 500; the run and its report are unaffected/);
    const latest = await readFile(join(dir, 'data', 'reports', 'latest.md'), 'utf8');
    expect(latest).toContain('Quay Supply');
    expect(child.stdout()).toMatch(/report: .*data\/reports\/\d{4}-\d\d-\d\d\.md/);
    // E6: grep stdout, stderr, the database, the snapshots and the reports.
    const files = await allFileTexts(dir);
    expect(files.some((f) => f.path.endsWith('servicediff.json'))).toBe(true);
    for (const { path, text } of [...files, { path: 'stdout', text: child.stdout() }, { path: 'stderr', text: child.stderr() }]) {
      expect(text.includes(TOKEN_SEGMENT), `${path} leaks the token`).toBe(false);
      expect(text.includes(secretUrl), `${path} leaks the URL`).toBe(false);
    }
  });

  it('SIGTERM while Chromium renders a slow page: exit 0, lock released, nothing left running', { timeout: 60_000 }, async () => {
    let dataRequested!: () => void;
    const requested = new Promise<void>((resolve) => (dataRequested = resolve));
    const { you, quay } = await shops({
      youData: async (_req, res) => {
        dataRequested();
        await new Promise((resolve) => setTimeout(resolve, 3000)); // still loading when SIGTERM arrives
        if (!res.destroyed) {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('You can return any item within 30 days of delivery.');
        }
      },
    });
    const config = await writeConfig(you.origin, quay.origin, 'schedule: { cron: "* * * * * *" }');
    const child = startSchedule(['--config', config], { cwd: dir, env: { SERVICEDIFF_TEST_MIN_INTERVAL_SECONDS: '1' } });
    children.push(child);
    await bounded(requested, CHILD_MS, `Chromium never asked for the scripted policy text\n${child.stdout()}\n${child.stderr()}`);
    const lock = join(dir, 'data', 'servicediff.json.lock');
    expect(existsSync(lock)).toBe(true);
    const running = processesWithMarker(child.marker);
    expect(running.some((p) => /chrom/i.test(p.command))).toBe(true); // the browser is really there to be closed
    child.process.kill('SIGTERM');
    expect(await child.exited(CHILD_MS)).toBe(0);
    expect(existsSync(lock)).toBe(false);
    expect(child.stderr()).toContain('SIGTERM received, stopping after the current page');
    expect(child.stdout()).toMatch(/stopping: letting the current run finish its page/);
    expect(child.stdout()).toMatch(/stopped after 1 run\(s\), \d+ skipped, 0 failed/);
    expect(processesWithMarker(child.marker)).toEqual([]);
  });

  it('--once stopped by Ctrl-C mid-scan: exit 130 and "interrupted", no report, the database whole and the lock released', { timeout: 60_000 }, async () => {
    let returnsRequested!: () => void;
    const requested = new Promise<void>((resolve) => (returnsRequested = resolve));
    const you = await startSite(youRoutes({ youStatic: true }));
    const quay = await startSite(
      {
        ...quayRoutes(),
        '/returns': async (_req, res) => {
          returnsRequested();
          await new Promise((resolve) => setTimeout(resolve, 3000)); // still loading when Ctrl-C arrives
          if (!res.destroyed) {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end('<h1>Returns</h1><p>Items may be returned within 45 days of delivery.</p>');
          }
        },
      },
      { host: '127.0.0.2' },
    );
    servers.push(you, quay);
    const config = await writeConfig(you.origin, quay.origin);
    const child = startSchedule(['--config', config, '--once'], { cwd: dir });
    children.push(child);
    await bounded(requested, CHILD_MS, `the slow returns page was never asked for\n${child.stdout()}\n${child.stderr()}`);
    child.process.kill('SIGINT');
    expect(await child.exited(CHILD_MS)).toBe(130);
    expect(child.stdout()).toMatch(/stopped by signal: no report written$/m);
    expect(child.stdout()).toMatch(/run finished: interrupted \(exit 130\)$/m);
    expect(child.stdout()).not.toMatch(/run finished: ok/);
    expect(existsSync(join(dir, 'data', 'reports'))).toBe(false);
    expect(existsSync(join(dir, 'data', 'servicediff.json.lock'))).toBe(false);
    const db = join(dir, 'data', 'servicediff.json');
    if (existsSync(db)) expect(() => JSON.parse(readFileSync(db, 'utf8'))).not.toThrow();
  });
});
