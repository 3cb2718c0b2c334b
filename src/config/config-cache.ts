/**
 * Validated configs, remembered by their exact text. Loading YAML and zod is most of the start-up of a short command
 * (`compare`, `history`); a config whose text this version has validated before is read back as JSON instead.
 *
 * The cache lives in the user's own cache folder ($SERVICEDIFF_CACHE_DIR, else $XDG_CACHE_HOME/servicediff, else
 * ~/.cache/servicediff), created 0700. An entry is used only when it is a regular file owned by this user and not
 * writable by others, and its key is a hash of the version, the config's absolute path and its full text — so a
 * changed config, a moved config or a new servicediff always validates afresh. Every failure here is silent: the
 * config is then simply parsed and validated as usual.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { VERSION } from '../version.js';
import type { Config } from './config-schema.js';

/** The folder entries are kept in. */
export function configCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SERVICEDIFF_CACHE_DIR) return env.SERVICEDIFF_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'servicediff');
}

function entryPath(absolutePath: string, text: string, dir: string): string {
  const key = createHash('sha256').update(VERSION).update('\0').update(absolutePath).update('\0').update(text).digest('hex');
  return join(dir, `config-${key.slice(0, 40)}.json`);
}

/** Safe to trust: a regular file of ours that nobody else can write. */
function trusted(file: string): boolean {
  try {
    const st = lstatSync(file);
    if (!st.isFile() || (st.mode & 0o022) !== 0) return false;
    return typeof process.getuid !== 'function' || st.uid === process.getuid();
  } catch {
    return false;
  }
}

/** The validated config for exactly this text, if this version validated it before. */
export function readCachedConfig(absolutePath: string, text: string, dir: string = configCacheDir()): Config | undefined {
  const file = entryPath(absolutePath, text, dir);
  if (!trusted(file)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; config?: unknown };
    return entry.version === VERSION && entry.config && typeof entry.config === 'object' ? (entry.config as Config) : undefined;
  } catch {
    return undefined;
  }
}

/** Remember a config that has just passed validation (best effort). */
export function writeCachedConfig(absolutePath: string, text: string, config: Config, dir: string = configCacheDir()): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = entryPath(absolutePath, text, dir);
    const temp = `${file}.${process.pid}.tmp`;
    // A new file gets mode 0600 (the umask can only take bits away): nobody else may write an entry we trust.
    writeFileSync(temp, JSON.stringify({ version: VERSION, config }), { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    // A read-only home or a full disk only costs the next command its start-up time.
  }
}
