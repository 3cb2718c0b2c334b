/**
 * `servicediff compare [competitor…] [--format table|md|json|csv] [--fresh] [--url URL]`: terms × businesses from the
 * latest scan (or a fresh one), identical / better / worse than you.
 */
import type { Command } from 'commander';
import type { Config } from '../../config/config-schema.js';
import { loadConfig } from '../../config/load-config.js';
import { matchBusinesses } from '../../config/match-business.js';
import { EXIT, UsageError, type ExitCode } from '../../errors.js';
import { businessId, type ComparisonInput } from '../../model.js';
import type { CommandSpec } from '../command-spec.js';
import { resolvePaths } from '../resolve-paths.js';

const FORMATS = ['table', 'md', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

export const command: CommandSpec = {
  configure(cmd: Command) {
    cmd
      .argument('[competitor...]', 'only these competitors (names or ids); default: all')
      .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
      .option('--fresh', 'scan first (you and the competitors compared), then compare')
      .option('--url <url>', 'crawl a site that is not in the config and compare it now');
  },
  async run(args, options, context) {
    const format = String(options.format ?? 'table') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format "${format}": expected one of ${FORMATS.join(', ')}`);
    const loaded = await loadConfig(context.global.config);
    let config: Config = loaded.config;
    const paths = resolvePaths(config, context);

    let selected = selectCompetitors(config, args);
    if (typeof options.url === 'string') {
      const added = adHocCompetitor(config, options.url);
      config = added.config;
      selected = [added.id];
    }
    let exitCode: ExitCode = EXIT.ok;
    if (options.fresh === true || typeof options.url === 'string') {
      const { runScan } = await import('../../scan/run-scan.js');
      const { problemLine } = await import('../../scan/scan-progress.js');
      const { count } = await import('../../text/count.js');
      // --url scans only the new site (your side comes from the last scan); named competitors are scanned with you.
      const only = typeof options.url === 'string' ? selected : args.length > 0 ? [businessId(config.you.name), ...selected] : undefined;
      const outcome = await runScan(config, { dbPath: paths.db, signal: context.signal, ...(only ? { only } : {}) });
      if (outcome.interrupted) return EXIT.interrupted;
      if (outcome.exitCode !== EXIT.ok) {
        // A site that could not be read is said, and the exit code says it too (1): the table alone would show only "—".
        for (const problem of outcome.problems) context.output.err(problemLine(problem));
        const what = outcome.exitCode === EXIT.failure ? 'read nothing' : 'was partial';
        context.output.err(
          `servicediff: the fresh scan ${what} (${count(outcome.problems.length, 'problem')} above); the table shows the values stored before it, "—" where there are none`,
        );
        exitCode = EXIT.partial;
      }
    }

    const { openStore } = await import('../../store/open-store.js');
    const { buildComparisonInput } = await import('../../compare/comparison-input.js');
    const { compareAll } = await import('../../compare/compare-all.js');
    const store = await openStore(paths.db, { snapshotsDir: paths.snapshots });
    let input: ComparisonInput;
    try {
      input = buildComparisonInput(config, store, {});
    } finally {
      await store.close();
    }
    const keep = new Set(selected);
    const comparison = compareAll({ ...input, competitors: input.competitors.filter((c) => keep.has(c.id)) });

    const out = context.output;
    if (format === 'json') {
      const { comparisonJson } = await import('../../report/terminal-table.js');
      out.out(comparisonJson(comparison));
    } else if (format === 'csv') {
      const { comparisonCsv } = await import('../../report/terminal-table.js');
      out.out(comparisonCsv(comparison));
    } else if (format === 'md') {
      const { markdownMatrix } = await import('../../report/markdown-report.js');
      out.out(markdownMatrix(comparison));
    } else {
      const { terminalTable } = await import('../../report/terminal-table.js');
      for (const line of terminalTable(comparison, out.color)) out.out(line);
    }
    return exitCode;
  },
};

/** Competitor ids named on the command line (the one name matcher: name, id or unique beginning); all when none is named. */
export function selectCompetitors(config: Config, names: readonly string[]): string[] {
  const competitors = config.competitors.map((c) => ({ id: businessId(c.name), name: c.name }));
  return names.length === 0 ? competitors.map((c) => c.id) : matchBusinesses(names, competitors);
}

/** The config with a competitor for `--url` added (named after its host), unless that site is already configured. */
export function adHocCompetitor(config: Config, url: string): { config: Config; id: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--url "${url.slice(0, 200)}": not an absolute URL`, { hint: 'e.g. --url https://shop.example' });
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.username || parsed.password) {
    throw new UsageError(`--url "${url.slice(0, 200)}": only http(s) URLs without credentials are crawled`);
  }
  const existing = config.competitors.find((c) => new URL(c.site).host === parsed.host);
  if (existing) return { config, id: businessId(existing.name) };
  const name = parsed.host;
  return { config: { ...config, competitors: [...config.competitors, { name, site: parsed.origin + parsed.pathname }] }, id: businessId(name) };
}
