/**
 * Honest confidence (issue 11, item 4): a prose reading is reported as sure (≥ SURE) only when the page backs it up.
 *
 * Measured on the real tuning pages, a single sentence read by a rule is right about seven times in ten whatever the
 * rule's own score says; a value the page states in two or more places with no rival value is right far more often.
 * So a rule's score is a ceiling, and the page decides whether the reading keeps it:
 *  - the evidence must read as a sentence of prose (gibberish salted with policy words never reaches SURE);
 *  - the value must be stated by at least CORROBORATING units, and no unit may propose a different default value.
 *  - a set gathered from several sentences (channels, refund methods) is never sure from prose alone.
 * Below that the reading stays, marked unsure (the report marks values under SURE).
 */
import type { Candidate } from './rule-types.js';

/** The confidence the report treats as sure. */
export const SURE = 0.8;
/** Where an uncorroborated reading is capped: still the page's best reading, but marked. */
const UNCORROBORATED_CAP = 0.75;
/** Where a reading from text that does not read as prose is capped. */
const UNREADABLE_CAP = 0.4;
/** Units (sentences, rows) that must state the same value before a reading may stay sure. */
const CORROBORATING = 2;

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

/**
 * The confidence of the reading `best` among all default candidates of its term. `sameValue` says whether two
 * candidates state the same value (unions compare each candidate's own value).
 */
export function calibrated(best: Candidate, defaults: readonly Candidate[], sameValue: (a: Candidate, b: Candidate) => boolean, union = false): number {
  if (!readsAsProse(best.unit.text)) return Math.min(best.confidence, UNREADABLE_CAP);
  // A set gathered from several sentences (channels, refund methods) cannot be shown complete by any one of them.
  if (union) return Math.min(best.confidence, UNCORROBORATED_CAP);
  const agreeing = new Set(defaults.filter((c) => sameValue(c, best) && readsAsProse(c.unit.text)).map((c) => c.unit.order)).size;
  const rival = defaults.some((c) => !sameValue(c, best));
  if (agreeing < CORROBORATING || rival) return Math.min(best.confidence, UNCORROBORATED_CAP);
  return best.confidence;
}
