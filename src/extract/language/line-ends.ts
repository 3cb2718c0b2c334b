/**
 * How a line of plain text ends and how the next one opens: the reading both joiners of hard-wrapped lines share, the
 * extractor's plain-text blocks (page-text.ts: a policy pasted as text) and the voice stage's clauses
 * (voice/classify.ts: feedback from mail and forums). Each side keeps its own figures — which marks end its lines,
 * which punctuation goes on with a sentence, how wide a wrapped line runs — and reads lines through these.
 */

/** What may close a line after its last mark: emphasis, closing quotes and brackets ("…in transit.**", "…(see above).”"). */
const CLOSERS = /[*_"'”’)\]]+$/;

/** The line without trailing space and the closers after its last mark. */
export function withoutClosers(line: string): string {
  return line.trimEnd().replace(CLOSERS, '');
}

/** Whether the line ends on one of `marks`, perhaps inside closing quotes, brackets or emphasis. */
export function endsOn(line: string, marks: string): boolean {
  const last = withoutClosers(line).slice(-1);
  return last !== '' && marks.includes(last);
}

/**
 * Whether the line goes on with a sentence the line before left open: it opens in lower case ("…put it down to" /
 * "experience."), or with one of `marks`, the punctuation a side counts as continuing one.
 */
export function opensMidSentence(line: string, marks = ''): boolean {
  const first = line.trimStart().charAt(0);
  return first !== '' && ((first >= 'a' && first <= 'z') || marks.includes(first));
}
