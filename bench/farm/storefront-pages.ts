/**
 * Markup of a storefront site (storefront-plan.ts): every route of one site, bodies built on request from blocks
 * made once per site, so 200 sites of 40–150 KB pages cost the farm a few MB, not a GB. The markup is written here
 * for the farm; its structure (announcement bar, mega menu, footer columns, newsletter form, inline theme settings and
 * catalogue state, a help-centre embed that boots from a queue stub) follows public storefront themes and widget
 * embeds that were read for study.
 *
 * Where the policy text lives, per render kind:
 *   static           — in <main>, as paragraphs;
 *   inline-payload   — a "Loading…" box, and a JSON payload of text runs that an inline script joins into the box;
 *                      the marker sentence is split over runs, so it appears whole only once the script ran;
 *   widget-endpoint  — a "Loading…" box; the help-centre script fetches /apps/helpcentre/api/v2/articles/<id>.json;
 *   app-mount        — an empty mount point; the bundle fetches /api/storefront/content<path>.json.
 */
import { rng } from '../bench-utils.js';
import type { Category } from '../../src/terms.js';
import { POLICY_PARAGRAPHS } from './site-plan.js';
import { FARM_SEED, type StorefrontPlan, type StorefrontPolicy } from './storefront-plan.js';

/** A route of a site: a page built on request, or a redirect. */
export type FarmRoute =
  | { readonly kind: 'page'; readonly type: string; readonly status?: number; readonly body: () => string }
  | { readonly kind: 'redirect'; readonly status: 301 | 302; readonly location: string };

const HTML = 'text/html; charset=utf-8';
const XML = 'application/xml; charset=utf-8';
const JS = 'application/javascript; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

const HEADINGS: Record<Category, string> = {
  returns: 'Returns and exchanges',
  shipping: 'Shipping and delivery',
  support: 'Contact us',
  warranty: 'Warranty',
  guarantee: 'Our guarantee',
};

/** Small inline icons (drawn for the farm): every real theme repeats a handful of SVGs in its chrome. */
const ICONS = {
  caret: '<svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"><path fill="currentColor" fill-rule="evenodd" d="M1 1l4 4 4-4" stroke="currentColor" stroke-width="1.4"/></svg>',
  search: '<svg class="icon icon-search" aria-hidden="true" focusable="false" viewBox="0 0 18 19" fill="none"><circle cx="7.5" cy="7.5" r="6" stroke="currentColor" stroke-width="1.4"/><path d="M12 12l5 5.5" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"/></svg>',
  account: '<svg class="icon icon-account" aria-hidden="true" focusable="false" viewBox="0 0 18 19" fill="none"><circle cx="9" cy="5.5" r="4" stroke="currentColor" stroke-width="1.4"/><path d="M1.5 18c.8-4 3.6-6 7.5-6s6.7 2 7.5 6" stroke="currentColor" stroke-width="1.4"/></svg>',
  cart: '<svg class="icon icon-cart" aria-hidden="true" focusable="false" viewBox="0 0 40 40" fill="none"><path d="M8 10h26l-3 15H11L8 10zm0 0L6.5 5H3" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/><circle cx="13" cy="31" r="2.2" fill="currentColor"/><circle cx="29" cy="31" r="2.2" fill="currentColor"/></svg>',
  card: '<svg class="icon icon--full-color" viewBox="0 0 38 24" width="38" height="24" role="img"><rect width="38" height="24" rx="3" fill="#f4f4f4" stroke="#ddd"/><rect x="4" y="15" width="18" height="3" rx="1" fill="#888"/><circle cx="29" cy="8" r="4" fill="#bbb"/></svg>',
} as const;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Paragraphs of a policy page: the category's wording, the site's marker, a closing line. */
function policyParagraphs(plan: StorefrontPlan, policy: StorefrontPolicy): string[] {
  return [...POLICY_PARAGRAPHS[policy.category], policy.marker, `Questions about this page? The ${plan.name} team answers every message.`];
}

