/**
 * The plan of one generated shop site (pure, deterministic by index): which policy pages it has, under which slug
 * and link text, whether they are linked, listed in a sitemap or only at a well-known path, whether they need
 * JavaScript, and the sentence each must yield. All wording is written in-house for the farm.
 */
import type { Category } from '../../src/terms.js';

export interface PlannedPolicy {
  readonly category: Category;
  readonly path: string;
  /** Footer link text, or undefined when the page is not linked from the home page. */
  readonly linkText?: string;
  readonly inSitemap: boolean;
  /** A sentence unique to this site and page: "found with its text" means the crawled body contains it. */
  readonly marker: string;
  /** Old URLs that redirect to this page; a crawler that reports one of them found the page. */
  readonly aliases?: readonly string[];
  /**
   * Where the text comes from: 'static' is in the HTML (rendering it is needless); the others need JavaScript —
   * 'app-mount' an empty mount point filled by a bundle, 'inline-payload' a "Loading…" box filled by an inline script
   * from an embedded payload, 'widget-endpoint' a help-centre widget that fetches the article as JSON.
   */
  readonly render: PolicyRender;
}

export type PolicyRender = 'static' | 'app-mount' | 'inline-payload' | 'widget-endpoint';

export interface SitePlan {
  readonly index: number;
  readonly name: string;
  /** Policy pages render only with JavaScript (a shell + a script that fetches the text). */
  readonly jsOnly: boolean;
  /** robots.txt names the sitemap (an index with a nested sitemap) instead of /sitemap.xml. */
  readonly sitemapInRobots: boolean;
  readonly policies: PlannedPolicy[];
  readonly products: string[];
  /** Paths robots.txt disallows. */
  readonly disallow: string[];
}

/** Per category, variants cycled by site index: [path, link text or undefined (not linked), in sitemap]. */
const VARIANTS: Record<Category, readonly (readonly [string, string | undefined, boolean])[]> = {
  returns: [
    ['/pages/returns-refunds', 'Returns & Refunds', true],
    ['/policies/refund-policy', 'Refund policy', false],
    ['/returns', 'Returns', true],
    ['/help/returns-policy', undefined, true],
    ['/policies/refund-policy', undefined, false],
  ],
  shipping: [
    ['/pages/shipping', 'Shipping & Delivery', true],
    ['/delivery-information', 'Delivery information', false],
    ['/policies/shipping-policy', 'Shipping policy', true],
    ['/info/shipping-rates', undefined, true],
    ['/shipping', undefined, false],
  ],
  support: [
    ['/contact', 'Contact us', true],
    ['/pages/customer-service', 'Customer service', true],
    ['/help-center', 'Help center', false],
  ],
  warranty: [
    ['/warranty', 'Warranty', true],
    ['/pages/product-warranty', 'Product warranty', false],
  ],
  guarantee: [
    ['/pages/money-back-guarantee', 'Money-back guarantee', true],
    ['/guarantee', 'Our guarantee', false],
  ],
};

const SHOP_WORDS = ['Harbor', 'Maple', 'Copper', 'Juniper', 'Atlas', 'Willow', 'Cobalt', 'Summit', 'Fern', 'Quarry', 'Lumen', 'Birch'];
const GOODS = ['Kettle', 'Lantern', 'Satchel', 'Blanket', 'Grinder', 'Notebook', 'Trowel', 'Mug', 'Scarf', 'Clock'];

/** The plan of site `index` (0-based). About one site in five is JavaScript-only. */
export function planSite(index: number): SitePlan {
  const name = `${SHOP_WORDS[index % SHOP_WORDS.length]} ${GOODS[(index * 7) % GOODS.length]} Co ${index + 1}`;
  const policies: PlannedPolicy[] = [];
  const jsOnly = index % 5 === 4;
  const pick = (category: Category, offset: number) => {
    const variants = VARIANTS[category];
    const [path, linkText, inSitemap] = variants[(index + offset) % variants.length]!;
    policies.push({
      category,
      path,
      ...(linkText ? { linkText } : {}),
      inSitemap,
      marker: `Policy reference ${category.toUpperCase()}-${index + 1} applies to every order placed with ${name}.`,
      render: jsOnly ? 'app-mount' : 'static',
    });
  };
  pick('returns', 0);
  pick('shipping', 1);
  pick('support', 2);
  if (index % 5 !== 1 && index % 5 !== 3) pick('warranty', 0);
  if (index % 5 === 0 || index % 5 === 2) pick('guarantee', 1);
  return {
    index,
    name,
    jsOnly,
    sitemapInRobots: index % 3 === 1,
    policies,
    products: Array.from({ length: 20 }, (_, k) => `/products/${GOODS[(index + k) % GOODS.length]!.toLowerCase()}-${k + 1}`),
    disallow: index % 4 === 0 ? ['/cart', '/checkout', '/search'] : ['/cart'],
  };
}

/** Policy wording per category: several sentences, so a static page has well over MIN_POLICY_TEXT of text. */
export const POLICY_PARAGRAPHS: Record<Category, readonly string[]> = {
  returns: [
    'You can return any unused item within 30 days of delivery for a full refund.',
    'Refunds go back to the original payment method within 7 business days of the return reaching our workshop.',
    'Return shipping is free: print the prepaid label from your order email and drop the parcel at any post office.',
    'We gladly exchange items for a different size or colour. Items bought in the clearance corner are final sale.',
  ],
  shipping: [
    'Orders placed before 2pm ship the same business day from our warehouse.',
    'Standard shipping takes 3 to 5 business days, and express delivery is offered at checkout.',
    'Shipping is free on orders over $50; a tracking number is emailed once your parcel leaves us.',
    'We ship to more than thirty countries; duties are shown before you pay.',
  ],
  support: [
    'Our support team answers the phone Monday to Friday from 9am to 5pm.',
    'You can also email us or open the chat window at the bottom of any page.',
    'We reply to every message within one business day, holidays included.',
    'For order questions, please have your order number ready so we can help you faster.',
  ],
  warranty: [
    'Every product carries a two-year limited warranty against defects in materials and workmanship.',
    'If something fails in normal use, we repair or replace it at no cost to you.',
    'Extended protection plans of up to five years are available when you buy.',
    'The warranty does not cover wear from misuse, accidents or unauthorised repairs.',
  ],
  guarantee: [
    'Shop with confidence: our 60-day money-back guarantee covers every purchase.',
    'If you are not completely satisfied, tell us and we will make it right.',
    'Found the same item cheaper elsewhere? We match any competitor price on identical goods.',
    'The guarantee applies to orders shipped to you directly by us.',
  ],
};
