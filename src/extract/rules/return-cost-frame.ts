/**
 * Who pays for sending a return back, read as a clause-level frame (issue 11, item 3) instead of one wording per row:
 * - a trigger: the trip back ("return", "send it back", "back to us", a reverse pick-up);
 * - a cost: what the trip costs ("postage", "freight", "the label", "a fee", "the cost of sending");
 * - a payer: the shopper or the shop, each a small word class, with its polarity ("we do not cover" is the shopper);
 * - a qualifier: a fault condition ("if the goods are faulty", "due to our error") that makes the payer a variant;
 * - a link: payer and cost within LINK_CHARS of each other in one clause, the nearest pair winning.
 * Real pages spread who-pays-with-what over a clause ("a return service fee of $7 is deducted from your refund when
 * you use our label", "the customer is charged the standard fees when the carrier picks it up"); the tables hold words.
 */
import { CARRIER_HOLD } from './carrier-hold.js';
import { negatedAt } from '../language/negation.js';
import { FAULT_CASE_LEAD, FAULT_WORDS } from './fault-words.js';
import type { Candidate, Unit } from '../rule-types.js';
import { fenced, fencedRegExp } from '../language/pattern-size.js';

/** The trip back. */
const TRIP = fenced(/\breturn\w*|\b(?:send|sent|sending|post|posting|posted|ship|shipping|shipped|mail|mailing|courier)\b(?: [a-z'-]+){0,3} back\b|\bback to us\b|\b(?:trip|journey|way) back\b|\breverse pick-?up\b/);
/** What the trip costs. "Delivery" and "fee" are costs only beside the trip, never on their own in a section. */
const COST = fenced(/\b(?:postage|shipping|shipments?|freight|carriage|courier|labels?|pick-?up|collection|transport(?:ation)?|trip|delivery|fees?|charges?|costs?|expenses?)\b/g);
/** Costs that say carriage without the trip: read in a returns section ("you'll need to cover the postage"). */
const CARRIAGE = /^(?:postage|freight|carriage|courier|labels?)$/;
/** A cost of the parcel that came out, not the trip back: "original shipping", "delivery on orders over $50". */
const OUTBOUND_BEFORE = fenced(/\b(?:original|outbound|initial|first|standard|express|next[- ]day|orders?)(?: (?:shipping|postage|delivery|freight))?\s+$|\bon orders? (?:over|above)\b[^.]*$/);
/**
 * "Free shipping on orders over $50", "free delivery of the new size", "below the free-shipping threshold": the cost is
 * of a parcel going out.
 */
const OUTBOUND_AFTER =
  fenced(/^\s*(?:(?:on|for) (?:all |any |every )?(?:orders?|purchases?)\b|(?:over|above)\b|(?:on|for|of) (?:the |your |a )?(?:new|replacement|exchange|exchanged)\b)|^[^.;,]{0,45}\boriginal (?:order|purchase|shipment|delivery)\b|^["']?\s*(?:costs? )?(?:offers?|promotions?|promo|deals?|orders?|products?|items?|thresholds?|levels?|minimums?|limits?)\b|^[^.;,]{0,30}\b(?:offered|given|applied) (?:at the time of|when you (?:placed|made)|on) (?:your |the )?(?:order|purchase)\b/);
/** "Within 30 days of delivery", "from the date of collection": the day a period counts from, not a cost. */
const TIME_ANCHOR_BEFORE = fenced(/\b(?:days?|weeks?|months?|date|day) (?:of|from|after|following)(?: (?:the|your))?(?: (?:date|day) of)?\s+$/);
/** "The cost of the item": the goods' price, not carriage. */
const GOODS_PRICE_AFTER = fenced(/^\s*of (?:the |your |an? |each )?(?:items?|products?|goods|merchandise|order|purchase)\b/);

/** The shopper pays. Cues that carry their own "not" ("non-refundable", "not reimbursed") are read as they stand. */
const SHOPPER: readonly { re: RegExp; selfNegative?: boolean; leavesOutTrip?: boolean; refundOf?: boolean }[] = [
  // The payer may carry a reduced relative clause before its verb ("buyers wanting to return items for other reasons
  // will be responsible for …"); a verb of taking a cost on ("incur", "assume") pays like "pay" and "bear".
  { re: fenced(/\b(?:you|customers?|the customer|buyers?|the buyer|purchasers?|the purchaser|returnees?|the returnee|senders?|the sender|clients?|the client|consumers?|the consumer)\b(?: (?:who|that|wanting|wishing|choosing|requesting|returning|sending)\b[^.;,]{0,60}?)?(?:'ll|'re| will| shall| must| are| is| need to| have to| would| may){0,2}(?: be)?(?: (?:solely|fully|also|then|just))? (?:pay|pays|paying|bear|bears|cover|covers|responsible|liable|charged|required to pay|incurs?|assumes? (?:the |all |full )?(?:responsibility|costs?))\b/) },
  { re: /\bcharge[sd]? (?:to )?(?:you|the (?:customer|buyer|client|sender|purchaser))\b/ },
  // The shopper told to pay, with no subject: "please pay the postage for parcels you send back", "kindly cover the
  // courier fee".
  { re: /\b(?:please|kindly) (?:pay|cover|bear)\b/ },
  { re: /\bat (?:your|their|the (?:customer|buyer|sender|purchaser)'s) (?:own )?(?:expense|cost|charge)\b|\bat the (?:expense|cost) of the (?:customer|buyer|sender|purchaser|client)\b/ },
  { re: /\b(?:deducted|taken|subtracted|withheld|kept) (?:from|off|out of) (?:your|the|their|any) refund\b|\bcomes? (?:out of|off) (?:your|the) refund\b/ },
  // "borne by sender", "paid for by the customer": the article and "for" are optional.
  { re: /\b(?:paid|borne|covered|payable|prepaid)(?: for)? by (?:you|(?:the )?(?:customer|buyer|sender|purchaser|client)s?)\b/ },
  { re: /\b(?:your|their|the (?:customer|buyer|purchaser)'s|customer's|buyer's|purchaser's) (?:own )?(?:responsibility|expense)\b|\b(?:is|are) on you\b|\byours to (?:pay|cover)\b/ },
  // A cost the shop will not give back: only the trip back's own cost says who pays it (see returnMarked).
  { re: /\bnon-?refundable\b|\bnot refundable\b|\b(?:not|never) (?:be )?(?:refunded|reimbursed|covered)\b/, selfNegative: true, refundOf: true },
  // A refund that covers the goods only leaves the trip to the shopper: "we refund the price of the item only".
  { re: /\b(?:price|cost|value) of the (?:items?|products?|goods|merchandise) only\b|\b(?:product|purchase|item) (?:purchase )?price only\b/, selfNegative: true, leavesOutTrip: true },
].map((row) => ({ ...row, re: fenced(row.re) }));
/** The shop pays. */
const SHOP: readonly RegExp[] = [
  /\bfree(?: of charge)?\b|\bat no (?:extra |additional )?(?:cost|charge)\b|\bno (?:charge|cost|fee)\b|\bpre-?paid\b(?! by)|\bcomplimentary\b|\bon (?:us|the house)\b|\bno postage (?:is )?(?:required|needed)\b/,
  /\bwe(?:'ll| will| shall| can| do| don't| won't| cannot| can't| not| never| no longer){0,2} (?:happily |gladly |also |always |then )?(?:pay|cover|refund|reimburse|absorb|foot)\b/,
  /\b(?:paid|covered|borne) by us\b|\bcosts? (?:you )?nothing\b/,
].map(fenced);
/** The case the payer is named for: the goods are faulty, or the shop erred. */
const FAULT_CASE = fencedRegExp(
  `\\b(?:${FAULT_CASE_LEAD}|due to|because of|caused by|for)\\b[^.;]{0,50}\\b${FAULT_WORDS}\\b`,
);
/** "Except / unless faulty": the payer is the default and the faulty case the exception. */
const EXCEPT_FAULT = fencedRegExp(`\\b(?:except|unless|other than|save)\\b[^.;]{0,50}\\b${FAULT_WORDS}\\b`);
/** A clause ends at ";", a contrast, or a case switch: "we pay if it is faulty; otherwise you pay". */
const CLAUSE_SPLIT = /;|\s(?:but|however|whereas|otherwise|while)\b|,\s*(?:or|and) (?:if|when)\b/;
/** Payer and cost are linked within this many characters. */
const LINK_CHARS = 60;

export interface ReturnCostReading {
  readonly payer: 'customer' | 'free';
  /** The payer is named for faulty goods or the shop's error only. */
  readonly faultOnly: boolean;
  /** 0..1: how close payer and cost sit (1 = adjacent). */
  readonly link: number;
}

interface Hit {
  readonly payer: 'customer' | 'free';
  readonly index: number;
  readonly end: number;
  /** A cost not given back ("non-refundable"): linked only to a cost marked as the trip back's. */
  readonly refundOf?: boolean;
}

/**
 * A cost the words mark as the trip back's: "return shipping", "returning postage", "postage for returns", "shipping
 * back". "Shipping fees are non-refundable unless the return is our error" keeps the delivery the shopper paid, which
 * says nothing of who pays to send the goods back (test/real/README.md: original shipping not refunded is not the
 * return-postage term); the return word elsewhere in the clause does not make it the trip's. Every cost ("freight
 * expenses of any type", "all shipping charges", "both ways") includes the trip back.
 */
const RETURN_MARKED_BEFORE = /\b(?:return(?:s|ed|ing)?(?: (?:shipping|postage|delivery|freight|courier))?|all|any)\s+$/;
const RETURN_MARKED_AFTER = /^\s*(?:(?:costs?|fees?|charges?|expenses?) )?(?:(?:for|on|of) (?:the |your |any |all )?returns?\b|of any (?:type|kind|sort)\b|both ways\b|either way\b|(?:for |of )?(?:sending|shipping|posting|mailing) (?:it |them |items? )?back\b|back\b)/;
function returnMarked(clause: string, cost: { index: number; end: number }): boolean {
  return RETURN_MARKED_BEFORE.test(clause.slice(Math.max(0, cost.index - 25), cost.index)) || RETURN_MARKED_AFTER.test(clause.slice(cost.end));
}

function payerHits(clause: string): Hit[] {
  const hits: Hit[] = [];
  for (const { re, selfNegative, refundOf } of SHOPPER) {
    const m = re.exec(clause);
    if (m && (selfNegative || !negatedAt(clause, m.index))) hits.push({ payer: 'customer', index: m.index, end: m.index + m[0].length, ...(refundOf ? { refundOf } : {}) });
  }
  for (const re of SHOP) {
    const m = re.exec(clause);
    if (!m) continue;
    // "If you took advantage of a free shipping offer": the free word names the delivery that came out, not the trip back.
    if (namesOutboundOffer(clause.slice(m.index + m[0].length)) || goodsShippedFree(clause, m.index, m.index + m[0].length)) continue;
    // "We do not cover return postage": the shop refuses, so the shopper pays.
    const refused = negatedAt(clause, m.index) || /\bnot\b|n't\b|\bcannot\b|\bnever\b|\bno longer\b/.test(m[0]);
    hits.push({ payer: refused ? 'customer' : 'free', index: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/**
 * Goods or an order that came with free delivery: "some of our products are offered with free shipping", "a product
 * that has 'Free Shipping'", "orders that qualified for free postage". The free word is the delivery that came out,
 * whose cost such pages then take off the refund, not the trip back.
 */
const GOODS_WITH_BEFORE = fenced(/\b(?:(?:sold|offered|shipped|sent|delivered|came|come|comes|ships?) with|(?:has|have|had|got|received) |qualif(?:y|ies|ied) for )\W{0,3}$/);
/** Said of the returns themselves ("returns come with free shipping labels"), the free word is the trip back's. */
const TRIP_FREE = /\breturn|\bexchang|\blabels?\b/;
function goodsShippedFree(clause: string, start: number, end: number): boolean {
  const lead = clause.slice(Math.max(0, start - 45), start);
  const cost = OUTBOUND_COST_AFTER.exec(clause.slice(end));
  return cost !== null && GOODS_WITH_BEFORE.test(lead) && !TRIP_FREE.test(lead) && !TRIP_FREE.test(clause.slice(end + cost[0].length, end + cost[0].length + 8));
}
/** Where the first free word said of goods shipped free sits in the clause, if any. */
export function goodsShippedFreeAt(clause: string): number | undefined {
  for (const m of clause.matchAll(/\bfree\b/g)) if (goodsShippedFree(clause, m.index, m.index + 4)) return m.index;
  return undefined;
}

/** The words after a free word: an outbound cost ("shipping", "delivery") that OUTBOUND_AFTER ties to an order or offer. */
const OUTBOUND_COST_AFTER = /^\s*(?:shipping|delivery|postage)\b/;
function namesOutboundOffer(after: string): boolean {
  const m = OUTBOUND_COST_AFTER.exec(after);
  return m !== null && OUTBOUND_AFTER.test(after.slice(m[0].length));
}

/** The costs of a clause that are the trip back's, with their positions. */
function tripCosts(clause: string, inSection: boolean): { index: number; end: number }[] {
  const hasTrip = TRIP.test(clause);
  const out: { index: number; end: number }[] = [];
  const freeGoods = goodsShippedFreeAt(clause);
  COST.lastIndex = 0;
  for (let m = COST.exec(clause); m; m = COST.exec(clause)) {
    const after = clause.slice(m.index + m[0].length);
    const lead = clause.slice(Math.max(0, m.index - 30), m.index);
    if (OUTBOUND_BEFORE.test(lead) || TIME_ANCHOR_BEFORE.test(lead) || OUTBOUND_AFTER.test(after) || GOODS_PRICE_AFTER.test(after)) continue;
    // "Lamps that come with free shipping": that shipping, and the shipping cost the clause goes on to keep back, is the
    // delivery that came out, unless the words mark it as the trip back's.
    if (freeGoods !== undefined && m.index >= freeGoods && !returnMarked(clause, { index: m.index, end: m.index + m[0].length })) continue;
    if (!hasTrip && !(inSection && CARRIAGE.test(m[0]))) continue;
    out.push({ index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Who pays for the trip back in one clause, or undefined when the clause links no payer to such a cost. */
function readClause(clause: string, inSection: boolean): ReturnCostReading | undefined {
  // A refund of the goods' price only, said of a return: the trip is left to the shopper, with no cost word needed.
  const leftOut = TRIP.test(clause) ? SHOPPER.find((p) => p.leavesOutTrip && p.re.test(clause)) : undefined;
  if (leftOut) return { payer: 'customer', faultOnly: false, link: 0.5 };
  const costs = tripCosts(clause, inSection);
  if (costs.length === 0) return undefined;
  let best: { hit: Hit; distance: number } | undefined;
  for (const hit of payerHits(clause)) {
    for (const cost of costs) {
      if (cost.index < hit.end && cost.end > hit.index) continue;
      if (hit.refundOf && !returnMarked(clause, cost)) continue;
      const distance = cost.index >= hit.end ? cost.index - hit.end : hit.index - cost.end;
      if (distance <= LINK_CHARS && (!best || distance < best.distance)) best = { hit, distance };
    }
  }
  if (!best) return undefined;
  const faultOnly = FAULT_CASE.test(clause) && !EXCEPT_FAULT.test(clause);
  return { payer: best.hit.payer, faultOnly, link: 1 - best.distance / LINK_CHARS };
}

/**
 * A refund that leaves the trip back out (issue 11, "a refund that leaves out what sending the item back costs"): the
 * refund word, a word that leaves something out, and the trip's cost, read across the contrast a clause split would cut
 * ("your refund covers the goods but not the cost of posting them back", "refunds exclude return postage", "we refund
 * the item less what it cost you to send it back"). Each an in-house example; the original delivery is not the trip.
 */
const LEAVES_OUT = fenced(/\brefund\w*\b[^.;]{0,60}\b(?:but not|not|excludes?|excluding|except|less|minus|without|other than|apart from)\b[^.;]{0,20}?\b(?:(?:the |any |your )?(?:costs?|price|expense|fees?|what it costs?(?: you)?)(?: of| for| to)? )?(?:(?:post|posting|send|sending|ship|shipping|mail|mailing|return|returning|courier|couriering)\b(?: [a-z'-]+){0,3} back\b|return(?:ing)? (?:shipping|postage|delivery|carriage|freight|labels?|courier)\b|(?:shipping|postage|delivery|carriage|freight) (?:back|for (?:the |your )?returns?|on returns?)\b)/);

/** The frame's readings of a unit, one per clause that links a payer to the trip's cost. */
export function returnCostFrames(unit: Unit): ReturnCostReading[] {
  const inSection = unit.sectionTopic === 'returns';
  const out: ReturnCostReading[] = [];
  if (CARRIER_HOLD.test(unit.norm)) return out;
  const leftOut = LEAVES_OUT.exec(unit.norm);
  // The refund word would otherwise read as the shop paying ("we refund the item, less …"): the leaving out decides.
  if (leftOut && !negatedAt(unit.norm, leftOut.index)) return [{ payer: 'customer', faultOnly: FAULT_CASE.test(unit.norm) && !EXCEPT_FAULT.test(unit.norm), link: 0.5 }];
  for (const clause of unit.norm.split(CLAUSE_SPLIT)) {
    const r = readClause(clause, inSection);
    if (r) out.push(r);
  }
  return out;
}

/**
 * A prepaid label says the postage is paid before the parcel travels, not by whom (issue 11, "who pays"): when the page
 * charges the shopper for the shop's label ("a $7 fee is deducted from your refund when you use our label", "the label
 * costs £3.50"), a reading of free postage that rests only on the label being prepaid is that charged label. Such
 * free readings give way; a label the page calls free ("a free prepaid label") still stands.
 */
const LABEL = /\blabels?\b/;
/** A fee for the label in the label's own unit ("the label fee is paid by a link"); "does it cost anything? no" is not. */
const LABEL_FEE_WORDS = String.raw`\b(?:fee|charge[ds]?|deduct\w*|taken (?:off|from)|comes? out of)\b|[$£€]\s?\d`;
const LABEL_FEE = fencedRegExp(LABEL_FEE_WORDS);
/** A charge for the label anywhere on the page: LABEL_FEE, or the label's cost named. */
const LABEL_CHARGED = fencedRegExp(String.raw`${LABEL_FEE_WORDS}|\bcosts?\b`);
const PREPAID_ONLY = /\b(?:pre-?paid|postage[- ]paid)\b/;
const SAID_FREE = fenced(/\bfree\b|\bno (?:cost|charge|fee)\b|\bat no (?:extra )?(?:cost|charge)\b|\bon us\b|\bcomplimentary\b|\bcosts? (?:you )?nothing\b/);

/** Whether a unit charges the shopper for the shop's return label. */
function chargesForLabel(c: Candidate): boolean {
  return customerPostage(c) && LABEL.test(c.unit.norm) && LABEL_CHARGED.test(c.unit.norm);
}

/** A general reading that the shopper pays the trip back. */
function customerPostage(c: Candidate): boolean {
  return c.term === 'returns.return_shipping' && c.value === 'customer' && c.scope === undefined;
}

/** A shopper-pays reading that takes the postage off the refund ("… is paid by you and deducted from the refund"). */
const TAKEN_OFF_REFUND = fenced(/\b(?:deduct\w*|subtract\w*|taken (?:off|from|out of)|comes? (?:off|out of))\b[^.;]{0,20}\brefund/);
function chargesPostage(c: Candidate): boolean {
  return customerPostage(c) && TAKEN_OFF_REFUND.test(c.unit.norm);
}

/**
 * The page's return-postage readings after a charged label is applied (see above); other readings pass unchanged. The
 * charge may sit in the label's own unit ("we can provide a prepaid label; the label fee is paid by a link") or in the
 * unit right beside it when that unit takes the postage off the refund ("we email a prepaid label. The postage is paid
 * by you and deducted from the refund").
 */
export function withChargedLabel(candidates: readonly Candidate[]): Candidate[] {
  const pageCharges = candidates.some(chargesForLabel);
  const charged = candidates.filter(chargesPostage);
  return candidates.filter((c) => {
    if (!(c.term === 'returns.return_shipping' && c.value === 'free' && c.scope === undefined && PREPAID_ONLY.test(c.unit.norm) && !SAID_FREE.test(c.unit.norm))) return true;
    if (pageCharges || (LABEL.test(c.unit.norm) && LABEL_FEE.test(c.unit.norm))) return false;
    return !charged.some((p) => Math.abs(p.unit.order - c.unit.order) === 1);
  });
}
