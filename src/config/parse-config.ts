/**
 * Parse and validate config text. YAML is parsed with the core schema only (no custom tags), a small alias limit (E1)
 * and unique keys; every problem becomes one ConfigError line naming the file, the field path and the fix. Kept apart
 * from load-config.ts so that commands reading an unchanged config (config-cache.ts) never load YAML or zod.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { configSchema, type Config } from './config-schema.js';
import { suggestion } from './nearest-word.js';

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
  if (!result.success) throw new ConfigError(`${label}: ${formatIssue(firstIssue(result.error.issues), data)}`);
  return result.data;
}

function duplicateKeyName(text: string, line: number | undefined): string {
  if (!line) return '';
  const row = text.split(/\r?\n/)[line - 1] ?? '';
  return /^\s*-?\s*["']?([^:"']+)["']?\s*:/.exec(row)?.[1]?.trim() ?? '';
}

/** How zod names a type, as a config's author would say it. */
const TYPE_WORDS: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

/**
 * The issue to show when zod reports several: a key that is not allowed comes first, because a typo (`nam:`) also
 * makes the key it was meant to be (`name`) "missing", and only the typo says what to fix.
 */
function firstIssue(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue {
  return issues.find((issue) => issue.code === 'unrecognized_keys') ?? issues[0]!;
}

/** `competitors[2].site: not an http(s) URL` — the path as a user would write it, then the fix; never zod's own text. */
function formatIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const path = formatPath(issue.path);
  const at = path || '(top level)';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0]!;
      const known = knownKeysAt(input, issue.path);
      return `${path ? `${path}.${key}` : key}: unknown key${known.length ? suggestion(key, known) : ''}`;
    }
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (value === undefined) return `${at}: required but missing (expected ${expected})`;
      return `${at}: expected ${expected}, got ${describe(value)}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const value = valueAt(input, issue.path);
      return `${at}: ${describe(value)} is not allowed${typeof value === 'string' ? suggestion(value, allowed) : ` (expected one of: ${allowed.join(', ')})`}`;
    }
    case 'too_small':
    case 'too_big':
      return `${at}: ${sizeRule(issue)}, got ${describe(valueAt(input, issue.path))}`;
    case 'invalid_union': {
      // A field that takes one of several shapes (one URL or a list of URLs): the first shape's problem is the fix.
      const inner = issue.errors[0]?.[0];
      return inner ? formatIssue({ ...inner, path: [...issue.path, ...inner.path] }, input) : `${at}: not a valid value`;
    }
    case 'invalid_key': {
      const inner = issue.issues[0];
      return `${at}: ${inner && inner.code === 'custom' ? inner.message : 'not an allowed key'}`;
    }
    case 'invalid_format':
      // Our own formats carry a message saying what is expected ("an environment variable name such as …"); zod's begin "Invalid".
      return `${at}: ${describe(valueAt(input, issue.path))} is not ${/^Invalid/.test(issue.message) ? 'in the expected format' : issue.message}`;
    case 'custom':
      return `${at}: ${issue.message}`;
    default:
      return `${at}: ${describe(valueAt(input, issue.path))} is not a valid value`;
  }
}

/** "must be at least 1", "must be more than 0", "must be 16 or less", "needs at least 1 entry", "must not be empty". */
function sizeRule(issue: z.core.$ZodIssue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'string') {
    if (small && bound === 1) return 'must not be empty';
    return `${small ? 'needs at least' : 'allows at most'} ${bound} characters`;
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return `${small ? 'needs at least' : 'allows at most'} ${bound} ${bound === 1 ? 'entry' : 'entries'}`;
  }
  if (small) return inclusive ? `must be at least ${bound}` : `must be more than ${bound}`;
  return inclusive ? `must be ${bound} or less` : `must be less than ${bound}`;
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
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

function formatPath(path: readonly PropertyKey[]): string {
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
