/**
 * Whose policy a page states (issue 11, "values where the label says nothing"): a marketplace's help page that hands
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

/** The candidates that are the site's own: a topic handed to the sellers keeps only the site's own statements of it. */
export function partyScoped(units: readonly Unit[], candidates: readonly Candidate[]): Candidate[] {
  const topics = sellersTopics(units);
  if (topics.size === 0) return [...candidates];
  return candidates.filter((c) => !topics.has(categoryOf(c.term)) || siteSpeaks(c.unit));
}
