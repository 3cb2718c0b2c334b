/**
 * How far V8 lets a crawling process's heap grow before it collects (issue 12: Node RSS < 250 MB on the 200-site
 * bench farm). A crawl's heap is mostly page bodies passing through: a storefront page is 40–150 KB, and one
 * character outside Latin-1 (a dash in its title) makes the whole body a two-byte string of 80–300 KB. Each body
 * lives for seconds (fetched, then waiting for its parse or its render), long enough to be promoted to the old
 * generation, where it stays after its page is done until the next full collection. V8's default growth factor (up to
 * 4 × the live heap after each full collection) let that garbage reach ~100 MB of large strings on a ~50 MB live heap:
 * measured on the 200-site farm, the main thread's heap swung between 65 and 165 MB, and Node peaked at 308 MB RSS.
 * A fixed, small growth step collects the dead bodies while they are still a few dozen MB.
 */
import v8 from 'node:v8';

/**
 * Heap growth after a full collection, in percent of the live heap (V8's `--heap-growing-percent`; 0 is V8's own
 * dynamic factor). 200-site farm, 30 ms latency, peer alone at load 10–20: Node peak RSS 293–332 MB → 226–228 MB,
 * the main heap's peak 148–183 MB → 86 MB; the process's CPU 26.9 s → 28.6 s (the extra full collections).
 */
export const HEAP_GROWING_PERCENT = 25;

/** The same policy as command-line flags, for a child process (the render child) started by the crawl. */
export const HEAP_FLAGS: readonly string[] = [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`];

let applied = false;

/**
 * Apply the policy to this process. V8's flags are process-wide: the parse workers' heaps follow it too. It reads
 * the flag at each collection, so setting it after start-up works (Node keeps V8's flags writable after init). A
 * process started with its own `--heap-growing-percent` (flags or NODE_OPTIONS) keeps it.
 */
export function boundHeapGrowth(): void {
  if (applied) return;
  applied = true;
  const own = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (own.some((flag) => /^--heap[-_]growing[-_]percent/.test(flag))) return;
  v8.setFlagsFromString(HEAP_FLAGS[0]!);
}
