/**
 * `servicediff schedule`: a foreground process that runs scan + report on schedule.cron in schedule.timezone;
 * `--once` runs one cycle now (exit 0 ok, 1 partial, 3 failure, 130 interrupted); `--print crontab|systemd|github-actions`
 * prints a ready-to-use set-up instead. Every log line goes through the secret redactor (E6).
 *
 * Test-only knob (not shown in --help): the environment variable SERVICEDIFF_TEST_MIN_INTERVAL_SECONDS replaces the
 * schedule.minIntervalMinutes floor, so tests can run a one-second cron.
 */
import { dirname, resolve, relative, isAbsolute } from 'node:path';
import { Option, type Command } from 'commander';
import { DEFAULT_CONFIG_PATH, inConfigFile, loadConfig } from '../../config/load-config.js';
import { EXIT, isServicediffError, type ExitCode } from '../../errors.js';
import type { RunCycle } from '../../schedule/cycle-types.js';
import type { CommandContext, CommandSpec } from '../command-spec.js';
import { assertCrawlable } from '../crawlable.js';
import { resolvePaths } from '../resolve-paths.js';
import { SETUP_KINDS, type SetupKind } from '../../schedule/setup-kinds.js';


export const command: CommandSpec = {
  configure(cmd: Command) {
    cmd
      .option('--once', 'run one scan + report now and exit (0 ok, 1 partial, 3 failure, 130 interrupted)')
      .addOption(new Option('--print <kind>', 'print a ready-to-use set-up instead of running').choices([...SETUP_KINDS]));
  },
  async run(_args, options, context) {
    const configPath = context.global.config ?? DEFAULT_CONFIG_PATH;
    const { config } = await loadConfig(configPath);
    const { validateSchedule } = await import('../../config/cron.js');

    if (typeof options.print === 'string') {
      const schedule = inConfigFile(configPath, () => validateSchedule(config.schedule, context.env));
      const { renderSetup } = await import('../../schedule/setups.js');
      const projectDir = process.cwd();
      const paths = resolvePaths(config, context);
      const rel = (p: string): string => (isAbsolute(p) && !relative(projectDir, p).startsWith('..') ? relative(projectDir, p) : p);
      const text = renderSetup(options.print as SetupKind, {
        cron: schedule.cron,
        timezone: schedule.timezone,
        projectDir,
        configPath: rel(resolve(configPath)),
        path: cronPath(),
        webhookUrlEnv: config.notify?.webhookUrlEnv,
        dbPath: rel(paths.db),
        reportsDir: rel(paths.reports),
      });
      process.stdout.write(text);
      return EXIT.ok;
    }

    await assertCrawlable(config, configPath);
    // Refuse a bad schedule before anything is loaded or run (E4); --once does not need one.
    const schedule = options.once === true ? undefined : inConfigFile(configPath, () => validateSchedule(config.schedule, context.env));
    const { makeRedactor } = await import('../../notify/redact.js');
    const { createNotifier, secretsOf, withNotifications } = await import('../../notify/notify.js');
    const redact = makeRedactor(secretsOf(config.notify, context.env));
    const log = (line: string): void => context.output.out(`${new Date().toISOString()} ${redact(line)}`);

    // A webhook variable holding no URL is refused here, before a scan, instead of failing every delivery after it.
    const notifier = inConfigFile(configPath, () => createNotifier(config.notify, { env: context.env, log, signal: context.signal }));
    const paths = resolvePaths(config, context);
    const { loadScanReportDeps, scanReportCycle } = await import('../../schedule/scan-report-cycle.js');
    const base = scanReportCycle(config, paths.db, await loadScanReportDeps(), paths.snapshots);
    const cycle = withNotifications(base, notifier, log);

    if (!schedule) return runOnce(cycle, context, log, redact);

    const { runScheduler } = await import('../../schedule/scheduler.js');
    log(`schedule: ${schedule.cron} (${schedule.timezone ?? 'local time'}); pid ${process.pid}; Ctrl-C or SIGTERM stops after the current page`);
    const summary = await runScheduler({ schedule, runCycle: cycle, signal: context.signal, log });
    return summary.exitCode;
  },
};

async function runOnce(cycle: RunCycle, context: CommandContext, log: (line: string) => void, redact: (t: string) => string): Promise<ExitCode> {
  const { describeExit } = await import('../../schedule/scheduler.js');
  try {
    const result = await cycle(context.signal);
    for (const line of result.summary) log(line);
    log(`run finished: ${describeExit(result.exitCode)}`);
    return result.exitCode;
  } catch (error) {
    if (isServicediffError(error)) {
      context.output.err(`servicediff: ${redact(error.oneLine())}`);
      return error.exitCode;
    }
    throw error;
  }
}

/** PATH for cron and systemd, which start with a minimal one: this node's folder first, then the usual places. */
function cronPath(): string {
  const dirs = [dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'];
  return [...new Set(dirs)].join(':');
}
