/**
 * The HTML report in real Chromium (the build servicediff would find, through Playwright): a screenshot is taken, the SVG charts are
 * there, no request leaves the page (a loopback beacon server named in crawled text sees nothing), and no script runs
 * (injected `<script>window.__pwned=1</script>` evidence does not set it). RELIABILITY F2, F4, F5 in HTML.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareAll } from '../../src/compare/compare-all.js';
import { htmlReport, REPORT_CSP } from '../../src/report/html-report.js';
import { markdownReport } from '../../src/report/markdown-report.js';
import MarkdownIt from 'markdown-it';
import { startServer, type LoopbackServer } from '../helpers/loopback-server.js';
import { demoInput } from '../fixtures/report/demo-input.js';
import { hostileInput } from '../fixtures/report/hostile-input.js';
import { TEST_CHROMIUM } from '../helpers/chromium.js';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

let browser: Browser;
let beacon: LoopbackServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-html-'));
  beacon = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end();
  });
  browser = await chromium.launch({ executablePath: TEST_CHROMIUM, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await beacon?.close();
  await rm(dir, { recursive: true, force: true });
});

async function open(html: string, name: string) {
  const file = join(dir, `${name}.html`);
  await writeFile(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => void requests.push(request.url()));
  await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
  return { page, url, requests };
}

describe('HTML report in Chromium', () => {
  it('renders the demo with a screenshot, the matrix and inline SVG charts', async () => {
    const { page, url, requests } = await open(htmlReport(compareAll(demoInput())), 'demo');
    try {
      const shot = join(dir, 'demo.png');
      await page.screenshot({ path: shot, fullPage: true });
      const png = await readFile(shot);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(await page.locator('table.matrix tbody tr').count()).toBe(23);
      expect(await page.locator('table.market tbody tr').count()).toBe(23);
      const charts = await page.locator('figure.chart').evaluateAll((figures) =>
        figures.map((f) => ({ id: f.getAttribute('data-chart'), bars: f.querySelectorAll('svg rect').length })),
      );
      expect(charts).toEqual([
        { id: 'return-window', bars: 4 },
        { id: 'free-shipping-gbp', bars: 1 },
        { id: 'free-shipping-usd', bars: 3 },
        { id: 'support-hours', bars: 3 },
      ]);
      expect(await page.locator('ul.summary li').count()).toBe(compareAll(demoInput()).yourGaps.length > 0 ? 8 : 5); // unstated terms of yours, then five lines
      expect(requests).toEqual([url]);
    } finally {
      await page.close();
    }
  });

  it('lets no hostile text load anything or run any script', async () => {
    const html = htmlReport(compareAll(hostileInput(beacon.origin)));
    expect(html).toContain(`content="${REPORT_CSP}"`);
    const { page, url, requests } = await open(html, 'hostile');
    try {
      await page.screenshot({ path: join(dir, 'hostile.png'), fullPage: true });
      expect(requests).toEqual([url]);
      expect(beacon.requests).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('script, img, iframe, object, embed').count()).toBe(0);
      expect(await page.locator('[onerror], [onload], [onclick]').count()).toBe(0);
      // every element in the body is one the report itself writes: none came from crawled text
      const tags = await page.evaluate(() => [...new Set(Array.from(document.body.querySelectorAll('*'), (el) => el.tagName.toLowerCase()))]);
      const own = ['h1', 'h2', 'h3', 'p', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'span', 'blockquote', 'a', 'figure', 'figcaption', 'svg', 'g', 'text', 'rect'];
      expect(tags.filter((t) => !own.includes(t))).toEqual([]);
      const hrefs = await page.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
      const text = await page.locator('body').innerText();
      expect(text).toContain('<script>window.__pwned=1</script>');
      expect(text).toContain('**Acme** [x](y)');
      expect(text).toContain('../../etc/x');
      expect(text).not.toMatch(/[\u202e\u200b\u001b]/);
    } finally {
      await page.close();
    }
  });
});

/** Each heading of a rendered report with the text up to the next heading (charts aside: mermaid source vs SVG). */
async function sections(html: string, name: string): Promise<{ heading: string; text: string }[]> {
  const { page } = await open(html, name);
  try {
    return await page.evaluate(() => {
      for (const drawn of Array.from(document.querySelectorAll('pre, figure'))) drawn.remove();
      const out: { heading: string; text: string }[] = [];
      let current = { heading: '', text: '' };
      for (const element of Array.from(document.body.children)) {
        if (/^H[1-3]$/.test(element.tagName)) {
          out.push(current);
          current = { heading: `${element.tagName} ${element.textContent ?? ''}`, text: '' };
        } else current.text += element.textContent ?? '';
      }
      out.push(current);
      return out;
    });
  } finally {
    await page.close();
  }
}

describe('HTML and markdown say the same (issue 13, defect 4)', () => {
  it('when both are made from the same data then they have the same sections, in order, with the same words and values', async () => {
    const comparison = compareAll(demoInput());
    const fromMarkdown = await sections(new MarkdownIt({ html: true }).render(markdownReport(comparison)), 'from-markdown');
    const fromHtml = await sections(htmlReport(comparison), 'from-html');
    // Whitespace differs between the two renderings (list markers, table padding); words, values and marks do not.
    const squeeze = (list: { heading: string; text: string }[]) => list.map((s) => ({ heading: s.heading, text: s.text.replace(/\s+/g, '') }));
    expect(squeeze(fromHtml).map((s) => s.heading)).toEqual(squeeze(fromMarkdown).map((s) => s.heading));
    expect(squeeze(fromHtml)).toEqual(squeeze(fromMarkdown));
    const headings = fromHtml.map((s) => s.heading);
    expect(headings).toEqual(expect.arrayContaining(['H2 Your values (Northwind Goods)', 'H2 Acme Outfitters', 'H3 Where you stand out']));
    const acme = fromHtml.find((s) => s.heading === 'H2 Acme Outfitters')!.text;
    expect(acme).toMatch(/Last scanned \d{4}-\d{2}-\d{2}/);
    expect(acme).toMatch(/You are better on \d+, worse on \d+ and identical on \d+ terms/);
  });

  it('when a mark is used anywhere then the legend explains it, in every format', async () => {
    const { LEGEND } = await import('../../src/report/format-value.js');
    const { comparisonJson, terminalTable } = await import('../../src/report/terminal-table.js');
    const { makeColors } = await import('../../src/cli/output.js');
    const comparison = compareAll(demoInput());
    const outputs = { html: htmlReport(comparison), markdown: markdownReport(comparison), terminal: terminalTable(comparison, makeColors(false)).join('\n') };
    for (const [format, text] of Object.entries(outputs)) {
      for (const { mark, words } of LEGEND) expect(`${format}: ${text.replace(/\s+/g, ' ')}`).toContain(`${mark} ${words}`);
    }
    const json = JSON.parse(comparisonJson(comparison)) as { marks: Record<string, string>; legend: Record<string, string> };
    expect(Object.values(json.marks).sort()).toEqual(LEGEND.map((l) => l.mark).sort());
  });
});
