/**
 * stdout/stderr writers that know whether colour is wanted: never with NO_COLOR, never when piped, on with FORCE_COLOR.
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

export function colorEnabled(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

export function makeColors(enabled: boolean): Colors {
  const c = pc.createColors(enabled);
  return { enabled, green: c.green, red: c.red, yellow: c.yellow, cyan: c.cyan, dim: c.dim, bold: c.bold };
}

export function processOutput(): Output {
  const enabled = colorEnabled(process.stdout);
  return {
    out: (line = '') => void process.stdout.write(`${line}\n`),
    err: (line) => void process.stderr.write(`${line}\n`),
    color: makeColors(enabled),
    isTTY: Boolean(process.stdout.isTTY),
  };
}
