/**
 * `npm run bench:report`: 50 competitors × 23 terms with a year of weekly history, written through the real store
 * (openStore/recordScan), then timed (median of 5 runs each):
 *   1. markdown report: writeReport without HTML (open store + compare + render + atomic writes), target < 500 ms;
 *   2. HTML report: writeReport with HTML (markdown too), target < 1 s;
 *   3. `compare X` for one competitor as a whole CLI process (`node dist/cli/main.js compare X --db FILE --config FILE`),
 *      target < 300 ms. dist/ is built (scripts/build.mjs) into a temp folder so the shared checkout's dist/ is never touched.
 * Every value and sentence is generated in-house; a seeded PRNG makes every run build the same year.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfigText } from '../src/config/parse-config.js';
import { DAY_MS } from '../src/days.js';
import { businessId, type ScanInput, type ScannedBusiness, type ScannedPage } from '../src/model.js';
import { writeReport } from '../src/report/write-report.js';
import { openStore } from '../src/store/open-store.js';
import type { Category, TermReadings } from '../src/terms.js';
import { median, rng } from './bench-utils.js';

const COMPETITORS = 50;
const WEEKS = 52;
const RUNS = 5;
/** Share of pages whose terms change in a week. */
const CHANGE_RATE = 0.03;
const TARGETS_MS = { markdown: 500, html: 1000, compare: 300 } as const;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEEK_MS = 7 * DAY_MS;
const START = Date.parse('2025-03-03T06:00:00.000Z');

const random = rng(20260309);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const CATEGORIES: Category[] = ['returns', 'shipping', 'guarantee', 'warranty', 'support'];
const FILLER = 'Keep the receipt and the original packaging so our team can check each item quickly when it reaches us';
const ev = (s: string): string => `${s}. ${FILLER}`.slice(0, 150);
const r = <V>(value: V, evidence: string) => ({ value, evidence: ev(evidence), confidence: 0.85, source: 'text' as const });

/** All 23 terms over five pages; `seed` varies the values per business and change. */
function termsFor(category: Category, seed: number): TermReadings {
  const s = seed % 7;
  switch (category) {
    case 'returns':
      return {
        'returns.accepted': r(true, 'Items can be returned for any reason'),
        'returns.window_days': r([14, 30, 30, 45, 60, 90, 'unlimited'][s] as number | 'unlimited', 'Return unworn goods within the stated days'),
        'returns.restocking_fee': r({ percent: [0, 0, 10, 15, 0, 5, 20][s]! }, 'A restocking fee may apply to opened items'),
        'returns.return_shipping': r(s % 2 ? 'free' : 'customer', 'Return labels are described at checkout'),
        'returns.refund_method': r(s % 3 ? ['original_payment', 'store_credit'] : ['original_payment'], 'Refunds go back to the card used'),
        'returns.refund_days': r(3 + s, 'Refunds are issued within days of arrival'),
        'returns.exchanges': r(s % 2 === 0, 'Exchanges depend on stock'),
        'returns.final_sale_exclusions': r(s % 3 === 0, 'Some sale items are final'),
      };
    case 'shipping':
      return {
        'shipping.free_threshold': r({ amount: [0, 25, 35, 50, 50, 75, 100][s]!, currency: s === 6 ? 'EUR' : 'USD' }, 'Free shipping over the threshold'),
        'shipping.processing_days': r({ min: 1, max: 1 + (s % 3) }, 'Orders leave the warehouse within business days'),
        'shipping.delivery_days': r({ min: 2 + (s % 2), max: 4 + s }, 'Standard delivery takes business days'),
        'shipping.express_available': r(s % 4 !== 0, 'Express options at checkout'),
        'shipping.international': r(s % 2 === 1, 'We ship to many countries'),
        'shipping.cutoff_time': r(['12:00', '13:00', '14:00', '15:00', '16:00', '11:00', '17:00'][s]!, 'Orders before the cutoff ship the same day'),
        'shipping.tracking': r(true, 'A tracking number is emailed'),
      };
    case 'guarantee':
      return {
        'guarantee.money_back_days': r([30, 60, 90, 30, 365, 60, 'unlimited'][s] as number | 'unlimited', 'Money-back guarantee'),
        'guarantee.satisfaction': r(s % 2 === 0, 'Satisfaction guaranteed'),
        'guarantee.price_match': r(s % 3 === 1, 'We match lower prices'),
      };
    case 'warranty':
      return {
        'warranty.duration_months': r([12, 24, 24, 36, 12, 60, 'lifetime'][s] as number | 'lifetime', 'Every product has a warranty'),
        'warranty.extended_available': r(s % 2 === 1, 'Extended plans are available'),
      };
    case 'support':
      return {
        'support.hours': r(['Mo-Fr 09:00-17:00', '24/7', 'Mo-Sa 08:00-20:00', 'Mo-Fr 09:00-17:00; Sa 10:00-14:00', 'Mo-Fr 08:00-18:00', 'Mo-Su 09:00-21:00', 'Mo-Fr 10:00-16:00'][s]!, 'Our team answers during the hours shown'),
        'support.channels': r([['email'], ['email', 'phone'], ['email', 'chat'], ['email', 'phone', 'chat'], ['phone'], ['email', 'form'], ['email', 'phone', 'chat', 'sms']][s] as never, 'Reach us through the channels listed'),
        'support.response_hours': r([4, 12, 24, 24, 48, 8, 72][s]!, 'We reply within hours'),
      };
  }
}

interface Site {
  readonly id: string;
  readonly name: string;
  readonly site: string;
  readonly isYou: boolean;
  readonly seeds: number[];
}