/** Theme settings as inline JSON. */
function settingsBlock(plan: StorefrontPlan, random: () => number): string {
  const colours = ['#121212', '#f3f3f3', '#334fb4', '#c8a26b', '#2e5e4e', '#a23b2a'];
  const settingsObject: Record<string, unknown> = {};
  for (let i = 0; i < 140; i++) {
    const key = `${['type', 'color', 'spacing', 'buttons', 'inputs', 'cards', 'badges', 'drawers', 'media'][i % 9]}_${['radius', 'border_opacity', 'shadow_blur', 'padding', 'scheme', 'font_scale', 'thickness', 'offset'][i % 8]}_${i}`;
    settingsObject[key] = i % 3 === 0 ? colours[i % colours.length] : i % 3 === 1 ? Math.floor(random() * 100) : random() < 0.5;
  }
  return `<script type="application/json" id="theme-settings" data-theme="${plan.platform}">${scriptJson(settingsObject)}</script>`;
}

/** The catalogue state, `budget` characters of it: the bulk of every real storefront page. */
function catalogueBlock(plan: StorefrontPlan, random: () => number, budget: number, id: string): string {
  const products: unknown[] = [];
  let size = 0;
  for (let i = 0; size < budget; i++) {
    const group = plan.menu[i % Math.max(1, plan.menu.length)];
    const handle = `${group?.handle ?? 'item'}-${i + 1}`;
    const product = {
      id: 7_000_000_000 + plan.index * 10_000 + i,
      handle,
      title: `${group?.items[i % Math.max(1, group.items.length)] ?? 'Item'} no. ${i + 1}`,
      vendor: plan.name,
      type: group?.title ?? 'Goods',
      tags: ['new', 'bestseller', 'gift', 'limited', 'eco'].filter(() => random() < 0.4),
      price: Math.floor(random() * 20_000) + 900,
      compare_at_price: random() < 0.3 ? Math.floor(random() * 30_000) + 900 : null,
      available: random() < 0.9,
      featured_image: `/cdn/shop/files/${handle}-${Math.floor(random() * 1e6).toString(16)}.jpg?v=17${i}`,
      variants: ['S', 'M', 'L', 'XL'].slice(0, 1 + Math.floor(random() * 4)).map((option, k) => ({
        id: 40_000_000_000 + plan.index * 100_000 + i * 10 + k,
        title: option,
        sku: `${plan.index}-${i}-${option}`,
        inventory_policy: random() < 0.5 ? 'deny' : 'continue',
        weight_grams: Math.floor(random() * 2000),
      })),
    };
    size += JSON.stringify(product).length + 1;
    products.push(product);
  }
  return `<script type="application/json" id="${id}">${scriptJson({ currency: 'USD', locale: 'en', products })}</script>`;
}

/** Everything of one site's pages except <main>: built once per site. */
interface Chrome {
  head(title: string, path: string): string;
  readonly top: string;
  readonly bottom: string;
  /** Inline state of the site's weight, for pages without the chrome (the headless app's hydration state). */
  readonly appState: string;
}

/** Characters left for <main> when the catalogue is sized to the site's weight. */
const MAIN_ALLOWANCE = 2500;

