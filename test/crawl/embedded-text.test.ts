/**
 * Reading a client-rendered page's policy from the payload embedded in its own HTML (issue 12), pure: each payload
 * shape real storefronts use, each look-alike that must be left to the browser, and the limits that keep a hostile
 * payload from costing more than itself. All wording is written in-house.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_JSON_DEPTH,
  MAX_PAYLOADS,
  MAX_WALK_NODES,
  MAX_ENDPOINTS,
  findPayloads,
  literalEnd,
  namedEndpoints,
  parsePayload,
  readEmbeddedText,
  readEndpointText,
} from '../../src/crawl/embedded-text.js';
import { pageText } from '../../src/extract/page-text.js';

const RETURNS = [
  'You may send back any unworn item within 45 days of delivery for a full refund.',
  'Refunds go to your original payment method once the parcel reaches our workshop.',
  'Opened electronics carry a 6% restocking fee.',
];
const RETURNS_HTML = `<h2>Sending something back</h2>${RETURNS.map((s) => `<p>${s}</p>`).join('')}`;
const SHIPPING = [
  'Orders leave our workshop within two working days of payment.',
  'Standard delivery takes four to six working days to most addresses.',
  'Parcels over $80 ship free, and every parcel gets a tracking link.',
];

/** A page with the chrome left out: a loading box, then `scripts`. */
function shell(scripts: string): string {
  return `<!doctype html><html><head><title>Returns – Tidewater Linen</title></head><body><main><h1>Returns policy</h1><div id="policy"><p>Loading…</p></div></main>${scripts}</body></html>`;
}
const json = (value: unknown, attrs = 'type="application/json"') => `<script ${attrs}>${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
const NAMES = { title: 'Returns' };
const textOf = (html: string) => pageText(html, 'text/html').blocks.map((b) => b.text).join('\n');

describe('readEmbeddedText: payload shapes real storefronts ship', () => {
  it('a Next.js-style data script whose page props hold the policy as an HTML string', () => {
    const page = shell(json({ props: { pageProps: { page: { handle: 'returns', title: 'Returns', body: RETURNS_HTML } } }, page: '/pages/[handle]', buildId: 'b1' }, 'id="__NEXT_DATA__" type="application/json"'));
    const read = readEmbeddedText(page, ['returns'], { title: 'Returns – Tidewater Linen', heading: 'Returns policy' })!;
    expect(read.from).toEqual(['script#__NEXT_DATA__']);
    const text = textOf(read.html);
    for (const sentence of RETURNS) expect(text).toContain(sentence);
    expect(text).toContain('Sending something back');
    // The rebuilt page is named like the static one.
    expect(pageText(read.html, 'text/html').title).toBe('Returns – Tidewater Linen');
  });

  it('a window state assignment of JSON (the store state a bundle hydrates from)', () => {
    const state = JSON.stringify({ cms: { entries: [{ slug: 'returns', html: RETURNS_HTML }] }, cart: { items: [] } });
    const read = readEmbeddedText(shell(`<script>window.__INITIAL_STATE__ = ${state};window.dataLayer=[];</script>`), ['returns'], NAMES)!;
    expect(read.from).toEqual(['window.__INITIAL_STATE__']);
    expect(textOf(read.html)).toContain(RETURNS[0]);
  });

  it('rich-text runs split mid-sentence at each mark are joined into their sentence (text / value / t keys)', () => {
    const runs = (key: string, s: string) => {
      const cut = s.indexOf(' ', s.length / 2);
      return [{ [key]: s.slice(0, cut + 1), marks: [] }, { [key]: s.slice(cut + 1), marks: ['strong'] }];
    };
    for (const key of ['text', 'value', 't']) {
      const body = { type: 'root', children: RETURNS.map((s) => ({ type: 'paragraph', children: runs(key, s) })) };
      const read = readEmbeddedText(shell(json({ page: 'returns', body })), ['returns'], NAMES);
      expect(read, key).toBeDefined();
      for (const sentence of RETURNS) expect(textOf(read!.html), key).toContain(sentence);
    }
  });

  it('a plain-text body of several lines is one document', () => {
    const read = readEmbeddedText(shell(json({ policy: { body: RETURNS.join('\n\n') } })), ['returns'], NAMES);
    expect(textOf(read!.html)).toContain(RETURNS[2]);
  });
});

describe('readEmbeddedText: look-alikes stay with the browser', () => {
  it('a payload of unrelated prose', () => {
    const about = ['We weave linen in a small mill by the river.', 'Every throw is washed twice before it leaves us.', 'Our looms are older than most of the team.'];
    expect(readEmbeddedText(shell(json({ page: { body: about.map((s) => `<p>${s}</p>`).join('') } })), ['returns'], NAMES)).toBeUndefined();
  });

  it('a payload whose prose is another category’s policy', () => {
    expect(readEmbeddedText(shell(json({ page: { body: SHIPPING.map((s) => `<p>${s}</p>`).join('') } })), ['returns'], NAMES)).toBeUndefined();
  });

  it('a dictionary of interface strings that name the policy one sentence at a time', () => {
    const strings = { freeReturns: 'Free returns within 45 days of delivery on every order.', cartError: 'Something went wrong while updating your cart.', soldOut: 'This item is sold out for now.' };
    expect(readEmbeddedText(shell(`<script>window.themeStrings = ${JSON.stringify(strings)};</script>`), ['returns'], NAMES)).toBeUndefined();
  });

  it('a catalogue in which one product blurb in many mentions returns', () => {
    const products = Array.from({ length: 12 }, (_, i) => ({
      id: i,
      title: `Linen throw ${i}`,
      description: i === 3 ? 'Free returns on this throw within 45 days of delivery.' : `A soft throw woven in our mill, size ${i + 1}. Washed twice before it leaves us.`,
    }));
    expect(readEmbeddedText(shell(json({ products })), ['returns'], NAMES)).toBeUndefined();
  });

  it('a bare mount point whose bundle fetches the text: nothing embedded', () => {
    const page = '<!doctype html><html><head><title>Returns</title></head><body><div id="root"></div><script src="/assets/app.js" defer></script></body></html>';
    expect(readEmbeddedText(page, ['returns'], NAMES)).toBeUndefined();
  });

  it('a JavaScript object literal (not JSON) is never evaluated: the page is left to the browser', () => {
    const page = shell(`<script>window.policy = { body: ${JSON.stringify(RETURNS_HTML)}, seen: (function(){ window.ran = true; return 1; })() };</script>`);
    expect(readEmbeddedText(page, ['returns'], NAMES)).toBeUndefined();
  });

  it('a payload inside an HTML comment or with a src is not the page’s', () => {
    const commented = shell(`<!-- ${json({ body: RETURNS_HTML })} -->`);
    expect(readEmbeddedText(commented, ['returns'], NAMES)).toBeUndefined();
    expect(findPayloads(`<script src="/state.js">window.s = ${JSON.stringify({ body: RETURNS_HTML })};</script>`)).toEqual([]);
  });

  it('script tags are found in any letter case, on a page whose text is outside Latin-1', () => {
    const page = `<title>Returns – Shop</title><SCRIPT Type="application/json" id="policy">${JSON.stringify({ body: RETURNS_HTML })}</Script><script>window.state = {"a": 1};</SCRIPT>`;
    expect(findPayloads(page).map((p) => p.name)).toEqual(['script#policy', 'window.state']);
    expect(readEmbeddedText(page, ['returns'], NAMES)).toBeDefined();
  });

  it('ld+json is the extractor’s (extract/jsonld.ts), not a payload', () => {
    expect(findPayloads(json({ '@type': 'MerchantReturnPolicy', description: RETURNS.join(' ') }, 'type="application/ld+json"'))).toEqual([]);
  });
});

describe('readEmbeddedText: limits', () => {
  it('a literal nested deeper than MAX_JSON_DEPTH is refused before JSON.parse', () => {
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 1)}"x"${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    expect(literalEnd(deep, 0)).toBeUndefined();
    expect(parsePayload(deep)).toBeUndefined();
    const ok = `${'['.repeat(MAX_JSON_DEPTH)}"x"${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(parsePayload(ok)).toBeDefined();
  });

  it('a policy nested 100,000 arrays deep costs only itself: refused, no stack overflow', () => {
    const deep = `<script type="application/json">${'['.repeat(100_000)}${JSON.stringify(RETURNS_HTML)}${']'.repeat(100_000)}</script>`;
    expect(readEmbeddedText(shell(deep), ['returns'], NAMES)).toBeUndefined();
  });

  it('brackets and quotes inside strings do not end a literal', () => {
    const text = `{"a":"} ] \\" '","b":['x']}`;
    expect(literalEnd(text, 0)).toBe(text.length);
  });

  it('reads at most MAX_PAYLOADS payloads of a page', () => {
    const many = Array.from({ length: MAX_PAYLOADS + 10 }, (_, i) => json({ i })).join('');
    expect(findPayloads(many)).toHaveLength(MAX_PAYLOADS);
  });

  it('an HTML string nested past the page depth limit is not cleaned', () => {
    const bomb = `${'<div>'.repeat(600)}${RETURNS_HTML}${'</div>'.repeat(600)}`;
    expect(readEmbeddedText(shell(json({ body: bomb })), ['returns'], NAMES)).toBeUndefined();
  });

  it('markup in a payload string becomes text, never markup of the rebuilt page', () => {
    const hostile = `${RETURNS_HTML}<p>Returns are also taken in store <script>alert(1)</script><img src=x onerror=alert(2)>.</p>`;
    const read = readEmbeddedText(shell(json({ body: hostile })), ['returns'], NAMES)!;
    expect(read.html).not.toMatch(/<script|<img/i);
  });
});

