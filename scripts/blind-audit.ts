/**
 * A blind, paired audit of two versions of the extractor on real pages nobody has used (DEVELOPERS.md, "Judging a
 * round on unseen pages"). Held-out labels say whether the rules reach pages they were not fitted on, but they are few
 * per term; a blind audit adds pages cheaply: one person collects fresh policy pages, both versions read them, and the
 * person judges every value without knowing which version read it.
 *
 *   npx tsx scripts/blind-audit.ts run DIR --old CHECKOUT --new CHECKOUT
 *       DIR holds NN.txt (the excerpts, outside the repository) and index.tsv (header, then file<TAB>url<TAB>query).
 *       Prints each distinct (file, term, value) either version reads, with its evidence, and no version; the key of
 *       which version read what goes to DIR.key.json, beside DIR, for `score` only.
 *   npx tsx scripts/blind-audit.ts score DIR
 *       Reads DIR/judgments.tsv (file<TAB>term<TAB>value as printed<TAB>right|wrong|unsure; a first line
 *       file<TAB>term<TAB>value<TAB>verdict is a header) and prints each version's
 *       values, wrong, unsure and precision, in total and per term; values nobody judged are counted apart.
 *
 * CHECKOUT is a worktree of the commit to read with (`git worktree add --detach /tmp/old <commit>`, with node_modules).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { guardStdio } from '../src/cli/output.js';

type Side = 'old' | 'new';
const SIDES: readonly Side[] = ['old', 'new'];
type Reading = { readonly value: unknown; readonly evidence: string };
type ExtractTerms = (page: { body: string; url: string; contentType: string }) => { terms: Record<string, Reading | undefined> };
/** Per page, per version: term → the value as printed (JSON). */
type Key = Record<string, Record<Side, Record<string, string>>>;
type Verdict = 'right' | 'wrong' | 'unsure';
const VERDICTS: readonly string[] = ['right', 'wrong', 'unsure'];

function fail(message: string): never {
  process.stderr.write(`blind-audit: ${message}\n`);
  process.exit(2);
}

const keyFile = (dir: string): string => `${resolve(dir)}.key.json`;

function pages(dir: string): { file: string; url: string }[] {
  let index: string;
  try {
    index = readFileSync(join(dir, 'index.tsv'), 'utf8');
  } catch {
    fail(`${join(dir, 'index.tsv')} is missing: write one line per page, file<TAB>url<TAB>query, under a header line`);
  }
  const urls = new Map(index.trim().split('\n').slice(1).map((line) => line.split('\t') as [string, string]));
  return readdirSync(dir)
    .filter((f) => /^\d+\.txt$/.test(f))
    .sort()
    .map((file) => ({ file, url: urls.get(file) ?? '' }));
}

async function extractorOf(checkout: string): Promise<ExtractTerms> {
  const module = (await import(pathToFileURL(join(resolve(checkout), 'src/extract/extract-terms.ts')).href)) as { extractTerms?: ExtractTerms };
  if (!module.extractTerms) fail(`${checkout} has no src/extract/extract-terms.ts exporting extractTerms: give a checkout of this project`);
  return module.extractTerms;
}

async function run(dir: string, checkouts: Record<Side, string>): Promise<void> {
  const extract = { old: await extractorOf(checkouts.old), new: await extractorOf(checkouts.new) };
  const key: Key = {};
  const out: string[] = [];
  for (const { file, url } of pages(dir)) {
    const body = readFileSync(join(dir, file), 'utf8');
    const read = { old: extract.old({ body, url, contentType: 'text/plain' }).terms, new: extract.new({ body, url, contentType: 'text/plain' }).terms };
    key[file] = { old: {}, new: {} };
    out.push(`\n=== ${file} ${url}`);
    const terms = [...new Set([...Object.keys(read.old), ...Object.keys(read.new)])].sort();
    for (const term of terms) {
      // One line per distinct value: a value both versions read is judged once, and the order says nothing of the version.
      const evidence = new Map<string, string>();
      for (const side of SIDES) {
        const reading = read[side][term];
        if (!reading) continue;
        const value = JSON.stringify(reading.value);
        key[file]![side][term] = value;
        if (!evidence.has(value)) evidence.set(value, reading.evidence);
      }
      for (const [value, said] of [...evidence].sort(([a], [b]) => a.localeCompare(b))) {
        out.push(`${file}\t${term}\t${value}\n      evidence: ${said.slice(0, 260).replace(/\s+/g, ' ')}`);
      }
    }
  }
  writeFileSync(keyFile(dir), JSON.stringify(key));
  process.stdout.write(out.join('\n') + '\n');
}

