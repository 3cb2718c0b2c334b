import { describe, expect, it } from 'vitest';
import { loadVoiceCorpus } from '../../bench/voice-corpus.js';
import { scoreVoice } from '../../bench/voice-score.js';
import { analyzeItem } from '../../src/voice/analyze-item.js';
import { classifyItem } from '../../src/voice/classify.js';
import { ELEMENT_IDS, ELEMENT_TERMS, SERVICE_ELEMENTS } from '../../src/voice/elements.js';
import { TERM_IDS } from '../../src/terms.js';

/** Floors a little under today's figures (tuning 0.944 / 0.965, held-out 0.854 / 0.979): a drop is a regression. */
const FLOORS = { tuning: { f1: 0.92, sentiment: 0.93 }, heldout: { f1: 0.85, sentiment: 0.8 } } as const;

describe('elements', () => {
  it('map each to TERMS.md term ids, every term at most once', () => {
    const mapped = Object.values(ELEMENT_TERMS).flat();
    for (const term of mapped) expect(TERM_IDS).toContain(term);
    expect(new Set(mapped).size).toBe(mapped.length);
    expect(SERVICE_ELEMENTS).not.toContain('product_quality');
    expect(SERVICE_ELEMENTS).not.toContain('other');
  });
});

describe('classifying feedback', () => {
  it('finds several elements in one item, in catalogue order', () => {
    expect(classifyItem('Wrong size sent, no reply to my emails for a week, and the return label cost me $8.').elements).toEqual([
      'return_shipping_cost',
      'order_processing',
      'response_time',
    ]);
  });

  it('sets aside what is not about service', () => {
    expect(classifyItem('The cotton is so soft and the colour is lovely.').elements).toEqual(['product_quality']);
    expect(classifyItem('Bought it as a present for my sister.').elements).toEqual(['other']);
  });

  it('reads "customs" as international shipping and "customer" as nothing of the kind', () => {
    expect(classifyItem('Got stung by customs fees on delivery.').elements).toContain('international_shipping');
    expect(classifyItem('Customer service was friendly.').elements).not.toContain('international_shipping');
  });

  for (const split of ['tuning', 'heldout'] as const) {
    it(`keeps the in-house ${split} split above its floor (element macro-F1 and sentiment accuracy)`, () => {
      const score = scoreVoice(
        loadVoiceCorpus(split).map((item) => {
          const a = analyzeItem(item.text, item.rating);
          return { id: item.id, text: item.text, expected: item, predicted: a };
        }),
      );
      expect(score.macroF1).toBeGreaterThanOrEqual(FLOORS[split].f1);
      expect(score.sentimentAccuracy).toBeGreaterThanOrEqual(FLOORS[split].sentiment);
      for (const e of ELEMENT_IDS) if (score.perElement[e]) expect(score.perElement[e]!.tp).toBeGreaterThan(0);
    });
  }
});
