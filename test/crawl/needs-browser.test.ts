import { describe, expect, it } from 'vitest';
import { decideFromShape, needsBrowser, policyBlocks, type PageShape } from '../../src/crawl/needs-browser.js';
import { parsePage } from '../../src/extract/extract-terms.js';
import type { Category } from '../../src/terms.js';
import { staticLookAlikeRoutes, storefrontRoutes, type PolicyDelivery } from '../helpers/storefront.js';

const policyText = 'You may return any unworn item within thirty days of delivery for a refund to the original card. '.repeat(8);
const staticPolicy = `<html><body><h1>Returns</h1><p>${policyText}</p></body></html>`;

const decide = (html: string, categories: Category[] = ['returns'], mode: 'auto' | 'never' | 'always' = 'auto', type?: string) =>
  needsBrowser(parsePage(html, type), categories, mode, type);

function bodyOf(routes: ReturnType<typeof storefrontRoutes>, path: string): string {
  const route = routes[path];
  if (typeof route === 'string') return route;
  if (route && typeof route === 'object' && 'body' in route && typeof route.body === 'string') return route.body;
  throw new Error(`no static body at ${path}`);
}

describe('needsBrowser: decided on the main content, not the whole text (issue 12)', () => {
  it.each<[string, string, boolean]>([
    ['a static policy page', staticPolicy, false],
    ['an empty React root', '<html><body><div id="root"></div><script src="/app.js"></script></body></html>', true],
    ['a Next.js shell with a short header', '<html><body><div id="__next"><header>Shop</header></div><script src="/_next/x.js"></script></body></html>', true],
    ['a scripted page whose main content is only a heading (an empty box a script fills)', '<html><body><main><h1>Returns</h1><div class="rte" data-src="/api/returns"></div></main><script src="/r.js"></script></body></html>', true],
    // Prose that is not about the category is the page's content all the same: a browser would show the same text.
    ['a long scripted page of prose about something else', `<html><body><main><p>${'We weave linen in a small mill by the river. '.repeat(20)}</p></main><script>load()</script></body></html>`, false],
    ['policy wording only inside <script> does not count as text', `<html><body><script>var t="${policyText}"</script></body></html>`, true],
    [
      'policy words only in the header, menu and footer around a "Loading…" placeholder',
      `<html><body><header><nav><a href="/returns">Returns</a></nav></header><main><h1>Returns policy</h1><p>Loading…</p></main><footer><p>${policyText}</p></footer><script src="/p.js"></script></body></html>`,
      true,
    ],
    [
      'a link list in the main content (mostly link text) is navigation, not the policy',
      `<html><body><main><h1>Help</h1><ul>${['Returns and refunds for every order you place', 'How to return an item you bought online', 'Refund times for returned items'].map((t) => `<li><a href="/x">${t}</a></li>`).join('')}</ul></main><script src="/p.js"></script></body></html>`,
      true,
    ],
    [
      'a complete static policy beside an empty widget root and an "enable JavaScript" note',
      `<html><body><main><h1>Returns</h1><p>${policyText}</p><div id="app"></div><noscript>Please enable JavaScript to see reviews.</noscript></main><script src="/w.js"></script></body></html>`,
      false,
    ],
  ])('%s → needed %s', (_name, html, expected) => {
    expect(decide(html).needed).toBe(expected);
  });

  it.each<[PolicyDelivery | `look-alike of ${Exclude<PolicyDelivery, 'static'>}`, boolean]>([
    ['mount-point', true],
    ['embedded-payload', true],
    ['help-widget', true],
    ['empty-box', true],
    ['static', false],
    ['look-alike of mount-point', false],
    ['look-alike of embedded-payload', false],
    ['look-alike of help-widget', false],
    ['look-alike of empty-box', false],
  ])('storefront returns page delivered as %s (full chrome, same scripts) → needed %s', (kind, expected) => {
    const routes = kind.startsWith('look-alike of ')
      ? staticLookAlikeRoutes(kind.slice('look-alike of '.length) as Exclude<PolicyDelivery, 'static'>)
      : storefrontRoutes(kind as PolicyDelivery);
    const decision = decide(bodyOf(routes, '/pages/returns'));
    expect(decision.needed).toBe(expected);
    if (expected) expect(decision.signals[0]).toMatch(/^no returns sentence in the static main content/);
  });

  it('a page found for several categories (an FAQ) needs a sentence of one of them, not of each', () => {
    const faq = `<html><body><main><h1>FAQ</h1><p>Orders ship within two business days from our warehouse.</p></main><script src="/a.js"></script></body></html>`;
    expect(decide(faq, ['returns', 'shipping', 'support']).needed).toBe(false);
    // Kept for returns alone, it states shipping and is no shell: its content is there, a browser adds nothing.
    expect(decide(faq, ['returns']).needed).toBe(false);
    const shell = `<html><body><main><h1>FAQ</h1><div class="faq-app"><p>Loading…</p></div></main><script src="/a.js"></script></body></html>`;
    expect(decide(shell, ['returns', 'shipping', 'support']).needed).toBe(true);
  });

  it('says what kind of shell it saw beside the reason', () => {
    const signals = decide('<html><body><main><div id="root"><p>Loading…</p></div></main><noscript>You need to enable JavaScript to run this app.</noscript><script src="/a.js"></script></body></html>').signals;
    expect(signals).toEqual([
      expect.stringMatching(/^no returns sentence/),
      'a loading placeholder stands where the content goes',
      'an app mount point with little text (SPA)',
      'the main content holds no sentence, only headings, labels or links',
      'a <noscript> asks to enable JavaScript',
    ]);
  });

  describe('a page kept for a category it does not state is rendered only when it is a shell', () => {
    const page = (main: string) => `<html><body><header><a href="/pages/warranty">Warranty</a></header><main>${main}</main><script src="/theme.js"></script></body></html>`;
    const terms = page('<h1>Terms of service</h1><p>These terms govern the use of this store.</p><p>Orders are accepted once payment clears.</p>');
    const shippingText = '<p>Orders ship within two business days from our warehouse by tracked post.</p>'.repeat(6);
    const shipping = page(`<h1>Shipping</h1>${shippingText}<div id="app"></div>`);

    it('a short terms page kept for warranty and guarantee is read as it is: real prose, no shell', () => {
      expect(decide(terms, ['warranty', 'guarantee'])).toEqual({ needed: false, signals: [] });
    });

    it('a shipping page kept for guarantee is read as it is, though it mounts an empty reviews widget', () => {
      expect(decide(shipping, ['guarantee']).needed).toBe(false);
    });

    it('one short line of another topic beside an empty app mount point is no page of its own: rendered', () => {
      expect(decide(page('<h1>Returns</h1><p>Contact us by email if you have any question.</p><div id="app"></div>'), ['returns']).needed).toBe(true);
    });

    it('the same page with a loading placeholder in its main content is rendered: the placeholder says text is on its way', () => {
      const loading = page(`<h1>Shipping</h1><p>Orders ship within two business days from our warehouse.</p><div class="pb"><p>Loading…</p></div>`);
      expect(decide(loading, ['guarantee']).needed).toBe(true);
    });

    it('a page whose only sentence is the asked category is never rendered, shell or not', () => {
      expect(decide(shipping, ['shipping']).needed).toBe(false);
    });
  });

  it('guards the link-density boundary: half link text is still content, more is navigation', () => {
    const block = (linkChars: number) => ({ text: 'abcd efgh', headingPath: [], kind: 'paragraph' as const, linkChars });
    expect(policyBlocks([block(4)]).blocks).toHaveLength(1);
    expect(policyBlocks([block(5)]).blocks).toHaveLength(0);
  });

  it('guards the sentence length: a four-word badge states nothing, five words do', () => {
    const page = (p: string) => `<html><body><main><h1>Returns</h1><p>${p}</p></main><script src="/a.js"></script></body></html>`;
    expect(decide(page('Free returns, always easy')).needed).toBe(true);
    expect(decide(page('Free returns within thirty days')).needed).toBe(false);
  });

  it('never renders a page that runs no script, however short: a browser cannot add text to it', () => {
    const shortStatic = '<html><body><main><h1>Returns</h1><p>Loading…</p></main></body></html>';
    expect(decide(shortStatic)).toEqual({ needed: false, signals: [] });
    const shape: PageShape = { mainLength: 0, stated: [], asked: ['returns'], statedOther: [], prose: false, spaRoot: true, noscriptHint: true, hasScripts: false, placeholder: true };
    expect(decideFromShape(shape).needed).toBe(false);
    expect(decideFromShape({ ...shape, hasScripts: true }).needed).toBe(true);
  });

  it('scripts after the main content are counted even when the parse skips that tail', () => {
    const long = `<html><body><main><h1>About</h1><p>${'We make things by hand in a small workshop by the sea. '.repeat(10)}</p><p>Loading…</p></main><footer>x</footer><script src="/late.js"></script></body></html>`;
    expect(parsePage(long).markup.scripts).toBe(1);
    // The placeholder alone would be vetoed on a page that runs no script: the late script is what makes it a shell.
    expect(decide(long).needed).toBe(true);
  });

  it('crawl.browser never: not rendered, but the signals are kept so the crawl can report needs-browser', () => {
    const decision = decide('<div id="root"></div><script src="/app.js"></script>', ['returns'], 'never');
    expect(decision.needed).toBe(false);
    expect(decision.signals.length).toBeGreaterThan(0);
  });

  it('crawl.browser always renders even a static page; plain text is never rendered', () => {
    expect(decide(staticPolicy, ['returns'], 'always').needed).toBe(true);
    expect(decide('short', ['returns'], 'always', 'text/plain').needed).toBe(false);
  });
});
