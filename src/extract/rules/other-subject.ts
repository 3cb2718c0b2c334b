/**
 * Whose terms a section states (issue 11, "values where the label says nothing"): a section headed by another sales
 * channel, another kind of order or the goods coming back states no term of the shop's standard policy for what it
 * covers, though its sentences read like one. "Wholesale terms" / "returns are accepted on damaged goods within 15
 * days" is the trade buyers' rule; "Pre-orders" / "cancelled pre-orders carry a 20% fee" is that order's; "Returns" /
 * "we recommend a tracked service" is the shopper's parcel going back, not the shop's delivery. The sentence rules
 * cannot see the heading's subject; this reader, run over their readings, can.
 *
 * Word classes, not phrases: a heading is split into its parts ("Shipping, Returns & Pre-orders" has three), and it is
 * about another subject only when every part that names a subject at all names that one. A heading that also names the
 * standard topics ("Shipping & Pre-orders") is a shared section, read as usual.
 */
import type { Candidate, Unit } from '../rule-types.js';
import { WORD } from '../language/words.js';
import { categoryOf, type TermId } from '../../terms.js';

/** What a section may be about instead of the shop's standard terms. */
type Subject = 'trade' | 'advance-order' | 'subscription' | 'hire' | 'inbound';

/**
 * The subject words, one token each (lower case, as a heading spells them): the channel of trade buyers, an order placed
 * before the goods exist, a recurring plan, hire rather than sale.
 */
/** Trade buyers' channel, each word singular (a plural adds "s"): shipping.ts TRADE_BUYERS reads it too. */
export const TRADE_WORDS: readonly string[] = ['wholesale', 'wholesaler', 'stockist', 'reseller', 'b2b', 'distributor'];

const SUBJECT_WORDS: ReadonlyMap<string, Subject> = new Map<string, Subject>([
  ...TRADE_WORDS.flatMap((w) => [w, `${w}s`]).map((w) => [w, 'trade'] as const),
  // the advance-order and subscription words are also among statement-kind-words.ts OTHER_POLICY_WORDS (there a
  // sentence's other policy, here a heading's subject)
  ...['pre-order', 'pre-orders', 'preorder', 'preorders', 'pre-ordered', 'backorder', 'backorders', 'back-order', 'back-orders', 'backordered'].map((w) => [w, 'advance-order'] as const),
  ...['subscription', 'subscriptions', 'subscriber', 'subscribers'].map((w) => [w, 'subscription'] as const),
  ...['rental', 'rentals', 'hire', 'hiring'].map((w) => [w, 'hire'] as const),
]);

/** The goods coming back: a section so headed is the shopper's parcel, not the shop's delivery. */
const INBOUND_WORDS: ReadonlySet<string> = new Set(['return', 'returns', 'returning', 'exchange', 'exchanges', 'refund', 'refunds']);

/**
 * Words that name the standard terms: a heading part with one of them and no subject word is the shop's own
 * ("Retail", "Shipping", "Orders"). The inbound words are among them: "Shipping & Returns" is a shared section.
 */
const STANDARD_WORDS: ReadonlySet<string> = new Set([
  'retail', 'shipping', 'delivery', 'deliveries', 'postage', 'dispatch', 'despatch', 'order', 'orders', 'general', 'standard', 'online', 'faq', 'faqs',
  'warranty', 'warranties', 'guarantee', 'contact', 'support', 'customer', ...INBOUND_WORDS,
]);

/** Where a heading divides into parts: commas, ampersands, slashes, bars, dashes between words, "and". */
const PARTS = /\s*(?:[,&/|+•·]|\s[-–—]\s|\band\b)\s*/;

/** The one subject every naming part of a heading names, or undefined when a part names the standard terms or another subject. */
function headingSubject(heading: string): Subject | undefined {
  let found: Subject | undefined;
  for (const part of heading.toLowerCase().split(PARTS)) {
    const words = part.match(WORD) ?? [];
    const subjects = new Set(words.map((w) => SUBJECT_WORDS.get(w)).filter((s): s is Subject => s !== undefined));
    if (subjects.size > 1) return undefined;
    const [subject] = subjects;
    if (subject === undefined) {
      if (words.some((w) => STANDARD_WORDS.has(w))) return undefined;
      continue;
    }
    if (found !== undefined && found !== subject) return undefined;
    found = subject;
  }
  return found;
}

