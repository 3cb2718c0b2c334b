/**
 * Whose policy a page states (issue 11, "values where the label says nothing"). Two readers, across terms, after the
 * rules: a page that speaks to merchants or of shops in general states no terms of any shop (sharesNoTerms below), and
 * a marketplace page hands a topic to its sellers (sellersTopics).
 *
 * A marketplace's help page that hands
 * its returns to each seller ("each maker has their own return policy", "return policies are set by individual
 * creators and vary by shop", "items are subject to the return policy of the individual seller") states no returns
 * terms of its own. What it then says of returns is the sellers' habit or the platform's advice to them ("we would
 * encourage a 30-day window", "for most items you generally have 14 days", "sellers are expected to refund within 14
 * days"), not a term a shopper can hold the site to (test/real/README.md: advice addressed to sellers and generic filler
 * about what shops usually do state nothing). Read after the rules, across terms: the page's frame names the topic it
 * hands over, and every reading of that topic goes unless its unit speaks as the site itself about its own terms
 * (a first person, no seller named, no hedge).
 */
import { SELLING_ROLES } from './language/third-parties.js';
import { fencedRegExp } from './language/pattern-size.js';
import { HEDGED, SHOP_VOICE } from './language/voice-words.js';
import type { Candidate, Unit } from './rule-types.js';
import { WORD } from './language/words.js';
import { EMAIL_ADDRESS } from './rules/support.js';
import { SENTENCE_PATTERNS } from '../policy-keywords.js';
import { CATEGORIES, categoryOf, type Category } from '../terms.js';

/** A selling party, singular or plural, with an optional bracketed gloss: "maker (seller)", "merchants", "creator's". */
const ROLE = `(?:${SELLING_ROLES.join('|')})(?:s|'s|s')?(?: \\([a-z ]{1,20}\\))?`;
/**
 * Selling parties in the plural: "the policies of the vendors" names many; "the policy of the Seller" alone is how terms
 * of sale name the shop itself, so that shape needs the plural or an EACH word.
 */
const ROLES = `(?:${SELLING_ROLES.join('|')})s(?: \\([a-z ]{1,20}\\))?`;
/** "Policies vary from shop to shop": here a shop is one of many on the site. */
const VENUES = [...SELLING_ROLES, 'shop', 'store'].join('|');
/** Which of them: each one on its own. */
const EACH = '(?:each|every|the individual|individual|the respective|respective|independent|the independent)';
/**
 * The frame that hands a policy to the sellers, in the three shapes pages use:
 * - each seller owns it: "each maker has their own policies", "each creator sets their own policy", "every seller is
 *   responsible for setting their own";
 * - the policy is the seller's: "return policies are set by individual creators", "policies vary from shop to shop",
 *   "subject to the return policy of the individual seller", "the exchange policy varies for each of the merchants";
 * - the seller's policy varies: "merchant return policies are different for each brand", "seller return policies may vary".
 */
const SELLERS_OWN = fencedRegExp(
  `\\b${EACH} ${ROLE}\\b[^.;]{0,60}\\b(?:their|its|his|her) own\\b` +
    `|\\bpolic(?:y|ies) (?:(?:is|are) (?:set|decided|determined|made) by|(?:may |will )?(?:vary|varies|differ|differs|are different|is different) (?:from|by|for|between|with)(?: each(?: of)?)?(?: the)?) (?:${EACH} )?${ROLE}\\b` +
    `|\\bvar(?:y|ies) from (?:${VENUES}) to (?:${VENUES})\\b` +
    `|\\bpolic(?:y|ies) of (?:(?:the )?(?:each|every|individual|respective) (?:individual |respective )?${ROLE}|(?:the )?${ROLES})\\b` +
    `|\\b${ROLE} (?:return |refund |exchange |shipping |warranty )?polic(?:y|ies) (?:may |can |will )?(?:vary|differ|are different|is different)\\b`,
);

/**
 * The categories a frame may hand over, named by the category's own policy words (policy-keywords.ts, one table per
 * category); how to reach the site stays the site's own even where sellers set the terms.
 */
const HANDED_OVER: readonly Category[] = CATEGORIES.filter((c) => c !== 'support');
const DEFAULT_TOPIC: readonly Category[] = ['returns'];

/** The categories whose policy words a text uses. */
function topicsNamed(text: string): Category[] {
  return HANDED_OVER.filter((c) => SENTENCE_PATTERNS[c].test(text));
}

/**
 * The words that say a frame hands over rules, not acts: "each brand handles its own claims" gives the sellers a policy,
 * "each seller packs and posts their own orders" only says who does the work (tuning 870: the site's tracking stays).
 */
const POLICY_MATTERS: ReadonlySet<string> = new Set(['policy', 'policies', 'terms', 'rules', 'conditions', 'claim', 'claims']);

