/**
 * Importance tiers from what customers say: how often they raise an element and how strongly they feel when they
 * do. The rule is data (TIER_RULE) and its sentence (tierRuleText) is printed with every result, so a person can
 * check each tier by hand from the counts beside it.
 */
import type { Importance } from '../config/defaults.js';

export type Tier = Importance | 'not enough feedback';

export const TIER_RULE = {
  /** Below this many mentions no tier is claimed: five comments are too few to say what customers value. */
  minMentions: 5,
  /** Score thresholds, highest first. A score is share × (1 + strong share), so it runs from 0 to 2. */
  crucial: 0.15,
  important: 0.07,
  nice: 0.02,
} as const;

export interface ElementCounts {
  /** Comments that raise the element. */
  readonly mentions: number;
  /** Of those, comments with strong feeling: a 1- or 5-star rating, or strong wording (sentiment.ts STRONG_SCORE). */
  readonly strong: number;
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

const pct = (x: number): string => `${Math.round(x * 100)} %`;

/** The rule in one sentence, with its numbers. */
export function tierRuleText(): string {
  const r = TIER_RULE;
  return (
    `score = (share of comments that raise the element) × (1 + share of those comments that feel strongly: 1 or 5 stars, or strong wording); ` +
    `crucial when score ≥ ${r.crucial}, important ≥ ${r.important}, nice ≥ ${r.nice}, else not important; ` +
    `fewer than ${r.minMentions} mentions: not enough feedback. Example: raised in ${pct(0.1)} of comments, half of them strongly → 0.1 × 1.5 = 0.15 → crucial.`
  );
}
