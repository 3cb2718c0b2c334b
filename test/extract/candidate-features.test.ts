import { describe, expect, it } from 'vitest';
import { candidateValues, judgeable, type CandidateValue } from '../../src/extract/candidate-features.js';
import { extractProfiled, extractTerms } from '../../src/extract/extract-terms.js';
import type { TermId } from '../../src/terms.js';

// Our own page: a window stated twice, a shorter rival once, and channels (a set gathered from sentences).
const PAGE = [
  'Returns policy',
  '',
  'You may return any unworn item within 30 days of delivery for a full refund.',
  '',
  'Unused items can be returned within 30 days of purchase.',
  '',
  'Our customer service team can be reached by email and phone.',
  '',
  'Please note that returns must be started within 14 days.',
].join('\n');
const INPUT = { body: PAGE, url: 'https://shop.example/returns', contentType: 'text/plain' };

function observed(): { seen: Partial<Record<TermId, readonly CandidateValue[]>>; terms: unknown } {
  const { result, weighed } = extractProfiled(INPUT);
  const seen: Partial<Record<TermId, readonly CandidateValue[]>> = {};
  for (const [term, w] of Object.entries(weighed) as [TermId, NonNullable<(typeof weighed)[TermId]>][]) {
    if (judgeable(term)) seen[term] = candidateValues(term, w.defaults, w.chosen);
  }
  return { seen, terms: result.terms };
}

describe('candidate features (what a judge of the rules’ choices would read)', () => {
  it('observing the candidates changes no reading', () => {
    expect(observed().terms).toEqual(extractTerms(INPUT).terms);
  });

  it('groups a term’s candidates by value and says how the page backs each', () => {
    const window = observed().seen['returns.window_days'] ?? [];
    const byValue = new Map(window.map((v) => [v.value, v]));
    expect([...byValue.keys()].sort()).toEqual([14, 30]);
    const thirty = byValue.get(30)!;
    const fourteen = byValue.get(14)!;
    expect(thirty.features.ruleChoice).toBe(1);
    expect(fourteen.features.ruleChoice).toBe(0);
    // Stated in two units against one: corroborated, the rival lone; both know a rival exists.
    expect(thirty.features.units).toBeGreaterThan(fourteen.features.units!);
    expect(thirty.features.lone).toBe(0);
    expect(fourteen.features.lone).toBe(1);
    expect(thirty.features.rival).toBe(1);
    expect(thirty.features.largest).toBe(1);
    expect(fourteen.features.smallest).toBe(1);
    expect(thirty.features.first).toBe(1);
    expect(thirty.features.sectionMatch).toBe(1);
    expect(Object.keys(thirty.features).filter((f) => f.startsWith('rule:'))).toHaveLength(1);
  });

  it('leaves out terms whose value is a set gathered from sentences', () => {
    const { seen } = observed();
    expect(seen['support.channels']).toBeUndefined();
    expect(seen['returns.accepted']).toHaveLength(1);
  });
});