function chromeOf(plan: StorefrontPlan, origin: string): Chrome {
  const random = rng(FARM_SEED ^ (plan.index * 104_729));
  const settings = settingsBlock(plan, random);
  const linkOf = (p: StorefrontPolicy) => p.aliases?.[0] ?? p.path;
  const headerLinks = plan.policies.filter((p) => p.inHeader);
  const footerLinks = plan.policies.filter((p) => p.linkText);
  const css = `<style>:root{${Array.from({ length: 60 }, (_, i) => `--sd-var-${i}:${Math.floor(random() * 255)},${Math.floor(random() * 255)},${Math.floor(random() * 255)}`).join(';')}}
body{font-family:var(--font-body-family);color:rgba(var(--sd-var-1),.75)}.page-width{max-width:120rem;margin:0 auto;padding:0 1.5rem}
.announcement-bar{text-align:center}.mega-menu__content{position:absolute;left:0;right:0}.footer-block__heading{font-size:1.6rem}</style>`;
  const analytics = `<script>window.dataLayer=window.dataLayer||[];function track(){dataLayer.push(arguments)}
track('consent','default',{analytics_storage:'granted',ad_storage:'denied'});track('config','SD-${(plan.index * 7919).toString(36).toUpperCase()}',{send_page_view:true});
window.ShopMeta=${scriptJson({ shop: plan.name, currency: 'USD', theme: { name: 'Harbour', version: '9.0.1', role: 'main' }, page: { pageType: 'page' } })};
(function(){var q=[];window.pixel=function(){q.push(arguments)};var s=document.createElement('script');s.async=true;s.src='/cdn/theme/pixel.js';document.head.appendChild(s)})();</script>`;
  const scripts = ['constants', 'pubsub', 'global', 'details-disclosure', 'details-modal', 'search-form']
    .map((name) => `<script src="/cdn/theme/${name}.js" defer="defer"></script>`)
    .join('');
  const head = (title: string, path: string) =>
    `<!doctype html><html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="${origin}${path}"><title>${escapeHtml(title)} – ${escapeHtml(plan.name)}</title><meta name="description" content="${escapeHtml(plan.name)}: goods made to last."><meta property="og:site_name" content="${escapeHtml(plan.name)}">${scripts}${css}${settings}${analytics}</head>`;

  const megaMenu = plan.menu
    .map(
      (group, g) => `<li><header-menu><details id="Details-HeaderMenu-${g + 1}" class="mega-menu"><summary id="HeaderMenu-${group.handle}" class="header__menu-item list-menu__item link"><span>${group.title}</span>${ICONS.caret}</summary>
<div id="MegaMenu-Content-${g + 1}" class="mega-menu__content gradient global-settings-popup" tabindex="-1"><ul class="mega-menu__list page-width" role="list">${group.items
        .map((item) => {
          const handle = item.toLowerCase().replace(/[^a-z0-9]+/g, '-');
          const sub = ['New in', 'Best sellers', 'On sale']
            .map((s) => `<li><a href="/collections/${handle}-${s.toLowerCase().replace(/ /g, '-')}" class="mega-menu__link link">${s}</a></li>`)
            .join('');
          return `<li><a href="/collections/${handle}" class="mega-menu__link mega-menu__link--level-2 link">${escapeHtml(item)}</a><ul class="list-unstyled" role="list">${sub}</ul></li>`;
        })
        .join('')}</ul></div></details></header-menu></li>`,
    )
    .join('');
  const helpMenu = `<li><header-menu><details class="mega-menu"><summary class="header__menu-item list-menu__item link"><span>Help</span>${ICONS.caret}</summary><div class="mega-menu__content" tabindex="-1"><ul class="mega-menu__list page-width" role="list">${headerLinks
    .map((p) => `<li><a href="${linkOf(p)}" class="mega-menu__link mega-menu__link--level-2 link">${escapeHtml(p.linkText!)}</a></li>`)
    .join('')}${plan.faq ? '<li><a href="/pages/faq" class="mega-menu__link link">FAQ</a></li>' : ''}<li><a href="/apps/track-order" class="mega-menu__link link">Track an order</a></li></ul></div></details></header-menu></li>`;
  const announcement = `<div class="utility-bar"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Announcement"><a href="${plan.announcement.href}" class="announcement-bar__link link link--text"><p class="announcement-bar__message h5"><span>${escapeHtml(plan.announcement.text)}</span></p></a></div></div></div>`;
  const header = `<div class="section-header"><sticky-header class="header-wrapper"><header class="header header--middle-left page-width"><a href="/" class="header__heading-link link"><span class="h2">${escapeHtml(plan.name)}</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${megaMenu}${helpMenu}<li><a href="/blogs/journal" class="header__menu-item list-menu__item link"><span>Journal</span></a></li></ul></nav>
<div class="header__icons"><a href="/search" class="header__icon link" aria-label="Search">${ICONS.search}</a><a href="/account/login" class="header__icon link" aria-label="Log in">${ICONS.account}</a><a href="/cart" class="header__icon link" id="cart-icon-bubble" aria-label="Cart">${ICONS.cart}<div class="cart-count-bubble"><span aria-hidden="true">0</span></div></a></div></header></sticky-header></div>`;
  const top = `<body class="gradient template-page"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>${announcement}${header}<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">`;

  const column = (heading: string, links: string) =>
    `<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">${heading}</h2><ul class="footer-block__details-content list-unstyled">${links}</ul></div>`;
  const li = (href: string, text: string) => `<li><a href="${href}" class="link link--text list-menu__item list-menu__item--link">${escapeHtml(text)}</a></li>`;
  const shop = plan.menu.map((g) => li(`/collections/${g.handle}`, g.title)).join('') + li('/collections/all', 'Shop all');
  const help = footerLinks.map((p) => li(linkOf(p), p.linkText!)).join('') + (plan.faq ? li('/pages/faq', 'FAQ') : '') + li('/apps/track-order', 'Track your order');
  const about = li('/pages/about', 'Our story') + li('/blogs/journal', 'Journal') + li('/pages/stockists', 'Stockists') + li('/pages/careers', 'Careers');
  const newsletter = `<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Join the list</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer"><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email" required><label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe">${ICONS.caret}</button></div></div></form><p>New arrivals and the odd offer, once a month.</p></div></div>`;
  const bottomPolicies = [['/policies/privacy-policy', 'Privacy policy'] as const, ['/policies/terms-of-service', 'Terms of service'] as const, ...plan.disallowedPages.filter((d) => d.linkText).map((d) => [d.path, d.linkText!] as const)]
    .map(([href, text]) => `<li><small class="copyright__content"><a href="${href}">${escapeHtml(text)}</a></small></li>`)
    .join('');
  const footer = `<footer class="footer gradient"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">${column('Shop', shop)}${column('Help', help)}${column('About', about)}</div>${newsletter}</div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list">${Array.from({ length: 7 }, () => `<li class="list-payment__item">${ICONS.card}</li>`).join('')}</ul></div><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, ${escapeHtml(plan.name)}</small><ul class="policies list-unstyled">${bottomPolicies}</ul></div></div></div></footer>`;
  const helpdesk =
    plan.platform === 'helpdesk'
      ? `<script>window.HelpCentre=window.HelpCentre||function(){(window.HelpCentre.q=window.HelpCentre.q||[]).push(arguments)};HelpCentre('boot',{key:'hc-${plan.index}-${(plan.index * 2654435761 >>> 0).toString(16)}',launcher:true,locale:'en'});</script><script id="hc-embed" async src="/apps/helpcentre/embed.js?key=hc-${plan.index}"></script>`
      : '';
  const tail = `<ul hidden><li id="a11y-refresh-page-message">Choosing a selection refreshes the page.</li><li id="a11y-new-window-message">Opens in a new window.</li></ul>
<script>window.shopUrl=${scriptJson(origin)};window.routes={cart_add_url:'/cart/add',cart_change_url:'/cart/change',cart_update_url:'/cart/update',cart_url:'/cart',predictive_search_url:'/search/suggest'};window.cartStrings={error:'There was an error while updating your cart.',quantityError:'You can only add [quantity] of this item to your cart.'};</script>
CATALOGUE${helpdesk}<script src="/cdn/theme/cart-drawer.js" defer="defer"></script>`;
  const rest = head('Returns and exchanges', '/pages/returns-and-exchanges').length + top.length + footer.length + tail.length + MAIN_ALLOWANCE;
  const budget = Math.max(8_000, plan.weightKb * 1024 - rest);
  const catalogue = catalogueBlock(plan, random, budget, 'catalogue-state');
  const bottom = `</main>${footer}${tail.replace('CATALOGUE', () => catalogue)}</body></html>`;
  const appState = settings + catalogueBlock(plan, random, Math.max(8_000, plan.weightKb * 1024 - settings.length - 1500), 'app-state');
  return { head, top, bottom, appState };
}