/**
 * What a frame hands over: the topics its own words name, else, when it speaks of rules (POLICY_MATTERS), its section's
 * ("Warranties" / "Each brand handles its own claims through us" hands over warranties, not the page's returns),
 * nearest heading first; else returns.
 */
function frameTopics(u: Unit): readonly Category[] {
  const named = topicsNamed(u.norm);
  if (named.length) return named;
  const speaksOfRules = (u.norm.match(/[a-z]+/g) ?? []).some((w) => POLICY_MATTERS.has(w));
  for (const heading of speaksOfRules ? [...u.headingPath].reverse() : []) {
    const fromHeading = topicsNamed(heading);
    if (fromHeading.length) return fromHeading;
  }
  return DEFAULT_TOPIC;
}

/** A unit that names a selling party anywhere: its words are about the sellers, whoever speaks. */
const NAMES_SELLER = fencedRegExp(`\\b${ROLE}\\b`);

/** The categories a page hands to its sellers: empty when it states its own. */
function sellersTopics(units: readonly Unit[]): Set<Category> {
  const out = new Set<Category>();
  for (const u of units) {
    if (!SELLERS_OWN.test(u.norm)) continue;
    for (const c of frameTopics(u)) out.add(c);
  }
  return out;
}

/** Whether a unit still states the site's own terms on a page that hands the topic to its sellers. */
function siteSpeaks(unit: Unit): boolean {
  return SHOP_VOICE.test(unit.norm) && !NAMES_SELLER.test(unit.norm) && !HEDGED.test(unit.norm);
}

// Pages that speak of shops instead of as one (test/real/README.md: advice addressed to sellers, a paraphrase of consumer
// law, generic filler about what shops usually do state nothing): a guide telling a merchant how to write a returns
// policy ("protect your business", "what your competitors offer", "small business owners"), a shopper's checklist
// or a law explainer ("most retailers give 30 days", "some stores only offer credit", "the trader must refund you
// within 14 days", "the law states"). Their figures are examples and habits, not terms a shopper can hold a shop to.
// Read as word classes over each unit's words; a unit of either voice speaks for others, a unit with a first person
// and neither speaks for the shop.

/** "your …" said to a merchant: what a shopper never has ("your margins", "your customers", "your competitors"). */
const MERCHANT_POSSESSIONS: ReadonlySet<string> = new Set([
  'business', 'businesses', "business's", 'customers', "customers'", 'competitors', 'margin', 'margins', 'profit', 'profits',
  'inventory', 'storefront', 'industry', 'shoppers', 'buyers', 'clients', 'ecommerce', 'e-commerce',
]);
/**
 * What a merchant does and a shopper never does, said to "you": "list the shipping methods you offer", "if you charge
 * for returns". Read in the answer only: "do you offer local pick-up?" is the shopper asking.
 */
const MERCHANT_ACTS: ReadonlySet<string> = new Set(['offer', 'charge']);
const YOU_MAY: ReadonlySet<string> = new Set(['will', "'ll", 'can', 'could', 'might']);
/** "business owners", "store owners": the readers of a guide for merchants. */
const OWNED_VENUES: ReadonlySet<string> = new Set(['business', 'store', 'shop']);
/** Shops in general, a class of which the speaker is none: "retailers", "merchants", "companies". */
const SHOPS_IN_GENERAL: ReadonlySet<string> = new Set(['retailers', 'e-tailers', 'etailers', 'merchants', 'companies']);
/**
 * Words before such a plural that name other trades or the shop's own partners, not shops in general: "credit card
 * companies", "shipping companies", "authorised retailers", "our merchants", "these companies".
 */
const NOT_SHOPS_BEFORE: ReadonlySet<string> = new Set([
  'card', 'credit', 'shipping', 'freight', 'courier', 'delivery', 'postal', 'parcel', 'transport', 'logistics', 'insurance',
  'payment', 'finance', 'third-party', 'partner', 'authorised', 'authorized', 'approved', 'selected', 'participating',
  'stockist', 'the', 'these', 'those', 'its', 'their', 'our', 'both',
]);
/** Some shops among many: "most stores", "some sellers", "online retailers", "other sites". */
const SOME_OF: ReadonlySet<string> = new Set(['most', 'many', 'some', 'other', 'online']);
const VENUES_PLURAL: ReadonlySet<string> = new Set(['stores', 'shops', 'companies', 'businesses', 'sellers', 'sites', 'merchants', 'brands', 'vendors', 'retailers']);
/**
 * Any one shop, as law and advice name it: "a retailer must", "a trader", "buying from a business", "the law states".
 * Not "the retailer" or "the seller": terms of sale name the shop itself so; nor "a store" or "a shop", where a chain
 * takes returns.
 */
