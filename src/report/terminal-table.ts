/**
 * `servicediff compare` output: a terms × businesses table for the terminal (colours only when wanted, see
 * src/cli/output.ts), plus CSV and JSON forms. Crawled text goes through terminalText so no escape sequence, bidi
 * override or control character reaches the terminal (RELIABILITY F4).
 */
import type { Colors } from '../cli/output.js';
import type { Comparison } from '../compare/comparison-types.js';
import { TERM_LABELS } from '../compare/term-directions.js';
import { isUnsure, SURE } from '../compare/unsure.js';
import type { Verdict } from '../compare/verdict.js';
import type { TermObservation } from '../model.js';
import type { TermId } from '../terms.js';
import { cleanText, terminalText } from './escape.js';
import { customerLine } from './summary.js';
import { DECLARED_MARK, formatObservation, legendLine, LOW_CONFIDENCE_MARK, marksOf, NOT_STATED_MARK, STALE_MARK, VERDICT_SYMBOLS, VERDICT_WORDS } from './format-value.js';

/** The table never gets wider than this many columns: a standard terminal, a pasted issue, an 100-column email. */
export const TABLE_WIDTH = 100;
/**
 * Widest a value column gets; longer values wrap onto more lines. 17 lets you and three competitors sit beside the
 * longest term label ("Free-shipping threshold") within TABLE_WIDTH; more competitors continue in further blocks.
 */
const VALUE_WIDTH = 17;
/** Longest a value is before its text is cut with "…" (it then wraps over a few lines). */
const MAX_VALUE = 60;
const GAP = '  ';

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

/**
 * Lines of the comparison table (no trailing newline), at most TABLE_WIDTH wide: terms grouped under their
 * importance, values wrapped within their column, and competitors beyond what fits continued in another block that
 * repeats the term and your column.
 */
export function terminalTable(comparison: Comparison, colors: Colors): string[] {
  const you: Cell = { text: terminalText(`${comparison.you.name} (you)`, MAX_VALUE) };
  const competitors = comparison.competitors.map((c, i) => ({ index: i, header: { text: terminalText(c.name, MAX_VALUE) } as Cell }));
  const yourCells = comparison.terms.map((t): Cell => ({ text: t.you ? valueText(t.term, t.you) : NOT_STATED_MARK }));
  const theirCells = (index: number): Cell[] =>
    comparison.terms.map((t): Cell => {
      const v = t.verdicts[index]!;
      if (!v.them) return { text: NOT_STATED_MARK, paint: 'dim' };
      const paint = VERDICT_COLOR[v.verdict];
      return { text: `${VERDICT_SYMBOLS[v.verdict]} ${valueText(t.term, v.them)}`, ...(paint ? { paint } : {}) };
    });
  const termWidth = Math.max(4, ...comparison.terms.map((t) => width(TERM_LABELS[t.term])));
  const yourColumn = [you, ...yourCells];
  const competitorColumns = competitors.map((c) => [c.header, ...theirCells(c.index)]);
  const natural = (cells: readonly Cell[]): number => Math.max(...cells.map((c) => width(c.text)));
  // Values keep their natural width when the whole table fits; otherwise every column wraps at VALUE_WIDTH.
  const wholeWidth = [yourColumn, ...competitorColumns].reduce((sum, cells) => sum + GAP.length + natural(cells), termWidth);
  const columnWidth = (cells: readonly Cell[]): number => (wholeWidth <= TABLE_WIDTH ? natural(cells) : Math.min(VALUE_WIDTH, natural(cells)));
  const yourWidth = columnWidth(yourColumn);

  // Split the competitors into blocks that fit beside the term and your column.
  const blocks: { cells: Cell[]; width: number }[][] = [];
  let block: { cells: Cell[]; width: number }[] = [];
  let used = termWidth + GAP.length + yourWidth;
  for (const cells of competitorColumns) {
    const w = columnWidth(cells);
    if (block.length > 0 && used + GAP.length + w > TABLE_WIDTH) {
      blocks.push(block);
      block = [];
      used = termWidth + GAP.length + yourWidth;
    }
    block.push({ cells, width: w });
    used += GAP.length + w;
  }
  blocks.push(block);

  const lines: string[] = [];
  blocks.forEach((columns, b) => {
    if (b > 0) lines.push('');
    const widths = [termWidth, yourWidth, ...columns.map((c) => c.width)];
    const row = (cells: readonly Cell[], paintAll?: Paint): string[] => {
      const wrapped = cells.map((c, i) => wrap(c.text, widths[i]!));
      const height = Math.max(...wrapped.map((w) => w.length));
      const out: string[] = [];
      for (let line = 0; line < height; line++) {
        const text = cells
          .map((c, i) => {
            const part = wrapped[i]![line] ?? '';
            const padded = part + ' '.repeat(Math.max(0, widths[i]! - width(part)));
            const paint = paintAll ?? c.paint;
            return paint && part ? colors[paint](padded) : padded;
          })
          .join(GAP)
          .trimEnd();
        out.push(text);
      }
      return out;
    };
    lines.push(...row([{ text: 'Term' }, you, ...columns.map((c) => c.cells[0]!)], 'bold'));
    lines.push(colors.dim(widths.map((w) => '─'.repeat(w)).join(GAP)));
    let importance: string | undefined;
    comparison.terms.forEach((t, i) => {
      if (t.importance !== importance) {
        importance = t.importance;
        lines.push(colors.bold(`${t.importance}:`));
      }
      lines.push(...row([{ text: TERM_LABELS[t.term] }, yourColumn[i + 1]!, ...columns.map((c) => c.cells[i + 1]!)]));
    });
  });
  lines.push('');
  for (const line of wrap(`Legend: ${legendLine(', ')}`, TABLE_WIDTH)) lines.push(colors.dim(line));
  // The tiers above follow what customers said once weigh --write stored it; say so, as the report's summary does.
  if (comparison.customerWeights) for (const line of wrap(customerLine(comparison.customerWeights), TABLE_WIDTH)) lines.push(colors.dim(line));
  return lines;
}