function score(dir: string): void {
  let key: Key;
  let judged: string;
  try {
    key = JSON.parse(readFileSync(keyFile(dir), 'utf8')) as Key;
    judged = readFileSync(join(dir, 'judgments.tsv'), 'utf8');
  } catch (error) {
    fail(`${(error as NodeJS.ErrnoException).path ?? dir} is missing: run \`run\` first, then write judgments.tsv`);
  }
  const verdicts = new Map<string, Verdict>();
  judged.split('\n').forEach((line, i) => {
    const [file, term, value, verdict] = line.split('\t').map((cell) => cell.trim());
    if (!line.trim() || (i === 0 && verdict === 'verdict')) return; // a blank line, or a header
    if (!file || !term || !value || !VERDICTS.includes(verdict ?? '')) fail(`judgments.tsv line ${i + 1}: expected file<TAB>term<TAB>value<TAB>right|wrong|unsure (a first line ending in <TAB>verdict is a header)`);
    verdicts.set(`${file}\t${term}\t${value}`, verdict as Verdict);
  });
  for (const side of SIDES) {
    const perTerm = new Map<string, { values: number; wrong: number; unsure: number; unjudged: number }>();
    for (const [file, read] of Object.entries(key)) {
      for (const [term, value] of Object.entries(read[side])) {
        const counts = perTerm.get(term) ?? { values: 0, wrong: 0, unsure: 0, unjudged: 0 };
        const verdict = verdicts.get(`${file}\t${term}\t${value}`);
        counts.values++;
        if (verdict === undefined) counts.unjudged++;
        else if (verdict !== 'right') counts[verdict]++;
        perTerm.set(term, counts);
      }
    }
    const total = { values: 0, wrong: 0, unsure: 0, unjudged: 0 };
    for (const c of perTerm.values()) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += c[k];
    const judgedValues = total.values - total.unsure - total.unjudged;
    const precision = judgedValues === 0 ? '—' : ((judgedValues - total.wrong) / judgedValues).toFixed(3);
    process.stdout.write(
      `${side}: ${total.values} values, ${total.wrong} wrong, ${total.unsure} unsure, ${total.unjudged} unjudged: precision ${precision}\n  ` +
        [...perTerm].sort(([a], [b]) => a.localeCompare(b)).map(([t, c]) => `${t} ${c.values}/${c.wrong}${c.unjudged ? ` (${c.unjudged} unjudged)` : ''}`).join(', ') +
        '\n',
    );
  }
}

async function main(): Promise<void> {
  guardStdio(); // `score DIR | head -1` stops reading: silence, not a stack trace
  const [command, dir, ...rest] = process.argv.slice(2);
  if (!dir || (command !== 'run' && command !== 'score')) fail('use `run DIR --old CHECKOUT --new CHECKOUT` or `score DIR`');
  if (command === 'score') return score(dir);
  let checkouts: { old?: string; new?: string };
  try {
    ({ values: checkouts } = parseArgs({ args: rest, options: { old: { type: 'string' }, new: { type: 'string' } } }));
  } catch (error) {
    fail(`${(error as Error).message}; use --old CHECKOUT --new CHECKOUT`);
  }
  if (!checkouts.old || !checkouts.new) fail('run needs both --old CHECKOUT and --new CHECKOUT');
  await run(dir, { old: checkouts.old, new: checkouts.new });
}

await main();
