/**
 * What kind of statement a unit is, and whose policy it states (issue 11, fifteenth round): a condition, a possibility,
 * a third party's rule, another policy, a story, a question, a hedge or an aim, an example, one option among several,
 * a label fragment, the shopper's duty. The fourteenth round found that how a page BACKS a reading does not sort its
 * right values from its wrong ones; these are the words that might. The tables are statement-kind-words.ts; this file
 * only reads them, as Set look-ups over the unit's words (one, two and three words at a time, and stems).
 */
import type { Category } from '../terms.js';
import { topicsOf } from './classifier/topic-keywords.js';
import { scopeOf } from './language/scope.js';
import { HEDGED, SHOP_VOICE } from './language/voice-words.js';
import {
  AIM_WORDS,
  CONDITION_WORDS,
  CUSTOMER_DUTY_WORDS,
  EXAMPLE_WORDS,
  MODAL_WORDS,
  NARRATIVE_WORDS,
  OPTION_WORDS,
  OTHER_POLICY_WORDS,
  QUESTION_OPENERS,
  THIRD_PARTY_WORDS,
  type StatementKind,
} from './statement-kind-words.js';

/** A table as look-ups: its words and phrases, and its stems (entries ending in '*'). */
interface WordClass {
  readonly words: ReadonlySet<string>;
  readonly stems: readonly string[];
}
function wordClass(entries: readonly string[]): WordClass {
  return { words: new Set(entries.filter((e) => !e.endsWith('*'))), stems: entries.filter((e) => e.endsWith('*')).map((e) => e.slice(0, -1)) };
}
const CONDITION = wordClass(CONDITION_WORDS);
const QUESTION = wordClass(QUESTION_OPENERS);
const CLASSES: ReadonlyArray<readonly [StatementKind, WordClass]> = [
  ['conditional', CONDITION],
  ['modal', wordClass(MODAL_WORDS)],
  ['thirdParty', wordClass(THIRD_PARTY_WORDS)],
  ['otherPolicy', wordClass(OTHER_POLICY_WORDS)],
  ['narrative', wordClass(NARRATIVE_WORDS)],
  ['aim', wordClass(AIM_WORDS)],
  ['example', wordClass(EXAMPLE_WORDS)],
  ['option', wordClass(OPTION_WORDS)],
  ['customerDuty', wordClass(CUSTOMER_DUTY_WORDS)],
];

/**
 * The unit's words in order: letters and figures, with inner apostrophes, dots and hyphens ("e.g", "pre-order"), and
 * "&". The text is the unit's normalised form (normaliseUnitText: lower case, curly apostrophes made straight).
 */
const WORD = /[a-z0-9]+(?:['.-][a-z0-9]+)*|&/g;
function wordsOf(norm: string): string[] {
  return norm.match(WORD) ?? [];
}

/** The longest entry of the tables, in words: look-ups join at most this many. */
const MAX_PHRASE = Math.max(...[...CLASSES.map(([, c]) => c), QUESTION].flatMap((c) => [...c.words].map((e) => wordsOf(e).length)));

/** Whether the words from `at` start an entry of the class (a word, a phrase of up to MAX_PHRASE words, or a stem). */
function startsEntry(words: readonly string[], at: number, c: WordClass): boolean {
  let phrase = '';
  for (let n = 0; n < MAX_PHRASE && at + n < words.length; n++) {
    phrase = n === 0 ? words[at]! : `${phrase} ${words[at + n]!}`;
    if (c.words.has(phrase)) return true;
  }
  const w = words[at]!;
  return c.stems.some((s) => w.startsWith(s));
}
function anywhere(words: readonly string[], c: WordClass): boolean {
  for (let i = 0; i < words.length; i++) if (startsEntry(words, i, c)) return true;
  return false;
}

/** An FAQ answer joined to its question (extract-terms.ts toUnits): a question mark before the end of the unit. */
export function faqAnswer(text: string): boolean {
  const q = text.indexOf('?');
  return q >= 0 && q < text.trimEnd().length - 1;
}

/** A unit shorter than this many words states no whole policy: a label, a heading's fragment, a menu item. */
const FRAGMENT_WORDS = 5;

/**
 * The kinds a unit shows. `text` is the unit as written (its question mark, its closing colon), `norm` its lower-case
 * form; `category`, when given, is the term's own, so that a unit naming only another policy topic says `otherTopic`.
 */
export function statementKinds(text: string, norm: string, category?: Category): Set<StatementKind> {
  const words = wordsOf(norm);
  const out = new Set<StatementKind>();
  for (const [kind, c] of CLASSES) if (anywhere(words, c)) out.add(kind);
  if (words.length > 0 && startsEntry(words, 0, CONDITION)) out.add('leadingCondition');
  // A question asks: its mark ends the unit, or its opening words ask. An FAQ answer joined to its question answers.
  if (!faqAnswer(text) && (text.trimEnd().endsWith('?') || (words.length > 0 && startsEntry(words, 0, QUESTION)))) out.add('question');
  if (HEDGED.test(norm)) out.add('hedge');
  if (scopeOf(norm) !== undefined) out.add('scope');
  if (SHOP_VOICE.test(norm)) out.add('shopVoice');
  if (words.length < FRAGMENT_WORDS || text.trimEnd().endsWith(':')) out.add('fragment');
  if (category !== undefined) {
    const topics = topicsOf(text);
    if (topics.length > 0 && !topics.includes(category)) out.add('otherTopic');
  }
  return out;
}

/** Where one sentence ends inside a unit: a full stop, "!", "?" or ";" before a space or the end ("75.01" goes on). */
const SENTENCE_END = /[.!?;](?=\s|$)/g;

/** The larger units a duration may be written in: weeks for days, years for months, days for hours. */
const LARGER_UNITS = [7, 12, 24];

/**
 * The figures a value is written with: its number, a range's ends, an amount, a percent, a clock hour (and its 12-hour
 * form). A duration (a term's plain number, a range's ends) is also the same quantity in the larger units a page may
 * have used ("2 years" for 24 months, "3 weeks" for 21 days); an amount, a percent or a clock hour is not.
 */
export function figuresOf(value: unknown): number[] {
  const out = new Set<number>();
  const duration = (n: number): void => {
    out.add(n);
    for (const per of LARGER_UNITS) if (n >= per && n % per === 0) out.add(n / per);
  };
  if (typeof value === 'number') duration(value);
  else if (typeof value === 'string' && /^\d{1,2}:\d{2}$/.test(value)) {
    const h = Number(value.slice(0, value.indexOf(':')));
    out.add(h).add(h > 12 ? h - 12 : h);
  } else if (value !== null && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    for (const k of ['min', 'max'] as const) if (typeof v[k] === 'number') duration(v[k]);
    for (const k of ['amount', 'percent'] as const) if (typeof v[k] === 'number') out.add(v[k]);
  }
  return [...out];
}

/**
 * The sentence of a unit that holds the value's figure (its lower-case form), or the whole unit when the value has
 * no figure or the figure is not found: the kinds of the statement that carries the value, not of its neighbours.
 */
export function valueSentence(norm: string, value: unknown): string {
  const figures = figuresOf(value);
  let at = -1;
  for (const m of norm.matchAll(/\d+(?:\.\d+)?/g)) {
    if (figures.includes(Number(m[0]))) {
      at = m.index;
      break;
    }
  }
  if (at < 0) return norm;
  let start = 0;
  let end = norm.length;
  for (const m of norm.matchAll(SENTENCE_END)) {
    if (m.index < at) start = m.index + 1;
    else {
      end = m.index + 1;
      break;
    }
  }
  return norm.slice(start, end).trim();
}
