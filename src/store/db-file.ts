/**
 * Reading the database file without ever trusting or replacing a bad one (D2): an empty, NUL-filled, truncated or
 * foreign file becomes a StoreCorruptError naming the file and the backup to restore. Used as lowdb's adapter.
 */
import type { Adapter } from 'lowdb';
import { fsReason } from '../errors.js';
import { writeFileAtomic } from './atomic-write.js';
import type { JsonObject } from './migrations.js';
import { StoreCorruptError, StoreIsFolderError, StoreMissingError, StoreNotWritableError } from './store-errors.js';
import { nodeFs, type StoreFs } from './store-fs.js';

/** Top-level fields every version of the document has, with the JSON type each must be. */
const REQUIRED_FIELDS: readonly [string, 'object' | 'array'][] = [
  ['businesses', 'object'],
  ['scans', 'array'],
  ['readings', 'object'],
  ['changes', 'array'],
  ['problems', 'object'],
];

/** lowdb adapter over one JSON file: validated reads, atomic writes (with `<file>.bak`), compact JSON. */
export class DbFile implements Adapter<JsonObject> {
  /** The exact text last read or written: what a failed write rolls back to. */
  lastText: string | undefined;

  constructor(
    readonly path: string,
    private readonly fs: StoreFs = nodeFs,
  ) {}

  /** The parsed document, or null when the file does not exist. Throws StoreCorruptError for a bad file. */
  async read(): Promise<JsonObject | null> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      if (code === 'EISDIR') throw new StoreIsFolderError(this.path);
      throw new StoreNotWritableError(this.path, fsReason(error), { cause: error });
    }
    const problem = await this.problemWith(bytes);
    if (typeof problem === 'string') throw new StoreCorruptError(this.path, problem, await this.backupPath());
    this.lastText = bytes.toString('utf8');
    return problem;
  }

  /** Write compact JSON atomically, keeping the previous file as `<file>.bak`. */
  async write(data: JsonObject): Promise<void> {
    const text = JSON.stringify(data);
    await writeFileAtomic(this.path, text, { fs: this.fs });
    this.lastText = text;
  }

  /** Like read(), but a missing file is an error that tells the user to scan first. */
  async readExisting(): Promise<JsonObject> {
    const doc = await this.read();
    if (!doc) throw new StoreMissingError(this.path);
    return doc;
  }

  /** What is wrong with these bytes (a short phrase), or the parsed document. */
  private async problemWith(bytes: Buffer): Promise<string | JsonObject> {
    if (bytes.length === 0) return '0 bytes: the file is empty';
    // The first byte decides for almost every file; only a file that starts with NUL is walked (2 MB took ~20 ms).
    if (bytes[0] === 0 && bytes.every((b) => b === 0)) return `${bytes.length} NUL bytes: a crash or the disk zeroed it`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : String(error);
      return `truncated or invalid JSON: ${detail}`;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'not a servicediff database: not a JSON object';
    const doc = parsed as JsonObject;
    if (typeof doc.schemaVersion !== 'number' || !Number.isInteger(doc.schemaVersion) || doc.schemaVersion < 1) {
      return 'not a servicediff database: no schemaVersion';
    }
    for (const [field, type] of REQUIRED_FIELDS) {
      const value = doc[field];
      const ok = type === 'array' ? Array.isArray(value) : typeof value === 'object' && value !== null && !Array.isArray(value);
      if (!ok) return `not a servicediff database: "${field}" is missing or not an ${type}`;
    }
    return doc;
  }

  /** `<file>.bak` if it exists. */
  private async backupPath(): Promise<string | undefined> {
    const backup = `${this.path}.bak`;
    try {
      await this.fs.stat(backup);
      return backup;
    } catch {
      return undefined;
    }
  }
}
