/**
 * Two configs that are valid but must not be crawled, refused by every command that crawls (scan, check --online,
 * schedule): init's starter before it is edited (its `.example` shops never resolve, so a scan reads nothing and
 * stores a failed scan), and the demo's (its shops ran on loopback only while the demo ran, so a scan stores a refused
 * connection for every shop over the demo's history). One line each, exit 2, before any request or file.
 */
import type { Config } from '../config/config-schema.js';
import { ConfigError, UsageError } from '../errors.js';

export async function assertCrawlable(config: Config, configPath: string): Promise<void> {
  const { starterPlaceholder } = await import('./commands/init.js');
  const placeholder = starterPlaceholder(config);
  if (placeholder) {
    throw new ConfigError(`${configPath}: you.site is still the starter's placeholder (${placeholder}), which never resolves`, {
      hint: 'put your own shop and your competitors in the config, then run this again',
    });
  }
  const { isDemoConfig } = await import('./commands/demo.js');
  if (isDemoConfig(configPath)) {
    throw new UsageError(`${configPath}: this is the demo's config; its shops ran on loopback only while the demo ran`, {
      hint: 'run `servicediff demo` again to scan them anew; compare, report and history read its stored scans',
    });
  }
}
