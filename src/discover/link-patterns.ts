/**
 * The heuristics of discovery, as data: which link texts and URL slugs point to a policy page of each category, how
 * much each is worth, which URLs are noise, and which well-known paths are probed when nothing else was found.
 * The policy words themselves come from the one keyword table (src/policy-keywords.ts); this file adds only the
 * shapes discovery weighs them in. score-candidate.ts applies these tables.
 */
import { perCategory, POLICY_WORDS, slugPattern, type PolicyWord } from '../policy-keywords.js';
import { CATEGORIES, type Category } from '../terms.js';

/** One pattern and its weight; the example says what it is meant to catch (in-house wording). */
export interface WeightedPattern {
  readonly pattern: RegExp;
  readonly weight: number;
  /** e.g. "Returns & Refunds" */
  readonly example: string;
}

/** Words that follow a category word in the name of a policy page: "Refund policy", "Shipping information", "Delivery times". */
const POLICY_SUFFIX = 'polic(?:y|ies)|info(?:rmation)?|rates|times';
/** Any category's naming word: "Returns & Refunds", "Shipping & Returns" name a page of the first word's category. */
const ANY_NAME = CATEGORIES.flatMap((c) => POLICY_WORDS[c].filter((w) => w.link > 0).map((w) => w.word)).join('|');
/** A compound name (a category word joined to another, or to a policy suffix) is the surest link or slug there is. */
const COMPOUND_LINK_WEIGHT = 10;
const COMPOUND_SLUG_WEIGHT = 9;
/** A path segment that is exactly a naming word ("/returns", "/contact-us") says as much as a link so named, and one more. */
const EXACT_SEGMENT_BONUS = 1;
/**
 * Well-known paths of each category's page, in probe order. `platform` marks a path a shop platform generates under
 * that name (Shopify's policy pages and contact page): its slug names the page outright, wherever it is found.
 */
const KNOWN_PATHS: Record<Category, readonly { readonly path: string; readonly platform?: true }[]> = {
  returns: [{ path: '/policies/refund-policy', platform: true }, { path: '/returns' }, { path: '/pages/returns' }],
  shipping: [{ path: '/policies/shipping-policy', platform: true }, { path: '/shipping' }, { path: '/pages/shipping' }],
  guarantee: [{ path: '/guarantee' }, { path: '/pages/guarantee' }],
  warranty: [{ path: '/warranty' }, { path: '/pages/warranty' }],
  support: [{ path: '/contact' }, { path: '/pages/contact', platform: true }],
};
/** Platform paths that name the page outright. */
const PLATFORM_PATHS: Record<Category, readonly string[]> = perCategory((c) => KNOWN_PATHS[c].filter((k) => k.platform).map((k) => k.path));
const PLATFORM_PATH_WEIGHT = 10;

function alternatives(words: readonly PolicyWord[]): string {
  return words.map((w) => w.word).join('|');
}

function linkPatterns(category: Category): WeightedPattern[] {
  const named = POLICY_WORDS[category].filter((w) => w.link > 0);
  const own = alternatives(named);
  return [
    { pattern: new RegExp(`\\b(?:${own})\\w*\\s*(?:&|and|\\+)\\s*(?:${ANY_NAME})`, 'i'), weight: COMPOUND_LINK_WEIGHT, example: 'Returns & Refunds' },
    { pattern: new RegExp(`\\b(?:${own})\\w*\\s+(?:${POLICY_SUFFIX})\\b`, 'i'), weight: COMPOUND_LINK_WEIGHT, example: 'Shipping information' },
    ...named.map((w) => ({ pattern: new RegExp(`\\b(?:${w.word})`, 'i'), weight: w.link, example: w.example })),
  ];
}

function slugPatterns(category: Category): WeightedPattern[] {
  const named = POLICY_WORDS[category].filter((w) => w.link > 0);
  const own = alternatives(named);
  return [
    ...PLATFORM_PATHS[category].map((path) => ({ pattern: new RegExp(`${path}\\b`), weight: PLATFORM_PATH_WEIGHT, example: path })),
    {
      pattern: new RegExp(`(?<![a-z])(?:${own})[a-z]*[-_]?(?:(?:and|&)[-_]?)?(?:${POLICY_SUFFIX}|${ANY_NAME})`, 'i'),
      weight: COMPOUND_SLUG_WEIGHT,
      example: '/returns-and-refunds',
    },
    ...named.map((w) => ({
      pattern: new RegExp(`/(?:${w.word})[a-z]*(?:[-_]us)?(?:/|\\.html?|$)`, 'i'),
      weight: Math.min(10, w.link + EXACT_SEGMENT_BONUS),
      example: `${w.example} (a whole path segment)`,
    })),
    ...POLICY_WORDS[category]
      .filter((w) => w.slug > 0)
      .map((w) => ({ pattern: slugPattern([w]), weight: w.slug, example: `${w.example} (anywhere in the path)` })),
  ];
}

