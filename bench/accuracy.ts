/**
 * `npm run bench:accuracy`: runs extractTerms over the labelled corpus (test/corpus) and prints, per split, a table of
 * TP/FP/FN/precision/recall/F1 per term, the micro average, category accuracy and the misses with their evidence.
 *
 *   tsx bench/accuracy.ts [--split tuning|heldout|all] [--json] [--misses N] [--oracle]
 *
 * --oracle scores the labels against themselves (every figure must be 1.000): a check of the scorer and the corpus.
 * Always exits 0: the figures are for reading and for CI floors, not a pass/fail by themselves.
 */
import { extractTerms } from '../src/extract/extract-terms.js';
import { TERM_IDS, type TermId } from '../src/terms.js';
import { SPLITS, contentTypeOf, loadSplit, type LabelledText, type Split } from '../test/corpus/load-corpus.js';
import { scoreCorpus, scoreText, type CorpusScore, type Predicted } from './accuracy-score.js';
import { missLine, termTable } from './accuracy-table.js';

interface Options {
  readonly splits: Split[];
  readonly json: boolean;
  readonly misses: number;
  readonly oracle: boolean;
}

/** Misses listed per split unless --misses says otherwise: enough to see patterns, short enough to read. */
const DEFAULT_MISSES = 40;

function parseArgs(argv: string[]): Options {
  let split = 'all';
  let json = false;
  let misses = DEFAULT_MISSES;
  let oracle = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--oracle') oracle = true;
    else if (arg === '--split') split = argv[++i] ?? '';
    else if (arg?.startsWith('--split=')) split = arg.slice('--split='.length);
    else if (arg === '--misses' || arg?.startsWith('--misses=')) {
      const raw = arg === '--misses' ? argv[++i] : arg.slice('--misses='.length);
      misses = Number(raw);
      if (!Number.isInteger(misses) || misses < 0) fail(`--misses expects a whole number ≥ 0, got "${raw ?? ''}"`);
    } else fail(`unknown option "${arg}"; use --split tuning|heldout|all, --json, --misses N or --oracle`);
  }
  if (split !== 'all' && !(SPLITS as readonly string[]).includes(split)) fail(`--split expects tuning, heldout or all, got "${split}"`);
  return { splits: split === 'all' ? [...SPLITS] : [split as Split], json, misses, oracle };
}

function fail(message: string): never {
  process.stderr.write(`bench:accuracy: ${message}\n`);
  process.exit(2);
}

function predict(text: LabelledText, oracle: boolean): Predicted {
  if (oracle) {
    const terms: Predicted['terms'] = {};
    for (const [term, value] of Object.entries(text.expected.terms)) terms[term as TermId] = { value, evidence: '(label)' };
    return { category: text.expected.category, terms };
  }
  return extractTerms({ body: text.body, url: text.expected.url, contentType: contentTypeOf(text) });
}

function scoreSplit(split: Split, oracle: boolean): CorpusScore {
  const texts = loadSplit(split);
  return scoreCorpus(texts.map((t) => scoreText(t.file, t.expected, predict(t, oracle))));
}

const fmt = (n: number): string => n.toFixed(3);

function printSplit(split: Split, score: CorpusScore, maxMisses: number): void {
  const out: string[] = [];
  out.push(`\n== ${split}: ${score.texts} texts ==`);
  out.push(...termTable(score));
  out.push(`category accuracy: ${fmt(score.categoryAccuracy)}`);
  const shown = score.misses.slice(0, maxMisses);
  out.push(`\nmisses (${shown.length} of ${score.misses.length}):`);
  for (const miss of shown) out.push(missLine(miss));
  const categoryShown = score.categoryMisses.slice(0, maxMisses);
  out.push(`\ncategory misses (${categoryShown.length} of ${score.categoryMisses.length}):`);
  for (const c of categoryShown) out.push(`  ${c.file}  expected [${c.expected.join(', ')}]  got [${c.got.join(', ')}]`);
  process.stdout.write(out.join('\n') + '\n');
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const results: Partial<Record<Split, CorpusScore>> = {};
  for (const split of options.splits) results[split] = scoreSplit(split, options.oracle);
  if (options.json) {
    const trimmed = Object.fromEntries(
      Object.entries(results).map(([split, s]) => [
        split,
        { ...s, misses: s.misses.slice(0, options.misses), categoryMisses: s.categoryMisses.slice(0, options.misses) },
      ]),
    );
    process.stdout.write(JSON.stringify({ oracle: options.oracle, splits: trimmed }, null, 2) + '\n');
    return;
  }
  if (options.oracle) process.stdout.write('oracle mode: labels scored against themselves\n');
  for (const split of options.splits) printSplit(split, results[split] as CorpusScore, options.misses);
}

main();
