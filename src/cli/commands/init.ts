/**
 * `servicediff init [--force]`: write the commented starter config. Never overwrites an existing config unless asked,
 * because a hand-tuned config is exactly the kind of thing that is lost silently.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH } from '../../config/load-config.js';
import { parseConfigText } from '../../config/parse-config.js';
import type { Config } from '../../config/config-schema.js';
import { EXIT, fsReason, RunError, UsageError } from '../../errors.js';
import { PACKAGE_ROOT } from '../../version.js';
import type { CommandSpec } from '../command-spec.js';

/** The starter config shipped with the package (config/servicediff.example.yaml). */
function starterConfigText(): string {
  return readFileSync(join(PACKAGE_ROOT, 'config', 'servicediff.example.yaml'), 'utf8');
}

/**
 * The starter's placeholder address when the config still names it as you.site (init was run, the file not yet
 * edited), else undefined. Its `.example` hosts never resolve, so a scan of them reads nothing and stores a failed
 * scan; the first `site:` of the starter is you's (read from the file, so the two cannot drift).
 */
export function starterPlaceholder(config: Config): string | undefined {
  const site = /^\s*site:\s*(\S+)/m.exec(starterConfigText())?.[1];
  return site !== undefined && config.you.site === site ? site : undefined;
}

export const command: CommandSpec = {
  configure(cmd: Command) {
    cmd.option('-f, --force', 'overwrite an existing config file');
  },
  async run(_args, options, context) {
    const path = resolve(context.global.config ?? DEFAULT_CONFIG_PATH);
    if (existsSync(path) && options.force !== true) {
      throw new UsageError(`${path} already exists — edit it, or run \`servicediff init --force\` to replace it`);
    }
    const text = starterConfigText();
    parseConfigText(text, path); // the template must always be a valid config
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, { encoding: 'utf8', flag: options.force === true ? 'w' : 'wx' });
    } catch (error) {
      // A read-only folder, a path that is a folder, a file where a folder should be: one line, not a stack.
      throw new RunError(`${path}: cannot write the config there (${fsReason(error)})`, {
        hint: 'make the folder writable, or pass --config PATH to write it elsewhere',
      });
    }
    context.output.out(`wrote ${path}`);
    context.output.out('next: put your shop and your competitors in it, run `npx servicediff check --online` to see what would be read, then `npx servicediff scan` and `npx servicediff report`');
    return EXIT.ok;
  },
};
