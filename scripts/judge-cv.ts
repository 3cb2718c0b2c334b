/**
 * `npx tsx scripts/judge-cv.ts [--in-house] [--backing-only] [--drop-only] [--kinds unit|sentence|all] [--kinds-only] [--l2 X --threshold T] [--heldout]`: would a learned
 * judge of the rules' candidate values beat the rules' own choice? Cross-validated on the real TUNING pages; writes
 * nothing (the fourteenth round found it did not pay: DEVELOPERS.md). `--heldout` then scores the final model on the
 * held-out pages, in summary only: run it once per design, after the design is fixed on tuning.
 *
 * Every value among a term's default candidates is one example: its features (src/extract/candidate-features.ts), and
 * whether it equals the page's label (a value on a page whose label says nothing of the term is wrong). The model is a
 * logistic regression with an L2 penalty, fitted by full-batch gradient descent from zero (deterministic). Per term the
 * value with the highest odds is reported, none when those odds are under a threshold. The penalty and the threshold
 * are chosen by cross-validation BY SHOP: each fold's pages are judged by a model that never saw their shop, and the
 * folds' readings are scored together as bench:real scores them (micro-F1 over every term). Designs: `--in-house` adds
 * the in-house tuning corpus to each fold's training examples (never to the scored pages); `--backing-only` leaves out
 * the features that name a rule, term or value; `--drop-only` keeps the rules' choice and only decides whether to
 * report it. The held-out pages are never read here.
 *
 * Needs the real-text cache (SERVICEDIFF_REAL_CACHE, DEVELOPERS.md).
 */
import { parseArgs } from 'node:util';
import { ratios, type Counts } from '../bench/accuracy-score.js';
import { sha256 } from '../bench/real-set.js';
import type { CandidateValue } from '../src/extract/candidate-features.js';
import { TERM_IDS, type TermId } from '../src/terms.js';
import { countReadings, inHousePages, realPages, ruleChoices, type PageRecord } from './judge-data.js';

