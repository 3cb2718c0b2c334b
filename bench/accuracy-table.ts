/**
 * The per-term table and miss lines that bench:accuracy (in-house corpus) and bench:real (real pages) both print, so the
 * two benches read the same way.
 */
import { TERM_IDS, type TermId } from '../src/terms.js';
import type { CorpusScore, Miss } from './accuracy-score.js';

/** Evidence is already ≤ 300 characters (TERMS.md); the miss list trims it further to keep one line per miss. */
const EVIDENCE_PREVIEW_CHARS = 140;

const fmt = (n: number): string => n.toFixed(3);
const show = (v: unknown): string => (v === undefined ? '—' : JSON.stringify(v));

/**
 * One row per term (TP/FP/FN/wrong/precision/recall/F1) and the micro average. "wrong": a value stated where the label
 * has another (counted in both FP and FN), as against saying something where the page is silent (FP only) or nothing
 * where it states a value (FN only). Counts only: no text shown. `labels` adds a column with each term's labelled count.
 */
export function termTable(score: CorpusScore, options: { labels?: boolean } = {}): string[] {
  const out: string[] = [];
  const width = Math.max(...TERM_IDS.map((t) => t.length));
  const wrong = (term?: TermId) => score.misses.filter((x) => x.kind === 'wrong' && (term === undefined || x.term === term)).length;
  const labelled = (term: TermId) => score.perTerm[term].tp + score.perTerm[term].fn;
  const labelsCol = (n: number) => (options.labels ? ` ${String(n).padStart(6)}` : '');
  out.push(`${'term'.padEnd(width)}${options.labels ? ' labels' : ''}    TP    FP    FN wrong   prec  recall     F1`);
  for (const term of TERM_IDS) {
    const s = score.perTerm[term];
    out.push(
      `${term.padEnd(width)}${labelsCol(labelled(term))} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)} ${String(wrong(term)).padStart(5)}  ${fmt(s.precision)}   ${fmt(s.recall)}  ${fmt(s.f1)}`,
    );
  }
  const m = score.micro;
  out.push(
    `${'micro average'.padEnd(width)}${labelsCol(m.tp + m.fn)} ${String(m.tp).padStart(5)} ${String(m.fp).padStart(5)} ${String(m.fn).padStart(5)} ${String(wrong()).padStart(5)}  ${fmt(m.precision)}   ${fmt(m.recall)}  ${fmt(m.f1)}`,
  );
  return out;
}

export function missLine(miss: Miss): string {
  const evidence = miss.evidence === undefined ? '' : `  evidence: "${miss.evidence.replace(/\s+/g, ' ').slice(0, EVIDENCE_PREVIEW_CHARS)}"`;
  return `  ${miss.kind.padEnd(5)} ${miss.file}  ${miss.term}  expected ${show(miss.expected)}  got ${show(miss.got)}${evidence}`;
}
