/**
 * A cross-process lock for writers of one database (D3, and D4's overlap check in schedule/): the file
 * `<db>.lock`, created with O_EXCL, holding the owner's PID and start time. A lock whose PID is no longer alive
 * (a SIGKILLed scan) is stale and reclaimed; a live one makes the second writer fail with StoreLockedError.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { fsReason } from '../errors.js';
import { nodeFs, type StoreFs } from './store-fs.js';
import { StoreLockedError, StoreNotWritableError } from './store-errors.js';

export interface LockOwner {
  readonly pid: number;
  /** ISO time the lock was taken: with the PID, it tells a reused PID from the original owner. */
  readonly startedAt: string;
  readonly host: string;
  /** The command holding the lock ("scan", "weigh --write"); absent in locks written before it was recorded. */
  readonly command?: string;
}

export interface LockHandle {
  readonly path: string;
  readonly owner: LockOwner;
  /** Remove the lock if it is still ours. Safe to call twice. */
  release(): Promise<void>;
}

/** Attempts to create the lock after reclaiming stale ones; two is enough unless several reclaimers race. */
const MAX_ATTEMPTS = 5;

/** The lock path of a database file. */
export function lockPathFor(dbPath: string): string {
  return `${dbPath}.lock`;
}

/** True when a process with this PID exists (EPERM means it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Linux reports process start in clock ticks; 100 per second on every common kernel build. */
const CLOCK_TICKS_PER_SECOND = 100;
/** Rounding of boot time and ticks: a process must start this much after the lock to count as a different one. */
const PID_REUSE_SLACK_MS = 5_000;

/**
 * True when the live process with the lock's PID started after the lock was taken: the owner died and the PID was
 * reused (common in containers, where a restarted scan often gets the same small PID). Linux only (/proc); elsewhere
 * we cannot tell and assume it is the owner.
 */
function pidReusedSince(owner: LockOwner): boolean {
  const started = processStartTime(owner.pid);
  const locked = Date.parse(owner.startedAt);
  return started !== undefined && !Number.isNaN(locked) && started > locked + PID_REUSE_SLACK_MS;
}

/** Epoch milliseconds at which a process started, from /proc/<pid>/stat and /proc/stat's btime; undefined if unknown. */
function processStartTime(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (comm) may contain spaces and parentheses: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]); // field 22 overall: starttime
    const btime = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
    if (!Number.isFinite(ticks) || !btime) return undefined;
    return Number(btime) * 1000 + (ticks / CLOCK_TICKS_PER_SECOND) * 1000;
  } catch {
    return undefined;
  }
}

/**
 * Take the lock or throw StoreLockedError (held by a live process) / StoreNotWritableError (folder refuses). `command`
 * is what holds it ("scan", "weigh --write", "reextract"), written into the lock so that a second writer's error names
 * what is running; it has no default, so no caller records a scan it is not.
 */
export async function acquireLock(lockPath: string, command: string, fs: StoreFs = nodeFs): Promise<LockHandle> {
  const owner: LockOwner = { pid: process.pid, startedAt: new Date().toISOString(), host: hostname(), command };
  const text = `${JSON.stringify(owner)}\n`;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      const handle = await fs.open(lockPath, 'wx', 0o644);
      try {
        await handle.writeFile(text);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return makeHandle(lockPath, owner, text, fs);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StoreNotWritableError(lockPath, fsReason(error), { cause: error });
      }
    }
    const current = await readOwnedLock(lockPath, fs);
    if (current === undefined) continue; // released (or reclaimed) between our open and read: try again
    if (current.owner) {
      // A PID from another machine (shared folder) cannot be checked here: treat it as alive.
      if (current.owner.host !== hostname() || (isProcessAlive(current.owner.pid) && !pidReusedSince(current.owner))) {
        throw new StoreLockedError(current.owner.pid, lockPath, current.owner.command);
      }
    } else if (current.young) {
      // Another process created the file a moment ago and has not written its PID yet: it is alive.
      throw new StoreLockedError(0, lockPath);
    }
    await reclaim(lockPath, current.text, fs);
  }
  throw new StoreLockedError(0, lockPath);
}

/** A lock file with no readable owner younger than this is being written right now, not abandoned. */
const HALF_WRITTEN_GRACE_MS = 5_000;

/** Re-reads of a lock that has no owner yet: the creator writes its PID right after creating the file. */
const OWNER_REREADS = 20;
const OWNER_REREAD_MS = 10;

/** readLock, giving a just-created lock a moment to receive its owner's PID (so messages name it). */
async function readOwnedLock(lockPath: string, fs: StoreFs): ReturnType<typeof readLock> {
  let current = await readLock(lockPath, fs);
  for (let i = 0; i < OWNER_REREADS && current && !current.owner && current.young; i++) {
    await new Promise((resolve) => setTimeout(resolve, OWNER_REREAD_MS));
    current = await readLock(lockPath, fs);
  }
  return current;
}

async function readLock(lockPath: string, fs: StoreFs): Promise<{ text: string; owner?: LockOwner; young: boolean } | undefined> {
  let text: string;
  let young = false;
  try {
    text = await fs.readFile(lockPath, 'utf8');
    young = Date.now() - (await fs.stat(lockPath)).mtimeMs < HALF_WRITTEN_GRACE_MS;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StoreNotWritableError(lockPath, fsReason(error), { cause: error });
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number') {
      const owner: LockOwner = { pid: parsed.pid, startedAt: String(parsed.startedAt ?? ''), host: String(parsed.host ?? hostname()) };
      return { text, young, owner: typeof parsed.command === 'string' && parsed.command !== '' ? { ...owner, command: parsed.command } : owner };
    }
  } catch {
    // half-written or hand-edited: treated as ownerless
  }
  return { text, young };
}

/**
 * Remove a stale lock without ever removing a live one that replaced it meanwhile: move it aside under a private
 * name, check that what was moved is the stale content we judged, and put it back if it is not.
 */
async function reclaim(lockPath: string, staleText: string, fs: StoreFs): Promise<void> {
  const aside = `${lockPath}.stale.${process.pid}`;
  try {
    await fs.rename(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else reclaimed it
    throw new StoreNotWritableError(lockPath, fsReason(error), { cause: error });
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => '');
  if (moved !== staleText) {
    // We moved a fresh lock taken by a racing process: give it back (link fails if yet another one exists).
    await fs.link(aside, lockPath).catch(() => undefined);
  }
  await fs.unlink(aside).catch(() => undefined);
}

function makeHandle(lockPath: string, owner: LockOwner, text: string, fs: StoreFs): LockHandle {
  let released = false;
  return {
    path: lockPath,
    owner,
    async release() {
      if (released) return;
      released = true;
      const current = await fs.readFile(lockPath, 'utf8').catch(() => undefined);
      if (current === text) await fs.unlink(lockPath).catch(() => undefined);
    },
  };
}
