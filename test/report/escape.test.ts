/**
 * The three escapers and their shared cleaning, one F case per row (RELIABILITY F1–F5).
 */
import { join, resolve, sep } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { cleanText, htmlLink, htmlText, mdCell, mdLink, mdQuote, mdText, mermaidLabel, reportFilePath, safeHttpUrl, terminalText } from '../../src/report/escape.js';
import { csvField } from '../../src/report/terminal-table.js';

describe('cleanText (shared by every output)', () => {
  it.each([
    ['F1 newlines collapse', 'a\nb\r\nc\td', 'a b c d'],
    ['F4 bidi override stripped', 'pay \u202Eevil\u202C now', 'pay evil now'],
    ['F4 isolates and marks stripped', '\u2066x\u2069\u200Ey\u200F', 'xy'],
    ['F4 zero-width stripped', 'in\u200Bvis\u200Cible\u200D\uFEFF', 'invisible'],
    ['F4 C0 controls become spaces', 'a\u0000b\u0007c', 'a b c'],
    ['F4 C1 controls become spaces', 'a\u0085b\u009Bc', 'a b c'],
    ['F4 CSI sequences removed', 'x\u001b[2Jy\u001b[31mz\u001b[0m', 'xyz'],
    ['F4 OSC title sequence removed', 'x\u001b]0;owned\u0007y', 'xy'],
    ['F4 lone ESC disarmed', 'x\u001bcy', 'x cy'],
  ])('%s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('F1: truncates a 100 KB sentence with an ellipsis and never splits a surrogate pair', () => {
    const out = cleanText('word '.repeat(20_480), 300);
    expect(Array.from(out)).toHaveLength(300);
    expect(out.endsWith('…')).toBe(true);
    const emoji = cleanText('😀'.repeat(400), 10);
    expect(Array.from(emoji)).toEqual([...Array(9).fill('😀'), '…']);
  });
});

describe('markdown escapers', () => {
  it.each([
    ['F1 pipe in a cell', 'a | b', 'a \\| b'],
    ['F1 leading heading marker', '# title', '\\# title'],
    ['F1 leading quote marker', '> quoted', '\\> quoted'],
    ['F1 leading list marker', '- item', '\\- item'],
    ['F1 leading plus', '+ item', '\\+ item'],
    ['F1 leading ordered marker', '1. item', '1\\. item'],
    ['F1 leading ordered paren', '12) item', '12\\) item'],
    // "(" and ")" only open a link's destination right after "]", which is always escaped, so they stay as written
    ['F2 link', '[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['F2 image', '![](http://h/b.png)', '\\!\\[\\](http://h/b.png)'],
    ['F2 reference definition', '[x]: javascript:alert(1)', '\\[x\\]: javascript:alert(1)'],
    ['parentheses in prose', '12 dates could not be read (column date)', '12 dates could not be read (column date)'],
    ['F2 raw HTML', '<script>x</script>', '\\<script\\>x\\</script\\>'],
    ['F2 entity', '&lt;b&gt;', '\\&lt;b\\&gt;'],
    ['F3 backtick fence', '```js', '\\`\\`\\`js'],
    ['F3 tilde fence', '~~~', '\\~\\~\\~'],
    ['emphasis', '**bold** _it_', '\\*\\*bold\\*\\* \\_it\\_'],
  ])('%s', (_name, input, expected) => {
    expect(mdText(input)).toBe(expected);
  });

  it('F2: with parentheses left as written, hostile text still renders as text, never as a link or an image', () => {
    const md = new MarkdownIt({ html: true, linkify: false });
    for (const hostile of [
      '[x](javascript:alert(1))', '[x] (javascript:alert(1))', '![](http://127.0.0.1/beacon.png)', '[x]: javascript:alert(1)',
      '[x][y] and [y]: javascript:alert(1)', '<javascript:alert(1)>', '\\[x\\](javascript:alert(1))', 'see [a](b) (c)',
    ]) {
      const html = md.render(`${mdText(hostile)}\n\n> ${mdText(hostile)}`);
      expect(html, hostile).not.toMatch(/<a |<img /);
    }
  });

  it('keeps a quote on one line whatever the evidence holds (F1, F3)', () => {
    const quote = mdQuote('line one\n```\n# two\n> three');
    expect(quote.split('\n')).toHaveLength(1);
    expect(quote).toBe('> line one \\`\\`\\` \\# two \\> three');
  });

  it('never leaves an empty table cell', () => {
    expect(mdCell('\u200B')).toBe(' ');
  });

  it('builds mermaid labels from safe characters only', () => {
    expect(mermaidLabel('Acme "]\n```x; %%{init}%%')).toBe('Acme x init');
  });
});

describe('links (F2, F5)', () => {
  it.each([
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['file:///etc/passwd', undefined],
    ['//evil.example/x', undefined],
    ['https://shop.example/a page)(x)', 'https://shop.example/a%20page%29%28x%29'],
    ['https://user:pw@shop.example/x', 'https://shop.example/x'],
    ['http://shop.example/q?a="b"&c=<d>', 'http://shop.example/q?a=%22b%22&c=%3Cd%3E'],
  ])('safeHttpUrl(%j) → %j', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });

  it('emits a markdown link only for http(s); anything else is plain text', () => {
    expect(mdLink('page', 'https://x.example/a b')).toBe('[page](<https://x.example/a%20b>)');
    expect(mdLink('page', 'javascript:alert(1)')).toBe('page (javascript:alert(1))');
  });

  it('emits an HTML link only for http(s), with escaped attributes', () => {
    expect(htmlLink('<b>', 'https://x.example/"q"')).toBe('<a href="https://x.example/%22q%22" rel="noreferrer noopener">&lt;b&gt;</a>');
    expect(htmlLink('page', 'javascript:alert(1)')).toBe('page (javascript:alert(1))');
  });
});

describe('htmlText, terminalText and csvField', () => {
  it('escapes the HTML-significant characters after cleaning', () => {
    expect(htmlText('<img src=x onerror="a(\'1\')">`\u202E')).toBe('&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt;&#96;');
  });

  it('F4: terminal text carries no escape sequence, bidi override or control character', () => {
    const out = terminalText('Evil\u001b[2J\u202E Corp\u0007\u009b');
    expect(out).toBe('Evil Corp');
  });

  it('quotes CSV fields and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('line\nbreak')).toBe('line break');
  });
});

describe('reportFilePath (F5)', () => {
  const folder = resolve('/tmp/servicediff-reports-test');
  it.each([
    ['../../etc/x', 'etc-x.md'],
    ['**Acme** [x](y)', 'acme-x-y.md'],
    ['2026-03-09', '2026-03-09.md'],
    ['/absolute/path', 'absolute-path.md'],
    ['..', 'business.md'],
  ])('%j stays inside the folder as %s', (name, file) => {
    const path = reportFilePath(folder, name, 'md');
    expect(path).toBe(join(folder, file));
    expect(path.startsWith(folder + sep)).toBe(true);
  });
});
