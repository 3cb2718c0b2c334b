/**
 * Guarantee rules: money-back period, satisfaction guarantee, price match.
 */
import { cue, faqVerdict } from '../language/negation.js';
import { findDurations, toDays } from '../language/numbers.js';
import { previousNorm, type Candidate, type Rule, type RuleContext, type Unit } from '../rule-types.js';
import { countedFromArrival } from './return-arrival.js';
import { FAULT } from './fault-words.js';
import { REMEDY_VERB } from './warranty.js';
import { EXCHANGE, OTHER_POLICY_NAME, REFUND_WORD, UNHAPPY } from './other-policy.js';
import { fenced, fencedRegExp } from '../language/pattern-size.js';

/**
 * "60-day money-back guarantee", "your money back within 30 days", "risk-free for 100 days"; a period before a named
 * guarantee is its length whatever the name, of up to three words ("45-day glow guarantee", "30-day fit guarantee", "90 day
 * 'sweet dreams' guarantee"), unless a word of the name is a delivery, price or workmanship promise.
 */
const MONEY_BACK = fenced(/\bmoney[- ]back\b|\b(?:your|their|full) money back\b|\brisk[- ]free (?:trial|guarantee)\b|\b\d+[- ]days? (?:money[- ]back |(?:(?!(?:delivery|dispatch|shipping|postage|price|parts|repair|build|workmanship|quality|service)\b)'?[a-z]+'? ){1,3})?guarantee\b|\brefund guarantee\b|\b(?:satisfaction|happiness) guarantee\b[^.]{0,60}\b\d+ days\b|\b(?:free|home|risk-free) trial\b[^.]{0,40}\bfull refund\b/);
/** A duration governed by how a refund is paid, not how long a guarantee lasts: "we'll credit your card within 5 days". */
const REFUND_VERB_BEFORE = /\b(?:refund(?:ed)?|credit(?:ed)?|reimburse[d]?|process(?:ed)?|issued?)\b[^.]{0,60}$/;
/** "…within 14 days of receiving your return": the payout's clock once the goods are back (return-arrival.ts). */
const AFTER_RECEIPT = countedFromArrival(40, true);
/** Business days and "the card you paid with" are how refunds are paid; guarantees run in plain days. */
const PAYMENT_TALK = /\b(?:business|working) days?\b|\bdepending on your (?:bank|card)\b|\boriginal (?:form of )?payment|\b(?:card|account) you paid with\b/;
/** A named offer keeps its period even beside refund words. */
const NAMED_OFFER = /\bguarantee|\brisk[- ]free|\btrial\b/;
/** "Lifetime money-back guarantee", "money back at any time". */
const UNLIMITED = fenced(/\b(?:lifetime|unlimited|forever|any ?time|no (?:time limit|expiry|expiration|deadline|cut-?off)|(?:never|doesn't|does not|won't|will not) (?:expire|run out|end)s?|(?:not|isn't|is not) (?:time[- ]limited|limited (?:in|by) time)|without (?:a |any )?time limit|for (?:life|as long as you (?:own|have|use))|(?:has|have|with) no (?:end|expiry|time limit)|unconditional(?:ly)?)\b/);

const moneyBackDays: Rule = (unit, ctx) => {
  const s = unit.norm;
  // "Do you offer a money-back guarantee? Ours has no time limit.": the answer carries the period.
  // Also when the question is labelled ("Q: …? A: …"), which the yes/no test does not see as a question.
  const q = s.lastIndexOf('?');
  const answer = q >= 0 ? s.slice(q + 1).replace(/^\s*(?:a|answer)\s*:\s*/, '').trim() : '';
  if (answer.length > 0 && MONEY_BACK.test(s.slice(0, q)) && faqVerdict(s, MONEY_BACK)?.verdict !== false) {
    const inner = moneyBackDays({ ...unit, norm: answer }, ctx);
    if (inner.length > 0) return inner;
  }
  const c = cue(s, MONEY_BACK);
  if (!c) return refundPromiseDays(unit, ctx);
  if (c.negated) return [];
  // "Our price match guarantee is valid for 5 days", "a 2-year warranty": another policy's period, not money back.
  if (OTHER_POLICY_NAME.test(s) && !/\bmoney[- ]back\b/.test(s)) return [];
  // British usage: "a 30-day guarantee against faults" is a warranty, unless money back is named.
  if (!/money|refund/.test(s) && /\bagainst (?:faults|defects|manufacturing)|\bcover(?:s|ing)? (?:faults|defects)|\bfaulty\b/.test(s)) return [];
  const durations = findDurations(s).filter((d) => d.unit !== 'hour');
  // The duration closest to the cue: "our 60-day money-back guarantee" or "money back within 30 days".
  const near = durations.sort((a, b) => Math.abs(a.index - c.index) - Math.abs(b.index - c.index))[0];
  // The one period of the sentence is the cue's however far apart ("you have 100 days from the date your order was
  // placed to contact us about a return or refund if you would like your money back"); of several, only a near one.
  if (near && (Math.abs(near.index - c.index) < 90 || durations.length === 1)) {
    // "Prefer your money back? We'll refund your card within 5 business days": that is how fast a refund is paid,
    // not how long a guarantee lasts (no guarantee, trial or risk-free offer is named).
    const refundClock = REFUND_VERB_BEFORE.test(s.slice(0, near.index)) || AFTER_RECEIPT.test(s.slice(near.index)) || PAYMENT_TALK.test(s);
    if (refundClock && !NAMED_OFFER.test(s)) return [];
    const days = toDays(near.max, near.unit);
    if (days >= 1 && days <= 3650) return [{ term: 'guarantee.money_back_days', value: days, confidence: 0.88, unit }];
  }
  const u = UNLIMITED.exec(s);
  if (u && Math.abs(u.index - c.index) < 40) return [{ term: 'guarantee.money_back_days', value: 'unlimited', confidence: 0.75, unit }];
  return [];
};

/**
 * A money-back promise said without the words "money back" (issue 11, "satisfaction offered in an if-you-are-not-happy
 * clause"), read as a frame in one unit: a full refund, a condition of trying or of not being happy, and a period; and
 * no trip back, since a refund for sending the goods back within N days is the return window (test/corpus/README.md).
 * Each row an in-house example: "try the serum for 90 days; if you don't see results, email us for a full refund, no
 * need to send it back", "if you are not completely satisfied within 60 days we will refund your purchase in full",
 * "a 14-day refund promise", "a 100-day no-questions-asked refund".
 */
const FULL_REFUND = fenced(/\bfull refund\b|\brefund (?:you|your (?:purchase|order|payment)|it|them)(?: in full)?\b|\b(?:every|each) (?:penny|cent)\b|\brefunded in full\b|\b(?:refund|money[- ]back) (?:promise|pledge)\b|\bno[- ]questions?[- ]asked refund\b/);
const TRIAL_OR_UNHAPPY = fencedRegExp(String.raw`${UNHAPPY}|\b(?:don't|do not|didn't|did not) (?:love|like|see (?:any )?results|get results)\b|\bnot for you\b|\bno[- ]questions?[- ]asked\b|\b(?:refund|happiness|satisfaction) (?:promise|pledge)\b|\btry (?:it|them|the [a-z]+|our [a-z]+)\b|\buse it for\b`);
/** The goods travel back: then the period is the return window, unless the shopper keeps them. */
const TRIP_BACK = /\breturn|\b(?:send|post|ship|mail|bring)\b[^.]{0,30}\bback\b|\bpick (?:it|them) up\b|\bcollect (?:it|them)\b/;
const KEEPS_GOODS = /\b(?:no need to|don't need to|do not need to|without (?:having to|needing to)) (?:send|return|post)\b|\bkeep (?:it|them|the [a-z]+)\b/;

/**
 * A section the page names as a guarantee ("Guarantee", "Satisfaction Guarantee", "Our 'Sweet Dreams' Guarantee") that is
 * neither a price promise nor a cover against faults: what it offers an unhappy buyer is that guarantee, so sending the
 * goods back within N days for a refund gives the guarantee's period too (TERMS.md: a return window the page itself calls a
 * money-back guarantee gives both terms), and any refund word does.
 */
const GUARANTEE_HEADING = /\bguarantee/i;
const COVER_NAME = /\blifetime\b|\bfaults?\b|\bdefects?\b|\bworkmanship\b|\bquality\b/i;
function inNamedGuarantee(unit: Unit): boolean {
  const heading = unit.headingPath[unit.headingPath.length - 1] ?? '';
  return unit.sectionTopic === 'guarantee' && GUARANTEE_HEADING.test(heading) && !OTHER_POLICY_NAME.test(heading) && !COVER_NAME.test(heading);
}

/**
 * The same naming said by the sentence just before in the section instead of a heading: "Our 100% Satisfaction Guarantee
 * means just that." or a "Satisfaction Guarantee" title run into its first sentence (plain text with no blank lines),
 * then the offer to the unhappy buyer. Only a satisfaction, happiness or money-back guarantee opens such an offer here; a
 * guarantee named in passing elsewhere on the page does not (previousNorm is one unit of the same section).
 */
const GUARANTEE_NAMED_BEFORE = fenced(/\b(?:satisfaction|happiness|money[- ]back|no[- ]quibble|risk[- ]free)(?: guarantee| promise| pledge)\b/);
function namedJustBefore(unit: Unit, ctx: RuleContext): boolean {
  const before = previousNorm(unit, ctx);
  // "We do not offer a money-back guarantee." names one only to refuse it.
  const c = cue(before, GUARANTEE_NAMED_BEFORE);
  return c !== undefined && !c.negated && !OTHER_POLICY_NAME.test(before) && !COVER_NAME.test(before);
}

/**
 * "Ensure you are still within the 6-month guarantee period" after "if you're not satisfied, you can request a refund":
 * the period named as a guarantee's, with the sentence before it offering a refund to an unhappy buyer, is the money-back
 * period (the mirror of warranty.ts's cover scope, where the neighbour names a cover against faults).
 */
const GUARANTEE_PERIOD = /\bguarantee period\b/;
/**
 * A warranty or a remedy for a fault (warranty.ts's REMEDY_VERB), in any inflection ("repaired", "replacement",
 * "mending"; "replac" for "replacing").
 */
const COVER_WORD = new RegExp(String.raw`\b(?:warrant\w*|replac\w*|(?:${REMEDY_VERB})\w*)\b`);
function guaranteePeriodDays(unit: Unit, ctx: RuleContext): Candidate[] {
  const s = unit.norm;
  // A fault (fault-words.ts), a remedy for one or a warranty beside the period make it a cover's (warranty.ts), not money back.
  if (!GUARANTEE_PERIOD.test(s) || FAULT.test(s) || COVER_WORD.test(s)) return [];
  const before = previousNorm(unit, ctx);
  if (!REFUND_WORD.test(before) || !TRIAL_OR_UNHAPPY.test(before) || OTHER_POLICY_NAME.test(before)) return [];
  // The span right before or after one naming of the period ("the 6-month guarantee period").
  const nouns = [...s.matchAll(/\bguarantee period\b/g)].map((m) => m.index);
  const near = (x: { index: number }): number => Math.min(...nouns.map((i) => Math.abs(x.index - i)));
  const d = findDurations(s).filter((x) => x.unit !== 'hour').sort((a, b) => near(a) - near(b))[0];
  if (!d || near(d) > 40) return [];
  const days = toDays(d.max, d.unit);
  return days >= 7 && days <= 3650 ? [{ term: 'guarantee.money_back_days', value: days, confidence: 0.7, unit }] : [];
}

function refundPromiseDays(unit: Unit, ctx: RuleContext): Candidate[] {
  const s = unit.norm;
  const byNoun = guaranteePeriodDays(unit, ctx);
  if (byNoun.length > 0) return byNoun;
  const named = inNamedGuarantee(unit) || namedJustBefore(unit, ctx);
  if (!(FULL_REFUND.test(s) || (named && REFUND_WORD.test(s))) || !TRIAL_OR_UNHAPPY.test(s) || OTHER_POLICY_NAME.test(s)) return [];
  if (!named && TRIP_BACK.test(s.replace(KEEPS_GOODS, ' '))) return [];
  const d = findDurations(s).find((x) => x.unit !== 'hour');
  if (!d || REFUND_VERB_BEFORE.test(s.slice(Math.max(0, d.index - 25), d.index)) || PAYMENT_TALK.test(s)) return [];
  // "Refunded within 14 days of receiving your return" is the payout's clock; under a named guarantee, "send it back
  // within 30 days of receipt" is the buyer's time to send the goods back, the guarantee's period.
  if (AFTER_RECEIPT.test(s.slice(d.index)) && !(named && TRIP_BACK.test(s.slice(0, d.index)))) return [];
  const days = toDays(d.max, d.unit);
  return days >= 7 && days <= 3650 ? [{ term: 'guarantee.money_back_days', value: days, confidence: 0.75, unit }] : [];
}

/**
 * "100% satisfaction guaranteed", "our satisfaction guarantee", "happiness guarantee", "love it or your money back";
 * "we guarantee" takes up to two of the owner and degree words before "satisfaction" ("100% customer satisfaction").
 */
const SATISFACTION = fenced(/\b(?:satisfaction (?:is )?(?:100% )?guarantee[ds]?|guarantee[ds]? (?:(?:your|customer|100%|complete|total|full) ){0,2}satisfaction|(?:100%|complete|total) satisfaction guarantee[d]?|happiness guarantee[ds]?|love it or (?:your money back|return it|send it back)|satisfaction promise|no[- ]quibble guarantee|hassle[- ]free guarantee)\b/);

/** "100% satisfied": under a named guarantee (inNamedGuarantee) the guarantee promises satisfaction (test/real/README.md). */
const FULLY_SATISFIED = /\b100% (?:satisfied|happy)\b/;

const satisfaction: Rule = (unit) => {
  const s = unit.norm;
  const c = cue(s, SATISFACTION);
  if (!c) return FULLY_SATISFIED.test(s) && inNamedGuarantee(unit) ? [{ term: 'guarantee.satisfaction', value: true, confidence: 0.75, unit }] : [];
  if (c.negated && !/\b100%\b/.test(s.slice(Math.max(0, c.index - 6), c.index))) {
    return [{ term: 'guarantee.satisfaction', value: false, confidence: 0.7, unit }];
  }
  return [{ term: 'guarantee.satisfaction', value: true, confidence: 0.86, unit }];
};

/** "We match any competitor's lower price", "price match guarantee", "we'll beat any price". */
const PRICE_MATCH = fenced(/\b(?:(?:match|beat) or (?:match|beat) (?:any |a |an |the )?(?:other |another )?(?:competitor|store|retailer|shop|seller|website)'?s?'? (?:lower )?prices?|match (?:competitors?'?s?'?|other retailers'?|other stores'?) prices|(?:found|find|see|seen|spot(?:ted)?) (?:it|this|that|the same|an identical|(?:1|one|any) of our [a-z-]+|(?:an? |the )?(?:item|product)s?)\b[^.?]{0,50}\b(?:for less|cheaper|at a lower price|lower price)|cheaper elsewhere|price[- ]match(?:ing|es)?|price[- ]beat|match (?:any|a|the|their|our competitors'?|competitors'?|competitor's)\b[^.]{0,50}\b(?:lower|cheaper|lowest|better|advertised) prices?|match (?:any|a|the|their) [^.]{0,30}\bprices?|(?:lowest|best|low)[- ]prices? (?:guarantee|promise|pledge)|\bprice promise|honou?r (?:a |any )?(?:lower|cheaper|competitors?'?s?'?) (?:advertised |online )?prices?|\bwe(?:'ll| will)? match (?!our\b)(?:[a-z]+(?:'s)? ){1,2}prices?\b|match (?:\w+ )?prices (?:from|at|of|offered by|on) (?:other|another|competing|any|rival)|beat any\b[^.]{0,25}\bprices?|(?:find|found|see|seen|spot) a (?:lower|better|cheaper) (?:advertised |total )?price|price adjustments?)\b/);

/** Cues where the shopper finds a lower price: said of nobody (no PERSON), they are a situation, not an offer. */
const FINDS_CHEAPER = /^(?:(?:found|find|see|seen|spot(?:ted)?) |cheaper elsewhere)/;
const PERSON = /\b(?:you|your|we|we'll|we've|us|our|i|i'll)\b/;

/** Own-price drops ("if our price drops within 14 days we refund the difference"). */
const PRICE_ADJUSTMENT = fenced(/\b(?:our (?:own )?(?:site|store|website|price)s?(?! (?:promise|match|guarantee|pledge))|price (?:drops?|reductions?|protection|adjustments?)|(?:we|it) (?:reduces?|lowers?|drops?|marks? down) (?:the |our |its )?price|goes on sale|marked down|(?:is|are) reduced)\b/);
/** Price matching said to be unavailable ("price matching is no longer offered", "no price match"). */
const PRICE_MATCH_WITHDRAWN = fenced(/\bprice[- ]match(?:ing|es)? (?:is |are )?(?:not|no longer) (?:currently )?(?:available|offered|possible|provided|something we offer)\b|\bno (?:longer (?:offer )?)?price[- ]match/);
/** Price matching refused ("we do not match competitors' prices", "we can't offer price matching"). */
const PRICE_MATCH_REFUSED = fenced(/\b(?:do not|don't|does not|doesn't|cannot|can't|unable to|will not|won't) (?:offer |provide )?(?:price[- ]match|match (?:any |competitors?'?s?'? |competitor's |other (?:retailers'? |stores'? )?)?(?:prices|price))/);

/** A hedge before a "not": "may not be possible", "might not", "depending on …", "not always". */
const HEDGED_LIMIT = /\b(?:may|might|could) not\b|\bdepending on\b|\bnot always\b/;

const priceMatch: Rule = (unit, ctx) => {
  const s = unit.norm;
  const faq = faqVerdict(s, /\bprice[- ]?match|\bmatch (?:a |any |competitors?'? |other )?(?:prices?|competitors?)|\bbeat (?:a |any )?prices?/);
  if (faq) {
    if (faq.verdict !== undefined) return [{ term: 'guarantee.price_match', value: faq.verdict, confidence: 0.75, unit }];
    return priceMatch({ ...unit, norm: faq.answer }, ctx);
  }
  const c = cue(s, PRICE_MATCH);
  if (!c || unit.kind === 'heading') return [];
  // A shopper finding it cheaper, said of nobody, is a reason or a situation ("found the kettle cheaper elsewhere" in a
  // list of reasons no refund is given); the offer speaks to the shopper or as the shop ("if you find it cheaper",
  // "we'll match"), asks ("Spotted it for less?") or sits in a price-promise section.
  if (FINDS_CHEAPER.test(c.text) && !PERSON.test(s) && !/\?\s*$/.test(s) && unit.sectionTopic !== 'guarantee') return [];
  // "Swap it for something dearer and we match the price of the new one": an exchange's price difference.
  if (EXCHANGE.test(s) && /\bdifference\b|\bextra payment\b|\bmore expensive\b/.test(s) && !/\bcompetitor|elsewhere|another (?:store|retailer|shop|site|website)|other (?:retailers?|stores?|shops?)\b/.test(s)) return [];
  // Refunding the difference when our own price drops is a price adjustment, not matching a competitor.
  if (!c.negated && !/\b(?:do not|don't|cannot|can't|unable to|won't|will not) (?:offer )?(?:price[- ]match|match)/.test(s) && PRICE_ADJUSTMENT.test(s) && !/\bcompetitor|another (?:[a-z]+ )?(?:store|retailer|shop|site|website|seller|dealer)|elsewhere|other (?:[a-z]+ )?(?:retailers?|stores?|shops?|sellers?|dealers?)\b/.test(s)) return [];
  // A price adjustment (refunding the difference on our own later markdown) is not matching a competitor, and neither
  // is its refusal ("clearance items are not eligible for price adjustments"): said alone, it names no price match.
  if (/^price adjustments?$/.test(c.text) && !/price[- ]?match|\bmatch\b/.test(s)) return [];
  // "No price matching on clearance items" limits the offer to part of the range: it neither grants nor refuses it.
  if (c.negated && /^[^.]{0,40}\b(?:on|for|with) (?:clearance|sale|marketplace|open-box|refurbished|third-party|special|pre-?order|bundle|outlet)/.test(s.slice(c.index))) return [];
  // "Depending on where your order is, it may not be possible to price match it": a hedged limit on the offer, said of
  // some orders; it neither grants nor refuses price matching (a refusal's reach, like refusal-reach.ts for returns).
  if (c.negated && HEDGED_LIMIT.test(s.slice(0, c.index))) return [];
  if (PRICE_MATCH_WITHDRAWN.test(s)) {
    return [{ term: 'guarantee.price_match', value: false, confidence: 0.8, unit }];
  }
  if ((c.negated && /price[- ]match|match/.test(c.text)) || PRICE_MATCH_REFUSED.test(s)) {
    return [{ term: 'guarantee.price_match', value: false, confidence: 0.8, unit }];
  }
  return [{ term: 'guarantee.price_match', value: true, confidence: 0.85, unit }];
};

export const GUARANTEE_RULES: Rule[] = [moneyBackDays, satisfaction, priceMatch];
