/**
 * `servicediff check [--online]` (issue 13: there was no way to check a config without crawling): the config is
 * validated and summarised; --online reads robots.txt and discovers each site's policy pages against real loopback
 * shops, printing what a scan would read and why, while reading none of those pages and storing nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closedPort, shopPage, startSite, type LoopbackServer } from '../helpers/loopback-server.js';
import { runCli } from '../helpers/run-cli.js';


/** Links to its returns, shipping and help pages; robots.txt keeps crawlers off /shipping. */
const SHOP = {
  '/': shopPage('Home', '<p>Linen and towels.</p>', '<a href="/returns">Returns &amp; Refunds</a> <a href="/shipping">Delivery</a> <a href="/help">Help</a>'),
  '/returns': shopPage('Returns', '<p>Send items back within 30 days.</p>'),
  '/shipping': shopPage('Delivery', '<p>Free delivery over $50.</p>'),
  '/help': shopPage('Help', '<p>Call us weekdays.</p>'),
  '/robots.txt': 'User-agent: *\nDisallow: /shipping\n',
};


describe('servicediff check', { timeout: 180_000 }, () => {
  let dir: string;
  let shop: LoopbackServer;
  let config: string;
  let gonePort: number;
  const env = (): NodeJS.ProcessEnv => ({ SERVICEDIFF_CACHE_DIR: join(dir, 'cache'), SERVICEDIFF_DB: join(dir, 'data', 'db.json') });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-check-'));
    shop = await startSite(SHOP);
    gonePort = await closedPort();
    config = join(dir, 'servicediff.yaml');
    writeFileSync(
      config,
      [
        `you: {name: Linen Lane, site: "${shop.origin}"}`,
        `competitors: [{name: Gone Shop, site: "http://127.0.0.1:${gonePort}"}]`,
        'crawl: {allowPrivateNetworks: true, delayMs: 0, jitterMs: 0, retries: 0, browser: never}',
        '',
      ].join('\n'),
    );
  });
  afterEach(async () => {
    await shop.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('without --online: says what the config sets up, sends no request, creates no database', async () => {
    const run = await runCli(['--config', config, 'check'], { env: env() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`config ok: ${config}`);
    expect(run.stdout).toMatch(/competitors: +1 \(Gone Shop\)/);
    expect(run.stdout).toMatch(/schedule: +0 6 \* \* 1/);
    expect(run.stdout).toContain('servicediff check --online');
    expect(shop.requests).toEqual([]);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('refuses a broken config with the one-line error and exit 2', async () => {
    writeFileSync(config, `you: {nam: Linen Lane, site: "${shop.origin}"}\nschedule: {cron: "0 25 * * *"}\n`);
    const run = await runCli(['--config', config, 'check'], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`servicediff: ${config}: you.nam: unknown key (did you mean "name"?)\n`);
  });

  it('refuses an invalid schedule.cron naming the file', async () => {
    writeFileSync(config, `you: {name: Linen Lane, site: "${shop.origin}"}\nschedule: {cron: "0 25 * * *"}\n`);
    const run = await runCli(['--config', config, 'check'], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^servicediff: ${config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: schedule\\.cron: "0 25 \\* \\* \\*" is not a valid cron expression`));
  });

  it('every command refuses the same invalid schedule.cron with the same line, before doing anything', async () => {
    writeFileSync(config, `you: {name: Linen Lane, site: "${shop.origin}"}\nschedule: {cron: "*/5 * * *"}\n`);
    const runs = await Promise.all(['scan', 'compare', 'history', 'report', 'check'].map((name) => runCli(['--config', config, name], { env: env() })));
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(runs[0]!.stderr);
    }
    expect(runs[0]!.stderr).toMatch(/: schedule\.cron: "\*\/5 \* \* \*" is not a valid cron expression .* — try schedule\.cron: "0 6 \* \* 1"/);
    expect(shop.requests).toEqual([]);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('with --online: robots.txt, each category\'s pages and why, a refused page, an unreachable site — and nothing read or stored', async () => {
    const run = await runCli(['--config', config, 'check', '--online'], { env: env() });
    expect(run.code).toBe(1); // one site cannot be read, as a scan would be partial
    const out = run.stdout;
    expect(out).toContain(`Linen Lane (you) — ${shop.origin}`);
    expect(out).toMatch(/robots\.txt +allowed/);
    expect(out).toContain(`returns      ${shop.url('/returns')} — footer link 'Returns & Refunds'`);
    expect(out).toMatch(new RegExp(`shipping +${shop.url('/shipping').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — not read: .*disallowed by .*robots\\.txt`));
    expect(out).toMatch(/guarantee +none found: the scan would report "no guarantee page found"/);
    expect(out).toContain(`Gone Shop — http://127.0.0.1:${gonePort}`);
    expect(out).toMatch(/cannot be read \(network\): .*connection refused/);
    expect(out).toMatch(/^check: 2 sites, \d+ policy pages? a scan would read, 1 site cannot be read; nothing was stored$/m);
    // Discovery reads robots.txt and the home page (and probes well-known paths); the chosen policy pages are not read.
    const paths = shop.requests.map((r) => r.path);
    expect(paths).toContain('/robots.txt');
    expect(paths).toContain('/');
    expect(paths).not.toContain('/returns');
    expect(paths).not.toContain('/shipping');
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('with --online and a name: only that business, matched like every command matches names', async () => {
    const run = await runCli(['--config', config, 'check', '--online', 'linen'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Linen Lane (you)');
    expect(run.stdout).not.toContain('Gone Shop —');
    const miss = await runCli(['--config', config, 'check', '--online', 'zzz'], { env: env() });
    expect(miss.code).toBe(2);
    expect(miss.stderr).toMatch(/^servicediff: unknown business "zzz" — valid names: Linen Lane, Gone Shop\n$/);
  });

  it('init\'s starter config and its closing line point to check', async () => {
    const run = await runCli(['--config', join(dir, 'new.yaml'), 'init'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('servicediff check --online');
    expect(readFileSync(join(dir, 'new.yaml'), 'utf8')).toMatch(/^# Check it with: +npx servicediff check\b/m);
  });
});
