import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/parse-config.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';

async function servicediff(cwd: string, ...args: string[]): Promise<CliResult> {
  return runCli(args, { cwd });
}

describe('servicediff init', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sd-init-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a commented starter config that validates', async () => {
    const result = await servicediff(dir, 'init');
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'config/servicediff.yaml'), 'utf8');
    expect(text).toMatch(/^# servicediff configuration/);
    expect(parseConfigText(text, 'starter').competitors.length).toBeGreaterThan(0);
  });

  it('says of its keys only what validation holds: you.name and you.site required, competitors not', async () => {
    const result = await servicediff(dir, 'init');
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'config/servicediff.yaml'), 'utf8');
    expect(text.split('\n')[1]).toMatch(/^# Every key below is optional except you\.name and you\.site;/);
    expect(parseConfigText('you: {name: A, site: "https://a.example"}\n', 'only-you').competitors).toEqual([]);
    expect(() => parseConfigText('you: {name: A}\n', 'no-site')).toThrow(/you\.site/);
  });

  it('refuses to overwrite an existing config without --force', async () => {
    await servicediff(dir, 'init');
    writeFileSync(join(dir, 'config/servicediff.yaml'), '# mine\n');
    const refused = await servicediff(dir, 'init');
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/already exists.*--force/);
    expect(readFileSync(join(dir, 'config/servicediff.yaml'), 'utf8')).toBe('# mine\n');
    const forced = await servicediff(dir, 'init', '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'config/servicediff.yaml'), 'utf8')).toMatch(/^# servicediff configuration/);
  });

  it('when the starter is not yet edited then scan, check --online and schedule refuse in one line before reading anything, and check says what to do', async () => {
    expect((await servicediff(dir, 'init')).code).toBe(0);
    for (const args of [['scan'], ['check', '--online'], ['schedule', '--once']]) {
      const refused = await servicediff(dir, ...args);
      expect(refused.code, args.join(' ')).toBe(2);
      expect(refused.stdout, args.join(' ')).toBe('');
      expect(refused.stderr.trim()).toBe(
        "servicediff: config/servicediff.yaml: you.site is still the starter's placeholder (https://www.my-shop.example), which never resolves — put your own shop and your competitors in the config, then run this again",
      );
    }
    expect(existsSync(join(dir, 'data'))).toBe(false); // no failed scan stored
    const check = await servicediff(dir, 'check');
    expect(check.code).toBe(0);
    expect(check.stdout.trim().split('\n').at(-1)).toMatch(/^next: put your own shop and your competitors in .*servicediff\.yaml \(you\.site is still the starter's https:\/\/www\.my-shop\.example\)/);
  });

  it('writes to the path given with --config', async () => {
    const result = await servicediff(dir, '--config', 'elsewhere/my.yaml', 'init');
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'elsewhere/my.yaml'), 'utf8')).toMatch(/competitors:/);
  });

  it('exits 2 with one line for a broken config, before doing anything', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'you: {name: A, site: "ftp://a.example"}\n');
    const result = await servicediff(dir, '--config', 'bad.yaml', 'scan');
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/^servicediff: bad\.yaml: you\.site: not an http\(s\) URL/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  describe('where the config cannot be written', () => {
    it('names the path and what to do in one line (a file where its folder should be), exit 3', async () => {
      writeFileSync(join(dir, 'config'), 'a file, not a folder\n');
      const result = await servicediff(dir, 'init');
      expect(result.code).toBe(3);
      expect(result.stderr.trim()).toBe(
        `servicediff: ${join(dir, 'config/servicediff.yaml')}: cannot write the config there (EEXIST: a file is in the way of a folder on the path) — make the folder writable, or pass --config PATH to write it elsewhere`,
      );
    });

    it('names the path when --force points at a folder', async () => {
      const result = await servicediff(dir, '--config', '.', 'init', '--force');
      expect(result.code).toBe(3);
      expect(result.stderr.trim()).toMatch(/^servicediff: .*: cannot write the config there \(EISDIR: the path is a folder\) — /);
    });
  });
});
