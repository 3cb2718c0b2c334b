/**
 * Where a peer's Node RSS went at its peak (issue 12: profile before optimising), the same way for every peer of
 * bench:crawl: process.memoryUsage() every 250 ms, the sample with the highest RSS kept. The main thread's V8 heap and
 * its buffers are named; the rest is code, worker heaps and native memory. With the V8 heap limit this machine gives
 * the process (Node sizes it from the machine's memory, and a heap left to its default growth swells with garbage up
 * to a share of that limit) and the process's CPU time, which the machine's load does not inflate as it does the wall.
 */
import v8 from 'node:v8';

export function sampleMemory(): () => string {
  let peak = process.memoryUsage();
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    if (now.rss > peak.rss) peak = now;
  }, 250);
  return () => {
    clearInterval(timer);
    const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
    const usage = process.resourceUsage();
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    const limit = v8.getHeapStatistics().heap_size_limit;
    return `Node at its sampled RSS peak ${mb(peak.rss)}: main-thread V8 heap ${mb(peak.heapTotal)} (${mb(peak.heapUsed)} used; limit ${mb(limit)}), buffers ${mb(peak.arrayBuffers)}, the rest code, workers and native; Node CPU ${cpu.toFixed(1)} s`;
  };
}
