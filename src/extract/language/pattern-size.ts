/**
 * Pattern size: keeping V8's machine code for the large word-table patterns small, without changing what they match.
 *
 * V8 compiles a pattern's alternatives with the code of whatever follows them copied into each one, so a table of
 * 75 words followed by an optional "items"/"products" suffix and a rule's tail ("… are final sale") becomes hundreds
 * of KB of machine code; the rules' ~620 patterns then pass V8's process-wide budget (1 MB of generated pattern code
 * with 16 MB of executable memory, `TooMuchRegExpCode` in v8/src/regexp/regexp.cc), after which every pattern compiled
 * later loses its optimisations, and extraction speed moves by a quarter from one process to the next. An empty
 * lookahead `(?=)` always succeeds and consumes nothing, so it changes no match, index or capture; but it is a point
 * where V8 stops copying: the code after it is generated once instead of once per alternative before it (measured:
 * the excluded-product-groups table with a rule's tail goes from ~200 KB to ~67 KB per pattern).
 */

/** A quantifier right after a group: `?`, `*`, `+`, `{2}`, `{0,60}`, `{1,}`, each optionally lazy. */
const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;
/** The no-op lookahead inserted after each group. */
const FENCE = '(?=)';

/**
 * The pattern source with `(?=)` after every group (and its quantifier), outside character classes and escapes.
 * Matches, indexes and captures are the same as the source's; only the compiled code is smaller. Idempotent.
 */
export function fenceGroups(source: string): string {
  let out = '';
  let inClass = false;
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    out += c;
    i++;
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ')') {
      const q = QUANTIFIER.exec(source.slice(i, i + 12))?.[0] ?? '';
      out += q;
      i += q.length;
      // A fence closes nothing to copy, and a fence already there (a block fenced before) needs no second one.
      if (!out.endsWith(FENCE) && !source.startsWith(FENCE, i)) out += FENCE;
    }
  }
  return out;
}

/** A pattern compiled from its fenced source: for the patterns that embed a large word table. */
export function fencedRegExp(source: string, flags?: string): RegExp {
  return new RegExp(fenceGroups(source), flags);
}

/** A pattern literal recompiled from its fenced source (the literal itself is never run, so V8 never compiles it). */
export function fenced(re: RegExp): RegExp {
  return new RegExp(fenceGroups(re.source), re.flags);
}
