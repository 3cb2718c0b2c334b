/**
 * The render child (render-child.ts, render-serve.ts) never outlives its crawler. A real crawler process (node + tsx,
 * test/fixtures/render/crawl-parent.ts) scans a loopback shop whose policy page is built by a script; while Chromium
 * renders it, the test kills the crawler with SIGKILL: the child sees its IPC channel close and ends its browser and
 * itself, also when Chromium does not answer the close (stopped with SIGSTOP), by killing Chromium's process group at
 * its deadline, and when the browser never finishes starting (closing waited on the launch, Playwright's 180 s). A
 * scan that ends normally leaves no child either. Every process the crawler started carries a marker
 * in its environment, so anything left behind is found in /proc even after it was reparented.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserProcesses, descendantsOf, isAlive, listProcesses } from '../../src/crawl/process-tree.js';
import { startSite, shopPage, type LoopbackServer } from '../helpers/loopback-server.js';

/**
 * A crawler from the sources, a render child and a Chromium on a busy machine: slow, never stuck. Until the kill
 * the test only waits for processes to start, which takes as long as the machine makes it (each case 5–8 s alone,
 * 25–40 s at load 11–15, up to 80 s beside the other crawl tests at load 20); the checks after the kill have their own
 * bound, GONE_WITHIN_MS.
 */
const SLOW = 240_000;
/** How long the leftovers may take to go: far beyond the child's deadline, so only a child that never ends fails. */
const GONE_WITHIN_MS = 60_000;

const PARENT = resolve(import.meta.dirname, '../fixtures/render/crawl-parent.ts');
const TSX_LOADER = import.meta.resolve('tsx');
const policy = 'Items may be sent back within thirty days of delivery for a full refund to the original card. '.repeat(6);
const widgetPage = (endpoint: string) =>
  `<!doctype html><html><body><main id="root"></main><script>fetch(${JSON.stringify(endpoint)}).then((r) => r.json()).then((d) => { document.getElementById('root').innerHTML = '<h1>Returns</h1><p>' + d.text + '</p>'; });</script></body></html>`;

/** Live processes whose environment carries `marker` (the crawler's and everything it started). */
function marked(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').includes(marker) && isAlive(Number(entry))) found.push(Number(entry));
    } catch {
      // Ended while read, or not ours.
    }
  }
  return found;
}

/** Poll (100 ms) until `check` is empty or `withinMs` passed; the last value. */
async function emptied(check: () => number[], withinMs = GONE_WITHIN_MS): Promise<number[]> {
  const end = Date.now() + withinMs;
  let left = check();
  while (left.length > 0 && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    left = check();
  }
  return left;
}

