/**
 * Start the farm (start-farm.ts) in a child process and talk to it: the benchmark's view of the farm.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SitePlan } from './site-plan.js';
import type { FarmStats, FarmStyle } from './start-farm.js';

export interface RemoteFarm {
  readonly sites: { readonly origin: string; readonly plan: SitePlan }[];
  readonly pid: number;
  readonly expectedPolicies: number;
  /** Counts so far; resetMaxInFlight starts a new watermark of requests in flight per host, and of duplicates, after reading it. */
  stats(options?: { resetMaxInFlight?: boolean }): Promise<FarmStats>;
  close(): Promise<void>;
}

/** Startup of 200 servers takes a second or two; anything past this is a broken child. */
const READY_TIMEOUT_MS = 60_000;

export async function startFarmProcess(sites: number, latencyMs: number, style: FarmStyle = 'plain'): Promise<RemoteFarm> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./farm-child.ts', import.meta.url)), [String(sites), String(latencyMs), style], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ origin: string; plan: SitePlan }[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the farm did not start within 60 s')), READY_TIMEOUT_MS);
    child.once('message', (m: { type: string; sites: { origin: string; plan: SitePlan }[] }) => {
      clearTimeout(timer);
      if (m.type === 'ready') resolve(m.sites);
      else reject(new Error(`unexpected farm message ${m.type}`));
    });
    child.once('exit', (code) => reject(new Error(`the farm exited with ${code}`)));
  });
  return {
    sites: ready,
    pid: child.pid!,
    expectedPolicies: ready.reduce((n, s) => n + s.plan.policies.length, 0),
    stats: (options = {}) =>
      new Promise((resolve) => {
        child.once('message', (m: FarmStats & { type: string }) => {
          const { type: _type, ...stats } = m;
          resolve(stats);
        });
        child.send({ type: 'stats', ...options });
      }),
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ type: 'close' });
      }),
  };
}
