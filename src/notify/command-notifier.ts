/**
 * Run notify.command through the shell with the summary on stdin, within a deadline. The command runs in its own
 * process group so a timeout kills it and everything it started.
 */
import { spawn } from 'node:child_process';

/** A notification command that takes longer than this is killed: it must not hold the schedule. */
const COMMAND_TIMEOUT_MS = 30_000;
/** Bytes of the command's stderr kept for the failure line. */
const STDERR_TAIL = 300;

/** One attempt; resolves when the command exits 0, else throws with its exit code and the end of its stderr. */
export function runNotifyCommand(
  command: string,
  input: string,
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, {
      shell: true,
      detached: true,
      stdio: ['pipe', 'ignore', 'pipe'],
      env: options.env ?? process.env,
      cwd: options.cwd,
    });
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs ?? COMMAND_TIMEOUT_MS);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL);
    });
    child.stdin.on('error', () => undefined); // a command that ignores stdin and exits early is not a failure by itself
    child.stdin.end(input);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`notify command could not start (${error.message})`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return reject(new Error(`notify command timed out and was killed`));
      if (code === 0) return resolve();
      const tail = stderr.trim().split('\n').pop()?.slice(0, 200);
      reject(new Error(`notify command exited with ${code ?? signal}${tail ? `: ${tail}` : ''}`));
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
