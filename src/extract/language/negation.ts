/**
 * Negation windows: is a cue negated by a word shortly before it ("we do not offer exchanges", "no restocking fee")?
 */

import { fenced } from './pattern-size.js';

/** Negators read in the window before a cue: the one table of them (a rule's own negation frames read it too). */
const NEGATOR_WORDS: readonly string[] = ['no', 'not', 'never', 'cannot', "can't", 'cant', "won't", "don't", "doesn't", "isn't", "aren't", 'unable', 'without', 'nor', 'neither', 'non'];
/** Any negator, as an alternation for a frame built around it ("if … not …, …"): a word of the table or any "…n't". */
export const NEGATOR = `(?:\\b(?:${NEGATOR_WORDS.join('|')})\\b|n't\\b)`;
/** Any negator in the text. */
export const NEGATORS = new RegExp(NEGATOR);
/**
 * A negator shortly before a cue in the same comma-free clause ("we are unable to take orders by phone"): the narrower
 * test a rule applies on top of `negatedAt` when a comma already ends a refusal ("if you can't find it, call us").
 */
export const REFUSAL_BEFORE = new RegExp(`(?:${NEGATOR}|\\bno longer\\b)[^.,;]{0,30}$`);
/** Characters before the cue that a negator may sit in ("we are unfortunately unable to offer …"). */
const WINDOW_CHARS = 40;
/**
 * Phrases that contain a negator but promise something ("no-quibble guarantee", "no questions asked", "at no cost"),
 * and a reluctance negated into an invitation ("don't hesitate to email us", "never be afraid to ask"): the negator
 * denies the holding back, not the act after it.
 */
const NOT_NEGATIONS = /\bno[- ](?:quibbles?|questions?(?: asked)?|hassle|risk|fuss|catch|extra (?:cost|charge)|cost|charge|minimum)\b|\bat no (?:extra )?(?:cost|charge)\b|\bnon-defective\b|\bwithout (?:undue )?delay\b|\bwithout (?:giving )?(?:a|any) reason\b|\b(?:do not|don'?t|never) (?:hesitate|be (?:afraid|shy))\b/g;
/**
 * Clause breaks end a negation's reach ("No sale items, but we do offer exchanges"). An "and" that opens a clause of
 * its own, with a subject and its verb ("original postage is non-refundable and the returnee is responsible for …",
 * "we can't refund gift cards and we ship …"), ends it too; an "and" that joins two nouns ("no returns and exchanges")
 * does not.
 */
const CLAUSE_BREAK =
  fenced(/[.;:!?]|,\s*(?:but|however|and|although|though|while|you|we|if|please|so|just|simply)\b|\bbut\b|\bhowever\b|\band (?=(?:then |so |also )?(?:we|you|they|i|he|she)\b|(?:the |a |an |our |your |all |any |each |every |this |that )?[a-z'-]+ (?:is|are|will|must|shall|can|may|pays?|has|have|was|were|remains?|gets?|should|would)\b)/g);

/** Negators of a verb read AFTER a cue, in its own sentence ("returns from overseas customers are not accepted"). */
const VERB_NEGATORS = /\b(?:not|cannot|unable|never)\b|n't\b/;
/** Characters after the cue that a verb's negator may sit in. */
const AFTER_CHARS = 40;

/**
 * Whether the words just after a cue (from `index`, its end) negate the verb it is the subject of: "returns from
 * international customers are not accepted". Narrower than `negatedAt`: only a verb's negators, within the sentence.
 */
export function negatedAfter(norm: string, index: number): boolean {
  const rest = /^[^.;]*/.exec(norm.slice(index, index + AFTER_CHARS + 12))![0];
  const m = VERB_NEGATORS.exec(rest);
  return m !== null && m.index <= AFTER_CHARS;
}

/** Whether the text just before `index` negates what follows. */
export function negatedAt(norm: string, index: number): boolean {
  const start = Math.max(0, index - WINDOW_CHARS);
  // Masked phrases keep their length so that positions stay those of `norm`.
  const masked = norm.slice(0, index + WINDOW_CHARS).replace(NOT_NEGATIONS, (m) => ' '.repeat(m.length));
  return NEGATORS.test(masked.slice(Math.max(start, clauseStartAt(masked, index)), index));
}

/**
 * Where the clause holding `index` starts: after the last clause break before it. The breaks are found with the words
 * after `index` in view, because an "and" opens a clause only if a subject and verb follow it.
 */
export function clauseStartAt(norm: string, index: number): number {
  const region = norm.slice(0, index + WINDOW_CHARS);
  let last = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(region); m && m.index < index; m = CLAUSE_BREAK.exec(region)) last = Math.min(index, m.index + m[0].length);
  return last;
}

/** The first match of `re` in `norm` and whether it is negated; undefined when it does not occur. */
export function cue(norm: string, re: RegExp): { index: number; negated: boolean; text: string } | undefined {
  const m = re.exec(norm);
  if (!m) return undefined;
  return { index: m.index, negated: negatedAt(norm, m.index), text: m[0] };
}

/** A short answer that refuses ("No, we don't", "Unfortunately not", "Not at the moment"). */
const NO_ANSWER =
  /^(?:no\b|nope\b|not (?:at (?:the moment|this time|present)|currently|yet|right now|anymore)|sorry\b|unfortunately\b|we (?:do not|don't|cannot|can't|are unable|are not able|currently do not|currently don't|no longer)\b|at (?:the moment|this time|present),? (?:we )?(?:do not|don't|cannot|can't|only)\b)/;
/** A short answer that grants ("Yes, at checkout", "Absolutely", "We sure do"). */
const YES_ANSWER = /^(?:yes\b|yep\b|yeah\b|absolutely\b|of course\b|sure\b|definitely\b|certainly\b|we (?:sure )?do\b|indeed\b)/;
/** A yes/no question an FAQ answer follows ("Do you offer …?", "Can I …?", "Is there …?"). */
const YES_NO_QUESTION = /(?:^|[.!]\s+)(?:do|does|can|could|is|are|will|would|may|have|has)\b[^?]*\?\s*$/;

/**
 * An FAQ question read together with its answer ("Do you offer extended warranties? No, we don't."). When the question
 * is about `topic`, the answer decides: `verdict` true/false for a plain yes/no, else undefined and the rule should read
 * `answer` alone (the question's own words promise nothing). Undefined when the text is not such a pair.
 */
export function faqVerdict(norm: string, topic: RegExp): { verdict: boolean | undefined; answer: string } | undefined {
  const q = norm.lastIndexOf('?');
  if (q < 0) return undefined;
  // "Q: … ? A: …" and "Question: … Answer: …" FAQ labels are not words of the question or the answer.
  const question = norm.slice(0, q + 1).replace(/^\s*(?:q|question)\s*[:.)-]\s*/, '');
  const answer = norm.slice(q + 1).trim().replace(/^(?:a|answer)\s*[:.)-]\s*/, '');
  if (!answer || !YES_NO_QUESTION.test(question) || !topic.test(question)) return undefined;
  if (NO_ANSWER.test(answer)) return { verdict: false, answer };
  if (YES_ANSWER.test(answer)) return { verdict: true, answer };
  return { verdict: undefined, answer };
}
