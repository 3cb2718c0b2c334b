/**
 * `npx tsx scripts/calibrate-confidence.ts [--dry-run]`: measures, on the real TUNING pages only, how often each kind of
 * prose reading is right, and writes the counts to src/extract/confidence-table.ts (committed; confidence.ts reads it).
 *
 * A kind of reading is a profile (confidence.ts): term, rule, and how the page backs the value up. Only strong readings
 * are counted (the rule's own score ≥ SURE, the evidence prose, the value shown from text rather than markup): the
 * others are capped below SURE whatever the table says. A reading is right when it equals the page's label; a value on a
 * page whose label says nothing of the term is wrong. The held-out pages are never read here: they stay the check
 * (`npm run bench:real` prints how many held-out values at ≥ SURE are right).
 *
 * Needs the real-text cache (SERVICEDIFF_REAL_CACHE, DEVELOPERS.md); without it, it says so and writes nothing.
 * Re-run it after changing a rule, a unit normaliser or confidence.ts, and commit the table with the change.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { termValuesEqual } from '../bench/accuracy-score.js';
import { cacheSummary, loadRealSet, realCacheDir } from '../bench/real-set.js';
import { measuredRule, MIN_SUPPORT, profileKey, SURE, TRUST_FLOOR, TRUST_SHARE, trusted, wilsonLower } from '../src/extract/confidence.js';
import { extractProfiled } from '../src/extract/extract-terms.js';
import type { TermId } from '../src/terms.js';

const TABLE = fileURLToPath(new URL('../src/extract/confidence-table.ts', import.meta.url));

type Counts = { n: number; right: number };

function main(): void {
  const dryRun = process.argv.includes('--dry-run');
  const tuning = loadRealSet('pages', { split: 'tuning' });
  process.stdout.write(`real tuning pages: ${tuning.length} labels, ${cacheSummary(tuning)} in ${realCacheDir()}\n`);
  const cached = tuning.filter((e): e is typeof e & { text: string } => e.text !== undefined);
  if (cached.length === 0) {
    process.stdout.write('calibrate-confidence: no cached tuning text, table left as it is (fill the cache as DEVELOPERS.md says)\n');
    return;
  }
  const measured = new Map<string, Counts>();
  for (const e of cached) {
    const { result, profiles } = extractProfiled({ body: e.text, url: e.label.url, contentType: 'text/plain' });
    for (const [term, p] of Object.entries(profiles) as [TermId, NonNullable<(typeof profiles)[TermId]>][]) {
      const reading = result.terms[term];
      if (!reading || reading.source !== 'text' || p.ruleScore < SURE) continue;
      const expected = e.label.terms[term];
      const key = profileKey(p.profile);
      const counts = measured.get(key) ?? { n: 0, right: 0 };
      counts.n++;
      if (expected !== undefined && termValuesEqual(term, expected, reading.value)) counts.right++;
      measured.set(key, counts);
    }
  }
  const keys = [...measured.keys()].sort();
  const table = Object.fromEntries(keys.map((k) => [k, measured.get(k)!]));
  process.stdout.write(report(table).join('\n') + '\n');
  if (dryRun) return;
  writeFileSync(TABLE, render(table, cached.length));
  process.stdout.write(`wrote ${TABLE}\n`);
}

/** Per term and rule: its counts, Wilson bound and whether it is trusted, then its counts per kind of support. */
function report(table: Record<string, Counts>): string[] {
  const share = (c: Counts): string => (c.n === 0 ? '  —  ' : (c.right / c.n).toFixed(3));
  const lines = [`term rule / support                                 n  right  share  bound  trusted (n ≥ ${MIN_SUPPORT}, share ≥ ${TRUST_SHARE}, bound ≥ ${TRUST_FLOOR})`];
  const sure: Counts = { n: 0, right: 0 };
  const rules = [...new Set(Object.keys(table).map((k) => k.split(' ').slice(0, 2).join(' ')))];
  for (const termRule of rules) {
    const [term, rule] = termRule.split(' ') as [TermId, string];
    const pooled = measuredRule(term, rule, table);
    const ok = trusted({ term, rule, support: 'corroborated' }, table);
    lines.push(`${termRule.padEnd(48)} ${String(pooled.n).padStart(4)} ${String(pooled.right).padStart(6)}  ${share(pooled)}  ${wilsonLower(pooled.right, pooled.n).toFixed(3)}  ${ok ? 'yes' : ''}`);
    for (const [key, c] of Object.entries(table)) {
      if (!key.startsWith(`${termRule} `)) continue;
      const support = key.slice(termRule.length + 1);
      lines.push(`  ${support.padEnd(46)} ${String(c.n).padStart(4)} ${String(c.right).padStart(6)}  ${share(c)}`);
      if (ok && support === 'corroborated') {
        sure.n += c.n;
        sure.right += c.right;
      }
    }
  }
  lines.push(`sure on these pages (trusted rule, value corroborated): ${sure.right} of ${sure.n} right (${share(sure)}); in-sample, the held-out check is bench:real`);
  return lines;
}

function render(table: Record<string, Counts>, pages: number): string {
  const rows = Object.entries(table).map(([k, c]) => `  '${k}': { n: ${c.n}, right: ${c.right} },`);
  return [
    '/**',
    ' * GENERATED by `npx tsx scripts/calibrate-confidence.ts` from the real tuning pages: do not edit by hand.',
    ` * Per reading profile ("term rule support", confidence.ts), over ${pages} tuning pages: how many strong readings`,
    ' * (rule score ≥ SURE, prose evidence, shown from text) the extractor gave, and how many of them equalled the label.',
    ' */',
    'export const MEASURED: Readonly<Record<string, { readonly n: number; readonly right: number }>> = {',
    ...rows,
    '};',
    '',
  ].join('\n');
}

main();
