/**
 * Sentiment of a piece of feedback and of each element it touches: natural's SentimentAnalyzer supplies the general
 * English word scores (AFINN-165, by word and its inflections), service-lexicon.ts the service words AFINN lacks; a negator flips what
 * follows it within a few words ("not slow" is good news), questions judge nothing, and a star rating, when there is
 * one, has the last word over a text that points the other way (sarcasm rarely survives a 1-star rating).
 */
import { endsOn } from '../extract/language/line-ends.js';
import { afinnVocabulary } from '../natural.js';
import { CUSTOMER_SUBJECTS, customerActs } from './customer-acts.js';
import type { ElementId } from './elements.js';
import {
  ACT_CLAUSE_OPENERS, ACT_FILLERS, REMEDIES, ACT_WINDOW, DONE_FOR_WRITER_SCORE, DONE_FOR_WRITER_VERBS, NOT_DONE, NOT_DONE_BY_SHOP_SCORE, NOTHING_GIVEN, KIND_DENIALS, SHOP_DOERS, SHOP_REFUSALS, WRITER_OBJECTS,
  DOWNTONE_FACTOR, DOWNTONERS, EXPECTATION_TURNS, EXPECTED_OUTCOMES, FAILED_OUTCOME_SCORE, INTENSIFIERS, INTENSIFY_FACTOR, LIST_JOINERS, NEGATION_BREAKS, NEGATION_WINDOW,
  GENERIC_MODALS, GENERIC_QUANTIFIERS, SHOP_KINDS,
  COUNTERFACTUAL_MODALS, COUNTERFACTUAL_WINDOW, ECHO_WINDOW, ECHO_WORDS, IRREGULAR_PARTICIPLES, NEGATORS, REPORTING_WORDS, SERVICE_POLARITY,
} from './service-lexicon.js';
import { PhraseTable, type Words } from './phrase-matcher.js';
import { BREAK, stem } from './tokens.js';

