/**
 * The cache of real texts (test/real): page excerpts and reviews this project did not write, never committed.
 *
 *   npx tsx scripts/real-cache.ts import RESPONSE.json   write every result of a saved `search` answer into the cache
 *   npx tsx scripts/real-cache.ts check [pages|reviews]   what is cached, missing or changed, and how to get it again
 *   npx tsx scripts/real-cache.ts show SHA256 [--lines]  print one cached text (with line numbers for review labels)
 *   npx tsx scripts/real-cache.ts split SHOP             the split a shop's labels belong in (tuning or heldout)
 *
 * Filling the cache is done in a session that has the `search` look-up (corpus "pages"): run the label's exact query,
 * save the whole JSON answer to a file as it came (the excerpt strings keep their escapes, so a non-breaking space stays
 * one), and `import` it. Each excerpt is written byte for byte to <cache>/<sha256>.txt; `check` then compares hashes.
 * Exit status: 0, or 1 when a cached text no longer matches its label's hash or a label sits in the wrong split.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_KINDS, cacheSummary, loadRealSet, realCacheDir, sha256, splitOfShop, type RealKind } from '../bench/real-set.js';

interface SearchResult {
  readonly rank: number;
  readonly url: string;
  readonly excerpt: string;
}
interface SearchAnswer {
  readonly query: string;
  readonly corpus?: string;
  readonly results: SearchResult[];
}

function fail(message: string): never {
  process.stderr.write(`real-cache: ${message}\n`);
  process.exit(2);
}

/** A saved answer file may hold one answer object, an array of them, or one per line. */
function readAnswers(path: string): SearchAnswer[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    fail(`cannot read "${path}"; save the search answer (JSON) to that file first`);
  }
  const parse = (s: string): unknown => {
    try {
      return JSON.parse(s);
    } catch (error) {
      fail(`${path}: not JSON (${(error as Error).message}); save the answer exactly as the look-up returned it`);
    }
  };
  const trimmed = raw.trim();
  const values: unknown[] = trimmed.startsWith('[') ? (parse(trimmed) as unknown[]) : trimmed.includes('\n{') ? trimmed.split(/\n(?=\{)/).map(parse) : [parse(trimmed)];
  return values.map((v, i) => {
    const a = v as Partial<SearchAnswer>;
    if (typeof a.query !== 'string' || !Array.isArray(a.results)) fail(`${path}: answer ${i + 1} has no "query" and "results"; is it a search answer?`);
    return a as SearchAnswer;
  });
}

function importAnswers(path: string): void {
  const cache = realCacheDir();
  mkdirSync(cache, { recursive: true });
  for (const answer of readAnswers(path)) {
    process.stdout.write(`query: ${JSON.stringify(answer.query)}\n`);
    for (const r of answer.results) {
      if (typeof r.excerpt !== 'string' || typeof r.url !== 'string') continue;
      const hash = sha256(r.excerpt);
      const file = join(cache, `${hash}.txt`);
      if (!existsSync(file)) writeFileSync(file, r.excerpt, 'utf8');
      appendFileSync(join(cache, 'looked-up.jsonl'), JSON.stringify({ corpus: answer.corpus ?? 'pages', query: answer.query, rank: r.rank, url: r.url, sha256: hash }) + '\n');
      const nbsp = r.excerpt.includes('\u00a0') ? '  (holds U+00A0)' : '';
      process.stdout.write(`  rank ${String(r.rank).padStart(2)}  ${hash}  ${r.excerpt.split('\n').length} lines  ${r.url}${nbsp}\n`);
    }
  }
}

function check(kinds: readonly RealKind[]): void {
  let bad = 0;
  for (const kind of kinds) {
    const entries = loadRealSet(kind);
    process.stdout.write(`${kind}: ${entries.length} labels; ${cacheSummary(entries)}\n`);
    const seen = new Map<string, string>();
    for (const e of entries) {
      const want = splitOfShop(e.label.shop);
      if (want !== e.split) {
        bad++;
        process.stdout.write(`  wrong split  ${e.file}: shop ${e.label.shop} belongs in ${kind}/${want}/\n`);
      }
      const twin = seen.get(e.label.sha256);
      if (twin) process.stdout.write(`  duplicate    ${e.file} has the same text as ${twin}\n`);
      seen.set(e.label.sha256, e.file);
      if (e.cache === 'ok') continue;
      if (e.cache === 'hash-mismatch') bad++;
      const s = e.label.source;
      process.stdout.write(`  ${e.cache.padEnd(12)} ${e.file}: search corpus=${s.corpus} rank=${s.rank} query=${JSON.stringify(s.query)} url=${e.label.url}\n`);
    }
  }
  process.exitCode = bad > 0 ? 1 : 0;
}

function show(hash: string, numbered: boolean): void {
  const file = join(realCacheDir(), `${hash}.txt`);
  if (!existsSync(file)) fail(`${hash} is not cached in ${realCacheDir()}; import the look-up that returned it`);
  const text = readFileSync(file, 'utf8');
  process.stdout.write(numbered ? text.split('\n').map((l, i) => `${String(i).padStart(4)}  ${l}`).join('\n') + '\n' : text);
}

const [verb, arg, flag] = process.argv.slice(2);
if (verb === 'import' && arg) importAnswers(arg);
else if (verb === 'check') {
  if (arg !== undefined && !(REAL_KINDS as readonly string[]).includes(arg)) fail(`check takes "pages" or "reviews", got "${arg}"`);
  check(arg ? [arg as RealKind] : REAL_KINDS);
} else if (verb === 'show' && arg) show(arg, flag === '--lines');
else if (verb === 'split' && arg) process.stdout.write(`${splitOfShop(arg)}\n`);
else fail('usage: real-cache.ts import RESPONSE.json | check [pages|reviews] | show SHA256 [--lines] | split SHOP');
