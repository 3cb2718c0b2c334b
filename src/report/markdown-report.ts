/**
 * The GitHub-flavoured markdown report: five-line summary, matrix terms × businesses, market lists, mermaid charts,
 * one section per competitor with evidence quotes and links, changes, crawl problems and stale data, and where the
 * importance weights came from. Every crawled string goes through escape.ts (RELIABILITY F1–F5).
 */
import { businessById } from '../compare/compare-all.js';
import type { Comparison } from '../compare/comparison-types.js';
import { TERM_LABELS } from '../compare/term-directions.js';
import { isUnsure } from '../compare/unsure.js';
import type { BusinessTerms, TermObservation } from '../model.js';
import type { TermId } from '../terms.js';
import { chartData, type Chart } from './chart-data.js';
import { MAX_CELL_CHARS, mdCell, mdLink, mdQuote, mdText, mermaidLabel } from './escape.js';
import { ageText, DECLARED_MARK, formatObservation, legendLine, LOW_CONFIDENCE_MARK, marksOf, NOT_STATED_MARK, STALE_MARK, unsureMark, VERDICT_SYMBOLS } from './format-value.js';
import { CHANGE_MAX, changeWords, chartUnsureNote, lastScannedText, lowConfidenceText, MARKET_LINE_MAX, marketBestText, marketSections, marketMedianText, notPlottedText, scoreSentence, customerWeightsSentence, staleWords, verdictText, weightsSentence } from './report-text.js';
import { gapLines, summaryLines } from './summary.js';

/**
 * First line of every report: when it was made, from which scan, and since when it counted changes. The next report
 * reads it: "since the last report" means since the scan this one was made from, and a report re-run on the same
 * scan counts from the same time (re-running a report never loses a change).
 */
export const REPORT_MARKER = 'servicediff-report generatedAt=';

/** The whole first-line comment of a report (markdown and HTML alike). */
export function reportMarker(comparison: Pick<Comparison, 'generatedAt' | 'latestScanAt' | 'changesSince'>): string {
  const fields = [`${REPORT_MARKER}${new Date(comparison.generatedAt).toISOString()}`];
  if (comparison.latestScanAt) fields.push(`scan=${comparison.latestScanAt}`);
  if (comparison.changesSince) fields.push(`since=${comparison.changesSince}`);
  return `<!-- ${fields.join(' ')} -->`;
}
/** Longest summary line kept. */
const SUMMARY_MAX = 600;

export function markdownReport(comparison: Comparison, summary: string[] = summaryLines(comparison)): string {
  const out: string[] = [];
  const you = comparison.you;
  out.push(reportMarker(comparison));
  out.push(`# Service policy report: ${mdText(you.name, MAX_CELL_CHARS)}`, '');
  out.push(
    `Generated ${comparison.generatedAt.slice(0, 16).replace('T', ' ')} UTC${comparison.latestScanAt ? ` from the scan of ${comparison.latestScanAt.slice(0, 16).replace('T', ' ')} UTC` : ' (no scan yet)'}.`,
    '',
  );
  out.push('## Summary', '');
  for (const line of summary) out.push(`- ${mdText(line, SUMMARY_MAX)}`);
  out.push('');
  matrix(comparison, out);
  market(comparison, out);
  charts(comparison, out);
  yourValues(comparison, out);
  for (const competitor of comparison.competitors) competitorSection(comparison, competitor, out);
  changes(comparison, out);
  problems(comparison, out);
  weights(comparison, out);
  return out.join('\n');
}

function cellFor(term: TermId, observation: TermObservation | undefined): string {
  if (!observation) return NOT_STATED_MARK;
  return formatObservation(term, observation) + marksOf(observation);
}

/** Just the matrix section (used by `compare --format md`). */
export function markdownMatrix(comparison: Comparison): string {
  const out: string[] = [];
  matrix(comparison, out);
  return out.join('\n');
}

