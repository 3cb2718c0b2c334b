/**
 * Refunds that belong to another policy than returns (issue 11, "another policy's refund read as the returns policy"):
 * a price promise that refunds the difference, a cancelled order's refund, a card hold released by the bank, a
 * faulty item sent back under warranty. Such a unit says nothing of how a change-of-mind return works, so the returns
 * rules do not read it. Each row an in-house example.
 */
import { CARRIER_HOLD } from './carrier-hold.js';
import { FAULT } from './fault-words.js';
import { namesSubset, REFUSALS, refusesReasonsOnly } from './final-sale-families.js';
import { negatedAt } from '../language/negation.js';
import { CONDITION_LEAD_IN } from '../page-text.js';
import { withChargedLabel } from './return-cost-frame.js';
import { previousUnit, type Candidate, type Unit } from '../rule-types.js';
import { WORD } from '../language/words.js';
import { fenced, fencedRegExp } from '../language/pattern-size.js';
import { HEDGE, SHOP_VOICE } from '../language/voice-words.js';

export type OtherPolicy = 'price-promise' | 'cancellation' | 'payment-hold' | 'faulty-remedy' | 'carrier-return' | 'another-seller' | 'not-received' | 'overpayment' | 'warranty-claim' | 'late-return' | 'wear-promise';


/**
 * The buyer does not take the delivery, so it goes back: "if you are unable to accept the goods and they come back to
 * our warehouse, we cannot refund perishables" is the failed delivery's rule, not an exclusion from returns.
 */
export const MISSED_DELIVERY = fenced(/\b(?:unable|not able|fail(?:s|ed)?|not (?:available|home|in|there)) to (?:accept|receive|take in|sign for|take delivery of) (?:the |your |a |this )?(?:goods|delivery|deliveries|parcels?|packages?|orders?|items?|consignment)\b/);
/**
 * A return that comes too late is posted back to the buyer: "items received after this time will be returned to you at
 * your cost" is who pays for that parcel, not the return postage.
 */
export const LATE_RETURN_BACK = fenced(/\b(?:received|arriv(?:e|es|ing)|reach(?:es|ing)?|sent|returned)\b[^.]{0,20}\b(?:after|beyond|outside(?: of)?|later than|past)\b[^.]{0,40}\b(?:returned|sent back|posted back|shipped back) to (?:you|the (?:customer|buyer|sender|purchaser))\b/);

/**
 * A parcel turned away at the door, in any word order: "if you refuse the package", "a package refused at delivery",
 * "return fees for refused parcels", "rejecting receipt of a package". Its reship fee, restocking charge and refund are
 * the carrier's bounce, not the returns policy (issue 11, "a carrier's refused parcel"). A word class and a span, not a
 * phrase list: a turning-away verb within PARCEL_SPAN words of a parcel noun, unless the parcel is the shopper's return
 * ("if your return parcel is rejected"). Each an in-house example (test/extract/rules/other-policy.test.ts).
 */
const TURNED_AWAY: ReadonlySet<string> = new Set(['refuse', 'refused', 'refuses', 'refusing', 'refusal', 'reject', 'rejected', 'rejects', 'rejecting', 'rejection']);
const PARCEL: ReadonlySet<string> = new Set(['package', 'packages', 'parcel', 'parcels', 'shipment', 'shipments', 'delivery', 'deliveries', 'consignment', 'consignments']);
const RETURN_PARCEL: ReadonlySet<string> = new Set(['return', 'returned', 'returning']);
const PARCEL_SPAN = 4;
const TURNED_AWAY_PARCEL = {
  test(norm: string): boolean {
    const words = norm.match(WORD) ?? [];
    // the word before a parcel noun is read in the whole sentence, not the span, which may begin at the noun
    return words.some((w, i) => {
      if (!TURNED_AWAY.has(w)) return false;
      const from = Math.max(0, i - PARCEL_SPAN);
      return words.slice(from, i + PARCEL_SPAN + 1).some((p, k) => PARCEL.has(p) && !RETURN_PARCEL.has(words[from + k - 1] ?? ''));
    });
  },
};

const OTHER_POLICY_CUES: readonly [OtherPolicy, { test(norm: string): boolean }][] = [
  // "we'll refund the difference to your card", "request a price promise refund", "found it cheaper within 14 days"
  // "spot it for less at another shop? we pay you the gap": the trigger is a lower price found elsewhere
  ['price-promise', fenced(/\b(?:refund|credit|pay|reimburse)(?:ing|ed)? (?:you )?(?:the |any )?(?:price )?(?:difference|gap)\b|\b(?:for less|cheaper|lower[- ]priced)\b[^.?]{0,40}\b(?:elsewhere|at (?:another|a competitor|a rival|other)|from (?:another|a competitor|a rival))\b|\brefund (?:for|of) the (?:price )?difference\b|\bprice[- ](?:promise|match(?:ing)?|beat|guarantee|adjustment)\b|\b(?:better|lower|cheaper) price\b/)],
  // "if your order was cancelled, your account is refunded within 3-5 days"
  // (A UK "right to cancel" within 14 days of delivery is the return window and is not matched: it cancels a contract.)
  // "cancellations incur a $20 fee, deducted from the original payment before a refund is issued"
  // "orders can be cancelled within 24 hours and we issue a voucher", "the order will be canceled and you receive store
  // credit" (not "… within 14 days of receipt": the right to cancel delivered goods is the return window)
  ['cancellation', fenced(/\b(?:your |an |the )?orders? (?:was|is|has been|gets|are|were|have been|(?:will|would|may|can|could|shall) be) cancell?ed\b(?![^.]{0,40}\b(?:of|from|after) (?:the (?:day|date) (?:of )?)?(?:receipt|receiving|delivery|you receive))|\bcancell?ed (?:orders?|before (?:dispatch|shipping))\b|\bcancell?ations? (?:will |may |shall )?(?:incur|carry|attract|are subject to|are charged)\b/)],
  // "a temporary hold on your card is released by your bank within 5 days"; a cheque's clearing holds the refund back
  // for the payment's sake, not the return's: "paid by cheque? No refund is issued until 5 days after the sale"
  ['payment-hold', fenced(/\b(?:temporary|pending|pre-?authori[sz]ation) (?:hold|charge|authori[sz]ation)\b|\bhold on your (?:card|account)\b|\bcharged twice\b|\bdouble charge\b|\b(?:paid|purchased|bought|paying|payments?) (?:by|with|via) (?:a )?(?:personal )?(?:check|cheque)s?\b[^.]{0,80}\b(?:until|clears?|cleared)\b|\b(?:check|cheque)s? (?:has |have )?(?:clears?|cleared)\b/)],
  // "All defective merchandise may be returned for a replacement within 180 days", "(damage exception only)"
  ['faulty-remedy', fenced(/^(?:[a-z]+ )?(?:all |any |the )?(?:defective|faulty|damaged|broken|doa|dead[- ]on[- ]arrival)\b (?:merchandise|items?|products?|goods|units?|parts?)\b(?! (?:and|or) )/)],
  // "parcels left uncollected for 10 days go back to us", "undeliverable post is returned to us after 18 days"
  ['carrier-return', CARRIER_HOLD],
  ['carrier-return', MISSED_DELIVERY],
  ['carrier-return', TURNED_AWAY_PARCEL],
  ['late-return', LATE_RETURN_BACK],
  // Goods bought elsewhere go back under that seller's policy: "orders placed through Amazon are returned through Amazon",
  // "bought from a stockist? Returns are handled by the shop you bought from", "request a refund via your Etsy account",
  // a marketplace's template: "returns are a scheme run by the respective sellers, each offering exchange or refund".
  ['another-seller', fenced(/\b(?:through|via|with|on|from|to|use|using|in) (?:your )?(?:amazon|ebay|etsy|walmart|zalando|flipkart|lazada|shopee|mercado ?libre|the marketplace|(?:an? |the |our )?(?:stockists?|resellers?|authori[sz]ed (?:dealers?|retailers?)|third[- ]party (?:sellers?|retailers?)))\b(?! (?:gift cards?|pay)\b)|\b(?:the )?(?:shop|store|retailer|seller|stockist|dealer) (?:you|where you|from which you) (?:bought|purchased|ordered)|\b(?:respective|individual|independent) (?:sellers?|vendors?|merchants?)\b/)],
];

