/**
 * The summary's first lines (issue 13, defect 5): each crucial or important term of yours with no value is named,
 * with the page that was read for it (or that none was found), so the owner can fix the page or declare the term.
 */
import { describe, expect, it } from 'vitest';
import { compareAll } from '../../src/compare/compare-all.js';
import { chartData } from '../../src/report/chart-data.js';
import { markdownReport } from '../../src/report/markdown-report.js';
import { summaryLines } from '../../src/report/summary.js';
import { demoInput } from '../fixtures/report/demo-input.js';

/** The demo input with your return window unread: your returns page was read, but no window came out. */
function withoutYourWindow() {
  const input = demoInput();
  const { 'returns.window_days': _dropped, ...terms } = input.you.terms;
  return {
    ...input,
    you: { ...input.you, terms },
    yourPages: [
      { url: 'https://northwind.example/returns', categories: ['returns' as const], status: 'ok' as const },
      { url: 'https://northwind.example/warranty', categories: ['warranty' as const], status: 'failed' as const },
    ],
  };
}

describe('your unstated crucial and important terms', () => {
  it('when your returns page was read but gave no return window then the first summary line names the term and the page', () => {
    const lines = summaryLines(compareAll(withoutYourWindow()));
    expect(lines[0]).toMatch(/^Not stated by you: Return window \(crucial\), .*— https:\/\/northwind\.example\/returns was read and gives no value; fix the page or declare them under you\.terms in the config\.$/);
    expect(lines.at(-5)).toMatch(/^Northwind Goods against 3 competitors/);
  });

  it('when no page of the category was found then the line says so and how to name one', () => {
    const lines = summaryLines(compareAll(withoutYourWindow()));
    expect(lines.find((l) => l.includes('Processing time'))).toMatch(/no shipping page of yours was found; name it under you\.pages\.shipping/);
  });

  it('when your own site could not be read at all then the lines say so, not that no page of yours was found', () => {
    const input = demoInput();
    const home = new URL(input.you.site).href;
    const refused = { business: input.you.id, url: home, kind: 'network' as const, reason: `${home}: connection refused`, at: '2026-03-09T06:00:00.000Z' };
    const lines = summaryLines(compareAll({ ...input, you: { ...input.you, terms: {} }, yourPages: [], problems: [...input.problems, refused] }));
    const returns = lines.find((l) => l.includes('Return window'))!;
    expect(returns).toBe(
      `Not stated by you: Return window (crucial), Return shipping (crucial), Returns accepted (important), Restocking fee (important), Refund methods (important), Refund time (important), Exchanges (important), Final-sale exclusions (important) — your site ${home} could not be read (network, see the crawl problems); scan again once it answers, or declare them under you.terms in the config.`,
    );
    expect(lines.join('\n')).not.toContain('page of yours was found');
    // A competitor's site being down is no reason of yours.
    const theirs = { ...refused, business: input.competitors[0]!.id, url: new URL(input.competitors[0]!.site).href };
    const other = summaryLines(compareAll({ ...input, you: { ...input.you, terms: {} }, yourPages: [], problems: [...input.problems, theirs] }));
    expect(other.find((l) => l.includes('Return window'))).toMatch(/no returns page of yours was found/);
  });

  it('leaves nice-to-have terms out and is silent when you state every crucial and important term', () => {
    const lines = summaryLines(compareAll(withoutYourWindow()));
    expect(lines.join('\n')).not.toContain('Price match');
  });

  it('keeps "(you)" in the return-window chart and in the Your values section of the report', () => {
    const comparison = compareAll(withoutYourWindow());
    const chart = chartData(comparison).find((c) => c.id === 'return-window')!;
    expect(chart.notPlotted).toEqual([{ label: 'Northwind Goods', isYou: true, why: 'not stated' }]);
    const markdown = markdownReport(comparison);
    expect(markdown).toContain('Not plotted: Northwind Goods (you): not stated.');
    expect(markdown.split('## Your values')[1]!.split('\n## ')[0]).toContain('Not stated by you: Return window (crucial)');
  });
});