/** The inline page-builder renderer and payload of an inline-payload page (the marker split over text runs). */
function builderMain(plan: StorefrontPlan, policy: StorefrontPolicy, n: number): string {
  const runsOf = (text: string) => {
    // Split every sentence in two runs at a word boundary, as rich-text editors store marks; the renderer joins
    // them as plain text, so the sentence is whole in the rendered page and never whole in the static one.
    const cut = text.indexOf(' ', Math.floor(text.length / 2));
    return cut < 0 ? [{ t: text }] : [{ t: text.slice(0, cut + 1) }, { t: text.slice(cut + 1), m: ['b'] }];
  };
  const payload = {
    page: policy.path,
    version: 3,
    sections: [
      { type: 'heading', level: 1, runs: runsOf(HEADINGS[policy.category]) },
      ...policyParagraphs(plan, policy).map((p) => ({ type: 'paragraph', runs: runsOf(p) })),
    ],
    settings: { width: 'narrow', padding: 48, animate: true },
  };
  return `<div class="page-width"><div class="pb-page" id="pb-root-${n}" data-pb-page="${policy.path}"><div class="pb-loading" aria-busy="true"><span class="pb-spinner"></span><p>Loading…</p></div></div></div>
<script type="application/json" id="pb-data-${n}">${scriptJson(payload)}</script>
<script>(function(){var root=document.getElementById('pb-root-${n}');var data=JSON.parse(document.getElementById('pb-data-${n}').textContent);
function esc(s){return s.replace(/[&<>]/g,function(c){return{'&':'&amp;','<':'&lt;','>':'&gt;'}[c]})}
function runs(rs){return rs.map(function(r){return esc(r.t)}).join('')}
var html=data.sections.map(function(s){return s.type==='heading'?'<h'+s.level+' class="pb-heading">'+runs(s.runs)+'</h'+s.level+'>':'<p class="pb-text">'+runs(s.runs)+'</p>'}).join('');
setTimeout(function(){root.innerHTML='<div class="pb-section">'+html+'</div>'},30);})();</script>`;
}

