/**
 * stdout/stderr writers that know whether colour is wanted: never with NO_COLOR, never when piped, on with FORCE_COLOR.
 * They also own the two pipe rules of issue 13: a reader that stops early (`| head -1`, EPIPE) silences stdout
 * instead of crashing the command, and the process ends only once everything written has left (`flushOutput`).
 */
import pc from 'picocolors';

export interface Output {
  /** Write a line (newline added) to stdout. */
  out(line?: string): void;
  /** Write a line to stderr. */
  err(line: string): void;
  /** Colour helpers; identity functions when colour is off. */
  readonly color: Colors;
  readonly isTTY: boolean;
}

export interface Colors {
  readonly enabled: boolean;
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

function colorEnabled(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

export function makeColors(enabled: boolean): Colors {
  const c = pc.createColors(enabled);
  return { enabled, green: c.green, red: c.red, yellow: c.yellow, cyan: c.cyan, dim: c.dim, bold: c.bold };
}

/** Errors that mean "nobody reads stdout any more": the command goes on quietly, its output has no reader. */
const READER_GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ECONNRESET']);

let readerGone = false;
let guarded = false;

/**
 * Install (once) the handler that turns a closed stdout or stderr into silence. Without it Node throws the stream's
 * 'error' event as an uncaught exception: a stack trace and exit 1 for `servicediff compare | head -1`.
 */
export function guardStdio(): void {
  if (guarded) return;
  guarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (!READER_GONE.has(error.code ?? '')) throw error;
      if (stream === process.stdout) readerGone = true;
      stream.destroy();
    });
  }
}

/** True once stdout's reader has gone away. */
export function stdoutClosed(): boolean {
  return readerGone || process.stdout.destroyed;
}

/**
 * Resolves when everything written to stdout and stderr so far has been handed to the OS. A pipe takes only about
 * 64 KB at a time; the rest waits in Node's buffer, and process.exit() before it drains cuts the output silently.
 */
export async function flushOutput(): Promise<void> {
  await Promise.all([process.stdout, process.stderr].map(drained));
}

function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.destroyed || stream.writableLength === 0) return Promise.resolve();
  // An empty write's callback runs after every earlier write (or with the error that ended the stream).
  return new Promise((resolve) => stream.write('', () => resolve()));
}

export function processOutput(): Output {
  guardStdio();
  const enabled = colorEnabled(process.stdout);
  return {
    out: (line = '') => {
      if (!stdoutClosed()) process.stdout.write(`${line}\n`);
    },
    err: (line) => void process.stderr.write(`${line}\n`),
    color: makeColors(enabled),
    isTTY: Boolean(process.stdout.isTTY),
  };
}
