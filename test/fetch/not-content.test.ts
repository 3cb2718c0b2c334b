/** Pages that are not content: RELIABILITY B3 (bot walls), B4 (soft 404, empty) and login walls. */
import { describe, expect, it } from 'vitest';
import { classifyPage, compareWithProbe, needsProbe, textSimilarity, visibleText, type PageSignals } from '../../src/fetch/not-content.js';
import { startServer } from '../helpers/loopback-server.js';
import { closedAfterEach } from './fetch-test-config.js';

const POLICY = '<!doctype html><title>Returns and refunds</title><nav>Home Shop</nav><h1>Returns</h1><p>' +
  'Return any lamp within 30 days in its original box; we refund the price and the original shipping. '.repeat(25);
const CHALLENGE = '<!doctype html><html><head><title>Just a moment...</title></head><body><p>Checking your browser before accessing the shop.</p><script>/* challenge */</script></body></html>';
const PRESS_AND_HOLD = '<!doctype html><title>Access denied</title><h1>Access denied</h1><p>Press &amp; Hold to confirm you are a human (and not a bot).</p>';
const NOT_FOUND_TEMPLATE = (path: string) =>
  `<!doctype html><title>Lamp Corner</title><nav>Home Shop Lamps Contact</nav><h1>Oops, nothing here</h1><p>We looked everywhere for ${path} but it seems to have wandered off. Try the search box or go back to the home page to keep browsing our lamps.</p><footer>Lamp Corner 2026 · Returns · Shipping · Contact</footer>`;
const LOGIN = '<!doctype html><title>Sign in</title><h1>Sign in to your account</h1><form><input name="email"><input type="password" name="pw"><button>Log in</button></form>';

function signals(body: string, extra: Partial<PageSignals> = {}): PageSignals {
  return { status: 200, finalUrl: 'https://lamps.example/returns', redirects: [], headers: {}, body, contentType: 'text/html', ...extra };
}

describe('classification (pure)', () => {
  it.each([
    ['a real policy', signals(POLICY), undefined],
    ['403 + cf-mitigated: challenge', signals(CHALLENGE, { status: 403, headers: { 'cf-mitigated': 'challenge' } }), 'blocked'],
    ['a 200 "Just a moment…" interstitial', signals(CHALLENGE), 'blocked'],
    ['a 200 "Access denied / Press & Hold" page', signals(PRESS_AND_HOLD), 'blocked'],
    ['redirected to /sorry/', signals(POLICY, { redirects: ['https://lamps.example/returns'], finalUrl: 'https://lamps.example/sorry/index' }), 'blocked'],
    ['an empty 200', signals(''), 'empty'],
    ['only whitespace and a comment', signals('  <!-- nothing -->\n '), 'empty'],
    ['a sign-in form', signals(LOGIN), 'login-wall'],
    ['redirected to /account/login', signals(POLICY, { redirects: ['https://lamps.example/returns'], finalUrl: 'https://lamps.example/account/login?next=/returns' }), 'login-wall'],
    ['a 200 titled "Page not found"', signals('<title>Page not found | Lamp Corner</title><p>Sorry.</p>'), 'soft-404'],
  ])('%s → %s', (_name, page, kind) => {
    expect(classifyPage(page)?.kind).toBe(kind);
  });

  it('a script-only page is not empty: it is the browser stage that decides', () => {
    expect(classifyPage(signals('<div id="root"></div><script src="/app.js"></script>'))).toBeUndefined();
  });

  it('a long policy that mentions "access denied" in passing is not a bot wall', () => {
    expect(classifyPage(signals(`${POLICY}<p>Access denied claims must be filed within 14 days.</p>`))).toBeUndefined();
  });

  it('visibleText drops script, style, template and comments', () => {
    expect(visibleText('<p>a</p><script>b</script><style>c</style><template>d</template><!-- e --><noscript>f</noscript><p>g</p>')).toBe('a g');
  });

  it('the probe decides only for near-identical pages, never when it got a real 404', () => {
    const page = signals(NOT_FOUND_TEMPLATE('/returns'));
    const probe = { status: 200, text: visibleText(NOT_FOUND_TEMPLATE('/servicediff-probe-x')), url: 'https://lamps.example/servicediff-probe-x', finalUrl: 'https://lamps.example/servicediff-probe-x' };
    expect(textSimilarity(visibleText(POLICY), probe.text)).toBeLessThan(0.1);
    expect(compareWithProbe(page, probe)?.kind).toBe('soft-404');
    expect(compareWithProbe(page, { ...probe, status: 404 })).toBeUndefined();
    expect(compareWithProbe(signals(POLICY), probe)).toBeUndefined();
    expect(needsProbe(page)).toBe(true);
    expect(needsProbe(signals(POLICY))).toBe(false);
  });
});

const { site, fetcher, track } = closedAfterEach();


