/**
 * The plan of one storefront site of the realistic farm (pure, seeded by index): how its theme is built, where each
 * policy page lives, how a crawler can reach it, whether its text needs JavaScript and of which kind, and the pages
 * that are there to mislead (blog posts about shipping, robots-disallowed copies, legacy links). The ground truth the
 * benchmark scores against is all here; storefront-pages.ts turns it into markup. All wording is written in-house.
 *
 * The shapes follow public storefront themes and help-centre embeds (studied, not copied): an announcement bar, a
 * header whose mega menu lists collections and a "Help" column (Returns, Shipping, Contact), footer columns of link
 * lists with a newsletter form and a bottom row of policy links, and pages weighed down by inline JSON state.
 */
import { rng } from '../bench-utils.js';
import type { Category } from '../../src/terms.js';
import type { PlannedPolicy, SitePlan } from './site-plan.js';

/**
 * How the site was built, which decides how its policy pages get their text:
 *   theme    — a server-rendered theme; now and then one page made with a page builder (inline payload);
 *   builder  — most content pages come from a page builder that fills a "Loading…" box from an embedded payload;
 *   helpdesk — returns, shipping and support live in a help-centre widget that fetches its article as JSON;
 *   headless — a client-rendered app: every content page is an empty mount point plus a bundle.
 */
export type Platform = 'theme' | 'builder' | 'helpdesk' | 'headless';

/**
 * How a crawler can reach a policy page:
 *   linked       — header Help menu and footer, under a telling slug;
 *   opaque-link  — footer only, under a slug that says nothing (/pages/p-7k2x): found by its link text alone;
 *   legacy-link  — the footer links an old URL that redirects (301) to the page;
 *   sitemap-only — no link at all, listed in the sitemap under a telling slug;
 *   probe-only   — no link, not in the sitemap, at a well-known path.
 */
export type PolicyReach = 'linked' | 'opaque-link' | 'legacy-link' | 'sitemap-only' | 'probe-only';

/**
 * How the sitemap is laid out:
 *   flat          — /sitemap.xml is a urlset, robots.txt names nothing;
 *   index         — /sitemap.xml is an index (products, pages, blogs), named in robots.txt;
 *   named-index   — robots.txt names /sitemap_index.xml (Yoast SEO's, dating each file); /sitemap.xml does not exist;
 *   many-files    — /sitemap.xml is an index of a big catalogue: many product files listed before the pages file.
 */
export type SitemapLayout = 'flat' | 'index' | 'named-index' | 'many-files';

export interface StorefrontPolicy extends PlannedPolicy {
  readonly reach: PolicyReach;
  /** Opaque-link pages carry their own link text; every linked page is in the footer, 'linked' ones in the header too. */
  readonly inHeader: boolean;
  /** Help-centre article id (widget-endpoint pages). */
  readonly articleId?: number;
}

/** A page that exists and talks about a policy, but must not be fetched: robots.txt disallows it. */
export interface DisallowedPage {
  readonly path: string;
  readonly category: Category;
  /** Footer-bottom link text, when the theme links it. */
  readonly linkText?: string;
  readonly inSitemap: boolean;
}

/** A blog post whose title uses a policy word: a decoy that must not be kept as the policy page. */
export interface DecoyPost {
  readonly path: string;
  readonly title: string;
}

export interface StorefrontPlan extends SitePlan {
  readonly platform: Platform;
  readonly sitemapLayout: SitemapLayout;
  /** Target HTML weight of a full page, in KB (42–147, so pages land within 40–150 whatever their main content): inline state is padded to it. */
  readonly weightKb: number;
  /** Mount point id of the headless app. */
  readonly mountId: string;
  readonly announcement: { readonly text: string; readonly href: string };
  /** Mega menu: collection groups, each with its collections. */
  readonly menu: readonly { readonly title: string; readonly handle: string; readonly items: readonly string[] }[];
  readonly policies: StorefrontPolicy[];
  readonly disallowedPages: readonly DisallowedPage[];
  readonly decoys: readonly DecoyPost[];
  /** The site has a /pages/faq page linked from the footer (a shared page, not a planned policy). */
  readonly faq: boolean;
  /** Product sitemap files in a many-files layout. */
  readonly productSitemaps: number;
}

/** Seed of the whole farm: the same farm every run. */
export const FARM_SEED = 20_261_206;

/** Telling paths per category; a site takes one. */
const TELLING_PATHS: Record<Category, readonly string[]> = {
  returns: ['/pages/returns', '/pages/returns-exchanges', '/pages/return-policy', '/returns', '/help/returns', '/customer-care/returns-and-refunds'],
  shipping: ['/pages/shipping', '/pages/shipping-delivery', '/delivery', '/help/shipping-information', '/shipping-info', '/pages/delivery-times'],
  support: ['/pages/contact', '/contact', '/pages/customer-service', '/help-centre', '/support'],
  warranty: ['/pages/warranty', '/warranty', '/pages/lifetime-warranty', '/pages/product-warranty'],
  guarantee: ['/pages/guarantee', '/pages/satisfaction-guarantee', '/pages/price-match-promise', '/money-back-guarantee'],
};

