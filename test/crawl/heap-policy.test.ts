/**
 * The crawl's heap policy (issue 12): dead page bodies are collected while they are a few dozen MB. Each case runs
 * in a Node process of its own, as a scan does, allocating what a crawl allocates: a long-lived heap (its queues and
 * results), two-byte bodies of 100,000 characters (one dash outside Latin-1 makes a storefront page two-byte), each
 * alive while the next 30 arrive, and the small objects a crawl makes between two bodies, whose collections promote
 * the bodies still alive to the old generation.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HEAP_FLAGS } from '../../src/crawl/heap-policy.js';

const policy = fileURLToPath(new URL('../../src/crawl/heap-policy.ts', import.meta.url));

/** Peak heapTotal (MB) of a process passing 600 bodies through. */
function peakHeapMb(options: { bound: boolean; flags?: readonly string[] }): number {
  const script = `
    const { boundHeapGrowth } = await import(${JSON.stringify(policy)});
    if (${options.bound}) boundHeapGrowth();
    const kept = Array.from({ length: 200000 }, (_, i) => ({ i, key: 'k' + i }));
    const bytes = Buffer.from('Returns within 30 days \\u2013 page 000 ' + 'x'.repeat(100000));
    const decoder = new TextDecoder();
    const live = [];
    let peak = 0;
    let made = 0;
    for (let i = 0; i < 600; i++) {
      bytes.write(String(i).padStart(3, '0'), 32);
      live.push(decoder.decode(bytes));
      if (live.length > 30) live.shift();
      made += Array.from({ length: 20000 }, (_, j) => ({ j, url: 'u' + j })).length;
      peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    console.log(Math.round(peak / 1048576), kept.length + made);`;
  const out = execFileSync(process.execPath, [...(options.flags ?? []), '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  return Number(out.trim().split(' ')[0]);
}

let unboundedMb: number | undefined;
const unbounded = (): number => (unboundedMb ??= peakHeapMb({ bound: false }));

/** Each case starts Node processes through tsx: seconds on a busy machine, not a measure of speed. */
const SPAWNS_MS = 120_000;

describe('boundHeapGrowth', () => {
  it('keeps a crawl-like heap well under what V8 grows it to by default', () => {
    expect(peakHeapMb({ bound: true })).toBeLessThan(unbounded() * 0.75);
  }, SPAWNS_MS);

  it('bounds a child process started with HEAP_FLAGS the same way', () => {
    expect(peakHeapMb({ bound: false, flags: HEAP_FLAGS })).toBeLessThan(unbounded() * 0.75);
  }, SPAWNS_MS);
});
