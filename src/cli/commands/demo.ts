/**
 * `servicediff demo`: the whole path on embedded shops, with no internet, no browser and no config to write.
 * It starts four demo shops on loopback, scans them twice ("last week" and "this week", with one competitor change
 * in between) into its own database under data/demo/, writes the report and prints where it is.
 */
import { accessSync, constants, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { Command } from 'commander';
import { configSchema, type Config } from '../../config/config-schema.js';
import { EXIT, type ExitCode, fsReason, RunError, UsageError } from '../../errors.js';
import { count } from '../../text/count.js';
import type { CommandSpec } from '../command-spec.js';

/** The demo's folder when --dir is not given. */
const DEFAULT_DIR = 'data/demo';
/** What the demo keeps in its folder, each name written once. */
const FILES = { config: 'servicediff.yaml', db: 'servicediff.json', snapshots: 'snapshots', reports: 'reports' } as const;

/** The demo's config: loopback sites, so private addresses are allowed and no politeness delay is needed. */
function demoConfig(sites: { name: string; origin: string; isYou: boolean }[], dir: string): Config {
  return configSchema.parse(demoConfigInput(sites, dir));
}

/** The demo config as a user would write it (saved beside the demo database, so `compare` and `history` work on it). */
function demoConfigInput(sites: { name: string; origin: string; isYou: boolean }[], dir: string): Record<string, unknown> {
  const you = sites.find((s) => s.isYou);
  if (!you) throw new Error('demo needs a "you" shop');
  return {
    you: { name: you.name, site: you.origin },
    competitors: sites.filter((s) => !s.isYou).map((s) => ({ name: s.name, site: s.origin })),
    importance: { 'returns.window_days': 'crucial', 'shipping.free_threshold': 'crucial', 'support.hours': 'important' },
    crawl: { allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, concurrencyPerHost: 2, retries: 1, backoffMs: 50, timeoutMs: 10_000 },
    report: { folder: join(dir, FILES.reports), html: true },
    store: { db: join(dir, FILES.db), snapshots: join(dir, FILES.snapshots) },
  };
}

/** The first line of the config the demo saves: how a later run knows the folder is the demo's own to wipe. */
const DEMO_CONFIG_MARKER = '# Written by `servicediff demo`';

/**
 * Whether the config at `path` is one the demo wrote. Its shops ran on loopback ports that closed when the demo ended,
 * so `scan` with it would only store a scan in which every shop failed over the demo's history.
 */
export function isDemoConfig(path: string): boolean {
  try {
    return readFileSync(path, 'utf8').startsWith(DEMO_CONFIG_MARKER);
  } catch {
    return false;
  }
}

type FolderVerdict = { ok: true } | { ok: false; usage: boolean; problem: string };

/**
 * The demo deletes its database, backup and snapshots and replaces its config and today's report at every run, so it
 * only runs in a folder of its own: a new or empty one, or one an earlier demo wrote (its config carries the marker).
 * `--dir data` or `--dir config` would otherwise wipe the user's own history or config without a word.
 */
function judgeFolder(dir: string): FolderVerdict {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: true };
    if (code === 'ENOTDIR') return { ok: false, usage: true, problem: 'not a folder (it, or a folder above it, is a file)' };
    return { ok: false, usage: false, problem: `cannot read the folder (${fsReason(error)})` };
  }
  if (entries.length === 0 || isDemoConfig(join(dir, FILES.config))) return { ok: true };
  const listed = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
  return {
    ok: false,
    usage: true,
    problem: `the folder holds files the demo did not write (${listed}); the demo replaces its database, snapshots, config and reports, so it runs only in a folder of its own`,
  };
}

/** Whether the folder, or the nearest folder above it that exists, can be written (so the demo could make it). */
function writable(dir: string): boolean {
  for (let at = dir; ; at = dirname(at)) {
    try {
      accessSync(at, constants.W_OK);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(at) === at) return false;
    }
  }
}

/**
 * What to do after `refused` was refused: a folder the demo would accept (the default, else one in the temp folder),
 * never the refused one itself.
 */
function folderHint(refused: string): string {
  const candidates = [DEFAULT_DIR, ...[1, 2, 3, 4, 5].map((n) => join(tmpdir(), n === 1 ? 'servicediff-demo' : `servicediff-demo-${n}`))];
  const accepted = candidates.find((c) => resolve(c) !== refused && judgeFolder(resolve(c)).ok && writable(resolve(c)));
  return `pass a new or empty folder you can write, e.g. --dir ${accepted ?? candidates.at(-1)!}`;
}

