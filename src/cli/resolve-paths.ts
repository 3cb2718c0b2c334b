/**
 * Where the database, snapshots and reports live for one command: --db, then SERVICEDIFF_DB, then config.
 * Relative config paths are resolved against the working directory (as README documents).
 */
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../config/config-schema.js';
import type { CommandContext } from './command-spec.js';

export interface ResolvedPaths {
  readonly db: string;
  readonly snapshots: string;
  readonly reports: string;
}

export function resolvePaths(config: Config, context: Pick<CommandContext, 'global' | 'env'>): ResolvedPaths {
  const override = context.global.db ?? context.env.SERVICEDIFF_DB;
  const db = resolve(override ?? config.store.db);
  return {
    db,
    // A database moved with --db / SERVICEDIFF_DB keeps its snapshots beside it, so two databases never share them.
    snapshots: override ? join(dirname(db), 'snapshots') : resolve(config.store.snapshots),
    reports: resolve(config.report.folder),
  };
}
