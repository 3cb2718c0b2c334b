/**
 * Prints what the labelled corpus covers: texts per split (HTML / plain text, size bands), texts per category, and for
 * every term how many texts of each split label it, flagging any below the floor (8 tuning, 5 held-out).
 *
 *   npx tsx scripts/corpus-stats.ts [--json]
 */
import { pathToFileURL } from 'node:url';
import { CATEGORIES, TERM_IDS, type TermId } from '../src/terms.js';
import { SPLITS, loadSplit, type LabelledText, type Split } from '../test/corpus/load-corpus.js';

/** Minimum texts per split that must label each term (issue 4): enough for a per-term figure to mean something. */
export const MIN_TEXTS_PER_TERM: Record<Split, number> = { tuning: 8, heldout: 5 };
/** Minimum texts per split. */
export const MIN_TEXTS: Record<Split, number> = { tuning: 110, heldout: 60 };

export interface SplitStats {
  readonly texts: number;
  readonly html: number;
  readonly txt: number;
  /** Texts by body size: < 1 KB, 1–8 KB, 8–50 KB, ≥ 50 KB. */
  readonly sizes: { readonly under1k: number; readonly k1to8: number; readonly k8to50: number; readonly over50k: number };
  readonly perCategory: Record<string, number>;
  readonly perTerm: Record<TermId, number>;
  /** Texts that label no term at all (fluff, placeholder templates). */
  readonly noTerms: number;
}

export function splitStats(texts: readonly LabelledText[]): SplitStats {
  const perTerm = Object.fromEntries(TERM_IDS.map((t) => [t, 0])) as Record<TermId, number>;
  const perCategory: Record<string, number> = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  const sizes = { under1k: 0, k1to8: 0, k8to50: 0, over50k: 0 };
  let noTerms = 0;
  for (const t of texts) {
    const bytes = Buffer.byteLength(t.body);
    if (bytes < 1024) sizes.under1k++;
    else if (bytes < 8 * 1024) sizes.k1to8++;
    else if (bytes < 50 * 1024) sizes.k8to50++;
    else sizes.over50k++;
    for (const c of t.expected.category) perCategory[c] = (perCategory[c] ?? 0) + 1;
    const labelled = Object.keys(t.expected.terms).filter((k): k is TermId => (TERM_IDS as readonly string[]).includes(k));
    if (labelled.length === 0) noTerms++;
    for (const term of labelled) perTerm[term]++;
  }
  return {
    texts: texts.length,
    html: texts.filter((t) => t.format === 'html').length,
    txt: texts.filter((t) => t.format === 'txt').length,
    sizes,
    perCategory,
    perTerm,
    noTerms,
  };
}

function main(): void {
  const stats = Object.fromEntries(SPLITS.map((s) => [s, splitStats(loadSplit(s))])) as Record<Split, SplitStats>;
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(stats, null, 2) + '\n');
    return;
  }
  const lines: string[] = [];
  for (const s of SPLITS) {
    const st = stats[s];
    const flag = st.texts < MIN_TEXTS[s] ? `  << below ${MIN_TEXTS[s]}` : '';
    lines.push(
      `${s}: ${st.texts} texts${flag} (${st.html} HTML, ${st.txt} plain text; <1KB ${st.sizes.under1k}, 1-8KB ${st.sizes.k1to8}, 8-50KB ${st.sizes.k8to50}, >=50KB ${st.sizes.over50k}; ${st.noTerms} state no term)`,
    );
    lines.push(`  categories: ${CATEGORIES.map((c) => `${c} ${st.perCategory[c]}`).join(', ')}`);
  }
  const width = Math.max(...TERM_IDS.map((t) => t.length));
  lines.push('', `${'term'.padEnd(width)}  ${SPLITS.map((s) => s.padStart(8)).join('')}`);
  const short: string[] = [];
  for (const term of TERM_IDS) {
    const cells = SPLITS.map((s) => {
      const n = stats[s].perTerm[term];
      if (n < MIN_TEXTS_PER_TERM[s]) short.push(`${term} in ${s} (${n} < ${MIN_TEXTS_PER_TERM[s]})`);
      return `${String(n).padStart(7)}${n < MIN_TEXTS_PER_TERM[s] ? '!' : ' '}`;
    });
    lines.push(`${term.padEnd(width)}  ${cells.join('')}`);
  }
  lines.push('', short.length === 0 ? `every term meets the floor (${SPLITS.map((s) => `${s} ≥ ${MIN_TEXTS_PER_TERM[s]}`).join(', ')})` : `below the floor: ${short.join('; ')}`);
  process.stdout.write(lines.join('\n') + '\n');
}

// Run only as a script, not when the corpus check test imports the floors and splitStats.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
