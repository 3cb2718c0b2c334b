/**
 * The two renderings of a WeighResult: a markdown section (tiers, HIT/MISS per element, a few masked and escaped
 * quotes, the tier rule, the columns used and the rows set aside) and JSON; plus the CustomerWeights that
 * `--write` stores for compare and report.
 */
import type { CustomerWeights } from '../model.js';
import { mdCell, mdQuote, mdText } from '../report/escape.js';
import { count } from '../text/count.js';
import type { TermId } from '../terms.js';
import type { FeedbackFormat } from './read-feedback.js';
import type { BadRowReason } from './text-problems.js';
import { isTiered, pct } from './tiers.js';
import type { WeighResult } from './weigh.js';

/** What each comment is when a file names no columns (a CSV always names its text column). */
const ONE_COMMENT_PER: Readonly<Record<FeedbackFormat, string>> = {
  text: 'one comment per line',
  json: 'one comment per array entry',
  jsonl: 'one comment per JSON line',
  csv: 'one comment per row',
};

/** "text = Review Content, rating = Review Stars" — the columns read, or what a comment is; and where a JSON document keeps them. */
export function columnsText(result: Pick<WeighResult, 'columns' | 'format' | 'encoding' | 'rowsFrom'>): string {
  const used = Object.entries(result.columns).map(([role, name]) => `${role} = ${name}`);
  const what = used.length ? used.join(', ') : ONE_COMMENT_PER[result.format];
  return `${result.format}, ${result.encoding}; ${result.rowsFrom ? `comments from ${result.rowsFrom}: ` : ''}${what}`;
}

/** "3 empty (rows 2, 9, 14), 1 broken quoting (row 7)" — or "none". Rows count from the first under a CSV header. */
export function badRowsText(result: Pick<WeighResult, 'bad' | 'badRows'>): string {
  // The fixed reasons first, in their order, then the statuses of rows the shop did not publish, as met.
  const parts = Object.entries(result.bad).filter(([, n]) => n > 0).map(([r, n]) => {
    const rows = result.badRows[r as BadRowReason] ?? [];
    const more = n > rows.length ? ', …' : '';
    return `${n} ${r} (${rows.length === 1 && !more ? 'row' : 'rows'} ${rows.join(', ')}${more})`;
  });
  return parts.length ? parts.join(', ') : 'none';
}

/**
 * "12 dates could not be read (column date): those comments are weighed without a date", or nothing when every date
 * was read. A date column of text the reader does not know would otherwise only shorten the "written … to …" span.
 */
export function datesText(result: Pick<WeighResult, 'unreadDates' | 'columns'>): string | undefined {
  if (!result.unreadDates) return undefined;
  const column = result.columns.date === undefined ? '' : ` (column ${result.columns.date})`;
  const those = result.unreadDates === 1 ? 'that comment is' : 'those comments are';
  return `${count(result.unreadDates, 'date')} could not be read${column}: ${those} weighed without a date`;
}

export function weighMarkdown(result: WeighResult): string {
  const out: string[] = [];
  out.push('## What your customers care about', '');
  const span = result.firstDate && result.lastDate ? `, written ${result.firstDate} to ${result.lastDate}` : '';
  const dates = datesText(result);
  out.push(
    `From ${count(result.comments, 'customer comment')} in ${mdText(result.file, 120)}${span}, weighed on ${result.generatedAt.slice(0, 10)}. ` +
      `Columns used: ${mdText(columnsText(result), 300)}. Rows set aside: ${badRowsText(result)}.${dates ? ` ${mdText(dates, 300)}.` : ''}`,
    '',
  );
  out.push(`Tier rule: ${mdText(result.rule, 600)}`, '');
  out.push('| Element | Tier | Mentions | Share | Strong | HIT / MISS | Terms |', '|---|---|---:|---:|---:|---|---|');
  for (const e of result.elements) {
    const tier = e.tier ?? 'set aside';
    const verdict = e.verdict === 'no opinion' ? 'no opinion' : `${e.verdict} (${count(e.hits, 'praise', 'praise')}, ${count(e.misses, 'complaint')}${e.mixed ? `, ${e.mixed} mixed` : ''})`;
    out.push(`| ${mdCell(e.label)} | ${tier} | ${e.mentions} | ${pct(e.share, 1)} | ${e.strong} | ${verdict} | ${e.terms.length ? e.terms.map((t) => `\`${t}\``).join(', ') : '—'} |`);
  }
  out.push('');
  const quoted = result.elements.filter((e) => isTiered(e) && e.quotes.length > 0);
  if (quoted.length) {
    out.push('### In their words', '');
    for (const e of quoted) {
      out.push(`**${mdText(e.label, 80)}** (${e.tier}, ${e.verdict})`, '');
      for (const q of e.quotes) out.push(`${mdQuote(q.text)} — ${q.sentiment}, item ${mdText(q.id, 40)}`, '');
    }
  }
  return out.join('\n');
}

export function weighJson(result: WeighResult): string {
  return JSON.stringify(result, null, 2);
}

/** What `--write` stores: each tiered element's level on its TERMS.md terms, and the lead line's facts. */
export function customerWeightsOf(result: WeighResult): CustomerWeights {
  const terms: Partial<Record<TermId, 'crucial' | 'important' | 'nice' | 'not-important'>> = {};
  for (const e of result.elements) if (isTiered(e)) for (const t of e.terms) terms[t] = e.tier;
  return {
    generatedAt: result.generatedAt,
    comments: result.comments,
    source: result.file,
    rule: result.rule,
    terms,
    elements: result.elements.filter((e) => e.tier !== undefined).map((e) => ({ id: e.id, label: e.label, tier: e.tier!, verdict: e.verdict, mentions: e.mentions })),
  };
}
