/** robots.txt per RFC 9309: RELIABILITY C1, C2, C3, C4 and the Crawl-delay cap of C5. */
import { describe, expect, it } from 'vitest';
import { interpretRobots, parseRobots, ROBOTS_MAX_BYTES } from '../../src/fetch/robots.js';
import { startSite, type LoopbackServer, type Route } from '../helpers/loopback-server.js';
import { closedAfterEach } from './fetch-test-config.js';
import { startRawServer } from './raw-servers.js';

const POLICY = '<!doctype html><title>Returns</title><p>' + 'Sofas can be returned within 14 days; we collect them for a fee of 40 euros. '.repeat(30);

/** C3: BOM, CRLF, a stray rule before the first group, our token in mixed case, patterns, an allow/disallow tie. */
const C3_ROBOTS = [
  '\uFEFFDisallow: /stray-rule',
  '',
  'User-agent: *',
  'Allow: /returns',
  'Disallow: /cart*',
  '',
  'User-agent: ServiceDiff',
  'Disallow: /returns',
  'Disallow: /*.pdf$',
  'Allow: /shipping',
  'Disallow: /shipping',
  'Allow: /help/',
  'Disallow: /help',
  '',
  'Sitemap: https://shop.example/sitemap.xml',
].join('\r\n');

describe('parseRobots (pure)', () => {
  const rules = parseRobots('https://shop.example/robots.txt', C3_ROBOTS);

  it.each([
    ['/returns', false, "our token's group disallows it although * allows it"],
    ['/returns/policy', false, 'prefix match'],
    ['/manual.pdf', false, '* and $ patterns'],
    ['/manual.pdf?x=1', true, '$ anchors the end'],
    ['/shipping', true, 'allow wins a tie of equal length'],
    ['/help/returns', true, 'the longest match (allow /help/) wins'],
    ['/helpdesk', false, 'disallow /help matches'],
    ['/stray-rule', true, 'rules before the first user-agent are ignored'],
    ['/cart', true, "the * group's rules do not apply to our token"],
  ])('%s allowed: %s (%s)', (path, allowed) => {
    expect(rules.isAllowed(`https://shop.example${path}`)).toBe(allowed);
  });

  it('lists sitemaps and reads Crawl-delay for our token', () => {
    expect(rules.sitemaps).toEqual(['https://shop.example/sitemap.xml']);
    expect(parseRobots('https://s.example/robots.txt', 'User-agent: servicediff\nCrawl-delay: 3\n').crawlDelaySeconds).toBe(3);
  });

  it('C4: parses only the first 500 KiB', () => {
    const padding = '# filler line for size\n'.repeat(Math.ceil((100 * 1024) / 23));
    const junk = 'Disallow: /everything-after-the-limit\n';
    const head = `User-agent: *\n${padding}Disallow: /returns\n`;
    const filler = '# more filler to pass the limit\n';
    let text = head + filler.repeat(Math.ceil((510 * 1024 - head.length) / filler.length));
    text += `User-agent: *\n${junk}`.repeat(3000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(ROBOTS_MAX_BYTES + 10 * 1024);
    const r = parseRobots('https://s.example/robots.txt', text);
    expect(r.isAllowed('https://s.example/returns')).toBe(false);
    expect(r.isAllowed('https://s.example/everything-after-the-limit')).toBe(true);
  });

  it.each([
    [200, 'rules'],
    [404, 'allow-all'],
    [410, 'allow-all'],
    [403, 'allow-all'],
    [401, 'allow-all'],
    [429, 'unreachable'],
    [500, 'unreachable'],
    [503, 'unreachable'],
  ])('status %i → %s (RFC 9309 §2.3.1)', (status, state) => {
    expect(interpretRobots('https://s.example/robots.txt', { kind: 'response', status, body: '', redirects: 0 }).state).toBe(state);
  });
});

const { site, serve, fetcher, track } = closedAfterEach();


const pagePaths = (server: LoopbackServer) => server.requests.map((r) => r.path).filter((p) => p !== '/robots.txt');

describe('C1: robots.txt unreachable → no page of the host this run', () => {
  it('when robots.txt answers 500 then zero page requests are made and robots.txt is fetched once', async () => {
    const server = await site({ '/robots.txt': { status: 500, body: 'oops' }, '/returns': POLICY, '/shipping': POLICY });
    const f = fetcher();
    const a = await f.fetch(server.url('/returns'));
    const b = await f.fetch(server.url('/shipping'));
    const verdict = await f.robots(server.url('/help'));
    for (const o of [a, b]) {
      expect(o.ok || o.failure.kind).toBe('robots-unreachable');
      expect(o.ok || o.failure.reason).toMatch(/robots\.txt answered 500; no page of this host fetched this run/);
    }
    expect(verdict.allowed).toBe(false);
    expect(pagePaths(server)).toEqual([]);
    expect(server.requests.filter((r) => r.path === '/robots.txt')).toHaveLength(1);
  });

  it('when robots.txt times out then zero page requests are made', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/robots.txt') return; // never answers
      res.end(POLICY);
    });
    const outcome = await fetcher({ firstByteTimeoutMs: 200 }).fetch(server.url('/returns'));
    expect(outcome.ok || outcome.failure.kind).toBe('robots-unreachable');
    expect(pagePaths(server)).toEqual([]);
  });

  it('when the connection is reset on robots.txt then zero page requests are made', async () => {
    const paths: string[] = [];
    const raw = await startRawServer((socket) => {
      socket.once('data', (chunk) => {
        paths.push(chunk.toString('latin1').split(' ')[1] ?? '');
        socket.resetAndDestroy();
      });
    });
    track(raw);
    const outcome = await fetcher().fetch(`${raw.origin}/returns`);
    expect(outcome.ok || outcome.failure.kind).toBe('robots-unreachable');
    expect(paths).toEqual(['/robots.txt']);
  });
});

