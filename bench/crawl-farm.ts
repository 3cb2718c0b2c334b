/**
 * Crawl benchmark: `npm run bench:crawl -- --sites N --latency MS --reps R` (defaults 200, 20 and 3); `--cpu-prof DIR`
 * writes V8 CPU profiles of the servicediff peer there (profile first: issue 12); SERVICEDIFF_RESCAN_PROF=FILE profiles
 * its main thread during the re-scan alone, SERVICEDIFF_FARM_LOG=FILE writes the farm's request timeline (a line per
 * request: ms, host, path, status), and the pages a peer missed are named under the table.
 * servicediff is measured as a user runs it: bundled by scripts/build.mjs as `npm run build` bundles the CLI (built
 * first, into the git-ignored .servicediff-tmp/, never the shared dist/), run by plain node. `--from-sources` runs
 * the TypeScript sources through tsx instead (tsx's loader alone is ~31 MB of the Node process); `--render-in-process`
 * renders in servicediff's own process instead of its render child process (src/crawl/render-child.ts).
 * Starts the storefront farm of N generated shop sites on loopback (bench/farm: 40–150 KB pages, JavaScript policy
 * pages of three kinds beside static look-alikes, sitemap-only pages, redirects, decoys, robots disallows), then
 * runs the peers interleaved, R times each, every run in a child process of its own:
 *   servicediff — the real crawl, then the next weekly scan of the unchanged farm: the first scan's validators and
 *     readings, every stored time aged by a week (bench/farm/servicediff-peer.ts);
 *   Crawlee     — Crawlee 3's CheerioCrawler with servicediff's discovery rules (bench/crawlee/crawlee-peer.ts),
 *                 installed on demand into bench/crawlee/node_modules from its committed lock file.
 * Every peer gets the same politeness (2 per host, 16 overall, no delay). Prints one side-by-side table: policy pages
 * found with their text (static and JavaScript apart, by kind and by how they are reached), static pages rendered
 * needlessly, first-scan wall, peak PSS of the peer's whole process tree (sampled every 200 ms from /proc by a sampler
 * process), the peer's Node peak RSS, HTML requests and 404s counted by the farm, requests to robots-disallowed
 * paths, the re-scan speed-up, and servicediff / Crawlee ratios. Quote the ratios: the machine is shared.
 */