const ANY_ONE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['the', new Set(['law'])],
  ['a', new Set(['retailer', 'trader', 'business', 'seller'])],
]);
/** Words that make the shop noun before them a modifier, not a party: "a business day", "a store credit". */
const NOUN_MODIFIED: ReadonlySet<string> = new Set(['day', 'days', 'hours', 'credit', 'card', 'account', 'locator', 'address']);
/** At least this many units speaking for others, and at most half as many speaking for the shop. */
const OTHERS_MIN_UNITS = 2;
const OWN_PER_OTHER_MAX = 0.5;


/** A unit's answer: the text after an FAQ question joined to it ("how do I return an item? …" is the shopper's "I"). */
function answerOf(norm: string): string {
  return norm.slice(norm.lastIndexOf('?') + 1);
}

/**
 * A help centre's index: link labels to answers kept elsewhere ("Read article", "4 articles in this category"). The
 * topic lines beside them ("When will my refund arrive", "the 14-day window") name questions, not terms.
 */
const INDEX_LABEL = /^(?:read (?:the )?article|\d+ articles\b|articles in this (?:category|section))/;

/** Who a unit speaks for: a merchant addressed, shops in general, an index of answers elsewhere, the shop itself, or no one said. */
type Voice = 'merchant' | 'shops' | 'index' | 'own' | 'none';

/** Whether the words say "you offer", "you'll charge": a merchant's act. */
function merchantActs(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] !== 'you') continue;
    const verb = YOU_MAY.has(words[i + 1]!) ? words[i + 2] : words[i + 1];
    if (verb !== undefined && MERCHANT_ACTS.has(verb)) return true;
  }
  return false;
}

/**
 * Who a unit speaks for. A guide's "your customers" wins over its author's "we"; the shop's own "we" wins over the shops
 * it names ("we match the price of other retailers" is the shop's own promise). What a shopper asks a shop ("what is
 * your return policy?", "does your store ship abroad?") names no possession of a merchant, and its "I" is the shopper's.
 */
function voiceOf(norm: string): Voice {
  if (INDEX_LABEL.test(norm)) return 'index';
  const words = norm.match(WORD) ?? [];
  if (merchantActs(answerOf(norm).match(WORD) ?? [])) return 'merchant';
  let shops = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (SHOPS_IN_GENERAL.has(w) && !NOT_SHOPS_BEFORE.has(words[i - 1] ?? '')) shops = true;
    if (next === undefined) continue;
    if (w === 'your' && MERCHANT_POSSESSIONS.has(next)) return 'merchant';
    if (OWNED_VENUES.has(w) && (next === 'owner' || next === 'owners')) return 'merchant';
    if (SOME_OF.has(w) && VENUES_PLURAL.has(next)) shops = true;
    if (ANY_ONE.get(w)?.has(next) && !NOUN_MODIFIED.has(words[i + 2] ?? '')) shops = true;
  }
  if (SHOP_VOICE.test(answerOf(norm))) return 'own';
  return shops ? 'shops' : 'none';
}

/** Whether a page speaks of shops rather than as one: several units for others, few in the shop's own first person. */
function sharesNoTerms(voices: ReadonlyMap<Unit, Voice>): boolean {
  let others = 0;
  let own = 0;
  for (const voice of voices.values()) {
    if (voice === 'merchant' || voice === 'shops' || voice === 'index') others++;
    else if (voice === 'own') own++;
  }
  return others >= OTHERS_MIN_UNITS && own <= others * OWN_PER_OTHER_MAX;
}


/**
 * A unit that still states the shop's own terms on such a page: its first person, flatly, or its own address ("write to
 * hello@shop.example", support.ts EMAIL_ADDRESS): a way to reach it, whoever else the page speaks of.
 */
function shopSpeaks(unit: Unit, voice: Voice): boolean {
  return (voice === 'own' && !HEDGED.test(unit.norm)) || EMAIL_ADDRESS.test(unit.norm);
}

/**
 * The candidates that are the shop's or site's own: on a page that speaks of shops in general only the shop's own
 * statements stay; a topic handed to the sellers keeps only the site's own statements of it.
 */
export function partyScoped(units: readonly Unit[], candidates: readonly Candidate[]): Candidate[] {
  const topics = sellersTopics(units);
  // A marketplace speaks of its sellers by nature ("a seller", "merchants"): its own voice is read per topic instead.
  if (topics.size > 0) return candidates.filter((c) => !topics.has(categoryOf(c.term)) || siteSpeaks(c.unit));
  // Each unit's voice is read once: the page's count and the candidates' test share it.
  const voices = new Map(units.map((u) => [u, voiceOf(u.norm)] as const));
  if (!sharesNoTerms(voices)) return [...candidates];
  return candidates.filter((c) => shopSpeaks(c.unit, voices.get(c.unit) ?? voiceOf(c.unit.norm)));
}