/** The help-centre embed: boots from the queue stub, shows a launcher, fills every article box from the JSON API. */
const HELPCENTRE_EMBED = `(function(){var q=(window.HelpCentre&&window.HelpCentre.q)||[];var cfg={};q.forEach(function(a){if(a[0]==='boot')cfg=a[1]||{}});
window.HelpCentre=function(cmd,arg){if(cmd==='open')document.body.classList.add('hc-open')};
var launcher=document.createElement('button');launcher.className='hc-launcher';launcher.setAttribute('aria-label','Help');launcher.textContent='Help';
if(cfg.launcher)document.body.appendChild(launcher);
document.querySelectorAll('[data-hc-article]').forEach(function(box){
  fetch('/apps/helpcentre/api/v2/articles/'+box.getAttribute('data-hc-article')+'.json',{headers:{accept:'application/json'}})
    .then(function(r){return r.json()}).then(function(d){box.innerHTML='<article class="hc-article__body">'+d.article.body+'</article>';box.removeAttribute('aria-busy')})
    .catch(function(){box.textContent='This article could not be loaded.'});
});})();`;

/** The headless app bundle: renders a small chrome and the page content fetched as JSON. */
const APP_BUNDLE = `(function(){var mount=document.querySelector('[data-app-mount]');if(!mount)return;
fetch('/api/storefront/content'+location.pathname+'.json').then(function(r){return r.json()}).then(function(d){
  mount.innerHTML='<header class="app-header"><a href="/">'+d.shop+'</a></header><main class="app-main"><h1>'+d.title+'</h1>'+d.html+'</main><footer class="app-footer">'+d.footer+'</footer>';
});})();`;

const THEME_SCRIPT = `(function(){document.querySelectorAll('details.mega-menu').forEach(function(d){d.addEventListener('toggle',function(){d.classList.toggle('is-open',d.open)})});})();`;

