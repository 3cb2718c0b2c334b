/**
 * The heuristics of discovery, as data: which link texts and URL slugs point to a policy page of each category, how
 * much each is worth, which URLs are noise, and which well-known paths are probed when nothing else was found.
 * score-candidate.ts applies these tables; nothing else holds a policy keyword for discovery.
 */
import type { Category } from '../terms.js';

/** One pattern and its weight; the example says what it is meant to catch (in-house wording). */
export interface WeightedPattern {
  readonly pattern: RegExp;
  readonly weight: number;
  /** e.g. "Returns & Refunds" */
  readonly example: string;
}

/** Link text (anchor text, aria-label, title) per category. */
export const LINK_TEXT_PATTERNS: Record<Category, readonly WeightedPattern[]> = {
  returns: [
    { pattern: /\b(return|refund)s?\s*(&|and|\+)\s*(refund|exchange|return)s?\b/i, weight: 10, example: 'Returns & Refunds' },
    { pattern: /\b(return|refund)s?\s+polic(y|ies)\b/i, weight: 10, example: 'Refund policy' },
    { pattern: /\breturns?\b/i, weight: 7, example: 'Returns' },
    { pattern: /\brefunds?\b/i, weight: 7, example: 'Refunds' },
    { pattern: /\bexchanges?\b/i, weight: 5, example: 'Exchanges' },
  ],
  shipping: [
    { pattern: /\b(shipping|delivery)\s*(&|and|\+)\s*(returns?|delivery|shipping)\b/i, weight: 10, example: 'Shipping & Returns' },
    { pattern: /\b(shipping|delivery)\s+(polic(y|ies)|info(rmation)?|rates|times)\b/i, weight: 10, example: 'Shipping information' },
    { pattern: /\bshipping\b/i, weight: 7, example: 'Shipping' },
    { pattern: /\bdelivery\b/i, weight: 6, example: 'Delivery' },
    { pattern: /\bdispatch\b/i, weight: 4, example: 'Dispatch times' },
  ],
  guarantee: [
    { pattern: /\bmoney[\s-]*back\b/i, weight: 10, example: 'Money-back guarantee' },
    { pattern: /\b(satisfaction|happiness|price[\s-]*match)\b/i, weight: 9, example: 'Satisfaction promise' },
    { pattern: /\bguarantee[ds]?\b/i, weight: 8, example: 'Our guarantee' },
    { pattern: /\bpromise\b/i, weight: 4, example: 'The Acme promise' },
  ],
  warranty: [
    { pattern: /\bwarrant(y|ies)\b/i, weight: 10, example: 'Warranty' },
    { pattern: /\bprotection\s+plans?\b/i, weight: 6, example: 'Protection plans' },
    { pattern: /\brepairs?\b/i, weight: 3, example: 'Repairs' },
  ],
  support: [
    { pattern: /\b(contact|get\s+in\s+touch)\b/i, weight: 9, example: 'Contact us' },
    { pattern: /\bcustomer\s+(service|care|support)\b/i, weight: 10, example: 'Customer service' },
    { pattern: /\b(help(\s+cent(er|re))?|support)\b/i, weight: 7, example: 'Help center' },
    { pattern: /\b(faqs?|frequently\s+asked)\b/i, weight: 6, example: 'FAQ' },
  ],
};

/** URL path (lower-cased, decoded) per category. */
export const SLUG_PATTERNS: Record<Category, readonly WeightedPattern[]> = {
  returns: [
    { pattern: /\/policies\/refund-policy\b/, weight: 10, example: '/policies/refund-policy' },
    { pattern: /(return|refund)s?[-_]?(and|&)?[-_]?(polic(y|ies)|exchanges?|refunds?)/, weight: 9, example: '/returns-and-refunds' },
    { pattern: /\/(returns?|refunds?)(\/|\.html?|$)/, weight: 8, example: '/returns' },
    { pattern: /(returns?|refunds?)/, weight: 5, example: '/help/return-an-item' },
    { pattern: /exchanges?/, weight: 4, example: '/exchanges' },
  ],
  shipping: [
    { pattern: /\/policies\/shipping-policy\b/, weight: 10, example: '/policies/shipping-policy' },
    { pattern: /(shipping|delivery)[-_]?(polic(y|ies)|info(rmation)?|rates|times|and[-_]returns)/, weight: 9, example: '/shipping-information' },
    { pattern: /\/(shipping|delivery)(\/|\.html?|$)/, weight: 8, example: '/shipping' },
    { pattern: /(shipping|delivery|dispatch)/, weight: 5, example: '/help/delivery-times' },
  ],
  guarantee: [
    { pattern: /money[-_]?back/, weight: 10, example: '/money-back-guarantee' },
    { pattern: /(satisfaction|price[-_]?match)/, weight: 9, example: '/price-match' },
    { pattern: /guarantee/, weight: 8, example: '/guarantee' },
  ],
  warranty: [
    { pattern: /warrant(y|ies)/, weight: 10, example: '/warranty' },
    { pattern: /protection[-_]?plans?/, weight: 6, example: '/protection-plans' },
  ],
  support: [
    { pattern: /\/(contact|contact[-_]us|customer[-_]service|customer[-_]care)(\/|\.html?|$)/, weight: 10, example: '/contact-us' },
    { pattern: /\/pages\/contact\b/, weight: 10, example: '/pages/contact' },
    { pattern: /\/(help|support|help[-_]cent(er|re))(\/|\.html?|$)/, weight: 8, example: '/help' },
    { pattern: /\/faqs?(\/|\.html?|$)/, weight: 7, example: '/faq' },
    { pattern: /(contact|customer[-_]service|support|help)/, weight: 4, example: '/help/contact-options' },
  ],
};

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
export const WELL_KNOWN_PATHS: Record<Category, readonly string[]> = {
  returns: ['/policies/refund-policy', '/returns', '/pages/returns', '/refund-policy', '/returns-policy'],
  shipping: ['/policies/shipping-policy', '/shipping', '/pages/shipping', '/delivery', '/shipping-policy'],
  guarantee: ['/guarantee', '/pages/guarantee', '/money-back-guarantee'],
  warranty: ['/warranty', '/pages/warranty', '/policies/warranty'],
  support: ['/contact', '/pages/contact', '/customer-service', '/help', '/faq', '/support'],
};

/** Probes per category at most, so a site answering 404 to everything costs a bounded number of requests. */
export const MAX_PROBES_PER_CATEGORY = 3;
