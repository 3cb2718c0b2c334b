import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { command as demoCommand } from '../../src/cli/commands/demo.js';
import type { CommandContext } from '../../src/cli/command-spec.js';
import { makeColors } from '../../src/cli/output.js';
import { EXIT, isServicediffError } from '../../src/errors.js';
import { runCli } from '../helpers/run-cli.js';

// The demo wipes its database, backup and snapshots and rewrites its config at every run, so it runs only in a folder
// of its own (src/cli/commands/demo.ts). The demo's full output is test/demo/demo.test.ts; here one real run shows it
// takes over a folder an earlier demo wrote, and the folder rules are checked by calling the command directly: a refusal
// comes before any shop starts, and an accepted folder is seen by a run stopped before its first page.
describe('servicediff demo --dir', () => {
  let cwd: string;
  let before: { cwd: string; tmpdir: string | undefined };
  let lines: string[];
  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), 'sd-demo-dir-'));
    before = { cwd: process.cwd(), tmpdir: process.env.TMPDIR };
    process.chdir(cwd);
    process.env.TMPDIR = join(cwd, 'tmp'); // a suggested temp folder lands here, not in the machine's /tmp
    lines = [];
  });
  afterEach(() => {
    process.chdir(before.cwd);
    if (before.tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before.tmpdir;
    rmSync(cwd, { recursive: true, force: true });
  });

  /** The demo command, called directly and stopped before its first page (the same path as Ctrl-C mid-scan). */
  function demo(dir: string): Promise<number> {
    const output = { out: (line = '') => void lines.push(line), err: (line: string) => void lines.push(line), color: makeColors(false), isTTY: false };
    const controller = new AbortController();
    controller.abort(new Error('SIGINT'));
    const context: CommandContext = { global: {}, output, signal: controller.signal, env: {} };
    return demoCommand.run([], { dir }, context);
  }
  async function refusal(dir: string): Promise<{ exitCode: number; line: string }> {
    const error = await demo(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!isServicediffError(error)) throw new Error(`expected a refusal of --dir ${dir}, got ${String(error)}`);
    return { exitCode: error.exitCode, line: error.oneLine() };
  }

  it("refuses the user's own data folder, leaving the database, its backup, snapshots and config untouched", async () => {
    mkdirSync('data/snapshots', { recursive: true });
    const files = {
      'data/servicediff.json': '{"mine":true}\n',
      'data/servicediff.json.bak': '{"mine":"before"}\n',
      'data/snapshots/page.gz': 'stored page',
      'data/servicediff.yaml': 'you: {name: Mine, site: "https://mine.example"}\n',
    };
    for (const [path, text] of Object.entries(files)) writeFileSync(path, text);
    const { exitCode, line } = await refusal('data');
    expect(exitCode).toBe(EXIT.usage);
    expect(line).toMatch(/^--dir data: the folder holds files the demo did not write \(.*servicediff\.json.*\).*— pass a new or empty folder you can write, e.g. --dir data\/demo$/);
    for (const [path, text] of Object.entries(files)) expect(readFileSync(path, 'utf8')).toBe(text);
    expect(existsSync('data/reports')).toBe(false);
    expect(lines).toEqual([]);
  });

  it('refuses the config folder init wrote, leaving the config as it was', async () => {
    mkdirSync('config');
    writeFileSync('config/servicediff.yaml', 'you: {name: Mine, site: "https://mine.example"}\n');
    expect((await refusal('config')).line).toMatch(/^--dir config: the folder holds files the demo did not write/);
    expect(readFileSync('config/servicediff.yaml', 'utf8')).toBe('you: {name: Mine, site: "https://mine.example"}\n');
  });

  it('says in one line when --dir is a file, not a folder', async () => {
    writeFileSync('notes.txt', 'mine\n');
    const { exitCode, line } = await refusal('notes.txt/demo');
    expect(exitCode).toBe(EXIT.usage);
    expect(line).toBe('--dir notes.txt/demo: not a folder (it, or a folder above it, is a file) — pass a new or empty folder you can write, e.g. --dir data/demo');
    expect(readFileSync('notes.txt', 'utf8')).toBe('mine\n');
  });

  it('when data/demo itself is refused then the hint names another folder, and the demo accepts that one', async () => {
    mkdirSync('data/demo', { recursive: true });
    writeFileSync('data/demo/notes.md', 'mine\n');
    const { line } = await refusal('data/demo');
    const suggested = /e\.g\. --dir (.+)$/.exec(line)?.[1];
    expect(suggested).toBe(join(cwd, 'tmp', 'servicediff-demo'));
    expect(await demo(suggested!)).toBe(EXIT.interrupted);
    expect(readFileSync('data/demo/notes.md', 'utf8')).toBe('mine\n');
  });

  it('accepts a new folder and an empty one', async () => {
    mkdirSync('empty');
    expect(await demo('empty')).toBe(EXIT.interrupted);
    expect(await demo('new/demo')).toBe(EXIT.interrupted);
  });

  it('stopped by Ctrl-C: exit 130, "demo interrupted", and no report made of a half-read week', async () => {
    expect(await demo('demo')).toBe(EXIT.interrupted);
    expect(lines.at(-1)).toBe('demo interrupted: no report written (run `servicediff demo` again to start over)');
    expect(lines.some((l) => l.startsWith('report: '))).toBe(false);
    expect(existsSync('demo/reports')).toBe(false);
  });

  it("scan, schedule and check --online refuse the demo's config in one line (its loopback shops are gone), leaving the demo's database as it was", async () => {
    expect(await demo('demo')).toBe(EXIT.interrupted); // writes the demo's config, as a finished run does
    const files = (): string[] =>
      readdirSync('demo', { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => `${join(e.parentPath, e.name)} ${readFileSync(join(e.parentPath, e.name), 'utf8')}`)
        .sort();
    const before = files();
    expect(before.some((f) => f.startsWith(join('demo', 'servicediff.json')))).toBe(true);
    for (const command of [['scan'], ['schedule', '--once'], ['check', '--online']]) {
      const result = await runCli(['--config', 'demo/servicediff.yaml', ...command], { cwd });
      expect(result.code, command.join(' ')).toBe(EXIT.usage);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim()).toBe(
        "servicediff: demo/servicediff.yaml: this is the demo's config; its shops ran on loopback only while the demo ran — run `servicediff demo` again to scan them anew; compare, report and history read its stored scans",
      );
    }
    expect(files()).toEqual(before);
  });

  it('runs to its report in a folder an earlier demo wrote, replacing what that demo stored', async () => {
    expect(await demo('earlier')).toBe(EXIT.interrupted); // leaves the demo's config, as a finished run would
    writeFileSync('earlier/servicediff.json', 'an earlier demo database, replaced at every run\n');
    const result = await runCli(['demo', '--dir', 'earlier'], { cwd, timeoutMs: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('report: earlier/reports/');
  }, 150_000);
});
