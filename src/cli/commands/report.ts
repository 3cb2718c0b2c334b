/**
 * `servicediff report [--since DATE] [--html]`: write data/reports/YYYY-MM-DD.md and latest.md (and .html), then
 * print the paths and the five-line summary.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/load-config.js';
import { EXIT } from '../../errors.js';
import type { CommandSpec } from '../command-spec.js';
import { resolvePaths } from '../resolve-paths.js';

export const command: CommandSpec = {
  configure(cmd: Command) {
    cmd
      .option('--since <date>', 'list changes since this date (YYYY-MM-DD or ISO time); default: since the previous report')
      .option('--html', 'also write a self-contained HTML report');
  },
  async run(_args, options, context) {
    const { config } = await loadConfig(context.global.config);
    const paths = resolvePaths(config, context);
    const { writeReport } = await import('../../report/write-report.js');
    const { parseSince } = await import('../../report/since.js');
    const { terminalText } = await import('../../report/escape.js');
    const since = typeof options.since === 'string' ? parseSince(options.since) : undefined;
    const report = await writeReport(config, {
      dbPath: paths.db,
      snapshotsDir: paths.snapshots,
      folder: paths.reports,
      html: options.html === true || config.report.html,
      ...(since ? { since } : {}),
    });
    const out = context.output;
    out.out(`report: ${report.markdownPath}`);
    out.out(`latest: ${report.latestPath}`);
    if (report.htmlPath) out.out(`html:   ${report.htmlPath}`);
    out.out('');
    for (const line of report.summary) out.out(terminalText(line, 600));
    return EXIT.ok;
  },
};