/** Every route of one storefront site. */
export function storefrontRoutes(plan: StorefrontPlan, origin: string): Map<string, FarmRoute> {
  const chrome = chromeOf(plan, origin);
  const routes = new Map<string, FarmRoute>();
  const page = (path: string, body: () => string, type = HTML) => routes.set(path, { kind: 'page', type, body });
  const full = (title: string, path: string, main: string) => `${chrome.head(title, path)}${chrome.top}${main}${chrome.bottom}`;
  const rte = (title: string, paragraphs: readonly string[]) =>
    `<div class="page-width page-width--narrow section-main-padding"><h1 class="main-page-title page-title h0">${escapeHtml(title)}</h1><div class="rte">${paragraphs
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('')}</div></div>`;

  // Home: hero, featured products, journal cards (the decoys), an about block.
  const cards = plan.products
    .slice(0, 12)
    .map((p) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><a href="${p}" class="full-unstyled-link">${escapeHtml(p.split('/').pop()!.replace(/-/g, ' '))}</a><div class="price"><span class="price-item price-item--regular">$${(20 + (p.length % 40)).toFixed(2)} USD</span></div></div></li>`)
    .join('');
  const journal = plan.decoys.map((d) => `<li class="blog__post"><article class="article-card"><h3 class="card__heading"><a href="${d.path}">${escapeHtml(d.title)}</a></h3><p class="article-card__excerpt">Notes from the workshop.</p></article></li>`).join('');
  page('/', () =>
    full(
      'Home',
      '/',
      `<section class="banner"><div class="banner__content page-width"><h2 class="banner__heading h0">Made to be used every day</h2><a class="button" href="/collections/all">Shop all</a></div></section>
<section class="featured-collection page-width"><h2 class="title">Best sellers</h2><ul class="grid product-grid" role="list">${cards}</ul></section>
${journal ? `<section class="featured-blog page-width"><h2 class="title">From the journal</h2><ul class="blog__posts" role="list">${journal}</ul></section>` : ''}
<section class="image-with-text page-width"><h2>About ${escapeHtml(plan.name)}</h2><p>A small team making sturdy things, shipped from our own workshop.</p></section>`,
    ),
  );

  let builderCount = 0;
  for (const policy of plan.policies) {
    const title = HEADINGS[policy.category];
    switch (policy.render) {
      case 'static':
        page(policy.path, () => full(title, policy.path, rte(title, policyParagraphs(plan, policy))));
        break;
      case 'inline-payload': {
        const n = (builderCount += 1);
        page(policy.path, () => full(title, policy.path, builderMain(plan, policy, n)));
        break;
      }
      case 'widget-endpoint':
        page(policy.path, () =>
          full(
            title,
            policy.path,
            `<div class="page-width page-width--narrow"><h1 class="main-page-title page-title h0">${title}</h1><div class="hc-article" data-hc-article="${policy.articleId}" aria-busy="true"><p class="hc-article__loading">Loading…</p></div></div>`,
          ),
        );
        page(
          `/apps/helpcentre/api/v2/articles/${policy.articleId}.json`,
          () => JSON.stringify({ article: { id: policy.articleId, title, locale: 'en', body: policyParagraphs(plan, policy).map((p) => `<p>${escapeHtml(p)}</p>`).join('') } }),
          JSON_TYPE,
        );
        break;
      case 'app-mount':
        page(
          policy.path,
          () =>
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(plan.name)}</title><link rel="preload" as="script" href="/_app/main.js">${chrome.appState}</head><body><div id="${plan.mountId}" data-app-mount></div>${
              plan.index % 2 === 0 ? '<noscript>You need to enable JavaScript to run this app.</noscript>' : ''
            }<script src="/_app/main.js" defer></script></body></html>`,
        );
        page(
          `/api/storefront/content${policy.path}.json`,
          () =>
            JSON.stringify({
              shop: plan.name,
              title,
              html: policyParagraphs(plan, policy).map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
              footer: 'Shipping · Returns · Contact',
            }),
          JSON_TYPE,
        );
        break;
    }
    for (const alias of policy.aliases ?? []) routes.set(alias, { kind: 'redirect', status: 301, location: policy.path });
  }
  for (const d of plan.disallowedPages) {
    page(d.path, () => full(HEADINGS[d.category], d.path, rte(HEADINGS[d.category], [...POLICY_PARAGRAPHS[d.category], 'This copy is kept for our records only.'])));
  }
  for (const d of plan.decoys) {
    page(d.path, () =>
      full(d.title, d.path, rte(d.title, ['We talk a lot about how parcels leave the workshop.', 'This week: fewer boxes, more paper tape, and a van that charges overnight.', ...POLICY_PARAGRAPHS.shipping.slice(0, 1)])),
    );
  }
  page('/blogs/journal', () => full('Journal', '/blogs/journal', `<div class="page-width"><h1>Journal</h1><ul>${journal}</ul></div>`));
  for (const product of plan.products) {
    page(product, () => full(product, product, rte(product.split('/').pop()!.replace(/-/g, ' '), ['A well made thing.', 'Free returns on this item. Ships in two days.'])));
  }
  page('/pages/about', () => full('Our story', '/pages/about', rte('Our story', ['We started in a garage with one lathe.', 'Today we are twelve people and a dog.'])));
  page('/policies/privacy-policy', () => full('Privacy policy', '/policies/privacy-policy', rte('Privacy policy', ['We keep the data we need to send your order and nothing more.'])));
  page('/policies/terms-of-service', () =>
    full('Terms of service', '/policies/terms-of-service', rte('Terms of service', ['These terms govern the use of this store.', 'Orders are accepted once payment clears.'])),
  );
  if (plan.faq) {
    page('/pages/faq', () =>
      full('FAQ', '/pages/faq', rte('Frequently asked questions', ['How long does delivery take? Usually a few days.', 'Can I change my order? Write to us quickly and we will try.'])),
    );
  }
  const notFound = () => full('Page not found', '/404', rte('Page not found', ['The page you were looking for does not exist.', 'Continue shopping from the home page.']));
  routes.set('/404', { kind: 'page', type: HTML, status: 404, body: notFound });
  for (const name of ['constants', 'pubsub', 'global', 'details-disclosure', 'details-modal', 'search-form', 'cart-drawer', 'pixel']) {
    page(`/cdn/theme/${name}.js`, () => THEME_SCRIPT, JS);
  }
  if (plan.platform === 'helpdesk') page('/apps/helpcentre/embed.js', () => HELPCENTRE_EMBED, JS);
  if (plan.platform === 'headless') page('/_app/main.js', () => APP_BUNDLE, JS);

  addSitemaps(plan, origin, routes);
  const robots = [`# Crawling rules for ${plan.name}`, 'User-agent: *', ...plan.disallow.map((d) => `Disallow: ${d}`)];
  if (plan.sitemapLayout === 'index' || plan.sitemapLayout === 'many-files') robots.push('', `Sitemap: ${origin}/sitemap.xml`);
  if (plan.sitemapLayout === 'named-index') robots.push('', `Sitemap: ${origin}/sitemap_index.xml`);
  page('/robots.txt', () => robots.join('\n') + '\n', 'text/plain; charset=utf-8');
  return routes;
}

