/**
 * `npm run bench:extract`: extractor speed on one core.
 *  - typical 50–150 KB policy pages (the in-house fixtures wrapped in realistic shop-theme noise: mega-menus,
 *    product grids, inline analytics scripts, style blocks, footers) → pages/second and per-page p50/p95 ms;
 *  - one 2 MB page → median ms over a few runs;
 *  - heapUsed / RSS before and after 10,000 pages (after a forced GC) to show memory stays flat.
 * Printed as one table: pages per CPU-second (the one-core figure) and per wall-second with the load average (the
 * machine is shared, so wall time includes waiting), p50/p95, the 2 MB median, memory before/after.
 * Targets (issue 4): ≥ 300 typical pages/s, a 2 MB page in < 200 ms.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extractTerms } from '../src/extract/extract-terms.js';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures', 'pages');
/** Pages timed for throughput and percentiles. */
const TIMED_PAGES = 2_000;
/** Pages run for the memory check. */
const MEMORY_PAGES = 10_000;
/** Untimed warm-up (JIT, lazy loads of natural/opening_hours). */
const WARMUP_PAGES = 200;
const BIG_PAGE_RUNS = 7;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A deterministic pseudo-random generator so every run benchmarks the same pages. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = 'linen oak candle mug throw blanket walnut tray ceramic bowl wool sock apron lamp shade basket print frame vase pillow rug'.split(' ');

function noise(rand: () => number, targetBytes: number): { head: string; before: string; after: string } {
  const menu = Array.from({ length: 60 }, (_, i) => `<li><a href="/collections/${WORDS[i % WORDS.length]}-${i}">${WORDS[i % WORDS.length]} ${i}</a></li>`).join('');
  const card = (i: number): string =>
    `<li class="product-card" data-id="${i}"><a href="/products/${WORDS[i % WORDS.length]}-${i}"><img src="/cdn/shop/files/p${i}.jpg?v=${Math.floor(rand() * 1e9)}" alt="${WORDS[i % WORDS.length]}" width="600" height="600"><span class="title">${WORDS[(i * 7) % WORDS.length]} ${WORDS[(i * 3) % WORDS.length]}</span><span class="price">$${(rand() * 200).toFixed(2)}</span></a><p class="review">Lovely ${WORDS[i % WORDS.length]}, arrived quickly and well packed.</p></li>`;
  const script = `<script>window.dataLayer=window.dataLayer||[];${'dataLayer.push({event:"view",id:' + Math.floor(rand() * 1e6) + ',items:["a","b","c"]});'.repeat(40)}</script>`;
  const style = `<style>${Array.from({ length: 200 }, (_, i) => `.c${i}{margin:${i % 9}px;padding:${i % 7}px;color:#${(i * 4099).toString(16).slice(0, 6).padEnd(6, '0')}}`).join('')}</style>`;
  let grid = '';
  let i = 0;
  const base = menu.length * 2 + script.length + style.length + 4000;
  while (base + grid.length < targetBytes) grid += card(i++);
  return {
    head: `<title>Policy</title>${style}${script}`,
    before: `<header class="site-header"><nav><ul>${menu}</ul></nav></header><div id="cookie-consent">We use cookies to improve your experience.</div>`,
    after: `<section class="recommendations"><h2>You may also like</h2><ul>${grid}</ul></section><footer class="site-footer"><ul>${menu}</ul><p>© Shop</p></footer>${script}`,
  };
}

function loadFixtures(): { body: string; contentType: string }[] {
  const out: { body: string; contentType: string }[] = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const html = join(FIXTURES, name, 'page.html');
    const txt = join(FIXTURES, name, 'page.txt');
    if (existsSync(html)) out.push({ body: readFileSync(html, 'utf8'), contentType: 'text/html' });
    else if (existsSync(txt)) out.push({ body: `<p>${readFileSync(txt, 'utf8').split(/\n\s*\n/).join('</p><p>')}</p>`, contentType: 'text/html' });
  }
  return out;
}

