/**
 * Issue 12: a hostile script must not make Chromium load pages of its own. Real Chromium and a real loopback site
 * that counts every request: pop-ups (window.open, target=_blank links clicked or submitted, attached or not) and
 * navigations away (location changes, reloads) are refused, and the page's own text is still read. Run with the
 * headless shell and, when installed, the full browser, whose headless mode ignores --block-new-web-contents.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../../src/crawl/browser-pool.js';
import { startSite, type LoopbackServer } from '../helpers/loopback-server.js';
import { TEST_CHROMIUM } from '../helpers/chromium.js';

const policy = 'Items may be returned within thirty days of delivery for a full refund to the original card. '.repeat(6);
const withPolicy = (script: string) =>
  `<!doctype html><html><body><div id="root"></div><script>document.getElementById('root').innerHTML = '<h1>Returns</h1><p>' + ${JSON.stringify(policy)} + '</p>';</script><script>${script}</script></body></html>`;

/** Opens pop-ups every way a page can, over and over while it is being read. */
const POPUPS = `let n = 0;
const storm = () => {
  n += 1;
  window.open('/popup-' + n);
  const attached = document.createElement('a');
  attached.href = '/blank-' + n; attached.target = '_blank'; document.body.appendChild(attached); attached.click();
  const detached = document.createElement('a');
  detached.href = '/detached-' + n; detached.target = 'other'; detached.click();
  const form = document.createElement('form');
  form.action = '/form-' + n; form.target = '_blank'; document.body.appendChild(form); form.requestSubmit();
};
storm(); setInterval(storm, 20);`;

/** Leaves for other URLs every way a page can, and reloads itself: first while the page is still being parsed. */
const NAVIGATE_AWAY = `let n = 0;
const leave = () => {
  n += 1;
  if (n % 3 === 0) location.href = '/away-' + n;
  else if (n % 3 === 1) location.assign('/elsewhere-' + n);
  else location.reload();
};
leave(); setInterval(leave, 20);`;

/** The Chromium builds to try: the one the suite uses, and the full browser when it is installed. */
const BROWSERS = [...new Set([TEST_CHROMIUM, '/usr/bin/chromium'].filter((path) => existsSync(path)))];

let site: LoopbackServer;
beforeAll(async () => {
  site = await startSite({ '/popups': withPolicy(POPUPS), '/navigate-away': withPolicy(NAVIGATE_AWAY), '/returns': withPolicy('') });
});
afterAll(async () => {
  await site?.close();
});

describe.each(BROWSERS)('a hostile script in %s', (executablePath) => {
  let pool: BrowserPool;
  beforeAll(() => {
    // A generous deadline: this file shares two cores with the rest of the suite; speed is not what is tested here.
    pool = new BrowserPool({ executablePath, timeoutMs: 20_000, allowPrivateNetworks: true });
  });
  afterAll(async () => {
    await pool?.close();
  });

  const requestsBeyond = (page: string, since: number): string[] =>
    site.requests.slice(since).map((r) => r.path).filter((path) => path !== page && path !== '/favicon.ico');

  it('when a page opens pop-ups every 20 ms then none is loaded, and the page is read', async () => {
    const since = site.requests.length;
    const outcome = await pool.render(site.url('/popups'), 'shop');
    // The reason, not just false: a failed CI run must say whether the render ran out of time or the browser failed.
    expect(outcome.ok ? 'ok' : outcome.reason).toBe('ok');
    if (outcome.ok) expect(outcome.html).toContain('within thirty days of delivery');
    expect(requestsBeyond('/popups', since)).toEqual([]);
    expect(site.requests.slice(since).filter((r) => r.path === '/popups')).toHaveLength(1);
  });

  it('when a page navigates away or reloads every 20 ms then it stays on its URL, loaded once, and is read', async () => {
    const since = site.requests.length;
    const outcome = await pool.render(site.url('/navigate-away'), 'shop');
    expect(outcome.ok ? 'ok' : outcome.reason).toBe('ok');
    if (outcome.ok) {
      expect(outcome.html).toContain('within thirty days of delivery');
      expect(outcome.finalUrl).toBe(site.url('/navigate-away'));
    }
    expect(requestsBeyond('/navigate-away', since)).toEqual([]);
    expect(site.requests.slice(since).filter((r) => r.path === '/navigate-away')).toHaveLength(1);
  });

  it('the pool then renders the site\'s next URL normally', async () => {
    const outcome = await pool.render(site.url('/returns'), 'shop');
    expect(outcome.ok ? 'ok' : outcome.reason).toBe('ok');
    if (outcome.ok) expect(outcome.finalUrl).toBe(site.url('/returns'));
    // A page whose navigation away was refused is blanked or closed, never reused frozen: unfrozen for this
    // navigation, its timers would have aborted it. Retired when it was parked, or, when its refused navigation was
    // reported only after the render had been read, when it was next taken from the idle pages (by this render at the
    // latest). Whether the script's first navigation reaches the network before the text is read is Chromium's timing
    // (the full browser sometimes reads first), so the invariant is asserted, not the count.
    if (pool.documentsRefused > 0) expect(pool.restlessRetired).toBeGreaterThan(0);
  });
});
