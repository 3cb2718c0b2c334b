/**
 * Numbered upgrades of the lowdb document: MIGRATIONS[n] turns a version-n document into version n+1. Opening an
 * older file runs every step up to SCHEMA_VERSION, after copying the file to `<file>.v<n>.bak`. Add a step here
 * (and bump SCHEMA_VERSION in db-schema.ts) whenever the document's shape changes; never edit a released step.
 */
import { SCHEMA_VERSION } from './db-schema.js';

/** A plain JSON object: migrations work on parsed JSON, before it is trusted as a DbDocument. */
export type JsonObject = Record<string, unknown>;

/** Version n → a function that returns the version n+1 document. */
export type MigrationTable = Readonly<Record<number, (doc: JsonObject) => JsonObject>>;

/** Version 1 is the first released layout; there is nothing to upgrade yet. */
export const MIGRATIONS: MigrationTable = {};

/** Upgrade `doc` from `from` to `to`, one step at a time; throws if a step is missing (a bug in this table). */
export function migrate(doc: JsonObject, from: number, to: number = SCHEMA_VERSION, table: MigrationTable = MIGRATIONS): JsonObject {
  let current = doc;
  for (let version = from; version < to; version++) {
    const step = table[version];
    if (!step) throw new Error(`no migration from database schema version ${version} to ${version + 1}`);
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return current;
}
