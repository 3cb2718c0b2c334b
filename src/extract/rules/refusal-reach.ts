/**
 * What a refusal covers (issue 11: a "no" read with the wrong reach cost whole pages). One reader for every rule that
 * finds a refusal of returns, refunds or exchanges: given the words after it, is it
 * - 'all': the shop's whole answer ("no refunds or exchanges.", "… except where the law requires it": a statutory
 *   carve-out keeps the refusal whole, like the faulty-goods exception);
 * - 'goods': one kind of goods only ("no returns or swaps for any swim wear", "no refunds on pierced earrings"): a
 *   final-sale exclusion, never "no returns";
 * - 'condition': a step in time ("no exchange or refund will be given until the goods are back and checked"): the
 *   refusal only says when, so it refuses nothing;
 * - undefined: limited some other way (a time, a channel: "no returns after 30 days"); the caller decides.
 * The words are classes (Sets of tokens), not phrases: a new product family needs no new pattern.
 */

import { scopeOf } from '../language/scope.js';
import { namesSubset } from './final-sale-families.js';

export type RefusalReach = 'all' | 'goods' | 'condition';

/** The refused things, coordinated after the first: "no returns or swaps", "refunds, exchanges or credit". */
const MORE_REFUSED = /^(?:,? (?:or|and|&|nor|\/) (?:no |any |an? )?(?:returns?|refunds?|exchanges?|swaps?|credits?|replacements?))+/;
/** The passive verb of a refusal before its reach: "no exchanges will be given", "returns are not accepted". */
const REFUSAL_VERB = /^ (?:(?:are|is|will be|can be|shall be|may be|be) )?(?:accepted|allowed|permitted|possible|available|given|offered|issued|made|granted|processed|done)\b/;
/** A step in time that the refusal waits for: the goods back, checked, received. */
const UNTIL = /^,? (?:[a-z]+ ){0,2}(?:until|till|before|prior to)\b/;
/** "except where required by law", "other than as required under the consumer guarantees act", "save your statutory rights". */
const STATUTORY = /^,? (?:except|other than|save|unless|apart from|beyond)\b[^.;,]{0,60}?\b(?:requir|mandat|oblig|entitle|statutor|law\b|laws\b|act\b|legislation|legal rights?)|^,? (?:without prejudice to|this does not affect) (?:your |any )?(?:statutory|legal|consumer) rights?\b/;
/** The object of "on / for / of" after the refusal: up to four words, to the clause's end or its reason. */
const OBJECT = /^ (on|for|of) (?:any |all |the |our |your |these |those |certain |some )?([a-z-]+(?: (?!due\b|because\b|as\b|since\b|for\b|unless\b|except\b|and\b|or\b|once\b|if\b|like\b|such\b|including\b|e\.g\b)[a-z-]+){0,3})/;
/**
 * An object narrowed by a relative clause: "all sales are final on products that have been discontinued", "no returns
 * on filters and pumps which are personalised". The clause names the subset when the subset words know it; a generic
 * head ("products") is then no longer the whole order.
 */
const RELATIVE_OBJECT = /^ (?:on|for|of) (?:any |all |the |our |your |these |those )?([a-z-]+(?:,? (?:and |or )?[a-z-]+){0,4}?) (?:that|which) ([^.;,]{1,60})/;
/**
 * Heads that mean the whole order or the refusal's reason or time, not a kind of goods: "no refunds for any reason",
 * "on any item", "for change of mind", "for hygiene reasons" (a reason said without goods), "of any kind".
 */
const NOT_A_KIND: ReadonlySet<string> = new Set([
  'item', 'items', 'product', 'products', 'goods', 'order', 'orders', 'purchase', 'purchases', 'merchandise', 'anything',
  'everything', 'reason', 'reasons', 'change', 'changed', 'hygiene', 'health', 'safety', 'whatever', 'whatsoever', 'this',
  'that', 'it', 'them', 'time', 'now', 'the', 'a', 'an', 'you', 'us', 'which', 'whom', 'what', 'more', 'less', 'over',
  'up', 'change-of-mind', 'used', 'worn', 'late', 'returned', 'kind', 'kinds', 'sort', 'type', 'shipping', 'postage',
  'delivery', 'fees', 'charges', 'costs', 'lost', 'missing', 'damaged', 'faulty', 'defective', 'broken', 'delays', 'delayed',
  'size', 'sizes', 'colour', 'colours', 'color', 'colors', 'difference', 'money', 'payment', 'payments', 'unused',
]);
/** Words that make the object a kind of order, buyer or cost, not of goods: "no refunds for international orders". */
const NOT_GOODS_WORDS = /\b(?:orders?|customers?|shipments?|deliver(?:y|ies)|payments?|members?|shipping|postage|fees?|charges?|costs?|services?|subscriptions?|bookings?|parcels?|packages?)\b/;
/**
 * The object names goods when it ends in a goods noun ("underwear products", "sale items", "knit wear") or names a
 * product family or subset the scope words know ("swimwear", "earrings", "perishable", "gift cards"); compound
 * "<x> wear" is read as one word.
 */
const GOODS_NOUN = /(?:\b(?:items?|products?|goods|pieces|clothing|garments?|lines|merchandise|stock)|wear)$/;
function namesGoods(phrase: string): boolean {
  const joined = phrase.replace(/\b([a-z]+) wear\b/g, '$1wear');
  if (NOT_GOODS_WORDS.test(joined)) return false;
  return GOODS_NOUN.test(joined) || scopeOf(joined) !== undefined || namesSubset(joined);
}

/**
 * The words after a refusal once the other refused things and its passive verb are passed: "no exchanges or refunds
 * will be given after 30 days" → " after 30 days". What every reader of a refusal's limit reads (here and returns.ts).
 */
export function afterRefusal(rest: string): string {
  return rest.replace(MORE_REFUSED, '').replace(REFUSAL_VERB, '');
}

/** The reach of a refusal whose words end where `rest` begins (the sentence's remainder). */
export function refusalReach(rest: string): RefusalReach | undefined {
  const after = afterRefusal(rest);
  if (UNTIL.test(after)) return 'condition';
  if (STATUTORY.test(after)) return 'all';
  const rel = RELATIVE_OBJECT.exec(after);
  if (rel) return !NOT_GOODS_WORDS.test(rel[1]!) && namesSubset(rel[2]!) ? 'goods' : undefined;
  const o = OBJECT.exec(after);
  if (!o || NOT_A_KIND.has(o[2]!.split(' ')[0]!)) return undefined;
  // What "returns of" or "exchanges of" take is the goods sent back ("returns or exchanges of frozen foods"), whatever
  // they are called; after "on" or "for" the object may be an order, a reason or a time, so the goods words decide.
  if (o[1] === 'of' && !NOT_GOODS_WORDS.test(o[2]!)) return 'goods';
  return namesGoods(o[2]!) ? 'goods' : undefined;
}

/** Whether the words right after a refusal carve out only what the law requires (the refusal stays whole). */
export function statutoryCarveOut(rest: string): boolean {
  return STATUTORY.test(afterRefusal(rest));
}