const sha = (body: string): string => createHash('sha256').update(body).digest('hex');

function scanOf(week: number, sites: Site[]): ScanInput {
  const at = new Date(START + week * WEEK_MS).toISOString();
  const businesses: ScannedBusiness[] = sites.map((site) => {
    const pages: ScannedPage[] = CATEGORIES.map((category, i) => {
      if (week > 0 && random() < CHANGE_RATE) site.seeds[i] = site.seeds[i]! + 1 + Math.floor(random() * 5);
      const url = `${site.site}/${category}`;
      const terms = termsFor(category, site.seeds[i]!);
      const body = `<h1>${category}</h1><p>${JSON.stringify(terms).length} ${site.seeds[i]}</p>`;
      return { url, finalUrl: url, categories: [category], reasons: ['named in config'], status: 'ok', httpStatus: 200, contentHash: sha(body), body, extract: { url, category: [category], terms }, fetchedAt: at };
    });
    return { id: site.id, name: site.name, site: site.site, isYou: site.isYou, pages, problems: [] };
  });
  return { startedAt: at, finishedAt: at, businesses, kind: 'scan' };
}


async function time(run: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'servicediff-bench-report-'));
  try {
    const sites: Site[] = [
      { id: 'you-shop', name: 'You Shop', site: 'https://you-shop.example', isYou: true, seeds: CATEGORIES.map(() => Math.floor(random() * 7)) },
      ...Array.from({ length: COMPETITORS }, (_, i) => {
        const name = `Rival ${String(i + 1).padStart(2, '0')}`;
        return { id: businessId(name), name, site: `https://rival-${i + 1}.example`, isYou: false, seeds: CATEGORIES.map(() => Math.floor(random() * 7)) };
      }),
    ];
    const db = join(dir, 'servicediff.json');
    const snapshots = join(dir, 'snapshots');
    const folder = join(dir, 'reports');
    const configPath = join(dir, 'servicediff.yaml');
    const yaml = `you:\n  name: You Shop\n  site: https://you-shop.example\ncompetitors:\n${sites
      .filter((s) => !s.isYou)
      .map((s) => `  - name: ${s.name}\n    site: ${s.site}\n`)
      .join('')}report:\n  folder: ${JSON.stringify(folder)}\nstore:\n  db: ${JSON.stringify(db)}\n  snapshots: ${JSON.stringify(snapshots)}\n`;
    await writeFile(configPath, yaml);
    const config = parseConfigText(yaml, configPath);

    const buildStart = performance.now();
    const store = await openStore(db, { snapshotsDir: snapshots, lock: true, writer: 'scan', create: true, keepSnapshotScans: 1 });
    for (let week = 0; week < WEEKS; week++) await store.recordScan(scanOf(week, sites));
    await store.close();
    const buildMs = performance.now() - buildStart;

    const now = new Date(START + WEEKS * WEEK_MS);
    const markdown: number[] = [];
    const html: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      markdown.push(await time(() => writeReport(config, { dbPath: db, snapshotsDir: snapshots, folder, now })));
      html.push(await time(() => writeReport(config, { dbPath: db, snapshotsDir: snapshots, folder, now, html: true })));
    }

    // Build the CLI into a temp dist (never the shared one); node_modules and "type": "module" are linked in.
    const build = join(dir, 'build');
    await mkdir(build, { recursive: true });
    await writeFile(join(build, 'package.json'), '{"type":"module"}');
    await symlink(join(ROOT, 'node_modules'), join(build, 'node_modules'), 'dir');
    // The same build `npm install` makes (scripts/build.mjs), into the temp folder.
    const tsc = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), join(build, 'dist')], { encoding: 'utf8' });
    const mainJs = join(build, 'dist/cli/main.js');
    const compare: number[] = [];
    let compareNote = '';
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const run = spawnSync(process.execPath, [mainJs, 'compare', 'Rival 07', '--db', db, '--config', configPath], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      compare.push(performance.now() - t0);
      if (run.status !== 0) compareNote = ` (exit ${run.status}: ${(run.stderr || tsc.stdout).split('\n')[0]})`;
    }

    // Node's own start-up on this machine right now: the floor under any whole-process figure.
    const baseline: number[] = [];
    for (let i = 0; i < RUNS; i++) baseline.push(await time(() => spawnSync(process.execPath, ['-e', ''])));

    const rows: [string, number, number][] = [
      ['markdown report (writeReport)', median(markdown), TARGETS_MS.markdown],
      ['HTML + markdown report (writeReport --html)', median(html), TARGETS_MS.html],
      ['compare one competitor (whole CLI process)', median(compare), TARGETS_MS.compare],
    ];
    console.log(`bench:report — ${COMPETITORS} competitors × 23 terms, ${WEEKS} weekly scans (store built in ${(buildMs / 1000).toFixed(1)} s); ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}`);
    console.log('');
    console.log('| what | median of 5 | target | ok |');
    console.log('|---|---|---|---|');
    for (const [what, ms, target] of rows) console.log(`| ${what} | ${ms.toFixed(0)} ms | < ${target} ms | ${ms < target ? 'yes' : 'NO'} |`);
    console.log(`| (baseline: \`node -e ''\` start-up) | ${median(baseline).toFixed(0)} ms | | |`);
    console.log(`\ncompare minus node start-up: ${(median(compare) - median(baseline)).toFixed(0)} ms`);
    if (compareNote) console.log(`\ncompare run failed${compareNote}`);
  } finally {
    // BENCH_KEEP=1 keeps the database and config for profiling (the path is printed).
    if (process.env.BENCH_KEEP === '1') console.log(`\nkept: ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

await main();
