/**
 * Honest confidence (issue 11, item 4): a prose reading is reported as sure (≥ SURE) only where that kind of reading
 * was MEASURED to be right and the page itself backs it up, not because a rule says so.
 *
 * A reading has a profile: the term, the rule that proposed the chosen candidate, and how the page backs it up (one
 * sentence; several sentences agreeing with no rival; a rival value elsewhere; a set gathered from sentences).
 * scripts/calibrate-confidence.ts runs the extractor over the real TUNING pages and counts, per profile, how many of
 * its strong readings were right; the counts are data in confidence-table.ts. A reading keeps its rule's score (the
 * ceiling) only when all of these hold:
 *  - the evidence reads as a sentence of prose, and so does the page as a whole (gibberish salted with policy words,
 *    in long lines or in short ones, never reaches SURE);
 *  - the rule's own score is already SURE or more (calibration lowers, it never raises);
 *  - the rule was measured on the term over at least MIN_SUPPORT readings, and the Wilson lower bound of its right
 *    share is at least TRUST_FLOOR — the bound, not the raw share, so ten right of ten is not taken as proof;
 *  - the page states the value in at least CORROBORATING units and proposes no rival value.
 * Why both of the last two: the rules were written against the tuning pages, so their share there overstates what they
 * do on pages nobody has read. Trust measured on single sentences did not carry over (processing times: 30 of 30 right
 * on tuning, 18 of 25 on the held-out pages); a trusted rule read twice on the page did (39 of 40 held-out).
 * A set gathered from several sentences (channels, refund methods) is never corroborated by any one of them.
 * Every other reading stays the page's best reading, capped below SURE, so the report marks it.
 */
import type { TermId } from '../terms.js';
import type { Candidate } from './rule-types.js';
import { MEASURED } from './confidence-table.js';

/** The confidence the report treats as sure. */
export const SURE = 0.8;
/** Where a reading whose profile is not measured trustworthy is capped: still the page's best reading, but marked. */
const UNTRUSTED_CAP = 0.75;
/** Where a reading from text that does not read as prose is capped. */
const UNREADABLE_CAP = 0.4;
/** Units (sentences, rows) that must state the same value before a reading counts as corroborated. */
const CORROBORATING = 2;
/** A profile is trusted only when measured on at least this many readings… */
export const MIN_SUPPORT = 10;
/** …and the lower Wilson bound of its right share reaches this… */
export const TRUST_FLOOR = 0.9;
/**
 * …and its measured share itself reaches what the report promises of a sure value (issue 11: 97 % right). The bound
 * alone let a rule right 94 % of the time on the tuning pages be shown as sure, and rules are never better on pages
 * they were not tuned on than on the ones they were.
 */
export const TRUST_SHARE = 0.97;
/** One standard error: the Wilson bound a rule's measured share must clear (≈ 84 % one-sided). */
const WILSON_Z = 1;

/** Short words every English sentence leans on; a long "sentence" with almost none of them is not prose. */
const FUNCTION_WORDS = new Set(
  'a an the to of and or but if in on at by for from with within after before over under as is are was be been will can may must do does not no we you your our us it its this that these those any all each per when once than then'.split(' '),
);
/** Lines this short ("Email: help@…", "Free shipping over $50") are labels or values, not sentences to judge. */
const MIN_WORDS_TO_JUDGE = 7;
/** At least this share of a longer line's words are function words in prose. */
const MIN_FUNCTION_SHARE = 0.12;

/** Whether a unit's text reads as a sentence (or is a short label line), not a word salad. */
export function readsAsProse(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length < MIN_WORDS_TO_JUDGE) return true;
  const fn = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  return fn / words.length >= MIN_FUNCTION_SHARE;
}

/** How the page backs a reading up. */
export type Support = 'corroborated' | 'single' | 'rival' | 'union';