export const SENTIMENTS = ['positive', 'negative', 'mixed', 'neutral'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** A clause scoring at least this much (AFINN units) leans that way. */
export const LEAN_MIN = 1;
/** Clauses from which an item is read as a story rather than a short review (see `leaning`). */
export const LONG_ITEM = 4;
/**
 * In a story, the lighter side's share of the heavier one's weight from which the story is mixed. The story constants
 * (this, STORY_COMPLAINT_WEIGHT, STORY_END_WEIGHT, STORY_CLAUSE_CAP, CLOSE_CLAUSES, CLOSE_TURN) were searched three
 * times (1,056 settings; 0.6–1.01 × 1.25–2 × …): the few above these on real tuning were lone corners, not kept. Never mixed
 * in a story: lower. A trained polarity model (BayesClassifier on in-house items) breaking an even story's tie: real
 * tuning +, real held-out 0.663 → 0.651, left out. Scanned again on the two halves of the real tuning shops (0.5–1.01):
 * 0.7 is the best on each (half a 130 of 179, half b 104 of 172, on the labels before the blind second labelling); a
 * lower share for long stories (≥ 14–26 clauses, where more labels are mixed) or a higher one for short ones read at
 * most one more of half a, and in-house tuning −2.
 */
export const MIXED_SHARE = 0.7;
/**
 * In a story, complaints weigh this much more than praise: a customer telling what went wrong pads it with hope and
 * politeness ("luckily I was in", "the lady was lovely, but…"); the complaint is what they came to say.
 */
export const STORY_COMPLAINT_WEIGHT = 1.5;
/**
 * In a story, a clause weighs more the later it comes, up to 1 + STORY_END_WEIGHT for the last: a story sets the scene
 * first and ends on how it turned out ("…and then a large box arrived with four plants on the house"), and the outcome
 * is what the customer judges the shop by. Stronger weights on the last 1–3 clauses (×2–5), on the opening, or on
 * the part after "but" / "however" (×1.5–3) all read fewer real tuning stories right.
 */
export const STORY_END_WEIGHT = 1;
/** In a story, no one clause counts more than this (AFINN units): one gushing sentence about a birthday is not the verdict. */
export const STORY_CLAUSE_CAP = 5;
/**
 * The close of a story: its last CLOSE_CLAUSES clauses. When they hold a turn of at least CLOSE_TURN (AFINN units)
 * against the way the story leans, the item ends holding both: "…so the order was botched twice. Still, the driver was
 * lovely and the table looks great" is the mixed stance of the real labels (praise and complaint standing at the end),
 * not a complaint with a kind word in passing. A turn in the middle of a story ("luckily I was in") is not a close.
 * Real tuning 0.629 → 0.655 with it (the last 1–3 clauses at 3–4 units all read 0.634–0.655). Left out beside it: a
 * fault put right read positive unless the close complains (real tuning +, held-out −1), remedies in the close added
 * to it, the customer's next move ("never … again", "would recommend") moving the reading a step (no gain). The close
 * as the last paragraph of a blog post (a line of the real texts) instead of the last three clauses, the end weight
 * by paragraph, or the last paragraph's leaning deciding an even story: real tuning half a −2 to −8 of 179.
 */
export const CLOSE_CLAUSES = 3;
export const CLOSE_TURN = 3;
/** A clause about the goods or the service takes that side from this score on (AFINN units). */
const SIDE_MIN = 2;
/**
 * One side leans when its praise or complaint outweighs the other by this factor: at 1.5 a story whose goods were
 * named in passing ("faulty", "too big") beside a story of good service read as two verdicts (real tuning 0.624 at
 * 1.5, 0.629 at 2 and 3).
 */
const SIDE_MARGIN = 2;
/** A negated word counts this much, the other way ("not bad" is milder than "good"). */
const NEGATED_FACTOR = 0.75;
/**
 * A question that asks rather than judges ("Can I return an opened bag?") starts with one of these. Yes/no questions
 * opened by any auxiliary, negated too ("Isn't online shopping wonderful?"): real tuning −1, held-out −2, left out.
 */
const QUESTION_START = /^[\s"“'‘•*-]*(?:q:\s*)?(?:do|does|did|can|could|is|are|will|would|what|whats|what's|how|when|whens|which|any|if|hi|hello)\b/i;

/** Words that start a request ("faster replies please", "lower shipping fees"): the customer wants what is missing. */
const REQUEST_START = new Set(['faster', 'quicker', 'cheaper', 'lower', 'more', 'better', 'less', 'fewer']);
const REQUEST_SCORE = -2;
/** Words that turn a clause ("the quilt is gorgeous but it took two weeks"): each side is scored on its own. */
const CONTRAST_STEMS = new Set(['but', 'however', 'though', 'although', 'except', 'unless', 'shame', 'yet'].map(stem));

const REPORTING_STEMS = new Set(REPORTING_WORDS.map(stem));
const NEGATOR_STEMS = new Set(NEGATORS.map(stem));
const BREAK_STEMS = new Set(NEGATION_BREAKS.map(stem));
const JOINER_STEMS = new Set(LIST_JOINERS.map(stem));
/** Degree words by exact token (a stem would merge "most" with "mostly"), with the factor each applies. */
const DEGREE = new Map<string, number>([...INTENSIFIERS.map((w) => [w, INTENSIFY_FACTOR] as const), ...DOWNTONERS.map((w) => [w, DOWNTONE_FACTOR] as const)]);

/**
 * Inflection endings undone to find a word's AFINN entry ("delays" → delay, "loved" → love, "stopped" → stop,
 * "hurries" → hurry). Only inflections: keying AFINN by Porter stem also merged derivations, so "has" scored as
 * "ha" (laughter), "use" as "useful", "wondering" as "wonderful" and "security" as "secure" — a blog post telling
 * a bad order story read as praise.
 */
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['ies', 'y'], ['ied', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', ''], ['ily', 'y'],
];

/**
 * The service lexicon as matched: a phrase of several words by stems ("took ~ # weeks"), a single word as that word
 * and its inflections only, the rule AFINN is read by. By stem, the neutral "goods" (the parcel's contents) silenced
 * "good", "please" silenced "pleased" and "support" (the department) "supportive". A listed word wins over another
 * entry's inflection ("caring" keeps its own score, not that of "care"), and so does a form AFINN scores itself: the
 * politeness word "please" is neutral, but "pleased" keeps AFINN's +3.
 */
const SERVICE = new PhraseTable<number>(
  (() => {
    const single = new Map<string, number>();
    const phrases: [string, number][] = [];
    for (const [text, score] of SERVICE_POLARITY) if (/\s/.test(text)) phrases.push([text, score]);
    else single.set(text, score);
    const forms = new Map(single);
    const afinn = afinnVocabulary();
    for (const [word, score] of single) for (const form of inflectionsOf(word)) if (!forms.has(form) && afinn[form] === undefined) forms.set(form, score);
    return [...phrases, ...[...forms].map(([form, score]) => [`=${form}`, score] as [string, number])];
  })(),
);

/** A word and the inflections INFLECTIONS undoes ("delay" → delays, delayed, delaying; "hurry" → hurries, hurried). */
export function inflectionsOf(word: string): string[] {
  const out = new Set([word]);
  for (const [ending, base] of INFLECTIONS) {
    if (!word.endsWith(base)) continue;
    const root = word.slice(0, word.length - base.length);
    if (root.length < 3) continue;
    out.add(root + ending);
    // "stop" → "stopped": a short vowel-consonant end doubles before -ed/-ing.
    if (base === '' && /[aeiou][bdgmnprt]$/.test(root) && !/[aeiou]{2}.$/.test(root) && /^(ed|ing)$/.test(ending)) out.add(root + root.at(-1)! + ending);
  }
  return [...out];
}

const afinnCache = new Map<string, number | null>();
/** AFINN score of one lower-case token, or undefined when AFINN does not list it or an inflection of it. */
export function afinnScore(token: string): number | undefined {
  const cached = afinnCache.get(token);
  if (cached !== undefined) return cached ?? undefined;
  const vocabulary = afinnVocabulary();
  let score: number | undefined = vocabulary[token];
  for (const [ending, base] of INFLECTIONS) {
    if (score !== undefined) break;
    if (!token.endsWith(ending) || token.length - ending.length < 3) continue;
    const root = token.slice(0, -ending.length);
    score = vocabulary[root + base];
    // "stopped" → "stopp" → "stop": a doubled final consonant goes with the ending.
    if (score === undefined && base === '' && root.length > 3 && root.at(-1) === root.at(-2)) score = vocabulary[root.slice(0, -1)];
  }
  if (afinnCache.size < 50_000) afinnCache.set(token, score ?? null);
  return score;
}

/**
 * Scores of one clause, one per part between contrast words ("gorgeous quilt | but | two weeks to arrive" gives a
 * positive and a negative part, so the item is mixed).
 */
export function clauseScores(w: Words, text = '', names: ReadonlySet<string> = NO_NAMES): number[] {
  // A question ends on its mark, perhaps inside closing quotes or brackets ("…rather than a voucher?”"): line-ends.ts.
  if (endsOn(text, '?') && QUESTION_START.test(text)) return [0];
  const parts: number[] = [];
  const named = namedPlaces(w.tokens, names);
  let from = 0;
  for (let i = 0; i <= w.stems.length; i++) {
    if (i < w.stems.length && !CONTRAST_STEMS.has(w.stems[i]!)) continue;
    if (i > from) {
      const part = { tokens: w.tokens.slice(from, i), stems: w.stems.slice(from, i) };
      // A part about shops in general judges none of them: "some companies do a better job than others".
      parts.push(genericPart(part) ? 0 : partScore(part, new Set([...named].filter((k) => k >= from && k < i).map((k) => k - from))));
    }
    // A turning word that is itself a verdict ("shame", "unless") opens the next part and is read there.
    from = i < w.stems.length && afinnScore(w.tokens[i]!) !== undefined ? i : i + 1;
  }
  return parts.length ? parts : [0];
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * Shops in general (service-lexicon.ts): a quantifier before a kind of shop ("most shops", "some companies"), a kind
 * of shop before a modal or a habit ("garages can", "couriers usually"), or one shop of a kind that "can" ("a bike
 * shop can…"). Built from the three word classes, not listed phrase by phrase.
 */
const GENERIC = PhraseTable.of([
  ...GENERIC_QUANTIFIERS.flatMap((q) => SHOP_KINDS.map(([kinds]) => `${q} =${kinds}`)),
  ...SHOP_KINDS.flatMap(([kinds]) => GENERIC_MODALS.map((m) => `=${kinds} =${m}`)),
  ...SHOP_KINDS.map(([, kind]) => `=a ~ =${kind} =can`),
]);

/**
 * Whether a clause part speaks of shops in general, not of this one: "some companies do a better job than others",
 * "garages can strike terror into the hearts of the ignorant". A story often opens on what shops at large are like
 * before it tells what this one did, and the labels judge only this one (test/real/README.md). Real tuning half a
 * 129 → 131 of 179 (two stories that opened on shops at large read as mixed), half b 103 of 172 unchanged, real
 * held-out 0.642 → 0.646, in-house unchanged. Left out (second wave): a generic "you" before a modal or habit ("you
 * should never…", "you can always…") as shops in general: half a −1, half b −1 (a one-line "you can return anything"
 * speaks of this shop).
 */
function genericPart(w: Words): boolean {
  return GENERIC.matchLongest(w).length > 0;
}
/**
 * A run of two or more capitalised words that starts inside a sentence, not at its start: a shop, brand or place
 * name ("went to Best Buy", "ordered from Good Guys", "the Great Western"). Written all in capitals a word is
 * shouted, not named ("it was WRONG").
 */
const NAME_RUN = /(?<![.!?:;"“(]\s*|^\s*|\n\s*)(?<=\s)[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)+/g;

/**
 * The names of an item as lower-case word pairs ("best buy"). A name's words are not the writer's opinion: a story
 * told about Best Buy read "best" as praise in every sentence that named the shop. Found once per item, where the
 * name stands inside a sentence, and then read as a name wherever it stands, also at a sentence's start.
 */
export function properNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(NAME_RUN)) {
    const ws = m[0].toLowerCase().replace(/['’]s?$/, '').split(/\s+/);
    for (let i = 0; i + 1 < ws.length; i++) names.add(`${ws[i]} ${ws[i + 1]}`);
  }
  return names;
}

/** Places of the tokens that are part of a name (properNames). */
function namedPlaces(tokens: readonly string[], names: ReadonlySet<string>): Set<number> {
  const out = new Set<number>();
  if (names.size === 0) return out;
  for (let i = 0; i + 1 < tokens.length; i++) if (names.has(`${tokens[i]} ${tokens[i + 1]}`)) out.add(i).add(i + 1);
  return out;
}

/**
 * Expected outcomes as matched: one scores (FAILED_OUTCOME_SCORE) only when a negator stands before it.
 *
 * FAILED_OUTCOME_SCORE −1 to −4 read the same. Left out: timing frames ("came promptly"; the lexicon holds them), a
 * remedy done scoring +2 (real tuning 0.629 → 0.603: complaint stories name remedies as hopes and conditions), an
 * outcome clause judged by its outcome alone, praise after "thought / expected / if / would" dropped like a promise.
 */
const OUTCOMES = PhraseTable.of(EXPECTED_OUTCOMES);

/** Service phrases first (longest wins), AFINN for the other words, negation applied; a request counts against. */
function partScore(w: Words, named: ReadonlySet<number> = new Set()): number {
  const stems = w.stems;
  const hits: { start: number; end: number; score: number }[] = SERVICE.matchLongest(w)
    .filter((h) => !named.has(h.start))
    .map((h) => ({ start: h.start, end: h.end, score: h.value }));
  const covered = new Set<number>(named);
  for (const h of hits) for (let i = h.start; i < h.end; i++) covered.add(i);
  stems.forEach((s, i) => {
    if (covered.has(i) || NEGATOR_STEMS.has(s)) return;
    const v = afinnScore(w.tokens[i]!);
    if (v !== undefined) hits.push({ start: i, end: i + 1, score: v });
  });
  let total = REQUEST_START.has(w.tokens[0] ?? '') ? REQUEST_SCORE : 0;
  // The customer not doing a shared act ("I did not answer the door", "we never came back") is no failed service.
  const own = customerActs(w);
  const failed = OUTCOMES.matchLongest(w).filter((o) => !covered.has(o.start) && !own.has(o.start) && negatedBefore(stems, o.start, covered));
  total += failed.length * FAILED_OUTCOME_SCORE;
  // A remedy or kindness told as an event counts where nothing in its part is complained of: "they sent me the wrong
  // one" is the wrong one, not a gift. An act verb that scores of itself ("helped", "fixed", "sorted") is praise
  // already and is not counted again.
  if (hits.every((h) => h.score >= 0)) total += doneForWriter(w.tokens, new Set(hits.filter((h) => h.score !== 0).map((h) => h.start))) * DONE_FOR_WRITER_SCORE;
  // And the shop not doing, told as a plain event, where nothing in its part praises: "could not be happier" is praise.
  // A denied verb another rule has scored ("they did not reply", "they did not refuse") is not counted again; a word
  // the lexicon lists at 0 scores nothing ("she did not want to know", "they did not like it") and is counted.
  if (hits.every((h) => h.score <= 0)) total += notDoneByShop(w.tokens, new Set([...hits.filter((h) => h.score !== 0), ...failed].map((h) => h.start))) * NOT_DONE_BY_SHOP_SCORE;
  const degree = degrees(w.tokens, hits);
  for (const h of hits) {
    if (degree.modifiers.has(h.start) && h.end === h.start + 1) continue;
    // An intensifier before any word says how much of that word, whether scored or not ("pretty much", "pretty typical").
    if (h.end === h.start + 1 && DEGREE.get(w.tokens[h.start]!) === INTENSIFY_FACTOR && h.start + 1 < stems.length && stems[h.start + 1] !== BREAK) continue;
    const own = h.score * (degree.factor.get(h.start) ?? 1);
    const score = negatedBefore(stems, h.start, covered) ? -own * NEGATED_FACTOR : own;
    if (score > 0 && reportedBefore(stems, h.start)) continue;
    // Praise of what did not happen, or said twice in scorn, counts the other way.
    total += score > 0 && (counterfactualBefore(w.tokens, h.start) || echoed(w.tokens, h.start)) ? -score : score;
  }
  return total;
}

const GIVING = new Set(DONE_FOR_WRITER_VERBS);
const WRITER = new Set(WRITER_OBJECTS);
const NOTHING = new Set(NOTHING_GIVEN);
const FILLERS = new Set(ACT_FILLERS);
const UNDONE = new Set(NOT_DONE);
const OPENERS = new Set(ACT_CLAUSE_OPENERS);
const WRITER_AS_DOER = new Set(CUSTOMER_SUBJECTS);

const DOERS = new Set(SHOP_DOERS);
const REFUSALS = new Set(SHOP_REFUSALS);
const KIND = new Set(KIND_DENIALS);
const REMEDY_DONE = new Set(REMEDIES.map(([done]) => done));
const REMEDY_REFUSED = new Set(REMEDIES.map(([, refused]) => refused));

/**
 * How many times a part tells the shop not doing: a doer of the shop's (SHOP_DOERS), an auxiliary, "not", and a verb
 * whose denial is no kindness (KIND_DENIALS; "even" read past: "he did not even ask"). Real tuning 0.658 → 0.661 at
 * −1 (NOT_DONE_BY_SHOP_SCORE), held-out 0.650 unchanged; at −2 0.658 / 0.658. A remedy refused ("the store would
 * not swap it") counts as a failed outcome (REMEDIES, see doneForWriter).
 */
function notDoneByShop(tokens: readonly string[], scored: ReadonlySet<number>): number {
  let n = 0;
  for (let i = 1; i < tokens.length; i++) {
    // "cannot" is one token (tokens.ts splits only "can't"): the auxiliary and its "not" at once.
    const doer = tokens[i] === 'cannot' ? i - 1 : tokens[i] === 'not' && REFUSALS.has(tokens[i - 1] ?? '') ? i - 2 : -1;
    if (doer < 0 || !DOERS.has(tokens[doer]!)) continue;
    const at = tokens[i + 1] === 'even' ? i + 2 : i + 1;
    if (!KIND.has(tokens[at] ?? '') && !scored.has(at)) n += REMEDY_REFUSED.has(tokens[at] ?? '') ? FAILED_OUTCOME_SCORE / NOT_DONE_BY_SHOP_SCORE : 1;
  }
  return n;
}

/**
 * How many acts the shop did for the writer a part tells (DONE_FOR_WRITER_VERBS): a past giving or mending verb with
 * "me" or "us" as its object, a doer before it that is not the writer, and nothing within ACT_WINDOW words before it
 * that makes it a promise, a hope, a request or an act not done (NOT_DONE). "They refunded me the same day" counts;
 * "I asked them to send me a new one", "they said they would refund us" and "sent me no reply" do not. Real tuning
 * 0.655 → 0.658, held-out unchanged. Left out: the act at +3 / +4 or also in a part that complains (tuning +2 to +4,
 * held-out −1 to −2); a looser detector ("took me", "let me", "called me"; 3 won, 3 lost); acts done against the
 * writer ("charged me", "kept me waiting") in a part that praises nothing (0 to −2); remedy nouns ("replacement",
 * "for free") +2 (−5: complaint stories ask for what they did not get); a remedy done in a story's second half
 * turning its reading (−10, or +1 / −8).
 *
 * Sixteenth round, the frame (doer = the shop or its people, act from a word class, the writer served, the act done,
 * refused or not done): a remedy (REMEDIES) serves the writer whatever its object ("so he swapped wheels", "the owner
 * refunded the postage"), and a remedy refused counts as a failed outcome (notDoneByShop). Together real tuning half a
 * 131 → 132 of 179, half b 103 → 104 of 172, real held-out 0.646 → 0.642 (in summary); in-house story-form unchanged,
 * one-line tuning −2 (a fault put right in two lines, labelled positive, now mixed; a refund labelled neutral). Each alone moved a story of two branches the
 * wrong way (in-house tidewell 29): the done remedy made it positive, the refused one negative; both read it mixed.
 * Left out, each measured on top: a giving verb handing over a remedy without "me" ("sent a new one the next day":
 * in-house story-form −1, real 0 / 0); the writer receiving one ("I finally got a replacement": 0 / 0 / 0); the
 * complaint words in a remedy's object not counted ("made up for the delay", "replaced the cracked shade": half a +1,
 * half b −1); a remedy done marking the turn of a story as a surprise does (turnOf: half a −2); a remedy done at half
 * weight (half a's gain gone).
 *
 * Second wave, each measured on top (real tuning half a 132 of 179, half b 104 of 172) and left out: an expected
 * outcome done and timed as prompt (EXPECTED_OUTCOMES not negated, no promise before it, within ACT_WINDOW words of a
 * span "today", "this morning", "within the week", "the next / same day", "in a day"; a wait word — finally, still,
 * later — in the part blocks it): half a 132, half b 103 (four real clauses scored, one wrongly: "ordered today…
 * received a blank case"); the writer as the act's beneficiary ("they put them to one side for us", "what they did for
 * me": any past act with "for me / us" within five words): half a 132, half b 104, and it also read a colleague's
 * "called for me" and a passive "made for me"; the speed words AFINN lacks (instant, prompt, rapid, punctual) at +2:
 * half a 132, half b 102. Real stories are long, and one more clause scored rarely turns one.
 */
function doneForWriter(tokens: readonly string[], scored: ReadonlySet<number>): number {
  let n = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (scored.has(i) || !forWriter(tokens, i)) continue;
    // "he'd sent me": 'd right before a past act is "had" (the act verbs are all past forms, so never "would"): the
    // verb starts there, and what stands before it is read from there on.
    const verb = tokens[i - 1] === 'd' ? i - 1 : i;
    let doer = verb - 1;
    while (doer >= 0 && FILLERS.has(tokens[doer]!)) doer--;
    if (doer < 0 || tokens[doer] === BREAK || WRITER_AS_DOER.has(tokens[doer]!)) continue;
    if (undoneBefore(tokens, doer, verb)) continue;
    n++;
  }
  return n;
}

/**
 * Whether the word at `i` is an act that serves the writer, the frame's act and beneficiary: a giving verb with the
 * writer as its object ("sent me", "found us"), or a remedy (REMEDIES) with any object but nothing ("replaced the
 * kettle", "swapped wheels"): a remedy serves whoever had the fault, and the writer tells the story.
 */
function forWriter(tokens: readonly string[], i: number): boolean {
  const t = tokens[i]!;
  const given = GIVING.has(t) && WRITER.has(tokens[i + 1] ?? '');
  if (!given && !REMEDY_DONE.has(t)) return false;
  const object = given ? i + 2 : i + 1;
  const first = tokens[object] ?? '';
  return !(NOTHING.has(first) || (first === 'the' && NOTHING.has(tokens[object + 1] ?? '')));
}

/**
 * Whether the act at `act`, done by the word at `doer`, is no act done (NOT_DONE): a NOT_DONE word from the doer on
 * (a modal or "to" as the doer: "would send me", "asked them to send me"), or before the doer in its own clause, within
 * ACT_WINDOW words of the act. The clause starts after a comma or a clause joiner (ACT_CLAUSE_OPENERS), so "took it back
 * to the shop and they found me another" is an act done: its "to" belongs to the clause before.
 */
function undoneBefore(tokens: readonly string[], doer: number, act: number): boolean {
  for (let k = act - 1; k >= Math.max(0, act - ACT_WINDOW); k--) {
    const t = tokens[k]!;
    // The act verbs are past forms, which never follow an infinitive "to": a "to" right before one ends a relative
    // clause ("the man I spoke to refunded me", "the shop I sent it back to replaced it"), and the act is done.
    if (k === act - 1 && t === 'to') continue;
    if (k < doer && (t === BREAK || OPENERS.has(t))) return false;
    if (UNDONE.has(t)) return true;
  }
  return false;
}

/**
 * Degree words before a scored word (see INTENSIFIERS): the factor each scored word takes, by its start, and the
 * places of the degree words that modify one ("really very slow": both modify "slow"), which score nothing.
 */
function degrees(tokens: readonly string[], hits: readonly { start: number; end: number; score: number }[]): { factor: Map<number, number>; modifiers: Set<number> } {
  const factor = new Map<number, number>();
  const modifiers = new Set<number>();
  for (const h of [...hits].sort((a, b) => b.start - a.start)) {
    if (modifiers.has(h.start)) continue;
    let f = 1;
    for (let i = h.start - 1; i >= 0; i--) {
      const d = DEGREE.get(tokens[i]!) ?? (h.score !== 0 && i === h.start - 1 && isDegreeAdverb(tokens[i]!) ? INTENSIFY_FACTOR : undefined);
      if (d === undefined) break;
      f *= d;
      modifiers.add(i);
    }
    if (f !== 1) factor.set(h.start, f);
  }
  return { factor, modifiers };
}

/** An adverb made from an evaluative adjective: "amazing-ly", "terrib-ly", "wonderful-ly", "ridiculous-ly", "pleasant-ly". */
const DEGREE_ADVERB = /^\w{3,}(?:ing|ful|ous|ib|ab|iv|en|an|less|ic|al|id)ly$/;

/**
 * Whether a word is an adverb made from an evaluative adjective that AFINN scores. Directly before another scored word
 * it says how much, not which way ("amazingly disappointed", "horribly slow", "wonderfully quick", "surprisingly
 * rude"): read as a feeling of its own, "I was amazingly disappointed" was praise. Adjectives that end in -ly
 * ("lovely", "friendly", "deadly") are not made that way and keep their own score.
 */
function isDegreeAdverb(token: string): boolean {
  return DEGREE_ADVERB.test(token) && afinnScore(token) !== undefined;
}

/**
 * Whether praise at `at` is only what the shop said would happen: "was told someone would call within the hour",
 * "they promised a quick delivery". A promise is praise-shaped, and in a story it is usually there because it was
 * broken; bad news reported ("they told me it was lost") still counts.
 */
function reportedBefore(stems: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const s = stems[i]!;
    if (s === BREAK) return false;
    if (REPORTING_STEMS.has(s)) return true;
  }
  return false;
}

const MODALS = new Set(COUNTERFACTUAL_MODALS);
const PARTICIPLE = new RegExp(`^(?:\\w+ed|${IRREGULAR_PARTICIPLES.join('|')})$`);

/** Whether a modal perfect ("should have been", "could've managed") stands within COUNTERFACTUAL_WINDOW words before `at`. */
function counterfactualBefore(tokens: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(1, at - COUNTERFACTUAL_WINDOW); i--) {
    const t = tokens[i]!;
    if (t === BREAK) return false;
    // "should've" is split into "should ve" (tokens.ts).
    if ((t === 'have' || t === 've') && MODALS.has(tokens[i - 1]!) && PARTICIPLE.test(tokens[i + 1] ?? '')) return true;
  }
  return false;
}

const ECHOES = new Set(ECHO_WORDS);
/** Whether the word at `at` echoes, or is echoed by, the same word after an echo word ("fine, just fine"). */
function echoed(tokens: readonly string[], at: number): boolean {
  const word = tokens[at]!;
  const echoAt = (j: number): boolean => {
    if (!ECHOES.has(tokens[j - 1] ?? '')) return false;
    for (let k = j - 2; k >= Math.max(0, j - 1 - ECHO_WINDOW); k--) if (tokens[k] === word) return true;
    return false;
  };
  if (echoAt(at)) return true;
  for (let j = at + 2; j <= Math.min(tokens.length - 1, at + 1 + ECHO_WINDOW); j++) if (tokens[j] === word && echoAt(j)) return true;
  return false;
}

/**
 * Whether a negator stands within NEGATION_WINDOW words before `at`, with no clause break between; along a list the
 * window starts again at each joiner ("not pushy, or rude, or slow": LIST_JOINERS), a comma before one included.
 */
function negatedBefore(stems: readonly string[], at: number, covered: ReadonlySet<number>): boolean {
  let from = Math.max(0, at - NEGATION_WINDOW);
  for (let i = at - 1; i >= from; i--) {
    const s = stems[i]!;
    if (JOINER_STEMS.has(s) || (s === BREAK && JOINER_STEMS.has(stems[i + 1] ?? ''))) {
      from = Math.max(0, i - NEGATION_WINDOW);
      continue;
    }
    if (s === BREAK || BREAK_STEMS.has(s)) return false;
    // A negator inside a listed phrase ("no reply") has been read with it.
    if (NEGATOR_STEMS.has(s)) return !covered.has(i);
  }
  return false;
}

/**
 * Positive, negative, mixed or neutral from the scores of an item's clauses. A short item (fewer than LONG_ITEM
 * clauses) is mixed as soon as one part praises and another complains: every clause of a two-line review is meant.
 * A longer one is a story, where feeling words come and go in passing ("a lovely day, so I stayed in for the
 * courier…"): it leans the way that carries more weight (complaints weighted STORY_COMPLAINT_WEIGHT), and is
 * mixed only when the lighter side weighs at least MIXED_SHARE of the heavier.
 *
 * Read at most one more real tuning story right (AFINN's words ×0.75: 0.639 against 0.634), and left out: only
 * clauses that name an element weighed (others ×0–×0.5), one vote per clause, AFINN's words ×0–×0.75, the writer's
 * own clauses ×0–×0.5, the conceded side of "although" ×0–×0.5, mixed only when named elements both praise and complain, a story split at another shop or time ("another store",
 * "last time", "usually") read mixed when its halves disagree (−3), habitual praise unscored, and a logistic regression
 * over twelve story features (100–108 of 184 stories against 122). Also (real tuning items, 0.667 with these rules):
 * mixed when the staff's clauses and the outcome's (the other service elements) lean opposite ways −9; an even story
 * taking the outcome's side −5; praise of manner only weighed ×0–×0.5 when the outcome fails 0; mixed when the last
 * 2–4 clauses hold both praise and complaint (≥ 2–3 each) −3 to −11; stated conclusions ("would recommend", "avoid",
 * "not be shopping") are too rare to decide (18 in 351 items).
 *
 * Sixteenth round, on real tuning half a (130 of 179 right with these rules, on the labels before the blind second
 * labelling corrected 24 items; diagnosed there, checked on half b, 104 of 172), none kept: a story mixed by the
 * shares only when the clauses that name an element hold both sides −7 to −8, or mixed when those clauses alone are
 * even 0 to −5; each element's last judging clause ("standing at the end") adding or
 * removing mixed −6 to −28; a passing remark (the lighter side in one judging clause) not making a story mixed 0 to +1
 * with in-house tuning −2 to −4; a clause weighed by whether it names the shop's people or an element, or by its
 * distance from one (others ×0–×0.75) −2 to −17; the opening before the first element or the first past-tense clause
 * (the setting, or a word on shops in general) ×0–×0.75 −2 to −5; a sentence-initial turn ("But…",
 * "Still…", "Then…") dropping the side before it as `turnOf` does −4 to +1 (in-house −2); a story mixed by the shares
 * read one-sided when neither the goods nor the service side leans +5, but half b −1 and in-house −1 (mixed traded
 * for negative, no class read better); exclamations or capitals weighing a clause ×1.5–3 −2 to −8; every word capped at
 * ±2–3 −3 to −8; "was going to" / "was all set to" (an intention the story then overturns) unscored −1; two occasions
 * compared ("the first time… this time", "another branch", "two experiences") read mixed −1; an even story taking the
 * side of its close when the last 1–4 clauses hold only that side −1 to −6. The misses are not on the
 * weights: of half a's 49, about 11 tell one side as events no word scores, 11 judge other shops, occasions or shops in
 * general, 7 carry the scene or the writer's life, 6 are faults put right, 3 sarcasm.
 *
 * The seventeenth round's mechanisms for mixed stories read negative, each measured and dropped: DEVELOPERS.md,
 * "Sentiment mechanisms measured and dropped".
 */
export function leaning(scores: readonly number[], clauses = 1): Sentiment {
  let pos = 0;
  let neg = 0;
  const story = clauses >= LONG_ITEM;
  for (const s of scores) {
    if (s >= LEAN_MIN) pos += s;
    else if (s <= -LEAN_MIN) neg -= story ? s * STORY_COMPLAINT_WEIGHT : s;
  }
  return sides(pos, neg, story);
}

/** The verdict from the weight of praise and of complaint (see `leaning`). */
function sides(pos: number, neg: number, story: boolean): Sentiment {
  if (pos === 0 && neg === 0) return 'neutral';
  if (pos > 0 && neg > 0 && (!story || Math.min(pos, neg) >= MIXED_SHARE * Math.max(pos, neg))) return 'mixed';
  return pos > neg ? 'positive' : 'negative';
}

/** One clause of an item: its part scores (clauseScores), the elements found in it, and whether it tells a turn. */
export interface ScoredClause {
  readonly scores: readonly number[];
  readonly elements: readonly ElementId[];
  /** The clause tells the writer's expectation overturned (expectationTurn). */
  readonly turn?: boolean;
}

const TURNS = PhraseTable.of(EXPECTATION_TURNS);
/** Whether a clause tells the writer's expectation overturned (EXPECTATION_TURNS), not negated ("not surprised"). */
export function expectationTurn(w: Words): boolean {
  return TURNS.matchLongest(w).some((h) => !negatedBefore(w.stems, h.start, NO_PLACES));
}
const NO_PLACES: ReadonlySet<number> = new Set();

/**
 * Where a story turns from the fault or the fear to what the shop did about it: the first clause that tells the
 * writer's expectation overturned and praises (LEAN_MIN), when no clause after it complains (SIDE_MIN) — the
 * customer holds nothing else against the shop (test/real/README.md: a fault put right is positive). -1 when none.
 * Its complaints before the turn are what the writer feared or what the shop then put right, so the story does not
 * weigh them: "the pads were the wrong ones… I did not have high hopes… imagine my surprise when a polite reply came
 * within minutes, with the right pads free" is praise. Real tuning 0.638 → 0.655 (five stories labelled positive, one
 * mixed), real held-out 0.650 unchanged. Without the clean close +6 / −1 (tuning / held-out items), the surprise
 * phrases only +4 / −1, the complaints before the turn halved instead of dropped +4 / −1: left out.
 */
function turnOf(clauses: readonly ScoredClause[]): number {
  const at = clauses.findIndex((c) => c.turn === true && clauseTotal(c) >= LEAN_MIN);
  return at >= 0 && clauses.slice(at + 1).every((c) => clauseTotal(c) > -SIDE_MIN) ? at : -1;
}

/** A clause judged as a whole: the sum of its parts' scores. */
function clauseTotal(c: ScoredClause): number {
  return c.scores.reduce((a, b) => a + b, 0);
}

/**
 * An item's sentiment from its clauses. A short item is read by `leaning`. A story weighs each clause (capped at
 * STORY_CLAUSE_CAP, later clauses up to 1 + STORY_END_WEIGHT, complaints at STORY_COMPLAINT_WEIGHT), and is mixed
 * when the clauses about the goods lean one way and those about the service the other ("lovely boots, but three weeks
 * and no reply") — the customer's two verdicts are about different things, so they are not averaged into one.
 */
export function itemLeaning(clauses: readonly ScoredClause[]): Sentiment {
  const n = clauses.length;
  if (n < LONG_ITEM) return leaning(clauses.flatMap((c) => c.scores), n);
  const goods = sideLeaning(clauses.filter((c) => c.elements.includes('product_quality')));
  const service = sideLeaning(clauses.filter((c) => c.elements.some((e) => e !== 'product_quality' && e !== 'other')));
  if (goods * service < 0) return 'mixed';
  let pos = 0;
  let neg = 0;
  const turn = turnOf(clauses);
  clauses.forEach((c, i) => {
    const weight = 1 + (STORY_END_WEIGHT * i) / (n - 1);
    // A part leans (LEAN_MIN) by what it says; its place in the story then weighs it.
    for (const s of c.scores) {
      const capped = Math.max(-STORY_CLAUSE_CAP, Math.min(STORY_CLAUSE_CAP, s)) * weight;
      if (s >= LEAN_MIN) pos += capped;
      else if (s <= -LEAN_MIN && i >= turn) neg -= capped * STORY_COMPLAINT_WEIGHT;
    }
  });
  const story = sides(pos, neg, true);
  return turnedAtClose(story, clauses) ? 'mixed' : story;
}

/** Whether the close of a story (CLOSE_CLAUSES) scores CLOSE_TURN or more against the way the story leans. */
function turnedAtClose(story: Sentiment, clauses: readonly ScoredClause[]): boolean {
  if (story !== 'positive' && story !== 'negative') return false;
  let close = 0;
  for (const c of clauses.slice(-CLOSE_CLAUSES)) for (const s of c.scores) close += s;
  return story === 'negative' ? close >= CLOSE_TURN : close <= -CLOSE_TURN;
}

/** +1, -1 or 0: how the clauses about one side (goods or service) lean, each clause judged as a whole. */
function sideLeaning(clauses: readonly ScoredClause[]): number {
  let pos = 0;
  let neg = 0;
  for (const c of clauses) {
    const total = clauseTotal(c);
    if (total >= SIDE_MIN) pos += total;
    else if (total <= -SIDE_MIN) neg -= total;
  }
  return pos > SIDE_MARGIN * neg ? 1 : neg > SIDE_MARGIN * pos ? -1 : 0;
}

/**
 * The text's leaning corrected by a 1–5 rating. 1 and 5 stars decide outright: sarcasm ("Brilliant, two left boots.
 * Just brilliant.") rarely comes with 5 stars, and a 5-star review that grumbles about the product while praising the
 * refund is praise. 2 stars make a neutral or positive text negative and 4 stars a neutral or negative one positive,
 * but leave a mixed text mixed. 3 stars leave the text alone.
 */
export function withRating(text: Sentiment, rating: number | undefined): Sentiment {
  if (rating === undefined) return text;
  if (rating <= 1) return 'negative';
  if (rating >= 5) return 'positive';
  if (text === 'mixed' || rating === 3) return text;
  return rating >= 4 ? 'positive' : 'negative';
}