/** "Returns", "Refunds & Exchanges", "Returning an item": every naming part names the goods coming back, none the delivery. */
function inboundHeading(heading: string): boolean {
  let inbound = false;
  for (const part of heading.toLowerCase().split(PARTS)) {
    const words = part.match(WORD) ?? [];
    if (words.some((w) => SUBJECT_WORDS.has(w) || (STANDARD_WORDS.has(w) && !INBOUND_WORDS.has(w)))) return false;
    if (words.some((w) => INBOUND_WORDS.has(w))) inbound = true;
  }
  return inbound;
}

/**
 * What a returns section's tracking words are about when the unit names no order of the shop's: the shopper's parcel
 * going back ("please use a carrier that offers tracking", "email us your tracking ID"). A unit that names the shop's
 * order or its dispatch ("you can have it held after it ships, with your tracking number") is the outbound parcel.
 * Only tracking: a page flattened to text runs a "Returns" heading on over the shipping lines after it, whose clocks
 * name no order as often as not ("their shipping times are 3-5 days").
 */
const INBOUND_TERMS: ReadonlySet<TermId> = new Set<TermId>(['shipping.tracking']);
const OUTBOUND_WORDS: ReadonlySet<string> = new Set(['order', 'orders', 'ship', 'ships', 'shipped', 'dispatch', 'dispatched', 'despatch', 'despatched', 'purchase', 'purchases']);
/**
 * The terms an advance order, a plan or a hire sets apart: its returns (bar the goods it excludes). Not its clocks of
 * dispatch: a page flattened to text runs such a heading on over the shipping lines after it, which state the shop's
 * standard clocks (measured: tuning half b lost a processing and a delivery time when they were set apart too).
 */
const ORDER_TERMS = (term: TermId): boolean => term.startsWith('returns.') && term !== 'returns.final_sale_exclusions';

/**
 * Which readings each subject sets apart. The trade channel's section states none of the shopper's terms (its
 * exclusions too: "all wholesale orders are final" excludes no goods from a shopper's return), bar how to reach the
 * shop. An advance order, a plan or a hire keeps the goods it excludes ("pre-orders are final sale" is a product group
 * the returns policy excludes) and sets apart its own returns. A returns section's tracking words are the shopper's
 * parcel.
 */
const SET_APART: Readonly<Record<Subject, (term: TermId) => boolean>> = {
  trade: (term) => !term.startsWith('support.'),
  'advance-order': ORDER_TERMS,
  subscription: ORDER_TERMS,
  hire: ORDER_TERMS,
  inbound: (term) => INBOUND_TERMS.has(term),
};

/** The subject of the unit's section: another channel or order anywhere in its heading path, else a returns heading nearest it. */
function sectionSubject(unit: Unit): Subject | undefined {
  const path = unit.kind === 'heading' ? [...unit.headingPath, unit.text] : unit.headingPath;
  for (const heading of path) {
    const subject = headingSubject(heading);
    if (subject) return subject;
  }
  const nearest = path[path.length - 1];
  if (nearest === undefined || !inboundHeading(nearest)) return undefined;
  return (unit.norm.match(WORD) ?? []).some((w) => OUTBOUND_WORDS.has(w)) ? undefined : 'inbound';
}

/**
 * Channels a shop may sell through alone: a wholesaler's trade terms or a subscription box's plan terms are that shop's
 * own when the page states no others (in-house tuning 380, a trade counter's returns). Their section is set apart only
 * beside the standard terms of the same category on the page ("Returns" then "Wholesale accounts"). An advance order or
 * a hire is never the standard sale, so its section is set apart on any page.
 */
const MAY_BE_THE_SHOP: ReadonlySet<Subject> = new Set<Subject>(['trade', 'subscription']);

/** The readings that state the shop's standard terms: those a section's other subject sets apart are dropped. */
export function subjectScoped(candidates: readonly Candidate[]): Candidate[] {
  const subjects = new Map<Unit, Subject | undefined>();
  const subjectOf = (c: Candidate): Subject | undefined => {
    if (!subjects.has(c.unit)) subjects.set(c.unit, sectionSubject(c.unit));
    return subjects.get(c.unit);
  };
  const setApart = (c: Candidate): boolean => {
    const subject = subjectOf(c);
    return subject !== undefined && SET_APART[subject](c.term);
  };
  const standardCategories = new Set(candidates.filter((c) => !setApart(c)).map((c) => categoryOf(c.term)));
  return candidates.filter((c) => !setApart(c) || (MAY_BE_THE_SHOP.has(subjectOf(c)!) && !standardCategories.has(categoryOf(c.term))));
}
