/**
 * Negation windows: is a cue negated by a word shortly before it ("we do not offer exchanges", "no restocking fee")?
 */

/** Negators read in the window before a cue. */
const NEGATORS = /\b(?:no|not|never|cannot|can't|cant|won't|don't|doesn't|isn't|aren't|unable|without|nor|neither|non)\b|n't\b/;
/** Characters before the cue that a negator may sit in ("we are unfortunately unable to offer …"). */
const WINDOW_CHARS = 40;
/** Phrases that contain a negator but promise something ("no-quibble guarantee", "no questions asked", "at no cost"). */
const NOT_NEGATIONS = /\bno[- ](?:quibbles?|questions?(?: asked)?|hassle|risk|fuss|catch|extra (?:cost|charge)|cost|charge|minimum)\b|\bat no (?:extra )?(?:cost|charge)\b|\bnon-defective\b/g;
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
