import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CHANGE, DEMO_SHOPS } from '../../src/demo/demo-shops.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';

describe('servicediff demo (as a new user runs it)', () => {
  let cwd: string;
  let result: CliResult;
  beforeAll(async () => {
    cwd = mkdtempSync(join(tmpdir(), 'sd-demo-'));
    result = await runCli(['demo'], { cwd, timeoutMs: 120_000 });
  }, 130_000);
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('exits 0 on its own', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('prints the report path and a five-line summary', () => {
    const lines = result.stdout.split('\n');
    const reportLine = lines.find((l) => l.startsWith('report: '));
    expect(reportLine).toBe(`report: ${join('data/demo/reports', `${new Date().toISOString().slice(0, 10)}.md`)}`);
    const blank = lines.indexOf('');
    const summary = lines.slice(blank + 1, lines.indexOf('', blank + 1));
    expect(summary.filter((l) => !l.startsWith('Not stated by you: '))).toHaveLength(5);
  });

  it('writes the dated report, latest.md and the HTML report into its own folder', () => {
    const reports = join(cwd, 'data/demo/reports');
    const dated = join(reports, `${new Date().toISOString().slice(0, 10)}.md`);
    expect(readFileSync(join(reports, 'latest.md'), 'utf8')).toBe(readFileSync(dated, 'utf8'));
    expect(existsSync(join(reports, `${new Date().toISOString().slice(0, 10)}.html`))).toBe(true);
    expect(existsSync(join(cwd, 'data/demo/servicediff.json'))).toBe(true);
    expect(existsSync(join(cwd, 'data/servicediff.json'))).toBe(false);
  });

  it('compares every demo shop in the report matrix', () => {
    const report = readFileSync(join(cwd, 'data/demo/reports/latest.md'), 'utf8');
    for (const shop of DEMO_SHOPS) expect(report).toContain(shop.name);
    expect(report).toMatch(/✓/);
    expect(report).toMatch(/▲/);
    expect(report).toMatch(/▼/);
  });

  it("shows this week's competitor change", () => {
    const report = readFileSync(join(cwd, 'data/demo/reports/latest.md'), 'utf8');
    expect(report).toContain(DEMO_CHANGE.shop);
    expect(report).toMatch(/shipping\.free_threshold|free-shipping threshold/i);
    expect(report).toMatch(/75/);
    expect(report).toMatch(/45/);
  });

  it("README's compare table and report summary are what the demo's data prints (dates aside)", async () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const block = (after: string): string[] => {
      const start = readme.indexOf(`${after}\n`);
      expect(start, `README has no "${after}" sample`).toBeGreaterThan(-1);
      const body = readme.slice(start + after.length + 1);
      return body.slice(0, body.indexOf('```')).trimEnd().split('\n');
    };
    const table = block('$ servicediff compare "Northwind Supply"');
    const compare = await runCli(['--config', 'data/demo/servicediff.yaml', 'compare', 'Northwind Supply'], { cwd });
    expect(compare.code).toBe(0);
    expect(table.slice(0, table.indexOf(''))).toEqual(compare.stdout.split('\n').slice(0, table.indexOf('')));
    const reportSample = block('$ servicediff report --html');
    const lines = result.stdout.split('\n');
    const blank = lines.indexOf('');
    const summary = lines.slice(blank + 1, lines.indexOf('', blank + 1)).filter((l) => !l.startsWith('Not stated by you: '));
    const sameDates = (l: string): string => l.replace(/\d{4}-\d\d-\d\d/g, 'DATE');
    expect(reportSample.slice(reportSample.indexOf('') + 1).map(sameDates)).toEqual(summary.map(sameDates));
  });

  it('writes the report the golden file holds (ports, dates and times aside)', () => {
    // UPDATE_GOLDEN=1 npx vitest run test/demo rewrites it after a deliberate change to extraction or the report.
    const golden = join(import.meta.dirname, '../fixtures/demo/report.golden.md');
    const report = normaliseReport(readFileSync(join(cwd, 'data/demo/reports/latest.md'), 'utf8'));
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dirname(golden), { recursive: true });
      writeFileSync(golden, report);
    }
    expect(report).toBe(readFileSync(golden, 'utf8'));
  });
});

/** The demo's shops listen on free ports and the report is stamped with the time: replace both with placeholders. */
function normaliseReport(text: string): string {
  return text
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, 'TIMESTAMP')
    .replace(/\d{4}-\d{2}-\d{2}( \d{2}:\d{2}( UTC)?)?/g, 'DATE');
}