function typicalPages(count: number): string[] {
  const rand = rng(42);
  const fixtures = loadFixtures();
  const pages: string[] = [];
  for (let i = 0; i < count; i++) {
    const f = fixtures[i % fixtures.length]!;
    const target = 50_000 + Math.floor(rand() * 100_000);
    const n = noise(rand, target);
    const inner = f.body.replace(/^[\s\S]*?<body[^>]*>|<\/body>[\s\S]*$/gi, '');
    pages.push(`<!doctype html><html><head>${n.head}</head><body>${n.before}<main>${inner}</main>${n.after}</body></html>`);
  }
  return pages;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** One row of the result table: what was measured, the figure, the issue-4 target (if any) and whether it is met. */
interface Row {
  readonly measure: string;
  readonly value: string;
  readonly target: string;
  readonly ok?: boolean;
}

function printTable(rows: Row[]): void {
  const head: Row = { measure: 'measure', value: 'value', target: 'target' };
  const w = (k: keyof Omit<Row, 'ok'>): number => Math.max(...[head, ...rows].map((r) => r[k].length));
  const line = (r: Row): string => `${r.measure.padEnd(w('measure'))}  ${r.value.padStart(w('value'))}  ${r.target.padEnd(w('target'))}  ${r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED'}`.trimEnd();
  console.log(line(head));
  console.log('-'.repeat(w('measure') + w('value') + w('target') + 10));
  for (const r of rows) console.log(line(r));
}

function main(): void {
  const distinct = typicalPages(64);
  const sizes = distinct.map((p) => Buffer.byteLength(p));
  console.log(`typical pages: ${distinct.length} distinct, ${Math.round(Math.min(...sizes) / 1024)}–${Math.round(Math.max(...sizes) / 1024)} KB; ${TIMED_PAGES} timed after ${WARMUP_PAGES} warm-up`);
  for (let i = 0; i < WARMUP_PAGES; i++) extractTerms({ body: distinct[i % distinct.length]!, contentType: 'text/html' });

  const times: number[] = [];
  let found = 0;
  const loadBefore = loadavg()[0]!;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < TIMED_PAGES; i++) {
    const t0 = performance.now();
    const r = extractTerms({ body: distinct[i % distinct.length]!, contentType: 'text/html' });
    times.push(performance.now() - t0);
    found += Object.keys(r.terms).length;
  }
  const elapsed = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const load = Math.max(loadBefore, loadavg()[0]!);
  // CPU seconds of this process: the honest "one core" figure on a shared machine, where wall time includes waiting.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const perCpuSecond = TIMED_PAGES / cpuSeconds;
  // Machine code held after the timed pages, nearly all of it compiled patterns: past 16 MB of executable memory V8
  // compiles every further pattern without its optimisations (TooMuchRegExpCode), which is what made this figure move.
  const codeBytes = getHeapSpaceStatistics().filter((sp) => sp.space_name.startsWith('code')).reduce((a, sp) => a + sp.space_used_size, 0);
  times.sort((a, b) => a - b);

  const rand = rng(7);
  const big = noise(rand, 2 * 1024 * 1024);
  const fixtures = loadFixtures();
  const policy = fixtures.map((f) => f.body.replace(/^[\s\S]*?<body[^>]*>|<\/body>[\s\S]*$/gi, '')).join('');
  const bigPage = `<!doctype html><html><head>${big.head}</head><body>${big.before}<main>${policy}</main>${big.after}</body></html>`;
  const bigTimes: number[] = [];
  const bigCpu: number[] = [];
  for (let i = 0; i < BIG_PAGE_RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    extractTerms({ body: bigPage, contentType: 'text/html' });
    bigTimes.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    bigCpu.push((c.user + c.system) / 1000);
  }
  bigTimes.sort((a, b) => a - b);
  bigCpu.sort((a, b) => a - b);
  const bigWall = percentile(bigTimes, 50);
  // The same bytes with no <main>: the whole body must be tokenized (the worst case for the 2 MB target).
  const bareTimes: number[] = [];
  const barePage = bigPage.replace(/<(\/?)main\b/gi, '<$1div');
  for (let i = 0; i < BIG_PAGE_RUNS; i++) {
    const t0 = performance.now();
    extractTerms({ body: barePage, contentType: 'text/html' });
    bareTimes.push(performance.now() - t0);
  }
  bareTimes.sort((a, b) => a - b);
  const bareWall = percentile(bareTimes, 50);

  gc();
  const before = process.memoryUsage();
  for (let i = 0; i < MEMORY_PAGES; i++) extractTerms({ body: distinct[i % distinct.length]!, contentType: 'text/html' });
  gc();
  const after = process.memoryUsage();
  // "Flat": the heap after 10,000 pages within a few MB of where it started (caches are bounded, nothing accumulates).
  const heapGrowth = after.heapUsed - before.heapUsed;

  printTable([
    { measure: 'typical pages per CPU-second (one core)', value: perCpuSecond.toFixed(0), target: '≥ 300', ok: perCpuSecond >= 300 },
    { measure: `typical pages per wall-second (load avg ${load.toFixed(1)})`, value: (TIMED_PAGES / elapsed).toFixed(0), target: '(shared machine: read with the load)' },
    { measure: 'typical page p50 (wall)', value: `${percentile(times, 50).toFixed(2)} ms`, target: '' },
    { measure: 'typical page p95 (wall)', value: `${percentile(times, 95).toFixed(2)} ms`, target: '' },
    { measure: 'V8 machine code after the timed pages', value: mb(codeBytes), target: '< 16 MB (V8 pattern budget)', ok: codeBytes < 16 * 1024 * 1024 },
    { measure: 'terms found per typical page', value: (found / TIMED_PAGES).toFixed(1), target: '(must not move with speed work)' },
    { measure: `2 MB page (${mb(Buffer.byteLength(bigPage))}) median wall, ${BIG_PAGE_RUNS} runs`, value: `${bigWall.toFixed(1)} ms`, target: '< 200 ms', ok: bigWall < 200 },
    { measure: '2 MB page median CPU', value: `${percentile(bigCpu, 50).toFixed(1)} ms`, target: '< 200 ms', ok: percentile(bigCpu, 50) < 200 },
    { measure: '2 MB page without <main> median wall', value: `${bareWall.toFixed(1)} ms`, target: '< 200 ms', ok: bareWall < 200 },
    { measure: `heapUsed before → after ${MEMORY_PAGES} pages`, value: `${mb(before.heapUsed)} → ${mb(after.heapUsed)}`, target: 'flat (< 5 MB growth)', ok: heapGrowth < 5 * 1024 * 1024 },
    { measure: `RSS before → after ${MEMORY_PAGES} pages`, value: `${mb(before.rss)} → ${mb(after.rss)}`, target: 'flat' },
  ]);
}

main();
