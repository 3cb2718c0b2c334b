/**
 * `npx tsx scripts/judge-kinds.ts [--blind DIR]...`: is one kind of statement decisive by itself? For each kind of
 * statement-kind.ts, how often the rules' chosen reading is right when the units that back it show the kind (any of
 * them, all of them, and the sentence that carries the value), and what micro-F1 the real tuning pages would score if such readings were dropped (a plain
 * rule, beside the learned judge of scripts/judge-cv.ts). Dropping pays only for readings right less than about F1/2
 * (~45 % at F1 0.89) of the time. Real tuning pages, and blind-audit folders (right and wrong as judged there). The held-out
 * pages are never read here.
 *
 * Needs the real-text cache (SERVICEDIFF_REAL_CACHE, DEVELOPERS.md).
 */
import { parseArgs } from 'node:util';
import { ratios, type Counts } from '../bench/accuracy-score.js';
import type { CandidateValue } from '../src/extract/candidate-features.js';
import { STATEMENT_KINDS, type StatementKind } from '../src/extract/statement-kind-words.js';
import type { TermId } from '../src/terms.js';
import { blindPages, countReadings, realPages, ruleChoices, type PageRecord } from './judge-data.js';

/** Micro counts of the pages with the readings `drop` names dropped (as bench:real scores them). */
function scored(pages: readonly PageRecord[], drop: (page: PageRecord, term: TermId) => boolean): Counts {
  const t: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const page of pages) countReadings(page, (term) => (drop(page, term) ? undefined : page.result.terms[term]?.value), t);
  return t;
}

/** A kind shown by any backing unit, by all of them, or by the sentence that carries the value in its best unit. */
type Reach = 'any' | 'all' | 'sentence';
const shows = (v: CandidateValue, kind: StatementKind, reach: Reach): boolean => {
  if (reach === 'sentence') return v.features[`clause:${kind}`] === 1;
  const share = v.features[`says:${kind}`] ?? 0;
  return reach === 'any' ? share > 0 : share >= 1;
};

function report(title: string, pages: PageRecord[], withF1: boolean): void {
  const all = ruleChoices(pages);
  const byPage = new Map(all.map((c) => [`${c.page.file}\t${c.term}`, c.choice]));
  const out = [`\n== ${title}: ${pages.length} pages, ${all.length} judged readings, ${all.filter((c) => c.page.right(c.term, c.choice.value) === true).length} right ==`];
  const base = withF1 ? ratios(scored(pages, () => false)).f1 : 0;
  if (withF1) out.push(`micro-F1 as read: ${base.toFixed(4)}`);
  for (const kind of STATEMENT_KINDS) {
    const cells: string[] = [];
    for (const reach of ['any', 'all', 'sentence'] as const) {
      const hit = all.filter((c) => shows(c.choice, kind, reach));
      const judged = hit.filter((c) => c.page.right(c.term, c.choice.value) !== undefined);
      const right = judged.filter((c) => c.page.right(c.term, c.choice.value) === true).length;
      let cell = `${reach} ${right}/${judged.length}${judged.length ? ` (${(right / judged.length).toFixed(2)})` : ''}`;
      if (withF1) {
        const f1 = ratios(scored(pages, (p, t) => { const v = byPage.get(`${p.file}\t${t}`); return v !== undefined && shows(v, kind, reach); })).f1;
        cell += ` drop→F1 ${f1.toFixed(4)}`;
      }
      cells.push(cell.padEnd(withF1 ? 40 : 22));
    }
    out.push(`${kind.padEnd(18)} ${cells.join(' ')}`);
  }
  process.stdout.write(out.join('\n') + '\n');
}

function main(): void {
  const { values } = parseArgs({ options: { blind: { type: 'string', multiple: true } } });
  report('real tuning', realPages('tuning'), true);
  for (const dir of values.blind ?? []) report(`blind ${dir}`, blindPages(dir), false);
}

main();
