/**
 * The features of a term's candidate values, for a learned judge of the rules' choices (issue 11, fourteenth round).
 *
 * Per term, the default (unscoped) candidates are grouped by value. Each value gets features saying how the page backs
 * it: the best rule's name and score, how many units and rules state it, how many rival values there are, the kind of
 * unit (heading, list item, table row, sentence, FAQ answer), whether its section or heading path names the term's
 * category, where it sits, whether it is the largest or smallest of the rivals, how long its sentence is. And, read
 * from the page's words through the word classes of statement-kind.ts (never a word itself as a feature), what kind
 * of statement backs it: `says:` the share of its units showing each kind, `clause:` the kinds of the sentence that
 * carries it. Sets gathered from sentences (channels, refund methods) and joined hours are left out: their value is not
 * one candidate's.
 *
 * Nothing here changes a reading: scripts/judge-data.ts takes each term's candidates from extractProfiled's `weighed`
 * and asks candidateValues for their features (scripts/judge-headroom.ts, scripts/judge-cv.ts, scripts/judge-kinds.ts).
 * A logistic judge over these features, cross-validated by shop on the real tuning pages, did not beat the rules' own
 * choice (DEVELOPERS.md), so no judge is applied.
 */
import { categoryOf, type TermId } from '../terms.js';
import { topicsOf } from './classifier/topic-keywords.js';
import { UNION_TERMS } from './extract-terms.js';
import type { Candidate } from './rule-types.js';
import { faqAnswer, statementKinds, valueSentence } from './statement-kind.js';
import type { StatementKind } from './statement-kind-words.js';

/** Whether a term's reported value is one candidate's value: not a set gathered from sentences, not joined hours. */
export function judgeable(term: TermId): boolean {
  return !UNION_TERMS.has(term) && term !== 'support.hours';
}

/** One value among a term's default candidates, with the features the model reads. */
export interface CandidateValue {
  readonly value: unknown;
  /** Among them `ruleChoice`: 1 when the rules alone (highest score, earliest first) chose the value. */
  readonly features: Readonly<Record<string, number>>;
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
    // The distinct units that state the value, by their order on the page.
    const byOrder = new Map<number, Candidate['unit']>();
    for (const c of group) if (!byOrder.has(c.unit.order)) byOrder.set(c.unit.order, c.unit);
    const units = byOrder.size;
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
    // What kind of statement backs the value (statement-kind.ts): the share of its units showing each kind, alone and
    // per category (a condition is the norm for who pays return postage, and a warning sign for a delivery time).
    const kindCounts = new Map<StatementKind, number>();
    for (const u of byOrder.values()) {
      for (const k of statementKinds(u.text, u.norm, category)) kindCounts.set(k, (kindCounts.get(k) ?? 0) + 1);
    }
    for (const [k, n] of kindCounts) {
      f[`says:${k}`] = n / units;
      f[`says:${k}@${category}`] = n / units;
    }
    // The kinds of the one sentence that carries the value in its best unit (the whole unit when it has no figure).
    const sentence = valueSentence(unit.norm, top.value);
    for (const k of statementKinds(sentence, sentence, category)) {
      f[`clause:${k}`] = 1;
      f[`clause:${k}@${category}`] = 1;
    }
    if (typeof top.value === 'number' && numbers.length > 1) {
      if (top.value === Math.max(...numbers)) f.largest = 1;
      if (top.value === Math.min(...numbers)) f.smallest = 1;
    }
    if (typeof top.value === 'boolean') f[`value:${term}=${top.value}`] = 1;
    out.push({ value: top.value, features: f });
  }
  return out;
}
