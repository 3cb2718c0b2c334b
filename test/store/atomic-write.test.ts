/**
 * RELIABILITY D1: a real child process rewriting a large db is SIGKILLed at random moments, 50 times; the file
 * must always parse and be exactly one whole state. Also: `.bak` keeps the previous version, stray temp files are
 * cleaned, and an ENOSPC (injected: it cannot be caused for real here) leaves the previous file intact.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStrayTemps, tempPathFor, writeFileAtomic } from '../../src/store/atomic-write.js';
import { nodeFs, type StoreFs } from '../../src/store/store-fs.js';
import { bigState } from './fixtures/big-state.js';
import { spawnJs, transpileForChildren, waitForOutput, within, type Child } from './fixtures/child.js';

/** Big enough that a write takes milliseconds, so kills land mid-write. */
const STATE_KB = 1024;
const KILLS = 50;
/** Child processes killed at once (each on its own file). */
const PARALLEL = 5;

let dir: string;
const children: Child[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-atomic-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.process.exitCode === null) child.process.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('D1: when a writer is SIGKILLed mid-write 50 times then the file is always one whole state', { timeout: 240_000 }, async () => {
    const states = new Map([1, 2].map((seq) => [bigState(seq, STATE_KB), seq]));
    // The real writeFileAtomic, transpiled once so 50 children start with plain node (tsx start-up × 50 is slow).
    const built = await transpileForChildren(
      ['src/store/atomic-write.ts', 'src/store/store-fs.ts', 'test/store/fixtures/big-state.ts', 'test/store/fixtures/atomic-writer.ts'],
      join(dir, 'build'),
    );
    const writerScript = join(built, 'test/store/fixtures/atomic-writer.js');
    const seen = new Set<number>();
    let midWrite = 0;
    /** One kill: a fresh writer on its own file (starting from state 1), SIGKILLed at a random moment, then checked. */
    const round = async (n: number): Promise<void> => {
      const folder = join(dir, `r${n}`);
      await mkdir(folder);
      const path = join(folder, 'servicediff.json');
      await writeFile(path, bigState(1, STATE_KB)); // the state before this child runs
      const child = spawnJs(writerScript, [path, String(STATE_KB)]);
      children.push(child);
      await waitForOutput(child, 'ready');
      // The kill moment is the fault being injected, not synchronisation: anywhere in the next few writes.
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 40)));
      child.process.kill('SIGKILL');
      await within(child.exited, 20_000, 'child exit after SIGKILL');
      const text = await readFile(path, 'utf8');
      const seq = states.get(text);
      expect(seq, `round ${n}: file is not a whole state (${text.length} bytes)`).toBeDefined();
      expect(() => JSON.parse(text)).not.toThrow();
      seen.add(seq!);
      if ((await readdir(folder)).some((name) => name.endsWith('.tmp'))) midWrite++;
      // D1: a stray temp file from a killed writer is cleaned at the next (locked) start.
      await removeStrayTemps(path);
      expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    };
    // Kills run a few at a time (each on its own file) so 50 child start-ups stay affordable on a shared machine.
    for (let batch = 0; batch < KILLS / PARALLEL; batch++) {
      await Promise.all(Array.from({ length: PARALLEL }, (_, i) => round(batch * PARALLEL + i)));
    }
    // Kills really landed at different points of the write cycle: both states were left on disk at some point,
    // and some kills landed between open(temp) and rename (the case the temp-file dance exists for).
    expect(seen.size).toBe(2);
    expect(midWrite).toBeGreaterThan(0);
  });

  it('when a file is replaced then the previous version is kept as <file>.bak', async () => {
    const path = join(dir, 'db.json');
    await writeFileAtomic(path, '{"v":1}');
    await writeFileAtomic(path, '{"v":2}');
    expect(await readFile(path, 'utf8')).toBe('{"v":2}');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('{"v":1}');
    expect((await readdir(dir)).sort()).toEqual(['db.json', 'db.json.bak']);
  });

  it('when a stray temp file of another pid exists then removeStrayTemps deletes only temp files of that db', async () => {
    const path = join(dir, 'db.json');
    const stray = tempPathFor(path, 4242);
    await writeFile(stray, 'half a file');
    await writeFile(join(dir, 'other.json'), '{}');
    await writeFile(path, '{}');
    const removed = await removeStrayTemps(path);
    expect(removed).toEqual([stray]);
    expect((await readdir(dir)).sort()).toEqual(['db.json', 'other.json']);
  });

  it('when one process writes the same file many times at once then every write succeeds and one whole version is left', async () => {
    // Two shops serving the same body store the same snapshot at the same moment; a temp name shared between
    // those writes made the second rename fail with ENOENT (seen in CI on the hostile-scan test).
    const path = join(dir, 'same.json');
    const versions = Array.from({ length: 20 }, (_, i) => JSON.stringify({ v: i }));
    await Promise.all(versions.map((text) => writeFileAtomic(path, text, { backup: false, sync: false })));
    expect(versions).toContain(await readFile(path, 'utf8'));
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('D6: when the disk is full mid-write (injected ENOSPC) then the previous file is intact and no temp file remains', async () => {
    const path = join(dir, 'db.json');
    await writeFileAtomic(path, '{"v":1}');
    const full: StoreFs = {
      ...nodeFs,
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        const handle = await nodeFs.open(...args);
        if (String(args[0]).endsWith('.tmp')) {
          handle.writeFile = async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          };
        }
        return handle;
      }) as StoreFs['open'],
    };
    await expect(writeFileAtomic(path, '{"v":2}', { fs: full })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(path, 'utf8')).toBe('{"v":1}');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
