/**
 * What one scan run returns to its callers (the scan command, demo, schedule cycles, notify).
 * src/scan/run-scan.ts implements `RunScan`.
 */
import type { LookupFunction } from 'node:net';
import type { Config } from '../config/config-schema.js';
import type { ExitCode } from '../errors.js';
import type { CrawlProblem, TermChange } from '../model.js';
import type { CrawlEvent } from '../crawl/crawl-types.js';

export interface ScanOptions {
  /** The lowdb file (already resolved from --db / SERVICEDIFF_DB / config). */
  readonly dbPath: string;
  /** Snapshot folder (default: store.snapshots of the config). */
  readonly snapshotsDir?: string;
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: CrawlEvent) => void;
  /** Only these business ids (default: you and every competitor). */
  readonly only?: readonly string[];
  /** Injected DNS lookup (tests of the address guard only). */
  readonly lookup?: LookupFunction;
}

export interface ScanOutcome {
  /** ok: every page fetched or unchanged; partial: some problems; failure: nothing usable. */
  readonly exitCode: ExitCode;
  readonly scanId: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly changes: TermChange[];
  readonly problems: CrawlProblem[];
  readonly businesses: number;
  /** The signal stopped the scan: only businesses finished before it are in this outcome. */
  readonly interrupted: boolean;
  /** False when nothing was recorded (an interrupt before any page was read stores no empty scan); scanId is then "". */
  readonly stored: boolean;
  readonly pages: { readonly ok: number; readonly unchanged: number; readonly failed: number; readonly rendered: number };
}

export type RunScan = (config: Config, options: ScanOptions) => Promise<ScanOutcome>;
