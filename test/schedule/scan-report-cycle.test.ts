/**
 * The production cycle's decisions: which crucial terms a competitor now wins (from the real compareAll over the
 * report fixture), and that a failed or interrupted scan writes no report while a partial one does.
 */
import { describe, expect, it } from 'vitest';
import { compareAll } from '../../src/compare/compare-all.js';
import { configSchema } from '../../src/config/config-schema.js';
import { EXIT } from '../../src/errors.js';
import type { ScanOutcome } from '../../src/scan/scan-types.js';
import { beatenOnCrucial, scanReportCycle, type WriteReport } from '../../src/schedule/scan-report-cycle.js';
import { demoInput } from '../fixtures/report/demo-input.js';

const CONFIG = configSchema.parse({ you: { name: 'Northwind Goods', site: 'https://northwind.example' } });

function outcome(exitCode: ScanOutcome['exitCode']): ScanOutcome {
  return {
    exitCode,
    scanId: 's1',
    startedAt: '2026-03-09T06:00:00.000Z',
    finishedAt: '2026-03-09T06:01:00.000Z',
    changes: [],
    problems: [],
    businesses: 2,
    interrupted: false,
    stored: true,
    pages: { ok: 3, unchanged: 1, failed: exitCode === EXIT.ok ? 0 : 2, rendered: 0 },
  };
}

describe('beatenOnCrucial', () => {
  it('lists each crucial term a competitor wins, by competitor name, and nothing else', () => {
    const found = beatenOnCrucial(compareAll(demoInput()));
    // Birch's 60-day window beats your 30 (crucial by default); Acme's 24/7 beats your weekday hours (crucial in config).
    // Acme's paid return shipping and $75 threshold lose to you; Birch's GBP threshold is not comparable.
    expect([...found].sort((a, b) => a.term.localeCompare(b.term))).toEqual([
      { term: 'returns.window_days', competitor: 'Birch & Co' },
      { term: 'support.hours', competitor: 'Acme Outfitters' },
    ]);
  });
});

describe('scanReportCycle', () => {
  const report: Awaited<ReturnType<WriteReport>> = {
    markdownPath: '/r/2026-03-09.md',
    latestPath: '/r/latest.md',
    summary: ['Northwind Goods against 3 competitors'],
    comparison: compareAll(demoInput()),
  };

  it.each([
    ['ok', EXIT.ok, true],
    ['partial', EXIT.partial, true],
    ['failure', EXIT.failure, false],
  ] as const)('a %s scan %s a report and keeps its exit code', async (_name, code, reports) => {
    let written = 0;
    const cycle = scanReportCycle(CONFIG, '/tmp/db.json', {
      runScan: async () => outcome(code),
      writeReport: async () => (written++, report),
    });
    const result = await cycle(new AbortController().signal);
    expect(result.exitCode).toBe(code);
    expect(written).toBe(reports ? 1 : 0);
    expect(result.reportPath).toBe(reports ? '/r/2026-03-09.md' : undefined);
    expect(result.beatenOnCrucial.length > 0).toBe(reports);
    expect(result.summary[0]).toMatch(/^scan: 2 businesses, 3 pages read, 1 unchanged/);
  });

  it('a scan stopped by the signal writes no report and exits 130, not the scan\'s own code', async () => {
    const controller = new AbortController();
    let written = 0;
    const cycle = scanReportCycle(CONFIG, '/tmp/db.json', {
      runScan: async () => (controller.abort(), outcome(EXIT.partial)),
      writeReport: async () => (written++, report),
    });
    const result = await cycle(controller.signal);
    expect(written).toBe(0);
    expect(result.exitCode).toBe(EXIT.interrupted);
    expect(result.summary).toContain('stopped by signal: no report written');
  });
});
