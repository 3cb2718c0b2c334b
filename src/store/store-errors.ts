/**
 * The store's errors: each says which file, what was found and what to do, on one line. All are RunErrors (exit 3):
 * the run cannot start, and nothing was crawled or written.
 */
import { join } from 'node:path';
import { RunError } from '../errors.js';

/**
 * Another process holds the database lock (D3). The holder's command comes from the lock file; a lock with none (being
 * written, or older than the field) is named as another servicediff command rather than guessed to be a scan.
 */
export class StoreLockedError extends RunError {
  override readonly code: string = 'STORE_LOCKED';
  constructor(
    readonly pid: number,
    readonly lockPath: string,
    readonly holder?: string,
  ) {
    super(`${holder !== undefined ? `servicediff ${holder}` : 'another servicediff command'} already running on this database (PID ${pid}, lock ${lockPath})`, {
      hint: 'wait for it or remove the lock if that process is gone',
    });
  }
}

/** The database file is empty, NUL-filled, truncated or not a servicediff document (D2). It is never replaced. */
export class StoreCorruptError extends RunError {
  override readonly code: string = 'STORE_CORRUPT';
  constructor(path: string, what: string, backup: string | undefined) {
    super(`${path}: database is unreadable (${what}); it was left untouched`, {
      hint: backup
        ? `restore the last good copy with \`cp ${backup} ${path}\`, or move the file away to start a new history`
        : `no backup (${path}.bak) exists; move the file away to start a new history`,
    });
  }
}

/** The database path names a folder (`--db data`): nothing is damaged, the path is wrong. */
export class StoreIsFolderError extends RunError {
  override readonly code: string = 'STORE_IS_FOLDER';
  constructor(path: string) {
    super(`${path}: is a folder, not the database file`, {
      hint: `pass --db (or store.db in the config) a file path, e.g. ${join(path, 'servicediff.json')}`,
    });
  }
}

/** The file was written by a newer servicediff. */
export class StoreTooNewError extends RunError {
  override readonly code: string = 'STORE_TOO_NEW';
  constructor(path: string, found: number, supported: number) {
    super(`${path}: database schema version ${found} is newer than this servicediff supports (${supported})`, {
      hint: 'upgrade servicediff, or point --db at another file',
    });
  }
}

/** No database yet: readers (history, compare, report, reextract) need a scan first. */
export class StoreMissingError extends RunError {
  override readonly code: string = 'STORE_MISSING';
  constructor(path: string) {
    super(`no scan yet: run \`servicediff scan\` first (looked for ${path})`);
  }
}

/** The data folder cannot be written (read-only, not a folder, disk full) (D6). */
export class StoreNotWritableError extends RunError {
  override readonly code: string = 'STORE_NOT_WRITABLE';
  constructor(path: string, reason: string, options?: { cause?: unknown }) {
    super(`${path}: cannot write the database there (${reason})`, {
      ...options,
      hint: 'make the data folder writable, free disk space, or pass --db PATH',
    });
  }
}
