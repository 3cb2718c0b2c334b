/**
 * `servicediff compare` and `servicediff report` as real child processes over a real store: formats, colour only
 * when wanted (NO_COLOR, piped), the one-line error for an unknown competitor, F4 in terminal output, and the
 * report command printing its paths and the five-line summary.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../src/cli/output.js';
import { makeColors } from '../../src/cli/output.js';
import { adHocCompetitor, selectCompetitors } from '../../src/cli/commands/compare.js';
import { buildFixtureStore, fixtureConfig } from '../fixtures/report/store-fixture.js';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
let configPath: string;
let db: string;

const CONFIG = (folder: string, snapshots: string): string => `you:
  name: Northwind Goods
  site: https://northwind.example
  terms:
    shipping.free_threshold: { amount: 50, currency: USD }
competitors:
  - name: Acme Outfitters
    site: https://acme.example
  - name: Birch & Co
    site: https://birch.example
  - name: "Evil\\e[2J\\u202E Corp"
    site: https://evil.example
report:
  folder: ${JSON.stringify(folder)}
store:
  snapshots: ${JSON.stringify(snapshots)}
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-cli-'));
  db = join(dir, 'db.json');
  await buildFixtureStore(db, join(dir, 'snapshots'));
  configPath = join(dir, 'servicediff.yaml');
  await writeFile(configPath, CONFIG(join(dir, 'reports'), join(dir, 'snapshots')));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI from the sources (tsx), piped, with a bounded deadline. */
function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const baseEnv = { ...process.env };
    delete baseEnv.FORCE_COLOR;
    delete baseEnv.NO_COLOR;
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), '--config', configPath, '--db', db, ...args],
      { cwd: ROOT, env: { ...baseEnv, ...env }, timeout: 25_000 }, // every path passed is absolute
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

describe('servicediff compare', () => {
  it('prints the table without colour when piped, and cleans hostile names (F4)', async () => {
    const run = await cli(['compare']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(run.stdout).toMatch(/^Term\s+Northwind Goods \(you\)\s+Acme Outfitters\s+Birch & Co\s+Evil\s?Corp/);
    expect(run.stdout).toMatch(/crucial:\nReturn window\s+30 days\s+✓ 30 days\s+▼ 60 days\s+—/);
  });

  it('colours with FORCE_COLOR but never with NO_COLOR', async () => {
    const [forced, none] = await Promise.all([
      cli(['compare', 'Birch & Co'], { FORCE_COLOR: '1' }),
      cli(['compare', 'Birch & Co'], { FORCE_COLOR: '1', NO_COLOR: '1' }),
    ]);
    expect(forced.stdout).toContain('\u001b[31m▼ 60 days');
    expect(none.stdout).toContain('▼ 60 days');
    expect(none.stdout).not.toContain('\u001b[');
  });

  it('refuses an unknown competitor with one line naming the valid ones (exit 2)', async () => {
    const run = await cli(['compare', 'Zeta Mart']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('unknown business "Zeta Mart" — valid names: Acme Outfitters, Birch & Co, Evil');
  });

});

/** The command modules in-process (same code path as main.ts), output captured: the cheaper checks. */
describe('compare command in-process', () => {
  async function run(args: string[], options: Record<string, unknown>): Promise<string[]> {
    const { command } = await import('../../src/cli/commands/compare.js');
    const lines: string[] = [];
    const output: Output = { out: (l = '') => void lines.push(l), err: (l) => void lines.push(`ERR ${l}`), color: makeColors(false), isTTY: false };
    await command.run(args, options, { global: { config: configPath, db }, output, signal: new AbortController().signal, env: {} });
    return lines;
  }

  it('compares only the named competitors (by name or id, in config order) as JSON', async () => {
    const data = JSON.parse((await run(['birch-co', 'ACME OUTFITTERS'], { format: 'json' })).join('\n')) as { competitors: { id: string }[] };
    expect(data.competitors.map((c) => c.id)).toEqual(['acme-outfitters', 'birch-co']); // config order
  });

  it('prints CSV and the markdown matrix', async () => {
    expect((await run(['Acme Outfitters'], { format: 'csv' }))[0]!.split('\n')[0]).toBe('term,importance,business,is_you,verdict,verdict_meaning,value,origin,stale_since,evidence,url,confidence,low_confidence');
    expect((await run(['Acme Outfitters'], { format: 'md' })).join('\n')).toContain('| Term | Importance | Northwind Goods | Acme Outfitters |');
  });

  it('refuses a --url that is not http(s) and an unknown --format', async () => {
    await expect(run([], { url: 'file:///etc/passwd' })).rejects.toThrow('only http(s) URLs without credentials');
    await expect(run([], { format: 'xml' })).rejects.toThrow('--format "xml": expected one of table, md, json, csv');
  });

  it('names an ad-hoc --url competitor after its host, or reuses a configured one', () => {
    const config = fixtureConfig(dir);
    expect(adHocCompetitor(config, 'https://new-shop.example/').id).toBe('new-shop-example');
    expect(adHocCompetitor(config, 'https://acme.example/').id).toBe('acme-outfitters');
    expect(adHocCompetitor(config, 'https://acme.example/').config.competitors).toHaveLength(2);
    expect(() => selectCompetitors(config, ['nobody'])).toThrow('valid names: Acme Outfitters, Birch & Co');
  });
});

describe('servicediff report', () => {
  it('writes the dated and latest reports (and HTML) and prints the paths and the five-line summary', async () => {
    const run = await cli(['report', '--html']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^report: .*\/reports\/\d{4}-\d{2}-\d{2}\.md$/);
    expect(lines[1]).toBe(`latest: ${join(dir, 'reports', 'latest.md')}`);
    expect(lines[2]).toMatch(/^html: {3}.*\.html$/);
    // Your unstated crucial/important terms first (one line per category), then the five market lines.
    const summary = lines.slice(4);
    const gaps = summary.filter((l) => l.startsWith('Not stated by you: '));
    expect(gaps.length).toBeGreaterThan(0);
    expect(summary.slice(0, gaps.length)).toEqual(gaps);
    expect(summary.slice(gaps.length)).toHaveLength(5);
    expect(summary[gaps.length]).toMatch(/^Northwind Goods against 3 competitors/);
    expect((await readdir(join(dir, 'reports'))).filter((f) => !f.startsWith('.'))).toHaveLength(4);
  });

});
