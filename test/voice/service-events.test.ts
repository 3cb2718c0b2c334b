import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../src/voice/classify.js';
import { clauseScores } from '../../src/voice/sentiment.js';
import { SERVICE_EVENTS } from '../../src/voice/service-events.js';
import { words } from '../../src/voice/tokens.js';

describe('service events', () => {
  it('are read both as the element they are about and with their polarity, from the one table', () => {
    for (const [phrase, element, score] of SERVICE_EVENTS) {
      const text = `Then it ${phrase}.`;
      expect(classifyItem(text).elements, phrase).toContain(element);
      expect(Math.sign(clauseScores(words(text), text).reduce((a, b) => a + b, 0)), phrase).toBe(Math.sign(score));
    }
  });

  it('are phrases of several words, so both readers match them by stems alike', () => {
    for (const [phrase] of SERVICE_EVENTS) expect(phrase, phrase).toMatch(/\s/);
  });

  it('turn round under a negator like any scored phrase', () => {
    const text = 'The sofa has not fell apart yet.';
    expect(clauseScores(words(text), text)[0]).toBeGreaterThan(0);
  });
});
