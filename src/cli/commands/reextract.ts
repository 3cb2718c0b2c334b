/**
 * `servicediff reextract [--all]`: re-run the current extractor over the stored page snapshots, without the
 * network, and record the result as a scan of kind "reextract" (its changes are marked as re-extraction).
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/load-config.js';
import { EXIT } from '../../errors.js';
import type { CommandSpec } from '../command-spec.js';
import { resolvePaths } from '../resolve-paths.js';

export const command: CommandSpec = {
  configure(cmd: Command) {
    cmd.option('-a, --all', 'every stored page with a snapshot, not only the pages fetched fine in the latest scan');
  },
  async run(_args, options, context) {
    const { config } = await loadConfig(context.global.config);
    const paths = resolvePaths(config, context);
    const { openStore } = await import('../../store/open-store.js');
    const { reextract } = await import('../../reextract/reextract.js');
    const { terminalLine } = await import('../../report/escape.js');
    const { changeText } = await import('../../report/format-value.js');
    const { count } = await import('../../text/count.js');
    const store = await openStore(paths.db, { snapshotsDir: paths.snapshots, lock: true, writer: 'reextract', keepSnapshotScans: config.store.keepSnapshotScans });
    try {
      const outcome = await reextract(store, { all: options.all === true });
      const out = context.output;
      out.out(`re-extracted ${count(outcome.pages, 'page')} from stored snapshots as scan ${outcome.scanId}: ${count(outcome.changes.length, 'term change')}`);
      for (const c of outcome.changes) {
        out.out(`  ${terminalLine(c.businessName)}  ${c.term}  ${terminalLine(changeText(c))}`);
      }
      for (const m of outcome.missing) {
        out.err(`servicediff: no snapshot for ${terminalLine(m.url)} (${m.business}); its reading was kept — retention removed it or it was never fetched`);
      }
    } finally {
      await store.close();
    }
    return EXIT.ok;
  },
};
