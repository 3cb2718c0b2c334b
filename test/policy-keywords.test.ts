import { describe, expect, it } from 'vitest';
import { scoreCandidate } from '../src/discover/score-candidate.js';
import { topicsOf } from '../src/extract/classifier/topic-keywords.js';
import { POLICY_WORDS, SENTENCE_PATTERNS, TOPIC_PATTERNS } from '../src/policy-keywords.js';
import { CATEGORIES } from '../src/terms.js';

const rows = CATEGORIES.flatMap((category) => POLICY_WORDS[category].map((word) => ({ category, word })));

describe('one keyword table per category, read by discovery, the render decision and the extractor (issue 12)', () => {
  it.each(rows.filter((r) => r.word.link > 0))('discovery: a footer link "$word.example" is kept for $category', ({ category, word }) => {
    const text = word.example.split(/[;(]/)[0]!.trim();
    const scores = scoreCandidate({ url: 'https://shop.test/pages/x', source: 'link', text, region: 'footer' });
    expect(scores.map((s) => s.category)).toContain(category);
  });

  it.each(rows.filter((r) => r.word.topic !== false && r.word.heading !== false))(
    'extractor: a heading "$word.example" names $category',
    ({ category, word }) => expect(topicsOf(word.example)).toContain(category),
  );

  it.each(rows.filter((r) => r.word.topic !== false))('render decision: "$word.example" is a $category sentence', ({ category, word }) => {
    expect(SENTENCE_PATTERNS[category].test(word.example)).toBe(true);
  });

  it('words that only name links or only mark sentences stay out of section topics', () => {
    expect(TOPIC_PATTERNS.support.test("We're always happy to help.")).toBe(false);
    expect(TOPIC_PATTERNS.support.test('Questions? Email us')).toBe(false);
    expect(SENTENCE_PATTERNS.support.test('Email us any time and we answer the same day.')).toBe(true);
    expect(TOPIC_PATTERNS.guarantee.test('We promise to reply quickly')).toBe(false);
  });
});
