/**
 * Negation windows: is a cue negated by a word shortly before it ("we do not offer exchanges", "no restocking fee")?
 */

/** Negators read in the window before a cue. */
const NEGATORS = /\b(?:no|not|never|cannot|can't|cant|won't|don't|doesn't|isn't|aren't|unable|without|nor|neither|non)\b|n't\b/;
/** Characters before the cue that a negator may sit in ("we are unfortunately unable to offer …"). */
const WINDOW_CHARS = 40;
/** Phrases that contain a negator but promise something ("no-quibble guarantee", "no questions asked", "at no cost"). */
const NOT_NEGATIONS = /\bno[- ](?:quibbles?|questions?(?: asked)?|hassle|risk|fuss|catch|extra (?:cost|charge)|cost|charge|minimum)\b|\bat no (?:extra )?(?:cost|charge)\b|\bnon-defective\b|\bwithout (?:undue )?delay\b|\bwithout (?:giving )?(?:a|any) reason\b/g;
/** Clause breaks end a negation's reach ("No sale items, but we do offer exchanges"). */
const CLAUSE_BREAK = /[.;:!?]|,\s*(?:but|however|and|although|though|while|you|we|if|please|so|just|simply)\b|\bbut\b|\bhowever\b/g;

/** Whether the text just before `index` negates what follows. */
export function negatedAt(norm: string, index: number): boolean {
  let window = norm.slice(Math.max(0, index - WINDOW_CHARS), index).replace(NOT_NEGATIONS, ' ');
  let last = -1;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window)) last = m.index + m[0].length;
  if (last >= 0) window = window.slice(last);
  return NEGATORS.test(window);
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