/** Well-known paths a probe can hit (a subset of what crawlers probe first), for probe-only pages. */
const PROBE_PATHS: Record<Category, readonly string[]> = {
  returns: ['/returns', '/pages/returns'],
  shipping: ['/shipping', '/pages/shipping'],
  support: ['/contact', '/pages/contact'],
  warranty: ['/warranty', '/pages/warranty'],
  guarantee: ['/guarantee', '/pages/guarantee'],
};

/** Old URLs a footer still links, redirecting to the page. */
const LEGACY_PATHS: Record<Category, readonly string[]> = {
  returns: ['/returns.html', '/pages/returns-old', '/info/returns.php'],
  shipping: ['/shipping.html', '/pages/shipping-2019', '/info/delivery.php'],
  support: ['/contact.html', '/pages/contact-old'],
  warranty: ['/warranty.html', '/pages/warranty-2018'],
  guarantee: ['/guarantee.html', '/pages/our-promise-old'],
};

/** Link texts per category (header Help menu uses the first word form; the footer any of them). */
export const LINK_TEXTS: Record<Category, readonly string[]> = {
  returns: ['Returns', 'Returns & exchanges', 'Refunds and returns', 'Return policy'],
  shipping: ['Shipping', 'Shipping & delivery', 'Delivery information', 'Shipping policy'],
  support: ['Contact', 'Contact us', 'Customer service', 'Get in touch'],
  warranty: ['Warranty', 'Product warranty', 'Lifetime warranty'],
  guarantee: ['Our guarantee', 'Money-back guarantee', 'Satisfaction promise'],
};

const SHOP_FIRST = ['North', 'Tidal', 'Ember', 'Hollow', 'Meadow', 'Granite', 'Saffron', 'Drift', 'Orchard', 'Beacon', 'Kestrel', 'Linden', 'Marrow', 'Pebble'];
const SHOP_SECOND = ['Supply', 'Goods', 'Workshop', 'Outfitters', 'House', 'Trading', 'Studio', 'Provisions', 'Mercantile', 'Collective'];
const COLLECTION_GROUPS: readonly [string, readonly string[]][] = [
  ['Kitchen', ['Cookware', 'Knives', 'Linens', 'Storage', 'Coffee & tea', 'Baking', 'Tableware']],
  ['Home', ['Bedding', 'Lighting', 'Rugs', 'Candles', 'Plants & pots', 'Bath', 'Wall art']],
  ['Outdoors', ['Camping', 'Garden tools', 'Picnic', 'Cycling', 'Rain gear', 'Trail food']],
  ['Apparel', ['Jackets', 'Knitwear', 'Shirts', 'Trousers', 'Socks', 'Hats & gloves', 'Bags']],
  ['Gifts', ['Under $25', 'For hosts', 'For kids', 'Gift cards', 'Bundles']],
];
const ANNOUNCEMENTS = [
  'Free standard shipping on orders over $75',
  'New autumn collection — shop now',
  'Order by the 18th for delivery before the holidays',
  'Members save 10% on their first order',
  'Free returns within 30 days',
];
const DECOY_TITLES: readonly [string, string][] = [
  ['How we ship our orders without plastic', 'how-we-ship-without-plastic'],
  ['Behind the scenes: a day on the returns desk', 'a-day-on-the-returns-desk'],
  ['Why our delivery vans now run on electricity', 'electric-delivery-vans'],
  ['Repair, do not replace: our warranty bench', 'our-warranty-bench'],
  ['Holiday shipping dates, explained', 'holiday-shipping-dates-explained'],
];

const pickOf = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Reach of one policy page, by draw: mostly linked, a few of each harder kind. */
function reachOf(random: () => number, category: Category): PolicyReach {
  const r = random();
  if (r < 0.09) return 'opaque-link';
  if (r < 0.17) return 'legacy-link';
  if (r < 0.22) return 'sitemap-only';
  // Contact pages are always linked somewhere; a probe-only one would be unrealistic.
  if (r < 0.26 && category !== 'support') return 'probe-only';
  return 'linked';
}

/** Which render kind a page of this platform gets. */
function renderOf(random: () => number, platform: Platform, category: Category): PlannedPolicy['render'] {
  switch (platform) {
    case 'headless':
      return 'app-mount';
    case 'builder':
      return random() < 0.7 ? 'inline-payload' : 'static';
    case 'helpdesk':
      return category === 'returns' || category === 'shipping' || category === 'support' ? 'widget-endpoint' : 'static';
    case 'theme':
      return random() < 0.06 ? 'inline-payload' : 'static';
  }
}