function valueText(term: TermId, observation: TermObservation): string {
  return terminalText(formatObservation(term, observation), MAX_VALUE - 6) + marksOf(observation);
}

/** Lines of at most `max` columns, broken at spaces; a word longer than the column is cut into pieces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  // A verdict mark stays with the value it qualifies ("▲ customer", never "▲" alone on a line).
  const words = text.split(' ').reduce<string[]>((out, word, i) => (i === 1 && width(out[0]!) === 1 ? [`${out[0]} ${word}`] : [...out, word]), []);
  for (const word of words) {
    let rest = word;
    while (width(rest) > max) {
      if (current) lines.push(current);
      current = '';
      const chars = Array.from(rest);
      lines.push(chars.slice(0, max).join(''));
      rest = chars.slice(max).join('');
    }
    if (!current) current = rest;
    else if (width(current) + 1 + width(rest) <= max) current += ` ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

/** Display width: code points (the symbols used are single-width; wide CJK names are cut, not aligned perfectly). */
function width(text: string): number {
  return Array.from(text).length;
}

/**
 * CSV: one row per term and business, with verdict, value, evidence and page. The last two columns are newer, so
 * scripts reading columns by position keep working: the reading's confidence, and low_confidence ("true" below SURE,
 * the rows the other outputs mark with LOW_CONFIDENCE_MARK).
 */
export function comparisonCsv(comparison: Comparison): string {
  // verdict_meaning is the legend of the verdict column, in the words the reports use.
  const rows: string[][] = [['term', 'importance', 'business', 'is_you', 'verdict', 'verdict_meaning', 'value', 'origin', 'stale_since', 'evidence', 'url', 'confidence', 'low_confidence']];
  const value = (term: TermId, o: TermObservation | undefined): string[] =>
    o ? [formatObservation(term, o), o.origin, o.staleSince ?? '', o.reading.evidence, o.url] : ['', '', '', '', ''];
  const confidence = (o: TermObservation | undefined): string[] => (o ? [String(o.reading.confidence), String(isUnsure(o))] : ['', '']);
  for (const t of comparison.terms) {
    rows.push([t.term, t.importance, comparison.you.name, 'true', '', '', ...value(t.term, t.you), ...confidence(t.you)]);
    t.verdicts.forEach((v, i) => {
      const c = comparison.competitors[i]!;
      rows.push([t.term, t.importance, c.name, 'false', v.verdict, VERDICT_WORDS[v.verdict], ...value(t.term, v.them), ...confidence(v.them)]);
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
        you: t.you ? { value: t.you.reading.value, origin: t.you.origin, staleSince: t.you.staleSince ?? null, confidence: t.you.reading.confidence, unsure: isUnsure(t.you) } : null,
        verdicts: t.verdicts.map((v) => ({
          competitor: v.competitor,
          verdict: v.verdict,
          value: v.them?.reading.value ?? null,
          staleSince: v.them?.staleSince ?? null,
          confidence: v.them?.reading.confidence ?? null,
          unsure: isUnsure(v.them),
          // true when the verdict rests on a value read with low confidence, yours or theirs: say it less firmly
          verdictUnsure: v.unsure === true,
        })),
        market: t.market,
      })),
      market: comparison.market,
      scores: comparison.scores,
      // Values read with confidence below `sureAt` (marked "low-confidence" everywhere): check their evidence.
      sureAt: SURE,
      unsure: comparison.unsure,
      legend: VERDICT_WORDS,
      // The marks the terminal, markdown and HTML outputs print for each verdict and state.
      marks: Object.fromEntries([...(Object.keys(VERDICT_SYMBOLS) as Verdict[]).map((v) => [v, VERDICT_SYMBOLS[v]]), ['not-stated', NOT_STATED_MARK], ['declared', DECLARED_MARK], ['stale', STALE_MARK], ['low-confidence', LOW_CONFIDENCE_MARK]]),
    },
    null,
    2,
  ).replace(INVISIBLE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Characters JSON.stringify leaves raw that would reorder or hide text in a terminal: written as \\u escapes (F4). */
const INVISIBLE_IN_JSON = /[\u0080-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
