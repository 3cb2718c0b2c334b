/**
 * Stemmed phrase tables, compiled once and matched against an item's stems. The one mechanism behind the element
 * keyword tables and the service-sentiment lexicon: a phrase is plain words, `*` is any one word, `~` is up to three,
 * and a word written `=word` must be that exact word, not just share its stem ("=customs" is not "customer").
 * Phrases are indexed by their first stem, so matching costs one map look-up per word of the item.
 */
import { BREAK, normalise, stem, tokens } from './tokens.js';

/** What `~` may skip. */
const MAX_GAP = 3;

export interface Phrase<T> {
  readonly parts: readonly string[];
  readonly value: T;
}

export interface PhraseHit<T> {
  readonly value: T;
  /** Index of the first and one past the last matched stem. */
  readonly start: number;
  readonly end: number;
}

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  /** A table of phrases with no value of their own: only where they match counts. */
  static of(phrases: readonly string[]): PhraseTable<true> {
    return new PhraseTable(phrases.map((p) => [p, true] as const));
  }

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [text, value] of entries) {
      const parts = text.split(/\s+/).flatMap((w) => (w === '*' || w === '~' ? [w] : w.startsWith('=') ? [w] : tokens(normalise(w)).map(stem)));
      const head = parts[0];
      if (!head || head === '*' || head === '~') throw new Error(`phrase "${text}" must start with a word`);
      const first = head.startsWith('=') ? stem(head.slice(1)) : head;
      const list = this.byFirst.get(first) ?? [];
      list.push({ parts, value });
      this.byFirst.set(first, list);
    }
    // Longer phrases first, so "no reply" is tried before "reply" at the same place.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  }

  /** Every phrase that matches, at every position (overlaps allowed; callers decide). */
  matchAll(w: Words): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < w.stems.length; i++) {
      const candidates = this.byFirst.get(w.stems[i]!);
      if (!candidates) continue;
      for (const p of candidates) {
        const end = matchAt(p.parts, w, i);
        if (end >= 0) hits.push({ value: p.value, start: i, end });
      }
    }
    return hits;
  }

  /** Longest match at each position, left to right, without overlaps ("no reply" hides "reply"). */
  matchLongest(w: Words): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < w.stems.length; ) {
      const candidates = this.byFirst.get(w.stems[i]!);
      let best: PhraseHit<T> | undefined;
      for (const p of candidates ?? []) {
        const end = matchAt(p.parts, w, i);
        if (end > (best?.end ?? -1)) best = { value: p.value, start: i, end };
      }
      if (best) {
        hits.push(best);
        i = best.end;
      } else i++;
    }
    return hits;
  }
}

/** An item's tokens and their stems (tokens.ts `words`). */
export interface Words {
  readonly tokens: readonly string[];
  readonly stems: readonly string[];
}

/** End index of `parts` (from part `k`) matched at `at`, or -1. A gap or a wildcard never crosses a break (comma…). */
function matchAt(parts: readonly string[], w: Words, at: number, k = 0): number {
  let j = at;
  for (; k < parts.length; k++) {
    const part = parts[k]!;
    if (part === '~') {
      // Try each gap length, shortest first.
      for (let gap = 0; gap <= MAX_GAP; gap++) {
        if (gap > 0 && w.stems[j + gap - 1] === BREAK) return -1;
        const end = matchAt(parts, w, j + gap, k + 1);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (j >= w.stems.length) return -1;
    const ok = part === '*' ? w.stems[j] !== BREAK : part.startsWith('=') ? w.tokens[j] === part.slice(1) : w.stems[j] === part;
    if (!ok) return -1;
    j++;
  }
  return j;
}
