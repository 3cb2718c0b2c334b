/**
 * Read config/servicediff.yaml. A config whose exact text was validated before by this version is read from the cache
 * (config-cache.ts) without loading YAML or zod, which are most of a short command's start-up; any other text is parsed
 * and validated by parse-config.ts, and every problem becomes one ConfigError line.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, fsReason } from '../errors.js';
import type { Config } from './config-schema.js';
import { readCachedConfig, writeCachedConfig } from './config-cache.js';

export const DEFAULT_CONFIG_PATH = 'config/servicediff.yaml';
/** A config larger than this is not a config. */
const MAX_CONFIG_BYTES = 1_000_000;

export interface LoadedConfig {
  readonly path: string;
  readonly config: Config;
}

/** Load, parse and validate a config file; rejects with ConfigError with one actionable line. */
export async function loadConfig(path: string = DEFAULT_CONFIG_PATH): Promise<LoadedConfig> {
  const absolute = resolve(path);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new ConfigError(`${path}: config file not found`, {
        hint: 'run `servicediff init` to write a starter config, or pass --config PATH',
      });
    }
    throw new ConfigError(`${path}: cannot read the config file (${fsReason(error)})`, {
      hint: code === 'EISDIR' ? 'pass --config with the YAML file itself' : 'make it readable, or pass --config PATH',
    });
  }
  if (text.length > MAX_CONFIG_BYTES) throw new ConfigError(`${path}: config file is larger than 1 MB`);
  const cached = readCachedConfig(absolute, text);
  const config = cached ?? (await import('./parse-config.js')).parseConfigText(text, path);
  // Checked on every load, cached or not: a config remembered before this check existed must not slip past it.
  await checkSchedule(config, path);
  if (!cached) writeCachedConfig(absolute, text, config);
  return { path: absolute, config };
}

/** schedule.cron and schedule.timezone must parse, whatever command loads the config (the floor is `schedule`'s own check). */
async function checkSchedule(config: Config, path: string): Promise<void> {
  const { parseSchedule } = await import('./cron.js');
  inConfigFile(path, () => parseSchedule(config.schedule).stop());
}

/** Run a check of one config's values; a ConfigError it raises is re-raised with the file's name in front. */
export function inConfigFile<T>(path: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${path}: ${error.message}`, error.hint ? { hint: error.hint } : undefined);
    throw error;
  }
}
