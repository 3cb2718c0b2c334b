/**
 * `npx tsx scripts/judge-headroom.ts [--blind DIR]...`: how much a judge of candidate readings (features in src/extract/candidate-features.ts)
 * could gain. Per page and term, the extractor's reading is one of: right; wrong while the right value is among the
 * term's candidates (a choice a judge can fix); wrong and not among them; a value where the page states nothing of the
 * term (a judge can only drop it); or missed. Counted on the real tuning pages (by term), the real held-out pages (in
 * summary only: never a text or a miss), and blind-audit folders (right and wrong as judged there; a value nobody
 * judged is counted apart). Also how often a reading is right by how the page backs it up (units, rivals).
 *
 * Needs the real-text cache (SERVICEDIFF_REAL_CACHE, DEVELOPERS.md).
 */
import { parseArgs } from 'node:util';
import { TERM_IDS, type TermId } from '../src/terms.js';
import { blindPages, realPages, type PageRecord } from './judge-data.js';

const KINDS = ['right', 'fixable', 'wrong', 'spurious', 'unjudged', 'missed'] as const;
type Kind = (typeof KINDS)[number];
type Counts = Record<Kind, number>;
const zero = (): Counts => ({ right: 0, fixable: 0, wrong: 0, spurious: 0, unjudged: 0, missed: 0 });

/** How a reading fares, and how the page backed it (for the judged terms): the headroom's unit of count. */
function classify(page: PageRecord, term: TermId): { kind: Kind; backing?: string } | undefined {
  const reading = page.result.terms[term];
  const stated = page.stated.has(term);
  if (!reading) return stated ? { kind: 'missed' } : undefined;
  const values = page.judged[term] ?? [];
  const chosen = values.find((v) => JSON.stringify(v.value) === JSON.stringify(reading.value));
  const backing = chosen === undefined ? undefined : chosen.features.rival ? 'rival' : chosen.features.lone ? 'single' : 'corroborated';
  const right = page.right(term, reading.value);
  if (right === true) return { kind: 'right', backing };
  if (right === undefined) return { kind: 'unjudged', backing };
  if (!stated) return { kind: 'spurious', backing };
  return { kind: values.some((v) => page.right(term, v.value) === true) ? 'fixable' : 'wrong', backing };
}

function count(pages: PageRecord[]): { perTerm: Map<TermId, Counts>; total: Counts; backing: Map<string, { n: number; right: number }> } {
  const perTerm = new Map<TermId, Counts>();
  const total = zero();
  const backing = new Map<string, { n: number; right: number }>();
  for (const page of pages) {
    for (const term of TERM_IDS) {
      const c = classify(page, term);
      if (!c) continue;
      const t = perTerm.get(term) ?? zero();
      t[c.kind]++;
      total[c.kind]++;
      perTerm.set(term, t);
      if (c.backing && c.kind !== 'unjudged') {
        const b = backing.get(c.backing) ?? { n: 0, right: 0 };
        b.n++;
        if (c.kind === 'right') b.right++;
        backing.set(c.backing, b);
      }
    }
  }
  return { perTerm, total, backing };
}

const row = (name: string, c: Counts): string =>
  `${name.padEnd(32)} ${KINDS.map((k) => String(c[k]).padStart(8)).join('')}   P ${(c.right / Math.max(1, c.right + c.fixable + c.wrong + c.spurious)).toFixed(3)}`;

function print(title: string, pages: PageRecord[], byTerm: boolean): void {
  const { perTerm, total, backing } = count(pages);
  const out = [`\n== ${title}: ${pages.length} pages ==`, `${''.padEnd(32)} ${KINDS.map((k) => k.padStart(8)).join('')}`];
  if (byTerm) for (const term of TERM_IDS) if (perTerm.has(term)) out.push(row(term, perTerm.get(term)!));
  out.push(row('all', total));
  out.push(
    `judged terms by backing (right / values): ${[...backing]
      .sort()
      .map(([k, b]) => `${k} ${b.right}/${b.n} (${(b.right / b.n).toFixed(3)})`)
      .join(', ')}`,
  );
  process.stdout.write(out.join('\n') + '\n');
}

function main(): void {
  const { values } = parseArgs({ options: { blind: { type: 'string', multiple: true } } });
  print('real tuning', realPages('tuning'), true);
  // Held-out: the totals only, never per page.
  print('real held-out (summary)', realPages('heldout'), false);
  for (const dir of values.blind ?? []) print(`blind ${dir}`, blindPages(dir), true);
}

main();