describe('namedEndpoints / readEndpointText: a JSON endpoint the page’s widget names', () => {
  const PAGE = 'http://127.0.0.1:8080/pages/returns';

  it('a data attribute naming a same-origin .json URL, relative or absolute, with its query', () => {
    const html = '<div class="rte" data-content-src="/api/content/returns.json"></div><div data-src="http://127.0.0.1:8080/help/a.json?locale=en&amp;v=2"></div>';
    expect(namedEndpoints(html, PAGE)).toEqual(['http://127.0.0.1:8080/api/content/returns.json', 'http://127.0.0.1:8080/help/a.json?locale=en&v=2']);
  });

  it('another origin, a script-built URL, a non-JSON URL or a src attribute is never asked', () => {
    const html = [
      '<div data-content-src="https://help.example.com/api/articles/7.json"></div>',
      '<div data-content-src="//127.0.0.1:9090/api/a.json"></div>',
      "<script>fetch('/api/help/articles/' + id + '.json')</script>",
      '<div data-page="returns"></div><div data-content-src="/api/content/returns.html"></div>',
      '<script src="/api/bundle.json"></script>',
    ].join('');
    expect(namedEndpoints(html, PAGE)).toEqual([]);
  });

  it('at most MAX_ENDPOINTS, each once', () => {
    const html = Array.from({ length: MAX_ENDPOINTS + 3 }, (_, i) => `<div data-a="/x/${i % (MAX_ENDPOINTS + 1)}.json"></div>`).join('');
    const named = namedEndpoints(html, PAGE);
    expect(named).toHaveLength(MAX_ENDPOINTS);
    expect(new Set(named).size).toBe(MAX_ENDPOINTS);
  });

  it('an endpoint’s JSON is read with the same document check as a payload', () => {
    const article = JSON.stringify({ article: { id: 7, body: RETURNS_HTML } });
    expect(textOf(readEndpointText('/api/a.json', article, ['returns'], NAMES)!.html)).toContain(RETURNS[1]);
    expect(readEndpointText('/api/a.json', article, ['shipping'], NAMES)).toBeUndefined();
    expect(readEndpointText('/api/a.json', '{"article":', ['returns'], NAMES)).toBeUndefined();
  });
});

describe('readEmbeddedText: a payload read only in part is not used', () => {
  it('a policy whose payload runs past MAX_WALK_NODES is left to the browser, not read in half', () => {
    const filler = Array.from({ length: MAX_WALK_NODES }, (_, i) => i);
    const page = shell(json({ body: RETURNS_HTML, catalogue: filler }));
    expect(readEmbeddedText(page, ['returns'], NAMES)).toBeUndefined();
    // The same policy without the filler is read.
    expect(readEmbeddedText(shell(json({ body: RETURNS_HTML })), ['returns'], NAMES)).toBeDefined();
  });
});
