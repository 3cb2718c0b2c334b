/**
 * `npm run bench:store`: a synthetic year of weekly scans — 50 competitors × 5 policy pages, 52 weeks — written
 * through the real store (lowdb file, atomic writes, snapshots), then timed:
 *   1. file size after the year (target < 10 MB);
 *   2. open (with lock) + append one scan + save, median of 7 runs on a fresh copy (target < 300 ms);
 *   3. `history` for one competitor: in process (open + query + render) and as a whole CLI process (target < 200 ms).
 * Change rate: each week ~3% of pages get a new body; half of those change a term value, half are rewording only;
 * ~1% of fetches fail (blocked/timeout). Readings carry several terms with ~150-character evidence.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScanInput, ScannedBusiness, ScannedPage } from '../src/model.js';
import { historyTable } from '../src/report/history-format.js';
import { openStore } from '../src/store/open-store.js';
import type { Category, TermReadings } from '../src/terms.js';
import { median, rng } from './bench-utils.js';

const COMPETITORS = 50;
const PAGES = 5;
const WEEKS = 52;
/** Share of pages with a new body each week, and the share of those whose terms really change. */
const NEW_BODY_RATE = 0.03;
const TERM_CHANGE_SHARE = 0.5;
const FAIL_RATE = 0.01;
const RUNS = 7;
const CLI_RUNS = 5;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const random = rng(20260105);

const CATEGORY_OF_PAGE: Category[] = ['returns', 'shipping', 'guarantee', 'warranty', 'support'];
const FILLER = 'Please keep your receipt and the original packaging, and allow our team a little time to inspect each item that reaches the warehouse';

/** Several terms per page with ~150-character in-house evidence; `v` shifts values when terms really change. */
function termsFor(category: Category, v: number): TermReadings {
  const ev = (s: string): string => `${s}. ${FILLER}`.slice(0, 150);
  switch (category) {
    case 'returns':
      return {
        'returns.accepted': { value: true, evidence: ev('Items can be returned for any reason'), confidence: 0.8, source: 'text' },
        'returns.window_days': { value: 30 + v, evidence: ev(`Return unworn goods within ${30 + v} days of delivery`), confidence: 0.9, source: 'text' },
        'returns.return_shipping': { value: 'customer', evidence: ev('The customer pays for the return label'), confidence: 0.8, source: 'text' },
        'returns.refund_method': { value: ['original_payment', 'store_credit'], evidence: ev('Refunds go back to the card used or to store credit'), confidence: 0.8, source: 'text' },
        'returns.refund_days': { value: 7, evidence: ev('Refunds are issued within 7 days of the parcel arriving'), confidence: 0.8, source: 'text' },
      };
    case 'shipping':
      return {
        'shipping.free_threshold': { value: { amount: 50 + v, currency: 'USD' }, evidence: ev(`Free delivery on orders over $${50 + v}`), confidence: 0.9, source: 'text' },
        'shipping.processing_days': { value: { min: 1, max: 2 }, evidence: ev('Orders leave us within 1-2 business days'), confidence: 0.8, source: 'text' },
        'shipping.delivery_days': { value: { min: 3, max: 5 }, evidence: ev('Standard delivery takes 3-5 business days'), confidence: 0.8, source: 'text' },
        'shipping.tracking': { value: true, evidence: ev('A tracking link is emailed when the parcel ships'), confidence: 0.8, source: 'text' },
      };
    case 'guarantee':
      return {
        'guarantee.money_back_days': { value: 60 + v, evidence: ev(`Our ${60 + v}-day money-back promise`), confidence: 0.85, source: 'text' },
        'guarantee.satisfaction': { value: true, evidence: ev('Happiness guaranteed on every order'), confidence: 0.7, source: 'text' },
        'guarantee.price_match': { value: false, evidence: ev('We do not match prices of other shops'), confidence: 0.7, source: 'text' },
      };
    case 'warranty':
      return {
        'warranty.duration_months': { value: 24 + v, evidence: ev(`Every product has a ${24 + v}-month warranty`), confidence: 0.9, source: 'text' },
        'warranty.extended_available': { value: true, evidence: ev('Longer protection plans can be added at checkout'), confidence: 0.7, source: 'text' },
      };
    case 'support':
      return {
        'support.hours': { value: 'Mo-Fr 09:00-17:00', evidence: ev('Our team answers Monday to Friday, 9 to 5'), confidence: 0.8, source: 'text', timezone: 'ET' },
        'support.channels': { value: ['email', 'phone', 'chat'], evidence: ev('Call, email or chat with us'), confidence: 0.8, source: 'text' },
        'support.response_hours': { value: 24 + v, evidence: ev(`Emails are answered within ${24 + v} hours`), confidence: 0.8, source: 'text' },
      };
  }
}

