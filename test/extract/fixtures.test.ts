/**
 * Golden fixtures: each folder of test/fixtures/pages holds one in-house page (page.html or page.txt) and the
 * terms it states (expected.json). Every term is one named test; a term the page does not state must be absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/extract/extract-terms.js';
import { EVIDENCE_MAX_CHARS, TERM_IDS, type ExtractResult } from '../../src/terms.js';
import { TERM_VALUE_SCHEMAS } from '../../src/term-schemas.js';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'pages');

interface Expected {
  readonly category: string[];
  readonly terms: Record<string, unknown>;
}

for (const name of readdirSync(ROOT).sort()) {
  const dir = join(ROOT, name);
  const file = existsSync(join(dir, 'page.html')) ? 'page.html' : 'page.txt';
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  describe(`fixture ${name}`, () => {
    const result: ExtractResult = extractTerms({
      body: readFileSync(join(dir, file), 'utf8'),
      contentType: file.endsWith('.txt') ? 'text/plain' : 'text/html',
    });
    for (const id of TERM_IDS) {
      const want = expected.terms[id];
      it(want === undefined ? `${id} is absent` : `${id} = ${JSON.stringify(want)}`, () => {
        const got = result.terms[id]?.value;
        if (Array.isArray(want)) expect(new Set(got as unknown[])).toEqual(new Set(want));
        else expect(got).toEqual(want);
      });
    }
    it('category', () => expect(result.category).toEqual(expected.category));
    it('every reading has a valid value, short evidence and a confidence in 0..1', () => {
      for (const [id, reading] of Object.entries(result.terms)) {
        expect(TERM_VALUE_SCHEMAS[id as keyof typeof TERM_VALUE_SCHEMAS].safeParse(reading.value).success, id).toBe(true);
        expect(reading.evidence.length).toBeLessThanOrEqual(EVIDENCE_MAX_CHARS);
        expect(reading.evidence.length).toBeGreaterThan(0);
        expect(reading.confidence).toBeGreaterThanOrEqual(0);
        expect(reading.confidence).toBeLessThanOrEqual(1);
      }
    });
  });
}

describe('fixture jsonld-malformed-and-conflicting (RELIABILITY B7)', () => {
  const result = extractTerms({ body: readFileSync(join(ROOT, 'jsonld-malformed-and-conflicting', 'page.html'), 'utf8') });
  it('warns about the malformed block', () => {
    expect(result.warnings).toEqual([expect.stringMatching(/^malformed JSON-LD block 1 skipped/)]);
  });
  it('reports the conflicting block and the disagreeing prose instead of merging them', () => {
    expect(result.terms['returns.window_days']?.value).toBe(30);
    expect(result.terms['returns.window_days']?.conflict?.map((c) => [c.value, c.source])).toEqual([
      [45, 'json-ld'],
      [14, 'text'],
    ]);
  });
});

describe('fixture b7-wording-only-in-hidden-markup (RELIABILITY B7)', () => {
  it('no evidence comes from script, style, noscript, template or comments', () => {
    const result = extractTerms({ body: readFileSync(join(ROOT, 'b7-wording-only-in-hidden-markup', 'page.html'), 'utf8') });
    expect(result.terms).toEqual({});
  });
});
