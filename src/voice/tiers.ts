/**
 * Importance tiers from what customers say: how often they raise an element and how strongly they feel when they
 * do. The rule is data (TIER_RULE) and its sentence (tierRuleText) is printed with every result, so a person can
 * check each tier by hand from the counts beside it.
 */
import type { Importance } from '../config/defaults.js';

export type Tier = Importance | 'not enough feedback';

/** An element that earned a tier: one with too little feedback, or none, weighs nothing and is not stored or quoted. */
export function isTiered<T extends { readonly tier?: Tier | undefined }>(element: T): element is T & { readonly tier: Importance } {
  return element.tier !== undefined && element.tier !== 'not enough feedback';
}

export const TIER_RULE = {
  /** Below this many mentions no tier is claimed: five comments are too few to say what customers value. */
  minMentions: 5,
  /** A comment feels strongly with one of these star ratings, or with wording whose score (AFINN units) is at least this far from 0. */
  strong: { ratings: [1, 5], minScore: 4 },
  /** Score thresholds, highest first. A score is share × (1 + strong share), so it runs from 0 to 2. */
  crucial: 0.15,
  important: 0.07,
  nice: 0.02,
} as const;

export interface ElementCounts {
  /** Comments that raise the element. */
  readonly mentions: number;
  /** Of those, comments with strong feeling (`isStrong`). */
  readonly strong: number;
}

/** Whether a comment feels strongly: TIER_RULE.strong's star ratings, or wording scoring at least its minScore either way. */
export function isStrong(rating: number | undefined, score: number): boolean {
  const { ratings, minScore } = TIER_RULE.strong;
  return (rating !== undefined && (ratings as readonly number[]).includes(rating)) || Math.abs(score) >= minScore;
}

/** share × (1 + strong share): raising an element often counts most, feeling strongly about it up to double. */
export function tierScore(counts: ElementCounts, comments: number): number {
  if (comments <= 0 || counts.mentions <= 0) return 0;
  return (counts.mentions / comments) * (1 + counts.strong / counts.mentions);
}

export function tierOf(counts: ElementCounts, comments: number): Tier {
  if (counts.mentions < TIER_RULE.minMentions) return 'not enough feedback';
  const score = tierScore(counts, comments);
  if (score >= TIER_RULE.crucial) return 'crucial';
  if (score >= TIER_RULE.important) return 'important';
  if (score >= TIER_RULE.nice) return 'nice';
  return 'not-important';
}

/** A share as a percentage with `decimals` places: "10 %", "12.5 %". */
export const pct = (x: number, decimals = 0): string => `${Math.round(x * 100 * 10 ** decimals) / 10 ** decimals} %`;

/** The rule in one sentence, with its numbers. */
export function tierRuleText(): string {
  const r = TIER_RULE;
  return (
    `score = (share of comments that raise the element) × (1 + share of those comments that feel strongly: ` +
    `${r.strong.ratings.join(' or ')} stars, or wording scoring ${r.strong.minScore} or more either way); ` +
    `crucial when score ≥ ${r.crucial}, important ≥ ${r.important}, nice ≥ ${r.nice}, else not important; ` +
    `fewer than ${r.minMentions} mentions: not enough feedback. Example: raised in ${pct(0.1)} of comments, half of them strongly → 0.1 × 1.5 = 0.15 → crucial.`
  );
}
