/**
 * `servicediff schedule` as a real child process: --print wiring, E4 refusal at the CLI, --once with a webhook that
 * always answers 500 (the run still succeeds, the report is kept, and the secret is nowhere: E6), and SIGTERM while a
 * cycle is fetching a slow loopback page (finishes the page, exits 0, lock released, nothing left running).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Cron } from 'croner';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, startSite, type LoopbackServer } from '../helpers/loopback-server.js';
import { CYCLE_MODULE, processesWithMarker, startSchedule, type ScheduleChild } from '../fixtures/schedule/child.js';

const TOKEN_SEGMENT = 'B07SECRETxoxbTOKEN9f3c2a';

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

async function writeConfig(site: string, extra = ''): Promise<string> {
  const path = join(dir, 'servicediff.yaml');
  await writeFile(
    path,
    [
      'you:',
      '  name: Harbour Goods',
      `  site: ${site}/you`,
      'competitors:',
      '  - name: Quay Supply',
      `    site: ${site}/quay`,
      'crawl:',
      '  allowPrivateNetworks: true',
      '  delayMs: 0',
      'store:',
      `  db: ${join(dir, 'data', 'servicediff.json')}`,
      `  snapshots: ${join(dir, 'data', 'snapshots')}`,
      'report:',
      `  folder: ${join(dir, 'data', 'reports')}`,
      extra,
    ].join('\n'),
  );
  return path;
}

function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(what)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Every file under a folder, recursively. */
async function allFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('schedule command', () => {
  it('--print crontab prints a line croner reads as the configured cron', async () => {
    const config = await writeConfig('http://127.0.0.1:9', 'schedule:\n  cron: "15 5 * * 2"\n  timezone: Europe/Oslo');
    const child = startSchedule(['--config', config, '--print', 'crontab'], { cwd: dir });
    children.push(child);
    expect(await child.exited()).toBe(0);
    const line = child.stdout().split('\n').find((l) => /^\d/.test(l))!;
    expect(line.startsWith('15 5 * * 2 cd ')).toBe(true);
    const job = new Cron(line.split(' ').slice(0, 5).join(' '), { paused: true });
    expect(job.getPattern()).toBe('15 5 * * 2');
    job.stop();
    expect(child.stdout()).toMatch(/^CRON_TZ=Europe\/Oslo$/m);
  });

  it('refuses "61 * * * *" in one stderr line with exit 2, before running anything (E4)', async () => {
    const config = await writeConfig('http://127.0.0.1:9', 'schedule:\n  cron: "61 * * * *"');
    const child = startSchedule(['--config', config, '--cycle-module', CYCLE_MODULE], { cwd: dir });
    children.push(child);
    expect(await child.exited()).toBe(2);
    const lines = child.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^servicediff: schedule\.cron: "61 \* \* \* \*" is not a valid cron expression .* try schedule\.cron: "0 6 \* \* 1" \(weekly, Monday 06:00\)$/);
    expect(child.stdout()).not.toMatch(/run \d+ started/);
  });

  it('--once with a webhook that always fails: exit 0, report kept, one log line, secret nowhere (E6)', async () => {
    const site = await startSite({ '/you/returns': '<p>Return any item within 30 days.</p>', '/quay/returns': '<p>Return any item within 45 days.</p>' });
    servers.push(site);
    let hits = 0;
    const hook = await startServer((_req: IncomingMessage, res: ServerResponse) => {
      hits++;
      res.writeHead(500);
      res.end('down');
    });
    servers.push(hook);
    const secretUrl = hook.url(`/services/T0SHOP42/${TOKEN_SEGMENT}`);
    const config = await writeConfig(site.origin, 'notify:\n  webhookUrlEnv: SHOP_WEBHOOK_URL\n  retries: 1');
    const child = startSchedule(['--config', config, '--once', '--cycle-module', CYCLE_MODULE], {
      cwd: dir,
      env: { SHOP_WEBHOOK_URL: secretUrl },
    });
    children.push(child);
    expect(await child.exited()).toBe(0);
    expect(hits).toBe(2); // first attempt + notify.retries
    expect(child.stdout()).toMatch(/notify: webhook \(SHOP_WEBHOOK_URL\) failed after 2 attempt\(s\): webhook answered HTTP 500; the run and its report are unaffected/);
    expect(child.stdout()).toMatch(/run finished: ok/);
    const report = join(dir, 'data', 'reports', 'report-1.md');
    expect(await readFile(report, 'utf8')).toContain('Quay Supply: returns.window_days 45');
    // E6: grep every output and every file the run wrote.
    const files = await allFiles(dir);
    expect(files.length).toBeGreaterThan(1);
    const haystacks = [child.stdout(), child.stderr(), ...(await Promise.all(files.map((f) => readFile(f, 'utf8'))))];
    for (const text of haystacks) {
      expect(text).not.toContain(TOKEN_SEGMENT);
      expect(text).not.toContain(secretUrl);
    }
  });

  it('SIGTERM while a cycle fetches a slow page: finishes the page, releases the lock, exits 0, leaves nothing running', async () => {
    let requestSeen!: () => void;
    const seen = new Promise<void>((resolve) => (requestSeen = resolve));
    let answered = 0;
    const slow = async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
      requestSeen();
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the page being fetched when SIGTERM arrives
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<p>Return within 30 days.</p>');
      answered++;
    };
    const site = await startSite({ '/you/returns': slow, '/quay/returns': slow });
    servers.push(site);
    const config = await writeConfig(site.origin, 'schedule:\n  cron: "* * * * * *"');
    const child = startSchedule(['--config', config, '--cycle-module', CYCLE_MODULE], {
      cwd: dir,
      env: { SERVICEDIFF_TEST_MIN_INTERVAL_SECONDS: '1' },
    });
    children.push(child);
    await child.waitFor(/next run: /);
    await bounded(seen, 20_000, 'the slow page was never requested');
    const lock = join(dir, 'data', 'servicediff.json.lock');
    expect(existsSync(lock)).toBe(true);
    child.process.kill('SIGTERM');
    expect(await child.exited()).toBe(0);
    expect(answered).toBe(1); // the current page was finished, the next one never asked for
    expect(site.requests.filter((r) => r.path.endsWith('/returns'))).toHaveLength(1);
    expect(existsSync(lock)).toBe(false);
    expect(child.stderr()).toContain('SIGTERM received, stopping after the current page');
    expect(child.stdout()).toMatch(/stopped after 1 run\(s\), \d+ skipped, 0 failed/);
    expect(processesWithMarker(child.marker)).toEqual([]);
  });
});
