/**
 * The features of a term's candidate values, for a learned judge of the rules' choices (issue 11, fourteenth round).
 *
 * Per term, the default (unscoped) candidates are grouped by value. Each value gets features saying how the page backs
 * it, never the page's words: the best rule's name and score, how many units and rules state it, how many rival values
 * there are, the kind of unit (heading, list item, table row, sentence, FAQ answer), whether its section or heading path
 * names the term's category, where it sits, whether it is the largest or smallest of the rivals, how long its sentence
 * is. Sets gathered from sentences (channels, refund methods) and joined hours are left out: their value is not one
 * candidate's.
 *
 * Nothing here changes a reading. extract-terms.ts hands every term's candidates to observeCandidates, which does
 * nothing unless a script set a sink (scripts/judge-headroom.ts, scripts/judge-cv.ts). A logistic judge over these
 * features, cross-validated by shop on the real tuning pages, did not beat the rules' own choice (DEVELOPERS.md), so
 * no judge is applied.
 */
import { categoryOf, type TermId } from '../terms.js';
import { topicsOf } from './classifier/topic-keywords.js';
import type { Candidate } from './rule-types.js';

/** Terms whose reported value is not one candidate's value (a set, joined hours): not observed. */
const SET_VALUED = new Set<TermId>(['support.channels', 'returns.refund_method', 'support.hours']);
/** An FAQ answer joined to its question (extract-terms.ts toUnits): a question mark before the end of the unit. */
function faqAnswer(text: string): boolean {
  const q = text.indexOf('?');
  return q >= 0 && q < text.trimEnd().length - 1;
}

/** One value among a term's default candidates, with the features the model reads. */
export interface CandidateValue {
  readonly value: unknown;
  /** The value's strongest candidate: what a judge would report if the value won. */
  readonly candidate: Candidate;
  readonly features: Readonly<Record<string, number>>;
  /** Whether the rules alone (highest score, earliest first) chose it. */
  readonly ruleChoice: boolean;
}

export type CandidateSink = (term: TermId, values: readonly CandidateValue[]) => void;
let sink: CandidateSink | undefined;

/** Runs `fn` with `observe` seeing every judged term's values (scripts only; extraction is synchronous, so this is scoped). */
export function withCandidateSink<T>(observe: CandidateSink, fn: () => T): T {
  const before = sink;
  sink = observe;
  try {
    return fn();
  } finally {
    sink = before;
  }
}

/** Hands a term's default candidates, with the rules' choice, to the sink when one is set; otherwise does nothing. */
export function observeCandidates(term: TermId, defaults: readonly Candidate[], ruleChoice: Candidate): void {
  if (sink === undefined || SET_VALUED.has(term) || defaults.length === 0) return;
  sink(term, candidateValues(term, defaults, ruleChoice));
}

/** The term's default candidates grouped by value, each with its features. */
export function candidateValues(term: TermId, defaults: readonly Candidate[], ruleChoice: Candidate): CandidateValue[] {
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
  const out: CandidateValue[] = [];
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
      [`kind:${faqAnswer(unit.text) ? 'faq' : unit.kind}`]: 1,
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
