/**
 * `servicediff history [business] [--term ID] [--since DATE] [--format table|md|json]`: the term-level change log,
 * newest first, read from the database (no lock: a scan may be running).
 */
import type { Command } from 'commander';
import type { Config } from '../../config/config-schema.js';
import { loadConfig } from '../../config/load-config.js';
import { matchBusiness } from '../../config/match-business.js';
import { didYouMean } from '../../config/nearest-word.js';
import { EXIT, UsageError } from '../../errors.js';
import { businessId } from '../../model.js';
import { TERM_IDS, isTermId, type TermId } from '../../terms.js';
import type { CommandSpec } from '../command-spec.js';
import { resolvePaths } from '../resolve-paths.js';
import { parseSince } from '../../report/since.js';

const FORMATS = ['table', 'md', 'json'] as const;
type Format = (typeof FORMATS)[number];

export const command: CommandSpec = {
  configure(cmd: Command) {
    cmd
      .argument('[business]', 'only this business (name or id)')
      .option('-t, --term <id>', 'only this term, e.g. returns.window_days')
      .option('-s, --since <date>', 'only changes seen on or after this date (YYYY-MM-DD or ISO time)')
      .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'table');
  },
  async run(args, options, context) {
    const format = String(options.format ?? 'table') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format "${format}": expected one of ${FORMATS.join(', ')}`);
    const term = parseTerm(options.term);
    const since = options.since === undefined ? undefined : parseSince(String(options.since));
    const { config } = await loadConfig(context.global.config);
    const paths = resolvePaths(config, context);

    const { openStore } = await import('../../store/open-store.js');
    const store = await openStore(paths.db, { snapshotsDir: paths.snapshots });
    try {
      // Businesses no longer in the config still have history: their names come from the change log itself
      // (cheaper than reading every business's current terms).
      const logged = new Map<string, string>();
      for (const change of store.changes()) if (!logged.has(change.business)) logged.set(change.business, change.businessName);
      const known = knownBusinesses(config, [...logged].map(([id, name]) => ({ id, name })));
      const business = args[0] === undefined ? undefined : matchBusiness(args[0], [...known].map(([id, name]) => ({ id, name })));
      const changes = store.changes({
        ...(business ? { business } : {}),
        ...(term ? { term } : {}),
        ...(since ? { since } : {}),
      });
      const { historyJson, historyMarkdown, historyTable } = await import('../../report/history-format.js');
      const out = context.output;
      if (format === 'json') {
        out.out(historyJson(changes));
      } else if (changes.length === 0) {
        out.out(store.scans().length === 0 ? 'no scan recorded yet' : 'no term changes match');
      } else if (format === 'md') {
        out.out(historyMarkdown(changes));
      } else {
        for (const line of historyTable(changes, out.color)) out.out(line);
      }
    } finally {
      await store.close();
    }
    return EXIT.ok;
  },
};

function parseTerm(value: unknown): TermId | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!isTermId(text)) {
    throw new UsageError(`--term "${text}": unknown term id${didYouMean(text, TERM_IDS)} — valid ids: ${TERM_IDS.join(', ')}`);
  }
  return text;
}

/** Business id → name, from the config and from the database (a competitor removed from config keeps its history). */
function knownBusinesses(config: Config, stored: readonly { id: string; name: string }[]): Map<string, string> {
  const known = new Map<string, string>();
  for (const b of [config.you, ...config.competitors]) known.set(businessId(b.name), b.name);
  for (const b of stored) if (!known.has(b.id)) known.set(b.id, b.name);
  return known;
}
