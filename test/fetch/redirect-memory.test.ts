/**
 * Permanent redirects remembered across scans (issue 12): a 301/308 chain is handed back with the page, the next fetch
 * given it asks the target directly, and the old URL is asked again when the target fails or the memory is too old.
 * Real loopback servers and the real fetcher; the rules on their own below.
 */
import { describe, expect, it } from 'vitest';
import type { MovedState } from '../../src/model.js';
import { DAY_MS } from '../../src/days.js';
import { heldRedirect, permanentRedirectLife, recheckAfter } from '../../src/fetch/redirect-memory.js';
import type { Route } from '../helpers/loopback-server.js';
import { closedAfterEach } from './fetch-test-config.js';

const POLICY = '<!doctype html><title>Returns</title><p>' + 'Unworn shoes may come back within 60 days for a refund. '.repeat(40);
const NEWER = POLICY.replace('60 days', '90 days');

const { site, fetcher } = closedAfterEach();

/** The paths asked since `from`, leaving out robots.txt and the soft-404 check's random path (each new fetcher asks them once). */
const askedSince = (server: { requests: { path: string }[] }, from: number) =>
  server.requests.slice(from).map((r) => r.path).filter((p) => p !== '/robots.txt' && !p.startsWith('/servicediff-probe-'));

const redirect = (location: string, status = 301, headers: Record<string, string> = {}): Route => ({ status, headers: { location, ...headers }, body: '' });

describe('which redirects are remembered', () => {
  it('301 and 308 are; 302, 303 and 307 are asked every time', () => {
    expect(permanentRedirectLife(301, {})).toEqual({});
    expect(permanentRedirectLife(308, {})).toEqual({});
    for (const status of [302, 303, 307]) expect(permanentRedirectLife(status, {})).toBeUndefined();
  });

  it("a permanent redirect's own Cache-Control wins: no-store, no-cache and max-age=0 forbid it, max-age bounds it", () => {
    expect(permanentRedirectLife(301, { 'cache-control': 'no-store' })).toBeUndefined();
    expect(permanentRedirectLife(301, { 'cache-control': 'private, no-cache' })).toBeUndefined();
    expect(permanentRedirectLife(301, { 'cache-control': 'max-age=0' })).toBeUndefined();
    expect(permanentRedirectLife(308, { 'cache-control': 'public, max-age=3600' })).toEqual({ maxAgeSeconds: 3600 });
    expect(permanentRedirectLife(301, { 'cache-control': 'public' })).toEqual({});
  });

  it('a remembered redirect holds for crawl.recheckRedirectDays, or its max-age if shorter, and only for its own URL', () => {
    const now = Date.parse('2026-12-07T00:00:00Z');
    const moved = (daysAgo: number, maxAgeSeconds?: number): MovedState => ({
      to: 'https://shop.example/pages/returns',
      via: ['https://shop.example/returns.html'],
      checkedAt: new Date(now - daysAgo * DAY_MS).toISOString(),
      ...(maxAgeSeconds !== undefined ? { maxAgeSeconds } : {}),
    });
    const url = 'https://shop.example/returns.html';
    expect(heldRedirect(moved(27.9), url, 28, now)).toBeDefined();
    expect(heldRedirect(moved(28), url, 28, now)).toBeUndefined();
    expect(heldRedirect(moved(0), url, 0, now)).toBeUndefined();
    expect(heldRedirect(moved(1, 7200), url, 28, now)).toBeUndefined();
    expect(heldRedirect(moved(1 / 24 / 2, 7200), url, 28, now)).toBeDefined();
    expect(heldRedirect(moved(1), 'https://shop.example/shipping.html', 28, now)).toBeUndefined();
    expect(heldRedirect({ ...moved(1), to: 'javascript:alert(1)' }, url, 28, now)).toBeUndefined();
  });

  it('the old URL is asked again after a failure of the target, unless the host itself did not answer', () => {
    for (const kind of ['not-found', 'soft-404', 'http-status', 'redirect', 'blocked', 'empty'] as const) expect(recheckAfter(kind)).toBe(true);
    for (const kind of ['timeout', 'network', 'deferred', 'dns', 'tls'] as const) expect(recheckAfter(kind)).toBe(false);
  });
});