/** The plan of storefront site `index` (0-based), the same on every run. */
export function planStorefront(index: number): StorefrontPlan {
  const random = rng(FARM_SEED + index * 7919);
  const name = `${pickOf(random, SHOP_FIRST)} ${pickOf(random, SHOP_SECOND)} ${index + 1}`;
  const p = random();
  const platform: Platform = p < 0.08 ? 'headless' : p < 0.2 ? 'helpdesk' : p < 0.33 ? 'builder' : 'theme';
  const l = random();
  const sitemapLayout: SitemapLayout = l < 0.3 ? 'flat' : l < 0.72 ? 'index' : l < 0.94 ? 'named-index' : 'many-files';

  const categories: Category[] = ['returns', 'shipping', 'support'];
  if (random() < 0.5) categories.push('warranty');
  if (random() < 0.4) categories.push('guarantee');
  const used = new Set<string>();
  const policies: StorefrontPolicy[] = [];
  let articleId = 3000 + index * 17;
  for (const category of categories) {
    const reach = reachOf(random, category);
    let path: string;
    if (reach === 'opaque-link') path = `/pages/p-${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
    else if (reach === 'probe-only') path = pickOf(random, PROBE_PATHS[category]);
    else path = pickOf(random, TELLING_PATHS[category]);
    if (used.has(path)) path = `${path}-${index + 1}`;
    used.add(path);
    const render = renderOf(random, platform, category);
    const linked = reach === 'linked' || reach === 'opaque-link' || reach === 'legacy-link';
    const aliases = reach === 'legacy-link' ? [pickOf(random, LEGACY_PATHS[category])] : [];
    policies.push({
      category,
      path,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(linked ? { linkText: reach === 'linked' ? LINK_TEXTS[category][0]! : pickOf(random, LINK_TEXTS[category].slice(1)) } : {}),
      inSitemap: reach !== 'probe-only' && !(reach === 'legacy-link' && random() < 0.5),
      marker: `Policy reference ${category.toUpperCase()}-${index + 1} applies to every order placed with ${name}.`,
      render,
      reach,
      inHeader: reach === 'linked',
      ...(render === 'widget-endpoint' ? { articleId: (articleId += 1) } : {}),
    });
  }

  // Robots: the usual cart/account/search rules; some sites also disallow a policy folder the footer still links, or
  // an internal guide that the sitemap lists.
  const disallow = ['/admin', '/cart', '/checkout', '/checkouts/', '/account', '/orders', '/search', '/collections/*sort_by*', '/*?*variant=*'];
  const disallowedPages: DisallowedPage[] = [];
  if (platform === 'theme' && random() < 0.3) {
    disallow.push('/policies/');
    disallowedPages.push({ path: '/policies/refund-policy', category: 'returns', linkText: 'Refund policy', inSitemap: false });
    disallowedPages.push({ path: '/policies/shipping-policy', category: 'shipping', linkText: 'Shipping policy', inSitemap: false });
  }
  if (random() < 0.15) {
    disallow.push('/pages/internal-');
    disallowedPages.push({ path: '/pages/internal-returns-handbook', category: 'returns', inSitemap: true });
  }

  const menu = COLLECTION_GROUPS.filter(() => random() < 0.8).map(([title, items]) => ({
    title,
    handle: title.toLowerCase(),
    items: items.filter(() => random() < 0.85),
  }));
  const decoys = DECOY_TITLES.filter(() => random() < 0.55).map(([title, slug]) => ({ path: `/blogs/journal/${slug}`, title }));
  const announcementText = pickOf(random, ANNOUNCEMENTS);
  const shipping = policies.find((x) => x.category === 'shipping' && x.reach === 'linked');
  return {
    index,
    name,
    jsOnly: platform === 'headless',
    sitemapInRobots: sitemapLayout !== 'flat',
    platform,
    sitemapLayout,
    weightKb: 42 + Math.floor(random() * 106),
    mountId: pickOf(random, ['__next', 'app', 'root', 'storefront-app']),
    announcement: { text: announcementText, href: /shipping/i.test(announcementText) && shipping ? shipping.path : '/collections/all' },
    menu,
    policies,
    disallowedPages,
    decoys,
    faq: random() < 0.4,
    productSitemaps: sitemapLayout === 'many-files' ? 6 + Math.floor(random() * 4) : 1,
    products: Array.from({ length: 24 }, (_, k) => `/products/${menu[k % Math.max(1, menu.length)]?.handle ?? 'item'}-${k + 1}`),
    disallow,
  };
}
