/**
 * The `compare` table for the terminal: colours only when enabled, and no escape sequence, bidi override or control
 * character from crawled text or names reaches the terminal (RELIABILITY F4). CSV and JSON forms too.
 */
import { describe, expect, it } from 'vitest';
import { makeColors } from '../../src/cli/output.js';
import { compareAll } from '../../src/compare/compare-all.js';
import { comparisonCsv, comparisonJson, TABLE_WIDTH, terminalTable, wrap } from '../../src/report/terminal-table.js';
import { demoInput } from '../fixtures/report/demo-input.js';
import { hostileInput } from '../fixtures/report/hostile-input.js';

const ANSI = /\u001b\[/;

describe('terminalTable', () => {
  it('prints one aligned row per term with verdict symbols, without colour when colour is off', () => {
    const lines = terminalTable(compareAll(demoInput()), makeColors(false));
    expect(lines.join('\n')).not.toMatch(ANSI);
    // Headers wrap within their column: "Northwind Goods" above "(you)".
    expect(lines[0]).toMatch(/^Term\s+Northwind Goods\s+Acme Outfitters\s+Birch & Co\s+Cobalt Supply$/);
    expect(lines[1]).toMatch(/^\s+\(you\)$/);
    expect(lines[3]).toBe('crucial:'); // terms sit under their importance
    const row = lines.find((l) => l.startsWith('Return window'))!;
    expect(row.split(/\s{2,}/)).toEqual(['Return window', '30 days', '✓ 30 days', '▼ 60 days', '▲ 14 days']);
    expect(lines.find((l) => l.startsWith('Delivery time'))).toContain('▼ 2–4 days ◷');
    expect(lines.find((l) => l.startsWith('Free-shipping threshold'))).toContain('over USD 50 †');
  });

  it('colours better green and worse red when colour is on', () => {
    const row = terminalTable(compareAll(demoInput()), makeColors(true)).find((l) => l.includes('Return window'))!;
    expect(row).toContain('\u001b[31m▼ 60 days');
    expect(row).toContain('\u001b[32m▲ 14 days');
  });

  it('F4: names and values with ESC[2J, bidi overrides and controls reach the terminal cleaned', () => {
    const text = terminalTable(compareAll(hostileInput('http://127.0.0.1:9')), makeColors(false)).join('\n');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200f]/);
    expect(text).toContain('Evil Corp');
    expect(text).toContain('<script>window.__');
  });
});

describe('terminalTable width (issue 13, defect 9)', () => {
  const columns = (line: string): number => Array.from(line).length;

  it.each([3, 7, 20])('when there are %i competitors then every line fits 100 columns and every competitor and value is shown', (n) => {
    const input = demoInput();
    const base = input.competitors;
    const competitors = Array.from({ length: n }, (_, i) => ({ ...base[i % base.length]!, id: `shop-${i}`, name: `Shop Number ${i} Trading` }));
    const lines = terminalTable(compareAll({ ...input, competitors }), makeColors(false));
    expect(lines.filter((l) => columns(l) > TABLE_WIDTH)).toEqual([]);
    const text = lines.join('\n');
    for (let i = 0; i < n; i++) expect(text).toContain(`Shop Number ${i}`);
    expect(lines.filter((l) => l.startsWith('Return window')).length).toBe(Math.ceil(n / 3)); // blocks repeat the term rows
  });

  it('keeps a verdict mark with its value when a long value wraps', () => {
    expect(wrap('▼ over USD 45 and more', 10)).toEqual(['▼ over USD', '45 and', 'more']);
    expect(wrap('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
  });
});

describe('comparisonCsv and comparisonJson', () => {
  it('writes one CSV row per term and business with the verdict and evidence', () => {
    const csv = comparisonCsv(compareAll(demoInput())).split('\n');
    expect(csv[0]).toBe('term,importance,business,is_you,verdict,verdict_meaning,value,origin,stale_since,evidence,url,confidence,low_confidence');
    expect(csv).toHaveLength(1 + 23 * 4);
    expect(csv).toContain('returns.window_days,crucial,Birch & Co,false,worse,they are better,60 days,crawled,,You have 60 days to change your mind.,https://birch.example/policies,0.9,false');
    // the demo's one value read with low confidence
    expect(csv).toContain('warranty.duration_months,important,Birch & Co,false,worse,they are better,24 months,crawled,,All furniture has a two-year guarantee against defects.,https://birch.example/policies,0.7,true');
  });

  it('writes JSON that parses, with verdicts per competitor and invisible characters escaped', () => {
    const json = comparisonJson(compareAll(hostileInput('http://127.0.0.1:9')));
    expect(json).not.toMatch(/[\u202a-\u202e\u200b-\u200f]/);
    const data = JSON.parse(json) as { terms: { term: string; verdicts: { competitor: string; verdict: string }[] }[] };
    expect(data.terms).toHaveLength(23);
    expect(data.terms[0]!.verdicts.find((v) => v.competitor === 'birch-co')?.verdict).toBe('worse');
  });
});