function matrix(comparison: Comparison, out: string[]): void {
  const names = [comparison.you, ...comparison.competitors].map((b) => mdCell(b.name, 40));
  out.push('## Matrix', '');
  out.push(`Terms by importance. Legend: ${legendLine()}.`, '');
  out.push(`| Term | Importance | ${names.join(' | ')} |`);
  out.push(`|---|---|${names.map(() => '---').join('|')}|`);
  for (const t of comparison.terms) {
    const cells = [mdCell(cellFor(t.term, t.you))];
    t.verdicts.forEach((v) => {
      if (!v.them) cells.push('—');
      else cells.push(`${VERDICT_SYMBOLS[v.verdict]} ${mdCell(cellFor(t.term, v.them))}`);
    });
    out.push(`| ${TERM_LABELS[t.term]} | ${t.importance} | ${cells.join(' | ')} |`);
  }
  out.push('');
}

function market(comparison: Comparison, out: string[]): void {
  out.push('## Market', '');
  for (const section of marketSections(comparison)) {
    out.push(`### ${section.title}`, '');
    if (section.lines.length === 0) out.push('_None._');
    for (const line of section.lines) out.push(`- **${TERM_LABELS[line.term]}** (${line.importance}): ${mdText(line.text, MARKET_LINE_MAX)}`);
    out.push('');
  }

  out.push('### Per term', '');
  out.push('| Term | You | Competitors stating it | Matching you | Market best | Market median |');
  out.push('|---|---|---|---|---|---|');
  for (const t of comparison.terms) {
    const m = t.market;
    const best = marketBestText(comparison, t);
    const who = best.who.length > 0 ? ` (${best.who.map((n) => mdCell(n, 30)).join(', ')}${best.more ? ' …' : ''})` : '';
    out.push(`| ${TERM_LABELS[t.term]} | ${mdCell(cellFor(t.term, t.you))} | ${m.stating} | ${m.matching} | ${mdCell(best.value)}${who} | ${mdCell(marketMedianText(t))} |`);
  }
  out.push('');
}

/** A mermaid xychart-beta bar chart; labels are reduced to letters, digits and safe marks (no quote or fence can escape). */
function mermaidChart(chart: Chart): string[] {
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const lines = [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidLabel(chart.title)}"`,
    // The mark goes after the cleaned label: mermaidLabel keeps only letters, digits and a few safe signs.
    `    x-axis [${chart.bars.map((b) => `"${mermaidLabel(b.isYou ? `${b.label} (you)` : b.label)}${unsureMark(b.unsure)}"`).join(', ')}]`,
    `    y-axis "${mermaidLabel(chart.unit)}" 0 --> ${Math.ceil(max * 1.1)}`,
    `    bar [${chart.bars.map((b) => Number(b.value.toFixed(2))).join(', ')}]`,
    '```',
  ];
  return lines;
}

function charts(comparison: Comparison, out: string[]): void {
  const list = chartData(comparison);
  if (list.length === 0) return;
  out.push('## Charts', '');
  for (const chart of list) {
    out.push(`### ${mdText(chart.title, MAX_CELL_CHARS)}`, '');
    out.push(...mermaidChart(chart), '', `${chart.better === 'higher' ? 'Higher' : 'Lower'} is better for the customer.`, '');
    if (chart.notPlotted.length > 0) out.push(`Not plotted: ${chart.notPlotted.map((n) => mdText(notPlottedText(n), 80)).join('; ')}.`, '');
    const unsure = chartUnsureNote(chart);
    if (unsure) out.push(mdText(unsure, SUMMARY_MAX), '');
  }
}

/** Your side: each stated value, whether it was declared in config or crawled, and its evidence. */
function yourValues(comparison: Comparison, out: string[]): void {
  const stated = comparison.terms.filter((t) => t.you);
  out.push(`## Your values (${mdText(comparison.you.name, 40)})`, '');
  for (const line of gapLines(comparison)) out.push(`- ${NOT_STATED_MARK} ${mdText(line, SUMMARY_MAX)}`);
  if (comparison.yourGaps.length > 0) out.push('');
  if (stated.length === 0) {
    out.push('_You state none of the terms yet: declare them under `you.terms` in the config, or check the crawl problems below._', '');
    return;
  }
  for (const t of stated) {
    const you = t.you!;
    const stale = you.staleSince ? ` ${staleWords(you.staleSince)}` : '';
    if (you.origin === 'declared') {
      out.push(`- **${TERM_LABELS[t.term]}**: ${mdText(formatObservation(t.term, you), MAX_CELL_CHARS)} ${DECLARED_MARK} declared in config (wins over what your site says).`);
      continue;
    }
    const unsure = isUnsure(you) ? ` ${LOW_CONFIDENCE_MARK} ${lowConfidenceText(you.reading.confidence)}` : '';
    out.push(`- **${TERM_LABELS[t.term]}**: ${mdText(formatObservation(t.term, you), MAX_CELL_CHARS)}, crawled${stale}${unsure}. Source: ${you.url ? mdLink('page', you.url) : 'unknown page'}`);
    out.push('', `  ${mdQuote(you.reading.evidence)}`, '');
  }
  out.push('');
}

