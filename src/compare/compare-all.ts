/**
 * compareAll: the one pass from a ComparisonInput to the typed Comparison every rendering reads (markdown, HTML,
 * terminal, JSON) and that notifications use to spot "a competitor now beats you on a crucial term".
 */
import { IMPORTANCE_WEIGHT } from '../config/defaults.js';
import { DAY_MS } from '../days.js';
import type { BusinessTerms, ComparisonInput, YourPage } from '../model.js';
import { categoryOf, TERM_IDS } from '../terms.js';
import { GAP_LEVELS, type Comparison, type CompetitorScore, type StaleValue, type TermComparison, type UnsureValue, type YourGap } from './comparison-types.js';
import { byWeight, marketView, termMarket } from './market.js';
import { isUnsure } from './unsure.js';
import { verdictForObservations } from './verdict.js';

export function compareAll(input: ComparisonInput): Comparison {
  const terms: TermComparison[] = TERM_IDS.map((term) => {
    const importance = input.importance[term];
    const you = input.you.terms[term];
    const verdicts = input.competitors.map((c) => {
      const them = c.terms[term];
      const unsure = isUnsure(you) || isUnsure(them);
      return { competitor: c.id, verdict: verdictForObservations(term, you, them), ...(them ? { them } : {}), ...(unsure ? { unsure: true as const } : {}) };
    });
    return {
      term,
      importance: importance.level,
      weight: IMPORTANCE_WEIGHT[importance.level],
      importanceSource: importance.source,
      ...(you ? { you } : {}),
      verdicts,
      market: termMarket(term, you, verdicts),
    };
  });
  byWeight(terms);

  const scores: CompetitorScore[] = input.competitors.map((c, i) => {
    let better = 0;
    let worse = 0;
    let identical = 0;
    let weighted = 0;
    let unsure = 0;
    for (const t of terms) {
      const v = t.verdicts[i]!.verdict;
      if (t.verdicts[i]!.unsure && (v === 'better' || v === 'worse' || v === 'identical')) unsure++;
      if (v === 'better') {
        better++;
        weighted += t.weight;
      } else if (v === 'worse') {
        worse++;
        weighted -= t.weight;
      } else if (v === 'identical') {
        identical++;
      }
    }
    return { competitor: c.id, better, worse, identical, weighted, unsure };
  });

  const sources = { customers: 0, config: 0, default: 0 };
  for (const term of TERM_IDS) sources[input.importance[term].source]++;

  return {
    generatedAt: input.generatedAt,
    ...(input.latestScanAt ? { latestScanAt: input.latestScanAt } : {}),
    ...(input.changesSince ? { changesSince: input.changesSince } : {}),
    you: input.you,
    competitors: input.competitors,
    terms,
    market: marketView(terms),
    scores,
    changes: input.changes,
    problems: input.problems,
    stale: staleValues([input.you, ...input.competitors], input.generatedAt),
    unsure: unsureValues([input.you, ...input.competitors]),
    importanceSources: sources,
    yourGaps: yourGaps(terms, input.yourPages ?? []),
    ...(input.customerWeights ? { customerWeights: input.customerWeights } : {}),
  };
}

/** Your crucial and important terms with no value (in `terms` order), each with the pages of its category. */
export function yourGaps(terms: readonly TermComparison[], pages: readonly YourPage[]): YourGap[] {
  return terms
    .filter((t) => !t.you && GAP_LEVELS.includes(t.importance))
    .map((t) => {
      const mine = pages.filter((p) => p.categories.includes(categoryOf(t.term)));
      return {
        term: t.term,
        importance: t.importance,
        pagesRead: mine.filter((p) => p.status !== 'failed').map((p) => p.url),
        pagesFailed: mine.filter((p) => p.status === 'failed').map((p) => p.url),
      };
    });
}

/** Every stale observation with its age in whole days, by business then catalogue order. */
export function staleValues(businesses: readonly BusinessTerms[], now: string): StaleValue[] {
  const out: StaleValue[] = [];
  for (const b of businesses) {
    for (const term of TERM_IDS) {
      const since = b.terms[term]?.staleSince;
      if (!since) continue;
      out.push({ business: b.id, term, staleSince: since, ageDays: ageDays(since, now) });
    }
  }
  return out;
}

/** Whole days from `since` to `now` (0 when either is unreadable or `since` lies ahead): the age of a stale value. */
export function ageDays(since: string, now: string): number {
  return Math.max(0, Math.floor((Date.parse(now) - Date.parse(since)) / DAY_MS)) || 0;
}

/** Every crawled value read with low confidence, by business then catalogue order. */
export function unsureValues(businesses: readonly BusinessTerms[]): UnsureValue[] {
  return businesses.flatMap((b) =>
    TERM_IDS.flatMap((term) => {
      const o = b.terms[term];
      return o && isUnsure(o) ? [{ business: b.id, term, confidence: o.reading.confidence }] : [];
    }),
  );
}

/** The business of an id among you and the competitors (renderers look names up through this). */
export function businessById(comparison: Pick<Comparison, 'you' | 'competitors'>, id: string): BusinessTerms | undefined {
  return id === comparison.you.id ? comparison.you : comparison.competitors.find((c) => c.id === id);
}
