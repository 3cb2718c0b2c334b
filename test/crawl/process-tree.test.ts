/**
 * Finding the browser process Playwright launched: real child processes that carry Chromium's flags. A wrapper script
 * that runs its program as a child (as Debian's /usr/bin/chromium-headless-shell does) puts a shell between us and
 * the browser; the browser is the deepest match, and its own `--type=` children are never taken for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { browserProcesses, commandLine, descendantsOf } from '../../src/crawl/process-tree.js';

const started: ChildProcess[] = [];
const folders: string[] = [];

afterEach(() => {
  for (const child of started.splice(0)) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A "browser" that starts one `--type=renderer` child and then waits (bounded: it exits by itself after 20 s). */
const FAKE_BROWSER = `
const { spawn } = require('node:child_process');
spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)', '--', '--type=renderer'], { stdio: 'ignore' });
setTimeout(() => {}, 20000);
`;

function start(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  started.push(child);
  return child;
}

/** Bounded poll until `count` processes under this one carry the flag (processes take a moment to exec). */
async function waitForFlagged(count: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const flagged = descendantsOf(process.pid).filter((p) => commandLine(p.pid).some((a) => a === '--remote-debugging-pipe' || a === '--type=renderer'));
    if (flagged.length >= count) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the fake browser did not start in 5 s');
}

describe('browserProcesses', () => {
  it('finds a browser started directly, and not its --type= child', async () => {
    const child = start(process.execPath, ['-e', FAKE_BROWSER, '--', '--remote-debugging-pipe']);
    await waitForFlagged(2);
    expect(browserProcesses()).toEqual([child.pid]);
  });

  it('behind a wrapper script that does not exec, lists the wrapper then the browser, deepest last', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'servicediff-wrapper-'));
    folders.push(folder);
    const script = join(folder, 'fake-chromium');
    writeFileSync(join(folder, 'browser.cjs'), FAKE_BROWSER);
    // Like Debian's wrapper: the program runs as a child of the shell, with our arguments.
    writeFileSync(script, `#!/bin/sh -e\n"${process.execPath}" "${join(folder, 'browser.cjs')}" "$@"\n`);
    chmodSync(script, 0o755);
    const wrapper = start(script, ['--remote-debugging-pipe']);
    await waitForFlagged(3);
    const found = browserProcesses();
    expect(found).toHaveLength(2);
    expect(found[0]).toBe(wrapper.pid);
    const browser = descendantsOf(wrapper.pid!).find((p) => p.pid === found[1]);
    expect(browser).toBeDefined();
    expect(commandLine(found[1]!)).toContain('--remote-debugging-pipe');
  });

  it('does not take a child the browser forked for the browser, while it still carries the same flags', async () => {
    // Chromium forks its helpers and they exec with --type=… a moment later; until then the child has the parent's
    // command line. Here the "helper" never execs, so it stays in that state for the whole test.
    const forking = `
const { spawn } = require('node:child_process');
spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)', '--', '--remote-debugging-pipe'], { stdio: 'ignore' });
setTimeout(() => {}, 20000);
`;
    const child = start(process.execPath, ['-e', forking, '--', '--remote-debugging-pipe']);
    await waitForFlagged(2);
    // Only this test's tree: the previous test's processes may still be dying.
    const mine = new Set([child.pid, ...descendantsOf(child.pid!).map((p) => p.pid)]);
    expect(browserProcesses().filter((pid) => mine.has(pid))).toEqual([child.pid]);
  });

  it('finds nothing when no child carries the flag', async () => {
    start(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    expect(browserProcesses()).toEqual([]);
  });
});