describe('the render child ends with its crawler', { timeout: SLOW }, () => {
  let shop: LoopbackServer;
  /** Called when the rendered page asks for its text: the browser is rendering. */
  let onAsked: () => void = () => undefined;
  /** Answer the text request (normal end) or leave it hanging (the crawler is killed meanwhile). */
  let answer = false;
  const hanging = new Set<() => void>();
  const started: { process: ChildProcess; marker: string }[] = [];

  beforeAll(async () => {
    shop = await startSite({
      '/': shopPage('Glow', '<p>Lamps and shades.</p>', '<a href="/returns">Returns</a>'),
      '/returns': widgetPage('/api/returns.json'),
      '/api/returns.json': (_req, res) => {
        onAsked();
        if (answer) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ text: policy }));
        } else hanging.add(() => res.destroy());
      },
    });
  });
  afterEach(() => {
    // A failed test leaves nothing running either.
    for (const { process: p, marker } of started.splice(0)) {
      p.kill('SIGKILL');
      for (const pid of marked(marker)) process.kill(pid, 'SIGKILL');
    }
    onAsked = () => undefined;
  });
  afterAll(async () => {
    for (const release of hanging) release();
    await shop.close();
  });

  function crawler(browser?: string): { process: ChildProcess; marker: string; output: () => string; said: () => string } {
    const marker = randomUUID();
    const child = spawn(process.execPath, ['--import', TSX_LOADER, PARENT, shop.origin, ...(browser ? [browser] : [])], {
      env: { ...process.env, SERVICEDIFF_TEST_MARK: marker },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err = (err + chunk).slice(-2000)));
    started.push({ process: child, marker });
    return { process: child, marker, output: () => out, said: () => err };
  }

  /**
   * Start a crawl that hangs in a render, and return once Chromium is rendering, with the crawler's process tree. A
   * crawl that ends without asking for the text fails here at once, with what it printed, instead of leaving the test
   * to wait for an ask that cannot come.
   */
  async function midRender() {
    answer = false;
    const asked = new Promise<true>((resolveAsked) => (onAsked = () => resolveAsked(true)));
    const run = crawler();
    const ended = new Promise<false>((resolveEnded) => run.process.once('exit', () => resolveEnded(false)));
    if (!(await Promise.race([asked, ended]))) {
      throw new Error(`the crawler ended before its render asked for the text: ${run.output().trim() || '(no output)'} ${run.said().trim()}`);
    }
    const tree = descendantsOf(run.process.pid!);
    const browsers = browserProcesses(run.process.pid!);
    return { ...run, tree: tree.map((p) => p.pid), browsers };
  }

  it('kill -9 of the crawler mid-render: the render child and its Chromium are gone', async () => {
    const { process: parent, marker, tree, browsers } = await midRender();
    expect(browsers.length).toBeGreaterThan(0);
    expect(tree.length).toBeGreaterThan(browsers.length); // the render child, Chromium and its helpers
    parent.kill('SIGKILL');
    expect(await emptied(() => tree.filter(isAlive))).toEqual([]);
    expect(await emptied(() => marked(marker))).toEqual([]);
  });

  it('kill -9 of the crawler while Chromium does not answer (stopped): the child kills its process group and exits', async () => {
    const { process: parent, marker, tree, browsers } = await midRender();
    // A stopped browser never answers close(): what ends it is the SIGKILL of its group, which a stopped process obeys.
    for (const pid of browsers) process.kill(pid, 'SIGSTOP');
    parent.kill('SIGKILL');
    expect(await emptied(() => tree.filter(isAlive))).toEqual([]);
    expect(await emptied(() => marked(marker))).toEqual([]);
  });

  it('kill -9 of the crawler while the browser is still starting (it never answers): the child and the browser are gone', async () => {
    // A browser that never starts: Playwright waits for its pipe until the launch timeout.
    const dir = mkdtempSync(join(tmpdir(), 'servicediff-stuck-browser-'));
    const stuck = join(dir, 'stuck-browser');
    writeFileSync(stuck, '#!/bin/sh\nexec sleep 600\n');
    chmodSync(stuck, 0o755);
    try {
      const { process: parent, marker } = crawler(stuck);
      const launched = () => descendantsOf(parent.pid!).filter((p) => p.command === 'sleep');
      const found = await new Promise<number[]>((resolveFound) => {
        const poll = setInterval(() => {
          const pids = launched().map((p) => p.pid);
          if (pids.length > 0 || parent.exitCode !== null) (clearInterval(poll), resolveFound(pids));
        }, 100);
      });
      expect(found.length).toBe(1);
      const tree = descendantsOf(parent.pid!, listProcesses()).map((p) => p.pid);
      parent.kill('SIGKILL');
      expect(await emptied(() => tree.filter(isAlive))).toEqual([]);
      expect(await emptied(() => marked(marker))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a scan that ends normally leaves no render child and no Chromium', async () => {
    answer = true;
    const run = crawler();
    const code = await new Promise<number | null>((resolveExit) => run.process.once('exit', (c) => resolveExit(c)));
    expect(code).toBe(0);
    const pages = JSON.parse(run.output().trim().split('\n').at(-1)!) as { url: string; status: string; rendered: boolean }[];
    expect(pages.find((p) => p.url === shop.url('/returns'))).toMatchObject({ status: 'ok', rendered: true });
    expect(await emptied(() => marked(run.marker))).toEqual([]);
  });
});
