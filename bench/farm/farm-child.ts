/**
 * The farm in a process of its own, so the benchmark measures the crawler alone: the farm's CPU and memory are the
 * "internet", not servicediff's. Started by startFarmProcess(); speaks over the IPC channel.
 *   parent → child: { type: 'stats', resetMaxInFlight?: boolean } | { type: 'close' }
 *   child → parent: { type: 'ready', sites } | { type: 'stats', ...FarmStats }
 */
import { startFarm, type FarmStyle } from './start-farm.js';

const sites = Number(process.argv[2]);
const latencyMs = Number(process.argv[3]);
const style = (process.argv[4] ?? 'plain') as FarmStyle;
const farm = await startFarm({ sites, latencyMs, style });
const send = (message: unknown) => process.send?.(message);
send({ type: 'ready', sites: farm.sites.map((s) => ({ origin: s.origin, plan: s.plan })) });
process.on('message', (message: { type: string; resetMaxInFlight?: boolean }) => {
  if (message.type === 'stats') {
    send({ type: 'stats', ...farm.stats() });
    if (message.resetMaxInFlight) farm.resetMaxInFlight();
  } else if (message.type === 'close') {
    void farm.close().then(() => process.exit(0));
  }
});
process.on('disconnect', () => void farm.close().then(() => process.exit(0)));
