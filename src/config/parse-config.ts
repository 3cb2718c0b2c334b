/**
 * Parse and validate config text. YAML is parsed with the core schema only (no custom tags), a small alias limit (E1)
 * and unique keys; every problem becomes one ConfigError line naming the file, the field path and the fix. Kept apart
 * from load-config.ts so that commands reading an unchanged config (config-cache.ts) never load YAML or zod.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { configSchema, type Config } from './config-schema.js';
import { nearest } from './nearest-word.js';

/** Aliases a config may use before it is treated as a "billion laughs" bomb (E1). */
const MAX_ALIASES = 50;

/** Parse and validate config text; `label` names the file in messages. */
export function parseConfigText(text: string, label: string): Config {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: true, strict: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const line = problem.linePos?.[0];
    const at = line ? `:${line.line}:${line.col}` : '';
    const what =
      problem.code === 'DUPLICATE_KEY'
        ? 'duplicate key'
        : problem.code === 'TAG_RESOLVE_FAILED'
          ? 'custom YAML tags are not allowed'
          : problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const key = problem.code === 'DUPLICATE_KEY' ? duplicateKeyName(text, line?.line) : '';
    throw new ConfigError(`${label}${at}: ${what}${key ? ` "${key}"` : ''}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      throw new ConfigError(`${label}: too many YAML aliases (limit ${MAX_ALIASES}); expand them by hand`);
    }
    throw new ConfigError(`${label}: ${message.split('\n')[0]}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(`${label}: expected a mapping with at least "you:" at the top`, {
      hint: 'run `servicediff init` to see a starter config',
    });
  }
  const result = configSchema.safeParse(data);
  if (!result.success) throw new ConfigError(`${label}: ${formatIssue(result.error.issues[0]!, data)}`);
  return result.data;
}

function duplicateKeyName(text: string, line: number | undefined): string {
  if (!line) return '';
  const row = text.split(/\r?\n/)[line - 1] ?? '';
  return /^\s*-?\s*["']?([^:"']+)["']?\s*:/.exec(row)?.[1]?.trim() ?? '';
}

/** `competitors[2].site: not an http(s) URL` — the path as a user would write it, then the fix. */
export function formatIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const known = knownKeysAt(input, issue.path);
    const near = nearest(key, known);
    const at = path ? `${path}.${key}` : key;
    return `${at}: unknown key${near ? ` (did you mean "${near}"?)` : known.length ? ` (expected one of: ${known.join(', ')})` : ''}`;
  }
  if (issue.code === 'invalid_type') {
    const value = valueAt(input, issue.path);
    if (value === undefined) return `${path}: required but missing`;
    return `${path}: expected ${issue.expected}, got ${describe(value)}`;
  }
  return `${path || '(top level)'}: ${issue.message}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Keys the schema accepts at an object path, for "did you mean" hints. */
function knownKeysAt(_input: unknown, path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = configSchema;
  for (const part of path) {
    schema = unwrap(schema);
    if (typeof part === 'number' && schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[String(part)] ?? z.never();
    else return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    const def = current._zod.def as { innerType?: z.ZodType; in?: z.ZodType; schema?: z.ZodType };
    const next = def.innerType ?? def.in ?? def.schema;
    if (!next) break;
    current = next;
  }
  return current;
}
