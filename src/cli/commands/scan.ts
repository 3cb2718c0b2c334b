/**
 * `servicediff scan [business…] [--quiet] [--json]`: crawl, extract and store one scan; the exit code tells full
 * success (0) from partial failure (1) and total failure (3).
 */
import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH, loadConfig } from '../../config/load-config.js';
import { EXIT } from '../../errors.js';
import { assertCrawlable } from '../crawlable.js';
import { matchBusinesses } from '../../config/match-business.js';
import type { CommandSpec } from '../command-spec.js';
import { resolvePaths } from '../resolve-paths.js';

export const command: CommandSpec = {
  configure(cmd: Command) {
    cmd
      .argument('[business...]', 'only these businesses (names or ids); default: you and every competitor')
      .option('-q, --quiet', 'print only problems and the summary')
      .option('--json', 'print one JSON event per line (for machines), then a JSON summary');
  },
  async run(args, options, context) {
    const { config } = await loadConfig(context.global.config);
    await assertCrawlable(config, context.global.config ?? DEFAULT_CONFIG_PATH);
    const paths = resolvePaths(config, context);
    const { runScan, crawlTargets } = await import('../../scan/run-scan.js');
    const { createProgress } = await import('../../scan/scan-progress.js');
    const { terminalLine } = await import('../../report/escape.js');
    const only = matchBusinesses(args, crawlTargets(config));
    const targets = crawlTargets(config, only);
    const json = options.json === true;
    const mode = json ? 'json' : options.quiet === true ? 'quiet' : process.stderr.isTTY ? 'bar' : 'lines';
    const progress = createProgress(mode, (text) => void (json ? process.stdout : process.stderr).write(text), targets.length);
    const outcome = await runScan(config, { dbPath: paths.db, snapshotsDir: paths.snapshots, signal: context.signal, onEvent: progress.onEvent, only });
    progress.finish();
    // Ctrl-C ends with 130 whatever was read; the businesses finished before it are stored, none is marked failed by it.
    const exitCode = outcome.interrupted ? EXIT.interrupted : outcome.exitCode;
    if (json) {
      context.output.out(JSON.stringify({ type: 'summary', ...outcome, exitCode }));
      return exitCode;
    }
    const { pages } = outcome;
    const verdict = outcome.interrupted ? 'interrupted' : outcome.exitCode === EXIT.ok ? 'ok' : outcome.exitCode === EXIT.partial ? 'partial' : 'failed';
    const { changeText } = await import('../../report/format-value.js');
    const { count } = await import('../../text/count.js');
    context.output.out(
      `scan ${verdict}: ${count(outcome.businesses, 'business')}, ${count(pages.ok, 'page')} read, ${pages.unchanged} unchanged, ${pages.failed} failed` +
        `${pages.rendered ? `, ${pages.rendered} rendered in the browser` : ''}; ${count(outcome.changes.length, 'term change')}, ${count(outcome.problems.length, 'problem')}`,
    );
    // A first scan makes every term "appear": say how many, not each one.
    const appeared = outcome.changes.filter((c) => c.kind === 'appeared');
    const others = outcome.changes.filter((c) => c.kind !== 'appeared');
    if (appeared.length > 0) context.output.out(`  ${count(appeared.length, 'term')} read for the first time`);
    for (const change of others.slice(0, 20)) {
      // Cleaned without its indent: the cleaner trims, and the change lines sit under the summary as README shows.
      context.output.out(`  ${terminalLine(`${change.businessName}: ${change.term} ${changeText(change)}`)}`);
    }
    if (others.length > 20) context.output.out(`  … and ${others.length - 20} more (servicediff history)`);
    context.output.out(outcome.stored ? `stored in ${paths.db}` : `nothing stored: interrupted before any page was read (${paths.db} is unchanged)`);
    return exitCode;
  },
};
