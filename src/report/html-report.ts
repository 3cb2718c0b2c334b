/**
 * One self-contained HTML report: inline CSS, inline SVG charts, no scripts and no external requests, enforced by
 * a strict Content-Security-Policy meta. Every crawled string goes through htmlText/htmlLink (RELIABILITY F2, F4, F5).
 */
import { businessById } from '../compare/compare-all.js';
import type { Comparison } from '../compare/comparison-types.js';
import { TERM_LABELS } from '../compare/term-directions.js';
import { isUnsure } from '../compare/unsure.js';
import type { TermObservation } from '../model.js';
import type { TermId } from '../terms.js';
import { chartData } from './chart-data.js';
import { htmlLink, htmlText, MAX_CELL_CHARS } from './escape.js';
import { ageText, DECLARED_MARK, formatObservation, legendLine, LOW_CONFIDENCE_MARK, marksOf, NOT_STATED_MARK, STALE_MARK, unsureMark, VERDICT_SYMBOLS } from './format-value.js';
import { reportMarker } from './markdown-report.js';
import { CHANGE_MAX, changeWords, chartUnsureNote, lastScannedText, lowConfidenceText, MARKET_LINE_MAX, marketBestText, marketSections, marketMedianText, notPlottedText, scoreSentence, customerWeightsSentence, staleWords, verdictText, weightsSentence } from './report-text.js';
import { gapLines, summaryLines } from './summary.js';
import { svgBarChart } from './svg-chart.js';

