/**
 * README's "Configuration" table is the user's reference to config/servicediff.yaml: every key the schema accepts has
 * a row, and every plain number or boolean the table gives as a default is the schema's default. A key added to the
 * schema without a row, or a default changed in config/defaults.ts without the README, fails here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { configSchema } from '../../src/config/config-schema.js';

const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

/** The rows of the table under "## Configuration": [keys cell, meaning, default]. */
function configRows(): string[][] {
  const section = README.slice(README.indexOf('\n## Configuration'), README.indexOf('\n## Commands'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim()));
}

/** The config keys a row names: every `code` span of its first cell, placeholders ("<category>") dropped. */
function rowKeys(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\.<[^>]+>$/, '').replace(/\[\]$/, ''));
}

/** A schema with its optional / default / prefault wrappers taken off. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema as z.ZodType & { _zod: { def: { innerType?: z.ZodType } } };
  while (current._zod.def.innerType) current = current._zod.def.innerType as typeof current;
  return current;
}

/** Every key of the config file: "crawl.delayMs" for keys of a section, "competitors" for a key that is not one. */
function schemaKeys(): string[] {
  const shape = (schema: z.ZodType): Record<string, z.ZodType> | undefined => {
    const def = unwrap(schema)._zod.def as { type: string; shape?: Record<string, z.ZodType> };
    return def.type === 'object' ? def.shape : undefined;
  };
  return Object.entries(shape(configSchema)!).flatMap(([section, schema]) => {
    const inner = shape(schema);
    return inner ? Object.keys(inner).map((key) => `${section}.${key}`) : [section];
  });
}

describe('README configuration table', () => {
  const rows = configRows();
  const named = new Set(rows.flatMap((r) => rowKeys(r[0]!)));

  it('has a row for every key of the config schema', () => {
    expect(schemaKeys().length).toBeGreaterThan(35);
    expect(schemaKeys().filter((key) => !named.has(key))).toEqual([]);
  });

  it('names no key the schema does not accept', () => {
    const keys = new Set(schemaKeys());
    expect([...named].filter((key) => !keys.has(key))).toEqual([]);
  });

  it('gives the schema default wherever it writes a plain number or boolean', () => {
    const defaults = configSchema.parse({ you: { name: 'Shop', site: 'https://shop.example' }, notify: {} }) as unknown as Record<string, Record<string, unknown>>;
    let checked = 0;
    for (const [keysCell, , defaultCell] of rows) {
      const keys = rowKeys(keysCell!);
      // "1000 / 250" or "2, 500": one default per key, in the same order
      const parts = defaultCell!.split(/ \/ |, /);
      if (parts.length !== keys.length) continue;
      keys.forEach((key, i) => {
        const written = parts[i]!;
        if (!/^(\d+|true|false)$/.test(written)) return;
        const [section, name] = key.split('.');
        expect(String(defaults[section!]?.[name!]), key).toBe(written);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(20);
  });
});
