/** The nesting limit on fetched HTML (issue 12: a page of 100,000 nested <div>s froze the scan). */
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio/slim';
import { depthOverLimit, domWithinDepth, MAX_HTML_DEPTH } from '../../src/fetch/html-depth.js';

const nested = (depth: number, tag = 'div'): string => `${`<${tag}>`.repeat(depth)}text${`</${tag}>`.repeat(depth)}`;

describe('depthOverLimit', () => {
  it.each([
    // Boundary: <html><body> add two levels around the nested tags.
    ['exactly at the limit', MAX_HTML_DEPTH - 2, undefined],
    ['one over the limit', MAX_HTML_DEPTH - 1, MAX_HTML_DEPTH + 1],
    ['100,000 deep: stopped at the limit, not walked to the bottom', 100_000, MAX_HTML_DEPTH + 1],
  ])('%s', (_name, depth, expected) => {
    expect(depthOverLimit(`<html><body>${nested(depth)}</body></html>`)).toBe(expected);
  });

  it('unclosed <li>, <p> and <td>, and void elements, do not nest: a long sloppy list is flat', () => {
    const items = '<li>Item <br> text <img src="x.png"> more'.repeat(5000);
    const paragraphs = '<p>One paragraph <input type="hidden"> <hr>'.repeat(5000);
    const cells = `<table>${'<tr><td>a<td>b'.repeat(5000)}</table>`;
    expect(depthOverLimit(`<html><body><ul>${items}</ul>${paragraphs}${cells}</body></html>`)).toBeUndefined();
  });

  it('a limit can be given', () => {
    expect(depthOverLimit(nested(10), 5)).toBe(6);
    expect(depthOverLimit(nested(5), 5)).toBeUndefined();
  });
});

describe('domWithinDepth: the tree and the depth check in one pass', () => {
  it('gives no tree for a page over the limit, and a tree for one at it, by the same count as depthOverLimit', () => {
    expect(domWithinDepth(`<html><body>${nested(MAX_HTML_DEPTH - 1)}</body></html>`)).toBeUndefined();
    expect(domWithinDepth(`<html><body>${nested(100_000)}</body></html>`)).toBeUndefined();
    expect(domWithinDepth(`<html><body>${nested(MAX_HTML_DEPTH - 2)}</body></html>`)).toBeDefined();
    expect(domWithinDepth(nested(10), 5)).toBeUndefined();
  });

  it("builds the tree cheerio's own load builds: same markup back, entities decoded, sloppy lists flat", () => {
    const html = '<html><head><title>A &amp; B</title></head><body><nav><a href="/returns?x=1&amp;y=2">Returns &amp; refunds</a></nav><ul><li>one<li>two<br></ul><p>Para<p>Next</body></html>';
    const $ = load(domWithinDepth(html)!);
    expect($.html()).toBe(load(html).html());
    expect($('a').attr('href')).toBe('/returns?x=1&y=2');
    expect($('li')).toHaveLength(2);
  });
});
