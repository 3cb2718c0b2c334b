/**
 * The process tree under a pid, read from /proc (Linux). Playwright's `launch()` does not expose the browser pid,
 * so the browser pool finds its Chromium here (to kill it if closing hangs, B9) and the benchmark sums PSS over it.
 * On systems without /proc every function returns empty results.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly command: string;
}

/** Every process visible in /proc with its parent and command name. */
export function listProcesses(): ProcessInfo[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const out: ProcessInfo[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may contain spaces and parentheses, so split at the last ')'.
      const close = stat.lastIndexOf(')');
      const command = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      out.push({ pid: Number(entry), ppid, command });
    } catch {
      // The process ended while we read: skip it.
    }
  }
  return out;
}

/** All descendants of `root` (not including it). */
export function descendantsOf(root: number, processes: readonly ProcessInfo[] = listProcesses()): ProcessInfo[] {
  const children = new Map<number, ProcessInfo[]>();
  for (const p of processes) {
    const list = children.get(p.ppid) ?? [];
    list.push(p);
    children.set(p.ppid, list);
  }
  const out: ProcessInfo[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    for (const child of children.get(pid) ?? []) {
      out.push(child);
      stack.push(child.pid);
    }
  }
  return out;
}

/** A process's argv from /proc, or [] when it cannot be read. */
export function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** The program a process runs (/proc/PID/exe), '' when unreadable. */
function executableOf(pid: number): string {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return '';
  }
}

/** Does this process carry the browser's own flags: started with `--remote-debugging-pipe`, and not a `--type=` child? */
export function isBrowserMain(pid: number): boolean {
  const argv = commandLine(pid);
  return argv.includes('--remote-debugging-pipe') && !argv.some((arg) => arg.startsWith('--type='));
}

/**
 * The Chromium processes Playwright launched under `root`: every descendant that `isBrowserMain`, shallowest first.
 * Usually one; two when the executable is a wrapper script that runs Chromium as a child instead of exec'ing it
 * (Debian's /usr/bin/chromium-headless-shell does), in which case the last is the real browser.
 *
 * A child the browser has just forked still carries the browser's command line until it execs with `--type=…` (the
 * window is longest on a loaded machine). It is not a browser: it runs the same program as its matching parent,
 * which a wrapper (a script run by /bin/sh) never does. Compared by /proc/PID/exe, because a script's command name
 * is the script's own. Taking such a child for the browser once made the SIGKILL meant for Chromium hit one of its
 * helpers instead (CI, B9).
 */
export function browserProcesses(root: number = process.pid, processes: readonly ProcessInfo[] = listProcesses()): number[] {
  const found = descendantsOf(root, processes).filter((p) => isBrowserMain(p.pid));
  const exe = new Map(found.map((p) => [p.pid, executableOf(p.pid)]));
  const browsers = found.filter((p) => !exe.has(p.ppid) || exe.get(p.ppid) !== exe.get(p.pid));
  const pids = new Set(browsers.map((p) => p.pid));
  // Shallowest first: a browser whose parent is one of them (a wrapper's child) comes after its wrapper.
  return browsers.sort((a, b) => Number(pids.has(a.ppid)) - Number(pids.has(b.ppid))).map((p) => p.pid);
}

/** Is the pid alive (and not a zombie)? */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/** Proportional set size of one process in kB (from smaps_rollup), 0 when unreadable. */
export function pssKb(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const match = /^Pss:\s+(\d+)\s+kB/m.exec(text);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * SIGKILL every descendant of `root`, each one's process group first: Playwright starts Chromium detached (a group of
 * its own, with its zygote and renderers), so the group is what ends all of it, and a process killed alone leaves its
 * helpers to init. Returns the pids it signalled. The render child's last resort when closing its browser hangs, and
 * the crawler's when the child itself does not end.
 */
export function killTree(root: number, processes: readonly ProcessInfo[] = listProcesses()): number[] {
  const found = descendantsOf(root, processes).map((p) => p.pid);
  for (const pid of found) {
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // Not a group leader, or already gone.
      }
    }
  }
  return found;
}
