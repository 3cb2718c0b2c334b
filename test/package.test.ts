/**
 * The install a user gets: every production package accepts the Node versions package.json promises (issue 13: commander 15
 * and p-queue 10 wanted Node 22, so `npm install` on Node 20 printed EBADENGINE), and tools only benches and scripts use
 * stay out of the production install.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }>;
};

type Version = [number, number, number];
function parseVersion(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, '').split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : 0));
  return [major, minor, patch];
}
function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
/** The engine ranges npm packages write: `>=X[.Y[.Z]]`, `^X.Y.Z`, `X.x`, alternatives joined by `||`. */
function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version);
  return range.split('||').some((alternative) => {
    const text = alternative.trim().replace(/\s+/g, '');
    if (text === '*' || text === '') return true;
    const ge = /^>=(.+)$/.exec(text);
    if (ge) return compare(v, parseVersion(ge[1]!)) >= 0;
    const caret = /^\^(.+)$/.exec(text);
    if (caret) {
      const floor = parseVersion(caret[1]!);
      return v[0] === floor[0] && compare(v, floor) >= 0;
    }
    throw new Error(`engine range "${range}" not understood by this test`);
  });
}

/** The lowest Node version package.json promises, e.g. ">=20.19.0" → 20.19.0. */
const floor = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(pkg.engines.node)?.[1];

describe('package.json', () => {
  it('promises a Node floor of the form >=X.Y.Z', () => {
    expect(floor).toBeDefined();
  });

  it.each([
    ['>=20', '20.19.0', true],
    ['>=22', '20.19.0', false],
    ['^20.19.0 || >=22.12.0', '20.19.0', true],
    ['^20.19.0 || >=22.12.0', '22.0.0', false],
    ['>= 10.x', '20.19.0', true],
  ])('the range checker reads %s for Node %s as %s', (range, version, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  it('every production package accepts the promised Node floor and the current LTS (no EBADENGINE on install)', () => {
    const refused: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path === '' || entry.dev) continue;
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (!range) continue;
      for (const node of [floor!, '24.0.0']) if (!satisfies(node, range)) refused.push(`${path} wants node ${range}, not ${node}`);
    }
    expect(refused).toEqual([]);
  });

  it('tsx runs only benches and scripts, so it is a dev dependency and no file under src/ imports it', () => {
    expect(pkg.dependencies).not.toHaveProperty('tsx');
    expect(pkg.devDependencies).toHaveProperty('tsx');
    const importers: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ts$/.test(entry.name) && /from ['"]tsx|import\(['"]tsx/.test(readFileSync(path, 'utf8'))) importers.push(path);
      }
    };
    walk(join(ROOT, 'src'));
    expect(importers).toEqual([]);
  });
});
