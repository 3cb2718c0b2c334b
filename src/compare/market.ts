/**
 * The market view: per term, how competitors stand against you (matching, best, median), and the four lists a
 * manager reads — claims everyone makes, where you stand out, where you fall behind, where a competitor stands out —
 * each ordered by importance weight.
 */
import type { TermObservation } from '../model.js';
import type { TermId, TermValue } from '../terms.js';
import { TERM_IDS } from '../terms.js';
import type { CompetitorVerdict, MarketEntry, MarketView, TermComparison, TermMarket } from './comparison-types.js';
import { compareValues, rankKey, unitOf } from './verdict.js';

/**
 * A claim you share with the market is "everyone's" when every competitor states it and matches you, and "most"
 * competitors' when more than this share of all competitors (not only of those stating it) does. 3 matches among
 * 14 competitors is no market norm.
 */
const MOST_SHARE = 0.5;

/** The market figures of one term from its verdicts. */
export function termMarket(term: TermId, you: TermObservation | undefined, verdicts: readonly CompetitorVerdict[]): TermMarket {
  const stated = verdicts.filter((v): v is CompetitorVerdict & { them: TermObservation } => v.them !== undefined);
  const count = (verdict: CompetitorVerdict['verdict']): number => verdicts.filter((v) => v.verdict === verdict).length;
  const base = { stating: stated.length, matching: count('identical'), better: count('better'), worse: count('worse') };
  if (stated.length === 0) return base;

  // Rank within one unit: yours when you state one, else the unit most competitors use.
  const units = stated.map((v) => unitOf(v.them.reading.value));
  const yourUnit = you ? unitOf(you.reading.value) : undefined;
  const unit = yourUnit ?? mostCommon(units);
  const ranked = stated
    .filter((_, i) => units[i] === unit)
    .map((v) => ({ id: v.competitor, value: v.them.reading.value, timezone: v.them.reading.timezone, key: rankKey(term, v.them.reading.value) }))
    .filter((r): r is { id: string; value: TermValue; timezone: string | undefined; key: number } => r.key !== undefined)
    .sort((a, b) => b.key - a.key);
  if (ranked.length === 0) return base;
  const top = ranked[0]!;
  const best = { value: top.value, competitors: ranked.filter((r) => r.key === top.key).map((r) => r.id), ...(top.timezone ? { timezone: top.timezone } : {}) };
  // Lower median of the ranked values, counted from the worst end (ranked is best first); it keeps its zone.
  const middle = ranked[Math.floor(ranked.length / 2)]!;
  return { ...base, best, median: middle.value, ...(middle.timezone ? { medianTimezone: middle.timezone } : {}), ...(unit ? { unit } : {}) };
}

function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string | undefined, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** The four lists of the market view, from per-term comparisons (any order in; lists come out by weight). */
export function marketView(terms: readonly TermComparison[]): MarketView {
  const claimsEveryoneMakes: MarketEntry[] = [];
  const youStandOut: MarketEntry[] = [];
  const youFallBehind: MarketEntry[] = [];
  const competitorStandsOut: MarketEntry[] = [];

  for (const t of terms) {
    // An entry is unsure when any value it rests on (yours, or a listed competitor's) was read with low confidence.
    const entry = (competitors: string[]): MarketEntry => {
      const unsure = t.verdicts.some((v) => v.unsure && competitors.includes(v.competitor));
      return { term: t.term, importance: t.importance, weight: t.weight, competitors, ...(unsure ? { unsure: true as const } : {}) };
    };
    const ids = (verdict: CompetitorVerdict['verdict']): string[] => t.verdicts.filter((v) => v.verdict === verdict).map((v) => v.competitor);
    const identical = ids('identical');
    const better = ids('better');
    const worse = ids('worse');
    const stating = t.verdicts.filter((v) => v.them !== undefined);

    // Shared by everyone (every competitor states it and matches you) or by most (over half of all competitors).
    if (t.you && identical.length > 0 && identical.length > t.verdicts.length * MOST_SHARE) {
      claimsEveryoneMakes.push({ ...entry(identical), of: t.verdicts.length });
    }
    // Standing out: nobody beats you, and you beat more competitors than match you (a tie with most is no edge).
    if (t.you && worse.length === 0 && better.length > identical.length) youStandOut.push(entry(better));
    if (worse.length > 0) youFallBehind.push(entry(worse));

    // A competitor stands out when it beats you and beats (or is the only one among) every other competitor stating it.
    if (t.you) {
      const leaders = worse.filter((id) => {
        const mine = t.verdicts.find((v) => v.competitor === id)!.them!.reading.value;
        return stating.every((other) => {
          if (other.competitor === id) return true;
          const order = compareValues(t.term, mine, other.them!.reading.value);
          return typeof order === 'number' && order > 0;
        });
      });
      if (leaders.length > 0) competitorStandsOut.push(entry(leaders));
    }
  }
  return {
    claimsEveryoneMakes: byWeight(claimsEveryoneMakes),
    youStandOut: byWeight(youStandOut),
    youFallBehind: byWeight(youFallBehind),
    competitorStandsOut: byWeight(competitorStandsOut),
  };
}

/** Highest weight first, then more competitors concerned, then catalogue order. */
export function byWeight<T extends { term: TermId; weight: number; competitors?: string[] }>(entries: T[]): T[] {
  const order = (id: TermId): number => (TERM_IDS as readonly TermId[]).indexOf(id);
  return entries.sort(
    (a, b) => b.weight - a.weight || (b.competitors?.length ?? 0) - (a.competitors?.length ?? 0) || order(a.term) - order(b.term),
  );
}