describe('C2: robots.txt 4xx → allowed; 429 → unreachable', () => {
  it.each([404, 410, 403])('when robots.txt answers %i then pages are fetched', async (status) => {
    const server = await site({ '/robots.txt': { status, body: '' }, '/returns': POLICY });
    const outcome = await fetcher().fetch(server.url('/returns'));
    expect(outcome.ok).toBe(true);
  });

  it('when robots.txt answers 429 then no page is fetched', async () => {
    const server = await site({ '/robots.txt': { status: 429, body: '' }, '/returns': POLICY });
    const outcome = await fetcher().fetch(server.url('/returns'));
    expect(outcome.ok || outcome.failure.kind).toBe('robots-unreachable');
    expect(pagePaths(server)).toEqual([]);
  });
});

describe('C3: our group applies', () => {
  it('when our token (mixed case) disallows /returns while * allows it then /returns is not fetched, /shipping is', async () => {
    const server = await site({ '/robots.txt': { body: C3_ROBOTS, headers: { 'content-type': 'text/plain' } }, '/returns': POLICY, '/shipping': POLICY });
    const f = fetcher();
    const returns = await f.fetch(server.url('/returns'));
    const shipping = await f.fetch(server.url('/shipping'));
    expect(returns.ok || returns.failure.kind).toBe('robots-disallowed');
    expect(returns.ok || returns.failure.reason).toContain(`${server.origin}/robots.txt`);
    expect(shipping.ok).toBe(true);
    expect(pagePaths(server)).toEqual(['/shipping']);
    expect(await f.sitemapsOf(server.origin)).toEqual(['https://shop.example/sitemap.xml']);
  });
});

describe('C4: size and redirects', () => {
  it('when robots.txt is 600 KiB with the Disallow at 100 KiB then the Disallow is honoured', async () => {
    const head = `User-agent: *\n${'# padding\n'.repeat(10_240)}Disallow: /returns\n`;
    const junk = 'Allow: /junk-after-the-limit\n';
    const text = head + junk.repeat(Math.ceil((600 * 1024 - head.length) / junk.length));
    expect(text.length).toBeGreaterThanOrEqual(600 * 1024);
    const server = await site({ '/robots.txt': { body: text, headers: { 'content-type': 'text/plain' } }, '/returns': POLICY });
    const outcome = await fetcher().fetch(server.url('/returns'));
    expect(outcome.ok || outcome.failure.kind).toBe('robots-disallowed');
    expect(pagePaths(server)).toEqual([]);
  });

  function chain(hops: number): Record<string, Route> {
    const routes: Record<string, Route> = { '/final-robots.txt': { body: 'User-agent: *\nDisallow: /returns\n', headers: { 'content-type': 'text/plain' } } };
    for (let i = 0; i < hops; i += 1) {
      const from = i === 0 ? '/robots.txt' : `/robots-hop-${i}`;
      routes[from] = { status: 301, headers: { location: i === hops - 1 ? '/final-robots.txt' : `/robots-hop-${i + 1}` } };
    }
    routes['/returns'] = POLICY;
    return routes;
  }

  it('when robots.txt is behind 5 redirects then they are followed and its rules apply to the original host', async () => {
    const server = await site(chain(5));
    const outcome = await fetcher().fetch(server.url('/returns'));
    expect(outcome.ok || outcome.failure.kind).toBe('robots-disallowed');
    expect(pagePaths(server)).not.toContain('/returns');
  });

  it('when robots.txt is behind 6 redirects then it counts as unavailable (allowed), and that is noted', async () => {
    const server = await site(chain(6));
    const f = fetcher();
    const outcome = await f.fetch(server.url('/returns'));
    expect(outcome.ok).toBe(true);
    expect(server.requests.some((r) => r.path === '/final-robots.txt')).toBe(false);
    expect(f.notes.join('\n')).toMatch(/more than 5 redirects.*treated as unavailable/);
  });
});

