/**
 * The write probe run before any crawling (D6): create the data folder if needed, write, fsync and delete a small
 * file in it. A read-only folder, a parent that is a file, or a full disk fails here, naming the path, instead of
 * after an hour of crawling. It works as root too, because it really writes rather than reading permission bits.
 */
import { join } from 'node:path';
import { fsReason } from '../errors.js';
import { nodeFs, type StoreFs } from './store-fs.js';
import { StoreNotWritableError } from './store-errors.js';

/** Bytes written by the probe: enough to hit a full disk, small enough to cost nothing. */
const PROBE_BYTES = 4096;

export async function preflightWritable(dir: string, fs: StoreFs = nodeFs): Promise<void> {
  const probe = join(dir, `.servicediff-write-probe.${process.pid}`);
  try {
    await fs.mkdir(dir, { recursive: true });
    const handle = await fs.open(probe, 'w', 0o644);
    try {
      await handle.writeFile(Buffer.alloc(PROBE_BYTES, 0x20));
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await fs.unlink(probe).catch(() => undefined);
    throw new StoreNotWritableError(dir, fsReason(error), { cause: error });
  }
  await fs.unlink(probe).catch(() => undefined);
}
