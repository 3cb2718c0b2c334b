/**
 * Which Chromium is launched: config and env first, then a headless shell (Playwright's download beside its chromium,
 * then PATH), then a full browser. Real executable files in a temp folder laid out like Playwright's cache and a bin
 * folder; nothing is launched.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBrowser, playwrightHeadlessShellPath } from '../../src/crawl/find-browser.js';

let root: string;

function executable(...segments: string[]): string {
  const file = join(root, ...segments);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, '#!/bin/sh\nexit 0\n');
  chmodSync(file, 0o755);
  return file;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'servicediff-find-browser-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('playwrightHeadlessShellPath', () => {
  it("finds the shell of the same revision beside Playwright's chromium", () => {
    const chrome = executable('ms-playwright', 'chromium-1255', 'chrome-linux64', 'chrome');
    const shell = executable('ms-playwright', 'chromium_headless_shell-1255', 'chrome-headless-shell-linux64', 'chrome-headless-shell');
    expect(playwrightHeadlessShellPath(chrome)).toBe(shell);
  });

  it('ignores a shell of another revision', () => {
    const chrome = executable('ms-playwright', 'chromium-1255', 'chrome-linux64', 'chrome');
    executable('ms-playwright', 'chromium_headless_shell-1200', 'chrome-headless-shell-linux64', 'chrome-headless-shell');
    expect(playwrightHeadlessShellPath(chrome)).toBeUndefined();
  });

  it('says nothing for a path outside a Playwright cache', () => {
    expect(playwrightHeadlessShellPath(executable('bin', 'chromium'))).toBeUndefined();
  });
});

describe('findBrowser order', () => {
  it("prefers Playwright's headless shell to its full chromium", () => {
    const chrome = executable('ms-playwright', 'chromium-1255', 'chrome-linux64', 'chrome');
    const shell = executable('ms-playwright', 'chromium_headless_shell-1255', 'chrome-headless-shell-linux64', 'chrome-headless-shell');
    expect(findBrowser({ env: { PATH: '' }, playwrightPath: chrome })).toEqual({ path: shell, source: 'playwright' });
  });

  it("prefers a headless shell on PATH to Playwright's full chromium and to chromium on PATH", () => {
    const chrome = executable('ms-playwright', 'chromium-1255', 'chrome-linux64', 'chrome');
    executable('bin', 'chromium');
    const shell = executable('bin', 'chromium-headless-shell');
    expect(findBrowser({ env: { PATH: join(root, 'bin') }, playwrightPath: chrome })).toEqual({ path: shell, source: 'path' });
  });

  it("falls back to Playwright's full chromium, then to chromium on PATH", () => {
    const chrome = executable('ms-playwright', 'chromium-1255', 'chrome-linux64', 'chrome');
    const system = executable('bin', 'chromium');
    expect(findBrowser({ env: { PATH: join(root, 'bin') }, playwrightPath: chrome })).toEqual({ path: chrome, source: 'playwright' });
    expect(findBrowser({ env: { PATH: join(root, 'bin') } })).toEqual({ path: system, source: 'path' });
  });

  it('a configured path or SERVICEDIFF_CHROMIUM wins over any headless shell', () => {
    const shell = executable('bin', 'chromium-headless-shell');
    const configured = executable('elsewhere', 'my-chrome');
    const env = { PATH: join(root, 'bin'), SERVICEDIFF_CHROMIUM: configured };
    expect(findBrowser({ env, browserPath: configured })).toEqual({ path: configured, source: 'config' });
    expect(findBrowser({ env })).toEqual({ path: configured, source: 'env' });
    expect(findBrowser({ env: { PATH: join(root, 'bin') } })).toEqual({ path: shell, source: 'path' });
  });

  it('a file that is not executable is passed over', () => {
    const shell = executable('bin', 'chromium-headless-shell');
    chmodSync(shell, 0o644);
    const system = executable('bin', 'chromium');
    expect(findBrowser({ env: { PATH: join(root, 'bin') } })).toEqual({ path: system, source: 'path' });
  });
});
