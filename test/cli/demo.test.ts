import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { command as demoCommand } from '../../src/cli/commands/demo.js';
import { makeColors } from '../../src/cli/output.js';
import { EXIT } from '../../src/errors.js';
import { runCli } from '../helpers/run-cli.js';

// The demo wipes its database, backup and snapshots and rewrites its config at every run, so it runs only in a folder
// of its own (src/cli/commands/demo.ts). The demo's own run is test/demo/demo.test.ts.
describe('servicediff demo --dir', () => {
  let cwd: string;
  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), 'sd-demo-dir-'));
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  it("refuses the user's own data folder, leaving the database, its backup, snapshots and config untouched", async () => {
    mkdirSync(join(cwd, 'data/snapshots'), { recursive: true });
    const files = {
      'data/servicediff.json': '{"mine":true}\n',
      'data/servicediff.json.bak': '{"mine":"before"}\n',
      'data/snapshots/page.gz': 'stored page',
      'data/servicediff.yaml': 'you: {name: Mine, site: "https://mine.example"}\n',
    };
    for (const [path, text] of Object.entries(files)) writeFileSync(join(cwd, path), text);
    const result = await runCli(['demo', '--dir', 'data'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^servicediff: --dir data: the folder holds files the demo did not write \(.*servicediff\.json.*\).*— pass a new or empty folder/);
    for (const [path, text] of Object.entries(files)) expect(readFileSync(join(cwd, path), 'utf8')).toBe(text);
    expect(existsSync(join(cwd, 'data/reports'))).toBe(false);
  });

  it('refuses the config folder init wrote, leaving the config as it was', async () => {
    expect((await runCli(['init'], { cwd })).code).toBe(0);
    const config = readFileSync(join(cwd, 'config/servicediff.yaml'), 'utf8');
    const result = await runCli(['demo', '--dir', 'config'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^servicediff: --dir config: the folder holds files the demo did not write/);
    expect(readFileSync(join(cwd, 'config/servicediff.yaml'), 'utf8')).toBe(config);
  });

  it('says in one line when --dir is a file, not a folder', async () => {
    writeFileSync(join(cwd, 'notes.txt'), 'mine\n');
    const result = await runCli(['demo', '--dir', 'notes.txt/demo'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('servicediff: --dir notes.txt/demo: not a folder (it, or a folder above it, is a file) — pass a new or empty folder, e.g. --dir data/demo');
    expect(readFileSync(join(cwd, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('runs again in a folder an earlier demo wrote, and in an empty one', async () => {
    mkdirSync(join(cwd, 'empty'));
    const first = await runCli(['demo', '--dir', 'empty'], { cwd, timeoutMs: 120_000 });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const again = await runCli(['demo', '--dir', 'empty'], { cwd, timeoutMs: 120_000 });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('report: empty/reports/');
  }, 250_000);

  it('stopped by Ctrl-C: exit 130, "demo interrupted", and no report made of a half-read week', async () => {
    const lines: string[] = [];
    const output = { out: (line = '') => void lines.push(line), err: (line: string) => void lines.push(line), color: makeColors(false), isTTY: false };
    const controller = new AbortController();
    controller.abort(new Error('SIGINT')); // the signal is there before the first page: deterministic, same path as mid-scan
    const dir = join(cwd, 'demo');
    const code = await demoCommand.run([], { dir }, { global: {}, output, signal: controller.signal, env: {} });
    expect(code).toBe(EXIT.interrupted);
    expect(lines.at(-1)).toBe('demo interrupted: no report written (run `servicediff demo` again to start over)');
    expect(lines.some((l) => l.startsWith('report: '))).toBe(false);
    expect(existsSync(join(dir, 'reports'))).toBe(false);
  }, 60_000);
});