describe('C5: Crawl-delay', () => {
  it('when Crawl-delay: 1 then requests to the host are at least 1 s apart (server clock)', async () => {
    const arrivals: number[] = [];
    const server = await serve((req, res) => {
      arrivals.push(Date.now());
      if (req.url === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('User-agent: *\nCrawl-delay: 1\n');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(POLICY);
    });
    const f = fetcher({ delayMs: 0, crawlDelayCapSeconds: 30 });
    const verdict = await f.robots(server.url('/a'));
    expect(verdict).toEqual({ allowed: true, crawlDelaySeconds: 1 });
    await Promise.all([f.fetch(server.url('/a')), f.fetch(server.url('/b'))]);
    expect(arrivals).toHaveLength(3);
    expect(arrivals[2]! - arrivals[1]!).toBeGreaterThanOrEqual(1000);
  });

  it('when Crawl-delay is over the cap then the host is skipped with a message and no page is requested', async () => {
    const server = await site({ '/robots.txt': { body: 'User-agent: *\nCrawl-delay: 10\n', headers: { 'content-type': 'text/plain' } }, '/returns': POLICY });
    const f = fetcher({ crawlDelayCapSeconds: 5 });
    const outcome = await f.fetch(server.url('/returns'));
    expect(outcome.ok || outcome.failure.kind).toBe('deferred');
    expect(outcome.ok || outcome.failure.reason).toMatch(/Crawl-delay: 10 s, over crawl\.crawlDelayCapSeconds \(5\); host skipped this run/);
    expect(pagePaths(server)).toEqual([]);
  });
});

describe('a re-scan asks for robots.txt conditionally (FetchRuntime.previousRobots, PageFetcher.robotsFile)', () => {
  /** A first run's fetcher: what it hands on for the next scan to remember. */
  async function firstRun(server: LoopbackServer) {
    const f = fetcher();
    await f.robots(server.url('/'));
    return f.robotsFile(server.origin);
  }
  const robotsAsked = (server: LoopbackServer, from: number) => server.requests.slice(from).filter((r) => r.path === '/robots.txt');

  it('a 304 applies the remembered rules, although the answer carries no text', async () => {
    const routes: Record<string, Route> = { '/robots.txt': 'User-agent: *\nDisallow: /private\n', '/returns': POLICY, '/private': POLICY };
    const server = track(await startSite(routes, { validators: true }));
    const file = await firstRun(server);
    expect(file).toMatchObject({ url: server.url('/robots.txt'), etag: expect.any(String), text: routes['/robots.txt'] });

    const from = server.requests.length;
    const f = fetcher({}, { previousRobots: (url) => (url === file?.url ? file : undefined) });
    expect((await f.fetch(server.url('/private'))).ok).toBe(false);
    expect((await f.fetch(server.url('/returns'))).ok).toBe(true);
    expect(robotsAsked(server, from).map((r) => r.headers['if-none-match'])).toEqual([file?.etag]);
    expect(server.requests.slice(from).some((r) => r.path === '/private')).toBe(false);
    // Still the same file for the run after.
    expect(await f.robotsFile(server.origin)).toEqual(file);
  });

  it('a robots.txt that now disallows a path takes effect, and replaces the remembered one', async () => {
    const routes: Record<string, Route> = { '/robots.txt': 'User-agent: *\nDisallow: /cart\n', '/returns': POLICY };
    const server = track(await startSite(routes, { validators: true }));
    const file = await firstRun(server);
    routes['/robots.txt'] = 'User-agent: *\nDisallow: /returns\n';
    const from = server.requests.length;
    const f = fetcher({}, { previousRobots: () => file ?? undefined });
    const outcome = await f.fetch(server.url('/returns'));
    expect(outcome.ok || outcome.failure.kind).toBe('robots-disallowed');
    expect(server.requests.slice(from).some((r) => r.path === '/returns')).toBe(false);
    const next = await f.robotsFile(server.origin);
    expect(next?.text).toContain('Disallow: /returns');
    expect(next?.etag).not.toBe(file?.etag);
  });

  it('an unreachable robots.txt leaves the remembered file as it was (undefined), and no page is fetched (C1)', async () => {
    const routes: Record<string, Route> = { '/robots.txt': 'User-agent: *\nDisallow: /cart\n', '/returns': POLICY };
    const server = track(await startSite(routes, { validators: true }));
    const file = await firstRun(server);
    routes['/robots.txt'] = { status: 503, body: 'busy' };
    const from = server.requests.length;
    const f = fetcher({}, { previousRobots: () => file ?? undefined });
    expect((await f.fetch(server.url('/returns'))).ok).toBe(false);
    expect(server.requests.slice(from).map((r) => r.path)).toEqual(['/robots.txt']);
    expect(await f.robotsFile(server.origin)).toBeUndefined();
  });

  it('a robots.txt now gone (404) is forgotten (null); one without validators is not remembered', async () => {
    const routes: Record<string, Route> = { '/robots.txt': 'User-agent: *\nDisallow: /cart\n' };
    const server = track(await startSite(routes, { validators: true }));
    const file = await firstRun(server);
    delete routes['/robots.txt'];
    const f = fetcher({}, { previousRobots: () => file ?? undefined });
    await f.robots(server.url('/'));
    expect(await f.robotsFile(server.origin)).toBeNull();
    const plain = await site({ '/robots.txt': 'User-agent: *\nDisallow: /cart\n' });
    expect(await firstRun(plain)).toBeNull();
  });
});