import { execFileSync, fork, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './bench-utils.js';
import type { CrawlScore, Tally } from './farm/crawl-score.js';
import { startFarmProcess, type RemoteFarm } from './farm/farm-process.js';
import { POLITENESS, type PeerMessage, type Scan1Result, type Scan2Result } from './farm/peer-protocol.js';
import { byKindSince, type FarmStats } from './farm/start-farm.js';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '200' },
    latency: { type: 'string', default: '20' },
    reps: { type: 'string', default: '3' },
    // Write V8 CPU profiles of the servicediff peer (its main thread and its parse worker) into this folder.
    'cpu-prof': { type: 'string' },
    // Run servicediff from the TypeScript sources through tsx (as tests do) instead of the built bundle.
    'from-sources': { type: 'boolean', default: false },
    // Render in servicediff's own process instead of its render child process (to measure what the child changes).
    'render-in-process': { type: 'boolean', default: false },
    // Run one peer only (profiling a change to servicediff; the table then leaves the other column empty).
    only: { type: 'string' },
  },
  allowPositionals: true,
});
const sites = Number(values.sites);
const latencyMs = Number(values.latency);
const reps = Number(values.reps);
if (!Number.isInteger(sites) || sites < 1 || sites > 2000 || !Number.isFinite(latencyMs) || latencyMs < 0 || !Number.isInteger(reps) || reps < 1) {
  console.error('usage: npm run bench:crawl -- --sites N (1..2000) --latency MS (≥ 0) --reps R (≥ 1)');
  process.exit(2);
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const CRAWLEE_DIR = here('./crawlee/');
const ROOT = here('../');
const fromSources = values['from-sources'] === true;
const renderInProcess = values['render-in-process'] === true;

/**
 * The servicediff peer bundled as the CLI is (scripts/build.mjs, one extra entry), into the git-ignored
 * .servicediff-tmp/ beside a link to node_modules, so its external packages resolve as from dist/.
 */
function buildPeer(): { file: string; remove(): void } {
  const dir = join(ROOT, '.servicediff-tmp', `bench-crawl-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), join(dir, 'dist'), 'bench/servicediff-peer=bench/farm/servicediff-peer.ts'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`building the servicediff peer failed: ${built.stderr.split('\n')[0]}`);
  return { file: join(dir, 'dist', 'bench', 'servicediff-peer.js'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The Crawlee peer's own install, made once from its lock file; servicediff's install is never touched. */
function ensureCrawlee(): void {
  if (existsSync(here('./crawlee/node_modules/@crawlee/cheerio/package.json'))) return;
  console.error('installing the Crawlee peer into bench/crawlee/node_modules (npm ci, once)…');
  execFileSync('npm', ['--prefix', CRAWLEE_DIR, 'ci', '--no-audit', '--no-fund'], { stdio: ['ignore', 'inherit', 'inherit'] });
}

interface PssPeak {
  tree: number;
  node: number;
  /** CPU-s of the peer's tree during the scan, by process kind (pss-sampler.ts). */
  cpu: Record<string, number>;
}

/** The PSS sampler child (bench/farm/pss-sampler.ts): pointed at a peer before a scan, asked for the peak after it. */
function startSampler(): { reset(root: number): void; peak(): Promise<PssPeak>; stop(): void } {
  const child = fork(here('./farm/pss-sampler.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    reset: (root) => child.send({ type: 'reset', root, exclude: [] }),
    peak: () =>
      new Promise((resolve) => {
        child.once('message', (m: PssPeak) => resolve({ tree: m.tree, node: m.node, cpu: m.cpu ?? {} }));
        child.send({ type: 'peak' });
      }),
    stop: () => child.disconnect(),
  };
}

type PeerName = 'servicediff' | 'Crawlee';
const PEER_FILES: Record<PeerName, string> = { servicediff: here('./farm/servicediff-peer.ts'), Crawlee: here('./crawlee/crawlee-peer.ts') };
/** The servicediff peer's file when it runs built (set in main). */
let builtPeer: string | undefined;

interface Run {
  readonly scan1: Scan1Result;
  readonly pss: PssPeak;
  readonly farm: FarmStats;
  readonly scan2?: Scan2Result;
  /** What the farm counted during the re-scan. */
  readonly farm2?: FarmStats;
}

const diff = (a: FarmStats, b: FarmStats): FarmStats => ({
  requests: b.requests - a.requests,
  notModified: b.notModified - a.notModified,
  html: b.html - a.html,
  notFound: b.notFound - a.notFound,
  redirects: b.redirects - a.redirects,
  disallowed: b.disallowed - a.disallowed,
  maxInFlightPerHost: b.maxInFlightPerHost,
  byKind: byKindSince(a.byKind, b.byKind),
  duplicates: b.duplicates - a.duplicates,
});

const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [];

async function runPeer(name: PeerName, farm: RemoteFarm, sampler: ReturnType<typeof startSampler>): Promise<Run> {
  const built = name === 'servicediff' ? builtPeer : undefined;
  const execArgv = [...(built ? [] : ['--import', 'tsx']), ...(name === 'servicediff' ? profile : [])];
  const child: ChildProcess = fork(built ?? PEER_FILES[name], [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const messages: PeerMessage[] = [];
  const waiting: ((m: PeerMessage) => void)[] = [];
  child.on('message', (m: PeerMessage) => (waiting.shift() ?? ((x: PeerMessage) => messages.push(x)))(m));
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`${name} peer exited with ${code} before it reported`))));
  const next = () => Promise.race([new Promise<PeerMessage>((resolve) => (messages.length > 0 ? resolve(messages.shift()!) : waiting.push(resolve))), exited]);
  try {
    const before = await farm.stats({ resetMaxInFlight: true });
    sampler.reset(child.pid!);
    child.send({ type: 'start', sites: farm.sites, renderInProcess });
    const first = await next();
    if (first.type !== 'scan1') throw new Error(`${name} peer sent ${first.type} first`);
    const pss = await sampler.peak();
    // A new window: the re-scan's duplicates are its own asks twice, not the first scan's pages asked again.
    const after = await farm.stats({ resetMaxInFlight: true });
    let scan2: Scan2Result | undefined;
    let farm2: FarmStats | undefined;
    if (name === 'servicediff') {
      sampler.reset(child.pid!);
      child.send({ type: 'rescan' });
      const second = await next();
      if (second.type === 'scan2') scan2 = second.result;
      farm2 = diff(after, await farm.stats());
    }
    return { scan1: first.result, pss, farm: diff(before, after), ...(scan2 ? { scan2 } : {}), ...(farm2 ? { farm2 } : {}) };
  } finally {
    exited.catch(() => undefined);
    if (child.exitCode === null) {
      await new Promise((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => resolve(clearTimeout(timer)));
        if (child.connected) child.disconnect();
      });
    }
  }
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

function table(runs: Record<PeerName, Run[]>, farm: RemoteFarm, load: { before: string; after: string }): string {
  const sd = runs.servicediff;
  const cw = runs.Crawlee;
  const med = (xs: number[]) => median(xs);
  const range = (xs: number[], f: (n: number) => string) => (xs.length > 1 ? ` (${f(Math.min(...xs))}–${f(Math.max(...xs))})` : '');
  const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)} ×` : '—');
  const tally = (rs: Run[], pick: (s: CrawlScore) => Tally | undefined) => {
    // A peer left out (--only) has no runs: its column says so rather than "undefined / 0".
    if (rs.length === 0) return { text: '—', value: 0 };
    const found = rs.map((r) => pick(r.scan1.score)?.[0] ?? 0);
    const planned = rs[0] ? (pick(rs[0].scan1.score)?.[1] ?? 0) : 0;
    return { text: `${med(found)} / ${planned}${range(found, String)}`, value: med(found) };
  };
  const rows: [string, string, string, string][] = [];
  const found = (label: string, pick: (s: CrawlScore) => Tally | undefined) => {
    const a = tally(sd, pick);
    const b = tally(cw, pick);
    rows.push([label, a.text, b.text, ratio(a.value, b.value)]);
  };
  const measure = (label: string, pick: (r: Run) => number, f: (n: number) => string, withRatio = true) => {
    const a = sd.map(pick);
    const b = cw.map(pick);
    if (a.length === 0) rows.push([label, '—', `${f(med(b))}${range(b, f)}`, '']);
    else if (b.length === 0) rows.push([label, `${f(med(a))}${range(a, f)}`, '—', '']);
    else rows.push([label, `${f(med(a))}${range(a, f)}`, `${f(med(b))}${range(b, f)}`, withRatio ? ratio(med(a), med(b)) : '']);
  };
  const all = (s: CrawlScore): Tally => [s.static[0] + s.javascript[0], s.static[1] + s.javascript[1]];
  found('policy pages found with their text', all);
  found('  static pages', (s) => s.static);
  found('  JavaScript pages', (s) => s.javascript);
  for (const kind of ['app-mount', 'inline-payload', 'widget-endpoint'] as const) found(`    ${kind}`, (s) => s.byRender[kind]);
  for (const reach of ['linked', 'opaque-link', 'legacy-link', 'sitemap-only', 'probe-only']) found(`  reached: ${reach}`, (s) => s.byReach[reach]);
  const needless = (rs: Run[]) => {
    const r = rs.map((x) => x.scan1.score.renderedStatic);
    return `${med(r)} / ${med(rs.map((x) => x.scan1.score.keptStatic))}${range(r, String)}`;
  };
  rows.push(['static pages rendered needlessly / kept', needless(sd), needless(cw), '']);
  measure('pages rendered in a browser', (r) => r.scan1.renders, String, false);
  measure('pages read from embedded data or a named endpoint, no render', (r) => r.scan1.payloadReads ?? 0, String, false);
  rows.push(['  static pages read so needlessly / kept', `${med(sd.map((r) => r.scan1.score.dataStatic ?? 0))} / ${med(sd.map((r) => r.scan1.score.keptStatic))}`, '—', '']);
  rows.push(['  by planned kind', Object.entries(sd.at(-1)?.scan1.score.dataReads ?? {}).map(([k, n]) => `${k} ${n}`).join(', ') || '—', '—', '']);
  measure('first scan, wall', (r) => r.scan1.wallMs, sec);
  const cpuSum = (r: Run) => Object.values(r.pss.cpu).reduce((a, b) => a + b, 0);
  measure('first scan, CPU-s of the whole process tree', cpuSum, (s) => `${s.toFixed(1)} s`);
  // Per process kind for both peers: Crawlee's "other threads" are V8's GC helpers and libuv's, its renderers none.
  const cpuOf = (rs: Run[], kind: string) => (rs.length > 0 ? `${med(rs.map((r) => r.pss.cpu[kind] ?? 0)).toFixed(1)} s` : '—');
  const lastCpu = (sd.at(-1) ?? cw.at(-1))?.pss.cpu ?? {};
  const kindsSeen = [...new Set([...sd, ...cw].flatMap((r) => Object.keys(r.pss.cpu)))].sort((a, b) => (lastCpu[b] ?? 0) - (lastCpu[a] ?? 0));
  for (const kind of kindsSeen) rows.push([`  ${kind}`, cpuOf(sd, kind), cpuOf(cw, kind), '']);
  measure('peak PSS, whole process tree', (r) => r.pss.tree, mb);
  measure('peak PSS, Node process', (r) => r.pss.node, mb);
  measure('peak RSS, Node process', (r) => r.scan1.maxRssKb, mb);
  if (sd.length > 0) rows.push(['peak RSS, render child process (in the tree)', `${mb(med(sd.map((r) => r.scan1.renderChildMaxRssKb ?? 0)))}`, '—', '']);
  measure('HTML requests (farm count)', (r) => r.farm.html, String);
  measure('  of them answered 404', (r) => r.farm.notFound, String);
  measure('all requests (farm count)', (r) => r.farm.requests, String);
  // The browser's requests included: a render's data request asked again by the crawler counts here (issue 12).
  measure('  of them asked twice (same host, path and query)', (r) => r.farm.duplicates, String, false);
  measure('requests to robots-disallowed paths', (r) => r.farm.disallowed, String, false);
  measure('most requests in flight to one host', (r) => r.farm.maxInFlightPerHost, String, false);
  const speedups = sd.map((r) => (r.scan2 ? r.scan1.wallMs / r.scan2.wallMs : 0));
  const rescan = sd.map((r) => r.scan2?.wallMs ?? 0);
  if (sd.length > 0) {
    rows.push(['unchanged re-scan a week later, wall', `${sec(med(rescan))}${range(rescan, sec)}`, '—', '']);
    rows.push(['unchanged re-scan speed-up', `${med(speedups).toFixed(1)} ×${range(speedups, (n) => n.toFixed(1))}`, '—', '']);
  }
  const last = sd.at(-1)?.scan2;
  if (last) rows.push(['  re-scan pages unchanged / pages, renders', `${last.unchanged} / ${last.pages}, ${last.renders}`, '—', '']);
  // The pages neither unchanged nor read afresh: robots-disallowed ones are kept failed and ask nothing (issue 12).
  if (last?.failed) rows.push(['  re-scan pages failed, by problem', Object.entries(last.failed).map(([kind, n]) => `${kind} ${n}`).join(', ') || 'none', '—', '']);
  if (last?.cpuMs !== undefined) rows.push(['  re-scan Node CPU', sec(last.cpuMs), '—', '']);
  const f2 = sd.at(-1)?.farm2;
  if (f2) {
    rows.push(['  re-scan requests (farm count), 304s, duplicates', `${f2.requests}, ${f2.notModified}, ${f2.duplicates}`, '—', '']);
  }

  const plans = farm.sites.map((s) => s.plan);
  const header = ['measure', 'servicediff', 'Crawlee 3.18 CheerioCrawler', 'servicediff / Crawlee'] as const;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    `servicediff crawl benchmark (${new Date().toISOString()}, node ${process.version})`,
    `farm: ${sites} storefront sites on 127.0.1.x (one server per address, in a child process), ${latencyMs} ms latency per response; ${farm.expectedPolicies} policy pages, ${plans.filter((p) => p.jsOnly).length} headless sites`,
    `servicediff runs ${fromSources ? 'from its TypeScript sources through tsx (--from-sources)' : 'built: bundled by scripts/build.mjs as `npm run build` bundles the CLI, run by plain node'}; it renders ${renderInProcess ? 'in its own process (--render-in-process)' : 'in a render child process'}`,
    `politeness: ${POLITENESS.concurrencyPerHost} per host, ${POLITENESS.concurrency} overall, delay ${POLITENESS.delayMs} ms; ${reps} repetitions, peers interleaved; medians (range)`,
    `load average before / after: ${load.before} / ${load.after} (${readFileSync('/proc/cpuinfo', 'utf8').split('\n').filter((l) => l.startsWith('processor')).length} cores)`,
    ...sd.slice(-1).flatMap((r) => r.scan1.notes.map((n) => `servicediff: ${n}`)),
    ...cw.slice(-1).flatMap((r) => r.scan1.notes.map((n) => `Crawlee: ${n}`)),
    // The policy pages servicediff missed, by name (few; Crawlee's are the JavaScript pages it cannot read).
    ...sd.slice(-1).flatMap((r) => (r.scan1.score.missed ?? []).slice(0, 10).map((m) => `servicediff missed: ${m}`)),
    // Where the unchanged re-scan's requests go, by what was asked and how it was answered (its wall follows the count).
    ...sd.slice(-1).flatMap((r) => (r.farm2 ? [`servicediff re-scan requests by kind: ${byKindLine(r.farm2)}`] : [])),
    '',
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** "page 1039 × 304, 3 × 404; sitemap 205 × 304; …": FarmStats.byKind grouped by kind, biggest first, duplicates last. */
function byKindLine(stats: FarmStats): string {
  const rows = Object.entries(stats.byKind).map(([kind, answers]) => {
    const counts = Object.entries(answers).sort((a, b) => b[1] - a[1]);
    return { kind, counts, total: counts.reduce((sum, [, n]) => sum + n, 0) };
  });
  return rows
    .sort((a, b) => b.total - a.total)
    .map(({ kind, counts }) => `${kind} ${counts.map(([answer, n]) => `${n} × ${answer}`).join(', ')}`)
    .concat(`${stats.duplicates} asked twice`)
    .join('; ');
}

async function main(): Promise<void> {
  ensureCrawlee();
  const build = fromSources ? undefined : buildPeer();
  builtPeer = build?.file;
  const farm = await startFarmProcess(sites, latencyMs, 'storefront');
  const sampler = startSampler();
  const before = loadavg();
  const runs: Record<PeerName, Run[]> = { servicediff: [], Crawlee: [] };
  try {
    for (let rep = 0; rep < reps; rep++) {
      // Alternate who goes first, so a drift in the machine's load falls on both.
      const order: PeerName[] = rep % 2 === 0 ? ['servicediff', 'Crawlee'] : ['Crawlee', 'servicediff'];
      for (const name of order.filter((n) => values.only === undefined || n === values.only)) {
        const started = performance.now();
        const run = await runPeer(name, farm, sampler);
        runs[name].push(run);
        process.stderr.write(
          `  rep ${rep + 1}/${reps} ${name}: scan ${(run.scan1.wallMs / 1000).toFixed(1)} s, found ${run.scan1.score.static[0] + run.scan1.score.javascript[0]}, tree PSS ${(run.pss.tree / 1024).toFixed(0)} MB (run ${((performance.now() - started) / 1000).toFixed(0)} s, load ${loadavg()})\n`,
        );
      }
    }
    console.log(`\n${table(runs, farm, { before, after: loadavg() })}`);
  } finally {
    sampler.stop();
    await farm.close();
    build?.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
