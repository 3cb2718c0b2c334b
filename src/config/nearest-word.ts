/**
 * "Did you mean" for every place that takes a name the user typed: config keys, allowed values, business names.
 */

/** Edits (insert, delete, substitute) a typed word may be away from a candidate and still be suggested. */
const MAX_DISTANCE = 3;

/** The closest candidate within MAX_DISTANCE edits (case-insensitive), or undefined. */
function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = MAX_DISTANCE + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** How many allowed values a message lists in full; a longer list is named by where it is documented instead. */
const MAX_LISTED = 12;

/**
 * The one wording of "did you mean": ` (did you mean "crucial"?)` for `"crucal"`, or '' when no candidate is close.
 * `shown` names the candidate found in the user's terms (a business matched by its id is named by its name).
 */
export function didYouMean(word: string, candidates: readonly string[], shown: (near: string) => string = (near) => near): string {
  const near = nearest(word, candidates);
  return near === undefined ? '' : ` (did you mean "${shown(near)}"?)`;
}

/**
 * The end of a "not allowed" line: didYouMean when an allowed word is close, otherwise the allowed words (or, for a
 * long list, where to find them).
 */
export function suggestion(word: string, allowed: readonly string[], documentedIn?: string): string {
  const near = didYouMean(word, allowed);
  if (near !== '') return near;
  if (allowed.length <= MAX_LISTED || documentedIn === undefined) return ` (expected one of: ${allowed.join(', ')})`;
  return ` (see ${documentedIn})`;
}
