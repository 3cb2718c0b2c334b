/**
 * `servicediff compare` output: a terms × businesses table for the terminal (colours only when wanted, see
 * src/cli/output.ts), plus CSV and JSON forms. Crawled text goes through terminalText so no escape sequence, bidi
 * override or control character reaches the terminal (RELIABILITY F4).
 */
import type { Colors } from '../cli/output.js';
import type { Comparison } from '../compare/comparison-types.js';
import { TERM_LABELS } from '../compare/term-directions.js';
import type { Verdict } from '../compare/verdict.js';
import { cleanText, terminalText } from './escape.js';
import { formatObservation, VERDICT_SYMBOLS, VERDICT_WORDS } from './format-value.js';

/** Widest a value column gets before its text is cut with "…". */
const MAX_COLUMN = 36;

type Paint = keyof Omit<Colors, 'enabled'>;
const VERDICT_COLOR: Partial<Record<Verdict, Paint>> = {
  better: 'green',
  worse: 'red',
  different: 'yellow',
  'different-currency': 'yellow',
};

interface Cell {
  readonly text: string;
  readonly paint?: Paint;
}

/** Lines of the comparison table (no trailing newline). */
export function terminalTable(comparison: Comparison, colors: Colors): string[] {
  const header: Cell[] = [{ text: 'Term' }, { text: 'Importance' }, { text: terminalText(`${comparison.you.name} (you)`, MAX_COLUMN) }];
  for (const c of comparison.competitors) header.push({ text: terminalText(c.name, MAX_COLUMN) });
  const rows: Cell[][] = comparison.terms.map((t) => {
    const row: Cell[] = [{ text: TERM_LABELS[t.term] }, { text: t.importance, ...(t.importance === 'crucial' ? { paint: 'bold' as const } : {}) }];
    row.push({ text: t.you ? valueText(formatObservation(t.term, t.you), t.you.origin === 'declared', Boolean(t.you.staleSince)) : '—' });
    for (const v of t.verdicts) {
      if (!v.them) row.push({ text: '—', paint: 'dim' });
      else {
        const paint = VERDICT_COLOR[v.verdict];
        row.push({ text: `${VERDICT_SYMBOLS[v.verdict]} ${valueText(formatObservation(t.term, v.them), false, Boolean(v.them.staleSince))}`, ...(paint ? { paint } : {}) });
      }
    }
    return row;
  });
  const widths = header.map((h, i) => Math.max(width(h.text), ...rows.map((r) => width(r[i]!.text))));
  const line = (cells: Cell[]): string =>
    cells
      .map((c, i) => {
        const padded = c.text + ' '.repeat(Math.max(0, widths[i]! - width(c.text)));
        return c.paint ? colors[c.paint](padded) : padded;
      })
      .join('  ')
      .trimEnd();
  const lines = [colors.bold(line(header)), colors.dim(widths.map((w) => '─'.repeat(w)).join('  ')), ...rows.map(line)];
  lines.push('');
  lines.push(
    colors.dim(
      `${VERDICT_SYMBOLS.identical} identical  ${VERDICT_SYMBOLS.better} you are better  ${VERDICT_SYMBOLS.worse} they are better  ${VERDICT_SYMBOLS.different} different  ${VERDICT_SYMBOLS['different-currency']} other currency  † declared  ◷ stale`,
    ),
  );
  return lines;
}

function valueText(text: string, declared: boolean, stale: boolean): string {
  return terminalText(text, MAX_COLUMN - 4) + (declared ? ' †' : '') + (stale ? ' ◷' : '');
}

/** Display width: code points (the symbols used are single-width; wide CJK names are cut, not aligned perfectly). */
function width(text: string): number {
  return Array.from(text).length;
}

/** CSV: one row per term and business, with verdict, value, evidence and page. */
export function comparisonCsv(comparison: Comparison): string {
  const rows: string[][] = [['term', 'importance', 'business', 'is_you', 'verdict', 'value', 'origin', 'stale_since', 'evidence', 'url']];
  for (const t of comparison.terms) {
    const you = t.you;
    rows.push([t.term, t.importance, comparison.you.name, 'true', '', you ? formatObservation(t.term, you) : '', you?.origin ?? '', you?.staleSince ?? '', you?.reading.evidence ?? '', you?.url ?? '']);
    t.verdicts.forEach((v, i) => {
      const c = comparison.competitors[i]!;
      const o = v.them;
      rows.push([t.term, t.importance, c.name, 'false', v.verdict, o ? formatObservation(t.term, o) : '', o?.origin ?? '', o?.staleSince ?? '', o?.reading.evidence ?? '', o?.url ?? '']);
    });
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\n');
}

/** RFC 4180 quoting, cleaned text, and a leading quote mark on anything a spreadsheet would run as a formula. */
export function csvField(value: string): string {
  let s = cleanText(value, 1000);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** JSON: the comparison as data (stable keys for scripts). */
export function comparisonJson(comparison: Comparison): string {
  return JSON.stringify(
    {
      generatedAt: comparison.generatedAt,
      latestScanAt: comparison.latestScanAt ?? null,
      you: { id: comparison.you.id, name: comparison.you.name },
      competitors: comparison.competitors.map((c) => ({ id: c.id, name: c.name })),
      terms: comparison.terms.map((t) => ({
        term: t.term,
        importance: t.importance,
        you: t.you ? { value: t.you.reading.value, origin: t.you.origin, staleSince: t.you.staleSince ?? null } : null,
        verdicts: t.verdicts.map((v) => ({ competitor: v.competitor, verdict: v.verdict, value: v.them?.reading.value ?? null, staleSince: v.them?.staleSince ?? null })),
        market: t.market,
      })),
      market: comparison.market,
      scores: comparison.scores,
      legend: VERDICT_WORDS,
    },
    null,
    2,
  ).replace(INVISIBLE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Characters JSON.stringify leaves raw that would reorder or hide text in a terminal: written as \\u escapes (F4). */
const INVISIBLE_IN_JSON = /[\u0080-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