describe('the fetcher with a remembered redirect', () => {
  it('hands back a 301 chain, and given it asks only the target: one request instead of two', async () => {
    const server = await site({ '/returns.html': redirect('/pages/returns'), '/pages/returns': POLICY });
    const first = await fetcher().fetch(server.url('/returns.html'));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.page.moved).toEqual({ to: server.url('/pages/returns'), via: [server.url('/returns.html')], checkedAt: expect.any(String) });

    const before = server.requests.length;
    const second = await fetcher().fetch(server.url('/returns.html'), { moved: first.page.moved! });
    expect(askedSince(server, before)).toEqual(['/pages/returns']);
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    // The answer reads as if the old URL had been asked: same chain, same evidence URL, the same memory kept.
    expect(second.page).toMatchObject({ url: server.url('/returns.html'), finalUrl: server.url('/pages/returns'), redirects: [server.url('/returns.html')], moved: first.page.moved });
  });

  it('asks the old URL again when the target is gone, and follows it where it points now', async () => {
    const routes: Record<string, Route> = { '/returns.html': redirect('/pages/returns'), '/pages/returns': POLICY };
    const server = await site(routes);
    const first = await fetcher().fetch(server.url('/returns.html'));
    if (!first.ok) throw new Error(first.failure.reason);

    routes['/returns.html'] = redirect('/pages/returns-2027');
    routes['/pages/returns-2027'] = NEWER;
    delete routes['/pages/returns'];
    const before = server.requests.length;
    const second = await fetcher().fetch(server.url('/returns.html'), { moved: first.page.moved! });
    expect(askedSince(server, before)).toEqual(['/pages/returns', '/returns.html', '/pages/returns-2027']);
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.page.finalUrl).toBe(server.url('/pages/returns-2027'));
    expect(second.page.body).toContain('90 days');
    expect(second.page.moved).toMatchObject({ to: server.url('/pages/returns-2027'), via: [server.url('/returns.html')] });
  });

  it('asks the old URL again once the memory is crawl.recheckRedirectDays old, and never with 0', async () => {
    const routes: Record<string, Route> = { '/returns.html': redirect('/pages/returns'), '/pages/returns': POLICY };
    const server = await site(routes);
    const first = await fetcher().fetch(server.url('/returns.html'));
    if (!first.ok) throw new Error(first.failure.reason);
    const old = { ...first.page.moved!, checkedAt: new Date(Date.now() - 3 * DAY_MS).toISOString() };
    // The redirect now points elsewhere while the old target still answers: seen when the old URL is asked again.
    routes['/returns.html'] = redirect('/pages/returns-2027');
    routes['/pages/returns-2027'] = NEWER;

    let before = server.requests.length;
    const held = await fetcher({ recheckRedirectDays: 4 }).fetch(server.url('/returns.html'), { moved: old });
    expect(askedSince(server, before)).toEqual(['/pages/returns']);
    expect(held.ok && held.page.finalUrl).toBe(server.url('/pages/returns'));

    before = server.requests.length;
    const due = await fetcher({ recheckRedirectDays: 3 }).fetch(server.url('/returns.html'), { moved: old });
    expect(askedSince(server, before)).toEqual(['/returns.html', '/pages/returns-2027']);
    expect(due.ok && due.page.finalUrl).toBe(server.url('/pages/returns-2027'));
    expect(due.ok && Date.parse(due.page.moved!.checkedAt)).toBeGreaterThan(Date.parse(old.checkedAt));

    before = server.requests.length;
    await fetcher({ recheckRedirectDays: 0 }).fetch(server.url('/returns.html'), { moved: { ...old, checkedAt: new Date().toISOString() } });
    expect(askedSince(server, before)).toEqual(['/returns.html', '/pages/returns-2027']);
  });

  it('remembers only the permanent start of a chain, and nothing of a temporary or no-store redirect', async () => {
    const server = await site({
      '/a': redirect('/b'),
      '/b': redirect('/c', 302),
      '/c': POLICY,
      '/temp': redirect('/c', 307),
      '/nocache': redirect('/c', 301, { 'cache-control': 'no-store' }),
    });
    const chain = await fetcher().fetch(server.url('/a'));
    expect(chain.ok && chain.page.moved).toMatchObject({ to: server.url('/b'), via: [server.url('/a')] });
    const temp = await fetcher().fetch(server.url('/temp'));
    expect(temp.ok && temp.page.moved).toBeUndefined();
    const nocache = await fetcher().fetch(server.url('/nocache'));
    expect(nocache.ok && nocache.page.moved).toBeUndefined();

    // Given the permanent start, the fetch begins at /b, which is asked (and followed) every time.
    const before = server.requests.length;
    const again = await fetcher().fetch(server.url('/a'), { moved: chain.ok ? chain.page.moved! : undefined });
    expect(askedSince(server, before)).toEqual(['/b', '/c']);
    expect(again.ok && again.page.redirects).toEqual([server.url('/a'), server.url('/b')]);
  });

  it('never asks a target through an old URL that robots.txt now disallows', async () => {
    const routes: Record<string, Route> = { '/returns.html': redirect('/pages/returns'), '/pages/returns': POLICY };
    const server = await site(routes);
    const first = await fetcher().fetch(server.url('/returns.html'));
    if (!first.ok) throw new Error(first.failure.reason);
    routes['/robots.txt'] = 'User-agent: *\nDisallow: /returns.html\n';
    const before = server.requests.length;
    const outcome = await fetcher().fetch(server.url('/returns.html'), { moved: first.page.moved! });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.kind).toBe('robots-disallowed');
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/robots.txt']);
  });
});
