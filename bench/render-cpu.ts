/**
 * Chromium CPU per render (issue 12: profile before optimising): `npx tsx bench/render-cpu.ts --sites 60 --latency 30`
 * starts the storefront farm (bench/farm), takes the JavaScript policy pages of its first N sites, fetches each page's
 * HTML as the static fetch would, and renders them through the real BrowserPool (in this process, the crawler's slots,
 * one context per site, a site closed once its pages are rendered, as the crawl does). It prints Chromium's CPU seconds
 * per render, read from /proc: the CPU of every process under this one (the farm runs in a child process of its own
 * and is left out), sampled while they run, plus what their
 * parents collected from the ones that ended (cutime/cstime). This process's own CPU (Playwright's client) is apart.
 *
 * `--arg FLAG` (repeatable) adds a Chromium switch and `--feature-off NAME` a feature to --disable-features, for
 * trying flags without editing the pool. The machine is shared: compare runs made one after the other, and repeat.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BrowserPool, CHROMIUM_ARGS } from '../src/crawl/browser-pool.js';
import { commandLine, descendantsOf, listProcesses, pssKb } from '../src/crawl/process-tree.js';
import { startFarmProcess } from './farm/farm-process.js';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '60' },
    latency: { type: 'string', default: '30' },
    arg: { type: 'string', multiple: true, default: [] },
    'feature-off': { type: 'string', multiple: true, default: [] },
    concurrency: { type: 'string' },
    // Also print the CPU by process type and thread name.
    threads: { type: 'boolean', default: false },
    // Render each site's pages this many times (a query string tells the copies apart): the cost of a navigation on a
    // site whose context and renderer are already up, against the first.
    repeat: { type: 'string', default: '1' },
  },
});
const sites = Number(values.sites);
const latencyMs = Number(values.latency);

// Flags under trial: appended to the pool's own (the array is the pool's; this process launches one browser only).
const args = CHROMIUM_ARGS as unknown as string[];
args.push(...(values.arg ?? []));
if ((values['feature-off'] ?? []).length > 0) {
  const at = args.findIndex((a) => a.startsWith('--disable-features='));
  args[at] = `${args[at]},${values['feature-off']!.join(',')}`;
}

const TICKS_PER_S = 100; // USER_HZ on Linux

/** utime+stime and cutime+cstime of a process, in ticks (undefined once it has gone). */
function cpuOf(pid: number): { own: number; reaped: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is state (field 3): utime is field 14 → index 11.
    return { own: Number(fields[11]) + Number(fields[12]), reaped: Number(fields[13]) + Number(fields[14]) };
  } catch {
    return undefined;
  }
}

/**
 * Every process under this one but the farm's: the farm runs in a child process of its own, so that this process's
 * CPU is the pool's and Playwright's alone and the farm's serving is counted nowhere.
 */
function chromiumTree() {
  const all = listProcesses();
  const farmSide = new Set([farm.pid, ...descendantsOf(farm.pid, all).map((p) => p.pid)]);
  return descendantsOf(process.pid, all).filter((p) => !farmSide.has(p.pid));
}

/** CPU so far of every process under this one that is alive: own plus what each collected from its ended children. */
function treeCpu(): number {
  let ticks = 0;
  for (const p of chromiumTree()) {
    const cpu = cpuOf(p.pid);
    if (cpu) ticks += cpu.own + cpu.reaped;
  }
  return ticks / TICKS_PER_S;
}

/**
 * Where the CPU went, by process type and thread name: every thread's own CPU, its last sample kept (a lower bound:
 * a thread's last 100 ms are missed), summed per "type/thread" (renderer/CrRendererMain, browser/VizCompositorTh…).
 */
function threadSampler(): { stop(): [string, number][] } {
  const last = new Map<string, { key: string; ticks: number }>();
  const types = new Map<number, string>();
  const sample = () => {
    for (const p of chromiumTree()) {
      let type = types.get(p.pid);
      if (type === undefined) {
        // A zygote's children set their title: argv is then one space-joined string.
        const arg = /--type=([a-z-]+)/.exec(commandLine(p.pid).join(' '));
        type = arg ? arg[1]! : p.command.startsWith('node') ? 'node' : 'browser';
        types.set(p.pid, type);
      }
      let tids: string[];
      try {
        tids = readdirSync(`/proc/${p.pid}/task`);
      } catch {
        continue;
      }
      for (const tid of tids) {
        try {
          const stat = readFileSync(`/proc/${p.pid}/task/${tid}/stat`, 'utf8');
          const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/[0-9]+$/, '');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          last.set(`${p.pid}/${tid}`, { key: `${type}/${name}`, ticks: Number(fields[11]) + Number(fields[12]) });
        } catch {
          // ended
        }
      }
    }
  };
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      const sums = new Map<string, number>();
      for (const { key, ticks } of last.values()) sums.set(key, (sums.get(key) ?? 0) + ticks / TICKS_PER_S);
      return [...sums].sort((a, b) => b[1] - a[1]);
    },
  };
}

