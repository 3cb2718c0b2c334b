/**
 * Parties other than the shop whose rules, phones or hours a page may give: postal services and carriers, payment and
 * credit providers, and the roles of makers, sellers, lenders and repairers. One source for four readers: places.ts
 * reads a market's own carriers as its signals, rules/support.ts whom a page sends the customer to instead of the
 * shop (a phone that is not the shop's), statement-kind-words.ts whose rule a statement states, scope.ts which
 * sellers a marketplace hands its policies to. Entries are lower case, as a unit's text spells them, with no pattern
 * syntax.
 */

/** The postal services and carriers of one market (places.ts: that market's signals, in this order). */
export const MARKET_CARRIERS = {
  us: ['usps'],
  ca: ['canada post', 'purolator', 'xpresspost'],
  gb: ['royal mail', 'parcelforce', 'evri', 'yodel', 'myhermes'],
  ie: ['an post'],
  fr: ['colissimo', 'chronopost', 'la poste'],
  de: ['deutsche post'],
  be: ['bpost'],
  nl: ['postnl'],
  it: ['poste italiane'],
  es: ['correos'],
  au: ['australia post', 'auspost', 'startrack'],
  nz: ['nz post', 'new zealand post', 'courierpost'],
  sg: ['singpost'],
  in: ['india post'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** Carriers of many markets: no one market's signal. */
const WORLD_CARRIERS = ['ups', 'fedex', 'dhl', 'hermes', 'dpd', 'gls', 'tnt', 'aramex'];

/** Every carrier and postal service by name. */
export const CARRIERS: readonly string[] = [...Object.values(MARKET_CARRIERS).flat(), ...WORLD_CARRIERS];

/** Payment and credit providers by name. */
export const PAYMENT_PROVIDERS: readonly string[] = ['afterpay', 'klarna', 'laybuy', 'paypal', 'stripe'];
/** Providers whose name is also a common word ("zip" the lender, "zip" a code): read only where a page sends the customer to them. */
export const CONTACTED_PROVIDERS: readonly string[] = ['zip'];

/** A word before a role that keeps it another party's: "the authorised service centre", "your warranty plan provider". */
export const ROLE_QUALIFIERS: readonly string[] = ['authorised', 'authorized', 'protection', 'service', 'warranty'];

/** Other parties by their role, in the singular. */
export const PARTY_ROLES: readonly string[] = [
  'manufacturer', 'maker', 'brand', 'supplier', 'courier', 'carrier', 'delivery company', 'delivery partner', 'delivery driver',
  'shipping company', 'shipping carrier', 'post office', 'bank', 'card issuer', 'card provider', 'card company', 'payment provider',
  'credit provider', 'lender', 'plan provider', 'insurer', 'insurance company', 'insurance provider', 'warranty company',
  'warranty provider', 'service centre', 'service center', 'service agent', 'repair centre', 'repair center', 'repair agent',
];

/**
 * The parties that sell on a marketplace, in the singular: a page that hands its policy to them states none of its own
 * (scope.ts). "Shop" and "store" are left out: a shop calls itself so ("our shop").
 */
export const SELLING_ROLES: readonly string[] = ['seller', 'maker', 'creator', 'vendor', 'merchant', 'artisan', 'brand'];
