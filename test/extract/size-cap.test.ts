/**
 * One size cap for a page (issue 13, defect 9): what the crawler accepts (crawl.maxBytes by default) the extractor
 * reads to the end. A policy sentence near the end of a page just under the cap is still found.
 */
import { describe, expect, it } from 'vitest';
import { CRAWL_DEFAULTS, MAX_PAGE_BYTES } from '../../src/config/defaults.js';
import { extractTerms } from '../../src/extract/extract-terms.js';

describe('the page size cap', () => {
  it('is one number for the crawler and the extractor', () => {
    expect(CRAWL_DEFAULTS.maxBytes).toBe(MAX_PAGE_BYTES);
  });

  it('when a page the crawler accepts states its return window near the end then the extractor still reads it', () => {
    const sentence = 'Returns are accepted within 45 days of delivery.';
    // Blank padding (as a page of inline styles and whitespace has): cheap to parse, yet it counts against the cap.
    const before = `Our shop sells garden tools.${' \n'.repeat(Math.floor((MAX_PAGE_BYTES - 10_000) / 2))}`;
    const body = `${before}${sentence}`;
    expect(Buffer.byteLength(body)).toBeLessThan(MAX_PAGE_BYTES); // a page the crawler would keep whole
    const result = extractTerms({ body, url: 'https://shop.example/returns', contentType: 'text/plain' });
    expect(result.terms['returns.window_days']?.value).toBe(45);
  }, 60_000);
});
