/**
 * The `servicediff extract` contract (TERMS.md), run as a real child process: JSON on stdout, exit 0 even with no terms,
 * one stderr line and a non-zero exit when the input cannot be read. URLs are fetched from a loopback server.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { startSite, type LoopbackServer } from '../helpers/loopback-server.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'pages');
/** Generous bound on one CLI run on a busy shared machine; the run is killed past it. */
const RUN_TIMEOUT_MS = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], stdin?: string, globals: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...globals, 'extract', ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin ?? '');
  });
}

let tmp: string;
let site: LoopbackServer | undefined;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'servicediff-extract-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});
afterEach(async () => {
  await site?.close();
  site = undefined;
});

describe('servicediff extract FILE', () => {
  it('prints the TERMS.md JSON for an HTML file', async () => {
    const run = await runCli([join(FIXTURES, 'shipping-table-with-headers', 'page.html'), '--url', 'https://harbor.example/shipping']);
    expect(run.code).toBe(EXIT.ok);
    const json = JSON.parse(run.stdout) as { url: string; category: string[]; terms: Record<string, { value: unknown; evidence: string; confidence: number }> };
    expect(json.url).toBe('https://harbor.example/shipping');
    expect(json.category).toEqual(['shipping']);
    expect(json.terms['shipping.free_threshold']).toMatchObject({ value: { amount: 50, currency: 'USD' } });
    expect(typeof json.terms['shipping.free_threshold']?.evidence).toBe('string');
  }, RUN_TIMEOUT_MS);

  it('reads a plain-text file', async () => {
    const run = await runCli([join(FIXTURES, 'plain-text-faq-british', 'page.txt')]);
    expect(run.code).toBe(EXIT.ok);
    expect(JSON.parse(run.stdout).terms['shipping.free_threshold'].value).toEqual({ amount: 40, currency: 'GBP' });
  }, RUN_TIMEOUT_MS);

  it('exits 0 with empty terms when the page states nothing', async () => {
    const run = await runCli([join(FIXTURES, 'b7-wording-only-in-hidden-markup', 'page.html')]);
    expect(run.code).toBe(EXIT.ok);
    expect(JSON.parse(run.stdout)).toMatchObject({ url: null, terms: {} });
  }, RUN_TIMEOUT_MS);

  it('reads standard input for "-"', async () => {
    const run = await runCli(['-'], 'Returns are accepted within 45 days of delivery.');
    expect(run.code).toBe(EXIT.ok);
    expect(JSON.parse(run.stdout).terms['returns.window_days'].value).toBe(45);
  }, RUN_TIMEOUT_MS);
});

describe('servicediff extract: unreadable input is one line and exit 2', () => {
  it.each([
    ['a missing file', () => [join(tmp, 'missing.html')], /cannot read ".*missing\.html": ENOENT: no such file or folder/],
    ['a directory', () => [tmp], /EISDIR: the path is a folder/],
    ['an unsupported --format', () => [join(FIXTURES, 'shipping-table-with-headers', 'page.html'), '--format', 'csv'], /--format "csv" is not supported/],
  ])('%s', async (_name, args, message) => {
    const run = await runCli(args());
    expect(run.code).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  }, RUN_TIMEOUT_MS);

  it('a binary file', async () => {
    const pdf = join(tmp, 'policy.pdf');
    await writeFile(pdf, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    const run = await runCli([pdf]);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toMatch(/is binary, not HTML or text/);
  }, RUN_TIMEOUT_MS);
});

describe('servicediff extract URL (through the crawler, from a loopback server)', () => {
  /** A config that lets the crawler reach loopback, as the demo's does; without it private addresses are refused. */
  async function loopbackConfig(): Promise<string[]> {
    const path = join(tmp, 'loopback.yaml');
    await writeFile(path, 'you: {name: Test, site: "https://test.example"}\ncrawl: {allowPrivateNetworks: true, delayMs: 0, retries: 0}\n');
    return ['--config', path];
  }

  it('fetches the page and uses its address as the url', async () => {
    site = await startSite({ '/returns': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<main><p>You can return items within 30 days.</p></main>' } });
    const run = await runCli([site.url('/returns')], undefined, await loopbackConfig());
    expect(run.code).toBe(EXIT.ok);
    const json = JSON.parse(run.stdout);
    expect(json.url).toBe(site.url('/returns'));
    expect(json.terms['returns.window_days'].value).toBe(30);
  }, RUN_TIMEOUT_MS);

  it('asks robots.txt first and sends servicediff\'s User-Agent', async () => {
    site = await startSite({ '/returns': '<main><p>You can return items within 30 days.</p></main>' });
    await runCli([site.url('/returns')], undefined, await loopbackConfig());
    expect(site.requests[0]?.path).toBe('/robots.txt');
    expect(String(site.requests.at(-1)?.headers['user-agent'])).toMatch(/^servicediff\//);
  }, RUN_TIMEOUT_MS);

  it('refuses a private address unless the config allows it (RELIABILITY E3)', async () => {
    site = await startSite({ '/returns': '<main><p>You can return items within 30 days.</p></main>' });
    const run = await runCli([site.url('/returns')]);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/private-address/);
    expect(site.requests).toEqual([]);
  }, RUN_TIMEOUT_MS);

  it('an HTTP error is one line and exit 2', async () => {
    site = await startSite({});
    const run = await runCli([site.url('/gone')], undefined, await loopbackConfig());
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/404/);
  }, RUN_TIMEOUT_MS);

  it('a PDF is refused, not parsed (RELIABILITY B6)', async () => {
    site = await startSite({ '/policy.pdf': { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4 Return within 30 days' } });
    const run = await runCli([site.url('/policy.pdf')], undefined, await loopbackConfig());
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toMatch(/unsupported-type.*application\/pdf/);
  }, RUN_TIMEOUT_MS);
});
