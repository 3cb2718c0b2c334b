/**
 * Storefront pages built the way real shop themes build them, for the render-decision tests (issue 12): a full
 * static chrome (announcement bar, header with a mega menu naming "Returns", "Shipping" and "Contact", footer columns
 * of policy links, a newsletter form, a large inline theme-settings script) around a main part that is either the
 * policy itself or a stand-in that scripts fill. All wording is written in-house.
 */
import type { Route } from './loopback-server.js';

/** How the policy reaches the page. */
export type PolicyDelivery =
  /** In the static HTML. */
  | 'static'
  /** (a) an empty app mount point; an external script fetches the text from a JSON endpoint. */
  | 'mount-point'
  /** (b) a "Loading…" placeholder; an inline script fills it from a JSON payload embedded in the page. */
  | 'embedded-payload'
  /** (c) a "Loading…" placeholder; a help-centre widget script fetches the article from a JSON endpoint. */
  | 'help-widget'
  /** (d) the title and an empty content box, no placeholder; an external script fetches the text into the box. */
  | 'empty-box'
  /** (b') like (b), but the embedded payload is the shop's story (prose of no category); the text comes from an endpoint. */
  | 'payload-of-other-text'
  /** (b'') like (b), but the embedded payload is the shipping policy; the returns text comes from an endpoint. */
  | 'payload-of-other-policy'
  /** (d') like (d), but the JSON the box names is the product's reviews; the returns text comes from another endpoint. */
  | 'box-naming-other-json';

/** The returns policy every variant delivers: 45 days, refund to the original payment method, 6% restocking fee. */
export const RETURNS_POLICY_HTML = [
  '<h2>Sending something back</h2>',
  '<p>You may send back any unworn item within 45 days of delivery for a full refund.</p>',
  '<p>Refunds go to your original payment method once the parcel reaches our workshop.</p>',
  '<p>Opened electronics carry a 6% restocking fee.</p>',
].join('');

const THEME_SETTINGS = JSON.stringify({
  colors: { accent: '#c25b2a', background: '#fffaf4' },
  cart: { type: 'drawer', note: true },
  // The theme's own strings name every policy: they must never count as the page's policy.
  strings: { returns: 'Returns', shipping: 'Shipping', freeShipping: 'Free shipping on orders over $60', loading: 'Loading…' },
  products: Array.from({ length: 60 }, (_, i) => ({ id: 9000 + i, title: `Linen throw ${i + 1}`, price: 4200 + i * 10 })),
});

