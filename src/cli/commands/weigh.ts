/**
 * `servicediff weigh FILE [--format md|json] [--items] [--text-column NAME] [--write]`: read customer feedback,
 * tier every service element by what customers say, and (with --write) store the tiers where compare and report
 * read them. The columns used and the rows set aside go to stderr, so stdout stays one markdown section, one JSON
 * document, or JSON lines.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/load-config.js';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { count } from '../../text/count.js';
import type { CommandSpec } from '../command-spec.js';
import { resolvePaths } from '../resolve-paths.js';

const FORMATS = ['md', 'json'] as const;

export const command: CommandSpec = {
  configure(cmd: Command) {
    cmd
      .argument('<file>', 'customer feedback: CSV/TSV export (reviews, surveys, tickets), JSON lines, a JSON document, or plain text with one comment per line')
      .option('--format <format>', 'md (a markdown section) or json', 'md')
      .option('--items', 'print one JSON line per comment: {"id","elements","sentiment"}, to check against your own labels')
      .option('--text-column <name>', 'the column (or JSON key) holding the comment text, when it is not recognised')
      .option('--write', 'store the tiers in the database: compare and report then weigh terms by what customers say');
  },
  async run(args, options, context) {
    const file = args[0];
    if (!file) throw new UsageError('weigh needs a feedback file: a CSV export, JSON lines, a JSON document, or one comment per line');
    const format = String(options.format ?? 'md');
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format "${format}" is not supported — use --format md or --format json`);
    const items = options.items === true;
    const textColumn = typeof options.textColumn === 'string' ? options.textColumn : undefined;
    // Config and database are needed only to store; a bad config must not stop a plain read-only weigh.
    const paths = options.write === true ? resolvePaths((await loadConfig(context.global.config)).config, context) : undefined;

    const { weighFeedback } = await import('../../voice/weigh.js');
    const { weighMarkdown, weighJson, customerWeightsOf, columnsText, badRowsText, datesText } = await import('../../voice/weigh-output.js');
    const out = context.output;
    // With --write, the output waits until the tiers are stored: a table printed before a refused database (read-only,
    // locked, not a file) would read as done, so a refusal is its one line alone. Without it, --items lines stream.
    const held: { line: string; err: boolean }[] = [];
    const print = paths ? (line: string): void => void held.push({ line, err: false }) : (line: string): void => out.out(line);
    const note = paths ? (line: string): void => void held.push({ line, err: true }) : (line: string): void => out.err(line);
    const result = await weighFeedback(file, {
      ...(textColumn !== undefined ? { textColumn } : {}),
      ...(items ? { onItem: (line) => print(JSON.stringify(line)) } : {}),
    });
    const dates = datesText(result);
    note(`weigh: ${count(result.comments, 'comment')} read from ${result.file} (${columnsText(result)}); rows set aside: ${badRowsText(result)}${dates ? `; ${dates}` : ''}`);
    if (!items) print(format === 'json' ? weighJson(result) : weighMarkdown(result));

    if (paths) {
      const { openStore } = await import('../../store/open-store.js');
      const { StoreMissingError } = await import('../../store/store-errors.js');
      const { customerBasis } = await import('../../report/summary.js');
      const { isTiered, TIER_RULE } = await import('../../voice/tiers.js');
      type Opened = Awaited<ReturnType<typeof openStore>>;
      const storedText = (store: Opened): string | undefined => {
        const before = store.customerWeights();
        return before ? `the ${customerBasis(before)} (${before.source})` : undefined;
      };
      // Stored weights replace the last ones whole; a file that tiers nothing (a header only, or too few comments)
      // would wipe good weights for none, so it stores nothing and says what stays. That is known before the database
      // is opened to write: opening it so would create the data folder and database of a fresh project, then say
      // nothing was stored. The weights that stay are read without creating or locking anything; no database, none.
      if (!result.elements.some(isTiered)) {
        let was: string | undefined;
        try {
          const reader = await openStore(paths.db, { snapshotsDir: paths.snapshots });
          try {
            was = storedText(reader);
          } finally {
            await reader.close();
          }
        } catch (error) {
          if (!(error instanceof StoreMissingError)) throw error;
        }
        const why = result.comments === 0 ? 'no comment could be read' : `no service element is raised the ${TIER_RULE.minMentions} times a tier needs in its ${count(result.comments, 'comment')}`;
        throw new InputError(`${result.file}: ${why}, so nothing was stored; ${was ? `${was} stay` : 'compare and report keep your config and the defaults'}`, {
          hint: 'weigh a longer export',
        });
      }
      const store = await openStore(paths.db, { snapshotsDir: paths.snapshots, lock: true, create: true, writer: 'weigh --write' });
      let was: string | undefined;
      try {
        was = storedText(store);
        await store.recordCustomerWeights(customerWeightsOf(result));
      } finally {
        await store.close();
      }
      for (const { line, err } of held) {
        if (err) out.err(line);
        else out.out(line);
      }
      out.err(
        `weigh: tiers stored in ${paths.db}${was ? `, replacing ${was}: each weigh --write replaces the last, counts never add up` : ''} — ` +
          `the next compare and report weigh terms by ${result.comments} customer comments`,
      );
    }
    return EXIT.ok;
  },
};