/** Nothing may load or run: styles inline only, images only as data: URLs (none are used). */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#1f2328}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
.summary{background:#f6f8fa;border-left:4px solid #0969da;padding:.6rem 1rem;list-style:none}
table{border-collapse:collapse;font-size:13px;display:block;overflow-x:auto}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}.identical{background:#eef6ee}.better{background:#dafbe1}.worse{background:#ffebe9}
.different,.different-currency{background:#fff8c5}.mark{font-weight:bold;margin-right:.3rem}
blockquote{margin:.2rem 0 .8rem 1rem;padding-left:.8rem;border-left:3px solid #d0d7de;color:#57606a}
.chart svg{max-width:100%;height:auto;font-size:12px}.chart rect{fill:#8c959f}.chart .you rect{fill:#0969da}
.chart figcaption{font-weight:600}.muted{color:#57606a}
`;

export function htmlReport(comparison: Comparison, summary: string[] = summaryLines(comparison)): string {
  const you = comparison.you;
  const b: string[] = [];
  b.push('<!DOCTYPE html>');
  b.push(reportMarker(comparison));
  b.push('<html lang="en"><head><meta charset="utf-8">');
  b.push(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
  b.push('<meta name="referrer" content="no-referrer">');
  b.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  b.push(`<title>Service policy report: ${htmlText(you.name, MAX_CELL_CHARS)}</title>`);
  b.push(`<style>${CSS}</style></head><body>`);
  b.push(`<h1>Service policy report: ${htmlText(you.name, MAX_CELL_CHARS)}</h1>`);
  b.push(`<p class="muted">Generated ${htmlText(comparison.generatedAt.slice(0, 16).replace('T', ' '))} UTC${comparison.latestScanAt ? ` from the scan of ${htmlText(comparison.latestScanAt.slice(0, 16).replace('T', ' '))} UTC` : ' (no scan yet)'}.</p>`);
  b.push('<h2>Summary</h2>');
  b.push(`<ul class="summary">${summary.map((l) => `<li>${htmlText(l, 600)}</li>`).join('')}</ul>`);

  // Matrix
  const businesses = [you, ...comparison.competitors];
  b.push('<h2>Matrix</h2>');
  b.push(`<p class="muted">Terms by importance. Legend: ${htmlText(legendLine())}.</p>`);
  b.push(`<table class="matrix"><thead><tr><th>Term</th><th>Importance</th>${businesses.map((x) => `<th>${htmlText(x.name, 40)}</th>`).join('')}</tr></thead><tbody>`);
  for (const t of comparison.terms) {
    const cells = [`<td>${cell(t.term, t.you)}</td>`];
    for (const v of t.verdicts) {
      cells.push(v.them ? `<td class="${v.verdict}" title="${htmlText(verdictText(v))}"><span class="mark">${VERDICT_SYMBOLS[v.verdict]}</span>${cell(t.term, v.them)}</td>` : `<td>${NOT_STATED_MARK}</td>`);
    }
    b.push(`<tr><th>${TERM_LABELS[t.term]}</th><td>${t.importance}</td>${cells.join('')}</tr>`);
  }
  b.push('</tbody></table>');

  // Market: the same lines as the markdown, values included (yours, and each competitor's where it beats you).
  const name = (id: string): string => htmlText(businessById(comparison, id)?.name ?? id, 40);
  b.push('<h2>Market</h2>');
  for (const section of marketSections(comparison)) {
    b.push(`<h3>${section.title}</h3>`);
    if (section.lines.length === 0) b.push('<p class="muted">None.</p>');
    else b.push(`<ul>${section.lines.map((l) => `<li><strong>${TERM_LABELS[l.term]}</strong> (${l.importance}): ${htmlText(l.text, MARKET_LINE_MAX)}</li>`).join('')}</ul>`);
  }
  b.push('<h3>Per term</h3>');
  b.push('<table class="market"><thead><tr><th>Term</th><th>You</th><th>Competitors stating it</th><th>Matching you</th><th>Market best</th><th>Market median</th></tr></thead><tbody>');
  for (const t of comparison.terms) {
    const m = t.market;
    const best = marketBestText(comparison, t);
    const bestWho = best.who.length > 0 ? ` <span class="muted">(${best.who.map((n) => htmlText(n, 40)).join(', ')}${best.more ? ' …' : ''})</span>` : '';
    b.push(`<tr><th>${TERM_LABELS[t.term]}</th><td>${cell(t.term, t.you)}</td><td>${m.stating}</td><td>${m.matching}</td><td>${htmlText(best.value, MAX_CELL_CHARS)}${bestWho}</td><td>${htmlText(marketMedianText(t), MAX_CELL_CHARS)}</td></tr>`);
  }
  b.push('</tbody></table>');

  // Charts
  const charts = chartData(comparison);
  if (charts.length > 0) {
    b.push('<h2>Charts</h2>');
    for (const chart of charts) {
      b.push(`<h3>${htmlText(chart.title, MAX_CELL_CHARS)}</h3>`, svgBarChart(chart));
      b.push(`<p class="muted">${chart.better === 'higher' ? 'Higher' : 'Lower'} is better for the customer.</p>`);
      if (chart.notPlotted.length > 0) b.push(`<p class="muted">Not plotted: ${chart.notPlotted.map((n) => htmlText(notPlottedText(n), 80)).join('; ')}.</p>`);
      const unsure = chartUnsureNote(chart);
      if (unsure) b.push(`<p class="muted">${htmlText(unsure)}</p>`);
    }
  }

  // Your values
  b.push(`<h2>Your values (${htmlText(you.name, 40)})</h2>`);
  const gaps = gapLines(comparison);
  if (gaps.length > 0) b.push(`<ul class="gaps">${gaps.map((l) => `<li>${NOT_STATED_MARK} ${htmlText(l, 600)}</li>`).join('')}</ul>`);
  const stated = comparison.terms.filter((t) => t.you);
  if (stated.length === 0) b.push('<p class="muted">You state none of the terms yet: declare them under <code>you.terms</code> in the config, or check the crawl problems below.</p>');
  else {
    b.push('<ul class="yours">');
    for (const t of stated) {
      const mine = t.you!;
      const value = htmlText(formatObservation(t.term, mine), MAX_CELL_CHARS);
      if (mine.origin === 'declared') {
        b.push(`<li><strong>${TERM_LABELS[t.term]}</strong>: ${value} ${DECLARED_MARK} declared in config (wins over what your site says).</li>`);
        continue;
      }
      const stale = mine.staleSince ? ` ${htmlText(staleWords(mine.staleSince))}` : '';
      const unsure = isUnsure(mine) ? ` ${LOW_CONFIDENCE_MARK} ${htmlText(lowConfidenceText(mine.reading.confidence))}` : '';
      b.push(`<li><strong>${TERM_LABELS[t.term]}</strong>: ${value}, crawled${stale}${unsure}. Source: ${mine.url ? htmlLink('page', mine.url) : 'unknown page'}<blockquote>${htmlText(mine.reading.evidence)}</blockquote></li>`);
    }
    b.push('</ul>');
  }

  // Competitors: the same lines as the markdown (last scanned, the score, every term either side states).
  comparison.competitors.forEach((c, index) => {
    b.push(`<h2>${htmlText(c.name, MAX_CELL_CHARS)}</h2>`);
    b.push(`<p>Site: ${htmlLink(c.site, c.site)}. ${lastScannedText(c.lastScanAt)}.</p>`);
    const score = comparison.scores[index];
    if (score) b.push(`<p>${scoreSentence(score)}</p>`);
    const rows = comparison.terms.filter((t) => t.verdicts[index]?.them || t.you);
    if (rows.length === 0) b.push('<p class="muted">No terms stated by either side.</p>');
    else b.push('<ul class="terms">');
    for (const t of rows) {
      const v = t.verdicts[index]!;
      const them = v.them;
      const mark = `<span class="mark">${VERDICT_SYMBOLS[v.verdict]}</span><strong>${TERM_LABELS[t.term]}</strong>`;
      const mine = t.you ? cell(t.term, t.you) : 'not stated';
      if (!them) {
        b.push(`<li class="${v.verdict}">${mark}: not stated (you: ${mine}).</li>`);
        continue;
      }
      const stale = them.staleSince ? ` ${htmlText(staleWords(them.staleSince, comparison.generatedAt))}` : '';
      b.push(
        `<li class="${v.verdict}">${mark}: ${htmlText(formatObservation(t.term, them), MAX_CELL_CHARS)}${unsureMark(isUnsure(them))} (you: ${mine}; ${htmlText(verdictText(v))})${stale}. Source: ${them.url ? htmlLink('page', them.url) : 'unknown page'}<blockquote>${htmlText(them.reading.evidence)}</blockquote></li>`,
      );
    }
    if (rows.length > 0) b.push('</ul>');
  });

  // Changes, problems, weights
  b.push('<h2>Changes since the previous report</h2>');
  if (comparison.changes.length === 0) b.push('<p class="muted">No term changed.</p>');
  else
    b.push(
      `<ul>${comparison.changes
        .map((c) => `<li>${htmlText(c.seenAt.slice(0, 10))} <strong>${htmlText(c.businessName, 40)}</strong> ${TERM_LABELS[c.term] ?? htmlText(String(c.term), 40)} ${htmlText(changeWords(c), CHANGE_MAX)}. ${c.url ? htmlLink('page', c.url) : ''}</li>`)
        .join('')}</ul>`,
    );
  b.push('<h2>Crawl problems and stale data</h2>');
  if (comparison.problems.length === 0 && comparison.stale.length === 0) b.push('<p class="muted">No problems in the latest scan.</p>');
  else
    b.push(
      `<ul>${comparison.problems.map((p) => `<li><strong>${name(p.business)}</strong> ${htmlText(p.kind, 30)}${p.status ? ` (HTTP ${Number(p.status)})` : ''}: ${htmlText(p.reason, 200)} <span class="muted">${htmlText(p.url, MAX_CELL_CHARS)}</span></li>`).join('')}${comparison.stale
        .map((s) => `<li>${STALE_MARK} <strong>${name(s.business)}</strong> ${TERM_LABELS[s.term]}: value from the scan of ${htmlText(s.staleSince.slice(0, 10))} (${ageText(s.ageDays)}); this scan's fetch failed.</li>`)
        .join('')}</ul>`,
    );
  b.push('<h2>Where the importance weights came from</h2>');
  const customers = customerWeightsSentence(comparison);
  if (customers) b.push(`<p>${htmlText(customers, 900)}</p>`);
  b.push(`<p>${htmlText(weightsSentence(comparison.importanceSources), 600)}</p>`);
  b.push('</body></html>');
  return b.join('\n');
}

function cell(term: TermId, observation: TermObservation | undefined): string {
  if (!observation) return NOT_STATED_MARK;
  return htmlText(formatObservation(term, observation), MAX_CELL_CHARS) + marksOf(observation);
}
