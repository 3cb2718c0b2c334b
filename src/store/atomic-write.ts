/**
 * Crash-safe replacement of a file (D1): write a temp file in the same folder, fsync it, keep the previous version
 * as `<file>.bak` (a hard link, so no copy), rename the temp file over the target, then fsync the folder so the
 * rename itself survives a power cut. A reader (or a crash at any instant) sees the old file or the new one, never
 * a mix. Temp files are `.<name>.<pid>-<n>.tmp`; a kill leaves one behind, and `removeStrayTemps` clears it on the next
 * locked open.
 */
import { basename, dirname, join } from 'node:path';
import { nodeFs, type StoreFs } from './store-fs.js';

export interface AtomicWriteOptions {
  /** Keep the replaced version as `<file>.bak` (default true). */
  readonly backup?: boolean;
  /**
   * fsync the file and its folder (default true). Content-addressed snapshots skip it: a body lost to a power cut
   * only makes `reextract` report it missing, and eight fsyncs per scan are not worth that.
   */
  readonly sync?: boolean;
  readonly fs?: StoreFs;
}

let writes = 0;

/**
 * A temp-file name for one write of `path`: per process and per write, so two writers never share one, not even two
 * writes of the same file in one process (two shops serving the same body store the same snapshot at once; with a
 * per-process name the second rename found the first one's temp file already gone).
 */
export function tempPathFor(path: string, pid: number = process.pid, write: number = ++writes): string {
  return join(dirname(path), `.${basename(path)}.${pid}-${write}.tmp`);
}

/** Replace `path` with `data` atomically. On any error the previous file is untouched and the temp file removed. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const temp = tempPathFor(path);
  try {
    const handle = await fs.open(temp, 'w', 0o644);
    try {
      await handle.writeFile(data);
      if (options.sync !== false) await handle.sync(); // the bytes are on disk before the name points at them
    } finally {
      await handle.close();
    }
    if (options.backup !== false) await keepBackup(path, fs);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  if (options.sync !== false) await syncFolder(dirname(path), fs);
}

/** `<file>.bak` becomes the current file (hard link, atomic via a temp name); nothing happens if there is no file yet. */
async function keepBackup(path: string, fs: StoreFs): Promise<void> {
  const backup = `${path}.bak`;
  const tempLink = `${tempPathFor(path)}.bak`;
  await fs.unlink(tempLink).catch(() => undefined);
  try {
    await fs.link(path, tempLink);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // first write
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV') {
      await fs.copyFile(path, tempLink); // file systems without hard links
    } else {
      throw error;
    }
  }
  await fs.rename(tempLink, backup);
}

/** fsync a folder so a rename in it is durable. Some platforms refuse to open folders; that is not an error. */
async function syncFolder(folder: string, fs: StoreFs): Promise<void> {
  let handle;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows and some network file systems cannot fsync a directory; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}

/** Delete temp files left by killed writers of `path` (call only while holding the lock). Returns what was removed. */
export async function removeStrayTemps(path: string, fs: StoreFs = nodeFs): Promise<string[]> {
  const prefix = `.${basename(path)}.`;
  const folder = dirname(path);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const stray = names.filter((n) => n.startsWith(prefix) && (n.endsWith('.tmp') || n.endsWith('.tmp.bak')));
  await Promise.all(stray.map((n) => fs.unlink(join(folder, n)).catch(() => undefined)));
  return stray.map((n) => join(folder, n));
}