/**
 * Link text (anchor text, aria-label, title) per category: built from the one keyword table (src/policy-keywords.ts)
 * and the compound shapes above.
 */
export const LINK_TEXT_PATTERNS: Record<Category, readonly WeightedPattern[]> = perCategory((c) => linkPatterns(c));

/** URL path (lower-cased, decoded) per category, from the same words. */
export const SLUG_PATTERNS: Record<Category, readonly WeightedPattern[]> = perCategory((c) => slugPatterns(c));

/**
 * A page that answers many questions (an FAQ, a "Shipping & Returns" page) also serves these categories, at a lower
 * score, so one page can be kept for several categories.
 */
export const SHARED_PAGE_PATTERNS: readonly { readonly pattern: RegExp; readonly categories: readonly Category[]; readonly weight: number }[] = [
  { pattern: /\b(faqs?|frequently[\s-]+asked|help[\s-]*cent(er|re))\b/i, categories: ['returns', 'shipping', 'support'], weight: 4 },
  { pattern: /\bshipping[\s-]*(&|and|\+)[\s-]*returns?\b/i, categories: ['returns', 'shipping'], weight: 8 },
  { pattern: /\bterms[\s-]*(of|and|&)[\s-]*(service|sale|conditions)\b/i, categories: ['returns', 'warranty', 'guarantee'], weight: 2 },
];

/**
 * URLs that are never policy pages however they are worded (shop noise): the score is reduced by the weight, which
 * outweighs the best text + slug + region match ("Shipping news" in the nav → /blog/shipping-news stays out).
 */
export const NOISE_PATTERNS: readonly { readonly pattern: RegExp; readonly weight: number; readonly why: string }[] = [
  { pattern: /\/(products?|item|p)\//, weight: 30, why: 'a product page' },
  { pattern: /\/(collections?|category|categories|shop)\//, weight: 30, why: 'a collection page' },
  { pattern: /\/(blog|blogs|news|articles?|stories)\//, weight: 30, why: 'a blog post' },
  { pattern: /\/(cart|checkout|account|login|signin|register|search)(\/|$|\?)/, weight: 30, why: 'an account or cart page' },
  { pattern: /\.(jpe?g|png|gif|webp|svg|pdf|zip|css|js|xml|json|mp4)(\?|$)/, weight: 30, why: 'not an HTML page' },
];

/** Where on the home page a link was seen: footer and nav links are where shops put their policies. */
export type LinkRegion = 'footer' | 'nav' | 'header' | 'body';
export const REGION_BONUS: Record<LinkRegion, number> = { footer: 3, nav: 2, header: 1, body: 0 };

/** Extra weight by source: config wins outright; a link that says it is a policy beats a bare sitemap slug. */
export const SOURCE_BONUS = { config: 1000, link: 2, sitemap: 0, slug: 0 } as const;

/** A candidate below this score for a category is not kept for it (e.g. a body link "exchange rates" on a blog). */
export const MIN_SCORE = 6;

/**
 * Well-known paths, probed in this order only when links and sitemaps found no dedicated page for the category (a
 * FAQ that merely may cover it, through SHARED_PAGE_PATTERNS, does not count as dedicated).
 */
export const WELL_KNOWN_PATHS: Record<Category, readonly string[]> = perCategory((c) => KNOWN_PATHS[c].map((k) => k.path));

/**
 * Probes per category at most; paths robots.txt refuses are skipped without spending one (nothing is requested).
 * Returns and shipping, which nearly every shop has, get a third guess: on the storefront farm of issue 12, 12 of 23
 * policy pages reachable only at a well-known path were custom pages under /pages/ that the first two missed. The
 * other categories keep two: a shop without a warranty page answers 404 to each guess.
 */
export const MAX_PROBES_PER_CATEGORY = 3;
/**
 * Probes that find nothing (404, a failure) per site at most, over all its categories: blind guesses are the crawl's
 * least productive requests (≈ 460 of 1,580 requests answered 404 on the realistic farm of issue 12), so a site gets a
 * small budget of them. A guess that finds a page spends none of it: on that farm a shop whose returns page was its
 * third guess and that has no warranty page had spent five probes before its guarantee page's first guess was made.
 */
export const MAX_PROBES_PER_SITE = 5;
/** Categories most shops have a page for come first, so the site's probe budget goes to them. */
export const PROBE_ORDER: readonly Category[] = ['returns', 'shipping', 'support', 'warranty', 'guarantee'];
