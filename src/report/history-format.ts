/**
 * Rendering the change log for `servicediff history`: a terminal table, markdown or JSON. Everything here was
 * crawled from other people's sites, so text is made safe for its destination first: control and bidi characters
 * are stripped for the terminal (no escape sequences, no reordered lines), markdown metacharacters are escaped.
 */
import type { TermChange } from '../model.js';
import { MAX_LINE_CHARS, mdText, terminalLine } from './escape.js';
import { changeText } from './format-value.js';

/** Evidence longer than this is cut in the terminal table (the full sentence is in md/json). */
const TABLE_EVIDENCE_CHARS = 90;

/** Markdown cell text through the report's one markdown escaper, bounded like a terminal line. */
function markdownSafe(text: string): string {
  return mdText(text, MAX_LINE_CHARS);
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface TableStyle {
  bold(text: string): string;
  dim(text: string): string;
}

/** Aligned columns for the terminal, one change per line plus its evidence; newest first as given. */
export function historyTable(changes: readonly TermChange[], style: TableStyle): string[] {
  const header = ['SEEN', 'BUSINESS', 'TERM', 'CHANGE', 'CAUSE'];
  const rows = changes.map((c) => [day(c.seenAt), terminalLine(c.businessName), c.term, terminalLine(changeText(c)), c.cause]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  const lines = [style.bold(line(header))];
  changes.forEach((change, i) => {
    const row = rows[i]!;
    // Re-extraction changes are the tool's own, not the competitor's: dimmed so real moves stand out.
    lines.push(change.cause === 'reextract' ? style.dim(line(row)) : line(row));
    const evidence = change.evidenceAfter ?? change.evidenceBefore;
    if (evidence) lines.push(style.dim(`${' '.repeat(widths[0]! + 2)}“${cut(terminalLine(evidence), TABLE_EVIDENCE_CHARS)}” ${terminalLine(change.url)}`));
  });
  return lines;
}

/** A markdown table with the evidence before and after, each linked to its page. */
export function historyMarkdown(changes: readonly TermChange[]): string {
  const lines = ['| Seen | Business | Term | Change | Evidence before | Evidence after | Cause |', '|---|---|---|---|---|---|---|'];
  for (const c of changes) {
    const quote = (text: string | undefined): string => (text ? `“${markdownSafe(text)}”` : '');
    const page = `<${encodeURI(terminalLine(c.url)).replace(/[<>]/g, '')}>`;
    lines.push(
      `| ${day(c.seenAt)} | ${markdownSafe(c.businessName)} | \`${c.term}\` | ${markdownSafe(changeText(c))} | ${quote(c.evidenceBefore)} | ${quote(c.evidenceAfter)} ${page} | ${c.cause} |`,
    );
  }
  return lines.join('\n');
}

export function historyJson(changes: readonly TermChange[]): string {
  return JSON.stringify(changes, null, 2);
}
