/**
 * Content-addressed page bodies for `reextract`: each distinct body is stored once, gzip-compressed, as
 * `<dir>/<hash[0..1]>/<hash>.gz` (two-character fan-out keeps folders small), outside the JSON document.
 * Writes are atomic, so a crash never leaves half a snapshot under a valid name.
 */
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { writeFileAtomic } from './atomic-write.js';
import { nodeFs, type StoreFs } from './store-fs.js';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** A content hash must look like this before it becomes part of a path (no ../ from a hand-edited db). */
const HASH_PATTERN = /^[0-9a-f]{16,128}$/;


export class SnapshotStore {
  constructor(
    readonly dir: string,
    private readonly fs: StoreFs = nodeFs,
  ) {}

  pathFor(hash: string): string {
    if (!HASH_PATTERN.test(hash)) throw new Error(`not a content hash: ${JSON.stringify(hash.slice(0, 80))}`);
    return join(this.dir, hash.slice(0, 2), `${hash}.gz`);
  }

  /** Store a body under its hash unless it is already there. */
  async put(hash: string, body: string): Promise<void> {
    const path = this.pathFor(hash);
    if (await this.has(hash)) return;
    await this.fs.mkdir(join(this.dir, hash.slice(0, 2)), { recursive: true });
    await writeFileAtomic(path, await gzipAsync(Buffer.from(body, 'utf8')), { backup: false, sync: false, fs: this.fs });
  }

  async has(hash: string): Promise<boolean> {
    try {
      await this.fs.stat(this.pathFor(hash));
      return true;
    } catch {
      return false;
    }
  }

  /** The body, or undefined when retention removed it (or it never existed). */
  async get(hash: string): Promise<string | undefined> {
    if (!HASH_PATTERN.test(hash)) return undefined;
    let data: Buffer;
    try {
      data = await this.fs.readFile(this.pathFor(hash));
    } catch {
      return undefined;
    }
    return (await gunzipAsync(data)).toString('utf8');
  }

  /** Delete these snapshots (missing ones are fine). Returns how many existed. */
  async remove(hashes: Iterable<string>): Promise<number> {
    let deleted = 0;
    for (const hash of hashes) {
      if (!HASH_PATTERN.test(hash)) continue;
      try {
        await this.fs.unlink(this.pathFor(hash));
        deleted++;
      } catch {
        // already gone
      }
    }
    return deleted;
  }

  /** Delete every snapshot on disk whose hash is not in `keep` (a full sweep, e.g. after a crash). Returns how many. */
  async prune(keep: ReadonlySet<string>): Promise<number> {
    let deleted = 0;
    let buckets: string[];
    try {
      buckets = await this.fs.readdir(this.dir);
    } catch {
      return 0;
    }
    for (const bucket of buckets) {
      if (!/^[0-9a-f]{2}$/.test(bucket)) continue;
      let names: string[];
      try {
        names = await this.fs.readdir(join(this.dir, bucket));
      } catch {
        continue;
      }
      for (const name of names) {
        const hash = name.endsWith('.gz') ? name.slice(0, -3) : undefined;
        if (!hash || !HASH_PATTERN.test(hash) || keep.has(hash)) continue;
        await this.fs.unlink(join(this.dir, bucket, name)).catch(() => undefined);
        deleted++;
      }
    }
    return deleted;
  }
}