function addSitemaps(plan: StorefrontPlan, origin: string, routes: Map<string, FarmRoute>): void {
  const xml = (path: string, body: () => string) => routes.set(path, { kind: 'page', type: XML, body });
  const lastmod = (path: string) => `2026-11-0${1 + (path.length % 9)}T08:00:00Z`;
  const urlset = (paths: readonly string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths
      .map((p) => `<url><loc>${origin}${p}</loc><lastmod>${lastmod(p)}</lastmod><changefreq>weekly</changefreq></url>`)
      .join('\n')}</urlset>`;
  /**
   * Yoast SEO's index dates each file by its newest entry (<lastmod> per <sitemap>); Shopify's index, as the farm's
   * other layouts write it, gives no dates.
   */
  const datedIndex = (files: readonly (readonly [string, readonly string[]])[]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${files
      .map(([p, entries]) => `<sitemap><loc>${origin}${p}</loc><lastmod>${entries.map(lastmod).sort().at(-1) ?? '2026-11-01T08:00:00Z'}</lastmod></sitemap>`)
      .join('\n')}</sitemapindex>`;
  const index = (paths: readonly string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<sitemap><loc>${origin}${p}</loc></sitemap>`).join('\n')}</sitemapindex>`;
  const pages = [
    ...plan.policies.filter((p) => p.inSitemap).map((p) => p.path),
    ...plan.disallowedPages.filter((d) => d.inSitemap).map((d) => d.path),
    '/pages/about',
    ...(plan.faq ? ['/pages/faq'] : []),
  ];
  const blogs = ['/blogs/journal', ...plan.decoys.map((d) => d.path)];
  const collections = plan.menu.map((g) => `/collections/${g.handle}`);
  switch (plan.sitemapLayout) {
    case 'flat':
      xml('/sitemap.xml', () => urlset(['/', ...plan.products, ...collections, ...pages, ...blogs]));
      return;
    case 'index':
      xml('/sitemap.xml', () => index(['/sitemap_products_1.xml?from=1&to=24', '/sitemap_pages_1.xml', '/sitemap_collections_1.xml', '/sitemap_blogs_1.xml']));
      break;
    case 'named-index': {
      const files = [
        ['/post-sitemap.xml', blogs],
        ['/page-sitemap.xml', ['/', ...pages]],
        ['/product-sitemap.xml', plan.products],
        ['/product_cat-sitemap.xml', collections],
      ] as const;
      xml('/sitemap_index.xml', () => datedIndex(files));
      for (const [path, entries] of files) xml(path, () => urlset(entries));
      return;
    }
    case 'many-files': {
      const productFiles = Array.from({ length: plan.productSitemaps }, (_, i) => `/sitemap_products_${i + 1}.xml?from=${i * 5000 + 1}&to=${(i + 1) * 5000}`);
      xml('/sitemap.xml', () => index([...productFiles, '/sitemap_pages_1.xml', '/sitemap_collections_1.xml', '/sitemap_blogs_1.xml']));
      for (let i = 2; i <= plan.productSitemaps; i++) {
        xml(`/sitemap_products_${i}.xml`, () => urlset(Array.from({ length: 400 }, (_, k) => `/products/archive-${i}-${k + 1}`)));
      }
      break;
    }
  }
  xml('/sitemap_products_1.xml', () => urlset(plan.products));
  xml('/sitemap_pages_1.xml', () => urlset(['/', ...pages]));
  xml('/sitemap_collections_1.xml', () => urlset(collections));
  xml('/sitemap_blogs_1.xml', () => urlset(blogs));
}
