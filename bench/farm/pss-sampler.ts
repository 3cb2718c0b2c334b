/**
 * Peak PSS sampler, in a process of its own: reading smaps_rollup of a Chromium tree costs ~50 ms of CPU and ~150 ms
 * of blocking reads per sample here, which inside the measured Node process would stall its event loop most of the
 * time. Samples every 200 ms: the root (the measured peer's Node process) alone, and the root plus its descendants
 * minus excluded pids. The root is set by each reset, so every peer of bench:crawl — each in a child process of its
 * own — is measured the same way.
 *   parent → child: { type: 'reset', root: pid, exclude: number[] } | { type: 'peak' }
 *   child → parent: { type: 'peak', tree: kB, node: kB }
 */
import { descendantsOf, pssKb } from '../../src/crawl/process-tree.js';

/** The sampling period asked for by the benchmark (issue 3). */
const PERIOD_MS = 200;
let root = 0;
let exclude = new Set<number>([process.pid]);
let peak = { tree: 0, node: 0 };

function sample(): void {
  if (root === 0) return;
  const all = descendantsOf(root);
  const skip = new Set<number>(exclude);
  for (const pid of exclude) for (const d of descendantsOf(pid, all)) skip.add(d.pid);
  const node = pssKb(root);
  const tree = node + all.filter((p) => !skip.has(p.pid)).reduce((sum, p) => sum + pssKb(p.pid), 0);
  peak = { tree: Math.max(peak.tree, tree), node: Math.max(peak.node, node) };
}

const timer = setInterval(sample, PERIOD_MS);
process.on('message', (message: { type: string; root?: number; exclude?: number[] }) => {
  if (message.type === 'reset') {
    root = message.root ?? 0;
    exclude = new Set([process.pid, ...(message.exclude ?? [])]);
    peak = { tree: 0, node: 0 };
    sample();
  } else if (message.type === 'peak') {
    sample();
    process.send?.({ type: 'peak', ...peak });
  }
});
process.on('disconnect', () => {
  clearInterval(timer);
  process.exit(0);
});