/** What calibration is measured per and looked up by. */
export interface ReadingProfile {
  readonly term: TermId;
  /** The rule that proposed the chosen candidate (for a set: the rule, or "mixed" when several rules added to it). */
  readonly rule: string;
  readonly support: Support;
}

/** The key of a profile in the measured table. */
export function profileKey(p: ReadingProfile): string {
  return `${p.term} ${p.rule} ${p.support}`;
}

/** A reading's calibrated confidence and its profile (null when its evidence is not prose: never measured, never sure). */
export interface Calibration {
  readonly confidence: number;
  readonly profile: ReadingProfile | null;
}

/** Lower bound of the Wilson score interval for `right` of `n`. */
export function wilsonLower(right: number, n: number, z = WILSON_Z): number {
  if (n === 0) return 0;
  const p = right / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return (centre - spread) / (1 + z2 / n);
}

/** The measured counts of a rule on a term, over every way the page backed its readings up. */
export function measuredRule(term: TermId, rule: string, table: Readonly<Record<string, { readonly n: number; readonly right: number }>> = MEASURED): { n: number; right: number } {
  const prefix = `${term} ${rule} `;
  let n = 0;
  let right = 0;
  for (const [key, m] of Object.entries(table)) {
    if (!key.startsWith(prefix)) continue;
    n += m.n;
    right += m.right;
  }
  return { n, right };
}

/** Whether a rule's readings of a term were measured right often enough for a corroborated one to be shown as sure. */
export function trusted(profile: ReadingProfile, table: Readonly<Record<string, { readonly n: number; readonly right: number }>> = MEASURED): boolean {
  const m = measuredRule(profile.term, profile.rule, table);
  return m.n >= MIN_SUPPORT && m.right / m.n >= TRUST_SHARE && wilsonLower(m.right, m.n) >= TRUST_FLOOR;
}

export interface CalibrationContext {
  /** The term's value is a set gathered from sentences (channels, refund methods). */
  readonly union: boolean;
  /**
   * readsAsProse of the whole page's text: short salted lines are each too short to judge, their page is not. A
   * function, asked only of a reading that would otherwise be sure (most are not, and a page can be 2 MB).
   */
  readonly pageReadsAsProse: () => boolean;
}

/**
 * The confidence of the reading `best` among all default candidates of its term. `sameValue` says whether two
 * candidates state the same value (unions compare each candidate's own value).
 */
export function calibrated(best: Candidate, defaults: readonly Candidate[], sameValue: (a: Candidate, b: Candidate) => boolean, context: CalibrationContext): Calibration {
  const { union, pageReadsAsProse } = context;
  const unreadable = { confidence: Math.min(best.confidence, UNREADABLE_CAP), profile: null };
  if (!readsAsProse(best.unit.text)) return unreadable;
  const profile = profileOf(best, defaults, sameValue, union);
  const sure = best.confidence >= SURE && profile.support === 'corroborated' && trusted(profile);
  if (sure && !pageReadsAsProse()) return unreadable;
  const confidence = sure ? best.confidence : Math.min(best.confidence, UNTRUSTED_CAP);
  return { confidence, profile };
}

function profileOf(best: Candidate, defaults: readonly Candidate[], sameValue: (a: Candidate, b: Candidate) => boolean, union: boolean): ReadingProfile {
  const ruleOf = (c: Candidate): string => c.rule ?? 'unnamed';
  if (union) {
    const rules = new Set(defaults.map(ruleOf));
    return { term: best.term, rule: rules.size === 1 ? ruleOf(best) : 'mixed', support: 'union' };
  }
  const agreeing = new Set(defaults.filter((c) => sameValue(c, best) && readsAsProse(c.unit.text)).map((c) => c.unit.order)).size;
  const rival = defaults.some((c) => !sameValue(c, best));
  const support: Support = rival ? 'rival' : agreeing >= CORROBORATING ? 'corroborated' : 'single';
  return { term: best.term, rule: ruleOf(best), support };
}
