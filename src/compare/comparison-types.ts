/**
 * The typed result of `compareAll`: everything the markdown, HTML and terminal renderings (and notifications)
 * read. Values stay as TERMS.md values; formatting belongs to the renderers.
 */
import type { Importance } from '../config/defaults.js';
import type { BusinessTerms, CrawlProblem, CustomerWeights, ImportanceSource, TermChange, TermObservation } from '../model.js';
import type { TermId, TermValue } from '../terms.js';
import type { Verdict } from './verdict.js';

/** Your value against one competitor's, for one term. */
export interface CompetitorVerdict {
  /** Competitor business id. */
  readonly competitor: string;
  readonly verdict: Verdict;
  readonly them?: TermObservation;
  /** Set when the verdict rests on a value read with low confidence (yours or theirs, see unsure.ts): say it less firmly. */
  readonly unsure?: true;
}

/** The market for one term: competitors only (you are measured against it). */
export interface TermMarket {
  /** Competitors that state the term. */
  readonly stating: number;
  /** Competitors whose value is identical to yours. */
  readonly matching: number;
  readonly better: number;
  readonly worse: number;
  /** The best value any competitor states (within the unit you use, when you state the term), and who states it. */
  readonly best?: { readonly value: TermValue; readonly competitors: string[]; readonly timezone?: string };
  /** The median competitor value (lower median), within the same unit as `best`. */
  readonly median?: TermValue;
  /** The zone of the median value (support hours, cut-off time), when its page gave one. */
  readonly medianTimezone?: string;
  /** Unit the best/median were taken in (a currency or "%"), when the values have one. */
  readonly unit?: string;
}

export interface TermComparison {
  readonly term: TermId;
  readonly importance: Importance;
  readonly weight: number;
  readonly importanceSource: ImportanceSource;
  readonly you?: TermObservation;
  /** One per competitor, in config order. */
  readonly verdicts: CompetitorVerdict[];
  readonly market: TermMarket;
}

/** A list entry of the market view. */
export interface MarketEntry {
  readonly term: TermId;
  readonly importance: Importance;
  readonly weight: number;
  /** Competitor ids concerned (who matches you, who beats you, who stands out). */
  readonly competitors: string[];
  /** Shared claims: how many competitors there are in all ("everyone" when `competitors` are all of them). */
  readonly of?: number;
  /** Set when the entry rests on a value read with low confidence: yours, or one of the competitors'. */
  readonly unsure?: true;
}

export interface MarketView {
  /**
   * Claims you share with the market, no differentiator: every competitor (entry.competitors.length === entry.of) or
   * most of them (more than half of all competitors) state the term and match you.
   */
  readonly claimsEveryoneMakes: MarketEntry[];
  /** No competitor beats you, and you beat more competitors than match you. */
  readonly youStandOut: MarketEntry[];
  /** At least one competitor beats you. */
  readonly youFallBehind: MarketEntry[];
  /** A competitor beats you and every other competitor that states the term. */
  readonly competitorStandsOut: MarketEntry[];
}

/** Levels whose terms you are told about when you do not state them. */
export const GAP_LEVELS: readonly Importance[] = ['crucial', 'important'];

/** One of your crucial or important terms with no value: what was read for it, so the owner can fix or declare it. */
export interface YourGap {
  readonly term: TermId;
  readonly importance: Importance;
  /** Your pages of the term's category that were read (ok or unchanged); empty when none was found or read. */
  readonly pagesRead: string[];
  /** Your pages of the category whose fetch failed in the latest scan. */
  readonly pagesFailed: string[];
}

/** Per competitor: how many terms you win and lose, and the importance-weighted balance. */
export interface CompetitorScore {
  readonly competitor: string;
  readonly better: number;
  readonly worse: number;
  readonly identical: number;
  /** Sum of weights of terms you win minus terms you lose. */
  readonly weighted: number;
  /** How many of the better, worse and identical verdicts rest on a value read with low confidence. */
  readonly unsure: number;
}

/** A value that comes from an older scan because this scan's fetch failed. */
export interface StaleValue {
  readonly business: string;
  readonly term: TermId;
  readonly staleSince: string;
  /** Whole days between staleSince and generatedAt. */
  readonly ageDays: number;
}

/** A value read with low confidence (below SURE): marked wherever it is shown. */
export interface UnsureValue {
  readonly business: string;
  readonly term: TermId;
  readonly confidence: number;
}

export interface Comparison {
  readonly generatedAt: string;
  readonly latestScanAt?: string;
  /** ISO time `changes` are counted from (the report records it, so re-running a report lists the same changes). */
  readonly changesSince?: string;
  readonly you: BusinessTerms;
  readonly competitors: BusinessTerms[];
  /** Every term, ordered by importance weight (highest first), then catalogue order. */
  readonly terms: TermComparison[];
  readonly market: MarketView;
  readonly scores: CompetitorScore[];
  readonly changes: TermChange[];
  readonly problems: CrawlProblem[];
  readonly stale: StaleValue[];
  /** Crawled values read with low confidence, by business (you first) then catalogue order. */
  readonly unsure: UnsureValue[];
  /** Your crucial and important terms that have no value, by weight (they open the summary). */
  readonly yourGaps: YourGap[];
  /** Where the importance weights came from: how many terms from customer feedback, from config, from defaults. */
  readonly importanceSources: Readonly<Record<ImportanceSource, number>>;
  /** The customer feedback behind the `customers` weights, when `weigh --write` stored some. */
  readonly customerWeights?: CustomerWeights;
}
