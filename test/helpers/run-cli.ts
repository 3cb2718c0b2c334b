/**
 * Run the real CLI as a child process (from the TypeScript sources through tsx), from any working directory.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

export const CLI_ENTRY = resolve(import.meta.dirname, '../../src/cli/main.ts');
/** tsx's loader as an absolute URL, so the child can run from a temp folder without node_modules. */
export const TSX_LOADER = import.meta.resolve('tsx');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string } = {}): Promise<CliResult> {
  return new Promise((resolvePromise) => {
    const child = execFile(
      process.execPath,
      ['--import', TSX_LOADER, CLI_ENTRY, ...args],
      {
        cwd: options.cwd,
        timeout: options.timeoutMs ?? 60_000,
        env: { ...process.env, NO_COLOR: '1', ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolvePromise({ code, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}