/**
 * What a refund is for when nothing comes back (issue 11, "another policy's refund"): an order the buyer or the shop
 * cancels, an order that never reaches the buyer, an overpayment, a warranty claim, and goods that arrived faulty (the
 * faulty-goods remedy). One row per occasion, read by two readers:
 * - the refund's time and method read the row's word class anywhere in the unit: "if you cancel before it ships, we
 *   refund you within 3 days", "if the item arrives damaged we refund you within 5 business days", "refunds for lost
 *   parcels are issued within 10 days", "if it is out of stock we refund you within 48 hours", "any overpayment is
 *   refunded within 7 days", "we refund the delivery charge within 5 days if we miss the date";
 * - every other returns rule (window, fees, postage, exchanges) reads only the row's frame, the occasion said as a clause
 *   ("if you cancel your order before it ships", "cancellations made after 24 hours", "lost in transit", "under
 *   warranty"), because a bare word there is often a condition of an ordinary return: "postage back is yours unless the
 *   item is faulty", "a 15% restocking fee on opened or damaged boxes". A fault has no frame here: the faulty-goods
 *   remedy is told apart by OTHER_POLICY_CUES and the fault heading.
 * The unit still speaks of returns when it names one (RETURN_NAMED: "if the size you swap for is out of stock we refund
 * you" is the return's refund), or when the goods have arrived (GOODS_RECEIVED: the UK "right to cancel within 14 days
 * of delivery" is the return window). Each an in-house example (tuning 896-898, test/extract/rules/other-policy.test.ts).
 */
