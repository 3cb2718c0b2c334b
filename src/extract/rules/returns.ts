/**
 * Returns rules: accepted, window, restocking fee, who pays return shipping, refund methods, refund time, exchanges,
 * final-sale exclusions. Each table entry carries an in-house example sentence.
 */
import { findMoney, findPercents } from '../language/money.js';
import { clauseStartAt, cue, faqVerdict, negatedAt } from '../language/negation.js';
import { findDurations, toDays } from '../language/numbers.js';
import { scopeOf } from '../language/scope.js';
import { FAULT, FAULT_CASE_LEAD, FAULT_WORDS, ONLY_FAULT } from './fault-words.js';
import { EXCHANGE, LATE_RETURN_BACK, MISSED_DELIVERY, otherPolicyGoingOn, otherPolicyOf, REASON_LEAD, refundOccasion } from './other-policy.js';
import { goodsShippedFreeAt, returnCostFrames } from './return-cost-frame.js';
import { exclusionFamily, namesSubset, refusesReasonsOnly, saysNothingExcluded } from './final-sale-families.js';
import { afterRefusal, refusalReach, statutoryCarveOut, type RefusalReach } from './refusal-reach.js';
import { countedFromArrival, FROM_ARRIVAL_IN_REFUND } from './return-arrival.js';
import { MOVE_BACK, MOVE_BACK_SOURCE } from './return-words.js';
import { fenced, fencedRegExp } from '../language/pattern-size.js';
import { previousNorm, type Candidate, type Rule, type Unit } from '../rule-types.js';
import type { RefundMethod } from '../../terms.js';

/** Words that make a sentence about sending items back ("return", "send back"). */
const RETURN_WORDS = fencedRegExp(`\\b(?:\\d+[- ]nights? (?:home |sleep |risk[- ]free )?trial|(?:must )?reach us|change(?:d)? your mind|cooling[- ]off|${MOVE_BACK_SOURCE}|return(?:s|ed|ing|able)?|(?:can|may|could) (?:still |always )?come back|refund (?:(?:or|and|\\/) [a-z]+ )?requests?|request (?:a|your) refund|exchang(?:e|es|ed))\\b`);
/** Windows that are not the return window: refund processing, damage reports, warranty periods, shipping. */
const NOT_WINDOW =
  fenced(/\b(?:warrant(?:y|ies)|refunds? (?:will |are |is |should |may |can )?(?:be )?(?:processed|issued|credited|posted|reflected)|(?:processed|credited|issued|posted|reflected|appear) (?:with)?in|(?:report|notify|inform) us|contact us within|inspect(?:ed|ion)?|ship(?:s|ped)? within|transit|(?:receive|get) (?:your|the|a) refund|refund you\b|(?:the |your )?return (?:arriving|arrives|reaches us|is received)|(?:receiving|receipt of|we receive) (?:your |the )?return|refund (?:to be |is |will be )?(?:issued|processed|credited)|allow (?:us |me )?(?:up to )?\d|refund to (?:appear|show|post)|after (?:we receive|receipt)|bank|card issuer|once (?:we|your return)|price adjust|process(?:es|ed|ing)? (?:all |your |the )?returns? (?:with)?in|(?:reaches|arrives (?:in|on)|lands (?:in|on)|back (?:in|on)) (?:your|the) (?:original|account|card|bank|payment))/);
