/**
 * The shape of one CLI command module (src/cli/commands/<name>.ts). A command module stays light at import time:
 * it imports its stage lazily inside `run`, so `servicediff extract` never loads Playwright.
 */
import type { Command } from 'commander';
import type { ExitCode } from '../errors.js';
import type { Output } from './output.js';

export interface GlobalOptions {
  /** --config PATH (default config/servicediff.yaml). */
  readonly config?: string;
  /** --db PATH, else SERVICEDIFF_DB, else store.db from config. */
  readonly db?: string;
}

export interface CommandContext {
  readonly global: GlobalOptions;
  readonly output: Output;
  /** Aborted on the first SIGINT/SIGTERM: long runs stop after the current page and clean up. */
  readonly signal: AbortSignal;
  readonly env: NodeJS.ProcessEnv;
}

export interface CommandSpec {
  /** Declare arguments and options on the commander sub-command. */
  configure(command: Command): void;
  /** Do the work; return the exit code. Throw a UserError for a one-line message. */
  run(args: string[], options: Record<string, unknown>, context: CommandContext): Promise<ExitCode>;
}