/** Throws the one-line refusal when `dir` is no folder for the demo. */
function assertDemoFolder(dir: string, shown: string): void {
  const verdict = judgeFolder(dir);
  if (verdict.ok) return;
  const Failure = verdict.usage ? UsageError : RunError;
  throw new Failure(`--dir ${shown}: ${verdict.problem}`, { hint: folderHint(dir) });
}

export const command: CommandSpec = {
  configure(cmd: Command) {
    cmd.option('--dir <folder>', 'where the demo keeps its database and reports', DEFAULT_DIR);
  },
  async run(_args, options, context) {
    const dir = resolve(typeof options.dir === 'string' ? options.dir : DEFAULT_DIR);
    const shownDir = relative(process.cwd(), dir) || '.';
    assertDemoFolder(dir, shownDir);
    const cannotWrite = (error: unknown): RunError =>
      new RunError(`--dir ${shownDir}: cannot write the demo there (${fsReason(error)})`, { hint: folderHint(dir) });
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw cannotWrite(error);
    }
    const { startDemoSites } = await import('../../demo/demo-sites.js');
    const { runScan } = await import('../../scan/run-scan.js');
    const { writeReport } = await import('../../report/write-report.js');
    const { DEMO_CHANGE } = await import('../../demo/demo-shops.js');
    const out = context.output;

    const demo = await startDemoSites();
    try {
      const shops = demo.sites.map((s) => ({ name: s.shop.name, origin: s.origin, isYou: s.shop.isYou }));
      const config = demoConfig(shops, dir);
      const configPath = join(dir, FILES.config);
      try {
        writeFileSync(
          configPath,
          `${DEMO_CONFIG_MARKER}: the demo shops ran on loopback ports that are closed now; compare, report and\n` +
            `# history work from the stored scans.\n${stringify(demoConfigInput(shops, shownDir))}`,
        );
      } catch (error) {
        throw cannotWrite(error);
      }
      // The demo database is the demo's own: start from nothing so two runs give the same report.
      for (const path of [config.store.db, `${config.store.db}.bak`, config.store.snapshots]) rmSync(resolve(path), { recursive: true, force: true });
      const dbPath = resolve(config.store.db);
      out.out(`demo: ${demo.sites.length} shops on loopback (${demo.sites.map((s) => s.shop.name).join(', ')})`);

      // Ctrl-C stops after the current page; a report of a half-read week would tell the user nothing true.
      const stopped = (): ExitCode => {
        out.out(`demo interrupted: no report written (run \`servicediff demo\` again to start over)`);
        return EXIT.interrupted;
      };
      const lastWeek = await runScan(config, { dbPath, signal: context.signal });
      if (lastWeek.interrupted) return stopped();
      out.out(`demo: scan 1 ("last week"): ${count(lastWeek.pages.ok, 'policy page')} read, ${count(lastWeek.problems.length, 'problem')}`);
      demo.advanceWeek();
      const thisWeek = await runScan(config, { dbPath, signal: context.signal });
      if (thisWeek.interrupted) return stopped();
      out.out(
        `demo: scan 2 ("this week", ${DEMO_CHANGE.shop} changed ${DEMO_CHANGE.path}): ${thisWeek.pages.ok} read, ` +
          `${thisWeek.pages.unchanged} unchanged, ${count(thisWeek.changes.length, 'term change')}`,
      );

      const report = await writeReport(config, {
        dbPath,
        snapshotsDir: resolve(config.store.snapshots),
        folder: resolve(config.report.folder),
        since: thisWeek.startedAt,
        html: true,
      });
      out.out('');
      for (const line of report.summary) out.out(line);
      out.out('');
      out.out(`report: ${relative(process.cwd(), report.markdownPath) || report.markdownPath}`);
      if (report.htmlPath) out.out(`html:   ${relative(process.cwd(), report.htmlPath) || report.htmlPath}`);
      const shownConfig = relative(process.cwd(), configPath) || configPath;
      out.out(`next:   npx servicediff --config ${shownConfig} compare   ·   npx servicediff init (your own shop)`);
      return thisWeek.exitCode === EXIT.failure ? EXIT.failure : EXIT.ok;
    } finally {
      await demo.close();
    }
  },
};
