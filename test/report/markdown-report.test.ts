/**
 * The markdown report: a golden file for the demo input (UPDATE_GOLDEN=1 rewrites it), and RELIABILITY F1–F5 checked
 * by rendering hostile input with markdown-it (raw HTML enabled, as the F2 case asks) and inspecting the HTML.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { compareAll } from '../../src/compare/compare-all.js';
import { markdownReport, markdownMatrix } from '../../src/report/markdown-report.js';
import { demoInput } from '../fixtures/report/demo-input.js';
import { hostileInput } from '../fixtures/report/hostile-input.js';

const GOLDEN = fileURLToPath(new URL('../fixtures/report/golden.md', import.meta.url));
const BEACON = 'http://127.0.0.1:9/beacon-origin';

/** Elements the report itself produces; anything else in the rendered HTML came from crawled text. */
const OWN_ELEMENTS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'blockquote', 'a', 'pre', 'code', 'br']);

function render(markdown: string): cheerio.CheerioAPI {
  const html = new MarkdownIt({ html: true, linkify: false }).render(markdown);
  return cheerio.load(html);
}

describe('markdown report: golden demo', () => {
  it('matches test/fixtures/report/golden.md (UPDATE_GOLDEN=1 to accept a change)', () => {
    const markdown = markdownReport(compareAll(demoInput()));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, markdown);
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('opens with the five-line summary, then the matrix ordered by importance', () => {
    const $ = render(markdownReport(compareAll(demoInput())));
    const summary = $('h2:contains("Summary")').next('ul').children('li');
    const gaps = compareAll(demoInput()).yourGaps.length > 0 ? 3 : 0; // returns, shipping and support terms you leave unstated
    expect(summary).toHaveLength(gaps + 5);
    expect(summary.eq(0).text()).toMatch(/^Not stated by you: Restocking fee \(important\)/);
    expect(summary.eq(gaps + 3).text()).toMatch(/^Where you fall behind: Return window \(Birch & Co\)/);
    const rows = $('table').first().find('tbody tr');
    expect(rows).toHaveLength(23);
    expect(rows.eq(0).find('td').eq(0).text()).toBe('Return window');
    expect(rows.eq(0).find('td').eq(4).text()).toBe('▼ 60 days');
    expect(rows.eq(0).find('td').eq(5).text()).toBe('▲ 14 days');
  });

  it('marks declared and stale values, lists changes and problems, and says where weights came from', () => {
    const markdown = markdownReport(compareAll(demoInput()));
    expect(markdown).toContain('| over USD 50 † |');
    expect(markdown).toContain('- **Free-shipping threshold**: over USD 50 † declared in config (wins over what your site says).');
    expect(markdown).toContain('- **Return window**: 30 days, crawled. Source: [page](<https://northwind.example/returns>)');
    expect(markdown).toContain('▼ 2–4 days ◷');
    expect(markdown).toContain('◷ stale since 2026-03-02 (7 days old)');
    expect(markdown).toMatch(/Birch \\& Co\*\* Return window changed: 30 days → 60 days/);
    expect(markdown).toContain('http-status (HTTP 503)');
    expect(markdown).toContain('4 terms weighted from your config');
  });

  it('draws mermaid bar charts of return window, free-shipping threshold per currency and support hours', () => {
    const markdown = markdownReport(compareAll(demoInput()));
    const charts = markdown.match(/```mermaid\nxychart-beta\n[^`]*```/g) ?? [];
    expect(charts.map((c) => /title "([^"]+)"/.exec(c)?.[1])).toEqual([
      'Return window',
      'Free-shipping threshold (GBP)',
      'Free-shipping threshold (USD)',
      'Weekly support hours',
    ]);
    expect(charts[0]).toContain('bar [30, 30, 60, 14]');
    expect(charts[3]).toContain('bar [40, 168, 40]');
  });
});

describe('markdown report: hostile text stays text (RELIABILITY F)', () => {
  const markdown = markdownReport(compareAll(hostileInput(BEACON)));
  const $ = render(markdown);

  it('F1: pipes and newlines do not break table rows; block markers stay text; the 100 KB sentence is truncated', () => {
    $('table').each((_, table) => {
      const width = $(table).find('thead th').length;
      $(table)
        .find('tbody tr')
        .each((_, row) => void expect($(row).children('td').length).toBe(width));
    });
    // one heading per section of ours: no heading, quote or list came from evidence
    expect($('h1')).toHaveLength(1);
    expect($('body').text()).toContain('# Heading from a page');
    expect($('body').text()).toContain('- list item from a page');
    expect($('body').text()).toContain('1. numbered item from a page');
    expect($('blockquote blockquote')).toHaveLength(0);
    expect($('li ol, li ul, blockquote ul, blockquote ol')).toHaveLength(0);
    expect(markdown.length).toBeLessThan(100_000);
    expect(markdown).not.toContain('word '.repeat(100));
    expect($('blockquote').filter((_, q) => /^word word .*…$/.test($(q).text().trim()))).not.toHaveLength(0);
  });

  it('F2: no javascript: href, no <img>, no <script>, no element taken from crawled text', () => {
    const tags = new Set($('*').toArray().map((el) => ('tagName' in el ? el.tagName : '')));
    for (const tag of ['html', 'head', 'body']) tags.delete(tag);
    expect([...tags].filter((t) => !OWN_ELEMENTS.has(t))).toEqual([]);
    expect($('img, script')).toHaveLength(0);
    $('a').each((_, a) => void expect($(a).attr('href')).toMatch(/^https?:\/\//));
    expect($('body').text()).toContain('<script>window.__pwned=1</script>');
    expect($('body').text()).toContain('[here](javascript:alert(1))');
    expect($('body').text()).toContain(`![](${BEACON}/beacon.png)`);
  });

  it('F3: backtick and tilde fences do not break out; the text after them still renders as a quote', () => {
    // the only code blocks are our own mermaid charts
    $('pre code').each((_, code) => void expect($(code).attr('class')).toBe('language-mermaid'));
    const fence = $('blockquote').filter((_, q) => $(q).text().trim().startsWith('Start ``` fenced'));
    expect(fence.length).toBeGreaterThan(0);
    expect(fence.first().text()).toContain('# escaped heading ``` end');
    const tilde = $('blockquote').filter((_, q) => $(q).text().trim().startsWith('Start ~~~ tilde fence'));
    expect(tilde.first().text()).toContain('<b>bold</b>');
  });

  it('F4: bidi overrides, zero-width characters, C0/C1 controls and ESC sequences are stripped', () => {
    expect(markdown).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect($('body').text()).toContain('Refund in 30 days now');
    expect($('body').text()).toContain('Zerowidthtext here');
    expect($('body').text()).toContain('Clear screen and red');
    expect($('body').text()).toContain('Bell and C1 here');
  });

  it('F5: competitor names are literal headings; links are http(s) only and percent-encoded', () => {
    const headings = $('h2').toArray().map((h) => $(h).text());
    expect(headings).toContain('**Acme** [x](y)');
    expect(headings).toContain('../../etc/x');
    expect(headings.some((h) => h.startsWith('Evil Corp <script>'))).toBe(true);
    const hrefs = $('a').toArray().map((a) => $(a).attr('href')!);
    expect(hrefs).toContain('https://evil.example/a%20page%29%28x%29.html');
    expect(hrefs).toContain('https://acme-evil.example/a%20b%29c');
    expect(hrefs.some((h) => h.includes('javascript') || h.startsWith('data:'))).toBe(false);
    // a non-http source stays visible as text
    expect($('body').text()).toContain('page (javascript:alert(document.cookie))');
  });

  it('the matrix alone (compare --format md) is escaped the same way', () => {
    const $m = render(markdownMatrix(compareAll(hostileInput(BEACON))));
    expect($m('img, script, a')).toHaveLength(0);
    expect($m('thead th').toArray().map((th) => $m(th).text())).toContain('**Acme** [x](y)');
  });
});
