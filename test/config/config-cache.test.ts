/**
 * The validated-config cache: an unchanged config is read back without YAML or zod, a changed one is validated
 * afresh, an invalid one is never remembered, and an entry anyone else could have written is ignored. Real files in
 * a temp folder ($SERVICEDIFF_CACHE_DIR).
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configCacheDir, readCachedConfig, writeCachedConfig } from '../../src/config/config-cache.js';
import { loadConfig } from '../../src/config/load-config.js';
import { parseConfigText } from '../../src/config/parse-config.js';

let dir: string;
let cache: string;
const previous = process.env.SERVICEDIFF_CACHE_DIR;
const YOU = 'you:\n  name: Juniper Home\n  site: https://juniper.example\n';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sd-config-cache-'));
  cache = join(dir, 'cache');
  process.env.SERVICEDIFF_CACHE_DIR = cache;
});
afterEach(() => {
  if (previous === undefined) delete process.env.SERVICEDIFF_CACHE_DIR;
  else process.env.SERVICEDIFF_CACHE_DIR = previous;
  rmSync(dir, { recursive: true, force: true });
});

describe('config cache', () => {
  it('remembers a config that passed validation and serves the same value for the same text', async () => {
    const path = join(dir, 'servicediff.yaml');
    writeFileSync(path, `${YOU}crawl: {delayMs: 2000}\n`);
    const first = await loadConfig(path);
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    const text = readFileSync(path, 'utf8');
    expect(readCachedConfig(first.path, text)).toEqual(first.config);
    expect((await loadConfig(path)).config).toEqual(first.config);
  });

  it('validates a changed config afresh', async () => {
    const path = join(dir, 'servicediff.yaml');
    writeFileSync(path, `${YOU}crawl: {delayMs: 2000}\n`);
    await loadConfig(path);
    writeFileSync(path, `${YOU}crawl: {delayMs: 3000}\n`);
    expect((await loadConfig(path)).config.crawl.delayMs).toBe(3000);
  });

  it('never remembers an invalid config', async () => {
    const path = join(dir, 'servicediff.yaml');
    writeFileSync(path, `${YOU}crawl: {concurrencyPerHost: -1}\n`);
    await expect(loadConfig(path)).rejects.toThrow(/crawl\.concurrencyPerHost/);
    await expect(loadConfig(path)).rejects.toThrow(/crawl\.concurrencyPerHost/);
    expect(readdirSync(dir)).not.toContain('cache');
  });

  it('ignores an entry that others could have written', () => {
    const text = `${YOU}`;
    const config = parseConfigText(text, 'x.yaml');
    writeCachedConfig('/srv/x.yaml', text, { ...config, crawl: { ...config.crawl, allowPrivateNetworks: true } });
    const [entry] = readdirSync(cache);
    chmodSync(join(cache, entry!), 0o666);
    expect(readCachedConfig('/srv/x.yaml', text)).toBeUndefined();
  });

  it('the starter config survives the JSON round trip unchanged', () => {
    const text = readFileSync('config/servicediff.example.yaml', 'utf8');
    const config = parseConfigText(text, 'servicediff.example.yaml');
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it('lives in $SERVICEDIFF_CACHE_DIR, else $XDG_CACHE_HOME/servicediff', () => {
    expect(configCacheDir({ SERVICEDIFF_CACHE_DIR: '/a' })).toBe('/a');
    expect(configCacheDir({ XDG_CACHE_HOME: '/b' })).toBe(join('/b', 'servicediff'));
  });
});
