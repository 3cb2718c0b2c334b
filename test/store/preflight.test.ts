/**
 * RELIABILITY D6: the write probe fails before any crawling, naming the path. Tests run as root, where chmod 0555
 * does not stop writes, so the root-proof case is a data path whose parent is a FILE; the chmod case runs when the
 * test is not root. ENOSPC is injected (it cannot be caused for real here).
 */
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { preflightWritable } from '../../src/store/preflight.js';
import { StoreNotWritableError } from '../../src/store/store-errors.js';
import { nodeFs, type StoreFs } from '../../src/store/store-fs.js';
import { EXIT } from '../../src/errors.js';
import { build } from 'esbuild';
import { ROOT, spawnNode, within } from './fixtures/child.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-preflight-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;

describe('preflightWritable', () => {
  it('when the folder is writable then it passes and leaves nothing behind (creating the folder if needed)', async () => {
    await preflightWritable(join(dir, 'data'));
    expect(await readdir(join(dir, 'data'))).toEqual([]);
  });

  it('D6: when a parent of the data folder is a file then it fails with one line naming the path', async () => {
    await writeFile(join(dir, 'data'), 'I am a file');
    const target = join(dir, 'data', 'sub');
    const error = await preflightWritable(target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreNotWritableError);
    const line = (error as StoreNotWritableError).oneLine();
    expect(line).toContain(target);
    expect(line).toMatch(/ENOTDIR|EEXIST/);
    expect(line).not.toContain('\n');
  });

  it('D6: when the data folder is chmod 0555 then a real process fails the probe naming the path (as an unprivileged user when root)', async () => {
    const data = join(dir, 'data');
    await mkdir(data);
    await chmod(dir, 0o755); // the unprivileged child must be able to reach data/ and its own script
    // The child gets everything it needs inside this temp folder (one bundled script, run from here), never the
    // checkout: a clone under a folder other users cannot enter (mktemp -d is 0700) must not fail this test.
    const script = join(dir, 'preflight-probe.mjs');
    await build({
      entryPoints: [join(ROOT, 'test/store/fixtures/preflight-probe.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    });
    await chmod(script, 0o644);
    await chmod(data, 0o555);
    // chmod does not bind root, so a root test run starts the probe as "nobody" (uid 65534): a real permission check.
    const child = spawnNode(script, [data], { cwd: dir, env: { ...process.env, HOME: dir }, ...(isRoot ? { uid: 65534, gid: 65534 } : {}) });
    expect(await within(child.exited, 20_000, 'probe exit')).toBe(EXIT.failure);
    expect(child.stderr.trim()).toBe(`${data}: cannot write the database there (EACCES: permission denied) — make the data folder writable, free disk space, or pass --db PATH`);
    expect(await readdir(data)).toEqual([]);
  });

  it('D6: when the disk is full (injected ENOSPC) then it fails naming the folder and removes the probe', async () => {
    const full: StoreFs = {
      ...nodeFs,
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        const handle = await nodeFs.open(...args);
        handle.writeFile = async () => {
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        };
        return handle;
      }) as StoreFs['open'],
    };
    await expect(preflightWritable(dir, full)).rejects.toThrow(`${dir}: cannot write the database there (ENOSPC: no space left on device)`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('D6: when a writer opens a store under an unwritable path then it fails before taking a lock or creating a file', async () => {
    await writeFile(join(dir, 'data'), 'I am a file');
    const db = join(dir, 'data', 'servicediff.json');
    await expect(openStore(db, { snapshotsDir: join(dir, 'snapshots'), lock: true, writer: 'scan', create: true })).rejects.toBeInstanceOf(StoreNotWritableError);
    expect((await readdir(dir)).sort()).toEqual(['data']);
  });
});
