/**
 * Peak PSS and CPU sampler, in a process of its own: reading smaps_rollup of a Chromium tree costs ~50 ms of CPU and
 * ~150 ms of blocking reads per sample here, which inside the measured Node process would stall its event loop most
 * of the time. Samples every 200 ms: the root (the measured peer's Node process) alone, and the root plus its
 * descendants minus excluded pids. The root is set by each reset, so every peer of bench:crawl — each in a child
 * process of its own — is measured the same way.
 *
 * CPU by process kind (issue 12: profile first, and on a shared machine CPU-seconds say more than the wall): each
 * process's own CPU time when last seen, summed per kind (render child, Chromium's browser, renderers, zygote, other
 * Chromium helpers). A process that ends between two samples loses at most its last 200 ms (a lower bound: reaped
 * time is not added, since the parent's cutime would count what was already seen). The peer's own Node process is
 * split into its main thread and its other threads (the parse worker, GC and libuv threads).
 *   parent → child: { type: 'reset', root: pid, exclude: number[] } | { type: 'peak' }
 *   child → parent: { type: 'peak', tree: kB, node: kB, cpu: { kind: CPU-s } }
 */
import { readdirSync, readFileSync } from 'node:fs';
import { commandLine, descendantsOf, isBrowserMain, pssKb } from '../../src/crawl/process-tree.js';

/** The sampling period asked for by the benchmark (issue 3). */
const PERIOD_MS = 200;
const TICKS_PER_S = 100; // USER_HZ on Linux
let root = 0;
let exclude = new Set<number>([process.pid]);
let peak = { tree: 0, node: 0 };
/** Each thread's and process's ticks at the reset (a re-scan's peer has run a first scan). */
let baseline = new Map<string, number>();
const kinds = new Map<number, string>();

/** utime+stime and cutime+cstime of a process or thread, in ticks (undefined once it has gone). */
function ticksOf(path: string): { own: number; reaped: number } | undefined {
  try {
    const stat = readFileSync(path, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { own: Number(f[11]) + Number(f[12]), reaped: Number(f[13]) + Number(f[14]) };
  } catch {
    return undefined;
  }
}

/** What a process of the peer's tree is: the render child, Chromium's browser, a renderer, another Chromium helper. */
function kindOf(pid: number): string {
  let kind = kinds.get(pid);
  if (kind === undefined) {
    const argv = commandLine(pid).join(' ');
    const type = /--type=([a-z-]+)/.exec(argv)?.[1];
    kind = type ? (type === 'renderer' ? 'renderer' : type === 'zygote' ? 'zygote' : `chromium ${type}`) : /render-serve/.test(argv) ? 'render child' : isBrowserMain(pid) ? 'chromium browser' : /node/.test(argv) ? 'node' : 'other';
    if (kind !== 'zygote') kinds.set(pid, kind); // a renderer just forked still carries the zygote's command line
  }
  return kind;
}

/** Per thread of the peer and per process under it, its kind and its CPU ticks when last seen. */
let seen = new Map<string, { kind: string; ticks: number }>();

function sampleCpu(all: readonly { pid: number }[]): void {
  try {
    for (const tid of readdirSync(`/proc/${root}/task`)) {
      const t = ticksOf(`/proc/${root}/task/${tid}/stat`);
      if (t) seen.set(`t${tid}`, { kind: Number(tid) === root ? 'peer Node main thread' : 'peer Node other threads (parse worker, GC)', ticks: t.own });
    }
  } catch {
    return;
  }
  for (const p of all) {
    const t = ticksOf(`/proc/${p.pid}/stat`);
    if (t) seen.set(`p${p.pid}`, { kind: kindOf(p.pid), ticks: t.own });
  }
}

/** CPU-s per kind since the reset. */
function cpuByKind(): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const [key, { kind, ticks }] of seen) sums[kind] = (sums[kind] ?? 0) + (ticks - (baseline.get(key) ?? 0)) / TICKS_PER_S;
  return Object.fromEntries(Object.entries(sums).filter(([, s]) => s > 0));
}

function sample(): void {
  if (root === 0) return;
  const all = descendantsOf(root);
  const skip = new Set<number>(exclude);
  for (const pid of exclude) for (const d of descendantsOf(pid, all)) skip.add(d.pid);
  const node = pssKb(root);
  const tree = node + all.filter((p) => !skip.has(p.pid)).reduce((sum, p) => sum + pssKb(p.pid), 0);
  peak = { tree: Math.max(peak.tree, tree), node: Math.max(peak.node, node) };
  sampleCpu(all.filter((p) => !skip.has(p.pid)));
}

const timer = setInterval(sample, PERIOD_MS);
process.on('message', (message: { type: string; root?: number; exclude?: number[] }) => {
  if (message.type === 'reset') {
    root = message.root ?? 0;
    exclude = new Set([process.pid, ...(message.exclude ?? [])]);
    peak = { tree: 0, node: 0 };
    seen = new Map();
    kinds.clear();
    sample();
    baseline = new Map([...seen].map(([key, v]) => [key, v.ticks]));
  } else if (message.type === 'peak') {
    sample();
    process.send?.({ type: 'peak', ...peak, cpu: cpuByKind() });
  }
});
process.on('disconnect', () => {
  clearInterval(timer);
  process.exit(0);
});
