/**
 * The judge of a term's candidate readings (issue 11): the rules propose values; which one the page backs up best, and
 * whether it backs any up well enough to report, is learned from how the page states them, not from its words.
 *
 * Per term, the default (unscoped) candidates are grouped by value. Each value gets a few features saying how the page
 * backs it: the best rule's name and score, how many units and rules state it, how many rival values there are, the
 * kind of unit (heading, list item, table row, sentence, FAQ answer), whether its section or heading path names the
 * term's category, where it sits, whether it is the largest or smallest of the rivals, how long its sentence is. A
 * small logistic model (weights in judge-table.ts, written by scripts/train-judge.ts from the real TUNING pages) gives
 * each value the odds that it is the page's value; the best value is reported, and none when its odds are under the
 * table's threshold. Sets gathered from sentences (channels, refund methods) and joined hours are not judged: their
 * value is not one candidate's.
 *
 * A dev sink (observeJudge) sees every judged term's values with their features: what the training and headroom
 * scripts read. It is set only for the length of one synchronous call.
 */
import { categoryOf, type TermId } from '../terms.js';
import { topicsOf } from './classifier/topic-keywords.js';
import { JUDGE_TABLE, type JudgeTable } from './judge-table.js';
import type { Candidate } from './rule-types.js';

/** Terms whose reported value is not one candidate's value: never judged. */
const UNJUDGED = new Set<TermId>(['support.channels', 'returns.refund_method', 'support.hours']);
/** An FAQ answer joined to its question (extract-terms.ts toUnits): a question mark before the end of the unit. */
const FAQ_JOINED = /\?\s+\S/;

/** One value among a term's default candidates, with the features the model reads. */
export interface JudgedValue {
  readonly value: unknown;
  /** The value's strongest candidate: what is reported when the value wins. */
  readonly candidate: Candidate;
  readonly features: Readonly<Record<string, number>>;
  /** Whether the rules alone (highest score, earliest first) chose it. */
  readonly ruleChoice: boolean;
}

export type JudgeSink = (term: TermId, values: readonly JudgedValue[]) => void;
let sink: JudgeSink | undefined;

/** Runs `fn` with `observe` seeing every judged term (scripts only; extraction is synchronous, so this is scoped). */
export function observeJudge<T>(observe: JudgeSink, fn: () => T): T {
  const before = sink;
  sink = observe;
  try {
    return fn();
  } finally {
    sink = before;
  }
}

export interface Verdict {
  /** The candidate to report, or undefined when no value is backed up well enough. */
  readonly best: Candidate | undefined;
}

/**
 * The judge's verdict on a term's default candidates, given the rules' own choice. A term not judged, or a table with
 * no weights, keeps the rules' choice.
 */
export function judge(term: TermId, defaults: readonly Candidate[], ruleChoice: Candidate, table: JudgeTable = JUDGE_TABLE): Verdict {
  if (UNJUDGED.has(term) || defaults.length === 0) return { best: ruleChoice };
  const values = judgedValues(term, defaults, ruleChoice);
  sink?.(term, values);
  if (table.weights === undefined || Object.keys(table.weights).length === 0) return { best: ruleChoice };
  let top: JudgedValue | undefined;
  let topScore = -Infinity;
  for (const v of values) {
    const s = score(v.features, table.weights);
    // Ties keep the rules' choice: a judge with nothing to say changes nothing.
    if (s > topScore || (s === topScore && v.ruleChoice)) {
      top = v;
      topScore = s;
    }
  }
  if (top === undefined || sigmoid(topScore) < table.threshold) return { best: undefined };
  return { best: top.ruleChoice ? ruleChoice : top.candidate };
}

/** The model's odds that a value is the page's value. */
export function judgeOdds(features: Readonly<Record<string, number>>, table: JudgeTable = JUDGE_TABLE): number {
  return sigmoid(score(features, table.weights ?? {}));
}

function score(features: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>>): number {
  let s = weights.bias ?? 0;
  for (const [name, x] of Object.entries(features)) s += (weights[name] ?? 0) * x;
  return s;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The term's default candidates grouped by value, each with its features. */
export function judgedValues(term: TermId, defaults: readonly Candidate[], ruleChoice: Candidate): JudgedValue[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of defaults) {
    const key = JSON.stringify(c.value);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const category = categoryOf(term);
  const allUnits = new Set(defaults.map((c) => c.unit.order)).size;
  const rivals = groups.size - 1;
  const numbers = [...groups.values()].map((g) => g[0]!.value).filter((v): v is number => typeof v === 'number');
  const firstOrder = Math.min(...defaults.map((c) => c.unit.order));
  const lastOrder = Math.max(...defaults.map((c) => c.unit.order));
  const ruleKey = JSON.stringify(ruleChoice.value);
  const out: JudgedValue[] = [];
  for (const [key, group] of groups) {
    const top = group.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    const units = new Set(group.map((c) => c.unit.order)).size;
    const rules = new Set(group.map((c) => c.rule ?? ''));
    const unit = top.unit;
    const earliest = Math.min(...group.map((c) => c.unit.order));
    const topics = unit.headingPath.flatMap((h) => topicsOf(h));
    const f: Record<string, number> = {
      [`term:${term}`]: 1,
      [`rule:${top.rule ?? ''}`]: 1,
      score: top.confidence,
      units: Math.log1p(units),
      lone: units === 1 ? 1 : 0,
      rules: rules.size - 1,
      rivals: Math.log1p(rivals),
      rival: rivals > 0 ? 1 : 0,
      unitShare: units / allUnits,
      ruleChoice: key === ruleKey ? 1 : 0,
      [`kind:${FAQ_JOINED.test(unit.text) ? 'faq' : unit.kind}`]: 1,
      sectionMatch: unit.sectionTopic === category ? 1 : 0,
      sectionOther: unit.sectionTopic !== null && unit.sectionTopic !== category ? 1 : 0,
      pathMatch: topics.includes(category) ? 1 : 0,
      titleMatch: unit.headingPath.length > 0 && topicsOf(unit.headingPath[0]!).includes(category) ? 1 : 0,
      first: earliest === firstOrder ? 1 : 0,
      last: rivals > 0 && earliest === lastOrder ? 1 : 0,
      position: Math.log1p(earliest),
      length: Math.log1p(unit.text.length) / 5,
    };
    if (typeof top.value === 'number' && numbers.length > 1) {
      if (top.value === Math.max(...numbers)) f.largest = 1;
      if (top.value === Math.min(...numbers)) f.smallest = 1;
    }
    if (typeof top.value === 'boolean') f[`value:${term}=${top.value}`] = 1;
    out.push({ value: top.value, candidate: top, features: f, ruleChoice: key === ruleKey });
  }
  return out;
}
