import { describe, expect, it } from 'vitest';
import { faqVerdict } from '../../../src/extract/language/negation.js';

describe('faqVerdict', () => {
  const topic = /\bexchang/;
  it.each([
    ["do you offer exchanges? no, we don't.", false],
    ['do you offer exchanges? unfortunately not.', false],
    ['can i exchange my order? yes, within 30 days.', true],
    ['do you offer exchanges? absolutely.', true],
    ['do you offer exchanges? we swap sizes for free.', undefined],
  ])('%s → %s', (norm, verdict) => expect(faqVerdict(norm, topic)?.verdict).toBe(verdict));

  it('reads only the answer when it is not a plain yes or no', () => {
    expect(faqVerdict('do you offer exchanges? we swap sizes for free.', topic)?.answer).toBe('we swap sizes for free.');
  });

  it.each([
    ['how do exchanges work? you start one online.'],
    ['do you ship abroad? no.'],
    ['we offer exchanges.'],
  ])('is not an FAQ pair on the topic: %s', (norm) => expect(faqVerdict(norm, topic)).toBeUndefined());
});