describe('B3: bot walls through the fetcher', () => {
  it('when 403 comes with cf-mitigated: challenge and "Just a moment…" then the page is blocked and not retried', async () => {
    const server = await site({ '/returns': { status: 403, headers: { 'cf-mitigated': 'challenge' }, body: CHALLENGE } });
    const outcome = await fetcher().fetch(server.url('/returns'));
    expect(outcome.ok || outcome.failure.kind).toBe('blocked');
    expect(outcome.ok || outcome.failure.reason).toMatch(/cf-mitigated: challenge/);
    expect(server.requests.filter((r) => r.path === '/returns')).toHaveLength(1);
  });

  it('when a challenge is served as 503 then it is blocked without retries', async () => {
    const server = await site({ '/returns': { status: 503, body: CHALLENGE } });
    const outcome = await fetcher().fetch(server.url('/returns'));
    expect(outcome.ok || outcome.failure.kind).toBe('blocked');
    expect(server.requests.filter((r) => r.path === '/returns')).toHaveLength(1);
  });

  it('when a 200 says "Access denied / Press & Hold" then it is blocked', async () => {
    const server = await site({ '/returns': PRESS_AND_HOLD });
    const outcome = await fetcher().fetch(server.url('/returns'));
    expect(outcome.ok || outcome.failure.kind).toBe('blocked');
  });

  it('when the home page is a UTF-8 challenge then the page and the host\'s later URLs quote its words as written', async () => {
    // One verdict per response, read from the page as decoded (the home page is judged in its queue slot; the
    // fetch's own check must agree with it, ellipsis included).
    const wall = '<!doctype html><html><head><meta charset="utf-8"><title>Just a moment…</title></head><body><p>Checking your browser.</p></body></html>';
    const server = await site({ '/': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: wall }, '/returns': POLICY });
    const f = fetcher();
    const home = await f.fetch(server.url('/'));
    const returns = await f.fetch(server.url('/returns'));
    expect(home.ok || home.failure.reason).toMatch(/"Just a moment…"/);
    expect(returns.ok || returns.failure.kind).toBe('blocked');
    expect(returns.ok || returns.failure.reason).toMatch(/not requested; .*"Just a moment…"/);
    expect(server.requests.some((r) => r.path === '/returns')).toBe(false);
  });

  it('when the page redirects to /sorry/ then it is blocked and /sorry/ is never fetched', async () => {
    const server = await site({ '/returns': { status: 302, headers: { location: '/sorry/index?continue=/returns' } }, '/sorry/index': PRESS_AND_HOLD });
    const outcome = await fetcher().fetch(server.url('/returns'));
    expect(outcome.ok || outcome.failure.kind).toBe('blocked');
    expect(server.requests.some((r) => r.path.startsWith('/sorry'))).toBe(false);
  });
});

describe('B4: soft 404 and empty pages through the fetcher', () => {
  it('when /returns is the same 200 template a random path gets then it is soft-404, and the probe is fetched once per host', async () => {
    const server = await startServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/robots.txt') {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(path === '/shipping' ? POLICY : NOT_FOUND_TEMPLATE(path));
    });
    track(server);
    const f = fetcher();
    const returns = await f.fetch(server.url('/returns'));
    const warranty = await f.fetch(server.url('/warranty'));
    const shipping = await f.fetch(server.url('/shipping'));
    expect(returns.ok || returns.failure.kind).toBe('soft-404');
    expect(returns.ok || returns.failure.reason).toMatch(/same page a random path gets/);
    expect(warranty.ok || warranty.failure.kind).toBe('soft-404');
    expect(shipping.ok).toBe(true);
    const probes = server.requests.filter((r) => r.path.startsWith('/servicediff-probe-'));
    expect(probes).toHaveLength(1);
  });

  it('when the not-found template is a storefront page of 100 KB of inline script then its visible text still decides', async () => {
    // The fetcher keeps the probe's text for the run, not its HTML; the state scripts differ per response (a request
    // id, a cart token), the words a shopper sees do not.
    let served = 0;
    const template = (path: string) =>
      NOT_FOUND_TEMPLATE(path).replace('<nav>', `<script>window.__state = ${JSON.stringify({ request: (served += 1), catalogue: 'lamp '.repeat(20_000) })}</script><nav>`);
    const server = await startServer((req, res) => {
      const path = req.url ?? '/';
      res.writeHead(path === '/robots.txt' ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(path === '/robots.txt' ? '' : template(path));
    });
    track(server);
    const returns = await fetcher().fetch(server.url('/returns'));
    expect(served).toBe(2);
    expect(returns.ok || returns.failure.kind).toBe('soft-404');
  });

  it('when /returns and any unknown path redirect to the home page then /returns is soft-404; a moved policy is kept', async () => {
    const server = await startServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/robots.txt') {
        res.writeHead(404);
        res.end();
        return;
      }
      if (path === '/' || path === '/policies/returns') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(POLICY);
        return;
      }
      res.writeHead(302, { location: path === '/returns-old' ? '/policies/returns' : '/' });
      res.end();
    });
    track(server);
    const f = fetcher();
    const returns = await f.fetch(server.url('/returns'));
    const moved = await f.fetch(server.url('/returns-old'));
    expect(returns.ok || returns.failure.kind).toBe('soft-404');
    expect(returns.ok || returns.failure.reason).toMatch(/where any unknown path of the site goes/);
    expect(moved.ok).toBe(true);
    expect(server.requests.filter((r) => r.path.startsWith('/servicediff-probe-'))).toHaveLength(1);
  });

  it('when a site answers unknown paths with a real 404 then a short page is kept', async () => {
    const server = await site({ '/faq': '<!doctype html><title>FAQ</title><p>Returns are free within 30 days.</p>' });
    const outcome = await fetcher().fetch(server.url('/faq'));
    expect(outcome.ok).toBe(true);
  });

  it('when /returns answers 200 with an empty body then it is empty', async () => {
    const server = await site({ '/returns': { body: '' } });
    const outcome = await fetcher().fetch(server.url('/returns'));
    expect(outcome.ok || outcome.failure.kind).toBe('empty');
  });

  it('when /returns answers 404 then it is not-found with the status', async () => {
    const server = await site({});
    const outcome = await fetcher().fetch(server.url('/returns'));
    expect(outcome.ok || outcome.failure.kind).toBe('not-found');
    expect(outcome.ok || outcome.failure.status).toBe(404);
  });

  it('when the page is a sign-in form then it is a login wall', async () => {
    const server = await site({ '/returns': LOGIN });
    const outcome = await fetcher().fetch(server.url('/returns'));
    expect(outcome.ok || outcome.failure.kind).toBe('login-wall');
  });
});