interface PageState {
  readonly url: string;
  readonly category: Category;
  version: number;
  wording: number;
}

function bodyOf(page: PageState): string {
  return `<h1>${page.category}</h1><p>${FILLER} (version ${page.version}, wording ${page.wording}).</p>`.repeat(20);
}
function hashOf(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

function weekScan(week: number, states: PageState[][]): ScanInput {
  const startedAt = new Date(Date.UTC(2026, 0, 5 + 7 * week, 6)).toISOString();
  const businesses: ScannedBusiness[] = states.map((pages, b) => {
    const id = `rival-${String(b + 1).padStart(2, '0')}`;
    const scanned: ScannedPage[] = pages.map((page) => {
      const base = { url: page.url, finalUrl: page.url, categories: [page.category], reasons: ['footer link'], fetchedAt: startedAt };
      if (week > 0 && random() < FAIL_RATE) {
        return { ...base, status: 'failed', problem: { business: id, url: page.url, kind: 'blocked', reason: 'challenge page', at: startedAt } } as ScannedPage;
      }
      const fresh = week === 0 || random() < NEW_BODY_RATE;
      if (!fresh) return { ...base, status: 'unchanged', httpStatus: 304, contentHash: hashOf(bodyOf(page)) } as ScannedPage;
      if (week > 0) {
        if (random() < TERM_CHANGE_SHARE) page.version++;
        else page.wording++;
      }
      const body = bodyOf(page);
      return { ...base, status: 'ok', httpStatus: 200, body, contentHash: hashOf(body), extract: { url: page.url, category: [page.category], terms: termsFor(page.category, page.version) } } as ScannedPage;
    });
    return { id, name: `Rival ${String(b + 1).padStart(2, '0')}`, site: `https://rival-${b + 1}.example`, isYou: false, pages: scanned, problems: [] };
  });
  return { kind: 'scan', startedAt, finishedAt: startedAt, businesses };
}


async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'servicediff-bench-store-'));
  try {
    const db = join(dir, 'year.json');
    const snapshotsDir = join(dir, 'snapshots');
    const states: PageState[][] = Array.from({ length: COMPETITORS }, (_, b) =>
      CATEGORY_OF_PAGE.slice(0, PAGES).map((category) => ({ url: `https://rival-${b + 1}.example/${category}`, category, version: 0, wording: 0 })),
    );
    const buildStart = performance.now();
    const store = await openStore(db, { snapshotsDir, lock: true, writer: 'scan', create: true, keepSnapshotScans: 12 });
    for (let week = 0; week < WEEKS; week++) await store.recordScan(weekScan(week, states));
    await store.close();
    const buildMs = performance.now() - buildStart;
    const size = (await stat(db)).size;

    // 2. open + append one scan + save, each run on a fresh copy of the year.
    const appendMs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const copy = join(dir, `run-${run}.json`);
      await copyFile(db, copy);
      const scan = weekScan(WEEKS + run, states);
      const t0 = performance.now();
      const s = await openStore(copy, { snapshotsDir, lock: true, writer: 'scan', keepSnapshotScans: 12 });
      await s.recordScan(scan);
      await s.close();
      appendMs.push(performance.now() - t0);
    }

    // 3a. history for one competitor, in process: open (reader) + query + render the table.
    const plain = { bold: (t: string) => t, dim: (t: string) => t };
    const historyMs: number[] = [];
    let rows = 0;
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      const s = await openStore(db, { snapshotsDir });
      const changes = s.changes({ business: 'rival-07' });
      rows = historyTable(changes, plain).length;
      await s.close();
      historyMs.push(performance.now() - t0);
    }

    // 3b. the whole CLI process, compiled if dist/ exists (as users run it), else through tsx.
    const config = join(dir, 'servicediff.yaml');
    await writeFile(config, ['you:', '  name: You', '  site: https://you.example', 'competitors:', '  - name: Rival 07', '    site: https://rival-7.example', ''].join('\n'));
    // The CLI as users run it: the bundle `npm install` builds (scripts/build.mjs), built afresh into the git-ignored
    // .servicediff-tmp/ so the shared dist/ is never touched.
    const build = join(ROOT, '.servicediff-tmp', `bench-store-${process.pid}`);
    await mkdir(build, { recursive: true });
    await writeFile(join(build, 'package.json'), '{"type":"module"}');
    await symlink(join(ROOT, 'node_modules'), join(build, 'node_modules'), 'dir');
    spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), join(build, 'dist')], { encoding: 'utf8' });
    const cliScript = join(build, 'dist', 'cli', 'main.js');
    const via = 'dist (bundled)';
    const argv = [cliScript];
    const cliMs: number[] = [];
    let cliOk = true;
    for (let run = 0; run < CLI_RUNS; run++) {
      const t0 = performance.now();
      const result = spawnSync(process.execPath, [...argv, '--config', config, 'history', 'rival-07', '--db', db], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      cliMs.push(performance.now() - t0);
      if (result.status !== 0) {
        cliOk = false;
        process.stderr.write(result.stderr);
      }
    }
    // Node's own start-up, for reading the CLI figure.
    const nodeMs: number[] = [];
    for (let run = 0; run < CLI_RUNS; run++) {
      const t0 = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      nodeMs.push(performance.now() - t0);
    }

    await rm(build, { recursive: true, force: true });
    const stats = JSON.parse(await (await import('node:fs/promises')).readFile(db, 'utf8')) as { readings: object; changes: unknown[]; scans: unknown[] };
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
    const ms = (n: number): string => `${n.toFixed(0)} ms`;
    const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');
    const rowsOut: [string, string, string, string][] = [
      ['file size after 52 weekly scans', mb(size), '< 10 MB', verdict(size < 10 * 1024 * 1024)],
      [`open + append one scan + save (median of ${RUNS})`, ms(median(appendMs)), '< 300 ms', verdict(median(appendMs) < 300)],
      [`history one competitor, in process (median of ${RUNS})`, ms(median(historyMs)), '< 200 ms', verdict(median(historyMs) < 200)],
      [`history one competitor, CLI process (${via}, median of ${CLI_RUNS})`, ms(median(cliMs)), '< 200 ms', cliOk ? verdict(median(cliMs) < 200) : 'FAILED'],
      [`  (bare \`node -e 0\` start-up, median of ${CLI_RUNS})`, ms(median(nodeMs)), '', ''],
    ];
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rowsOut.map((r) => r[i]!.length), ['metric', 'value', 'target', ''][i]!.length));
    const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    console.log(`servicediff store benchmark: ${COMPETITORS} competitors × ${PAGES} pages × ${WEEKS} weeks, built in ${(buildMs / 1000).toFixed(1)} s`);
    console.log(`document: ${Object.keys(stats.readings).length} readings, ${stats.changes.length} term changes, ${stats.scans.length} scans; history rows for rival-07: ${rows}`);
    console.log(`machine load average (1 min): ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
    console.log(line(['metric', 'value', 'target', '']));
    console.log(line(widths.map((w) => '-'.repeat(w))));
    for (const r of rowsOut) console.log(line(r));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
