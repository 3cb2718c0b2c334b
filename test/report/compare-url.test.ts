/**
 * `servicediff compare --url URL` end to end as a child process: a site that is not in the config (a real loopback
 * server) is crawled through the scan pipeline and compared now; your side comes from config and the last scan.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type LoopbackServer } from '../helpers/loopback-server.js';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** In-house page text, long enough to read as a real policy page rather than a JavaScript shell. */
function page(title: string, paragraphs: string[]) {
  return {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><html><head><title>${title}</title></head><body><main><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`,
  };
}

let site: LoopbackServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-url-'));
  site = await startSite({
    '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nAllow: /\n' },
    '/': page('Fern Market', [
      'Fern Market is a small shop for garden tools, seeds and planters, packed by hand in our own warehouse by people who garden.',
      'Every tool we sell is tested in our allotment first, and we write our own guides for each season so you know what to plant and when.',
      'Read about <a href="/returns">returns and refunds</a> before you order, or browse the catalogue of hand tools, watering cans and raised beds.',
    ]),
    '/returns': page('Returns and refunds', [
      'We want every order from Fern Market to arrive in good shape and to be exactly what your garden needed this season.',
      'You may return any unused item within 60 days of delivery for a full refund.',
      'Pack the item in its original box where you can, add the note from your parcel, and send it to our warehouse address shown in your order email.',
      'Once the parcel reaches us and our team has checked it, we send the money back and let you know by email the same day it goes out.',
    ]),
  });
  await writeFile(
    join(dir, 'servicediff.yaml'),
    `you:
  name: Juniper Home
  site: https://juniper.example
  terms:
    returns.window_days: 30
crawl:
  allowPrivateNetworks: true
  delayMs: 0
  jitterMs: 0
  retries: 0
  browser: never
store:
  db: ${JSON.stringify(join(dir, 'db.json'))}
  snapshots: ${JSON.stringify(join(dir, 'snapshots'))}
`,
  );
});
afterAll(async () => {
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('servicediff compare --url', () => {
  it('crawls the new site only and compares it against your declared terms', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.FORCE_COLOR;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), '--config', join(dir, 'servicediff.yaml'), 'compare', '--url', site.origin], {
      cwd: ROOT,
      env,
      timeout: 60_000,
      encoding: 'utf8',
    });
    const host = new URL(site.origin).host;
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^Term\\s+Juniper Home \\(you\\)\\s+${host.replace(/\./g, '\\.')}$`));
    expect(stdout).toMatch(/Return window\s+30 days †\s+▼ 60 days/);
    expect(site.requests.map((r) => r.path)).toContain('/returns');
  });
});