function competitorSection(comparison: Comparison, competitor: BusinessTerms, out: string[]): void {
  const index = comparison.competitors.indexOf(competitor);
  const score = comparison.scores[index];
  out.push(`## ${mdText(competitor.name, MAX_CELL_CHARS)}`, '');
  out.push(`Site: ${mdLink(competitor.site, competitor.site)}. ${lastScannedText(competitor.lastScanAt)}.`);
  if (score) out.push(scoreSentence(score));
  out.push('');
  const stated = comparison.terms.filter((t) => t.verdicts[index]?.them || t.you);
  if (stated.length === 0) {
    out.push('_No terms stated by either side._', '');
    return;
  }
  for (const t of stated) {
    const v = t.verdicts[index]!;
    const them = v.them;
    const label = `**${TERM_LABELS[t.term]}**`;
    const yours = t.you ? mdText(cellFor(t.term, t.you), MAX_CELL_CHARS) : 'not stated';
    if (!them) {
      out.push(`- ${VERDICT_SYMBOLS[v.verdict]} ${label}: not stated (you: ${yours}).`);
      continue;
    }
    const stale = them.staleSince ? ` ${staleWords(them.staleSince, comparison.generatedAt)}` : '';
    out.push(
      `- ${VERDICT_SYMBOLS[v.verdict]} ${label}: ${mdText(formatObservation(t.term, them), MAX_CELL_CHARS)}${unsureMark(isUnsure(them))} (you: ${yours}; ${verdictText(v)})${stale}. Source: ${them.url ? mdLink('page', them.url) : 'unknown page'}`,
    );
    out.push('', `  ${mdQuote(them.reading.evidence)}`, '');
  }
  out.push('');
}

function changes(comparison: Comparison, out: string[]): void {
  out.push('## Changes since the previous report', '');
  if (comparison.changes.length === 0) out.push('_No term changed._');
  for (const c of comparison.changes) {
    out.push(`- ${mdText(c.seenAt.slice(0, 10), 10)} **${mdText(c.businessName, 40)}** ${TERM_LABELS[c.term] ?? mdText(String(c.term), 40)} ${mdText(changeWords(c), CHANGE_MAX)}. ${c.url ? mdLink('page', c.url) : ''}`.trimEnd());
  }
  out.push('');
}

function problems(comparison: Comparison, out: string[]): void {
  out.push('## Crawl problems and stale data', '');
  if (comparison.problems.length === 0 && comparison.stale.length === 0) out.push('_No problems in the latest scan._');
  const name = (id: string): string => mdText(businessById(comparison, id)?.name ?? id, 40);
  for (const p of comparison.problems) {
    out.push(`- **${name(p.business)}** ${mdText(p.kind, 30)}${p.status ? ` (HTTP ${Number(p.status)})` : ''}: ${mdText(p.reason, 200)} ${mdText(p.url, MAX_CELL_CHARS)}`.trimEnd());
  }
  for (const s of comparison.stale) {
    out.push(`- ${STALE_MARK} **${name(s.business)}** ${TERM_LABELS[s.term]}: value from the scan of ${s.staleSince.slice(0, 10)} (${ageText(s.ageDays)}); this scan's fetch failed.`);
  }
  out.push('');
}

function weights(comparison: Comparison, out: string[]): void {
  out.push('## Where the importance weights came from', '');
  const customers = customerWeightsSentence(comparison);
  if (customers) out.push(mdText(customers, 900), '');
  out.push(weightsSentence(comparison.importanceSources).replace('importance:', '`importance:`'), '');
}