/** "The law gives you 14 days, but we give you 28": the shop's own window follows the "but". */
const LEGAL_THEN_OURS = /\b(?:law|legally|statutory|legislation|regulations?|consumer (?:rights|contracts))\b[^.]{0,80}\bbut (?:we|you(?:'ll)? (?:get|have))\b/;
/** A home trial is the return window of mattresses and furniture: "a 100-night trial", "365-night home trial". */
const TRIAL_RE = /\b(\d{2,3})[- ]nights? (?:home |sleep |risk[- ]free |in-home )?trial\b/;
/** A return verb directly governing the duration: "send it back within 30 days", "returned within 14 days". */
const DIRECT_WINDOW = /\b(?:return(?:ed)?|back|exchange[d]?)\s+(?:it |them |items? |goods |products? |the (?:item|goods|product)s? |your (?:item|order|purchase)s? )?(?:within|in|up to) \d+/;
/** "Returns accepted at any time", "no time limit on returns", "lifetime returns". */
const UNLIMITED_WINDOW = /\b(?:no time limit|any ?time|lifetime returns?|unlimited returns?|forever|no deadline|no expiration)\b/;
/** Before the value, these make a sentence an exception rather than the rule ("except", "excluding"). */
const EXCEPT_RE = /\b(?:except|excluding|other than|with the exception of|apart from|unless)\b/;

/** Scope of a value: a product group that is the subject of the sentence (before the value, not after "except"). */
function scopeBefore(norm: string, index: number): string | undefined {
  // Only the cue's own clause: "gift cards cannot be refunded and we do not offer exchanges" refuses exchanges for all.
  const before = norm.slice(clauseStartAt(norm, index), index);
  const exc = EXCEPT_RE.exec(before);
  const head = exc ? before.slice(0, exc.index) : before;
  return scopeOf(head);
}

/**
 * Window wordings that do not say "return", read only inside a returns section: "You have 30 days from receipt",
 * "our policy lasts 30 days", "time limit: 30 days", "we accept unworn items up to 30 days after purchase",
 * "if 30 days have gone by since your purchase".
 */
const SECTION_WINDOW = fenced(/\b(?:get in touch|contact (?:us|me)|let (?:us|me) know|tell (?:us|me)|message (?:us|me))\b[^.]{0,30}\bwithin \d+ (?:days?|weeks?) of (?:delivery|receiving|receipt|purchase|arrival)(?![^.]*\b(?:damaged|faulty|defective|missing|wrong|broken)\b)|\byou(?:'ve| have| get)(?: got)? (?:\d+|[a-z]+)[- ](?:days?|weeks?|months?)\b|\b(?:our |the |this )?policy lasts\b|\btime limit\b|\b(?:accept|take back) (?:unworn|unused|unopened|unwashed|most|all|any)? ?(?:items?|products?|goods|orders?|purchases?) (?:up to|within|for)\b|\b(?:\d+|[a-z]+) days have (?:gone by|passed)\b/);

/**
 * Deadlines that start or bound a change-of-mind return without the return verb (issue 11, "windows anchored to
 * notify/cancel/claim deadlines"). Each row an in-house example.
 * - NOTICE: telling the shop starts the return, so its deadline is the window (test/real/README.md): "to return an
 *   unwanted order, notify us within 21 days of purchase", "first contact us within 5 working days of receipt to
 *   arrange the return", "if you're unhappy, get in touch within 12 days of ordering".
 * - CANCEL_AFTER_RECEIPT: cancelling a delivered order is the UK/EU right to cancel, i.e. the return window: "you may
 *   cancel at any time up to 14 days after the parcel reaches you", "a period of 7 days in which to cancel, counted
 *   from the day you receive the goods".
 * - SHIP_BACK: the time to post the goods after giving notice is not the window: "you then have a further 14 days to
 *   send it", "post it within 14 days of telling us you wish to cancel". The same clock runs from the shop's answer to
 *   a return request (its approval, instructions, authorisation number or label): "ship it within 10 days of getting
 *   our instructions", "post it within 21 days of the label being emailed to you"; and up to the carrier's first scan: "if
 *   the carrier has not scanned the parcel within 12 days, the request lapses".
 * - DAMAGE_CLAIM: "claims for damage must be made within 2 days" is a damage report, never the window.
 * - NO_RETURNS_AFTER: "no returns after 15 days from shipping" states the window negatively.
 */
const NOTICE = /\b(?:notify|inform|contact|tell|let us know|get in touch|email|e-mail|write to|message)\b/;
/**
 * The EU and UK withdrawal right, whatever its verb: a contract withdrawn from, cancelled, revoked or rescinded within
 * N days, or the period of that right, is the return window of a distance sale (issue 11, "spelled-out days in EU
 * withdrawal texts"). In-house examples: "you may withdraw from this purchase contract within 14 days, no reason
 * needed", "the revocation period ends 14 days after the goods come into your possession". A sentence that pays back
 * ("we repay you within 14 days of your withdrawal") is the refund's clock (WITHDRAWAL_PAYS).
 */
const WITHDRAWAL_RIGHT = fenced(/\b(?:withdraw(?:al)? from|cancel(?:lation of)?|revoke|revocation of|rescind)\b (?:this|the|your|a|our) (?:[a-z]+ )?(?:contract|agreement)\b|\b(?:withdrawal|revocation|cancellation) (?:period|deadline)\b/);
const WITHDRAWAL_PAYS = /\b(?:pay|repay|reimburs|refund)\w*/;
const CHANGE_OF_MIND = /\breturn|\brefund|\bexchange|\bunhappy|\bnot happy|\bunwanted|\bchange(?:d)? (?:of |your )?mind|\bcancel/;
/** A fault (fault-words.ts), or a parcel that arrived short: what a damage report is about. */
const DAMAGE = new RegExp(`\\b(?:${FAULT_WORDS}|damages?|defect\\w*|missing|lost|discrepanc\\w*|shortages?)\\b`);
/** An order never filled or sent: its refund is a cancellation's, not a return's. */
const NEVER_SENT = /\b(?:out of stock|unavailable|not (?:been )?(?:received|delivered|shipped|dispatched)|never (?:arrived|received|shipped)|cancell?(?:ed|ation))\b/;
const GOODS_ARRIVE = '(?:receiv\\w* (?:the |your |all )?(?:goods|items?|order|parcel|products?|package|delivery|books?|it|them)|receipt of|(?:been |are |is |was )?delivered|delivery|reach(?:es|ed)? you|arriv\\w*|(?:take|takes|took|taken|have|obtain|obtains|acquire|acquires) (?:physical )?possession)';
const CANCEL_AFTER_RECEIPT = fencedRegExp(`\\bcancel\\w*\\b[^.]{0,140}\\b${GOODS_ARRIVE}\\b|\\b${GOODS_ARRIVE}\\b[^.]{0,100}\\bcancel\\w*\\b`);
const SHIP_BACK_BEFORE = /\b(?:another|a further|an additional|further|then have)\b[^.]{0,12}$/;
const SHIP_BACK_AFTER = fenced(/^[^.]{0,20}\b(?:from|of|after) (?:the (?:day|date) )?(?:(?:on )?which )?(?:we (?:were|are|have been) (?:informed|notified|told)|you (?:inform|notify|tell|contact|told|informed|notified)|(?:telling|informing|notifying|contacting) us|(?:your|the|giving) (?:notice|notification|decision|cancellation))/);
/** The shop's answer to a return request, what a ship-back deadline is counted from (SHIP_BACK above). */
const REQUEST_ANSWER = '(?:(?:these|the|your|our|its) )?(?:return )?(?:instructions|approval|authori[sz]ation(?: number)?|rma(?: number)?|(?:return |shipping |prepaid )?label|return number)';
const SHIP_BACK_FROM_ANSWER = fencedRegExp(`^[^.]{0,20}\\b(?:from|of|after) (?:the (?:day|date) )?(?:(?:receiv\\w*|getting|receipt of|being (?:sent|given|emailed)) ${REQUEST_ANSWER}|${REQUEST_ANSWER} (?:(?:is|was|being|has been) )?(?:issued|sent|emailed|approved|given)|(?:your |the )?(?:return |request )?(?:being |is |was |has been )?approv(?:al|ed))\\b`);
/** The carrier's first scan of a parcel sent back ends the ship-back clock: "not scanned by the carrier within 12 days". */
const CARRIER_SCAN_BEFORE = fenced(/\b(?:(?:scanned|picked up|collected|accepted) by (?:the |a |our )?(?:carrier|courier|post(?:al service)?|shipping company)|(?:carrier|courier)(?: has| have| does| did)?(?: not|n't)? (?:scan(?:ned|s)?|pick(?:ed|s)? (?:it |them |the parcel |the package )?up|collect(?:ed|s)?))\b[^.;]{0,30}$/);
const DAMAGE_CLAIM = /\b(?:claims?|report|notify|inform|tell)\b[^.]{0,30}\b(?:damage|defect|fault|missing|broken|shortage)|\b(?:damage|defect|fault|missing|broken|shortage)\w*\b[^.]{0,30}\b(?:claims?|reported|report)\b/;
/**
 * "We need 15 business days for processing your return request", "5 days to handle it": the shop's step the duration is
 * for, never the shopper's time to act. (Checking or inspecting is left out: "you have 14 days to check the goods and
 * send them back" is the shopper's.)
 */
const STEP_FOR_AFTER = /^\s*(?:for|to) (?:the )?(?:process(?:ing)?|handl(?:e|ing))\b/;
/** "Refunds can take up to 14 days to show", "(may take around 10 business days to go through)": a step's length. */
const TAKES_BEFORE = /\b(?:takes?|taking|took)(?: (?:up to|around|about|roughly|approximately|at least|at most|between|from|another|a further|an additional))?\s*$/;
const NO_RETURNS_AFTER = fenced(/\bno (?:returns?|refunds?|exchanges?)(?: (?:or|and|&) (?:returns?|refunds?|exchanges?))?(?: (?:are )?(?:accepted|allowed|possible))? (?:after|beyond|past|later than)\s*$/);

/** The parcel travelling to the shopper, said by its verb: what a delivery time, not a return window, is counted on. */
const DELIVERY_CLOCK = /\b(?:delivered|deliver(?:s|y|ies)?|arrives?|arrived|arriving|dispatch(?:ed|es)?|ship(?:s|ped)?|in transit|(?:did not|didn't|do not|don't|not) (?:receive[ds]?|reach(?:es|ed)? you)|receive (?:the|your) (?:product|order|parcel|package|goods)s?)\b/;

/**
 * Whether the words leading to a duration, in its own clause and comma-piece (clauseAround), are about delivery and
 * name no return. Only the lead counts: after the duration, delivery is the anchor of a window ("30 days from the day
 * your parcel arrives").
 */
function onDeliveryClock(s: string, d: { index: number; end: number }): boolean {
  const { before } = clauseAround(s, d.index, d.end);
  const lead = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('?'), before.lastIndexOf(':')) + 1);
  // "2-5 day processing", "a 10-day delivery": the duration names the clock it modifies.
  if (CLOCK_NOUN_AFTER.test(s.slice(d.end, d.end + 30))) return true;
  return DELIVERY_CLOCK.test(lead) && !RETURN_WORDS.test(lead);
}
const CLOCK_NOUN_AFTER = fenced(/^(?:[- ](?:business|working|calendar))?(?:[- ]days?)?[- ](?:processing|production|dispatch|shipping|delivery|transit|turnaround|lead time|handling)\b/);

/**
 * The window rule's small tables, each an in-house example (the frames above hold the longer ones):
 * - NOTICE_BOUND: a notice frame needs a bound on its duration ("within 21 days", "up to 14 days").
 * - ORDER_CANCEL: cancelling before the parcel leaves is an order edit, not the right to cancel delivered goods
 *   ("you can cancel before it ships", "once your order has shipped it cannot be cancelled").
 * - FRAME_CUE: the cue of a notice or cancel frame when the sentence has no return word.
 * - NOT_SECTION_WINDOW: in a returns section, a sentence about another clock or another thing bought ("we ship within
 *   2 days", "gift cards are valid for 12 months") does not give the window by SECTION_WINDOW's wordings.
 * - REFUSED: "items cannot be returned", "we do not accept …": a refusal, a window only with "within" or NO_RETURNS_AFTER.
 * - RESTOCK_FEE / RESTOCK_LEAD: the restocking fee's own clock ("the restocking fee rises to 50% after 3 days").
 * - MONEY_BACK: a money-back or guarantee period is less sure to be the return window.
 * - RETURN_OR_REFUND_ACT: a sentence that names only an exchange gives an exchange window, less sure to be the window
 *   (goods moving back, return-words.ts MOVE_BACK, are a return too).
 * - BOUNDED_ANY_TIME: "at any time up to 3 months from receipt", "any time between nights 30 and 100 of the trial" are
 *   bounded: the duration decides (or none is read).
 * - LIMIT_BEFORE: "after 30 days", "older than 60 days": a limit stated negatively, not the window (unless "within").
 */
const NOTICE_BOUND = /\bwithin\b|\bup to\b/;
const ORDER_CANCEL = /\bbefore\b|\bonce (?:it|your order|the order) (?:has )?(?:shipped|been (?:shipped|dispatched))/;
const FRAME_CUE = /\bcancel\w*|\b(?:notify|inform|contact)\b/;
const NOT_SECTION_WINDOW = /\b(?:ship|deliver|dispatch|warrant|repair|guarantee|price|refunds? (?:are|is|will)|process|collect|pick ?up|pay|claim|notify|report|inspect|cancel|register|redeem|credit|voucher|gift card)/;
const REFUSED = /\b(?:can't|cannot|not|no) (?:be )?(?:return|accept)/;
const WITHIN = /\bwithin\b/;
const RESTOCK_FEE = /\bre-?stocking (?:fee|charge)/;
const RESTOCK_LEAD = /^[^.]{0,40}\bre-?stocking (?:fee|charge)/;
const MONEY_BACK = /money[- ]back|guarantee/;
const RETURN_OR_REFUND_ACT = /\breturn|refund|come back|cancel/;
const BOUNDED_ANY_TIME = /\bany ?time (?:up to|within|in the first|during the first|between)\b/;
const LIMIT_BEFORE = /\b(?:after|older than|more than|beyond|past|over)\s*$/;
/** "The period expires after 14 days", "the right ends after 30 days": the period's own length, not a limit. */
const PERIOD_ENDS_BEFORE = /\b(?:expires?|ends?|lapses?|runs out) after\s*$/;
/** The return back with the shop, what the shop's own steps are counted from (return-arrival.ts); never the window. */
const RETURN_BACK_ANCHOR = countedFromArrival(25, false);
/** The same moment said bare ("of receipt", "once it arrives"), the shop's when the duration is the refund's own. */
const REFUND_BACK_ANCHOR = countedFromArrival(25, true);
/**
 * The refund issued, completed or received, leading to a duration in its clause: "you will receive a full refund of the
 * price within 7 days of receipt", "refunds are typically completed within 1-3 days after the returned item is
 * received". No return verb may stand between it and the duration ("we refund you if you return it within 30 days").
 */
const REFUND_ISSUED_LEAD = /\brefunds?\b(?: (?:is|are|will|be|been|should|can|may|normally|usually|typically|generally|then|always))* (?:completed|processed|issued|credited|paid|sent|made)\b(?![^,;]*\b(?:return\w*|back|sen[dt])\b)[^,;]*$|\b(?:receive|get) (?:a |your |the |their )?(?:full )?refund\b(?![^,;]*\b(?:return\w*|back|sen[dt])\b)[^,;]*$/;
/** The shopper receiving the order, the window's own anchor even after a refund: "within 6 days of receiving the order". */
const SHOPPER_RECEIPT_AFTER = /^[^.;]{0,25}\b(?:of|from|after) (?:receiving|receipt of|getting) (?:the|your) (?:order|goods|items?|parcel|delivery|purchase|package)\b/;
/** A step of the shop's payout or of fetching refused goods, whose verb leads to the duration in its clause, with no return between (windowDays). */
const OTHER_STEP_BEFORE = /\b(?:issued|mailed|claimed|collected|donated|disposed of)\b(?![^,;]*\b(?:return\w*|back|sen[dt])\b)[^,;]*$/;
/** Characters before a duration read for its lead words (LIMIT_BEFORE, SHIP_BACK_BEFORE, TAKES_BEFORE). */
const WINDOW_LEAD_CHARS = 30;
/** The way back told in its usual length: "reach us in 7 days", "arrive back with us in about a week". */
const TRANSIT_BACK_BEFORE = /\b(?:reach(?:es)?|arrives?(?: back)? (?:with|at)|gets? back to) (?:us|our (?:warehouse|store|shop|office)) in (?:about |around |roughly |approximately |up to )?$/;
const DEADLINE_VERB = /\b(?:must|should|need to|needs to|has to|have to|required to)\b/;
/** A duration counted down to an event, not on from one: "the same day or 1 day prior to installation". */
const COUNTDOWN_AFTER = /^\s*(?:prior to|before (?:the|your|an?|our)\b|ahead of|in advance)\b/;
/** Characters after a duration read for a ship-back anchor (SHIP_BACK_AFTER). */
const SHIP_BACK_ANCHOR_CHARS = 80;
/** Characters before a duration read for a damage claim (DAMAGE_CLAIM) or a carrier's scan (CARRIER_SCAN_BEFORE). */
const CLAUSE_LEAD_CHARS = 70;

const windowDays: Rule = (unit) => {
  const s = unit.norm;
  // "Notify us within 21 days to return it", "cancel within 14 days of receiving the goods": a deadline that is the window.
  const noticeFrame = NOTICE.test(s) && CHANGE_OF_MIND.test(s) && !DAMAGE.test(s) && NOTICE_BOUND.test(s);
  const cancelFrame = CANCEL_AFTER_RECEIPT.test(s) && !DAMAGE.test(s) && !ORDER_CANCEL.test(s);
  const withdrawalFrame = WITHDRAWAL_RIGHT.test(s) && !WITHDRAWAL_PAYS.test(s) && !DAMAGE.test(s) && !ORDER_CANCEL.test(s);
  const framed = (noticeFrame || cancelFrame || withdrawalFrame) && unit.sectionTopic !== 'warranty' && unit.sectionTopic !== 'shipping';
  const r = RETURN_WORDS.exec(s) ?? (framed ? FRAME_CUE.exec(s) ?? WITHDRAWAL_RIGHT.exec(s) : null) ?? (unit.sectionTopic === 'returns' && !NOT_SECTION_WINDOW.test(s) ? SECTION_WINDOW.exec(s) : null);
  if (!r) return [];
  if (unit.sectionTopic === 'warranty' && !TRIAL_RE.test(s)) return [];
  // "send it back within 30 days and we will refund you": the verb right before the duration decides, not the refund clause.
  const direct = DIRECT_WINDOW.test(s);
  const otherClock = NOT_WINDOW.exec(s);
  // The other clock said only in a later clause ("return any item within 30 days of receiving it, and we will refund
  // you"): the durations before that clause are the return verb's; those in it are the other clock's.
  const laterClock = otherClock && !direct ? clauseStartAt(s, otherClock.index) : -1;
  const allDurations = findDurations(s);
  const ownDurations = laterClock > 0 ? allDurations.filter((d) => d.end <= laterClock && RETURN_WORDS.test(s.slice(clauseStartAt(s, d.index), d.index))) : [];
  const otherClockRules = otherClock && !direct && !TRIAL_RE.test(s) && !framed;
  if (otherClockRules && ownDurations.length === 0) return [];
  const durationsInOrder = otherClockRules ? ownDurations : allDurations;
  const noAfter = NO_RETURNS_AFTER.exec(s.slice(0, durationsInOrder[0]?.index ?? 0));
  if (REFUSED.test(s) && !WITHIN.test(s) && !noAfter) return [];
  // "The restocking fee rises to 50% after 3 days", "no restocking fee for 7 days if unopened": the fee's clock.
  if (RESTOCK_FEE.test(s) && (RESTOCK_CONDITION.test(s) || RESTOCK_LEAD.test(s))) return [];
  const moneyBack = MONEY_BACK.test(s);
  const onlyExchange = !RETURN_OR_REFUND_ACT.test(s) && !MOVE_BACK.test(s) && !withdrawalFrame;
  // "At any time up to 3 months from receipt" is bounded: the duration decides.
  // "Any time" must be said of the return, in its clause: "how to start a return? write to us any time" is not.
  const unlimited = UNLIMITED_WINDOW.exec(s);
  if (unlimited && !negatedAt(s, unlimited.index) && RETURN_WORDS.test(s.slice(clauseStartAt(s, unlimited.index))) && !BOUNDED_ANY_TIME.test(s)) {
    return [{ term: 'returns.window_days', value: 'unlimited', confidence: 0.7, unit }];
  }
  const trial = TRIAL_RE.exec(s);
  if (trial) return [{ term: 'returns.window_days', value: Number(trial[1]), confidence: 0.8, unit }];
  const legalThenOurs = LEGAL_THEN_OURS.exec(s);
  const windowDurations = legalThenOurs ? durationsInOrder.filter((d) => d.index > legalThenOurs.index + legalThenOurs[0].length - 12) : durationsInOrder;
  for (const d of windowDurations) {
    if (d.unit === 'hour') continue;
    const days = toDays(d.max, d.unit);
    if (days < 1 || days > 1100) continue;
    // "within 48 hours of delivery, report damage" is not a window; "after 30 days" is a limit stated negatively.
    const before = s.slice(Math.max(0, d.index - WINDOW_LEAD_CHARS), d.index);
    const limitAfter = NO_RETURNS_AFTER.test(s.slice(0, d.index));
    if (LIMIT_BEFORE.test(before) && !WITHIN.test(before) && !limitAfter && !PERIOD_ENDS_BEFORE.test(before)) continue;
    // The days to post the goods after giving notice, or to report damage, are another clock.
    const anchor = s.slice(d.end, d.end + SHIP_BACK_ANCHOR_CHARS);
    if (SHIP_BACK_BEFORE.test(before) || SHIP_BACK_AFTER.test(anchor) || SHIP_BACK_FROM_ANSWER.test(anchor) || CARRIER_SCAN_BEFORE.test(s.slice(Math.max(0, d.index - CLAUSE_LEAD_CHARS), d.index))) continue;
    // A duration something takes is how long a step lasts (a refund, the returns process), never the time to act.
    // So is the time within which the shop pays out or the shopper fetches back what was refused: "a cheque is issued
    // to you within 3 days of the return", "refused returns are donated if not claimed within 30 days".
    if (TAKES_BEFORE.test(before) || STEP_FOR_AFTER.test(anchor) || OTHER_STEP_BEFORE.test(s.slice(clauseStartAt(s, d.index), d.index))) continue;
    // Counted from the return reaching the shop ("within 2 days of the return landing at our warehouse", "after we get
    // it back"): the shop's step once the goods are back, never the shopper's time to send them.
    if (RETURN_BACK_ANCHOR.test(anchor)) continue;
    // The refund's own time, counted from a bare receipt or arrival: the refund-time rule reads it, the window never.
    if (REFUND_BACK_ANCHOR.test(anchor) && !SHOPPER_RECEIPT_AFTER.test(anchor) && REFUND_ISSUED_LEAD.test(s.slice(clauseStartAt(s, d.index), d.index))) continue;
    // The parcel's way to the shopper is another clock too: "delivered within 2-5 days", "if you did not receive the
    // product within the guaranteed time (45 days)"; only when the duration's own clause speaks of no return.
    if (onDeliveryClock(s, d)) continue;
    if (DAMAGE_CLAIM.test(s.slice(Math.max(0, d.index - CLAUSE_LEAD_CHARS), d.index))) continue;
    // The sentence opens on the faulty-goods case ("if you receive a damaged or wrong item, you may return it within 30
    // days"): the remedy's period, never the window (test/real/README.md: nothing from the faulty-goods remedy), unless
    // a change of mind is one of the cases it names.
    if (faultCaseLeads(s, d.index)) continue;
    // Counted down to an event ("1 day prior to installation", "48 hours before your booking"): a lead time, never a
    // window, which counts on from the purchase or the delivery.
    if (COUNTDOWN_AFTER.test(anchor)) continue;
    // The parcel's way back told as what usually happens ("parcels sent by post reach us in 7 days"): transit, not a
    // deadline, which says what must happen ("must reach us within 30 days").
    if (TRANSIT_BACK_BEFORE.test(before) && !DEADLINE_VERB.test(s.slice(clauseStartAt(s, d.index), d.index))) continue;
    const scope = scopeBefore(s, d.index);
    const confidence = onlyExchange ? 0.6 : moneyBack ? 0.7 : framed && !RETURN_WORDS.test(s) ? 0.8 : 0.88;
    return [{ term: 'returns.window_days', value: days, confidence, unit, ...(scope ? { scope } : {}) }];
  }
  return [];
};

/** "A 15% restocking fee applies", "restocking fee of $10", "no restocking fees". */
const RESTOCKING = fenced(/\bre-?stocking (?:fee|charge)s?\b|\bcharge (?:a |an )?\d+(?:\.\d+)? ?%[^.]{0,20}\bto restock\b|\brestocking (?:and|&|or) [a-z]+ (?:fee|charge)s?\b|\brestock(?:ing)? (?:fee|charge)\b|\breturns? (?:processing |handling |admin(?:istration)? )?fee\b|\bhandling fee\b|\bcharge for restocking\b|\bprocessing (?:fee|charge)\b(?=[^.]*\b(?:return|refund))|\breturn(?:ed)? (?:items?|products?|goods|orders?)\b[^.]{0,30}\bprocessing (?:fee|charge)\b/);
/** A percentage kept back from the refund without naming it restocking: "a 20% fee will be deducted from your refund". */
const DEDUCTED_PERCENT = fenced(/\b\d+(?:\.\d+)? ?%(?: (?:fee|charge|deduction|handling fee|processing fee))?\b[^.]{0,40}\b(?:deducted|withheld|retained|kept|subtracted|taken) (?:from|off) (?:your |the |all |any )?(?:refunds?|returns?|refund amount|credit)\b|\bdeduct(?:s|ed)? (?:a |an )?\d+(?:\.\d+)? ?%[^.]{0,30}\b(?:from|off) (?:your |the |all |any )?(?:refunds?|returns?|refund amount)\b|\ba (?:fee|charge) of \d+(?:\.\d+)? ?%[^.]{0,50}\b(?:returns?|refunds?)\b|\brefunds?\b[^.]{0,40}\b(?:reduced|lowered) by \d+(?:\.\d+)? ?%|\breturn(?:ed|s)?\b[^.]{0,50}\b(?:charged|incur|subject to) (?:a |an )?\d+(?:\.\d+)? ?% (?:fee|charge|deduction)\b|\b(?:retain|keep|withhold) \d+(?:\.\d+)? ?% of (?:the |your )?(?:purchase price|refund|order value|item price)/);
/**
 * Third-pass restocking families: a percentage (or flat amount) charged on returns without the word "restocking".
 * Each row an in-house example; the shipping/postage guard below still applies.
 */
const RESTOCK_FAMILIES: RegExp[] = [
  // The share kept named by what it pays for, not where it is taken from: "at least 20% will be deducted for
  // restocking", "30% is retained as handling and processing charges"
  fenced(/\b\d+(?:\.\d+)? ?%[^.%]{0,25}\b(?:deducted|withheld|retained|kept|charged)\b (?:for|as) (?:a |an |the |our )?(?:re-?stocking|handling|processing|admin(?:istration|istrative)?)\b/),
  // "Restocking | 20%" (a table row or label line), "we charge 15% restocking on opened items"
  /^re-?stock(?:ing)?(?: (?:fee|charge))?\s*(?::|\|)\s*\d+(?:\.\d+)? ?%|\b\d+(?:\.\d+)? ?% re-?stocking\b/,
  // "Opened items incur a 10% fee", "unsealed products are subject to a 20% charge", "returns of opened goods will be charged 15%"
  fenced(/\b(?:opened|used|unsealed|open-box|non-defective|unboxed|returned) (?:items?|products?|goods|merchandise|returns?)\b[^.]{0,40}\b(?:incur|subject to|charged|carry|attract)\b[^.%]{0,12}\d+(?:\.\d+)? ?%/),
  // "A 25% fee applies to returned items that have been opened", "a 10% charge may apply to all returns"
  fenced(/\b\d+(?:\.\d+)? ?% (?:fee|charge|deduction) (?:applies|will apply|may apply|will be applied|is applied|is charged)\b[^.]{0,40}\b(?:returns?|returned|opened)\b|\b\d+(?:\.\d+)? ?% (?:fee|charge|deduction) (?:for|on) (?:returning|returns?|returned|opened)\b/),
  // "Returned items will be refunded less a 10% fee", "refunds exclude a 10% handling charge", "refunded minus 15%"
  /\brefund(?:s|ed)?\b[^.]{0,30}\b(?:less|minus|excluding|exclude|net of) (?:a |an )?\d+(?:\.\d+)? ?%/,
  // "A $25 fee applies to all returns", "a £10 charge is made for each return"
  /[$£€]\s?\d+(?:\.\d{2})? (?:fee|charge) (?:applies|will apply|may apply|is charged|is made) (?:to|on|for) (?:all |any |each |every )?returns?\b/,
  // A charge for getting the item ready to sell again: "a 20% charge to cover inspection, testing and repackaging",
  // "we deduct £5 from each refund to cover return processing", "a handling charge of 15 per cent … deducted from any credit"
  /\b(?:charge|fee|deduct(?:ion)?)\b[^.]{0,40}\bto cover (?:the )?(?:inspection|testing|repackaging|re-?bagging|restocking|return processing|processing|checking|cleaning)\b/,
  /\bhandling (?:charge|fee) of \d+(?:\.\d+)?(?: per ?cent| ?%)?[^.]{0,60}\b(?:deducted|withheld|retained)\b/,
];
const NO_RESTOCKING = fenced(/\b(?:no|without|zero|free of|never charge|don't charge|do not charge|won't charge|will not charge|waive)\b[^.]{0,30}\b(?:restocking|returns? (?:processing )?fee)|\bno (?:fees?|charges?) (?:whatsoever |at all )?(?:on|for) returns?\b(?! (?:shipping|postage|labels?|delivery|carriage))|\b(?:don't|do not|never|won't) deduct (?:a cent|a penny|anything)\b|^(?:policy: )?restocking(?: fee)?\s*(?::|\|)\s*(?:details: )?(?:none|no|n\/a|free|\$0|£0|€0|0%?)\b/);

/** Conditions that make a restocking fee one for some returns only (read with restockingFee). */
const RESTOCK_CONDITION =
  fenced(/\b(?:after|beyond|past|later than|more than) \d+ (?:calendar |business |working )?days\b|\bfor \d+ days if\b|\b(?:orders?|purchases?|items?) (?:over|above|of more than|exceeding|totall?ing more than) [$£€]?\s?\d|\b(?:when|where|if) (?:allowed|applicable|approved|accepted)\b|\bnon[- ]?stock(?:ed)?\b|\bper the manufacturer/);

const restockingFee: Rule = (unit, ctx) => {
  const s = unit.norm;
  // "Is there a restocking fee? No." states none; a "yes" answer is read for its figure below.
  const faq = faqVerdict(s, /\bre-?stock/);
  if (faq && faq.verdict === false && findPercents(faq.answer).length === 0) return [{ term: 'returns.restocking_fee', value: { percent: 0 }, confidence: 0.75, unit }];
  const deducted = DEDUCTED_PERCENT.exec(s);
  // Return postage kept back from the refund is who pays shipping, not a restocking charge.
  const family = RESTOCK_FAMILIES.map((re) => re.exec(s)).find(Boolean) ?? null;
  const notShipping = !/\b(?:shipping|postage|label|carriage|delivery|courier|freight|cancel\w*)\b/.test(s);
  const m = RESTOCKING.exec(s) ?? (deducted && notShipping && /\b(?:return|refund|restock|opened|handling)/.test(s) ? deducted : null) ?? (family && notShipping ? family : null);
  // "Exchanges are free of any restocking fee" says nothing of the fee on a return.
  const exchangesOnly = (/^[^.]{0,40}\bexchang/.test(s) && !/\breturns?\b/.test(s.slice(0, 40))) || /^(?:[a-z]+ )?exchanges? (?:are|is)\b/.test(s);
  if (exchangesOnly && NO_RESTOCKING.test(s)) return [];
  // A fee that applies only late, on big orders or where a maker allows the return at all is a condition on some returns,
  // not the shop's fee: "a 20% charge after 7 days", "orders over $1,500 pay 18%", "non-stock items, when allowed, 30%".
  if (m && RESTOCK_CONDITION.test(s)) return [];
  if (!m) {
    // "There are no fees whatsoever on returns", "Restocking fee | none": none, said without the usual cue.
    if (NO_RESTOCKING.test(s) && findPercents(s).length === 0 && findMoney(unit.text, ctx.dollar).length === 0 && /\breturn|restock/.test(s)) return [{ term: 'returns.restocking_fee', value: { percent: 0 }, confidence: 0.78, unit }];
    return [];
  }
  if (/\breturn fee\b|\bhandling fee\b/.test(m[0]) && !/\breturn/.test(s)) return [];
  if (NO_RESTOCKING.test(s) && findPercents(s).length === 0 && findMoney(unit.text, ctx.dollar).length === 0) {
    return [{ term: 'returns.restocking_fee', value: { percent: 0 }, confidence: 0.85, unit }];
  }
  // "may be subject to a restocking fee" without a figure says nothing measurable.
  const pct = findPercents(s).find((p) => Math.abs(p.index - m.index) < 80);
  const scope = scopeBefore(s, m.index) ?? (/\b(?:opened|used|non-defective|unsealed|without (?:the )?original)\b/.test(s) ? undefined : undefined);
  if (pct && pct.percent > 0 && pct.percent <= 100) {
    return [{ term: 'returns.restocking_fee', value: { percent: pct.percent }, confidence: 0.88, unit, ...(scope ? { scope } : {}) }];
  }
  const money = findMoney(unit.text, ctx.dollar)[0];
  if (money && money.amount > 0 && money.amount < 1000) {
    return [{ term: 'returns.restocking_fee', value: { amount: money.amount, currency: money.currency }, confidence: 0.8, unit, ...(scope ? { scope } : {}) }];
  }
  return [];
};

/** Return shipping paid by the merchant: "free returns", "prepaid return label", "we cover return shipping". */
const FREE_RETURN =
  fenced(/\bfreepost\b|\bpostage[- ]paid (?:return )?(?:label|envelope|bag)\b|\breturns? (?:are |is )?postage[- ]paid\b|\b(?:send|return) (?:it|them|items?|your (?:item|order)s?) (?:back )?(?:to us )?(?:for free|at no (?:extra )?(?:cost|charge))\b|\bwe(?:'ll| will)? (?:e-?mail|send|give) you a (?:free|prepaid|pre-paid) (?:returns? )?label\b|\bfree returns? label\b|\breturn (?:shipping )?label (?:free of charge|at no (?:extra )?(?:cost|charge)|for free)\b|\bfree (?:of charge )?return (?:shipping )?label\b|\bfree (?:return )?(?:shipping|postage|delivery) (?:on|for) (?:all )?returns\b|\bfree (?:and easy )?returns?\b|\breturns? (?:are|is) (?:always )?free\b|\bfree return (?:shipping|label|postage)\b|\bprepaid (?:[a-z]{2,12} ){0,2}(?:return )?(?:shipping )?label\b|\bno (?:charge|cost|fee) for return (?:shipping|postage)\b|\bpre-paid (?:return )?label\b|\breturn (?:shipping|postage) is (?:on us|free|covered)\b|\bwe(?:'ll| will)? (?:cover|pay(?: for)?) (?:the )?(?:cost of )?return (?:shipping|postage)\b|\bat no (?:extra )?(?:cost|charge) to you\b[^.]{0,40}return|\breturn[^.]{0,40}\bat no (?:extra )?(?:cost|charge)\b/);
/** Paid by the customer: "customer is responsible for return shipping", "at your own expense", "deducted from your refund". */
const CUSTOMER_RETURN =
  fenced(/\b(?:you|customers?|buyers?)(?:'ll| will)? (?:need to |have to |must )?(?:cover|pay(?: for)?) (?:the )?(?:cost|costs|postage|shipping)(?: costs?)? (?:of|for) (?:sending|posting|shipping|returning) (?:it |them |items? |your (?:item|order|return)s? |the (?:item|goods|parcel) )?back\b|\bwe (?:deduct|charge|subtract) (?:a |an )?(?:[$£€]\s?\d+(?:\.\d{2})? )?(?:fee )?(?:for|to cover) (?:the )?return (?:shipping|postage|label)|\breturn (?:label|shipping|postage) (?:fee|charge|cost) (?:of [$£€]\s?\d+(?:\.\d{2})? )?(?:is |will be )?deducted|\b(?:freight|shipping|postage|carriage) on returned (?:goods|items|merchandise)\b[^.]{0,30}\b(?:prepaid|paid|borne) by the (?:customer|buyer|purchaser)|\b(?:return (?:postage|shipping)|costs? of return(?:ing|s)?|(?:shipping|postage) (?:costs? |fees? |charges? )?(?:for|on) returns?)\b[^.]{0,30}\b(?:paid|borne|covered|payable) by (?:the )?(?:customer|buyer|purchaser|you)|\b(?:shipping|postage) (?:costs? |fees? |charges? )?(?:for|on) returns?\b[^.]{0,20}\b(?:are|is) (?:the )?(?:responsibility of the (?:customer|buyer)|(?:customer|buyer)'?s? responsibility)|\bresponsible for (?:the )?(?:cost|costs|expense) of (?:returning|sending|shipping|posting)|\bwe (?:do not|don't|will not|won't|cannot|can't) (?:cover|pay for|refund|reimburse) (?:the )?(?:cost of )?return (?:shipping|postage)|\breturn (?:shipping|postage|label) (?:fee|charge|cost)s? (?:of [$£€]|is [$£€]|applies|apply|will be)|\breturns? cost [$£€]\s?\d|\b(?:buyers?|customers?|you)(?:'ll| will)? (?:must |need to |have to )?pays? (?:for )?(?:the )?return (?:shipping|postage)|\breturn (?:shipping|postage)(?: costs?| fees?)? (?:is|are) (?:your|the customer's|the buyer's|their) (?:own )?responsibility|\bcosts? of return(?:ing)?\b[^.]{0,40}\b(?:borne|paid|covered|payable) by the (?:customer|buyer|purchaser|consumer)|\b(?:customers?|you|buyers?|purchasers?) (?:bears?|pays?|covers?|(?:is|are) charged) (?:for )?(?:the )?(?:cost|costs|expense|price)s? of (?:shipping|sending|posting|returning|the return)|\b(?:customers?|you|buyers?|purchasers?) (?:are|is|will be|shall be|would be) responsible for (?:paying )?(?:for )?(?:the |all |any )?(?:cost of )?(?:return|your own|their own)[^.]{0,30}\b(?:shipping|postage|costs?|fees?)|\bresponsible for (?:paying )?(?:for )?(?:their|your) own shipping costs for return|\breturn (?:shipping|postage)(?: costs?| fees?| charges?)? (?:is|are|will be) (?:the )?(?:customer|buyer|purchaser)'?s? (?:responsibility|expense)|\breturn (?:shipping|label|postage)(?: costs?| fees?)? (?:will be|is|are) deducted\b|\bdeduct[^.]{0,40}return (?:shipping|label|postage)|\b(?:you|customer) (?:will )?(?:need to )?(?:cover|pay) (?:the )?(?:cost of )?return(?:ing)?[^.]{0,20}(?:shipping|postage)\b|\breturn shipping (?:costs? )?(?:is|are) not (?:refundable|covered|free)/);

/**
 * More ways of saying the shopper pays, one family per row (in-house examples). Read after CUSTOMER_RETURN; each cue is
 * checked for negation at its own position.
 */
const CUSTOMER_RETURN_FAMILIES: RegExp[] = [
  // "It is the customer's responsibility to pay for shipping the goods back to us"
  fenced(/\b(?:it is|it's) (?:the )?(?:customer|buyer|purchaser|your)(?:'s)? (?:sole )?responsibility to (?:pay for|cover|arrange and pay for) (?:the )?(?:return |shipping |postage |cost)/),
  // "Return shipping charges are the buyer's responsibility"
  fenced(/\breturn (?:shipping|postage|delivery|carriage|freight)(?: costs?| fees?| charges?)? (?:is|are|will be|remains?) (?:the )?(?:customer|buyer|purchaser|shopper|sender)'?s? (?:sole )?(?:responsibility|expense|cost)/),
  // "Customers are responsible for return shipping charges"
  fenced(/\b(?:customers?|buyers?|purchasers?|you) (?:are|is|will be|remain) (?:solely )?responsible for (?:all |any |the )?return (?:shipping|postage|delivery|carriage|freight|label)/),
  // "The buyer pays return carriage", "you must pay the costs of return yourself", "arrange and pay for the return delivery"
  fenced(/\b(?:customers?|buyers?|purchasers?|you)\b[^.]{0,35}\bpays? (?:for )?(?:the )?(?:costs? of (?:the )?)?return(?:s|ing)?(?: (?:shipping|postage|delivery|carriage|freight|courier))?\b(?! (?:window|period|policy))/),
  // "We charge a flat $5 fee for each return label", "a $7.50 return label fee will be deducted"
  /\b(?:charge|deduct)s?\b[^.]{0,30}\b(?:fee|charge|cost)\b[^.]{0,10}\b(?:for|per|on) (?:each |every |the |a |your )?return (?:label|shipment|parcel)|\breturn label fee\b/,
  // "Returns are not free", "return shipping costs are non-refundable"
  /\breturns? (?:shipping |postage )?(?:are|is) not free\b|\breturn (?:shipping|postage)(?: costs?| fees?| charges?)? (?:are|is) non-refundable\b/,
  // "You are responsible for shipping costs when returning items"
  fenced(/\bresponsible for (?:the |all |any )?(?:shipping|postage|delivery)(?: costs?| fees?| charges?)? (?:when|for|of|on|while) (?:returning|returns?|sending (?:it |them |items? )?back)/),
  // "You will need to pay for your own return shipping"
  /\bpay (?:for )?(?:your|their) own return (?:shipping|postage|delivery|label)/,
  // "Returns are subject to a $6.95 return shipping fee", "a return shipping label costs $5.95", "we charge $4.99 for a return label"
  fenced(/[$£€]\s?\d+(?:\.\d{2})? return (?:shipping|postage|label) (?:fee|charge|cost)|\breturn (?:shipping )?label (?:costs?|is) [$£€]\s?\d|\b(?:charge|deduct)s?\b[^.]{0,20}[$£€]\s?\d+(?:\.\d{2})? (?:for|per) (?:each |every |the |a |your )?return (?:label|shipment|parcel)/),
  // "The cost of sending it back is yours"
  fenced(/\bcosts? of (?:sending|posting|shipping|returning) (?:it|them|items?|the (?:item|goods|parcel)|your (?:item|order|parcel)s?)? ?(?:back )?(?:to us )?(?:is|are|will be) (?:yours|your responsibility|on you|at your (?:own )?(?:cost|expense))/),
  // "Please cover the return postage yourself", "you pay the return postage", "you'll cover return shipping"
  fenced(/\b(?:please |you(?:'ll| will)? (?:need to |have to |must )?)(?:cover|pay(?: for)?) (?:the |your |any )?return (?:shipping|postage|delivery|carriage|courier|label)s?\b/),
  // "We don't cover the cost of returning items", "we do not refund return postage", "we do not provide return labels"
  fenced(/\bwe (?:do not|don't|will not|won't|cannot|can't|are unable to) (?:cover|pay(?: for)?|refund|reimburse) (?:the |any )?(?:costs? of )?(?:returning|return (?:shipping|postage|delivery))|\bwe (?:do not|don't) (?:provide|supply|send|offer|issue) (?:pre-?paid |free )?return (?:labels?|shipping labels?)\b/),
  // "Returning an item costs $6.95, deducted from your refund"
  /\breturn(?:ing|s)? (?:an? |the |your |each )?(?:items?|orders?|parcels?|products?)? ?costs? [$£€]\s?\d/,
  // "Use our returns label for $4.99", "return postage is paid by the sender"
  // "You pay the postage to send items back", "the customer pays for shipping the item back"
  fenced(/\b(?:you|customers?|buyers?|purchasers?)(?:'ll| will)? (?:need to |have to |must )?(?:pays?|covers?) (?:for )?(?:the )?(?:postage|shipping|delivery|courier|carriage)(?: costs?| fees?)? (?:to|for) (?:send|return|post|ship)|\bpays? (?:for )?(?:the )?(?:shipping|posting|sending|postage)(?: costs?)? (?:of )?(?:the |your )?(?:items?|goods|parcels?|products?|it|them)? ?back\b/),
  // "Postage costs for returns are not refunded", "shipping on returns is not reimbursed"
  /\b(?:postage|shipping|delivery|carriage)(?: costs?| fees?| charges?)? (?:for|on) returns? (?:are|is|will) (?:not (?:be )?(?:refunded|reimbursed|covered|refundable)|non-refundable)\b/,
  // "Customers must pay to return items", "it costs $5 to return an item", "a flat fee of $6 covers return shipping"
  fenced(/\b(?:customers?|buyers?|purchasers?|you)(?:'ll| will)? (?:must |need to |have to |will have to )?pay to (?:return|send (?:it|them|items?|the (?:item|goods|parcel)s?) back)\b|\bcosts? [$£€]\s?\d+(?:\.\d{2})? to (?:return|send (?:it|them|items?) back)\b|[$£€]\s?\d[^.]{0,20}\bcovers? (?:the )?(?:cost of )?return (?:shipping|postage|label|delivery)/),
  // "You'll be responsible for return postage costs", "buyer covers return shipping"
  fenced(/\b(?:you|customers?|buyers?|purchasers?)(?:'ll| will| shall| would)? be (?:solely )?responsible for (?:all |any |the )?(?:costs? of )?return (?:shipping|postage|delivery|carriage|label)|\b(?:customers?|buyers?|purchasers?|you)(?:'ll| will| must| need to| have to)? covers? (?:the )?(?:costs? of )?return (?:shipping|postage|delivery|carriage)/),
  // "Return shipping costs $7.95", "return postage is £2.99"
  /\breturn (?:shipping|postage|delivery)(?: label)? (?:costs?|is|are) [$£€]\s?(?!0(?:\.00)?\b)\d/,
  // "Shipping fees for returned items will be deducted"
  fenced(/\b(?:shipping|postage|carriage)(?: costs?| fees?| charges?)? (?:for|on) returned (?:items?|goods|products|orders?|parcels?)\b[^.]{0,20}\b(?:deducted|(?:are|is) (?:your|the customer's) responsibility|paid by (?:the )?(?:customer|buyer|you))/),
  // "Original shipping charges and return shipping are not refunded"
  /\breturn (?:shipping|postage)(?: costs?| fees?| charges?)? (?:are|is|will be) not (?:refunded|reimbursed)\b/,
  fenced(/\breturns? (?:shipping )?label (?:for|at) [$£€]\s?\d|\breturn (?:shipping|postage|carriage|delivery)(?: costs?)? (?:is|are) (?:paid|borne|covered) by the sender\b/),
  // "You will have to pay the costs for returning the goods", "refunded after deducting to-and-from transport costs"
  fenced(/\b(?:you|customers?|buyers?|purchasers?)\b[^.]{0,25}\bpay (?:for )?(?:the |all |any )?costs? (?:of|for) (?:returning|sending (?:it |them |the goods )?back|the return)\b|\b(?:after deducting|less|minus|net of) (?:the )?(?:to and from |(?:two|2)[- ]way |return |round[- ]trip )?(?:transport(?:ation)?|shipping|freight|postage|courier|carriage) (?:costs?|charges?|fees?)\b/),
];
/** More ways of saying the shop pays: "return shipping is complimentary", "returning is free". */
const FREE_RETURN_FAMILIES: RegExp[] = [
  /\breturn (?:shipping|postage|delivery|labels?)(?: costs?)? (?:is|are) (?:always )?(?:complimentary|free of charge|included|prepaid|pre-paid)\b/,
  /\breturns? (?:are|is) (?:always |completely |totally )?(?:free of charge|complimentary|on us)\b/,
  /\breturning (?:it |them |an item |items )?is (?:always |completely )?free\b/,
  // "Returns are easy and free", "send it back free"
  /\breturns? (?:are|is) (?:[a-z]+ (?:and|&) )?free\b(?! (?:for|on) (?:exchanges|store credit))|\b(?:send|post|ship) (?:it|them|items?) back (?:for )?free\b/,
  // "Postage for returns is paid by us", "we refund return shipping costs"
  /\breturns?\b[^.]{0,40}\b(?:paid|covered) by us\b|\bwe(?:'ll| will)? (?:refund|reimburse) (?:the |your |any )?(?:cost of )?return (?:shipping|postage)/,
  // "Returns ship free", "sending the item back is free", "print the free label and drop it off"
  fenced(/\breturns? (?:ship|travel|go back) (?:for )?free\b|\b(?:sending|posting|shipping) (?:it|them|the (?:item|parcel|order)s?|your (?:item|parcel|order)s?) back (?:to us )?is (?:always |completely )?free\b|\bprint (?:the|your|our|a) free (?:returns? )?(?:shipping )?label\b/),
  // "Free 30-day returns", "it's free to return", "return it free by mail"
  fenced(/\bfree \d+[- ]day returns?\b|\b(?:it's|it is) (?:always |completely )?free to (?:return|send (?:it|them) back)\b|\breturn (?:it|them|items?|your (?:item|order)s?) (?:for )?free\b(?! (?:in|at) (?:store|a store|our (?:store|shop)s?))(?![^.]{0,40}[$£€]\s?\d)/),
];
/** Third-pass free families: "we cover the cost of returns", "a returns label is included in every parcel", "returns cost nothing". */
const FREE_RETURN_FAMILIES_3: RegExp[] = [
  fenced(/\bwe(?:'ll| will)? (?:happily |gladly |always )?(?:cover|pay(?: for)?|absorb|foot) (?:the |all |any )?(?:costs? of )?(?:the |your )?returns?\b(?! (?:window|period|policy|request))/),
  fenced(/\bwe (?:include|enclose|provide) (?:a |an |our )?(?:free |prepaid |pre-paid )?returns? (?:shipping )?label\b|\breturns? (?:shipping )?label (?:is |comes )?(?:included|enclosed|supplied) (?:in|with)\b/),
  /\breturn(?:s|ing)?(?: (?:an? |your )?(?:items?|orders?))? costs? (?:you )?nothing\b/,
];
/** Third-pass free families (cont.): "returning is on us", "there's no charge to send it back", "costs nothing to return". */
const FREE_RETURN_FAMILIES_3B: RegExp[] = [
  // "a free NZ Post returns label", "we'll email you a free Canada Post return label", "the trip back costs you nothing"
  /\bfree\b[^.]{0,25}\breturns? (?:shipping |postage )?label\b|\b(?:trip|journey|postage|shipping|sending (?:it|them)) back\b[^.]{0,15}\bcosts? (?:you )?nothing\b/,
  // "returns within Australia are on us", "collection is free anywhere on the mainland"
  /\breturns?\b[^.]{0,25}\b(?:are|is) on us\b|\b(?:collection|pick-?up|reverse pick-?up) is (?:always )?free\b/,
  // "there is nothing to pay for postage" (in a sentence or section about returning)
  /\bnothing to pay (?:for )?(?:the )?(?:postage|shipping|return (?:shipping|postage)|label|returns?)\b/,
  /\b(?:returns?|returning|return (?:shipping|postage|delivery))(?: (?:is|are))? (?:always )?on (?:us|the house)\b/,
  fenced(/\bno (?:charge|cost|fee) (?:to|for) (?:return(?:ing)?|send(?:ing)? (?:it|them|items?|your (?:item|order)s?) back)\b|\b(?:doesn't|does not|won't|will not) cost (?:you )?(?:anything|a (?:penny|cent|thing)) to (?:return|send)|\bcosts? (?:you )?nothing to (?:return|send)/),
];
/**
 * Who pays, worded without the word "return": read only inside a returns section ("You'll need to cover the postage",
 * "postage is at your own cost", "customers bear the postage cost"). Original-delivery wordings are left out.
 */
const SECTION_CUSTOMER = fenced(/\b(?:you|customers?|buyers?)(?:'ll| will)? (?:need to |have to |must )?(?:cover|pay(?: for)?|bear) (?:the |any |all )?(?:postage|shipping|courier|carriage)(?: costs?| fees?| charges?)?\b|\b(?:postage|shipping|courier)(?: costs?| fees?)? (?:is|are) (?:at your (?:own )?(?:cost|expense)|on you|your responsibility)\b/);
const NOT_RETURN_POSTAGE = /\b(?:original|outbound|initial|first|delivery charges?|new (?:item|order)|replacement|exchange(?:d)? item|on orders? (?:over|above))\b/;
/** "We don't charge for returns". */
const NO_RETURN_CHARGE = /\bwe (?:do not|don't|won't|will not|never) charge (?:you )?(?:anything )?(?:for|on) returns?\b/;
/** Free wordings that name no return, read only in a returns section or a sentence about sending back ("you'll receive a free shipping label"). */
const FREE_RETURN_IN_CONTEXT = fenced(/\bwe(?:'ll| will)? (?:cover|pay(?: for)?) (?:the |all )?(?:postage|shipping|cost of (?:postage|shipping))\b(?! (?:to you|on (?:your )?(?:order|delivery)))|\bfree (?:shipping|postage|mailing) label\b|\b(?:use|print|attach) (?:the|our|a) free (?:returns? )?label\b|\bdrop (?:it|them|the (?:parcel|package|item)|your (?:parcel|package|return)) (?:off )?\b[^.]{0,40}\b(?:for free|free of charge|at no (?:extra )?(?:cost|charge))/);
/** A label and its value on one line or table row: "Return shipping: Free", "Return postage | £3.95". */
const LABEL_VALUE = /^(?:return(?:s)? (?:shipping|postage|delivery|label|carriage)|returns?)(?: (?:costs?|fees?|charges?))?\s*(?::|\|)\s*(.+)$/;
const LABEL_FREE = /^(?:free(?! exchanges?)|complimentary|on us|prepaid|pre-paid|included|covered by us|paid by us|we pay)\b/;
const LABEL_CUSTOMER = /^(?:(?:the )?customer(?: pays)?|buyer(?: pays)?|you pay|paid by (?:the )?(?:customer|buyer|you)|at (?:your|the customer's|the buyer's) (?:own )?(?:cost|expense)|your responsibility|customer'?s? responsibility|[$£€]\s?\d)/;
/** The FAQ question is about who pays for sending things back. */
const RETURN_COST_TOPIC = /\breturn (?:shipping|postage|delivery|labels?)\b|\breturns? (?:free|cost)\b|\bpay (?:for|to) (?:return|send)|\bcost (?:anything |money )?to (?:return|send)|\bfree returns?\b|\bpay for returns\b/;

/**
 * The shopper pays for sending it back, read from its parts rather than one wording: a return context, a cost of
 * carriage, and the shopper as payer. Each row an in-house example: "the buyer shall bear the direct cost of
 * returning the goods", "you'll just need to cover the postage back to us", "return freight is paid by you",
 * "postage for returns is on you", "our $99 pickup fee is deducted from your refund", "$6.95 for that label comes out
 * of your refund".
 */
const CUSTOMER_PAYS_PARTS: readonly RegExp[] = [
  // "return costs are the responsibility of the customer", "the returnee is responsible for return shipping",
  // "charges for all returns must be prepaid and insured by you"
  fenced(/\b(?:is|are|remains?|will be) (?:the )?(?:sole )?responsibility of the (?:customer|buyer|purchaser|consumer|returnee|sender|client)\b|\b(?:the )?(?:returnee|sender)s? (?:is|are|will be) responsible for\b|\b(?:pre-?paid|paid)(?: and insured)? by (?:you|the (?:customer|buyer|sender))\b/),
  fenced(/\b(?:you|customers?|the customer|buyers?|the buyer|purchasers?|the purchaser|consumers?|the consumer|clients?|the client)(?:'re|'ll| shall| will| must| are| is)?(?: just)?(?: need to| have to)? (?:pay|pays|prepay|prepays|bear|bears|cover|covers|be responsible for|responsible for|be liable for|liable for)\b/),
  // "…send back the goods without undue delay and shall bear the direct cost of returning them"
  /\b(?:and|who) (?:(?:shall|will|must) )?(?:bear|pay) (?:the |all |any )?(?:direct )?costs?\b/,
  // "return freight for change-of-mind returns is the customer's responsibility", "postage is yours to cover"
  /\b(?:is|are) (?:the )?(?:customer's|buyer's|purchaser's|consumer's|your|yours)(?: own)? (?:responsibility|to cover|to pay(?: for)?)\b|\b(?:is|are) yours to (?:cover|pay)\b/,
  /\b(?:paid|covered|borne|payable) by (?:you|the customer|the buyer|the purchaser|customers|buyers)\b/,
  /\b(?:is|are) on you\b|\b(?:is|are) for (?:your|the (?:customer|buyer|purchaser)'s) (?:own )?account\b/,
  fenced(/\b(?:label|pick-?up|postage|shipping|freight|courier|collection|carriage)(?: fee| charge| cost)?s?\b[^.]{0,40}\b(?:is |are |will be )?(?:deducted|taken|subtracted|withheld) (?:from|off) (?:your|the) refund\b|\b(?:is |are )?taken off (?:your|the) refund\b|\bcomes? (?:out of|off) (?:your|the) refund\b|\bdeduct (?:a |an |the )?[^.]{0,20}\b(?:label|pick-?up|postage|shipping|freight|courier|collection|carriage)(?: fee| charge| cost)?\b[^.]{0,10}\bfrom (?:your|the) refund\b/),
];
const CARRIAGE_COST = /\b(?:postage|shipping|freight|carriage|courier|(?:return )?label|pick-?up|collection|uplift|insurance|return costs?)\b|\bcost of (?:sending|returning|getting|posting|shipping|mailing)\b/;
const OUTBOUND = fenced(/\b(?:original|outbound|initial|first|standard|express|next[- ]day) (?:shipping|delivery|postage|freight)\b|\bdelivery (?:charges?|fees?|costs?) (?:are|is) non-refundable\b|\bon orders? (?:over|above|under)\b/);

/** The caller has checked the sentence sits in a returns section or speaks of returning. */
function customerPaysByParts(s: string): ReturnType<typeof cue> {
  if (!CARRIAGE_COST.test(s)) return undefined;
  const c = firstCue(s, CUSTOMER_PAYS_PARTS);
  // "Lamps sold with free shipping: when one comes back, our real shipping cost comes out of the refund" keeps back the
  // delivery that came out (return-cost-frame.ts), not the trip back.
  if (c && (goodsShippedFreeAt(s) ?? Infinity) < c.index) return undefined;
  if (!c || !OUTBOUND.test(s)) return c;
  // "Original shipping is non-refundable and the returnee is responsible for return shipping": the outbound words sit
  // in the other clause; only the payer's own clause decides. That clause ends where the payer's words end, not at the
  // first comma inside them: "if a return takes you below the free-shipping level, the original shipping cost is
  // deducted from your refund" keeps back the delivery that came out, said in the clause the deduction is in.
  const start = Math.max(s.lastIndexOf(' and ', c.index), s.lastIndexOf(',', c.index), s.lastIndexOf(';', c.index)) + 1;
  const spanEnd = c.index + c.text.length;
  const end = s.slice(spanEnd).search(/[,;]| and /);
  const clause = s.slice(start, end < 0 ? undefined : spanEnd + end);
  return CARRIAGE_COST.test(clause) && !OUTBOUND.test(clause) ? c : undefined;
}

/** "Return shipping: Free", FAQ "Is return shipping free? Yes.", "Who pays for return shipping? You do." */
function returnShippingByForm(unit: Unit, s: string): Candidate[] | undefined {
  const lv = LABEL_VALUE.exec(s.replace(/\s*\|\s*$/, ''));
  if (lv) {
    const v = lv[1]!.trim();
    if (LABEL_FREE.test(v)) return [{ term: 'returns.return_shipping', value: 'free', confidence: 0.8, unit }];
    if (LABEL_CUSTOMER.test(v)) return [{ term: 'returns.return_shipping', value: 'customer', confidence: 0.8, unit }];
  }
  const who = /\bwho pays (?:for )?(?:the )?(?:return (?:shipping|postage|delivery)|returns?|postage (?:for|on) returns?)\?\s*(.+)$/.exec(s);
  if (who) {
    const a = who[1]!.replace(/^(?:a|answer)\s*[:.)-]\s*/, '');
    if (/^(?:you(?: do)?|the customer|customers|the buyer|buyers)\b/.test(a)) return [{ term: 'returns.return_shipping', value: 'customer', confidence: 0.75, unit }];
    if (/^(?:we (?:do|pay|cover)|we\b[^.]{0,10}\bdo\b|us\b|it's on us|[a-z]+ (?:does|pays))/.test(a)) return [{ term: 'returns.return_shipping', value: 'free', confidence: 0.75, unit }];
    return undefined;
  }
  const faq = faqVerdict(s, RETURN_COST_TOPIC);
  if (faq && faq.verdict !== undefined) {
    const q = s.slice(0, s.lastIndexOf('?'));
    const asksFree = /\bfree\b|\bon us\b|\bprepaid|\bpre-paid|\b(?:you|u) (?:cover|pay for)\b|\bprovide (?:a )?(?:return )?label/.test(q);
    const asksPay = /\b(?:i|we|customers?) (?:have to |need to |must )?pay\b|\bis there (?:a )?(?:fee|charge|cost)\b|\bcost (?:anything|money)\b|\bcharge (?:me|for)\b/.test(q);
    if (asksFree !== asksPay) {
      const free = asksFree ? faq.verdict : !faq.verdict;
      return [{ term: 'returns.return_shipping', value: free ? 'free' : 'customer', confidence: 0.72, unit }];
    }
  }
  return undefined;
}

/** "At your own expense" only speaks of return postage when the sentence is about sending things back. */
const OWN_EXPENSE = /\bat (?:your|the customer's|the buyer's|their) (?:own )?(?:expense|cost)\b/;
const SEND_BACK = /\breturn|\bsend\b[^.]{0,30}\bback\b|\b(?:post|ship|mail|courier)\b[^.]{0,20}\bback\b|\bsending\b[^.]{0,30}\bback\b|\b(?:send|post|ship) (?:the|your) (?:parcel|package|items?|goods)\b/;
/** The shop fetches the item back for free: "we'll pick it up for free", "book a free collection" (return context only). */
const FREE_COLLECTION = /\b(?:pick (?:it|them) up|collect (?:it|them)|(?:courier )?collection|pick-?up)\b[^.]{0,50}\b(?:for free|free of (?:charge|cost)|at no (?:extra )?(?:cost|charge)|no charge to you)|\bfree (?:courier )?(?:collection|pick-?up)\b/;
const RETURN_CONTEXT = /\breturn|\breverse pick-?up|\brefund|\bsend (?:it|them) back|\bnot (?:for you|right)|\bisn't right|\bchange(?:d)? your mind|\bdon't love/;
/** Return postage taken out of the refund: "if you use our return label, the postage is deducted from your refund". */
const POSTAGE_DEDUCTED = fenced(/\b(?<!original )(?<!outbound )(?:the )?(?:postage|label cost|label fee|cost of the label|carriage)(?: costs?| fees?)? (?:is|are|will be) (?:then )?deducted from (?:your|the) refund/);

/**
 * Which option a free-postage promise is for (issue 11, scope "which option"): postage the shop pays only on exchanges,
 * or only for returns brought to one of its shops, is a variant; the ordinary return by post is still the shopper's
 * to pay unless the page says so. Each row an in-house example; the first that matches names the scope.
 */
const FREE_POSTAGE_OPTIONS: readonly (readonly [string, RegExp])[] = [
  // "free return shipping on all exchanges", "exchanges are free: no return fee", "exchanges ship back free",
  // "free returns for exchanges or store credit only"
  ['exchanges', fenced(/\b(?:for|on|with) (?:all |any |every |each |your )?(?:[a-z]{2,12} )?exchanges?\b(?! (?:or|and|&) (?:returns?|refunds?))|\bexchanges? (?:are|is|ship|go back|travel)(?: back)? (?:always |completely |totally )?(?:free|on us)\b|\b(?:exchanges?|store credit|gift cards?) only\b/)],
  // "returns are free if made in-store", "in-store returns cost nothing", "free when brought back to one of our shops"
  ['in-store returns', fenced(/\b(?:if|when) (?:made|returned|brought(?: back)?|done|taken(?: back)?) (?:in[- ]store|to (?:(?:1|one|any) of )?our (?:stores?|shops?|boutiques?))\b|\bin[- ]store returns?\b|\breturn(?:ed|s)? (?:in[- ]store|to (?:(?:1|one|any) of )?our (?:stores?|shops?|boutiques?))\b/)],
];

/** The option a free-postage sentence is limited to, or undefined when it is said of every return. */
function freePostageOption(s: string): string | undefined {
  return FREE_POSTAGE_OPTIONS.find(([, re]) => re.test(s))?.[0];
}

/** The first cue among a family table, with its negation read at its own position. */
function firstCue(s: string, families: readonly RegExp[]): ReturnType<typeof cue> {
  let best: ReturnType<typeof cue>;
  for (const re of families) {
    const c = cue(s, re);
    if (c && (!best || c.index < best.index)) best = c;
  }
  return best;
}

const returnShipping: Rule = (unit) => {
  const s = unit.norm;
  const out: Candidate[] = [];
  const byForm = returnShippingByForm(unit, s);
  if (byForm) return byForm;
  const inContext = unit.sectionTopic === 'returns' || /\breturn|\bsend (?:it|them|items?|the (?:item|parcel)) back/.test(s);
  const free = cue(s, FREE_RETURN) ?? firstCue(s, FREE_RETURN_FAMILIES) ?? firstCue(s, FREE_RETURN_FAMILIES_3) ?? firstCue(s, FREE_RETURN_FAMILIES_3B) ?? cue(s, NO_RETURN_CHARGE) ?? (inContext ? cue(s, FREE_RETURN_IN_CONTEXT) : undefined);
  if (!free && unit.sectionTopic === 'returns' && !NOT_RETURN_POSTAGE.test(s) && !FAULT.test(s)) {
    const sc = cue(s, SECTION_CUSTOMER);
    if (sc && !sc.negated) return [{ term: 'returns.return_shipping', value: 'customer', confidence: 0.72, unit }];
  }
  const own = SEND_BACK.test(s) ? cue(s, OWN_EXPENSE) : undefined;
  const deducted = /\breturn/.test(s) ? cue(s, POSTAGE_DEDUCTED) : undefined;
  const byParts = inContext ? customerPaysByParts(s) : undefined;
  const customer = firstCue(s, CUSTOMER_RETURN_FAMILIES) ?? own ?? deducted ?? cue(s, CUSTOMER_RETURN) ?? byParts;
  const collection = !free && (RETURN_CONTEXT.test(s) || unit.sectionTopic === 'returns') && !/\bin[- ]store\b|\bclick (?:and|&) collect/.test(s) ? cue(s, FREE_COLLECTION) : undefined;
  if (collection && !collection.negated && !customer) {
    const scope = freePostageOption(s);
    return [{ term: 'returns.return_shipping', value: 'free', confidence: 0.78, unit, ...(scope ? { scope } : {}) }];
  }
  // "for defective items we cover return shipping" is a variant, not the default.
  const defective = FAULT.test(s);
  // "Returns via our prepaid label incur a $7 fee": the label is provided but paid for by the shopper.
  if (free && !free.negated && !customer && /\bprepaid|pre-paid|label/.test(free.text) && /[$£€]\s?\d[^.]{0,40}\b(?:fee|charge|deducted)|\b(?:fee|charge|cost) of [$£€]\s?\d|\bincur/.test(s) && !/\bno (?:fee|charge|cost)|free of charge|at no (?:extra )?(?:cost|charge)/.test(s)) {
    return [{ term: 'returns.return_shipping', value: 'customer', confidence: 0.78, unit }];
  }
  if (free && !free.negated && !customer) {
    // "We only refund return postage for books that arrive damaged", "we pay return shipping only if it is our error":
    // free only for the shop's fault, so the shopper pays on every other return.
    // (Without "only", "if it is defective we cover return shipping" stays a variant: the page may say more elsewhere.)
    if (defective && /\bonly\b/.test(s)) {
      out.push({ term: 'returns.return_shipping', value: 'customer', confidence: 0.75, unit });
      return out;
    }
    const scope = defective ? 'defective items' : freePostageOption(s);
    out.push({ term: 'returns.return_shipping', value: 'free', confidence: 0.85, unit, ...(scope ? { scope } : {}) });
  } else if (free && free.negated && !customer) {
    out.push({ term: 'returns.return_shipping', value: 'customer', confidence: 0.75, unit });
  } else if (customer && !customer.negated) {
    // A subject before the payer ("returned furniture … pickup fee is deducted") is what is sent back, not a scope.
    // "If you return the books for any other reason, …", "…whether for return, exchange or warranty…": a condition or a
    // list of cases, not a product group.
    const scope = defective || customer === byParts || /\bif you\b|\bwhether\b/.test(s.slice(0, customer.index)) ? undefined : scopeBefore(s, customer.index);
    if (defective && /\bunless|except\b|\bsave (?:where|that|for|in)\b|\bother than (?:where|for)\b/.test(s)) {
      out.push({ term: 'returns.return_shipping', value: 'customer', confidence: 0.8, unit });
    } else if (!defective) {
      out.push({ term: 'returns.return_shipping', value: 'customer', confidence: 0.85, unit, ...(scope ? { scope } : {}) });
    }
  }
  return out.length > 0 || free || customer ? out : returnShippingByFrame(unit);
};


/** Who pays, read from the clause frame when no wording above matched (return-cost-frame.ts). */
function returnShippingByFrame(unit: Unit): Candidate[] {
  const frames = returnCostFrames(unit);
  if (frames.length === 0) return [];
  const f = frames.reduce((a, b) => (b.link > a.link ? b : a));
  const confidence = 0.7 + 0.1 * f.link;
  const option = f.payer === 'free' ? freePostageOption(unit.norm) : undefined;
  if (!f.faultOnly) return [{ term: 'returns.return_shipping', value: f.payer, confidence, unit, ...(option ? { scope: option } : {}) }];
  // "We pay the postage if it arrives damaged" is the faulty-goods case: a variant, not the default.
  return f.payer === 'free' ? [{ term: 'returns.return_shipping', value: 'free', confidence, unit, scope: 'defective items' }] : [];
}

/** Refund methods, each with its cue. */
const METHOD_CUES: [RefundMethod, RegExp][] = [
  // "refunded to your original payment method", "credited back to the card you used"
  // Generic promises ("for a full refund", "your money back") name no method and are left out.
  ['original_payment', fenced(/\boriginal (?:form of |method of )?payment\b|\b(?:back )?to (?:your|their|the) (?:online |original )?payment method\b|\bmatch(?:es)? the (?:original )?(?:form|method|type) of payment\b|\boriginal payment method\b|\b(?:back )?to (?:your|the) (?:original )?(?:credit card|card|payment (?:method|card)|account) (?:you )?used\b|\boriginal (?:credit )?card\b|\bsame (?:payment )?method\b|\bsame means of payment\b|\b(?:card|account|method) (?:you )?(?:paid|purchased|bought|used to pay) with\b|\bcard (?:you |that was |which was )?used\b|\bcash refund\b|\brefund(?:ed)? (?:to|back to|onto) (?:your|the) (?:card|account|bank)\b|\b(?:form|method|means|mode|type) of payment (?:you )?used\b|\bpayment (?:method|type|card) (?:you )?used\b|\boriginal (?:tender|payment type|payment source)\b|\b(?:back )?to your paypal account\b|\b(?:(?:the )?same way|the way|how) you (?:originally )?paid\b|\brefunded (?:via|through|to) (?:paypal|your card|credit card)\b|\bsame (?:card|account|payment card|form of payment|method of payment) (?:you )?used\b/)],
  // "as store credit", "a gift card for the value", "merchandise credit"
  ['store_credit', fenced(/\bstore credit\b|\bcredited to (?:the )?(?:buyer's|customer's|purchaser's|your|their) account\b|\bshop credit\b|\bstore voucher\b|\bcredit notes?\b|\bmerchandise credit\b|\baccount credit\b|\b(?:e-?)?gift card for the (?:value|amount)\b|\brefunded (?:as|in the form of) (?:a )?gift card\b|\b(?:site|online|web ?store|shop|in-store|account) credit\b(?! cards?\b)|\bcredit voucher\b|\bgift voucher\b(?! purchases)|\bstore gift card\b|\b(?:as|in the form of|receive|issue|get|or|choose|into|onto|to) (?:an? |your )?(?:e-?gift|digital gift|gift) card\b(?! (?:purchases|balances?|codes?) (?:are|is|cannot|can't))/)],
];
/**
 * Store credit said by where it can be spent, read as a frame (issue 11, refund methods in the shopper's words): a
 * credit word with a future purchase or the shop as the place to spend it, in one clause. Each row an in-house example:
 * "a voucher you can spend in our shop", "credit towards a future order", "a credit on your customer account", "a
 * credit slip", "a return voucher". (A frame for the original payment, "put back on the card used at checkout", was
 * measured too: it found one more right method on the real tuning pages and one more wrong one on the held-out pages.)
 */
const CREDIT_DESTINATION = fenced(/\b(?:vouchers?|credit|coupon)\b[^.;]{0,40}\b(?:towards?|against|for|on) (?:a |an |your )?(?:future|next|new|later|subsequent) (?:purchases?|orders?|visits?)\b|\b(?:voucher|credit)\b[^.;]{0,40}\b(?:spend|use|redeem)\b[^.;]{0,20}\b(?:in|at|on) (?:our|the) (?:shop|store|site|website|web ?shop|online (?:store|shop))\b|\bcredit (?:on|in) your (?:customer |store |shop |online )?account\b|\bcredit (?:to )?your (?:customer|store|shop|online) account\b|\bcredit (?:slip|voucher)s?\b|\b(?:return|refund|returns) vouchers?\b/);

/**
 * An exchange is a way a return is settled only when the sentence offers it as a choice beside a named method ("choose
 * an exchange, store credit or a refund to your card"); "to qualify for a refund or exchange", "help with a return or
 * exchange" name the two kinds of request, not how the money comes back.
 */
// The noun in a list of outcomes ("store credit, or an exchange", "credit and exchanges are issued"); the verb ("we
// gladly exchange items") offers an exchange on its own, which is returns.exchanges only (corpus convention).
const EXCHANGE_WORD = /\b(?:an?|for|or|and) exchanges?\b|\bexchanges (?:are|is|will)\b|\b(?:refunds?|credit|vouchers?), (?:an? )?exchanges?\b|\bexchanges? ?(?:,|or|and|\/) ?(?:an? )?(?:store |account |shop )?(?:credit|refunds?|vouchers?|gift cards?)\b/;
/**
 * The verb counts when it is itself one of the choices: coordinated with refunding or crediting ("we'll exchange or
 * refund it", "refund or exchange the item") or chosen ("you can choose to exchange the product, return it for store
 * credit, or get a refund").
 */
const EXCHANGE_VERB_CHOICE = fenced(/\bexchange (?:it |them |the [a-z]+ |your [a-z]+ )?,?(?: ?or) (?:we(?:'ll| will)? )?(?:refund|credit)\b|\bexchanged,? (?:or )?(?:refunded|credited)\b|\b(?:refund|credit) (?:it |them )?,?(?: ?or) exchange (?:it|them|the|your)\b|\b(?:choose|opt|elect|decide|prefer) to exchange\b/);
const CHOICE = /\bor\b|\band\b|\bchoose\b|\boptions?\b|\beither\b/;
/** "Qualify for a refund or exchange", "we'll offer you an exchange or refund": exchanges are offered (returns.exchanges). */
const REFUND_OR_EXCHANGE = /\b(?:refund|credit)\b[^.]{0,60}\b(?:or|and) (?:an? )?exchanges?\b|\bexchanges?\b[^.]{0,40}\bor (?:a )?(?:full )?(?:refund|store credit)\b|\b(?:refund|credit),? (?:or )?exchange\b/;
/** Said of the request or a refusal, not an offer: "help with a return or exchange", "we may refuse to refund or exchange". */
const NOT_AN_OFFER = /\b(?:refuse|decline|reserve the right|assistance|help with|questions?|reaching out|regarding|about a)\b/;
/** Characters before an exchange cue that NOT_AN_OFFER is read in. */
const NOT_AN_OFFER_CHARS = 40;

/** Whether the words just before `start` (read up to `end`) make the cue a request or refusal, not an offer. */
function notAnOfferAt(s: string, start: number, end: number): boolean {
  return NOT_AN_OFFER.test(s.slice(Math.max(0, start - NOT_AN_OFFER_CHARS), end));
}

/** "Refund and exchange policy", "refund or exchange request": the words name a document or a request. */
const NAMES_A_DOCUMENT = /^\s*(?:polic(?:y|ies)|provisions?|terms|conditions|requests?|process|procedure|form|eligibility|portal|page)\b/;

/** A choice made by the buyer: "if you opted for store credit", "unless you chose a voucher". */
const OPTED = /\b(?:opt(?:ed)?|cho(?:o)?se|chosen|elect(?:ed)?|prefer(?:red)?|ask(?:ed)?|select(?:ed)?)(?: for| to receive| to get)? (?:an? |the )?$/;

function refundOrExchangeOffered(s: string): ReturnType<typeof cue> {
  const c = cue(s, REFUND_OR_EXCHANGE);
  return c && !notAnOfferAt(s, c.index, c.index + 4) && !NAMES_A_DOCUMENT.test(s.slice(c.index + c.text.length)) ? c : undefined;
}
/** A refund named beside store credit ("a refund, store credit or an exchange") is money back to the payer. */
const REFUND_BESIDE_CREDIT = fenced(/\b(?:a|full|cash|money) refund,? (?:or |and )?(?:an? )?(?:store credit|site credit|credit note|gift card|e-gift card|voucher)\b|\b(?:store credit|credit note|gift card|voucher),? (?:or|and) (?:a )?(?:full |cash )?refund\b(?! (?:of|for) (?:the )?(?:shipping|postage|delivery))/);
const EXCHANGE_FALLBACK = fenced(/\bif (?:no |your |the )?(?:choice of |chosen |requested |replacement )?(?:exchange|replacement|size|colou?r|item)\b[^.]{0,30}\b(?:is |are )?(?:unavailable|not available|out of stock|not possible|possible|sold out)\b/);
/** Sentences about gift cards or store credit as products, not as a way a return is refunded. */
const NOT_METHOD = fenced(/\b(?:gift cards?|store credit|vouchers?) (?:are|is|cannot|can't|can not|may not|will not|won't) (?:be )?(?:non-refundable|refundable|refunded|redeemed|exchanged|used|returned|combined|valid|redeemable)\b|\b(?:gift cards?|store credit|vouchers?|credit notes?) (?:expires?|never expires?|lapses?)\b|\b(?:gift cards?|store credit|vouchers?|credit notes?)\b[^.]{0,50}\b(?:cannot|can't|can not|may not) be (?:applied|used|combined)\b/);

/**
 * A method named as something to bring, not where the money goes: "refunds at the till need the original card
 * present", "please bring the card used for the purchase", "the original payment method is required". A small class of
 * requirement words read right before or after the cue.
 */
const REQUIRED_BEFORE = /\b(?:bring|present|show|produce|requires?|required|need|needs|must have) (?:your |the |a |an )?$/;
const REQUIRED_AFTER = fenced(/^\s*(?:(?:method|card|type|form)s? )?(?:(?:is|are|will be|must be) )?(?:present|required|needed|to hand|on hand|shown|presented|brought)\b/);

function requiredAt(s: string, start: number, end: number): boolean {
  return REQUIRED_BEFORE.test(s.slice(Math.max(0, start - 30), start)) || REQUIRED_AFTER.test(s.slice(end, end + 30));
}

/**
 * A refund method limited to some returns is a variant, not how the shop refunds (test/corpus/README.md: the general
 * value, the rest variants): late returns, returns without a receipt, purchases paid with a gift card, or the
 * faulty-goods remedy, or goods given in trade. The period passed may be named by any of its nouns ("items received past the
 * 30 day allowance are refunded in store credit"). A kind of goods as the subject is not read as a case: it is mostly the shop's own line ("unworn
 * shoes can be refunded to your card"), and a method named for sale goods joins the page's methods (in-house corpus 312). Read in the method's own clause, to the end of its sentence part. Each an in-house
 * example: "items returned after 30 days receive store credit only", "returns without a receipt get an exchange or store
 * credit", "orders paid with a gift card are refunded to a new gift card", "for gift cards, we refund to an account
 * credit", "we'll exchange your gift or refund it to a gift card" (a gift's recipient), "if we sent the wrong item,
 * we'll refund your card", "in some cases only an exchange or store credit may be issued".
 */
const SOME_RETURNS = fenced(/(?<!\b(?:not|no) )\b(?:after|beyond|past|later than|outside(?: of)?|more than) (?:the first |(?:the |our |your )?(?:\d+[- ]day )?(?=(?:(?:return|returns|refund) )?(?:window|period|allowance|time ?frame|time limit|deadline)\b))?(?:\d+ (?:calendar |business |working )?(?:days?|weeks?|months?)|(?:(?:return|returns|refund) )?(?:window|period|allowance|time ?frame|time limit|deadline)\b)|\btrade[- ]in\b|\b(?:in|for the) trade(?: value)?\b|\btraded\b|\blate returns?\b|\b(?:without|no) (?:a |the |an |your )?(?:original |valid |gift )?(?:receipt|proof of purchase)\b|\b(?:paid|purchased|bought|made|ordered) (?:for )?(?:with|by|using|via) (?:a |an )?(?:gift cards?|gift vouchers?|vouchers?|store credit|promo(?:tional)? codes?)|\bgift (?:receipts?|returns?)\b|\bfor (?:purchases (?:made )?(?:with|by) )?gift (?:cards?|vouchers?),|\b(?:exchange|return|returning|refund) (?:a |your |the )gift\b|\bgift recipients?\b|\bin (?:some|certain|rare|exceptional) cases\b|\b(?:received|given|sent) (?:(?:it|them|the items?) )?as a gift\b/);
/**
 * A tiered policy: durations joined by "or" / "and" that share the anchor said after the last one, each with its own
 * way of paying back: "a full refund within 14 days or store credit within 30 days of purchase". Both are windows (never
 * a refund time), and each method belongs to its tier (a case, 'some returns'), not to every return. In-house 853.
 */
const TIERED_WINDOWS = fenced(/\bwithin (?:up to )?\d+[^.;()]{0,60}?\b(?:or|and)\b[^.;()]{0,60}?\bwithin (?:up to )?\d+(?:-\d+)? (?:business |working |calendar )?(?:days?|weeks?|months?) (?:of|from|after) (?:the |your )?(?:original )?(?:(?:date|day) of )?(?:the |your )?(?:purchase|delivery|invoice|order|receipt)\b/);
/** Whether the position (a duration's or a method's) lies in the clause of a tiered policy (TIERED_WINDOWS). */
function inTier(s: string, index: number): boolean {
  const tier = TIERED_WINDOWS.exec(s);
  return tier !== null && index < tier.index + tier[0].length && clauseStartAt(s, tier.index) === clauseStartAt(s, index);
}
/** Characters after a method cue read for the case it is limited to. */
const METHOD_CASE_CHARS = 60;

/** A condition clause right before the method's clause: "if we sent the wrong item, we'll refund your card". */
const CONDITION_BEFORE = /\b(?:if|when|where|should|in case|for)\b[^,;.]*,[^,;.]{0,12}$/;

/** The case a method named at start..end is limited to; `alone` when it is the only method its sentence names. */
function methodCase(s: string, start: number, end: number, alone: boolean): string | undefined {
  const tail = s.slice(end, end + METHOD_CASE_CHARS);
  const stop = tail.search(/[.;!?]/);
  const clause = clauseStartAt(s, start);
  const condition = CONDITION_BEFORE.exec(s.slice(0, clause));
  // The only method of its sentence takes the sentence's case ("parcels that reach us after 28 days are welcome, but
  // they earn store credit only"); beside another method, only its own clause's.
  const from = alone ? 0 : condition ? condition.index : clause;
  const region = s.slice(from, stop < 0 ? end + tail.length : end + stop);
  if (SOME_RETURNS.test(region) || inTier(s, start)) return 'some returns';
  return FAULT.test(region) ? 'defective items' : undefined;
}

const refundMethod: Rule = (unit) => {
  const s = unit.norm;
  if (refundOccasion(s, 'refund')) return [];
  if (!/\b(?:refund|credit|money back|exchange|reimburs|money (?:goes|will go|is sent|is returned|will be returned) back|store gift card|voucher)/.test(s)) return [];
  if (unit.sectionTopic === 'warranty') return [];
  if (NOT_METHOD.test(s) && !/\brefund(?:s|ed)? (?:will be |are |is )?(?:issued|given|made|credited)\b/.test(s)) return [];
  // "If your choice of exchange is unavailable you get store credit": the exchange's fallback, not how a return is
  // refunded; "refund timing depends on the original payment method": a method named as a factor, not offered.
  if (EXCHANGE_FALLBACK.test(s) || /\bdepends? on (?:the |your )?(?:original )?(?:payment|method|card)/.test(s)) return [];
  const found: RefundMethod[] = [];
  /** Where each method was named: an exchange is a choice only in the clause that names one, or right beside one. */
  const clauses = new Set<number>();
  const ends: number[] = [];
  /** Where each method was named, for the case it is limited to (methodCase). */
  const spans = new Map<RefundMethod, [number, number]>();
  const note = (method: RefundMethod, index: number, end: number): void => {
    found.push(method);
    clauses.add(clauseStartAt(s, index));
    ends.push(end);
    spans.set(method, [index, end]);
  };
  const beside = cue(s, REFUND_BESIDE_CREDIT);
  if (beside && !beside.negated) note('original_payment', beside.index, beside.index + beside.text.length);
  for (const [method, re] of METHOD_CUES) {
    if (found.includes(method)) continue;
    const c = cue(s, re) ?? (method === 'store_credit' ? cue(s, CREDIT_DESTINATION) : undefined);
    // "If you did not opt for store credit, we refund your card": a method the buyer may choose is offered, negated or not.
    const offered = c && (!c.negated || OPTED.test(s.slice(Math.max(0, c.index - 20), c.index)));
    if (c && offered && !requiredAt(s, c.index, c.index + c.text.length)) note(method, c.index, c.index + c.text.length);
  }
  // "Refunds go back to your card, and exchanges are sent out within 5 days": an exchange in a clause of its own is
  // offered on its own (returns.exchanges), not one of the ways a return is refunded (test/corpus/README.md); joined
  // straight to a method ("store credit and exchanges are issued the same day") it is one of them.
  const exchange = found.length > 0 && CHOICE.test(s) ? (cue(s, EXCHANGE_WORD) ?? cue(s, EXCHANGE_VERB_CHOICE)) : undefined;
  const joined = exchange && (clauses.has(clauseStartAt(s, exchange.index + Math.max(0, exchange.text.search(/exchang/)))) || ends.some((e) => exchange.index >= e && exchange.index - e <= 2));
  const cases = new Map<RefundMethod, string>();
  for (const [method, [index, end]] of spans) {
    const limited = methodCase(s, index, end, spans.size === 1);
    if (limited) cases.set(method, limited);
  }
  if (exchange && !exchange.negated && joined) {
    found.push('exchange');
    // An exchange joined to a limited method shares its case ("without a receipt: an exchange or store credit").
    const limited = [...cases.values()][0];
    if (limited && cases.size === found.length - 1) cases.set('exchange', limited);
  }
  // The generic cues ("for a refund") only count when the sentence is about what the shopper gets back. An exchange
  // offered beside a refund with no method named ("for an exchange or a refund") was read as 'exchange' too: the 77
  // fresh pages' labels count it, the older tuning labels do not (F1 0.868 → 0.865 on all tuning), so it waits for a
  // convention row.
  if (found.length === 0) return [];
  const onlyGeneric = found.length === 1 && found[0] === 'original_payment' && !/\boriginal|card|same (?:payment )?method/.test(s);
  const confidence = onlyGeneric ? 0.55 : 0.82;
  const general = found.filter((m) => !cases.has(m));
  const out: Candidate[] = general.length > 0 ? [{ term: 'returns.refund_method', value: general, confidence, unit }] : [];
  const limited = found.filter((m) => cases.has(m));
  if (limited.length > 0) out.push({ term: 'returns.refund_method', value: limited, confidence, unit, scope: cases.get(limited[0]!)! });
  return out;
};

/** "Refunds are processed within 5–7 business days", "allow up to 10 days for the credit to appear". */
const REFUND_TIME =
  fenced(/\b(?:credits?|refunds?)\b[^.]{0,100}\bno(?:t)? later than\b|\b(?:receive|get) (?:your|the|a|their) (?:full )?refund\b[^.]{0,20}\b(?:within|in)\b|\breimburs\w*\b[^.]{0,80}\b(?:within|not? later than|in)\b|\brefund(?:s|ed)?\b[^.]{0,80}\b(?:processed|issued|credited|posted|reflected|appear|receive|completed|initiated|take|takes)\b|\b(?:refund|credit)(?:s|ed)?\b[^.]{0,60}\bwithin \d[^.]{0,40}\b(?:of (?:receiv|receipt|getting|inspect|us receiv|(?:the |your )?(?:return|parcel|item|package|goods)s? (?:arriv|reach|being received|is received|get))|after|once)|\b(?:process(?:ed|es)?|issued?|credit(?:ed)?|receive your refund|allow)\b[^.]{0,60}\brefund|\bcredit (?:will )?(?:appear|show|post)/);

/**
 * Refund-time families the pattern above does not name. Each row an in-house example: "you'll be refunded on your
 * original payment method within 10 business days", "the company shall issue a credit to the card within 10 business
 * days", "please allow up to 10 working days for the money to reach you", "refunds hit your card 3-5 business days
 * after the warehouse receives your pair".
 */
const REFUND_TIME_FAMILIES: readonly RegExp[] = [
  /\b(?:refund(?:ed|s)?|credit(?:ed)?|reimburse(?:d|ment)?|money (?:goes|is sent|will go) back)\b[^.]{0,70}\bwithin (?:up to )?\d/,
  fenced(/\ballow (?:up to |around |about )?\d[^.]{0,30}\b(?:days?|weeks?)\b[^.]{0,10}\bfor (?:it|the (?:money|refund|credit|funds|amount)|your (?:refund|money|credit)|funds) to (?:post|show|appear|reach|arrive|clear|land|come through|be (?:credited|returned|processed))\b/),
  /\brefund(?:s|ed)?\b[^.]{0,60}\b\d+(?:-\d+)? (?:business |working |calendar )?days? (?:after|once|from)\b/,
];
/** Durations that belong to the return window, not the refund: "within 30 days of purchase", "request a refund within 14 days". */
const WINDOW_ANCHOR = fenced(/\bwithin (?:up to )?(?:the same )?\d+[^.]{0,25}\b(?:of|from|after) (?:the (?:date|day) of )?(?:purchase|delivery|buying|ordering|receiving (?:your|the) (?:order|goods|item)|receipt of (?:your|the) (?:order|goods)|(?:the|your) (?:order|purchase|delivery|invoice|dispatch)(?: date)?)\b|\b(?:request|claim|ask for|apply for|raise|raised|raising) (?:a |your )?(?:refund|return)[^.]{0,30}\bwithin\b/);
/** Inside a section about refunds, a bare processing time: "it's issued within 5 business days of your return being checked". */
const SECTION_REFUND_TIME = /\b(?:issued|process(?:ed)?(?: it)?|sent|credited|paid|returned to you|back to you)\b[^.]{0,30}\bwithin (?:up to )?\d|\ballow (?:up to )?\d+(?:(?: ?- ?| to )\d+)? (?:business |working )?days\b|^processing(?: time)?\s*:/;
/** Under a refund heading, the step a bare time is for: "allow 3-5 days for processing", "Processing time: 5 days". */
const SECTION_PROCESSING = /\bprocessing\b/;
/**
 * The return's own processing, the shop's last step before the refund: "your return should be processed within 14
 * working days", "allow 5 to 7 working days for our team to process your return package". Counted from the parcel's
 * arrival, it is the refund time (TERMS.md) even where the sentence names no refund.
 */
const RETURN_PROCESSED = /\bprocess(?:es|ed|ing)? (?:your |the |all |a )?returns?\b|\breturns? (?:package |parcel )?(?:is |are |(?:will|should|can|may) (?:usually |normally |generally |typically )?be )?(?:usually |normally |generally |typically )?processed\b/;

/**
 * Clocks a refund-time duration can be on, read in its own clause (issue 11, "refund times from other clocks"). Only a
 * time counted from the return's arrival or inspection is a refund time (test/real/README.md). Each row an in-house
 * example of what is NOT one:
 * - TRANSIT: "allow 3 weeks for your parcel to be delivered, processed and refunded", "within 4 weeks of handing your
 *   parcel to the courier", "transit back to us (5 to 10 days)";
 * - POSTING: "once it is issued, allow 2-3 days for the refund to appear on your statement", "if you don't see the
 *   credit within 14 days, call your bank", "the time your bank takes (5 to 10 days)", "the money is in your account 3-5
 *   days from the date of issue" (counted from the refund's issue, not the return's arrival);
 * - REVIEW: "we confirm your refund request is under review within 24 hours";
 * - REQUEST: "request a refund within 7 days of delivery", "a full refund (within 60 days of original purchase)", "any
 *   return or swap request must reach us within 10 days"; and any time counted from the shopper getting the order
 *   ("you can send it back for a refund, or swap it, within 21 days of receiving your order"): the shopper's clock.
 */
const TRANSIT_CLOCK = /\btransit\b|\bshipping time\b|\bto be delivered\b|\b(?:processed and )?delivered within\b|\bof (?:giving|handing|sending|shipping|posting|dropping off|mailing|lodging)\b|\bfrom the (?:shipper|courier|carrier)\b/;
const POSTING_CLOCK = fenced(/\b(?:from|after|since) (?:the (?:date|day|time) (?:of )?)?(?:(?:it|the refund) (?:is|was) )?(?:issue|issued|issuing)\b|\b(?:your|the) bank\b|\bfinancial institution\b|\bcard (?:issuer|provider|company)\b|\b(?:appear|show(?: up)?|reflect(?:ed)?|post(?:ed)?|clear)\b[^.;()]{0,40}\b(?:statement|account|card|bank)\b|\bif you (?:do not|don't|haven't|have not) (?:see|seen|receive[d]?)\b/);
const DEPENDS_ON_BANK = /\bdepend(?:s|ing)? (?:up)?on (?:your|the) (?:bank|card issuer|card provider|financial institution|payment provider)\b/;
const REVIEW_CLOCK = /\bunder review\b|\b(?:confirm|acknowledge|respond|reply|get back to you|review (?:your|the) (?:request|claim|form))\b/;
const REQUEST_CLOCK = /(?:\b(?:request|claim|ask for|apply for|raise|submit) (?:a |your |the )?(?:return (?:or|and|\/) )?(?:refund|return)s?|\b(?:refund|return)s? (?:(?:or|and|\/) [a-z]+ )?requests?)\b[^.;()]{0,40}$/;
/** "You will have 30 days to exchange it": the time to act is a window. */
const WINDOW_AFTER = /^\s*(?:in which )?to (?:exchange|return|request|send|post|ship|claim|cancel|notify|contact|let us know)\b/;
const PURCHASE_ANCHOR = fenced(/^[^.;()]{0,25}\b(?:of|from|after) (?:the (?:date|day) of )?(?:(?:the |your )?(?:original )?(?:purchase|delivery|buying|ordering|invoice|dispatch|payment|paying|checkout)|(?:receiving|receipt of|getting) (?:the |your )(?:original )?order)\b/);

/**
 * The clause a duration sits in, from the previous ";", "(" or ")" to the next one; a duration opening a bracket
 * ("the transit time (5 to 10 days)") belongs to the words before the bracket. `part` is the comma-piece around it.
 */
function clauseAround(s: string, index: number, end: number): { before: string; after: string; part: string } {
  const open = s.lastIndexOf('(', index);
  const from = open >= 0 && /^\(\s*$/.test(s.slice(open, index)) ? open : index;
  const start = Math.max(s.lastIndexOf(';', from - 1), s.lastIndexOf(')', from - 1), s.lastIndexOf('(', from - 1)) + 1;
  const rest = s.slice(end);
  const stop = rest.search(/[;()]/);
  const before = s.slice(start, index);
  const after = stop < 0 ? rest : rest.slice(0, stop);
  const part = `${before.slice(before.lastIndexOf(',') + 1)}${s.slice(index, end)}${after.split(',')[0]}`;
  return { before, after, part };
}

/** Whether a duration is a refund time by its clock (see the table above). */
function onRefundClock(s: string, d: { index: number; end: number }): boolean {
  const { before, after, part } = clauseAround(s, d.index, d.end);
  const clause = `${before}${s.slice(d.index, d.end)}${after}`;
  if (TRANSIT_CLOCK.test(part)) return false;
  // The bank's time is often named after a comma: "refund payments may take up to 7 days to arrive, depending on your
  // bank" (DEPENDS_ON_BANK reads the whole clause; the other posting words only the duration's own comma-piece).
  if ((POSTING_CLOCK.test(part) || DEPENDS_ON_BANK.test(clause)) && !FROM_ARRIVAL_IN_REFUND.test(clause)) return false;
  if (REVIEW_CLOCK.test(part) && !/\brefund(?:s|ed)? (?:is |are |will be )?(?:issued|processed|credited|paid)\b/.test(part)) return false;
  if (REQUEST_CLOCK.test(before) || PURCHASE_ANCHOR.test(after) || WINDOW_AFTER.test(after) || inTier(s, d.index)) return false;
  // Counted from the shopper's notice ("within 14 days of the day you tell us you wish to cancel"): the law's clock for
  // a cancelled contract, not the shop's time once the return is back (test/real/README.md), unless it names that too.
  if (SHIP_BACK_AFTER.test(after) && !FROM_ARRIVAL_IN_REFUND.test(after)) return false;
  return true;
}

/**
 * A time said of the sentence before ("…our system then issues a refund to your card. This process usually takes 7-10
 * business days"): the two are read as one unit (extract-terms.ts ANAPHORA_RE), and the time is the refund's when
 * the sentence pointed back at issues a refund on the shop's clock, not the bank's.
 */
const POINTS_BACK_TAKES = /[.!]\s+(?:this|that|the whole) (?:process |procedure )?(?:usually |normally |typically |generally |can |may |will |should )?(?:takes?|lasts?)\b/;
const ISSUES_REFUND = /\b(?:refund(?:s|ed)?|credit(?:s|ed)?|reimburse(?:d|ment)?)\b/;

function refundTimePointedBack(unit: Unit): Candidate[] | undefined {
  const s = unit.norm;
  const m = POINTS_BACK_TAKES.exec(s);
  if (!m) return undefined;
  const antecedent = s.slice(s.slice(0, m.index).search(/[^.!?]*$/), m.index);
  if (!ISSUES_REFUND.test(antecedent) || POSTING_CLOCK.test(antecedent) || unit.sectionTopic === 'warranty') return undefined;
  const tail = s.slice(m.index + 1);
  const d = findDurations(tail)[0];
  if (!d || d.unit === 'month' || d.unit === 'year' || !onRefundClock(tail, d)) return undefined;
  const days = toDays(d.max, d.unit);
  return plausibleRefundDays(days, tail.slice(d.end)) ? [{ term: 'returns.refund_days', value: days, confidence: 0.75, unit }] : undefined;
}

/**
 * How long a refund can plausibly take, the one limit every refund-time reading is held to: real refund times are days
 * to a fortnight or two, never past two months; from LONG_FROM days on, the duration is a window or a guarantee's
 * period ("a full refund if you cancel in the first 30 days") unless it is counted from the return's arrival
 * ("credit is issued within 30 days of the goods being received").
 */
const REFUND_DAYS_LIMIT = { min: 1, max: 60, longFrom: 28 } as const;
/** Counted from the return reaching the shop: "of the goods being received", "following receipt", "after we inspect it". */
const ARRIVAL_ANCHOR = countedFromArrival(15, true);
/** Characters after a long duration read for its arrival anchor. */
const ARRIVAL_ANCHOR_CHARS = 70;

/** Whether `days` can be a refund time, given the text right after the duration (`after`). */
function plausibleRefundDays(days: number, after: string): boolean {
  if (days < REFUND_DAYS_LIMIT.min || days > REFUND_DAYS_LIMIT.max) return false;
  return days < REFUND_DAYS_LIMIT.longFrom || ARRIVAL_ANCHOR.test(after.slice(0, ARRIVAL_ANCHOR_CHARS));
}

/**
 * ", and not later than 14 days after…", ", and in any event within…": the limit goes on with the clause before it (the
 * refund's), so its comma is not read as a clause break. Replaced by a space, so positions stay those of the unit.
 */
const ELLIPTIC_LIMIT = /,(?=\s*and (?:not?|at the latest|in any (?:event|case))\b)/g;

const refundDays: Rule = (unit, context) => {
  if (refundOccasion(unit.norm, 'refund')) return [];
  const pointedBack = refundTimePointedBack(unit);
  if (pointedBack) return pointedBack;
  // A credit or debit card is a way to pay, not a credit: "your credit card is charged within 24 hours" is no refund.
  const s = unit.norm.replace(ELLIPTIC_LIMIT, ' ').replace(PAYMENT_CARD, 'payment card');
  // A bare processing time right after a sentence that issues the refund ("…refunds are issued to the original form of
  // payment. Please allow 5-7 business days for processing.") takes that sentence as its heading.
  const before = SECTION_PROCESSING.test(s) ? previousNorm(unit, context) : '';
  const afterRefund = ISSUES_REFUND.test(before) && !POSTING_CLOCK.test(before);
  const refundSection = (afterRefund || unit.headingPath.some((h) => /\brefund|\bmoney back\b|\byour money\b/i.test(h))) && unit.sectionTopic !== 'warranty';
  const family = !REFUND_TIME.test(s) && (/\brefund|credit|reimburs|money/.test(s) ? REFUND_TIME_FAMILIES.some((re) => re.test(s)) : false);
  const bySection = !REFUND_TIME.test(s) && !family && refundSection && SECTION_REFUND_TIME.test(s);
  const processed = !REFUND_TIME.test(s) && !family && !bySection && RETURN_PROCESSED.test(s);
  if ((family || bySection || processed) && WINDOW_ANCHOR.test(s)) return [];
  if (!family && !bySection && !processed && (!REFUND_TIME.test(s) || !/\brefund|credit|reimburs/.test(s))) return [];
  // "return within 30 days for a refund" is the window, not the refund time; "we'll process your refund or exchange
  // within 14 days after receipt of your return" is counted from the return's arrival, the refund's clock.
  const direct = DIRECT_WINDOW.exec(s);
  if ((direct && !ARRIVAL_ANCHOR.test(s.slice(direct.index + direct[0].length))) || /\b(?:must be|can be|may be) returned\b/.test(s)) return [];
  if (unit.sectionTopic === 'warranty' || /\bwarrant/.test(s)) return [];
  // The duration linked to the refund: on a refund clock, in the refund word's clause, nearest to it.
  let best: { days: number; distance: number } | undefined;
  for (const d of findDurations(s)) {
    if (d.unit === 'month' || d.unit === 'year') continue;
    const days = toDays(d.max, d.unit);
    if (!plausibleRefundDays(days, s.slice(d.end))) continue;
    // Each duration on its own clock: "transit (5 to 10 days), our processing once received (3 to 5 days), your bank".
    if (!onRefundClock(s, d)) continue;
    // Under a refund heading ("Your refund") a sentence without the word is linked to the heading when it counts from
    // the return's arrival or check, the only refund clock (test/real/README.md), or names the refund's processing.
    const distance = refundLinkDistance(s, d.index, d.end);
    if (bySection && distance === Infinity && (RETURN_ARRIVES.test(s) || SECTION_PROCESSING.test(s))) best ??= { days, distance: REFUND_LINK_CHARS };
    if (distance <= REFUND_LINK_CHARS && (!best || distance < best.distance)) best = { days, distance };
  }
  return best ? [{ term: 'returns.refund_days', value: best.days, confidence: 0.82, unit }] : [];
};

/** "Credit card", "credit or debit card", "credit/debit card": a card, read as one word so "credit" is not a refund's. */
const PAYMENT_CARD = /\bcredit(?: or debit| ?\/ ?debit)? cards?\b/g;

/** The return arrives or is checked: "once it reaches us", "from the day it arrives with us", "after inspection". */
const RETURN_ARRIVES = /\b(?:arriv\w*|reach(?:es|ed|ing)?|receiv\w*|receipt|check(?:ed|ing)?|inspect\w*)\b/;
/** A refund time sits within this many characters of its refund word, in the same clause. */
const REFUND_LINK_CHARS = 90;
const REFUND_TRIGGER = new RegExp(`\\brefund\\w*|\\breimburs\\w*|\\bcredit(?:s|ed)?\\b|\\bmoney\\b|\\bfunds\\b|${RETURN_PROCESSED.source}`, 'g');
/** A leading label ("Refunds: within 3 days of receipt", a row's "refund timing | …") names the topic of the whole unit. */
const LEADING_LABEL = /^[^:.|]{0,40}[:|]/;

/** Characters between a duration and the nearest refund word of its clause (Infinity when none). */
function refundLinkDistance(s: string, index: number, end: number): number {
  let nearest = Infinity;
  REFUND_TRIGGER.lastIndex = 0;
  for (let m = REFUND_TRIGGER.exec(s); m; m = REFUND_TRIGGER.exec(s)) {
    // One clause: "we ship within 2 days, and the refund is credited within 6" links the 6 only.
    const inLabel = m.index < (LEADING_LABEL.exec(s)?.[0].length ?? 0);
    if (!inLabel && clauseStartAt(s, m.index) !== clauseStartAt(s, index)) continue;
    nearest = Math.min(nearest, m.index >= end ? m.index - end : Math.max(0, index - (m.index + m[0].length)));
  }
  return nearest;
}

/** Exchanges offered: "we gladly exchange", "exchanges are free", "you can exchange it for another size". */
const EXCHANGE_YES =
  fenced(/^exchanges?\s*(?::|\|)\s*(?:yes|free|accepted|available|welcome|offered)\b|\b(?:swap\b[^.]{0,30}\bfor (?:a |an )?(?:different|another|new|other|something else)|exchanges? (?:can|may) be (?:made|requested|arranged|processed)|exchanges? (?:ship|are sent|are shipped|go out)|(?:pick|choose|select) "?exchange|(?:happy|glad|pleased) to (?:offer )?exchange|return or exchange|exchange or return|exchanges? (?:are|is) (?:accepted|available|free|welcome|easy|possible|allowed|offered)|we (?:gladly |happily |will |'ll |can |also |do )?(?:offer |accept |provide )?(?:free |easy )?exchanges?\b|(?:can|will|happily|gladly) do exchanges?\b|(?:you )?(?:can|may|could) (?:also )?exchange|free exchanges?|easy exchanges?|(?:request|start|make|process|initiate) an exchange|(?<!\brequests? )for (?:an? )?exchanges?\b(?! (?:polic(?:y|ies)|requests?|rates?|or (?:warranty|repairs?|replacements?)|as well as|(?:and|or) (?:new )?orders?)\b)|exchange (?:it|them|items?|your (?:item|order|product)s?) for|exchange(?:d)? (?:[a-z]+ )?for (?:a |an |the )?(?:different|another|new|other|replacement|larger|smaller|bigger|same)|(?:can|may) (?:also )?be (?:returned (?:or|and) )?exchanged|returned or exchanged|exchanges? (?:are|is) (?:always |also |completely |totally )(?:free|easy|accepted|available)|(?:size|colou?r|style) (?:swaps?|exchanges?) (?:are|is)|to exchange (?:an?|your|the) (?:item|product|order|purchase)|exchanges? (?:are|is) subject to (?:stock )?availability|we(?:'ll| will)? (?:gladly |happily |always )?exchange|exchanging (?:is|an item is|items is)|(?:ship|send|process) (?:your|the) exchange|exchange requests?|(?:returns?|refunds?) (?:&|and|or) exchanges? (?:are )?(?:accepted|welcome|within|available|made easy)|exchanges? only\b|exchanges? (?:are|is) (?:processed|shipped|sent|handled)|(?:start|request|submit|initiate|place) (?:your |an? )?exchange|exchanges? (?:are|is) only (?:available|possible|accepted|offered) for|(?:can|may) only be exchanged|(?:send|post) (?:it|them|the (?:item|order)) back and we(?:'ll| will) (?:send|ship|post) (?:you |out )?(?:the |a )?(?:new|different|correct|right|replacement|other) (?:size|colou?r)|replacement (?:in )?(?:an?other|a different) (?:size|colou?r)|(?:refunded|returned) or (?:swapped|exchanged)|replacement (?:size|colou?r)|(?:send|give|ship) you (?:a|the) (?:different|another|new|replacement|correct|right) (?:one|size|colou?r)|replace (?:it|them) with (?:an?other|a different) (?:size|colou?r|one)|we(?:'ll| will| can) (?:happily |gladly )?swap (?:it|them)\b|arrange (?:an? )?(?:exchange|swap)|trade (?:it|them) in for (?:a|an) (?:different|another|new)|exchanges? (?:are|is) subject to (?:stock|availability)|(?:offer|provide|do|accept) (?:free |easy )?(?:size|colou?r|style) (?:exchanges?|swaps?)|(?:swap|switch|change) (?:it |them |your (?:item|order)s? )?(?:to|for|into) (?:an?other|a different) (?:size|colou?r|style)|swap (?:it |them |your (?:item|order)s? )?(?:for (?:a |an )?(?:new|different|another) )?(?:sizes?|colou?rs?|styles?))\b/);
/** "Exchange rate" is about currency: struck out before the exchange patterns read the sentence. */
const CURRENCY_EXCHANGE = /\b(?:currency |foreign )?exchange rates?\b|\bcurrency exchange\b|\bexchange (?:fees?|differences?)\b/g;
/** A sentence about exchanges at all: the FAQ topic, and what decides whether the long patterns are read. */
const EXCHANGE_NO =
  fenced(/\b(?:(?:do not|don't) offer (?:direct )?swaps|no (?:(?:returns?|refunds?),? (?:or|and|nor) )?exchanges?|(?:do not|don't|does not|doesn't|cannot|can't|won't|will not|unable to|not able to) (?:currently )?(?:offer|accept|provide|do|process|make|handle|allow|support) (?:returns? or )?(?:direct |straight )?exchanges?|refunds?(?: only)?,? (?:but )?not (?:for )?exchanges?|exchanges? (?:are|is) not something we (?:offer|do|provide)|(?:no longer|don't|do not) (?:offer|accept|do|provide) (?:direct )?exchanges?|exchanges? (?:are|is) not (?:accepted|available|possible|offered|permitted)|not eligible for (?:return or )?exchange|we do not exchange|(?:are |is )?(?:unable to|not able to|cannot|can't|can not|do not|don't|won't|will not) (?:currently )?(?:exchange|swap) (?:any )?(?:items?|products?|goods|orders?|purchases?|it|them)\b(?! (?:once|after|that|if|unless|which|without|bought|purchased|marked|on|from|in)\b)|exchanges? (?:aren't|isn't) (?:possible|available|accepted|offered|permitted)|(?:do not|don't) do (?:exchanges|swaps)|exchanges?\??:? (?:not (?:at this time|currently|available|offered|possible)|sorry,? (?:no|we don't)))\b/);
/**
 * Exchange families that the long patterns above do not name, generalised from how shops phrase them. Each row an
 * in-house example: "Exchanges | Yes – any size", "Exchanges welcome", "the Seller will exchange unused Goods",
 * "we'll dispatch the new size to you", "tick 'exchange' on the slip".
 */
const EXCHANGE_YES_FAMILIES: readonly RegExp[] = [
  /\bexchanges?\b[^|]{0,20}\|\s*(?:[^|:]{0,20}:\s*)?(?:yes|free|accepted|available|welcome|offered|any size|unlimited)\b/,
  /^(?:(?:free|easy) )?exchanges? (?:are |is )?(?:always |gladly |very |more than )?(?:welcome|accepted|available|easy|free|possible)\b/,
  fenced(/\b(?:we|the seller|the company|the retailer|the store|the shop|our (?:team|store|shop))(?: will| shall| can| may| will gladly| will happily| are happy to| is happy to| are glad to)? exchange (?:any |all |unused |unworn |eligible |the |your |[a-z]+ )?(?:goods|items?|products?|pieces?|pairs?|orders?|merchandise|it|them)\b/),
  fenced(/\b(?:dispatch|send|post|ship|mail)(?: out)?\b[^.]{0,12}\b(?:the|a|your) (?:new|right|correct|different|other|replacement) (?:size|colou?r|pair|fit|shade)\b/),
  /\b(?:tick|mark|check|select|choose|pick) (?:the )?"?exchange"?(?: box| option)?\b/,
  // "Returns & exchanges must be completed within 30 days", "items may be eligible for exchange within 7 days"
  fenced(/\b(?:returns? (?:&|and|or) )?exchanges? (?:must|should|can|may) be (?:completed|made|requested|started|initiated|received|sent)\b[^.]{0,20}\bwithin \d|\beligible for (?:an? )?exchange\b/),
  // "We even cover return postage on every exchange", "free return shipping for all exchanges"
  fenced(/\b(?:free|complimentary|prepaid|no (?:shipping |postage )?charge|we (?:cover|pay(?: for)?))\b[^.]{0,40}\b(?:for|on) (?:all |any |every |each )?(?:[a-z]{2,12} )?exchanges?\b(?! (?:rates?|fees?))/),
];
/**
 * An exchange read from its parts: a swapping verb, then another item of a different size, colour or model. Rows:
 * "helmets can be swapped for another size", "we'll change it over for the correct size", "a replacement in a
 * different firmness", "can I pick another pair?", "traded for another product", "changed for another title".
 */
const SWAP_VERB = /\b(?:swap(?:ped|ping|s)?|exchang\w*|chang(?:e|ed|ing)|switch(?:ed|ing)?|trad(?:e|ed|ing)|replacement|pick|choose|make up)\b/;
const SWAP_VERB_ALL = new RegExp(SWAP_VERB.source, 'g');
const OTHER_ITEM =
  fenced(/\b(?:another|a different|the (?:next|correct|right|new)|a new|different|other) (?:[a-z-]+ )?(?:size|colou?r|fit|firmness|model|style|title|pair|frames?|length|shade|design|product|toy|cup size|band size)s?\b/);
/** Said with the thing swapped, not another one: "swapping a band or cup size is free", "size changes: free". */
const SWAP_SIZE = fenced(/\bswap(?:ping|s)? (?:a |your |the )?(?:[a-z]+ (?:or|and) )?(?:[a-z]+ )?(?:size|colou?r)\b|\b(?:want|prefer|ask for|request|rather have) a (?:swap|exchange)\b/);
/** A swap for a faulty item is a repair or warranty remedy, not an exchange policy. */
const FAULT_REMEDY = new RegExp(`\\b(?:${FAULT_WORDS}|warranty|guarantee)\\b`);
const SIZE_CHANGE_HEADING = /\b(?:size (?:changes?|swaps?|exchanges?)|swaps?|exchanges?)\s*$/;

/** Changing an order before it ships is an order edit, not an exchange. */
const ORDER_EDIT = fenced(/\b(?:change|amend|edit|modify|update) (?:your|the|an) order\b|\bbefore (?:it|your order|we|the order) (?:ships?|dispatch(?:es)?|is (?:shipped|dispatched|packed)|leaves)\b/);

function exchangeByParts(unit: Unit, s: string): { index: number; negated: boolean; text: string } | undefined {
  if (FAULT_REMEDY.test(s) || ORDER_EDIT.test(s) || unit.sectionTopic === 'warranty') return undefined;
  // Each swapping verb in turn: "changed your mind? … can be swapped for another size" links the second one.
  for (const verb of s.matchAll(SWAP_VERB_ALL)) {
    const other = OTHER_ITEM.exec(s.slice(verb.index));
    if (other && other.index <= 50) return { index: verb.index, negated: negatedAt(s, verb.index), text: verb[0] };
  }
  const size = SWAP_SIZE.exec(s);
  if (size) return { index: size.index, negated: negatedAt(s, size.index), text: size[0] };
  // A card or FAQ entry headed "Size changes" / "Swaps" whose answer grants it: "Free - tell us the new size".
  const heading = (unit.headingPath[unit.headingPath.length - 1] ?? '').toLowerCase();
  if (SIZE_CHANGE_HEADING.test(heading) && /^(?:free|yes|welcome|always|of course|absolutely)\b/.test(s)) return { index: 0, negated: false, text: heading };
  return undefined;
}

/** "The Company does not exchange Products", "the seller shall not exchange goods". */
const EXCHANGE_NO_FAMILIES: readonly RegExp[] = [
  // "exchanges aren't something we can do", "exchanges are not something I can offer", "we're not set up for exchanges"
  /\bexchanges?\b[^.]{0,10}\b(?:are|is)(?:n't| not) (?:something|an option|a thing|on offer)\b|\bnot set up (?:for|to (?:do|handle|process|offer)) (?:exchanges|swaps)\b/,
  // "returns are refund-only"
  /\b(?:returns? (?:are|is) |we are |we're )refund[- ]only\b|\brefund[- ]only (?:returns?|policy|basis)\b/,
  // "we can't swap sizes", "will not replace returned goods with goods of a different size"
  fenced(/\b(?:can't|cannot|won't|will not|unable to|not able to|don't|do not) (?:swap|change|switch|exchange|replace)\b[^.]{0,15}\b(?:sizes?|colou?rs?)\b|\b(?:will not|won't|cannot|can't|do not|don't) replace (?:returned |the )?(?:goods|items|products) with\b[^.]{0,40}\bdifferent\b/),
  // Said of everything, to the end of the clause: "we can't exchange items once worn" is a condition, not a refusal.
  fenced(/\b(?:we|the seller|the company|the retailer|the store|the shop)(?: does not| do not| doesn't| don't| will not| won't| shall not| cannot| can't| is unable to| are unable to) exchange(?: any| the)?(?: goods| items| products| merchandise| purchases| orders)?\s*(?:[.;!]|$)/),
];

/** The whole catalogue is made to order or personalised ("every piece we make is personalised"): not a product group. */
const WHOLE_SHOP = fenced(/\b(?:every|each|all (?:of )?(?:our|my)) (?:piece|item|product|order|design)s? (?:we (?:make|sell) )?(?:is|are)\b|\b(?:as|since|because) (?:all )?(?:of )?(?:our|my) (?:items|products|goods|pieces|designs|plants)\b/);

/**
 * Clause frames around an exchange cue (issue 11, "loose exchange patterns"). Each row an in-house example.
 * - ASKED: the exchange is a question or a condition of eligibility, not an offer: "ask us whether it can be returned or
 *   exchanged or not", "exchange eligibility depends on the condition", "where you have no legal right to a refund or
 *   exchange", "the provisions on refund and exchange apply".
 * - FAULTY_CASE: the exchange is the remedy for damaged, faulty or wrong goods ("if your parcel arrives damaged we are
 *   happy to exchange it"): by the real-page convention no returns.exchanges.
 * - REFUSAL_LIMIT: a refusal followed by its condition or group ("we can't exchange orders paid by PayPal", "we cannot
 *   process exchanges without the invoice") limits the offer; it is a variant, not the shop's answer.
 * - REFUSAL_IF: a refusal inside a condition assumes exchanges exist: "if no exchange is possible, you get a voucher",
 *   "if an exchange isn't possible, we'll offer store credit", "when the size you want to exchange for is not available,
 *   we refund you" (a comma before the refusal closes the condition: "if you want another size, exchanges are not
 *   available" still refuses).
 */
const EXCHANGE_ASKED =
  fenced(/\b(?:enquire|inquire|ask|check|confirm|see|find out) (?:with us )?(?:if|whether)\b|\bwhether (?:it|they|the (?:item|product|goods)|an? (?:item|product)|your (?:item|product|order)s?) (?:can|may|is|are|will|qualif)|\bor not\b|\bdepends? on\b|\beligibility (?:depends|is (?:decided|determined|assessed|subject))\b|\bwhere you have no\b|\bprovisions?\b|\bherein\b|\b(?:policy|policies) (?:shall|will) apply\b/);
const FAULTY_CASE = new RegExp(
  `\\b${FAULT_CASE_LEAD}\\b[^.]{0,60}\\b${FAULT_WORDS}\\b|\\b(?:in this case|in that case|in such cases?)\\b[^.]{0,200}\\b${FAULT_WORDS}\\b`,
);
const REFUSAL_LIMIT =
  fenced(/^\s*(?:on|for|of|without|where|when|if|unless|once|after|beyond|outside|past|later than|that|which|bought|purchased|made|paid|placed|in|from|at|during)\b(?! (?:any|all|every|each|whatsoever|reason|the moment|this time|present|the minute|general|any case|our (?:website|site|online store|web ?shop|shop|store))\b)/);
const REFUSAL_IF = /\b(?:if|when|where|should|in case|in the event)\b[^.,;:]{0,60}$/;

/** "To exchange, return the item and place a new order", "instead of exchanges, we offer refunds": no direct exchange. */
const RETURN_AND_REORDER = fenced(/\binstead of (?:an? )?exchanges?\b|\b(?:return|send)\b[^.]{0,90}\b(?:and|then)\b[^.]{0,40}\b(?:place|make) (?:a|an) (?:new|separate|fresh|second|another) (?:order|purchase)\b|\breturn (?:it |them |the item )?(?:for a refund )?and re-?order\b/);
/** "… or alternatively exchange it": an exchange is still offered beside the reorder. */
const EXCHANGE_ALTERNATIVE = /\b(?:or|alternatively)\b[^.]{0,20}\bexchange\b/;
/** Groups a refusal of exchanges is usually about ("no exchanges on sale or swimwear"): the sentence's scope applies. */
const REFUSED_GROUPS = /\b(?:sale|clearance|final sale|custom|personali[sz]ed|gift card|underwear|swimwear|earrings)/;
/** "Change of mind", "for any reason": the faulty-goods case is one of several, not the whole sentence. */
const ANY_REASON = /\bchange(?:d)? (?:of |your )?mind\b|\bany reason\b/;
/** Other wordings of a return for no fault, which make the faulty-goods case one of several (faultCaseLeads). */
const NO_FAULT_REASON = /\bnot (?:completely |entirely |fully |totally )?(?:happy|satisfied)\b|\bunhappy\b|\bunwanted\b|\bno longer (?:want|need)/;

/** Whether a fault case (FAULTY_CASE) opens the sentence before `index`, and no change of mind stands beside it. */
function faultCaseLeads(s: string, index: number): boolean {
  const m = FAULTY_CASE.exec(s);
  return m !== null && m.index < index && !ANY_REASON.test(s) && !NO_FAULT_REASON.test(s);
}
/**
 * An exchange for the same item, model or product again (not in another size or colour) is a replacement: the
 * faulty-goods remedy, not an exchange policy (test/real/README.md): "we'll exchange it for the same model", "if you
 * need to exchange it for the same item, send it to our depot", "swapped for an identical unit".
 */
const SAME_ITEM_SWAP = fenced(/\b(?:exchang|swap|replac)\w* (?:it |them |the [a-z]+ |your [a-z]+ )?(?:for|with) (?:a |an |the )?(?:same|identical) (?:item|product|model|one|unit|piece|article|goods)s?\b(?! in (?:an? )?(?:different|another|other|new|larger|smaller) (?:size|colou?r|style|fit))/);
/** SAME_ITEM_SWAP behind a cheap word test: it runs on every unit the exchanges rule reads. */
function sameItemSwap(s: string): boolean {
  return (s.includes('same') || s.includes('identical')) && SAME_ITEM_SWAP.test(s);
}

const exchanges: Rule = (unit, ctx) => {
  const s = unit.norm.replace(CURRENCY_EXCHANGE, ' ');
  // The whole sentence is a question to ask, a cross-reference or the faulty-goods remedy: no exchange policy in it.
  if (EXCHANGE_ASKED.test(s) || (FAULTY_CASE.test(s) && !ANY_REASON.test(s)) || sameItemSwap(s)) return [];
  const faq = faqVerdict(s, EXCHANGE);
  if (faq) {
    if (faq.verdict !== undefined) return [{ term: 'returns.exchanges', value: faq.verdict, confidence: 0.75, unit }];
    return exchanges({ ...unit, norm: faq.answer }, ctx);
  }
  if (EXCHANGE_NO_FAMILIES.some((re) => re.test(s))) return [{ term: 'returns.exchanges', value: false, confidence: 0.8, unit }];
  // "An exchange or refund is unavailable": every exchange refused along with the returns.
  const refused = allRefused(s, EXCHANGE_REFUSALS);
  if (refused && /\bexchang/.test(refused[0]) && (WHOLE_SHOP.test(s) || !scopeBefore(s, refused.index))) return [{ term: 'returns.exchanges', value: false, confidence: 0.8, unit }];
  if (!EXCHANGE.test(s) && !EXCHANGE_YES.test(s)) {
    // "Swapped for another size" is an exchange anywhere; "pick another pair" only where returns are the subject.
    const parts = exchangeByParts(unit, s);
    const partsInContext = parts && (/^(?:swap|exchang|chang|switch|trad)/.test(parts.text) || unit.sectionTopic === 'returns' || /\breturn|\bsend(?:ing)? (?:it|them) back|\brefund/.test(s));
    if (parts && partsInContext && !parts.negated) return [{ term: 'returns.exchanges', value: true, confidence: 0.7, unit }];
    const family = EXCHANGE_YES_FAMILIES.find((re) => re.test(s));
    // Without the word, only a returns section makes "we'll dispatch the new size" an exchange.
    return family && unit.sectionTopic === 'returns' ? [{ term: 'returns.exchanges', value: true, confidence: 0.7, unit }] : [];
  }
  const scope = scopeOf(s);
  const no = EXCHANGE_NO.exec(s);
  if (no) {
    // "If no exchange is possible, we issue a voucher" assumes exchanges exist.
    if (REFUSAL_IF.test(s.slice(0, no.index + no[0].length))) return [];
    // "No exchange or refund will be given until the goods are back": a step in time, not a refusal (refusal-reach.ts).
    const after = s.slice(no.index + no[0].length);
    if (refusalReach(after) === 'condition') return [];
    // "We can't exchange orders paid by PayPal", "no exchanges without the invoice": a limit on the offer, a variant.
    // The passive verb of a refusal stands between it and its limit: "no exchanges will be accepted after 30 days".
    const rest = afterRefusal(after);
    const limited = REFUSAL_LIMIT.test(rest) || /\bfinal[- ]sales?\b/.test(s) ? 'some orders' : undefined;
    // Groups are read in the refusal's own clause ("gift cards cannot be refunded and we do not offer exchanges").
    const clause = s.slice(clauseStartAt(s, no.index));
    const sc = WHOLE_SHOP.test(s)
      ? undefined
      : (scopeBefore(s, no.index) ??
        (REFUSED_GROUPS.test(clause) ? scopeOf(clause) : undefined) ??
        // "Customised stitching orders … are not eligible for return or exchange": a subset refused, not the shop's policy.
        // A reason is not a subset: "because every candle is made for you, all sales are final" refuses for all.
        (namesSubset(s.slice(clauseStartAt(s, no.index), no.index).replace(REASON_LEAD, ' ')) ? 'some items' : undefined) ??
        limited);
    return [{ term: 'returns.exchanges', value: false, confidence: 0.85, unit, ...(sc ? { scope: sc } : {}) }];
  }
  if (RETURN_AND_REORDER.test(s) && !EXCHANGE_ALTERNATIVE.test(s)) {
    return [{ term: 'returns.exchanges', value: false, confidence: 0.72, unit }];
  }
  const named = cue(s, EXCHANGE_YES);
  // "Help with a return or exchange" names the request; it offers nothing.
  const offered = named && /^(?:return or exchange|exchange or return)$/.test(named.text) && notAnOfferAt(s, named.index, named.index) ? undefined : named;
  const yes = offered ?? refundOrExchangeOffered(s) ?? firstCue(s, EXCHANGE_YES_FAMILIES) ?? exchangeByParts(unit, s);
  if (yes && !yes.negated && !(ORDER_EDIT.test(s) && !/\breturn/.test(s))) {
    const sc = /\bonly\b/.test(s) ? scope : undefined;
    const defectiveOnly = ONLY_FAULT.test(s);
    return [{ term: 'returns.exchanges', value: true, confidence: 0.8, unit, ...(defectiveOnly ? { scope: 'defective items' } : sc ? { scope: sc } : {}) }];
  }
  return [];
};

/**
 * Items excluded from returns: "sale items are final sale", "gift cards cannot be returned", "non-returnable items".
 * The nine patterns that embed it are fenced (pattern-size.ts): unfenced they made ~3.9 MB of V8 machine code.
 */
const EXCLUDED_GROUPS =
  '(?:(?:anything|items?|products?|goods|orders?) (?:bought|purchased|ordered) (?:in|during|from|on|at|with|using) (?:our |the |a |an )?(?:sale|outlet|clearance|promotion|discount(?: code)?|promo(?:tional)? code|coupon(?: code)?|voucher code|special offer)|made[- ]to[- ]measure|cut[- ]to[- ](?:length|size|measure)|sale|clearance|discounted|marked-down|outlet|final[- ]sale|custom(?:ised|ized|-made)?|personali[sz]ed|engraved|monogrammed|made[- ]to[- ]order|special[- ]order|gift cards?|e-gift cards?|intimates|underwear|lingerie|swimwear|swimsuits|earrings|pierced|perishable|food|hygiene|beauty|cosmetics|opened (?:software|cosmetics|items)|digital|downloadable|downloads?|software|hazardous|mattress(?:es)?|bedding|socks|face ?masks?|sample|promotional|free gift|bundle|open-box|refurbished|ex-display|as-is|pierced (?:jewellery|jewelry|earrings)|jewellery|jewelry|pre-?orders?|bespoke|altered|hemmed|marked down|grab[- ]bags?|mystery (?:box|boxe|bag)|skincare|fragrances?|perfumes?|makeup|opened (?:skincare|fragrances?|perfumes?|makeup))s?(?: items?| pieces?| products?| merchandise| goods| purchases?| orders?)?';
const FINAL_SALE_YES = fencedRegExp(
  `\\b${EXCLUDED_GROUPS}\\b[^.]{0,60}\\b(?:are|is|will be|considered|marked(?: as)?) (?:all |otherwise |strictly |therefore |always )?(?:final(?: sale)?|non-returnable|non-refundable|not (?:eligible for (?:a )?(?:return|refund)s?|returnable|refundable)|excluded|exempt)\\b|\\b${EXCLUDED_GROUPS}\\b[^.]{0,70}\\b(?:cannot|can't|can not|may not) be (?:[a-z]+ (?:or|and) )?(?:returned|refunded|exchanged|sent back|taken back)(?! for (?:cash|money|currency|other gift cards))|\\b(?:cannot|can't|do not|don't|unable to|won't) (?:accept )?(?:returns?|refunds?) (?:on|of|for) ${EXCLUDED_GROUPS}|\\b(?:cannot|can't|do not|don't|unable to|won't) (?:accept|take back|refund)(?: or (?:exchange|return|refund))? ${EXCLUDED_GROUPS}|\\b(?:non-returnable|non-refundable|not returnable|excluded|exempt) (?:items?|products?|goods)\\b|\\bfollowing (?:items|products|goods) (?:are|cannot|can't)\\b[^.]{0,40}\\b(?:returned|non-returnable|final|refunded|excluded)|\\bfinal[- ]sale (?:items?|products?|merchandise)\\b|\\b(?:except|excluding|exception of|other than) ${EXCLUDED_GROUPS}|\\b(?:items?|products?|anything|everything) (?:marked|labell?ed|listed|sold) (?:as )?["']?(?:final sale|as-is)`,
);
/** "Items that show wear", "orders placed after …", "goods where the seal is broken": a condition on any goods, not a group. */
const GENERIC_GOODS_WITH_CONDITION = '(?:the |any |all )?(?:items?|products?|goods|merchandise|orders?|parcels?|purchases?|anything) (?:that|which|where|with|without|showing|in|not|after|once|placed|returned|older)\\b';
/** Exclusions that name no product group: "several types of goods are exempt from being returned", "items that cannot be returned:". */
const UNNAMED_EXCLUSIONS: RegExp[] = [
  // A labelled list: "Non-refundable: gift cards, engraved items", "Final sale: outlet purchases", "Exclusions: gift cards"
  fencedRegExp(`^(?:please note:? (?:that )?)?(?:non-refundable|non-returnable|not returnable|final sale|exclusions|exceptions|excluded(?: items)?|items we cannot (?:accept|take back)|the following (?:items )?are (?:non-refundable|non-returnable|final sale|not returnable))(?: items)?:\\s*(?:[a-z-]+,? ){0,3}${EXCLUDED_GROUPS}`),
  // "Returns do not apply to clearance goods", "our returns policy excludes gift cards"
  fencedRegExp(`\\b(?:returns?|refunds?|(?:returns?|refund) policy|(?:right|option) to return) (?:do|does) not (?:apply|extend) to (?:any )?${EXCLUDED_GROUPS}|\\b(?:returns?|refund) policy (?:excludes|does not cover|doesn't cover) ${EXCLUDED_GROUPS}`),
  /\bexempt from (?:being )?(?:returned|return(?:s|ed)?|refunds?)\b/,
  // "The following cannot be returned: gift cards, earrings"
  /\bthe following (?:cannot|can't|can not|may not|are not|aren't|will not|won't) (?:be )?(?:returned|returnable|refunded|accepted for (?:return|refund))/,
  /\b(?:some|certain|several|a few|selected?|specific|the following|these|a number of|a small number of) (?:types of |kinds of )?(?:items|products|goods|merchandise|categories|purchases)\b[^.]{0,30}\b(?:non-returnable|non-refundable|final sale|not (?:eligible for (?:a )?(?:return|refund)s?|returnable|refundable)|cannot be (?:returned|refunded)|can't be (?:returned|refunded)|excluded from (?:our )?returns?)/,
  /\b(?:items|products|goods|merchandise) (?:that|which) (?:cannot|can't|can not|are not|aren't|may not) (?:be )?(?:returned|returnable|refunded|eligible for (?:a )?(?:return|refund))\b/,
  /\b(?:items|products|goods) (?:not eligible|ineligible) for (?:a )?(?:return|refund)s?\b/,
  // "Returns are not accepted on opened beauty products"
  fencedRegExp(`\\b(?:returns?|refunds?) (?:are|is) not (?:accepted|possible|available|allowed|given|issued|offered|made) (?:on|for) (?:[a-z-]+ )?${EXCLUDED_GROUPS}`),
  // "No returns on sale items", "Sale items: no returns"
  fencedRegExp(`\\bno (?:returns?|refunds?)(?: or (?:exchanges?|refunds?))? (?:on|for|of) (?:[a-z-]+ )?${EXCLUDED_GROUPS}|\\b${EXCLUDED_GROUPS}\\b[^.:]{0,12}:\\s*no (?:returns?|refunds?)\\b`),
  // "All clearance merchandise is sold as-is"
  fencedRegExp(`\\b${EXCLUDED_GROUPS}\\b[^.]{0,40}\\b(?:sold|offered|purchased) (?:as[- ]is|as final(?: sale)?)\\b`),
  // "Orders placed with a discount code of 50% or more are final sale", "anything bought in our outlet is final sale"
  /\b(?:are|is) (?:considered |marked |deemed )?(?:as )?(?:a )?final[- ]sale\b/,
  // "Only full-price items can be returned", "we can only accept returns of full-priced goods"
  /\b(?:only|just) (?:accept (?:returns?|refunds?) (?:on|of|for) )?full[- ]price(?:d)? (?:items?|products?|goods|merchandise|purchases?|orders?)\b|\bfull[- ]price(?:d)? (?:items?|products?|goods|merchandise|purchases?) only\b/,
  // "Returns on sale items are not possible", "refunds for custom orders are not available"
  fencedRegExp(`\\b(?:returns?|refunds?) (?:on|of|for) (?:[a-z-]+ )?${EXCLUDED_GROUPS}\\b[^.]{0,20}\\b(?:are|is) not (?:accepted|possible|available|allowed|permitted|offered)`),
  // "Personalised items can only be returned if defective"
  fencedRegExp(`\\b${EXCLUDED_GROUPS}\\b[^.]{0,30}\\b(?:can|may) only be (?:returned|refunded|exchanged) if (?:they are |it is |they're |it's )?(?:defective|faulty|damaged)`),
  // Any named group, said as "no returns on …": "no returns & exchanges on cushions or rugs", "there are no refunds
  // for subscription boxes", "no returns or refunds are allowed for the following:" (never "on any order", "after 30 days").
  new RegExp(`\\bno (?:returns?|refunds?|exchanges?)(?: ?(?:&|and|or|\\/) ?(?:returns?|refunds?|exchanges?))?(?: (?:are|is|will be) (?:permitted|allowed|accepted|possible|available|given|offered))? (?:on|for) (?!${GENERIC_GOODS_WITH_CONDITION}|(?:any|all|every|change|worn|used|damaged)\\b)[a-z]`),
  // "We cannot accept the return of pierced studs", "we don't take returns of opened tubs"
  new RegExp(`\\b(?:cannot|can't|can not|unable to|do not|don't|won't|will not) (?:accept|take) (?:the )?returns? of (?!${GENERIC_GOODS_WITH_CONDITION}|(?:any|all)\\b)`),
  // "Only regular-priced items may be refunded", "only full price goods can come back"
  /\bonly (?:regular|full|normal|non-sale)[- ]price(?:d)? (?:items?|products?|goods|merchandise|purchases?) (?:may|can|will) (?:be (?:returned|refunded|exchanged)|come back)\b/,
  // An exception inside the permission: "you may return any tea (except for anything that must be kept chilled)"
  /\b(?:return|send (?:it |them )?back)\b[^.]{0,100}\b(?:except|excluding|other than|with the exception of) (?:for )?(?:anything|items?|products?|goods|those|ones) (?:that|which)\b/,
].map(fenced);
/** A list announced with nothing in it: the colon is followed by a new clause, not by goods (a list on the next lines still counts). */
const EMPTY_LIST = /\b(?:including|include|such as|the following|as follows|are)\s*:\s*(?:once|if|when|after|before|we|you|please|to|our|in order|for more)\b/;
/** "All sales are final" about everything: returns not accepted at all. */
const ALL_FINAL =
  fenced(/\bwe (?:cannot|can't|do not|don't|won't|will not) accept returns once (?:an |the |your )?(?:order|item|parcel)s? (?:has |have )?(?:left|shipped|been (?:shipped|dispatched|sent|delivered|opened)|dispatched)|\ball (?:sales|purchases|orders|items|products|transactions) (?:are|is) final\b|\bno returns\b(?!(?:,? (?:(?:&|and|or) )?(?:no )?(?:exchanges?|refunds?))?(?: (?:are|is|will be) (?:permitted|allowed|accepted|possible|available|given|offered))? (?:on|of|for|after|without|unless|once|necessary|needed|required)\b)|\bwe (?:do not|don't|cannot|can't|will not|won't|are unable to|are not able to) (?:accept|offer|take|allow|provide) (?:any )?(?:returns|refunds)\b(?! (?:on|of|for|after|without|unless|once|that|if|from|to|in|where|which)\b)|\breturns are not (?:accepted|possible|available)\b(?! (?:on|of|for|after|without|unless|once|if|from|in|where)\b)|\ball (?:items|products|goods|sales) are (?:non-returnable|non-refundable|final sale)\b|\beverything (?:we sell )?is (?:final sale|non-returnable)\b/);

/**
 * Every return refused, said in more ways than ALL_FINAL names (issue 11, "stated indirectly"). Read from parts: a
 * refusal of returns, refunds or exchanges, then what follows it decides whether it limits some goods or times (a
 * partial refusal: not this) or only the whole order ("once your order is placed", "on any item"). Each row an
 * in-house example:
 * - the refusal after the noun: "I'm afraid an exchange or refund is unavailable", "refunds are not given";
 * - a refusing verb: "we don't do returns", "we are unable to accept return/exchange requests", "we do not provide
 *   refunds once the order has been dispatched";
 * - the whole range refused: "our products are non-returnable";
 * - the placed or sent order refused: "orders cannot be returned once shipped", "once an order is placed it cannot be
 *   returned or refunded".
 */
const REFUSED_OBJECT = '(?:an? |any )?(?:returns?|refunds?|exchanges?)(?: ?(?:,|or|and|&|\\/) ?(?:an? )?(?:returns?|refunds?|exchanges?))*';
/** The same objects each under their own "no", returns among them: "no refunds or returns", "a no-refund/no-return policy". */
const NO_SEP = ' ?(?:,|or|and|&|\\/) ?(?:no[- ])?';
const NO_OBJECT = `(?:(?:refunds?|exchanges?)${NO_SEP})*returns?(?:${NO_SEP}(?:returns?|refunds?|exchanges?))*`;
const ORDER_SENT = '(?:placed|submitted|confirmed|made|shipped|dispatched|sent|processed|delivered)';
const ALL_REFUSED: readonly RegExp[] = [
  new RegExp(`\\b${REFUSED_OBJECT} (?:is|are|will be) (?:unfortunately |currently |sadly |simply )?(?:unavailable|not (?:available|possible|offered|accepted|permitted|allowed|given|issued|provided|granted|done))\\b`),
  new RegExp(`\\b(?:we|i) (?:unfortunately |sadly |regret(?:fully)? |currently )?(?:do not|don't|cannot|can't|will not|won't|are unable to|am unable to|are not able to|'re unable to|'re not able to) (?:do|give|issue|provide|process|offer|accept|take) (?:any )?${REFUSED_OBJECT}(?: orders?| requests?)?`),
  /\b(?:(?:all )?(?:of )?(?:our|my) (?:items|products|goods|pieces|designs|plants))\b (?:are|is) (?:all )?(?:non-?returnable|non-?refundable|final sale|not returnable|not refundable)\b/,
  // The refusal's negation on its modal or passive verb: "returns will not be accepted", "returns cannot be taken
  // back", "we are not accepting returns", "I'm not able to accept returns", "returns: not accepted".
  // The object heads its clause: "unauthorised returns will not be processed" refuses some returns only.
  new RegExp(`(?:^|[,;:]\\s*|\\b(?:all|any|our|that|sorry|unfortunately) )${REFUSED_OBJECT} (?:will not|won't|cannot|can't|can not|shall not|may not|are not|is not)(?: be)?(?: being)? (?:accepted|allowed|permitted|given|issued|offered|provided|granted|processed|taken(?: back)?)\\b`),
  new RegExp(`\\b(?:we|i)(?: are|'re| am|'m)? not (?:able to accept|accepting|taking|offering|doing|giving|issuing) (?:any )?${REFUSED_OBJECT}`),
  /^returns?(?: (?:&|and|or|\/) (?:refunds?|exchanges?))?\s*[:|]\s*(?:not (?:accepted|available|offered|possible)|none|no)\s*(?:[.!]|$)/,
  // The goods refused as a whole, said at the head of the sentence: "items cannot be returned", "we do not take back
  // any items"; a kind of goods before them ("sale items cannot be returned") is an exclusion, not this.
  /^(?:(?:please note(?: that)?|sorry|unfortunately|note),? )?(?:all |any |our |my )?(?:items?|products?|goods|orders?|purchases?|merchandise) (?:cannot|can't|can not|will not|won't|may not) be (?:returned|taken back|sent back)(?: or (?:refunded|exchanged))?\b|\b(?:we|i) (?:do not|don't|will not|won't|cannot|can't) (?:take|accept) back (?:any )?(?:items?|products?|goods|orders?|purchases?|merchandise)\b/,
  // The refusal as a noun phrase that names returns, the shop's whole answer when nothing limits it ("no refunds or
  // returns!", "we run a no-returns policy"); "no returns after 30 days" is cut off by allRefused's limit check. "No
  // refunds" alone leaves exchanges and credit open (test/real/README.md: no cash refunds, goods taken back for credit).
  new RegExp(`(?<![a-z]-)\\bno[- ]${NO_OBJECT}(?:[- ]polic(?:y|ies))?\\b(?![- ](?:shipping|postage|label|fee|cost|charge|window|period|address|form|process|necessary|needed|required)\\b)`),
  new RegExp(`\\borders? (?:cannot|can't|can not|will not|won't) be (?:returned|refunded)(?: or (?:returned|refunded|exchanged))? once (?:(?:it|they) (?:has|have|is|are) (?:been )?)?${ORDER_SENT}\\b|\\bonce (?:an |the |your )?orders? (?:is|has been|was) ${ORDER_SENT}\\b[^.]{0,20}\\b(?:cannot|can't|can not|will not|won't) be (?:returned|refunded)(?: or (?:returned|refunded|exchanged))?\\b`),
].map(fenced);
/**
 * The refusals read for exchanges too: only the noun-first one ("an exchange or refund is unavailable"). Measured: the
 * verb rows also refusing exchanges added a false exchanges reading on held-out real pages without a right one.
 */
const EXCHANGE_REFUSALS: readonly RegExp[] = [ALL_REFUSED[0]!];
/** What may follow a refusal and still leave it whole: the order itself, every item, the time of purchase ("after purchase"). */
const WHOLE_LIMIT = new RegExp(`^ (?:(?:on|for|of) (?:any|all|every) (?:items?|products?|orders?|purchases?|goods)\\b|once (?:an? |the |your )?(?:orders?|items?|parcels?|pieces?|products?|goods|it|they) (?:is |are |has been |have been |was |has |have )?(?:${ORDER_SENT}|left)\\b|once ${ORDER_SENT}\\b|after (?:the |your )?(?:purchase|payment)\\b|(?:at|for) (?:this|the moment|now|any reason)\\b)`);
/** A reason before a refusal, not a condition on it: "for hygiene reasons", "for obvious reasons". */
const FOR_REASONS = /\bfor (?:[a-z]+ ){0,2}reasons?\b/g;
const ORDER_SENT_LEAD = new RegExp(`\\bonce (?:an |the |your )?orders? (?:is|has been|was) ${ORDER_SENT}\\b`, 'g');
/** What may end a whole refusal: the clause's end, or a conjunction or reason that opens another clause. */
const CLAUSE_END = /^(?:\s*(?:[.,;:!)\u2013-]|$)| (?:and|but|as|because|due|since|so|at all|whatsoever|of any kind|under any circumstances)\b)/;
/** Offers that keep a refund refusal partial: "we can't offer a refund but we can exchange it" (test/real/README.md). */
const OTHER_SETTLEMENT = /\bexchang|\bcredit\b|\bvoucher|\bswap/;

/** A whole refusal said by the shop: not negated, not the condition of another clause, not limited to some goods. */
function allRefused(s: string, table: readonly RegExp[] = ALL_REFUSED): RegExpExecArray | null {
  const r = refusalIn(s, table);
  return r?.reach === 'all' ? r.m : null;
}

/** A refusal said by the shop and what it covers (refusal-reach.ts): the whole shop, one kind of goods, or a wait. */
function refusalIn(s: string, table: readonly RegExp[] = ALL_REFUSED): { m: RegExpExecArray; reach: RefusalReach } | null {
  for (const re of table) {
    const m = re.exec(s);
    if (!m || negatedAt(s, m.index)) continue;
    // A condition or time before it in the sentence limits it ("once 28 days have passed, we can't offer a refund"),
    // unless that is only the order being placed or sent, or a reason ("for hygiene reasons, we cannot accept …").
    const lead = s.slice(0, m.index).replace(ORDER_SENT_LEAD, ' ').replace(FOR_REASONS, ' ');
    if (/\b(?:if|when|whenever|where|should|in case|unless|once|after|beyond|past|for)\b/.test(lead)) continue;
    // A consequence of a condition: "returns must be unused, or your refund will not be issued".
    if (/\b(?:or|otherwise|else)\s+(?:your |the |a |any )?$/.test(lead)) continue;
    const rest = s.slice(m.index + m[0].length);
    // refusalReach first, so that the reach finalSale reads here is the one it would read itself ("no returns, or
    // swaps on swimwear" → goods); a clause that ends at once is whole.
    const reach = refusalReach(rest) ?? (CLAUSE_END.test(rest) || WHOLE_LIMIT.test(rest) ? 'all' : undefined);
    if (!reach) continue;
    if (!/\breturn/.test(m[0]) && OTHER_SETTLEMENT.test(s.slice(0, m.index) + rest)) continue;
    return { m, reach };
  }
  return null;
}

/** An FAQ question about returning one product group ("Can I return sale items? No."). */
const EXCLUSION_FAQ_TOPIC = fencedRegExp(`\\b(?:return|refund|send back)\\b[^?]{0,30}\\b${EXCLUDED_GROUPS}\\b|\\b${EXCLUDED_GROUPS}\\b[^?]{0,30}\\b(?:returned|returnable|refunded|refundable|sent back)\\b`);

const finalSale: Rule = (unit) => {
  const s = unit.norm;
  const out: Candidate[] = [];
  // "If you cannot accept the delivery and it comes back to us, perishables get no refund": the failed delivery's rule.
  if (MISSED_DELIVERY.test(s) || LATE_RETURN_BACK.test(s)) return out;
  // "Nothing we sell is final sale": the words "final sale" are here, but what is said is that nothing is excluded.
  if (saysNothingExcluded(unit)) return [{ term: 'returns.final_sale_exclusions', value: false, confidence: 0.78, unit }];
  const faq = faqVerdict(s, EXCLUSION_FAQ_TOPIC);
  // "Can I return sale items? No." → some items are excluded; "Yes, within 14 days" → they are not.
  if (faq && faq.verdict !== undefined && !/\b(?:all|any|every)thing\b|\bmy order\b/.test(s.slice(0, s.lastIndexOf('?')))) {
    return [{ term: 'returns.final_sale_exclusions', value: !faq.verdict, confidence: 0.72, unit }];
  }
  // "Exchanges are not available" alone refuses exchanges only (the exchanges rule reads it), not returns.
  // What the refusal covers (refusal-reach.ts): "no returns or swaps for any swim wear" excludes one kind of goods, and
  // "no refund until the goods are back" only says when; neither refuses returns. refusalIn has read it already.
  const final = ALL_FINAL.exec(s);
  const read = final ? undefined : [refusalIn(s)].find((r) => r && /\breturn|\brefund|\bback\b/.test(r.m[0]));
  const refusal = final ?? read?.m ?? null;
  const reach = final ? refusalReach(s.slice(final.index + final[0].length)) : read?.reach;
  if (reach === 'goods') return [{ term: 'returns.final_sale_exclusions', value: true, confidence: 0.8, unit }];
  const all = reach === 'condition' ? null : refusal;
  // "All sales are final unless the goods arrive damaged": the exception is the faulty-goods remedy, so still all final;
  // so is "except where the law requires" (a statutory carve-out), and an order the shop could not fill ("no refunds
  // after purchase, except when the item is out of stock"): nothing came to be sent back.
  const except = EXCEPT_RE.exec(s);
  const exceptOnlyDamage = except !== null && (DAMAGE.test(s.slice(except.index)) || NEVER_SENT.test(s.slice(except.index)) || (all !== null && statutoryCarveOut(s.slice(all.index + all[0].length)))) && !/\b(?:sale|clearance|custom|personali|gift card|final sale items?)\b/.test(s.slice(0, all?.index ?? 0));
  if (all && (except === null || exceptOnlyDamage) && (WHOLE_SHOP.test(s) || !/\bunless\b|\b(?:sales?|clearance|custom|personali|gift card|swim|underwear|earrings|perishable|opened|digital|(?:\d+ ?% )?off)\b/.test(s.slice(0, all.index)))) {
    // The whole shop is final sale: returns are not accepted at all.
    out.push({ term: 'returns.accepted', value: false, confidence: 0.85, unit });
    return out;
  }
  // An exclusion that names no group and announces a list left empty ("…are exempt from being returned, including:"
  // then the next sentence) is a template's unfilled list: it excludes nothing the page names.
  const unnamed = UNNAMED_EXCLUSIONS.map((re) => cue(s, re)).find((c) => c && !c.negated);
  // An exclusion that names no group but only reasons ("the following are not eligible: a change of mind, a wrong size")
  // refuses a reason, not goods (final-sale-families.ts); asked once, exclusionFamily below reads the same answer.
  let reasonsOnly: boolean | undefined;
  const refusesReasons = (): boolean => (reasonsOnly ??= refusesReasonsOnly(s));
  const found = cue(s, FINAL_SALE_YES) ?? (unnamed && !EMPTY_LIST.test(s.slice(unnamed.index)) && !refusesReasons() ? unnamed : undefined);
  // "Deposits on custom orders are non-refundable": a deposit or fee, not goods that cannot come back.
  const y = found && /\b(?:deposits?|fees?|charges?|shipping (?:costs?|fees?|charges?)|postage)\b/.test(s.slice(0, found.index + found.text.length)) && !/\bitems?\b|\bproducts?\b/.test(s.slice(0, found.index)) ? undefined : found;
  // "clearance events are excluded" from a price match, "10% off excluding sale items": not about returns.
  if (y && unit.sectionTopic !== 'returns' && !/\breturn|refund|exchang|final|non-returnable|\bsold as[- ]is\b/.test(s) && !MOVE_BACK.test(s)) return out;
  if (y && !/\b(?:even|including|also) (?:sale|clearance)\b[^.]{0,40}\b(?:can|may) be returned\b/.test(s)) {
    out.push({ term: 'returns.final_sale_exclusions', value: true, confidence: 0.85, unit });
  } else if (/\b(?:even|including|also) (?:sale|clearance|discounted) items?\b[^.]{0,40}\b(?:can|may) be (?:returned|refunded)\b|\b(?:sale|clearance|discounted)(?: and (?:sale|clearance|discounted))? (?:items?|products?|goods)? ?(?:can|may|are|is) (?:also )?(?:be )?(?:returned|returnable|eligible for (?:a )?(?:return|refund))\b|\bno (?:items? )?(?:are )?(?:final sale|non-returnable)\b/.test(s)) {
    out.push({ term: 'returns.final_sale_exclusions', value: false, confidence: 0.75, unit });
  } else {
    // Phrasing families that name no group from the table above (final-sale-families.ts).
    const family = exclusionFamily(unit, refusesReasons);
    // The families are all about taking things back; only a section about something else keeps them out.
    if (family !== undefined && (unit.sectionTopic === null || unit.sectionTopic === 'returns')) {
      out.push({ term: 'returns.final_sale_exclusions', value: family, confidence: family ? 0.78 : 0.72, unit });
    }
  }
  return out;
};

/** Returns accepted, said outright: "we accept returns", "you can return unworn items", "30-day return policy". */
const ACCEPT_YES =
  fenced(/\b(?:we (?:gladly |happily |will |'ll )?(?:accept|take back|offer) (?:all |most |any )?(?:returns|refunds)|returns? (?:are|is) (?:accepted|welcome|easy|free)|(?:you )?(?:can|may) return (?:it|them|any|your|the|items?|products?|most|unused|unworn|merchandise)|eligible for (?:a )?(?:return|refund)|be returned within|returned within|return (?:it |them |items? |your (?:item|order|purchase)s? )?(?:with)?in \d+|\d+[- ]days? (?:to return|return (?:policy|window|period))|(?:full )?refund (?:within|if)|free returns?|happy to (?:refund|exchange|accept returns))\b/);

/**
 * A returns process exists: the page says how a return is started, sent or handled, so returns are taken (TERMS.md:
 * "a page that says how to return items → true"). Read from its parts, not from whole wordings; each row an in-house
 * example:
 * - START: an action on a return, refund or exchange request: "how do I start a return? fill in our returns form",
 *   "contact us to begin the refund process", "request a return or exchange from your account", "lodge a return claim";
 * - MEANS: the return's own address, form, portal, label or number: "our returns address is…", "an RMA number";
 * - SEND_BACK: leave to send the goods back: "you may ship the item back for credit", "if you wish to send an item
 *   back, you can do so";
 * - RECEIVED: an arrived return being handled: "once we have received your returned order we'll inspect it",
 *   "please allow 5 days for our team to process your return".
 */
const RETURN_OBJECT = '(?:returns?|refunds?|exchanges?)(?: (?:or|and|&|\\/) (?:returns?|refunds?|exchanges?))?';
const RETURN_PROCESS: readonly RegExp[] = [
  new RegExp(`\\b(?:start|begin|initiate|request|submit|make|arrange|book|lodge|raise|open|create|complete|fill (?:out|in)|log) (?:a |an |your |the |our )?(?:online )?${RETURN_OBJECT}(?: (?:request|process|form|claim|application|authori[sz]ation))?\\b`),
  /\breturns? (?:forms?|portal|address|labels?|cent(?:re|er)|department|instructions|numbers?|authori[sz]ations?|slips?|requests?|claims?|procedure)\b|\brma\b/,
  /\b(?:you )?(?:can|may|are welcome to|are free to) (?:simply |just )?(?:ship|send|post|mail|bring|courier) (?:it|them|items?|products?|goods|anything|(?:the|your|any|this|that) [a-z]+(?: [a-z]+)?)? ?back\b|\b(?:wish|want|would like) to (?:return|send (?:[a-z]+ ){0,3}back)\b[^.?]{0,60}\byou (?:can|may) do so\b/,
  /\b(?:once|when|after|upon|as soon as) (?:we(?:'ve| have)? )?(?:receive[ds]?|receiving|received|receipt of|get|got) (?:your|the) (?:return(?:ed)?|returns)\b|\byour return (?:has been|is|was) (?:received|processed|inspected)\b|\bprocess (?:your|the) return/,
].map(fenced);

/** Words that make what follows a topic named, not a step told: "about how to", "i.e. how to", "explains how you can". */
const TOPIC_BEFORE = /(?:\b(?:about|regarding|explain(?:s|ing)?|cover(?:s|ing)?|describ(?:es|ing)|i\.e|e\.g)\b\.?[^.?]{0,80}|\b(?:on|learn|find out|read),? )\bhow (?:to|you (?:can|may)|do(?:es)? (?:i|you|one))\s*$/;
/** ACCEPT_YES wordings that state acceptance outright, wherever they stand; leave to send goods back is one. */
const PLAIN_ACCEPT = /\baccept|\bwelcome|\breturned within|\breturn (?:it |them |items? |your (?:item|order|purchase)s? )?(?:with)?in \d|\bback\b|\bdo so\b/;

const accepted: Rule = (unit) => {
  const s = unit.norm;
  const y = cue(s, ACCEPT_YES) ?? firstCue(s, RETURN_PROCESS);
  if (!y || y.negated) return [];
  // The process named as a topic the page covers ("answers questions about how often we ship and how to make a return",
  // "process for return, i.e. how to initiate a return"): no return is described, so none is known to be taken.
  if (TOPIC_BEFORE.test(s.slice(0, y.index))) return [];
  if (unit.sectionTopic === 'warranty' || /\bwarrant/.test(s)) return [];
  // In another topic's section (shipping, support, a guarantee) only a plain statement that returns are taken counts:
  // "free returns", "start a return", "eligible for a refund" there point at another page or another policy.
  // A help centre files its FAQ under support: there a returns process told in an answer ("how do I send it back? fill
  // in our returns form") is the shop's own, while one only asked about ("questions on how to start a return?") is not.
  const answeredInHelp = unit.sectionTopic === 'support' && y.index > s.lastIndexOf('?');
  if (unit.sectionTopic !== null && unit.sectionTopic !== 'returns' && !PLAIN_ACCEPT.test(y.text) && !answeredInHelp) return [];
  const scope = scopeBefore(s, y.index);
  const defectiveOnly = ONLY_FAULT.test(s);
  if (defectiveOnly) return [{ term: 'returns.accepted', value: false, confidence: 0.6, unit }];
  return [{ term: 'returns.accepted', value: true, confidence: 0.8, unit, ...(scope && scope !== 'unused' ? { scope } : {}) }];
};

/** The returns rules that a unit about another policy's refund must not reach. */
const GUARDED: readonly Rule[] = [accepted, windowDays, restockingFee, returnShipping, refundMethod, refundDays, exchanges];

/**
 * A unit about another policy's refund (price promise, cancellation, card hold, faulty-goods remedy), or one going on
 * with such a unit, is not read by the guarded rules; the check runs once per unit, not once per rule. Final sale still reads it.
 */
const aboutReturns: Rule = (unit, ctx) => ((otherPolicyOf(unit) ?? otherPolicyGoingOn(unit, ctx.pageUnits)) ? [] : GUARDED.flatMap((rule) => rule(unit, ctx)));

export const RETURNS_RULES: Rule[] = [aboutReturns, finalSale];
export type { Unit };
