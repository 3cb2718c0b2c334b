/** Redirect handling: RELIABILITY A7 (loops, hop limit, non-http targets, a legitimate chain). */
import { describe, expect, it } from 'vitest';
import type { Route } from '../helpers/loopback-server.js';
import { closedAfterEach } from './fetch-test-config.js';

const POLICY = '<!doctype html><title>Returns</title><p>' + 'Unworn shoes may come back within 60 days for a refund. '.repeat(40);

const { site, fetcher } = closedAfterEach();

const redirect = (location: string, status = 301): Route => ({ status, headers: { location }, body: '' });



describe('A7: redirects', () => {
  it('when /a → /b → /a loops then the fetch stops and the error shows the chain', async () => {
    const server = await site({ '/a': redirect('/b'), '/b': redirect('/a', 302) });
    const outcome = await fetcher().fetch(server.url('/a'));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.kind).toBe('redirect');
    expect(outcome.failure.reason).toBe(`redirect loop: ${server.url('/a')} → ${server.url('/b')} → ${server.url('/a')}`);
    expect(server.requests.filter((r) => r.path === '/a')).toHaveLength(1);
  });

  it.each([['file:///etc/passwd'], ['data:text/html,<p>hi</p>'], ['ftp://files.example/returns.txt']])(
    'when a 301 points to %s then the target is refused and never read',
    async (target) => {
      const server = await site({ '/returns': redirect(target) });
      const outcome = await fetcher().fetch(server.url('/returns'));
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.failure.kind).toBe('redirect');
      expect(outcome.failure.reason).toMatch(/URL refused/);
      expect(outcome.failure.reason).toContain(server.url('/returns'));
    },
  );

  it('when a legitimate 5-hop chain ends at the policy then it succeeds and the final URL is the evidence URL', async () => {
    const server = await site({
      '/r0': redirect('/r1'),
      '/r1': redirect('/r2', 302),
      '/r2': redirect('/r3', 303),
      '/r3': redirect('/r4', 307),
      '/r4': redirect('/policies/refund-policy', 308),
      '/policies/refund-policy': POLICY,
    });
    const outcome = await fetcher().fetch(server.url('/r0'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.page.url).toBe(server.url('/r0'));
    expect(outcome.page.finalUrl).toBe(server.url('/policies/refund-policy'));
    expect(outcome.page.redirects).toEqual(['/r0', '/r1', '/r2', '/r3', '/r4'].map((p) => server.url(p)));
  });

  it('when the caller declines a hop (FetchOptions.follow) then the target is not asked, and the permanent chain so far is handed over', async () => {
    const server = await site({ '/returns.html': redirect('/pages/returns'), '/pages/returns': POLICY });
    const offered: [string, string | undefined][] = [];
    const outcome = await fetcher().fetch(server.url('/returns.html'), { follow: (next, moved) => (offered.push([next, moved?.to]), false) });
    expect(offered).toEqual([[server.url('/pages/returns'), server.url('/pages/returns')]]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.kind).toBe('redirect');
    expect(server.requests.filter((r) => r.path === '/pages/returns')).toHaveLength(0);
  });

  it('when the chain is one hop longer than crawl.maxRedirects then it stops at the limit', async () => {
    const maxRedirects = 3;
    const routes: Record<string, Route> = { '/end': POLICY };
    for (let i = 0; i <= maxRedirects; i += 1) routes[`/h${i}`] = redirect(i === maxRedirects ? '/end' : `/h${i + 1}`);
    const server = await site(routes);
    const outcome = await fetcher({ maxRedirects }).fetch(server.url('/h0'));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.kind).toBe('redirect');
    expect(outcome.failure.reason).toMatch(/more than crawl\.maxRedirects \(3\) redirects/);
    expect(server.requests.some((r) => r.path === '/end')).toBe(false);
  });

  it('when a hop goes to a path robots.txt disallows then that hop is not fetched', async () => {
    const server = await site({
      '/robots.txt': 'User-agent: *\nDisallow: /private/\n',
      '/returns': redirect('/private/returns'),
      '/private/returns': POLICY,
    });
    const outcome = await fetcher().fetch(server.url('/returns'));
    expect(outcome.ok || outcome.failure.kind).toBe('robots-disallowed');
    expect(server.requests.some((r) => r.path === '/private/returns')).toBe(false);
  });

  it('when a URL or a redirect carries user:password@ then the credentials are never sent nor shown', async () => {
    const server = await site({ '/returns': { status: 301, headers: { location: '' } }, '/policy': POLICY });
    const port = server.port;
    const withCreds = await site({ '/go': redirect(`http://admin:hunter2@127.0.0.1:${port}/policy`) });
    const f = fetcher();
    const outcome = await f.fetch(`http://user:secret@127.0.0.1:${withCreds.port}/go`);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(JSON.stringify(outcome.page.redirects) + outcome.page.url + outcome.page.finalUrl).not.toMatch(/secret|hunter2/);
    for (const s of [server, withCreds]) expect(s.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
  });
});