/** The shared chrome: everything a theme puts around its main part, long and full of policy words. */
export function storefrontPage(title: string, main: string, extraHead = '', extraBody = ''): string {
  const menu = ['New in', 'Bedding', 'Bath', 'Kitchen', 'Gifts', 'Sale']
    .map((c) => `<li class="mega-menu__item"><a href="/collections/${c.toLowerCase().replace(/\s+/g, '-')}">${c}</a><ul>${['Bestsellers', 'Linen', 'Cotton', 'Wool'].map((s) => `<li><a href="/collections/${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></li>`)
    .join('');
  const help = '<li><a href="/pages/returns">Returns</a></li><li><a href="/pages/shipping">Shipping</a></li><li><a href="/pages/contact">Contact</a></li>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} – Tidewater Linen</title>
<script>window.themeSettings = ${THEME_SETTINGS};</script><script src="/assets/theme.js" defer></script>${extraHead}</head><body>
<div class="announcement-bar" role="region"><p>Free shipping on orders over $60 and free returns within 45 days of delivery.</p></div>
<header class="site-header"><a href="/">Tidewater Linen</a><nav class="header__menu"><ul>${menu}<li><span>Help</span><ul>${help}</ul></li></ul></nav></header>
<div class="page-width"><div class="breadcrumbs"><a href="/">Home</a> / <span>${title}</span></div>
<main id="MainContent"><h1>${title}</h1>${main}</main>
<div class="help-strip"><p><a href="/pages/returns">Read our returns policy</a> · <a href="/pages/shipping">Shipping rates and times</a> · <a href="/pages/contact">Contact customer service</a></p></div></div>
<footer class="site-footer"><div class="footer__column"><h3>Customer care</h3><ul>${help}<li><a href="/pages/warranty">Warranty</a></li></ul></div>
<div class="footer__column"><h3>About</h3><ul><li><a href="/policies/terms-of-service">Terms of service</a></li></ul><p>We weave bedding and bath linen in small batches and ship it to most of Europe and North America.</p></div>
<form class="newsletter" action="/contact#newsletter"><label>Join our list for 10% off your first order and early news of returns to stock</label><input type="email" name="email"><button>Sign up</button></form></footer>
${extraBody}</body></html>`;
}

/** Prose of no policy category: the shop's story, as a page builder's section might embed it. */
const STORY_PARAGRAPHS = [
  'We weave bedding and bath linen in a small mill by the river.',
  'Every throw is washed twice and folded by hand before it is packed.',
  'Our oldest loom was built before any of the team was born.',
];
/** The shipping policy, as another section's payload might embed it on the returns page. */
const SHIPPING_PARAGRAPHS = [
  'Orders leave our mill within two working days of payment.',
  'Standard delivery takes four to six working days to most addresses.',
  'Parcels over $80 ship free, and every parcel gets a tracking link by email.',
];

/** Reviews of no policy category, as a product's review widget might load them. */
const REVIEW_PARAGRAPHS = [
  'Lovely soft throw, it washed well and kept its colour.',
  'The linen is heavier than I expected, in a good way.',
  'Bought two for the guest room and both look great.',
];
/** A script that fills the page's box from the returns endpoint, whatever the page's markup names. */
const POLICY_SCRIPT = {
  headers: { 'content-type': 'application/javascript' },
  body: `(async () => { document.querySelector('#policy-body, .rte').innerHTML = (await (await fetch('/api/policies/returns.json')).json()).html; })();`,
};

/** A short terms page of real prose that states no policy category. */
export const TERMS_HTML = '<p>These terms govern your use of this store and every order placed through it.</p><p>Orders are accepted once payment has cleared.</p>';

/** A small theme script every variant loads, so the static pages run scripts exactly like the scripted ones. */
const THEME_JS = 'document.documentElement.classList.add("js");';

/** The routes of one shop whose returns page is delivered as `delivery`; the home page links to it. */
export function storefrontRoutes(delivery: PolicyDelivery): Record<string, Route> {
  const json = { headers: { 'content-type': 'application/json' } };
  const js = { headers: { 'content-type': 'application/javascript' } };
  const routes: Record<string, Route> = {
    '/robots.txt': 'User-agent: *\nDisallow: /cart\n',
    '/': storefrontPage('Home', '<p>Bedding and bath linen, woven in small batches.</p>'),
    '/assets/theme.js': { ...js, body: THEME_JS },
    // Linked from every footer, short, about none of the categories: the best candidate for warranty and guarantee
    // of a shop that has no page for them, and complete as it is.
    '/policies/terms-of-service': storefrontPage('Terms of service', TERMS_HTML),
  };
  switch (delivery) {
    case 'static':
      routes['/pages/returns'] = storefrontPage('Returns policy', RETURNS_POLICY_HTML);
      break;
    case 'mount-point':
      routes['/pages/returns'] = storefrontPage('Returns policy', '<div id="app" data-page="returns"></div>', '', '<script src="/assets/app.js" defer></script>');
      routes['/assets/app.js'] = {
        ...js,
        body: `(async () => { const root = document.getElementById('app');
  const data = await (await fetch('/api/pages/' + root.dataset.page + '.json')).json(); root.innerHTML = data.html; })();`,
      };
      routes['/api/pages/returns.json'] = { ...json, body: JSON.stringify({ html: RETURNS_POLICY_HTML }) };
      break;
    case 'embedded-payload':
      routes['/pages/returns'] = storefrontPage(
        'Returns policy',
        '<div class="rte" id="policy-body"><p class="placeholder">Loading…</p></div>',
        '',
        `<script type="application/json" id="policy-data">${JSON.stringify({ body: RETURNS_POLICY_HTML })}</script>
<script>document.getElementById('policy-body').innerHTML = JSON.parse(document.getElementById('policy-data').textContent).body;</script>`,
      );
      break;
    case 'help-widget':
      routes['/pages/returns'] = storefrontPage(
        'Returns policy',
        '<div class="help-article" data-article="returns-policy"><span>Loading…</span></div>',
        '',
        '<script src="/assets/help-widget.js" async></script>',
      );
      routes['/assets/help-widget.js'] = {
        ...js,
        body: `(function () { var el = document.querySelector('.help-article');
  fetch('/api/help/articles/' + el.getAttribute('data-article') + '.json').then(function (r) { return r.json(); })
    .then(function (a) { el.innerHTML = a.article.body; }); })();`,
      };
      routes['/api/help/articles/returns-policy.json'] = { ...json, body: JSON.stringify({ article: { id: 7, body: RETURNS_POLICY_HTML } }) };
      break;
    case 'box-naming-other-json':
      routes['/pages/returns'] = storefrontPage('Returns policy', '<div class="rte" data-reviews-src="/api/reviews/summary.json"></div>', '', '<script src="/assets/policy.js" defer></script>');
      routes['/api/reviews/summary.json'] = { ...json, body: JSON.stringify({ reviews: REVIEW_PARAGRAPHS.map((body, id) => ({ id, body })) }) };
      routes['/assets/policy.js'] = POLICY_SCRIPT;
      routes['/api/policies/returns.json'] = { ...json, body: JSON.stringify({ html: RETURNS_POLICY_HTML }) };
      break;
    case 'payload-of-other-text':
    case 'payload-of-other-policy': {
      const prose = delivery === 'payload-of-other-text' ? STORY_PARAGRAPHS : SHIPPING_PARAGRAPHS;
      routes['/pages/returns'] = storefrontPage(
        'Returns policy',
        '<div class="rte" id="policy-body"><p class="placeholder">Loading…</p></div>',
        '',
        `<script type="application/json" id="section-data">${JSON.stringify({ blocks: prose.map((p) => ({ type: 'paragraph', html: `<p>${p}</p>` })) })}</script>
<script src="/assets/policy.js" defer></script>`,
      );
      routes['/assets/policy.js'] = POLICY_SCRIPT;
      routes['/api/policies/returns.json'] = { ...json, body: JSON.stringify({ html: RETURNS_POLICY_HTML }) };
      break;
    }
    case 'empty-box':
      routes['/pages/returns'] = storefrontPage('Returns policy', '<div class="rte" data-content-src="/api/content/returns.json"></div>', '', '<script src="/assets/content.js" defer></script>');
      routes['/assets/content.js'] = {
        ...js,
        body: `(async () => { const box = document.querySelector('[data-content-src]');
  box.innerHTML = (await (await fetch(box.getAttribute('data-content-src'))).json()).html; })();`,
      };
      routes['/api/content/returns.json'] = { ...json, body: JSON.stringify({ html: RETURNS_POLICY_HTML }) };
      break;
  }
  return routes;
}

/**
 * The static look-alike of each scripted kind: the same chrome, the same scripts and (for the payload) an embedded
 * JSON payload of other data, but the policy is in the static HTML.
 */
export function staticLookAlikeRoutes(of: Exclude<PolicyDelivery, 'static'>): Record<string, Route> {
  const routes = storefrontRoutes(of);
  const scripted = {
    'mount-point': '<div id="app" data-page="reviews"></div>',
    'embedded-payload': '',
    'help-widget': '',
    'empty-box': '<div class="rte" data-content-src="/api/content/reviews.json"></div>',
    'payload-of-other-text': '',
    'payload-of-other-policy': '',
    'box-naming-other-json': '<div class="rte" data-reviews-src="/api/reviews/summary.json"></div>',
  }[of];
  const extraBody = {
    'mount-point': '<script src="/assets/app.js" defer></script>',
    'empty-box': '<script src="/assets/content.js" defer></script>',
    'embedded-payload': `<script type="application/json" id="recently-viewed">${JSON.stringify({ items: [9001, 9002] })}</script>`,
    'help-widget': '<script src="/assets/help-widget.js" async></script>',
    // The same chrome and the policy's own payload: read from the static HTML, never from the payload.
    'payload-of-other-text': `<script type="application/json" id="section-data">${JSON.stringify({ body: RETURNS_POLICY_HTML })}</script>`,
    'payload-of-other-policy': `<script type="application/json" id="section-data">${JSON.stringify({ body: RETURNS_POLICY_HTML })}</script>`,
    'box-naming-other-json': '<script src="/assets/policy.js" defer></script>',
  }[of];
  routes['/pages/returns'] = storefrontPage('Returns policy', `${RETURNS_POLICY_HTML}${scripted}`, '', extraBody);
  return routes;
}