const REFUND_OCCASIONS: readonly { occasion: OtherPolicy; words: ReadonlySet<string>; frame?: RegExp }[] = [
  {
    occasion: 'cancellation',
    words: new Set(['cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'canceling', 'cancellation', 'cancellations', 'subscription', 'subscriptions']),
    frame: fenced(/\b(?:you|i|customers?|buyers?|we)\b(?: [a-z]+){0,3}? cancell?(?:s|ed)? (?:your |my |an? |the |their |any |this )?(?:pre-?order )?(?:order|purchase|subscription|booking|pre-?order|plan|item)s?\b|\bcancell?(?:ing|ation of) (?:your |my |an |the |any )?(?:order|purchase|subscription|booking|pre-?order)s?\b|\bcancell?ations? (?:made|requested|received|placed|after|within|before|later than|more than)\b/),
  },
  // An order never filled or never sent: "if your order has not been sent to you, you may be eligible for a refund",
  // "order not received? we refund you", "if it has not yet been delivered within 20 days" (each a row of
  // test/extract/rules/other-policy.test.ts).
  {
    occasion: 'not-received',
    words: new Set(['stock', 'unavailable', 'fulfil', 'fulfill', 'fulfilled', 'unfulfilled', 'lost', 'missed', 'miss']),
    frame: fenced(/\bout of stock\b|\bsold out\b|\b(?:cannot|can't|unable to|not able to) (?:fulfil+|supply|source|complete) (?:your |the |an |this )?order\b|\blost (?:in transit|in the post|in the mail)\b|\b(?:has|have|had|is|are|was|were|does|do|did)(?: not|n't) (?:yet )?(?:been )?(?:sent|dispatched|shipped|arrived?|delivered|received)\b(?! (?:a |your |the )?refund)|\b(?:order|parcel|package|item|goods|delivery) not (?:yet )?(?:received|arrived|delivered)\b|\b(?:parcel|package|order|shipment)s? (?:is|are|was|were|has been|have been|gets?|goes|go) (?:lost|missing|stolen)\b|\bnever (?:arrives?|arrived)\b/),
  },
  { occasion: 'overpayment', words: new Set(['overpayment', 'overpaid', 'overcharged', 'overcharge']) },
  { occasion: 'warranty-claim', words: new Set(), frame: fenced(/\bwarranty claims?\b|\bunder (?:the |our |its |their )?warranty\b/) },
  // A promise on how long the goods last: the refund's trigger is the product's age in months or years, not a return
  // ("if the boots are less than 6 months old and worn through, we credit you the full price", "within a year of use").
  { occasion: 'wear-promise', words: new Set(), frame: fenced(/\b(?:less|fewer|no more|not more) than (?:\d+|a|one|two|three|six|twelve) (?:months?|years?) old\b|\bwithin (?:the first )?(?:\d+|a|one|two|three|six|twelve) (?:months?|years?) of (?:use|wear|wearing|normal use)\b|\bin (?:the|its|their) first (?:\d+ |two |three |six |twelve )?(?:months?|years?) of (?:use|wear|wearing)\b/) },
  { occasion: 'faulty-remedy', words: new Set(['damaged', 'faulty', 'defective', 'broken']) },
];
/**
 * The verbs that move goods back to the shop, each in its forms: a page that says "post it back" or "ship them back" sends
 * goods back as surely as one that says "send it back" (test/extract/rules/other-policy.test.ts); money sent back is a
 * refund, not goods. Not return-words.ts MOVE_BACK: its "send … back" would take "we send the money back" for goods.
 */
const MOVE_BACK_VERB = 'sen(?:[dt]|ds|ding)|post(?:s|ed|ing)?|ship(?:s|ped|ping)?|mail(?:s|ed|ing)?|bring(?:s|ing)?|brought|courier(?:s|ed|ing)?';
const RETURN_NAMED = fencedRegExp(
  `\\breturn|\\bexchang|\\bswap|\\b(?:${MOVE_BACK_VERB}) (?:it |them |(?:the |your |any |an? )?(?!(?:money|refund|payment|funds?|deposit)\\b)[a-z]+ )?back\\b|\\bchange(?:d)? your mind\\b`,
);
const GOODS_RECEIVED = fenced(/\b(?:of|from|after|following|since) (?:the (?:day|date) (?:of |on which |you )?)?(?:receipt|receiving|receive|delivery|you receive)|(?<!\bnot (?:yet )?|n't (?:yet )?)\b(?:been|is|are|was|were) (?:delivered|received)\b/);

/**
 * The occasion other than a return that a unit's refund is for, or undefined: by the rows' frames for every returns
 * rule, and also by their word classes when the reader is the refund's time or method (`refund`).
 */
export function refundOccasion(norm: string, reader: 'refund' | 'any' = 'any'): OtherPolicy | undefined {
  if (RETURN_NAMED.test(norm) || GOODS_RECEIVED.test(norm)) return undefined;
  const framed = REFUND_OCCASIONS.find((row) => row.frame?.test(norm));
  if (framed || reader !== 'refund') return framed?.occasion;
  const words = norm.match(WORD) ?? [];
  return REFUND_OCCASIONS.find((row) => words.some((w) => row.words.has(w)))?.occasion;
}

/** The other policy a unit speaks of, or undefined when it may be about returns. */
export function otherPolicyOf(unit: Unit): OtherPolicy | undefined {
  for (const [policy, re] of OTHER_POLICY_CUES) if (re.test(unit.norm) && !(policy === 'price-promise' && NAMES_RETURN_POLICY.test(unit.norm))) return policy;
  if (inFaultSection(unit)) return 'faulty-remedy';
  return inOtherPolicySection(unit) ?? refundOccasion(unit.norm);
}

/**
 * A sentence that goes on with the one before it speaks of the same occasion: "all defective units must come back
 * unused. It should reach us within 7 days of delivery" is the faulty-goods remedy's deadline; "we are not responsible
 * for an incorrect address. If a parcel comes back to us for this reason, you pay the new postage" is the carrier's
 * bounce. It goes on when it opens with a pronoun or points back to the case ("for this reason", "in that case", a
 * condition on "these" things: "if we cannot supply your order … If you have already paid for these products, we
 * refund your card"), in the same section. Each an in-house example (tuning 852, 553).
 */
const GOES_ON = /^(?:it|they|this|these|those|such (?:items?|goods|products?|parcels?|packages?|orders?))\b|\b(?:for (?:this|that|these|those|such) reasons?|in (?:this|that|such|these|those) (?:cases?|events?|instances?)|if so)\b|^(?:if|when|where|once|should)\b[^,.;]{0,60}\b(?:these|those|such) (?!as\b)[a-z]+/;

/** The other policy of the unit before, when this unit goes on with it (see GOES_ON), or undefined. */
export function otherPolicyGoingOn(unit: Unit, pageUnits: readonly Unit[] | undefined): OtherPolicy | undefined {
  if (!GOES_ON.test(unit.norm)) return undefined;
  const before = previousUnit(unit, pageUnits);
  return before && otherPolicyOf(before);
}

/**
 * A section headed by a fault or a loss ("Damaged or defective items", "Lost or damaged parcels", "Damages and issues")
 * tells the remedy: its prepaid label, its refund to the card and its report deadline are not the returns policy
 * (test/real/README.md). A sentence there that still offers an ordinary return ("to be eligible for a return", "for any
 * reason") is read.
 */
const FAULT_HEADING = new RegExp(`${FAULT.source}|\\bdamages?\\b|\\blost\\b|\\bmissing\\b`);
const ORDINARY_RETURN = /\beligible for (?:a )?(?:return|refund)\b/;
function inFaultSection(unit: Unit): boolean {
  const heading = unit.headingPath[unit.headingPath.length - 1];
  if (heading === undefined || !FAULT_HEADING.test(heading.toLowerCase())) return false;
  return !ORDINARY_RETURN.test(unit.norm) && !CHANGE_OF_MIND.test(unit.norm);
}

/**
 * A section headed by another policy's name ("Price promise", "Warranty", "Lowest price guarantee") on a page that also
 * states returns: its refund, voucher and claim time are that policy's (issue 11, "another policy's refund"), the same
 * scope as such a page (namesOtherPolicy) narrowed to the section. A unit there that names the returns policy is read.
 */
function inOtherPolicySection(unit: Unit): OtherPolicy | undefined {
  const heading = unit.headingPath[unit.headingPath.length - 1];
  if (heading === undefined || !OTHER_POLICY_NAME.test(heading) || RETURNS_HEADING.test(heading) || MONEY_BACK_NAME.test(heading) || NAMES_RETURN_POLICY.test(unit.norm)) return undefined;
  return WARRANTY_NAME.test(heading) ? 'warranty-claim' : 'price-promise';
}

/** Pages whose address names a policy other than returns: their refunds are that policy's, unless a returns section says otherwise. */
const OTHER_POLICY_PAGE = /\/[^/?#]*(?:warrant|price-?(?:match|promise|beat|guarantee)|price_match)[^/?#]*(?:[/?#]|$)/i;
const RETURNS_PAGE = /return|refund|exchange|trial/i;

/** "During our 30-day return period": a unit that names the returns policy itself is read even on such a page. */
const NAMES_RETURN_POLICY = /\b\d+[- ]day returns? (?:period|window|policy)\b/;

/** Whether a unit on an other-policy page still speaks of the returns policy. */
export function namesReturnPolicy(unit: Unit): boolean {
  // A "When you'll receive your refund" section of a price-promise page is that promise's refund: only a heading that
  // names returns or exchanges (or the unit itself) makes it the returns policy.
  return (unit.sectionTopic === 'returns' && unit.headingPath.some((h) => RETURNS_HEADING.test(h))) || NAMES_RETURN_POLICY.test(unit.norm);
}
const RETURNS_HEADING = /\breturn|\bexchange|\bsend(?:ing)? (?:it |them |items? )?back\b/i;

/** Whether the page's address names a warranty or price-promise policy and not returns. */
export function isOtherPolicyPage(url: string | null): boolean {
  if (!url) return false;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  return OTHER_POLICY_PAGE.test(path) && !RETURNS_PAGE.test(path);
}

/**
 * The page's main heading names a warranty, a protection plan or a price promise and not returns ("Protection Plans",
 * "Lowest Price Guarantee", "Warranty Information"): the same scope as such an address, for pages whose address does
 * not say it ("/pages/plans", "/help/article-123"). A unit that names the returns policy is still read there. The
 * money-back rules read the same names in a unit (guarantee.ts): a period said of a warranty or a price promise is not
 * a money-back period.
 */
/** The warranty's part of OTHER_POLICY_NAME: a section so named handles warranty claims, the rest price promises. */
const WARRANTY_NAME = /\bwarrant|\bprotection plan/i;
export const OTHER_POLICY_NAME = /\bwarrant|\bprotection plans?\b|\bprice[- ]?(?:match|promise|beat|guarantee|pledge|protection|adjustment)|\b(?:lowest|best) price\b/i;
function namesOtherPolicy(units: readonly Unit[]): boolean {
  const h1 = units.find((u) => u.kind === 'heading')?.text;
  return h1 !== undefined && OTHER_POLICY_NAME.test(h1) && !RETURNS_PAGE.test(h1) && !MONEY_BACK_NAME.test(h1);
}
/**
 * A page whose text is a warranty and nothing else, though no heading or address says so (the address may name
 * returns too): several units speak of the warranty, and no unit speaks of a return, refund or exchange without it.
 * Its remedy's credit voucher and claim time are not the returns policy (tuning 906).
 */
const WARRANTY_WORD = /\bwarrant/;
const RETURN_WORD = /\breturn|\brefund|\bexchang|\bmoney[- ]back\b|\bsend (?:it|them|items?) back\b/;
const WARRANTY_UNITS_MIN = 3;
function warrantyText(units: readonly Unit[]): boolean {
  return units.filter((u) => WARRANTY_WORD.test(u.norm)).length >= WARRANTY_UNITS_MIN && !units.some((u) => RETURN_WORD.test(u.norm) && !WARRANTY_WORD.test(u.norm));
}
/** A heading that also names a money-back guarantee ("Guarantees & Warranty FAQ"): that guarantee's return counts. */
const MONEY_BACK_NAME = /\bmoney[- ]back\b|\bguarantees\b|\bsatisf/i;

/**
 * A money-back promise that needs nothing sent back ("you do not have to return anything", "keep the product"): on
 * such a page a unit about the money back is the guarantee's, not the returns policy (test/corpus/README.md: "a
 * money-back guarantee that does not mention sending the item back"). Units about returning are still read.
 */
const NO_RETURN_NEEDED =
  fenced(/\b(?:do not|don't|does not|doesn't|never|won't|will not) (?:even )?(?:have|need) to (?:return|send|post|ship) (?:anything|it|them|the (?:product|item|goods|bottle|box)s?)?\b|\bno need to (?:return|send|post|ship|mail)\b|\bkeep (?:the|your) (?:product|item|goods|bottles?)\b|\bnothing to (?:send|return) back\b/);
const MONEY_BACK_UNIT = /\bmoney[- ]back\b|\bguarantee|\b(?:100%|fully|completely) satisf/;

/**
 * A page headed or addressed as the guarantee itself ("Our 45-Day Glow Guarantee", "/pages/money-back-promise"): when
 * that guarantee needs nothing sent back, every unit of the page that does not speak of returning is the guarantee's,
 * even without the guarantee's words ("email us and we'll refund your order in full to the card you paid with").
 */
const GUARANTEE_NAME = /\bmoney[- ]?back\b|\bguarantee|\bpromise\b|\bsatisf|\brisk[- ]free\b/i;
function namesGuarantee(url: string | null, units: readonly Unit[]): boolean {
  const h1 = units.find((u) => u.kind === 'heading')?.text;
  if (h1 !== undefined && GUARANTEE_NAME.test(h1) && !RETURNS_PAGE.test(h1)) return true;
  const path = url === null ? '' : url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[-_]/g, ' ');
  return GUARANTEE_NAME.test(path) && !RETURNS_PAGE.test(path);
}

/** Dissatisfaction as a refund's trigger: one word class for this scope and the money-back promise (guarantee.ts). */
export const UNHAPPY = String.raw`\bnot (?:completely |entirely |totally |fully |100% )?(?:satisfied|happy|delighted|thrilled)\b|\bunhappy\b|\bdissatisfied\b`;
const DISSATISFIED = fencedRegExp(UNHAPPY);
/** A refund named in any wording: this scope's trigger and a named guarantee's promise (guarantee.ts). */
export const REFUND_WORD = /\brefund|\bmoney back\b|\breimburs/;
/**
 * The refund's trigger is dissatisfaction ("if you are not completely satisfied within 30 days, we refund you"), and no
 * unit of the page sends anything back (RETURN_NAMED): the money comes back without the goods, so the page is a
 * satisfaction guarantee said without "you need not return it" (test/corpus/README.md: a money-back guarantee that does
 * not mention sending the item back gives no returns terms). Its refund times by payment method are the guarantee's.
 */
function refundsWithoutReturn(units: readonly Unit[]): boolean {
  return units.some((u) => DISSATISFIED.test(u.norm) && REFUND_WORD.test(u.norm)) && !units.some((u) => RETURN_NAMED.test(u.norm) || RETURNS_HEADING.test(u.norm));
}

/** Which units may give returns terms on this page: not the guarantee's units when the guarantee needs no return. */
export function returnsReadingFilter(url: string | null, units: readonly Unit[]): (unit: Unit) => boolean {
  // A refund for dissatisfaction and nothing sent back anywhere (no unit names a return): every unit is the guarantee's.
  if (refundsWithoutReturn(units)) return () => false;
  const otherPage = isOtherPolicyPage(url) || namesOtherPolicy(units) || warrantyText(units);
  const keepsGoods = units.some((u) => NO_RETURN_NEEDED.test(u.norm) && !NEGATED_NEED.test(u.norm));
  const guaranteePage = keepsGoods && namesGuarantee(url, units);
  const guarantees = (unit: Unit): boolean => keepsGoods && (guaranteePage || MONEY_BACK_UNIT.test(unit.norm)) && !RETURNS_HEADING.test(unit.norm.replace(/\breturn policy\b/g, ''));
  return (unit) => (!otherPage || namesReturnPolicy(unit)) && !guarantees(unit);
}
/** "If you do not have to return anything, …" is not said by the shop when it is a condition. */
const NEGATED_NEED = /\bif you (?:do not|don't) (?:have|need) to return\b/;

/**
 * A page whose returns are only the faulty-goods remedy (test/real/README.md: "returns accepted only for damaged, faulty
 * or wrong goods … nothing from the faulty-goods remedy"), or that refuses returns outright: its window, refund method,
 * refund time, postage and fees are that remedy's, not a returns policy. The page is read as a whole, because real
 * pages say it once ("can be returned only if it arrives damaged") and then describe the remedy's steps at length.
 * Each row an in-house example.
 */
const RETURN_REMEDY = /\breturn|\brefund|\bexchang|\breplac|\bsen[dt] (?:it |them )?back/;
/** The limit must be said of returns or refunds themselves: "we only replace faulty items" leaves returns open. */
const RETURN_OR_REFUND = /\breturn|\brefund|\b(?:sen[dt]|take|taken) (?:it |them |items? |goods |products )?back/;
/**
 * A return taken without a fault named: "you can return unworn items within 30 days", "returns are accepted", "unused
 * gear may also be returned".
 */
const OPEN_RETURN = fenced(/\b(?:can|may|could) (?:also |still |always )?(?:be )?return(?:ed)?\b|\b(?:can|may) send (?:it|them|items?) back\b|\breturns? (?:are|is) (?:accepted|welcome|free|easy)\b|\b(?:we )?(?:gladly |happily |also )?accept returns\b|\bhappy to (?:refund|accept returns|exchange)\b/);
/** A change of mind named, and the things a shop refuses for it. */
const MIND = 'change[- ](?:of|in)[- ]mind';
const MIND_NAMED = new RegExp(`\\b${MIND}`);
const MIND_OBJECT = '(?:returns?|refunds?|exchanges?)(?: (?:or|and|\\/) (?:returns?|refunds?|exchanges?))?';
const FAULT_ONLY: readonly RegExp[] = [
  // "items can be returned only if they arrive damaged", "we will only issue a refund if the goods are faulty"
  // "we can only take back goods that arrive broken": the fault in a clause that says which goods
  new RegExp(`\\b(?:only|solely|exclusively)(?: [a-z]+){0,4}? (?:if|when|where|in (?:the )?cases? (?:of|where)|in the event (?:of|that)|for|of|on|in respect of|[a-z]+ (?:that|which))\\b[^.;,]{0,60}${FAULT.source}`),
  // The refusal with a fault as its only exception: "we do not accept returns unless the item arrives damaged", "no
  // refunds except for faulty goods", "we are unable to accept returns for any reason other than a fault".
  new RegExp(`\\b(?:do not|don't|does not|doesn't|cannot|can't|won't|will not|unable to|not able to|no)\\b[^.;]{0,30}\\b(?:returns?|refunds?)\\b[^.;]{0,40}\\b(?:unless|except|other than|apart from|save for)\\b[^.;]{0,60}${FAULT.source}`),
  // "returns for damaged or defective goods only"
  new RegExp(`${FAULT.source}(?: or [a-z]+)? (?:items?|goods|products?|merchandise|orders?|parcels?)? ?only\\b`),
  // "we do not accept change-of-mind returns", "no change of mind refunds", "change of mind is not a reason for a refund"
  // "we can't take items back if you've simply changed your mind", "we cannot offer returns on change-of-mind purchases"
  fenced(/\bno change[- ]of[- ]mind\b|\b(?:do not|don't|does not|doesn't|cannot|can't|won't|will not|unable to|not able to) (?:accept|offer|give|provide|issue|do|process|allow|take)(?: any)? (?:(?:returns?|refunds?|exchanges?)\b|(?:[a-z]+ )?back\b)[^.;]{0,40}\b(?:change[- ](?:of|in)[- ](?:your )?(?:mind|heart)|changed (?:your|their) minds?|unwanted)\b/),
  // The change of mind refused in the other word orders: "no refund for change of mind", "refunds will not be given for a
  // 'change of mind'", "change-of-mind returns are not accepted"; a period or a condition after it ("… after 14 days",
  // "… unless the item is unopened") makes it a window or a condition, not a refusal.
  fencedRegExp(`(?:(?:\\bno ${MIND_OBJECT} (?:for|on|due to|because of|based on)|\\b${MIND_OBJECT} (?:will|are|is|can|shall)(?: not|n't|not) (?:be )?(?:given|accepted|offered|issued|provided|possible|available|made|granted) (?:for|on|due to|because of)) (?:an? |your |simple |a simple )?['"\\u2018\\u201c]?${MIND}|\\b${MIND}['"\\u2019\\u201d]? ${MIND_OBJECT} (?:are|is|will|can)(?: not|n't|not) (?:be )?(?:accepted|given|offered|possible|available|refunded|eligible|allowed|permitted)\\b)(?![^.;]{0,60}\\b(?:unless|except|provided|as long as|if|after \\d|beyond|outside|past|later than|more than)\\b)`),
  // The fault names the only goods taken back: "only defective items can be returned", "only damaged goods are refunded".
  new RegExp(`\\bonly (?:[a-z]+ ){0,2}?${FAULT.source}[^.;]{0,40}\\b(?:can|may|will|are|is|qualify|qualifies)\\b[^.;]{0,20}\\b(?:returned|refunded|exchanged|accepted|eligible|returnable|refundable)\\b`),
  // The fault as the subject's own qualifier, without "only": "items that are faulty can be returned", "faulty or damaged
  // goods may be sent back for a refund", "lamps which arrive broken are accepted back" (any noun for the goods). It limits returns only on a
  // page that takes no change of mind elsewhere (takesChangeOfMind below keeps open pages open). The goods are the
  // subject ("refunds for damaged goods are paid after a claim" is a step, not a limit), and a replacement or repair as
  // the remedy is a warranty's ("defective merchandise may be returned for a replacement within 180 days"). Both words of
  // a pair must name a fault: "damaged or unwanted items can be returned" takes a change of mind too.
  fencedRegExp(`(?:^|[?:!]\\s+)(?:(?:all|any|the|our|your) )?(?:[a-z]{3,} (?:that|which) (?:are|is|were|was|arrive|arrives|arrived|have been|has been|prove|proves|turn out)(?: to be)? (?:[a-z]+ )?${FAULT.source}|${FAULT.source}(?: (?:or|and|\\/) ${FAULT.source})? [a-z]{3,})\\b[^.;]{0,30}\\b(?:can|may|will|are|is|should)\\b(?: only)?(?: be)? (?:returned|refunded|exchanged|accepted|sent back|taken back)\\b(?! for (?:a )?(?:replacement|repair))`),
];
/** Subjects that make a limit a product group's, not the shop's ("sale items can only be returned if faulty"). */
const GROUP_SUBJECT = /\b(?:sale|clearance|discounted|final sale|custom\w*|personali[sz]ed|engraved|gift cards?|swim\w*|underwear|intimates|earrings|perishables?|opened|digital|hygiene|cosmetics|outlet)\b/;
/**
 * A reason before the shop's words: "due to the handmade nature of our goods,", "because every piece is custom,", "each
 * lamp is made to order, so we …".
 */
export const REASON_LEAD = /\b(?:due to|because of|owing to|given|as a result of|because|since|as)\b[^,;]{0,80},|^[^,;.]{0,100}, so (?=we\b|i\b)/g;
/** A quoted line is an example of a sign or a clause ("'No change-of-mind refunds on sale items'"), not the shop speaking. */
const QUOTED = /^\s*(?:[•*-]\s*)?['"\u2018\u201c][^'"\u2019\u201d]+['"\u2019\u201d]\.?\s*$/;
/** Carriage words: "we only refund postage for damaged parcels" is who pays, not which returns are taken. */
const CARRIAGE = /\b(?:postage|shipping|delivery|carriage|freight|courier|label)\b/;
/**
 * The page takes change-of-mind returns after all ("if you change your mind", "for any reason", "unworn items with
 * tags"), unless the words are refused or hedged ("change-of-mind returns (where applicable)").
 */
const CHANGE_OF_MIND = fenced(/\bchange(?:d)?(?:-| )(?:of |in |your )?(?:-)?mind\b|\bfor any reason\b|\bno longer (?:want|need)\b|\bnot (?:completely |entirely |totally |100% )?(?:happy|satisfied|in love)\b|\bdon't love\b|\bunwanted\b|\bunworn\b|\bunwashed\b|\bwith (?:the |all )?(?:original )?tags\b/);
const WHERE_APPLICABLE = /\((?:where|if|when) (?:applicable|available|offered)\)/;
/** A verb refused ("do not", "won't", "not"), and with "no" any refusal: one list for the hedged-refusal patterns below. */
const REFUSED_VERB = "(?:do not|don't|does not|doesn't|cannot|can't|won't|will not|not)";
const REFUSING = `(?:${REFUSED_VERB}|no)`;
/** Each request judged on its own: one source for CASE_BY_CASE and DISCRETION. */
const JUDGED_ALONE = String.raw`\bcase[- ]by[- ]case\b|\bat (?:our|the (?:store|shop|seller|company)'s) (?:sole |own )?discretion\b`;
const CASE_BY_CASE = fencedRegExp(String.raw`${JUDGED_ALONE}|\b${HEDGE} ${REFUSED_VERB}\b`);

/**
 * A change-of-mind refund refused only as a habit, with each request judged on its own (test/real/README.md: neither a
 * returns offer nor a refusal, so no returns.accepted). Read as a frame over one unit or two neighbours: a hedge word
 * beside a refusing verb ("generally we don't refund", "we don't usually give refunds", "as a rule no refunds are
 * given") and a discretion ("case by case", "each request is looked at individually", "at our discretion", "on its
 * merits"). Each an in-house example.
 */
const HEDGED_REFUSAL = fencedRegExp(`\\b${HEDGE},? (?:we |i )?${REFUSING}\\b[^.;]{0,40}\\b(?:refund|return|exchang)|\\b${REFUSING} ${HEDGE}\\b[^.;]{0,30}\\b(?:refund|return|exchang)`);
const DISCRETION = new RegExp(String.raw`${JUDGED_ALONE}|\b(?:individually|on (?:its|their) (?:own )?merits|one by one)\b`);

/** Whether the page hedges its change-of-mind refusal and judges each request on its own (HEDGED_REFUSAL, DISCRETION). */
function judgedCaseByCase(units: readonly Unit[]): boolean {
  return units.some((u, i) => HEDGED_REFUSAL.test(u.norm) && [units[i - 1], u, units[i + 1]].some((n) => n !== undefined && DISCRETION.test(n.norm)));
}

/** The unit that limits every return to faulty goods, or undefined. */
function faultOnlyUnit(units: readonly Unit[]): Unit | undefined {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const s = u.norm;
    if (u.sectionTopic === 'warranty' || /\bwarrant|\bguarantee/.test(s)) continue;
    // "… under the following conditions:" then list items that are all faults, or "only if:" then a fault first. Asked
    // before the case-by-case skip below: a lead that judges each request case by case but lists only faults as the
    // cases still limits returns to them (in-house 510).
    if (faultListLead(units, i, RETURN_OR_REFUND)) return u;
    if (!RETURN_OR_REFUND.test(s)) continue;
    // "We generally do not refund a change of mind, but each request is judged case by case": neither an offer nor a
    // refusal (test/real/README.md), so the page's returns terms stay.
    if (CASE_BY_CASE.test(s)) continue;
    // A refusal whose objects are all reasons, a change of mind among them ("the following are not eligible for a
    // refund: a change of mind, a wrong size ordered"): the change-of-mind refusal in a list's shape.
    if (MIND_NAMED.test(s) && refusesReasonsOnly(s) && REFUSALS.some((re) => re.test(s)) && !QUOTED.test(u.text)) return u;
    for (const re of FAULT_ONLY) {
      const m = re.exec(s);
      if (!m) continue;
      // The group is the limit's subject, not its reason: "due to the custom nature of our items, we only accept returns
      // if faulty" limits every item.
      if (GROUP_SUBJECT.test(s.replace(REASON_LEAD, ' ')) || namesSubset(s.slice(0, m.index).replace(REASON_LEAD, ' ')) || CARRIAGE.test(s.slice(0, m.index + m[0].length)) || QUOTED.test(u.text)) continue;
      return u;
    }
  }
  return undefined;
}

/** "Only" in a lead-in: the list that follows names the only cases ("we accept exchanges only if:"). */
const ONLY = /\bonly\b/;
/**
 * A lead-in ("… under the following conditions:", "we accept exchanges only if:") whose list limits what it names to
 * faulty or wrong goods: every item names a fault, or the lead says "only" and its first item (the case; the rest are
 * the conditions of sending back) names one. `names` is what the lead must speak of.
 */
function faultListLead(units: readonly Unit[], i: number, names: RegExp): boolean {
  const s = units[i]!.norm;
  if (!CONDITION_LEAD_IN.test(s) || FAULT.test(s) || !names.test(s)) return false;
  const items: Unit[] = [];
  for (let j = i + 1; j < units.length && units[j]!.kind === 'item' && items.length < 8; j++) items.push(units[j]!);
  if (items.length === 0) return false;
  if (items.every((it) => FAULT.test(it.norm))) return true;
  // "Only if: – the item is not damaged" names a condition, and a change of mind among the cases opens returns again.
  const first = FAULT.exec(items[0]!.norm);
  return ONLY.test(s) && first !== null && !negatedAt(items[0]!.norm, first.index) && !items.some((it) => CHANGE_OF_MIND.test(it.norm));
}

/**
 * Whether the page limits exchanges to faulty or wrong goods in a list ("we accept exchanges only if: you received the
 * wrong size or a defective product; …"): every exchange it then describes ("to request an exchange, contact us") is
 * that remedy, not an exchange policy.
 */
function exchangesForFaultsOnly(units: readonly Unit[]): boolean {
  return units.some((_, i) => faultListLead(units, i, EXCHANGE));
}
/** Exchanges named, whatever the word ("exchange", "swap"): the topic returns.ts's exchange rule and the refusals read. */
export const EXCHANGE = /\bexchang|\bswap/;

/** Whether some unit accepts a change-of-mind return, or a return without naming a fault. */
function takesChangeOfMind(units: readonly Unit[], faultOnly: Unit | undefined): boolean {
  return units.some((u) => {
    if (u === faultOnly || !RETURN_REMEDY.test(u.norm) || WHERE_APPLICABLE.test(u.norm) || FAULT_ONLY.some((re) => re.test(u.norm))) return false;
    const m = CHANGE_OF_MIND.exec(u.norm);
    if (m !== null && !negatedAt(u.norm, m.index)) return true;
    const open = OPEN_RETURN.exec(u.norm);
    // A question ("What can be returned?", "Can items be returned?") offers nothing: its answer does.
    const asked = open !== null && /^[^.!]*\?/.test(u.norm.slice(open.index));
    return open !== null && !asked && !negatedAt(u.norm, open.index) && !FAULT.test(u.norm) && u.sectionTopic !== 'warranty';
  });
}

/** The name a faulty-only page's refusal is calibrated under (confidence.ts): it is read page-wide, not by a unit rule. */
export const FAULT_ONLY_RULE = 'faultOnlyPage';

/** Returns accepted because goods come back for an exchange or credit: read, not stated, so not sure. */
const TAKEN_BACK_CONFIDENCE = 0.72;

/** An exchange or store credit offered for every return, not only for faulty goods: goods come back without a refund. */
function settlesOtherwise(c: Candidate, faultExchanges: boolean): boolean {
  if (c.scope !== undefined || FAULT.test(c.unit.norm)) return false;
  if (c.term === 'returns.exchanges') return c.value === true && !faultExchanges;
  return c.term === 'returns.refund_method' && (c.value as readonly string[]).some((m) => m === 'exchange' || m === 'store_credit');
}

/** The returns readings that a refused or faulty-only page keeps: the refusal itself, and exchanges that are not the remedy. */
function keptOnRefusedPage(c: Candidate, faultExchanges: boolean): boolean {
  if (c.term === 'returns.accepted') return c.value === false;
  if (c.term === 'returns.exchanges') return c.value === false || (!FAULT.test(c.unit.norm) && !faultExchanges);
  return false;
}

/**
 * The returns readings of a page after its scope is applied: another policy's units are dropped (returnsReadingFilter),
 * and on a page that takes no change-of-mind returns only the refusal (and an exchange offer) remains.
 */
export function returnsReadings(url: string | null, units: readonly Unit[], candidates: readonly Candidate[]): ReturnsReadings {
  const kept = scopedReturnsReadings(url, units, candidates);
  // A page that judges change-of-mind refunds case by case neither offers nor refuses returns: its period, method and
  // exclusions count, but no returns.accepted, neither read nor inferred from the terms it states.
  if (!judgedCaseByCase(units)) return { candidates: kept, acceptedFromTerms: true };
  return { candidates: kept.filter((c) => c.term !== 'returns.accepted'), acceptedFromTerms: false };
}

/** The returns readings after scope, and whether the terms they state may imply that returns are accepted. */
export interface ReturnsReadings {
  readonly candidates: Candidate[];
  readonly acceptedFromTerms: boolean;
}

/**
 * A page that only paraphrases consumer law (test/real/README.md: "a returns page that only paraphrases consumer law or
 * advice addressed to sellers → nothing"): no unit of the page speaks as the shop, and the law is what its readings
 * come from. The shop speaks as "we", "our", "us", "I", "my", or, in a contract, as a defined party written with a
 * capital ("the Seller", "the Company", "the Customer", not a name such as "the Consumer Rights Act"); an explainer's parties are "the consumer", "a store",
 * "traders", "you" in general. The law must be named on the page, and either every returns reading comes from a unit
 * that names the law or such a general party, or the law is named more than once (one "nothing here limits your
 * statutory rights" is a shop's own boilerplate). In-house examples: "Under the Consumer
 * Guarantees Act you are entitled to a refund for a major fault", "the law gives you 14 days to cancel", "traders must
 * refund within 14 days".
 */
const LAW_NAMED = fenced(/\b(?:consumer (?:law|rights|guarantees?|protection|contracts?)|(?:protection|rights|guarantees|contracts|trading|goods|competition|commerce) act|(?:the |\()(?:cpa|acl)\b|regulations|legislation|statutory|the law|by law|(?:australian|consumer|eu|european|uk|federal|state|national) law)\b/);
/** A contract's defined party, capitalised (read in the unit's own text, not the lower-cased one). */
const DEFINED_PARTY = /\b[Tt]he (?:Seller|Company|Supplier|Retailer|Store|Shop|Vendor|Merchant|Customer|Buyer|Purchaser|Consumer|Client)\b(?! [A-Z])/;
/** Units naming the law before the page counts as a law explainer even when its readings come from other units. */
const LAW_UNITS_MIN = 2;

/** The parties of an explainer, named in general: "consumers", "the buyer", "a store", "traders". */
const GENERAL_PARTY = /\b(?:consumers?|the buyer|buyers|the seller|sellers|traders?|retailers|businesses|suppliers?|a (?:store|shop|business|retailer|trader|seller))\b/;

/**
 * The law is stated without being named when the parties it binds are given duties or rights in general: "traders must
 * refund within 14 days", "consumers should return items within 14 days of cancelling", "suppliers will be able to
 * withhold refunds" (tuning 898). The buyer and the seller are left out: a marketplace listing speaks of "the buyer"
 * when it states its own terms; so is "shall", a contract's word ("the consumer shall bear the cost of returning").
 */
const LAW_DUTY = fenced(/\b(?:traders?|consumers?|suppliers?|businesses)\b(?: [a-z]+){0,3}? (?:must|should|are (?:required|obliged|entitled|not required|not obliged) to|(?:has|have) (?:the|a) (?:legal |statutory )?right|will (?:be able to|have to))\b/);
const statesLaw = (u: Unit): boolean => LAW_NAMED.test(u.norm) || LAW_DUTY.test(u.norm);

function lawExplainerPage(units: readonly Unit[], candidates: readonly Candidate[]): boolean {
  const fromUnits = candidates.filter((c) => c.term.startsWith('returns.')).map((c) => c.unit);
  if (fromUnits.length === 0 || units.some((u) => SHOP_VOICE.test(u.norm) || DEFINED_PARTY.test(u.text))) return false;
  if (!units.some(statesLaw)) return false;
  return fromUnits.every((u) => statesLaw(u) || GENERAL_PARTY.test(u.norm)) || units.filter(statesLaw).length >= LAW_UNITS_MIN;
}

function scopedReturnsReadings(url: string | null, units: readonly Unit[], candidates: readonly Candidate[]): Candidate[] {
  if (lawExplainerPage(units, candidates)) return candidates.filter((c) => !c.term.startsWith('returns.'));
  const kept = returnsReadingFilter(url, units);
  // A prepaid label the page charges for is not free postage (return-cost-frame.ts).
  // A unit read as a price promise is that promise's: its refund of the gap is not the returns policy's refund, whatever
  // words it uses for the gap ("credit the difference", "refund the gap", "pay back what you overpaid"), unless it
  // names the returns policy too ("found it cheaper within our 30-day return period?").
  const promises = new Set(candidates.filter((c) => c.term === 'guarantee.price_match' && c.value === true && !NAMES_RETURN_POLICY.test(c.unit.norm)).map((c) => c.unit));
  const scoped = withChargedLabel(candidates.filter((c) => !c.term.startsWith('returns.') || (kept(c.unit) && !promises.has(c.unit))));
  const faultOnly = faultOnlyUnit(units);
  const refusedOutright = scoped.some((c) => c.term === 'returns.accepted' && c.value === false && c.scope === undefined && c.confidence >= 0.75);
  // "All sales are final, we do not offer refunds", yet unworn items are exchanged or credited: the refusal is of cash
  // refunds only, and goods still come back (test/real/README.md: no cash refunds, but goods taken back for an exchange
  // or store credit → accepted). The refusal gives way; the terms of the exchange or credit stand.
  // A refusal that names exchanges too ("no returns or exchanges") gives way only to an exchange offered for every
  // return elsewhere on the page: the two cannot both hold for all goods, so the refusal is limited (to sale goods, an
  // event) in words the rules did not read. Store credit alone does not contradict it.
  const refusals = scoped.filter((c) => c.term === 'returns.accepted' && c.value === false);
  const refusesExchanges = refusals.some((c) => EXCHANGE.test(c.unit.norm));
  const faultExchanges = exchangesForFaultsOnly(units);
  const settles = scoped.filter((c) => settlesOtherwise(c, faultExchanges)).find((c) => !refusesExchanges || c.term === 'returns.exchanges');
  if (!faultOnly && refusedOutright && settles) {
    return [...scoped.filter((c) => !refusals.includes(c)), { term: 'returns.accepted', value: true, confidence: TAKEN_BACK_CONFIDENCE, unit: settles.unit, ...(settles.rule ? { rule: settles.rule } : {}) }];
  }
  if ((!faultOnly && !refusedOutright) || takesChangeOfMind(units, faultOnly)) return scoped;
  const out = scoped.filter((c) => !c.term.startsWith('returns.') || keptOnRefusedPage(c, faultExchanges));
  if (faultOnly && !out.some((c) => c.term === 'returns.accepted')) out.push({ term: 'returns.accepted', value: false, confidence: 0.8, unit: faultOnly, rule: FAULT_ONLY_RULE });
  return out;
}
