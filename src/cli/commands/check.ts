/**
 * `servicediff check [business…] [--online]`: validate the config (every command does; this one only does that) and
 * say what it sets up. With --online, read each site's robots.txt and run discovery — home-page links, sitemaps,
 * well-known paths — and print the pages a scan would read and why, without reading those pages or storing anything.
 */
import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH, loadConfig } from '../../config/load-config.js';
import { matchBusinesses } from '../../config/match-business.js';
import { EXIT } from '../../errors.js';
import type { CommandSpec } from '../command-spec.js';
import { assertCrawlable } from '../crawlable.js';
import { resolvePaths } from '../resolve-paths.js';

export const command: CommandSpec = {
  configure(cmd: Command) {
    cmd
      .argument('[business...]', 'with --online, only these businesses (names or ids); default: you and every competitor')
      .option('--online', "also read each site's robots.txt and discover its policy pages (nothing is stored)");
  },
  async run(args, options, context) {
    const loaded = await loadConfig(context.global.config);
    const { config } = loaded;
    if (options.online === true) await assertCrawlable(config, context.global.config ?? DEFAULT_CONFIG_PATH);
    // With --online, assertCrawlable has already refused the starter's placeholder; only a plain check still asks.
    const placeholder = options.online === true ? undefined : (await import('./init.js')).starterPlaceholder(config);
    const paths = resolvePaths(config, context);
    const { crawlTargets } = await import('../../scan/run-scan.js');
    const targets = crawlTargets(config, matchBusinesses(args, crawlTargets(config)));
    const out = context.output;
    const names = config.competitors.map((c) => c.name);
    out.out(`config ok: ${loaded.path}`);
    out.out(`  you:          ${config.you.name} (${config.you.site})`);
    out.out(`  competitors:  ${names.length}${names.length ? ` (${names.join(', ')})` : ' — add some under competitors:'}`);
    out.out(`  schedule:     ${config.schedule.cron} (${config.schedule.timezone ?? 'local time'})`);
    out.out(`  database:     ${paths.db}`);
    if (placeholder) {
      // Valid, but still init's example shops: `next` would send the user to a scan that can read nothing.
      out.out(`next: put your own shop and your competitors in ${loaded.path} (you.site is still the starter's ${placeholder}); then \`servicediff check --online\``);
      return EXIT.ok;
    }
    if (options.online !== true) {
      out.out('next: `servicediff check --online` shows what a scan would read and why; then `servicediff scan`');
      return EXIT.ok;
    }

    const { createFetcher } = await import('../../fetch/fetch-page.js');
    const { userAgentFor } = await import('../../fetch/user-agent.js');
    const { planDiscovery } = await import('../../discover/discovery-plan.js');
    const { terminalLine } = await import('../../report/escape.js');
    const fetcher = createFetcher({ crawl: config.crawl, userAgent: userAgentFor(config.crawl), signal: context.signal });
    let plans;
    try {
      plans = await Promise.all(
        targets.map((t) => planDiscovery({ site: t.site, ...(t.pages ? { pages: t.pages } : {}), crawl: config.crawl, fetcher, signal: context.signal })),
      );
    } finally {
      await fetcher.close();
    }
    if (context.signal.aborted) return EXIT.interrupted;

    let pages = 0;
    let unreadable = 0;
    targets.forEach((target, i) => {
      const plan = plans[i]!;
      out.out('');
      out.out(`${target.name}${target.isYou ? ' (you)' : ''} — ${terminalLine(target.site)}`);
      if (plan.stop) {
        unreadable++;
        out.out(`  cannot be read (${plan.stop.kind}): ${terminalLine(plan.stop.reason)}`);
        return;
      }
      out.out(`  robots.txt   ${terminalLine(plan.robots)}`);
      for (const category of plan.categories) {
        const label = category.category.padEnd(11);
        if (category.fetch.length === 0) {
          out.out(`  ${label}  none found: the scan would report "no ${category.category} page found" unless another page states it`);
          continue;
        }
        category.fetch.forEach((page, n) => {
          const why = page.refused ? `not read: ${page.refused}` : page.reasons.join('; ');
          if (!page.refused) pages++;
          out.out(`  ${n === 0 ? label : ' '.repeat(11)}  ${terminalLine(page.url)} — ${terminalLine(why)}`);
        });
        if (category.fallbacks > 0) out.out(`  ${' '.repeat(11)}  + ${category.fallbacks} fallback${category.fallbacks === 1 ? '' : 's'} if these are dead or walled`);
      }
      for (const note of plan.notes) out.out(`  note         ${terminalLine(note)}`);
    });
    out.out('');
    out.out(
      `check: ${targets.length} site${targets.length === 1 ? '' : 's'}, ${pages} policy page${pages === 1 ? '' : 's'} a scan would read` +
        `${unreadable ? `, ${unreadable} site${unreadable === 1 ? '' : 's'} cannot be read` : ''}; nothing was stored`,
    );
    return unreadable > 0 ? EXIT.partial : EXIT.ok;
  },
};
