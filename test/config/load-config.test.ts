import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { writeCachedConfig } from '../../src/config/config-cache.js';
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

  it('names a --config that is a folder and says to pass the YAML file itself', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-config-'));
    let line = '';
    try {
      await loadConfig(dir);
    } catch (error) {
      line = (error as ConfigError).oneLine();
    }
    expect(line).toBe(`${dir}: cannot read the config file (EISDIR: the path is a folder) — pass --config with the YAML file itself`);
  });

  it('puts the file name in front of every error', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-config-'));
    const path = join(dir, 'bad.yaml');
    writeFileSync(path, `${YOU}crawl: {concurrencyPerHost: -1}\n`);
    await expect(loadConfig(path)).rejects.toThrow(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: crawl\\.concurrencyPerHost`));
  });
});

describe('schedule.cron is checked whenever the config is loaded (issue 13)', () => {
  let dir: string | undefined;
  const cacheBefore = process.env.SERVICEDIFF_CACHE_DIR;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
    if (cacheBefore === undefined) delete process.env.SERVICEDIFF_CACHE_DIR;
    else process.env.SERVICEDIFF_CACHE_DIR = cacheBefore;
  });

  it.each([
    ['an impossible minute', 'schedule: {cron: "61 * * * *"}', /: schedule\.cron: "61 \* \* \* \*" is not a valid cron expression \(.+\) — try schedule\.cron: "0 6 \* \* 1"/],
    ['a word', 'schedule: {cron: "weekly"}', /: schedule\.cron: "weekly" is not a valid cron expression/],
    ['an unknown zone', 'schedule: {timezone: "Mars/Olympus"}', /: schedule\.timezone: unknown time zone "Mars\/Olympus"/],
  ])('refuses %s naming the file, even when the same text sits in the config cache', async (_name, line, expected) => {
    dir = mkdtempSync(join(tmpdir(), 'sd-config-'));
    process.env.SERVICEDIFF_CACHE_DIR = join(dir, 'cache');
    const path = join(dir, 'servicediff.yaml');
    const text = `${YOU}${line}\n`;
    writeFileSync(path, text);
    // A cache entry for this very text, as a servicediff from before this check would have written it.
    writeCachedConfig(resolve(path), text, parseConfigText(text, path));
    const error = await loadConfig(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const oneLine = (error as ConfigError).oneLine();
    expect(oneLine.startsWith(`${path}: schedule.`)).toBe(true);
    expect(oneLine).toMatch(expected);
    expect(oneLine).not.toContain('\n');
  });
});

describe('config errors are one line naming the field (E1, E2, E5)', () => {
  it.each([
    ['a non-http competitor URL', `${YOU}competitors:\n  - {name: B, site: "https://b.example"}\n  - {name: C, site: "https://c.example"}\n  - {name: D, site: "file:///etc/passwd"}`, /^cfg\.yaml: competitors\[2\]\.site: not an http\(s\) URL/],
    ['a javascript: URL', 'you: {name: A, site: "javascript:alert(1)"}', /you\.site: not an http\(s\) URL \(scheme "javascript"/],
    ['an ftp: URL', `${YOU}competitors: [{name: B, site: "ftp://b.example"}]`, /competitors\[0\]\.site: not an http\(s\) URL/],
    ['credentials in a URL', `${YOU}competitors: [{name: B, site: "http://user:pw@b.example"}]`, /competitors\[0\]\.site: URL must not contain credentials/],
    ['an unknown key, with a suggestion', `${YOU}crawl: {concurency: 2}`, /crawl\.concurency: unknown key \(did you mean "concurrency"\?\)/],
    ['a wrong type', 'you: {name: 5, site: "https://a.example"}', /you\.name: expected text, got number 5/],
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

  // Issue 13: zod's own words ("Invalid key in record", "Invalid option: expected one of …", "Too small: expected number
  // to be >0") and a typo reported as the key it hid ("name: required but missing") reached users.
  it.each([
    ['a misspelt term in importance', `${YOU}importance: {returns.windw_days: crucial}`, 'importance.returns.windw_days: not a term id or category (did you mean "returns.window_days"?)'],
    ['a misspelt category in importance', `${YOU}importance: {shiping: nice}`, 'importance.shiping: not a term id or category (did you mean "shipping"?)'],
    ['an importance level far from any', `${YOU}importance: {returns.window_days: vital}`, 'importance.returns.window_days: the text "vital" is not allowed (expected one of: crucial, important, nice, not-important)'],
    ['a misspelt importance level', `${YOU}importance: {returns: crucal}`, 'importance.returns: the text "crucal" is not allowed (did you mean "crucial"?)'],
    ['a typo hiding a required key', `${YOU}competitors:\n  - nam: B\n    site: "https://b.example"`, 'competitors[0].nam: unknown key (did you mean "name"?)'],
    ['a browser mode', `${YOU}crawl: {browser: sometimes}`, 'crawl.browser: the text "sometimes" is not allowed (expected one of: auto, never, always)'],
    ['a notify trigger', `${YOU}notify: {on: [change]}`, 'notify.on[0]: the text "change" is not allowed (did you mean "changes"?)'],
    ['a number too small', `${YOU}crawl: {concurrencyPerHost: 0}`, 'crawl.concurrencyPerHost: must be more than 0, got number 0'],
    ['a number too big', `${YOU}crawl: {concurrencyPerHost: 99}`, 'crawl.concurrencyPerHost: must be 16 or less, got number 99'],
    ['a fraction', `${YOU}crawl: {retries: 1.5}`, 'crawl.retries: expected a whole number, got number 1.5'],
    ['an empty list', `${YOU}notify: {on: []}`, 'notify.on: needs at least 1 entry, got an empty list'],
    ['an empty name', 'you: {name: "", site: "https://a.example"}', 'you.name: must not be empty, got the text ""'],
    ['a page that is not a URL', 'you: {name: A, site: "https://a.example", pages: {returns: "nope"}}', 'you.pages.returns: not an http(s) URL (expected e.g. https://shop.example)'],
    ['a misspelt declared term', 'you: {name: A, site: "https://a.example", terms: {returns.windw_days: 30}}', 'you.terms.returns.windw_days: unknown term id (did you mean "returns.window_days"?)'],
    ['an environment variable name', `${YOU}notify: {webhookUrlEnv: hook}`, 'notify.webhookUrlEnv: the text "hook" is not an environment variable name such as SERVICEDIFF_WEBHOOK_URL'],
    ['a missing section', 'competitors: []', 'you: required but missing (expected a mapping)'],
  ])('%s is one line in our words with the fix', (_name, text, expected) => {
    const message = refusal(text);
    expect(message).toBe(`cfg.yaml: ${expected}`);
    expect(message).not.toMatch(/Invalid|Too (small|big)|expected (string|int|number) to/);
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