const farm = await startFarmProcess(sites, latencyMs, 'storefront');
const jobs = farm.sites.map((s) => ({
  site: s.origin,
  urls: s.plan.policies
    .filter((p) => p.render !== 'static')
    .flatMap((p) => Array.from({ length: Number(values.repeat) }, (_, i) => `${s.origin}${p.path}${i === 0 ? '' : `?copy=${i}`}`)),
})).filter((j) => j.urls.length > 0);
const documents = new Map<string, string>();
for (const job of jobs) for (const url of job.urls) documents.set(url, await (await fetch(url)).text());
const total = jobs.reduce((n, j) => n + j.urls.length, 0);
const kb = [...documents.values()].reduce((n, h) => n + h.length, 0) / 1024 / total;

const pool = new BrowserPool({
  timeoutMs: 20_000,
  allowPrivateNetworks: true,
  executablePath: process.env.SERVICEDIFF_CHROMIUM ?? '/usr/bin/chromium-headless-shell',
  ...(values.concurrency ? { concurrency: Number(values.concurrency) } : {}),
});
// Launch before measuring: the browser's start is the scan's cost, not a render's.
const warm = await pool.render(jobs[0]!.urls[0]!, 'warm-up', { html: documents.get(jobs[0]!.urls[0]!)! });
await pool.closeSite('warm-up');
if (!warm.ok) throw new Error(`warm-up render failed: ${warm.reason}`);
// The zygote reaps the renderers of closed sites, so the tree's CPU (alive processes, own plus reaped) covers them
// too, once they are reaped (a second after the last site closed). The CPU before the renders (launch, warm-up) is
// taken off. Not what this process reaps once the browser is closed: the pool's SIGKILL of the browser's group
// leaves the zygote to be reaped elsewhere.
const treeBefore = treeCpu();
const threads = values.threads ? threadSampler() : undefined;
// Peak PSS of Chromium's tree (every process under this one but this one), sampled every 250 ms.
let peakPssKb = 0;
let peakParts = '';
const pssTimer = setInterval(() => {
  const parts = chromiumTree().map((p) => ({ kb: pssKb(p.pid), type: /--type=([a-z-]+)/.exec(commandLine(p.pid).join(' '))?.[1] ?? 'browser' }));
  const total = parts.reduce((kb, p) => kb + p.kb, 0);
  if (total > peakPssKb) {
    peakPssKb = total;
    peakParts = parts.filter((p) => p.kb > 4096).map((p) => `${p.type} ${Math.round(p.kb / 1024)}`).join(', ');
  }
}, 250);
const nodeBefore = process.cpuUsage();
const started = performance.now();
let ok = 0;
let withText = 0;
await Promise.all(
  jobs.map(async (job) => {
    for (const url of job.urls) {
      const outcome = await pool.withSlot(() => pool.render(url, job.site, { html: documents.get(url)! }), job.site);
      if (outcome.ok) {
        ok += 1;
        const marker = farm.sites.find((s) => s.origin === job.site)!.plan.policies.find((p) => url.split('?')[0]!.endsWith(p.path))!.marker;
        if (outcome.html.includes(marker)) withText += 1;
      }
    }
    await pool.closeSite(job.site);
  }),
);
const wall = (performance.now() - started) / 1000;
await new Promise((resolve) => setTimeout(resolve, 2000));
const chromium = treeCpu() - treeBefore;
clearInterval(pssTimer);
const byThread = threads?.stop();
await pool.close();

const node = process.cpuUsage(nodeBefore);
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(
  [
    `renders ${total} (${jobs.length} sites, pages ${kb.toFixed(0)} KB on average): ok ${ok}, with their marker ${withText}`,
    `Chromium CPU ${chromium.toFixed(1)} s = ${(chromium / total).toFixed(3)} CPU-s per render; Node CPU ${((node.user + node.system) / 1e6).toFixed(1)} s; wall ${wall.toFixed(1)} s; Chromium peak PSS ${Math.round(peakPssKb / 1024)} MB (${peakParts}); load ${load}`,
    `flags added: ${[...(values.arg ?? []), ...(values['feature-off'] ?? []).map((f) => `-${f}`)].join(' ') || '(none)'}`,
  ].join('\n'),
);
if (byThread) console.log(byThread.filter(([, s]) => s >= 0.2).map(([k, s]) => `  ${k} ${s.toFixed(1)} s`).join('\n'));
await farm.close();
