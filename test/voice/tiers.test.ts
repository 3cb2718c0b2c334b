import { describe, expect, it } from 'vitest';
import { TIER_RULE, isStrong, tierOf, tierRuleText, tierScore } from '../../src/voice/tiers.js';

describe('the importance tier rule', () => {
  it('claims no tier below the minimum number of mentions, however large the share', () => {
    expect(tierOf({ mentions: TIER_RULE.minMentions - 1, strong: TIER_RULE.minMentions - 1 }, TIER_RULE.minMentions)).toBe('not enough feedback');
    expect(tierOf({ mentions: TIER_RULE.minMentions, strong: 0 }, TIER_RULE.minMentions)).toBe('crucial');
  });

  it('scores share × (1 + strong share), so strong feeling can double a mention', () => {
    expect(tierScore({ mentions: 10, strong: 0 }, 100)).toBeCloseTo(0.1);
    expect(tierScore({ mentions: 10, strong: 5 }, 100)).toBeCloseTo(0.15);
    expect(tierScore({ mentions: 10, strong: 10 }, 100)).toBeCloseTo(0.2);
    expect(tierScore({ mentions: 0, strong: 0 }, 100)).toBe(0);
  });

  it('puts each threshold on the boundary where the rule text says it is', () => {
    const comments = 1000;
    const at = (share: number): ReturnType<typeof tierOf> => tierOf({ mentions: Math.round(share * comments), strong: 0 }, comments);
    expect(at(TIER_RULE.crucial)).toBe('crucial');
    expect(at(TIER_RULE.crucial - 0.001)).toBe('important');
    expect(at(TIER_RULE.important)).toBe('important');
    expect(at(TIER_RULE.nice)).toBe('nice');
    expect(at(TIER_RULE.nice - 0.001)).toBe('not-important');
  });

  it('lifts a rarely raised but strongly felt element one tier', () => {
    // 6 % of comments is "nice" on frequency alone; when every one of them is a 1- or 5-star outburst it is important.
    expect(tierOf({ mentions: 60, strong: 0 }, 1000)).toBe('nice');
    expect(tierOf({ mentions: 60, strong: 60 }, 1000)).toBe('important');
  });

  it('writes the rule with its numbers, so a person can check a tier from the counts', () => {
    const text = tierRuleText();
    for (const n of [TIER_RULE.crucial, TIER_RULE.important, TIER_RULE.nice, TIER_RULE.minMentions]) expect(text).toContain(String(n));
    expect(text).toMatch(/not enough feedback/);
  });

  it('counts a comment as strongly felt by the table: a 1- or 5-star rating, or wording scoring at least minScore either way', () => {
    const { ratings, minScore } = TIER_RULE.strong;
    for (const r of ratings) expect(isStrong(r, 0)).toBe(true);
    expect(isStrong(3, 0)).toBe(false);
    expect(isStrong(undefined, -minScore)).toBe(true);
    expect(isStrong(undefined, minScore - 0.5)).toBe(false);
    expect(tierRuleText()).toContain(`${ratings.join(' or ')} stars`);
    expect(tierRuleText()).toContain(`${minScore} or more`);
  });
});

