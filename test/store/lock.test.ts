/**
 * RELIABILITY D3 with real processes: two writers started at once → exactly one holds the lock, the other exits
 * non-zero naming the PID and the lock path; a lock left by a SIGKILLed holder is reclaimed.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { acquireLock, isProcessAlive, lockPathFor } from '../../src/store/lock.js';
import { openStore } from '../../src/store/open-store.js';
import { StoreLockedError } from '../../src/store/store-errors.js';
import { spawnTs, waitForOutput, within, type Child } from './fixtures/child.js';

let dir: string;
const children: Child[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-lock-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
    await within(child.exited, 10_000, 'child exit').catch(() => undefined);
  }
  await rm(dir, { recursive: true, force: true });
});

function holder(db: string): Child {
  const child = spawnTs('test/store/fixtures/lock-holder.ts', [db, join(dir, 'snapshots')]);
  children.push(child);
  return child;
}

describe('database lock', () => {
  it('D3: when two writers start at once then exactly one proceeds and the other exits non-zero naming PID and lock', async () => {
    const db = join(dir, 'servicediff.json');
    const pair = [holder(db), holder(db)];
    // Both outcomes must arrive: one "acquired" and one exit with the lock error (two "acquired" would fail here).
    const outcomes = await within(
      Promise.all(
        pair.map((child) =>
          Promise.race([waitForOutput(child, 'acquired').then(() => 'acquired' as const).catch(() => 'exited' as const), child.exited.then(() => 'exited' as const)]),
        ),
      ),
      30_000,
      'both writers to acquire or fail',
    );
    expect(outcomes.sort()).toEqual(['acquired', 'exited']);
    const winner = pair.find((c) => c.stdout.includes('acquired'))!;
    const loser = pair.find((c) => c !== winner)!;
    expect(await loser.exited).toBe(EXIT.failure);
    const lock = lockPathFor(db);
    expect(loser.stderr.trim()).toBe(
      `servicediff scan already running on this database (PID ${winner.process.pid}, lock ${lock}) — wait for it or remove the lock if that process is gone`,
    );
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ pid: winner.process.pid });
    winner.process.stdin.end();
    expect(await within(winner.exited, 10_000, 'winner exit')).toBe(0);
    await expect(readFile(lock, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' }); // released on close
  });

  it('D3: when the lock holder was SIGKILLed then the next writer reclaims the stale lock', async () => {
    const db = join(dir, 'servicediff.json');
    const first = holder(db);
    await waitForOutput(first, 'acquired');
    first.process.kill('SIGKILL');
    await within(first.exited, 10_000, 'killed holder exit');
    expect(isProcessAlive(first.process.pid!)).toBe(false);
    expect(JSON.parse(await readFile(lockPathFor(db), 'utf8'))).toMatchObject({ pid: first.process.pid }); // left behind

    const second = holder(db);
    await waitForOutput(second, 'acquired');
    expect(JSON.parse(await readFile(lockPathFor(db), 'utf8'))).toMatchObject({ pid: second.process.pid });
  });

  it('when the lock is held by this live process then a second acquire fails, and release lets the next one in', async () => {
    const lockPath = join(dir, 'db.json.lock');
    const held = await acquireLock(lockPath, 'scan');
    const error = await acquireLock(lockPath, 'scan').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as StoreLockedError).exitCode).not.toBe(0);
    expect((error as StoreLockedError).oneLine()).toContain(`PID ${process.pid}, lock ${lockPath}`);
    await held.release();
    await held.release(); // twice is safe
    const next = await acquireLock(lockPath, 'scan');
    await next.release();
  });

  it('when another command holds the lock then the error names that command, and an older lock without one is not called a scan', async () => {
    const lockPath = join(dir, 'db.json.lock');
    const { hostname } = await import('node:os');
    const held = await acquireLock(lockPath, 'weigh --write');
    expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: process.pid, command: 'weigh --write' });
    const error = (await acquireLock(lockPath, 'scan').catch((e: unknown) => e)) as StoreLockedError;
    expect(error.oneLine()).toMatch(/^servicediff weigh --write already running on this database \(PID \d+, lock /);
    await held.release();
    // A lock written before the command was recorded (a live owner, taken now) names no command it cannot know.
    await writeFile(lockPath, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), host: hostname() }));
    const older = (await acquireLock(lockPath, 'scan').catch((e: unknown) => e)) as StoreLockedError;
    expect(older.oneLine()).toMatch(/^another servicediff command already running on this database \(PID /);
  });

  it('the command holding the lock is named by every caller: none can fall back to recording a scan', () => {
    // Checked by `tsc --noEmit -p .` (these lines never run): with a default command, or a locking open without a
    // writer, each call would compile, the @ts-expect-error would be unused, and the type check would fail.
    const neverRun = (): void => {
      // @ts-expect-error the holder's command is required
      void acquireLock(lockPathFor('db.json'));
      // @ts-expect-error a locking open names its writer
      void openStore('db.json', { snapshotsDir: 'snapshots', lock: true, create: true });
    };
    expect(neverRun).toBeTypeOf('function');
  });

  it('when the lock names a live PID that started after the lock was taken (PID reused) then it is reclaimed', async () => {
    const lockPath = join(dir, 'db.json.lock');
    const { hostname } = await import('node:os');
    // This very process is alive, but it started long after 2020: the lock's owner was another process with our PID.
    await writeFile(lockPath, JSON.stringify({ pid: process.pid, startedAt: '2020-01-01T00:00:00.000Z', host: hostname() }));
    const handle = await acquireLock(lockPath, 'scan');
    expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: process.pid });
    expect(JSON.parse(await readFile(lockPath, 'utf8')).startedAt).not.toBe('2020-01-01T00:00:00.000Z');
    await handle.release();
    // …while a lock taken after this process started is honoured.
    await writeFile(lockPath, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), host: hostname() }));
    await expect(acquireLock(lockPath, 'scan')).rejects.toBeInstanceOf(StoreLockedError);
  });

  it('when a lock file is garbage and old then it is reclaimed; when it names a live PID on another host it is not', async () => {
    const lockPath = join(dir, 'db.json.lock');
    await writeFile(lockPath, 'not json');
    const { utimes } = await import('node:fs/promises');
    await utimes(lockPath, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const handle = await acquireLock(lockPath, 'scan');
    await handle.release();
    await writeFile(lockPath, JSON.stringify({ pid: 999_999_999, startedAt: 'x', host: 'another-machine' }));
    await expect(acquireLock(lockPath, 'scan')).rejects.toBeInstanceOf(StoreLockedError);
  });
});
