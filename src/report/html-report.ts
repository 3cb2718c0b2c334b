/**
 * One self-contained HTML report: inline CSS, inline SVG charts, no scripts and no external requests, enforced by
 * a strict Content-Security-Policy meta. Every crawled string goes through htmlText/htmlLink (RELIABILITY F2, F4, F5).
 */
import { businessById } from '../compare/compare-all.js';
import type { Comparison, MarketEntry } from '../compare/comparison-types.js';
import { TERM_LABELS } from '../compare/term-directions.js';
import { IMPORTANCE_LEVELS, IMPORTANCE_WEIGHT } from '../config/defaults.js';
import type { TermObservation } from '../model.js';
import type { TermId } from '../terms.js';
import { chartData } from './chart-data.js';
import { htmlLink, htmlText, MAX_CELL_CHARS } from './escape.js';
import { ageText, formatObservation, formatValue, VERDICT_SYMBOLS, VERDICT_WORDS } from './format-value.js';
import { REPORT_MARKER } from './markdown-report.js';
import { customerBasis, summaryLines } from './summary.js';
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
  b.push(`<!-- ${REPORT_MARKER}${new Date(comparison.generatedAt).toISOString()} -->`);
  b.push('<html lang="en"><head><meta charset="utf-8">');
  b.push(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
  b.push('<meta name="referrer" content="no-referrer">');
  b.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  b.push(`<title>Service policy report: ${htmlText(you.name, MAX_CELL_CHARS)}</title>`);
  b.push(`<style>${CSS}</style></head><body>`);
  b.push(`<h1>Service policy report: ${htmlText(you.name, MAX_CELL_CHARS)}</h1>`);
  b.push(`<p class="muted">Generated ${htmlText(comparison.generatedAt.slice(0, 16).replace('T', ' '))} UTC${comparison.latestScanAt ? ` from the scan of ${htmlText(comparison.latestScanAt.slice(0, 16).replace('T', ' '))} UTC` : ''}.</p>`);
  b.push(`<ul class="summary">${summary.map((l) => `<li>${htmlText(l, 600)}</li>`).join('')}</ul>`);

  // Matrix
  const businesses = [you, ...comparison.competitors];
  b.push('<h2>Matrix</h2>');
  b.push(`<p class="muted">${VERDICT_SYMBOLS.identical} identical, ${VERDICT_SYMBOLS.better} you are better, ${VERDICT_SYMBOLS.worse} they are better, ${VERDICT_SYMBOLS.different} different, ${VERDICT_SYMBOLS['different-currency']} different currency; † declared in config, ◷ stale.</p>`);
  b.push(`<table class="matrix"><thead><tr><th>Term</th><th>Importance</th>${businesses.map((x) => `<th>${htmlText(x.name, 40)}</th>`).join('')}</tr></thead><tbody>`);
  for (const t of comparison.terms) {
    const cells = [`<td>${cell(t.term, t.you)}</td>`];
    for (const v of t.verdicts) {
      cells.push(v.them ? `<td class="${v.verdict}" title="${htmlText(VERDICT_WORDS[v.verdict])}"><span class="mark">${VERDICT_SYMBOLS[v.verdict]}</span>${cell(t.term, v.them)}</td>` : '<td>—</td>');
    }
    b.push(`<tr><th>${TERM_LABELS[t.term]}</th><td>${t.importance}</td>${cells.join('')}</tr>`);
  }
  b.push('</tbody></table>');

  // Market
  const name = (id: string): string => htmlText(businessById(comparison, id)?.name ?? id, 40);
  const list = (title: string, entries: readonly MarketEntry[]): void => {
    b.push(`<h3>${title}</h3>`);
    if (entries.length === 0) b.push('<p class="muted">None.</p>');
    else b.push(`<ul>${entries.map((e) => `<li><strong>${TERM_LABELS[e.term]}</strong> (${e.importance})${e.competitors.length ? `: ${e.competitors.slice(0, 5).map(name).join(', ')}${e.competitors.length > 5 ? ` and ${e.competitors.length - 5} more` : ''}` : ''}</li>`).join('')}</ul>`);
  };
  b.push('<h2>Market</h2>');
  list('Claims everyone makes', comparison.market.claimsEveryoneMakes);
  list('Where you stand out', comparison.market.youStandOut);
  list('Where you fall behind', comparison.market.youFallBehind);
  list('Where a competitor stands out', comparison.market.competitorStandsOut);
  b.push('<h3>Per term</h3>');
  b.push('<table class="market"><thead><tr><th>Term</th><th>You</th><th>Competitors stating it</th><th>Matching you</th><th>Market best</th><th>Market median</th></tr></thead><tbody>');
  for (const t of comparison.terms) {
    const m = t.market;
    const best = m.best ? `${htmlText(formatValue(t.term, m.best.value), MAX_CELL_CHARS)} <span class="muted">(${m.best.competitors.slice(0, 3).map(name).join(', ')}${m.best.competitors.length > 3 ? ' …' : ''})</span>` : '—';
    const median = m.median !== undefined ? htmlText(formatValue(t.term, m.median), MAX_CELL_CHARS) : '—';
    b.push(`<tr><th>${TERM_LABELS[t.term]}</th><td>${cell(t.term, t.you)}</td><td>${m.stating}</td><td>${m.matching}</td><td>${best}</td><td>${median}</td></tr>`);
  }
  b.push('</tbody></table>');

  // Charts
  const charts = chartData(comparison);
  if (charts.length > 0) {
    b.push('<h2>Charts</h2>');
    for (const chart of charts) b.push(svgBarChart(chart));
  }

  // Competitors
  comparison.competitors.forEach((c, index) => {
    b.push(`<h2>${htmlText(c.name, MAX_CELL_CHARS)}</h2>`);
    b.push(`<p>Site: ${htmlLink(c.site, c.site)}</p>`);
    const rows = comparison.terms.filter((t) => t.verdicts[index]?.them);
    if (rows.length === 0) b.push('<p class="muted">No terms stated.</p>');
    for (const t of rows) {
      const v = t.verdicts[index]!;
      const them = v.them!;
      const stale = them.staleSince ? ` ◷ stale since ${htmlText(them.staleSince.slice(0, 10))}` : '';
      b.push(`<p class="${v.verdict}"><span class="mark">${VERDICT_SYMBOLS[v.verdict]}</span><strong>${TERM_LABELS[t.term]}</strong>: ${htmlText(formatObservation(t.term, them), MAX_CELL_CHARS)} (you: ${t.you ? htmlText(formatObservation(t.term, t.you), MAX_CELL_CHARS) : 'not stated'}; ${VERDICT_WORDS[v.verdict]})${stale}. ${them.url ? htmlLink('Source page', them.url) : ''}</p>`);
      b.push(`<blockquote>${htmlText(them.reading.evidence)}</blockquote>`);
    }
  });

  // Changes, problems, weights
  b.push('<h2>Changes since the previous report</h2>');
  if (comparison.changes.length === 0) b.push('<p class="muted">No term changed.</p>');
  else
    b.push(
      `<ul>${comparison.changes
        .map((c) => `<li>${htmlText(c.seenAt.slice(0, 10))} <strong>${htmlText(c.businessName, 40)}</strong> ${TERM_LABELS[c.term] ?? htmlText(String(c.term), 40)} ${htmlText(c.kind, 20)}: ${c.before !== undefined ? htmlText(formatValue(c.term, c.before), MAX_CELL_CHARS) : 'not stated'} → ${c.after !== undefined ? htmlText(formatValue(c.term, c.after), MAX_CELL_CHARS) : 'not stated'}${c.cause === 'reextract' ? ' (improved extraction)' : ''}</li>`)
        .join('')}</ul>`,
    );
  b.push('<h2>Crawl problems and stale data</h2>');
  if (comparison.problems.length === 0 && comparison.stale.length === 0) b.push('<p class="muted">No problems in the latest scan.</p>');
  else
    b.push(
      `<ul>${comparison.problems.map((p) => `<li><strong>${name(p.business)}</strong> ${htmlText(p.kind)}: ${htmlText(p.reason, 200)} <span class="muted">${htmlText(p.url, MAX_CELL_CHARS)}</span></li>`).join('')}${comparison.stale
        .map((s) => `<li>◷ <strong>${name(s.business)}</strong> ${TERM_LABELS[s.term]}: from the scan of ${htmlText(s.staleSince.slice(0, 10))} (${ageText(s.ageDays)})</li>`)
        .join('')}</ul>`,
    );
  const { customers, config, default: byDefault } = comparison.importanceSources;
  b.push('<h2>Where the importance weights came from</h2>');
  const weighed = comparison.customerWeights;
  if (weighed) {
    b.push(`<p>${customers} terms weighted by what customers say: ${htmlText(customerBasis(weighed))} (${htmlText(weighed.source, MAX_CELL_CHARS)}, <code>servicediff weigh --write</code>). Tier rule: ${htmlText(weighed.rule, 600)}</p>`);
  }
  b.push(`<p>${config} terms from your config, ${byDefault} from servicediff's defaults. Weights: ${IMPORTANCE_LEVELS.map((l) => `${l} ${IMPORTANCE_WEIGHT[l]}`).join(', ')}.</p>`);
  b.push('</body></html>');
  return b.join('\n');
}

function cell(term: TermId, observation: TermObservation | undefined): string {
  if (!observation) return '—';
  let text = htmlText(formatObservation(term, observation), MAX_CELL_CHARS);
  if (observation.origin === 'declared') text += ' †';
  if (observation.staleSince) text += ' ◷';
  return text;
}
