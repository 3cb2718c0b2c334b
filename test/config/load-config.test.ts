import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { parseConfigText } from '../../src/config/parse-config.js';
import { ConfigError } from '../../src/errors.js';
import { CRAWL_DEFAULTS, SCHEDULE_DEFAULTS } from '../../src/config/defaults.js';

const YOU = 'you: {name: Juniper, site: "https://juniper.example"}\n';

/** The one-line message a config text is refused with. */
function refusal(text: string): string {
  try {
    parseConfigText(text, 'cfg.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('config was accepted');
}

describe('loadConfig', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('reads a minimal config and fills every default', async () => {
    const { config } = await loadConfig('test/fixtures/config/valid-minimal.yaml');
    expect(config.you.name).toBe('Juniper Home');
    expect(config.competitors.map((c) => c.name)).toEqual(['Northwind Supply']);
    expect(config.crawl.concurrencyPerHost).toBe(CRAWL_DEFAULTS.concurrencyPerHost);
    expect(config.crawl.delayMs).toBe(CRAWL_DEFAULTS.delayMs);
    expect(config.schedule.cron).toBe(SCHEDULE_DEFAULTS.cron);
    expect(config.crawl.allowPrivateNetworks).toBe(false);
  });

  it('names the missing file and says how to create one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-config-'));
    const path = join(dir, 'nope.yaml');
    let line = '';
    try {
      await loadConfig(path);
    } catch (error) {
      line = (error as ConfigError).oneLine();
    }
    expect(line).toMatch(/nope\.yaml: config file not found — run `servicediff init`/);
  });

  it('puts the file name in front of every error', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-config-'));
    const path = join(dir, 'bad.yaml');
    writeFileSync(path, `${YOU}crawl: {concurrencyPerHost: -1}\n`);
    await expect(loadConfig(path)).rejects.toThrow(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: crawl\\.concurrencyPerHost`));
  });
});

describe('config errors are one line naming the field (E1, E2, E5)', () => {
  it.each([
    ['a non-http competitor URL', `${YOU}competitors:\n  - {name: B, site: "https://b.example"}\n  - {name: C, site: "https://c.example"}\n  - {name: D, site: "file:///etc/passwd"}`, /^cfg\.yaml: competitors\[2\]\.site: not an http\(s\) URL/],
    ['a javascript: URL', 'you: {name: A, site: "javascript:alert(1)"}', /you\.site: not an http\(s\) URL \(scheme "javascript"/],
    ['an ftp: URL', `${YOU}competitors: [{name: B, site: "ftp://b.example"}]`, /competitors\[0\]\.site: not an http\(s\) URL/],
    ['credentials in a URL', `${YOU}competitors: [{name: B, site: "http://user:pw@b.example"}]`, /competitors\[0\]\.site: URL must not contain credentials/],
    ['an unknown key, with a suggestion', `${YOU}crawl: {concurency: 2}`, /crawl\.concurency: unknown key \(did you mean "concurrency"\?\)/],
    ['a wrong type', 'you: {name: 5, site: "https://a.example"}', /you\.name: expected string, got number 5/],
    ['a duplicate competitor name', `${YOU}competitors: [{name: B, site: "https://b.example"}, {name: b, site: "https://c.example"}]`, /competitors\[1\]\.name: duplicate of competitors\[0\]/],
    ['a competitor with your own site', `${YOU}competitors: [{name: B, site: "https://juniper.example/"}]`, /competitors\[0\]\.site: same site as you/],
    ['concurrency 0', `${YOU}crawl: {concurrencyPerHost: 0}`, /crawl\.concurrencyPerHost:/],
    ['concurrency -1', `${YOU}crawl: {concurrency: -1}`, /crawl\.concurrency:/],
    ['a delay below the politeness floor', `${YOU}crawl: {delayMs: 5}`, /crawl\.delayMs: 5 is below the floor/],
    ['timeout 0', `${YOU}crawl: {timeoutMs: 0}`, /crawl\.timeoutMs:/],
    ['byte cap 0', `${YOU}crawl: {maxBytes: 0}`, /crawl\.maxBytes:/],
    ['an unknown importance level', `${YOU}importance: {returns.window_days: vital}`, /importance\.returns\.window_days:/],
    ['an unknown term in importance', `${YOU}importance: {returns.windowdays: crucial}`, /importance\.returns\.windowdays/],
    ['a declared term of the wrong shape', 'you: {name: A, site: "https://a.example", terms: {returns.window_days: "thirty"}}', /you\.terms\.returns\.window_days: "thirty" is not a valid value/],
    ['an unknown browser mode', `${YOU}crawl: {browser: sometimes}`, /crawl\.browser:/],
    ['a custom YAML tag', 'you: !!js/function "function () {}"', /^cfg\.yaml:1:\d+: custom YAML tags are not allowed/],
    ['a duplicate key', `${YOU}you: {name: B, site: "https://b.example"}`, /^cfg\.yaml:2:1: duplicate key "you"/],
    ['an empty file', '', /expected a mapping/],
  ])('%s', (_name, text, expected) => {
    expect(refusal(text)).toMatch(expected);
  });

  it('stops an alias bomb before expanding it', () => {
    const bomb = [
      'a: &a [1,1,1,1,1,1,1,1,1]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
    ].join('\n');
    expect(refusal(bomb)).toMatch(/too many YAML aliases/);
  });

  it('accepts declared terms in the TERMS.md shapes', () => {
    const config = parseConfigText(
      'you:\n  name: A\n  site: https://a.example\n  terms:\n    returns.window_days: 30\n    shipping.free_threshold: {amount: 50, currency: USD}\n    support.hours: "Mo-Fr 09:00-17:00"\n',
      'cfg.yaml',
    );
    expect(config.you.terms).toEqual({
      'returns.window_days': 30,
      'shipping.free_threshold': { amount: 50, currency: 'USD' },
      'support.hours': 'Mo-Fr 09:00-17:00',
    });
  });

  it('lets a loopback farm go below the delay floor only with allowPrivateNetworks', () => {
    const config = parseConfigText(`${YOU}crawl: {delayMs: 0, allowPrivateNetworks: true}`, 'cfg.yaml');
    expect(config.crawl.delayMs).toBe(0);
  });
});
