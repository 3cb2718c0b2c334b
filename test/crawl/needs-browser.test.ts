import { describe, expect, it } from 'vitest';
import { decideFromShape, MIN_POLICY_TEXT, needsBrowser, type PageShape } from '../../src/crawl/needs-browser.js';

const policyText = 'You may return any unworn item within thirty days of delivery for a refund to the original card. '.repeat(8);
const staticPolicy = `<html><body><h1>Returns</h1><p>${policyText}</p></body></html>`;

describe('needsBrowser: signals table (issue 3, browser only when needed)', () => {
  it.each<[string, string, boolean]>([
    ['a static policy page', staticPolicy, false],
    ['an empty React root', '<html><body><div id="root"></div><script src="/app.js"></script></body></html>', true],
    ['a Next.js shell with a short header', '<html><body><div id="__next"><header>Shop</header></div><script src="/_next/x.js"></script></body></html>', true],
    ['a noscript "enable JavaScript" hint on a long page', `<html><body><noscript>Please enable JavaScript to view this page.</noscript><p>${'Lorem ipsum dolor sit amet. '.repeat(40)}</p><script>1</script></body></html>`, true],
    ['a long scripted page without any policy keyword', `<html><body><p>${'Lorem ipsum dolor sit amet. '.repeat(40)}</p><script>load()</script></body></html>`, true],
    ['policy wording only inside <script> does not count as text', `<html><body><script>var t="${policyText}"</script></body></html>`, true],
  ])('%s → needed %s', (_name, html, expected) => {
    expect(needsBrowser(html, ['returns'], 'auto').needed).toBe(expected);
  });

  it('guards the MIN_POLICY_TEXT boundary', () => {
    const base: PageShape = { textLength: MIN_POLICY_TEXT, spaRoot: false, noscriptHint: false, hasScripts: true, keywordHits: 1 };
    expect(decideFromShape(base).needed).toBe(false);
    expect(decideFromShape({ ...base, textLength: MIN_POLICY_TEXT - 1 }).needed).toBe(true);
  });

  it('never renders a page that runs no script, however short: a browser cannot add text to it', () => {
    const shortStatic = '<html><body><main><h1>Returns</h1><p>Return items within 30 days.</p></main></body></html>';
    expect(needsBrowser(shortStatic, ['returns'], 'auto')).toEqual({ needed: false, signals: [] });
    const shortScripted = `${shortStatic.replace('</body>', '<script src="/app.js"></script></body>')}`;
    expect(needsBrowser(shortScripted, ['returns'], 'auto').needed).toBe(true);
  });

  it('crawl.browser never: not rendered, but the signals are kept so the crawl can report needs-browser', () => {
    const decision = needsBrowser('<div id="root"></div><script src="/app.js"></script>', ['returns'], 'never');
    expect(decision.needed).toBe(false);
    expect(decision.signals.length).toBeGreaterThan(0);
  });

  it('crawl.browser always renders even a static page; plain text is never rendered', () => {
    expect(needsBrowser(staticPolicy, ['returns'], 'always').needed).toBe(true);
    expect(needsBrowser('short', ['returns'], 'always', 'text/plain').needed).toBe(false);
  });
});