const FOLDS = 5;
const L2_GRID = [0.001, 0.003, 0.01, 0.03, 0.1];
const THRESHOLD_GRID = [0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
const STEPS = 1500;
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const RATE = 0.5;

type Weights = Record<string, number>;
interface Example {
  readonly x: Readonly<Record<string, number>>;
  readonly y: number;
}

/** With --drop-only, the judge keeps the rules' choice and only decides whether to report it. */
let dropOnly = false;
/**
 * Which features the model is fitted on. By default those of the fourteenth round (how the page backs a value); with
 * --kinds also the kinds of statement that back it (statement-kind.ts: of every backing unit, `says:…`, or of the
 * sentence carrying the value, `clause:…`); with --kinds-only those kinds and whether the rules chose the value,
 * nothing else. --backing-only leaves out the features that name a rule, a term or
 * a value.
 */
let keepFeature = (name: string): boolean => !STATEMENT_KIND_FEATURE.test(name);
const NAMED = /^(?:rule|term|value):/;
/** The features of what kind of statement backs a value (statement-kind.ts), not `kind:`, the kind of unit. */
const STATEMENT_KIND_FEATURE = /^(?:says|clause):/;
/** --kinds unit: the kinds of every backing unit (`says:`); sentence: of the sentence carrying the value (`clause:`); all: both. */
const KIND_SETS: Readonly<Record<string, RegExp>> = { unit: /^says:/, sentence: /^clause:/, all: STATEMENT_KIND_FEATURE };

/** A value's features as the model is fitted on them (--backing-only leaves the named ones out). */
const featuresOf = (v: CandidateValue): Record<string, number> => Object.fromEntries(Object.entries(v.features).filter(([n]) => keepFeature(n)));
/** Whether the rules alone chose the value. */
const ruleChoice = (v: CandidateValue): boolean => v.features.ruleChoice === 1;

function examples(pages: readonly PageRecord[]): Example[] {
  const out: Example[] = [];
  for (const page of pages) {
    for (const [term, values] of Object.entries(page.judged) as [TermId, readonly CandidateValue[]][]) {
      for (const v of values) out.push({ x: featuresOf(v), y: page.right(term, v.value) === true ? 1 : 0 });
    }
  }
  return out;
}

/** Logistic regression, mean log-loss plus l2/2 · |w|² (the bias unpenalised), by gradient descent from zero. */
function fit(data: readonly Example[], l2: number): Weights {
  const names = [...new Set(data.flatMap((e) => Object.keys(e.x)))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = data.map((e) => ({ idx: Object.keys(e.x).map((n) => index.get(n)!), val: Object.values(e.x), y: e.y }));
  const w = new Float64Array(names.length);
  let bias = 0;
  const grad = new Float64Array(names.length);
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    let gBias = 0;
    for (const r of rows) {
      let z = bias;
      for (let i = 0; i < r.idx.length; i++) z += w[r.idx[i]!]! * r.val[i]!;
      const err = sigmoid(z) - r.y;
      gBias += err;
      for (let i = 0; i < r.idx.length; i++) grad[r.idx[i]!]! += err * r.val[i]!;
    }
    bias -= (RATE * gBias) / rows.length;
    for (let j = 0; j < w.length; j++) w[j]! -= RATE * (grad[j]! / rows.length + l2 * w[j]!);
  }
  return Object.fromEntries([['bias', bias], ...names.map((n, j) => [n, w[j]!])]);
}

const scoreOf = (x: Readonly<Record<string, number>>, w: Weights): number => {
  let z = w.bias ?? 0;
  for (const [n, v] of Object.entries(x)) z += (w[n] ?? 0) * v;
  return z;
};

/** A page's readings scored as bench:real scores them, with the judged terms' readings decided by the model. */
function tally(page: PageRecord, w: Weights | undefined, threshold: number, into: Counts): void {
  const dropped = new Set<TermId>();
  const decided = new Map<TermId, unknown>();
  for (const term of TERM_IDS) {
    const reading = page.result.terms[term];
    const values = page.judged[term];
    if (!w || !values || !reading || reading.source !== 'text') continue;
    let top: CandidateValue | undefined;
    let best = -Infinity;
    for (const v of values) {
      if (dropOnly && !ruleChoice(v)) continue;
      const s = scoreOf(v.features, w);
      if (s > best || (s === best && ruleChoice(v))) [top, best] = [v, s];
    }
    if (!top || sigmoid(best) < threshold) dropped.add(term);
    else decided.set(term, top.value);
  }
  countReadings(page, (term) => (dropped.has(term) ? undefined : decided.has(term) ? decided.get(term) : page.result.terms[term]?.value), into);
}

const f1 = (t: Counts): number => ratios(t).f1;
const fmt = (t: Counts): string => `F1 ${f1(t).toFixed(4)} P ${ratios(t).precision.toFixed(3)} (TP ${t.tp} FP ${t.fp} FN ${t.fn})`;
const foldOf = (shop: string): number => Number.parseInt(sha256(`judge-fold:${shop}`).slice(0, 8), 16) % FOLDS;

function main(): void {
  const { values } = parseArgs({
    options: {
      'in-house': { type: 'boolean' },
      'drop-only': { type: 'boolean' },
      'backing-only': { type: 'boolean' },
      kinds: { type: 'string' },
      'kinds-only': { type: 'boolean' },
      heldout: { type: 'boolean' },
      l2: { type: 'string' },
      threshold: { type: 'string' },
    },
  });
  dropOnly = values['drop-only'] === true;
  const kinds = values.kinds === undefined ? undefined : KIND_SETS[values.kinds];
  if (values.kinds !== undefined && !kinds) throw new Error(`--kinds expects unit, sentence or all, got "${values.kinds}"`);
  if (kinds) keepFeature = (name) => !STATEMENT_KIND_FEATURE.test(name) || kinds.test(name);
  if (values['kinds-only']) keepFeature = (name) => (kinds ?? STATEMENT_KIND_FEATURE).test(name) || name === 'ruleChoice';
  if (values['backing-only']) {
    const before = keepFeature;
    keepFeature = (name) => before(name) && !NAMED.test(name);
  }
  const tuning = realPages('tuning');
  if (tuning.length === 0) {
    process.stdout.write('judge-cv: no cached tuning text (fill the cache as DEVELOPERS.md says)\n');
    return;
  }
  const extra = values['in-house'] ? examples(inHousePages('tuning')) : [];
  process.stdout.write(`real tuning pages: ${tuning.length}, ${examples(tuning).length} candidate values; in-house examples added: ${extra.length}\n`);
  const base: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const page of tuning) tally(page, undefined, 0, base);
  process.stdout.write(`rules alone:            ${fmt(base)}\n`);
  // Cross-validation by shop: every page is judged by a model trained without its shop.
  const folds = Array.from({ length: FOLDS }, (_, k) => tuning.filter((p) => foldOf(p.shop) === k));
  const foldExamples = folds.map(examples);
  const trainingFor = (k: number): Example[] => [...foldExamples.flatMap((ex, j) => (j === k ? [] : ex)), ...extra];
  let chosen = { l2: Number(values.l2 ?? NaN), threshold: Number(values.threshold ?? NaN), f1: -1 };
  for (const l2 of L2_GRID) {
    const models = folds.map((_, k) => fit(trainingFor(k), l2));
    const line: string[] = [];
    for (const threshold of THRESHOLD_GRID) {
      const t: Counts = { tp: 0, fp: 0, fn: 0 };
      folds.forEach((pages, k) => pages.forEach((p) => tally(p, models[k], threshold, t)));
      line.push(`t${threshold} ${f1(t).toFixed(4)}/${ratios(t).precision.toFixed(3)}`);
      if (Number.isNaN(Number(values.l2)) && f1(t) > chosen.f1 + 1e-9) chosen = { l2, threshold, f1: f1(t) };
    }
    process.stdout.write(`CV l2 ${l2}: ${line.join('  ')}\n`);
  }
  // How the out-of-fold odds of the rules' own choices sort right from wrong: dropping pays only where a reading is
  // right less often than about F1/2 of the time (each dropped value costs its right share twice over).
  const models = folds.map((_, k) => fit(trainingFor(k), Number.isNaN(chosen.l2) ? L2_GRID[1]! : chosen.l2));
  const bins = [0, 0.3, 0.45, 0.6, 0.8, 0.9, 1.01].slice(1).map((hi, i, all) => ({ lo: i === 0 ? 0 : all[i - 1]!, hi, n: 0, right: 0 }));
  folds.forEach((pages, k) => {
    for (const { page, term, choice } of ruleChoices(pages)) {
      const p = sigmoid(scoreOf(featuresOf(choice), models[k]!));
      const bin = bins.find((b) => p >= b.lo && p < b.hi)!;
      bin.n++;
      if (page.right(term, choice.value) === true) bin.right++;
    }
  });
  process.stdout.write(`out-of-fold odds of the rules' choices: ${bins.map((b) => `[${b.lo}, ${Math.min(1, b.hi)}) ${b.right}/${b.n}`).join('  ')}\n`);
  process.stdout.write(`chosen: l2 ${chosen.l2}, threshold ${chosen.threshold} (CV F1 ${chosen.f1.toFixed(4)} vs rules alone ${f1(base).toFixed(4)})\n`);
  const weights = fit([...examples(tuning), ...extra], chosen.l2);
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const page of tuning) tally(page, weights, chosen.threshold, all);
  process.stdout.write(`in-sample with the final model: ${fmt(all)}\n`);
  const top = Object.entries(weights)
    .sort(([, a], [, b]) => Math.abs(b) - Math.abs(a))
    .slice(0, 12)
    .map(([n, v]) => `${n} ${v.toFixed(2)}`);
  process.stdout.write(`largest weights: ${top.join(', ')}\n`);
  if (values.heldout) {
    // Held-out: once per design, with the CV-chosen penalty and threshold, in summary only (never a page or a miss).
    const heldout = realPages('heldout');
    const rules: Counts = { tp: 0, fp: 0, fn: 0 };
    const judged: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const page of heldout) {
      tally(page, undefined, 0, rules);
      tally(page, weights, chosen.threshold, judged);
    }
    process.stdout.write(`held-out (${heldout.length} pages): rules alone ${fmt(rules)} -> judged ${fmt(judged)}\n`);
  }
}

main();
