/**
 * The error family. A `UserError` is something the user can fix (bad config, unreadable input, a locked database):
 * the CLI prints its one-line message and exits with `exitCode`. Anything else is a bug and is printed with its stack.
 */

/** Stable exit codes (README "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** The run finished but some businesses or pages failed (partial success). */
  partial: 1,
  /** Bad configuration, CLI usage or input: nothing was done. */
  usage: 2,
  /** The run could not start or failed as a whole (database refused, lock held, every business failed). */
  failure: 3,
  /** An unexpected bug. */
  bug: 70,
  /** Stopped by Ctrl-C (SIGINT) or SIGTERM, as shells report 128 + SIGINT. */
  interrupted: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export abstract class ServicediffError extends Error {
  /** Stable machine-readable code, e.g. "CONFIG_INVALID". */
  abstract readonly code: string;
  readonly exitCode: ExitCode = EXIT.failure;
  /** What to do about it, appended to the one-line message. */
  readonly hint?: string;

  constructor(message: string, options?: { cause?: unknown; hint?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    if (options?.hint) this.hint = options.hint;
  }

  /** The single line the CLI prints. */
  oneLine(): string {
    const text = this.hint ? `${this.message} — ${this.hint}` : this.message;
    return text.replace(/\s*\n\s*/g, ' ');
  }
}

/** A mistake in what the user gave us (config file, flags, input file). Exit code 2; nothing was done. */
export class UserError extends ServicediffError {
  readonly code: string = 'USER_ERROR';
  override readonly exitCode: ExitCode = EXIT.usage;
}

/** The configuration file is missing, unreadable or invalid. */
export class ConfigError extends UserError {
  override readonly code: string = 'CONFIG_INVALID';
}

/** A command-line argument or option is wrong. */
export class UsageError extends UserError {
  override readonly code: string = 'USAGE';
}

/** An input file (for `extract`) cannot be read. */
export class InputError extends UserError {
  override readonly code: string = 'INPUT_UNREADABLE';
}

/** The environment refuses the run as a whole (database unreadable, data folder read-only, lock held). Exit 3. */
export class RunError extends ServicediffError {
  readonly code: string = 'RUN_FAILED';
}

/**
 * The errno codes a person meets on a data, config or report folder, in words true of every call that can raise them.
 * A few codes say something narrower for one call: FS_CALL_TEXT, keyed "syscall CODE".
 */
const FS_CODE_TEXT: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'something already exists at the path',
  EISDIR: 'the path is a folder',
  ENOENT: 'no such file or folder',
};
const FS_CALL_TEXT: Record<string, string> = {
  // mkdir (recursive or not) meets EEXIST only when the path itself is a file: a folder there is no error.
  'mkdir EEXIST': 'a file is in the way of a folder on the path',
};

/** A short reason for a file-system error: its code and the human text. */
export function fsReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string') {
    const text = FS_CALL_TEXT[`${e.syscall} ${e.code}`] ?? FS_CODE_TEXT[e.code];
    return text ? `${e.code}: ${text}` : e.code;
  }
  return error instanceof Error ? error.message : String(error);
}

export function isServicediffError(error: unknown): error is ServicediffError {
  return error instanceof ServicediffError;
}
