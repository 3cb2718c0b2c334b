/**
 * Shipping rules: free-shipping threshold, processing and delivery times, express, international, cut-off time, tracking.
 */
import { colonTimes, findTimeRanges, findTimeZone, findTimes, hhmm } from '../language/clock.js';
import { findMoney, quotesPrice } from '../language/money.js';
import { clauseStartAt, cue, faqVerdict, negatedAfter, negatedAt, NEGATOR, NEGATORS, REFUSAL_BEFORE } from '../language/negation.js';
import { findDurations, toDays, type Duration } from '../language/numbers.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../language/day-spans.js';
import { previousNorm, previousUnit, sameSection, type Candidate, type Rule, type RuleContext, type Unit } from '../rule-types.js';
import { CARRIER_HOLD } from './carrier-hold.js';
import { TRADE_WORDS } from './other-subject.js';
import { STANDARD_TIER_WORDS, TIER_PAIRS, standardEntry, tierRank, tierWords, type TierRank } from './service-tiers.js';
import { abroadWords, COUNTRY_ADJECTIVES, COUNTRY_NAME, COUNTRY_NAMES, homeNames, isAbroad, isCurrencyRegion, OPTION_PLACES, OUTLYING_AREAS, PLACE, PLACE_LIST, PLACE_PARTS, PLACES, REGION_NAMES } from '../language/places.js';
import { fenced, fencedRegExp } from '../language/pattern-size.js';
import { CARRIERS } from '../language/third-parties.js';
import { AREA_HEDGE_WORDS } from '../language/voice-words.js';

/**
 * Faster-than-standard services; a value stated for one of these is a variant of the standard one. USPS Priority
 * Mail is the postal service's ordinary parcel service (its express one is Priority Mail Express).
 */
const EXPRESS_WORDS = /\b(?:express|expedited|overnight|next[- ](?:working |business )?day|(?:2|two|2nd)[- ]day|second[- ]day|priority(?! mail\b(?! express))|rush|same[- ]day delivery|saturday delivery|premium (?:shipping|delivery)|special delivery)\b/;
/** Other non-default options and destinations (values for them become variants). */
const OTHER_OPTION = fencedRegExp(String.raw`\b(?:${abroadWords(['head'])}|${[...OPTION_PLACES, ...OUTLYING_AREAS].join('|')}|po box(?:es)?|rural|remote|outlying|highlands|islands|economy|freight|oversized|bulky|large (?:items?|parcels?|packages?)|furniture|white glove|pre-?orders?|back-?orders?|custom(?:ised|ized)? (?:items|orders)|made[- ]to[- ]order|personali[sz]ed|(?:all )?other (?:[a-z]+ )?(?:countries|destinations)|regional(?: areas?)?|(?:major |main )?(?:city |town )?cent(?:re|er)s|(?:major|main|big|large) (?:cities|towns)|(?!(?:all|most|other|our|your|the|delivery|service|these|those|many|some|metro|metropolitan|urban|city|main|major)\b)[a-z-]{3,} (?:areas|zones|regions|suburbs))\b|\([^)]{1,30}\bonly\)`);
const DOMESTIC = /\b(?:domestic|nationwide|national|within (?:the )?country)\b/;
/**
 * Goods coming back to the shop: a return, an exchange, a refund, a repair or a warranty claim. What a sentence about
 * them says of postage, speed, tracking or customs is the shopper's parcel going back ("send your return by a tracked
 * service", "duties on a repair sent from abroad are yours"), not the shop's outbound service. Read by the international
 * and tracking rules (the express rule keeps to returns and refunds: "exchanges go back out by express post" offers it).
 */
const INBOUND = /\b(?:return(?:s|ed|ing)?|refund\w*|exchang\w*|repair\w*|warrant\w*)\b/;

/**
 * "free shipping on orders over $50", "orders of £40 or more ship free", "free delivery above €35", and with the
 * noun first: "delivered freight free", "travels postage-free", "no charge for shipping".
 */
const FREE_SHIPPING = fenced(/\b(?:travel|ships?|go|goes|are delivered|arrive|(?:ship|deliver|post|send)(?:s|ed)?(?: it| them| your order)?) (?:for )?free\b|\b(?:freight|postage|post|carriage|shipping|delivery)[- ]free\b(?! returns?\b)|\bno (?:charge|cost|fee) for (?:shipping|delivery|postage)\b|\bfree\b[^.|]{0,10}\b(?:from|over|above) (?:an? )?(?:order|purchase|spend|basket)|\bno (?:shipping|delivery|postage) (?:charges?|costs?|fees?)\b|\b(?:shipping|delivery|postage)\b[^.]{0,50}\bfree on (?:every|all|any) orders?\b|\b(?:shipping|delivery|postage) (?:is|are) (?:always )?(?:free|on us|complimentary)\b|\bcomplimentary (?:standard |ground |economy |domestic |tracked |uk |us |2-day |express )?(?:shipping|delivery|postage)\b|\bwe (?:cover|pay for) (?:the )?(?:shipping|delivery|postage)\b|\bfree of charge\b(?=[^.]{0,30}\b(?:ship|deliver|postage))|\bfree (?:standard |ground |economy |domestic |uk |us |u\.s\. |tracked |contiguous us |express |expedited |2-day |next-day |international |worldwide )?(?:shipping|delivery|postage|shipment)|\bship(?:s|ping)? (?:is )?(?:for )?free\b|\bdelivered free\b|\bfree\b[^.|]{0,30}\b(?:over|above|on orders)\b/);
const THRESHOLD_WORDS = fenced(/\b(?:threshold|over|above|orders? from|more than|exceed(?:s|ing)?|or more|and up|and over|and above|at least|minimum|min\.?|spend(?:ing)?|orders? (?:totall?ing|worth|of|valued)|purchases? of|qualify(?:ing)?|reach(?:es|ing)?|totals?|hits?|unlock(?:s|ed)?|kicks? in|pass(?:es)?|cross(?:es)?|tops?|comes? to|gets? to|order value|value of)\b|\+/);
/** More ways a free-shipping offer is worded: "or free when you spend $75", "free once your basket reaches £40". */
const FREE_SHIPPING_FAMILIES: RegExp[] = [
  /\bfree\b[^.]{0,30}\b(?:when|if|once) (?:you |your (?:order|basket|cart|bag|purchase) )?(?:spend|reach|total|exceed|hit|comes? to|gets? to|goes over|pass|tops?|is)\b/,
  // "on orders over € 50 it is free", "free shipping from an order value of 50 EUR"
  /\bon orders? (?:over|above|of|from)\b[^.]{0,20}\b(?:it(?:'s| is)|shipping is|delivery is|postage is) free\b|\bfree\b[^.|]{0,20}\bfrom an? (?:order|purchase) (?:value|total) of\b/,
  // "you won't pay a penny for delivery once…", "shipping's on us above $60", "cross C$99 and we cover the postage",
  // "delivery shall be free of charge for orders having a value of £150 or more"
  /\b(?:won't|will not|don't|do not|never) (?:pay|be charged) (?:a penny|a cent|a thing|anything) for (?:delivery|shipping|postage)\b|\b(?:shipping|delivery|postage)(?:'s| is| are) on (?:us|the house)\b|\bwe(?:'ll| will)? (?:cover|pick up|take care of) (?:the )?(?:cost of )?(?:postage|shipping|delivery)\b|\b(?:shipping|delivery|postage|carriage) (?:shall|will) be free(?: of charge)? (?:for|on) orders\b/,
  /\b(?:shipping|delivery|postage) (?:is |becomes |goes )?free (?:when|if|once|for orders|on orders)\b/,
  // "qualify for free door-to-door shipping", "free next-day tracked delivery", "free 2nd class postage": any two words between
  /\bfree (?:[a-z0-9-]+ ){1,2}(?:shipping|delivery|postage|shipment)\b/,
  // "Every order ships free", "orders over £60 are sent free", "all UK orders are delivered free of charge"
  /\b(?:ships?|(?:are|is|get|gets) (?:shipped|delivered|sent|posted|dispatched)) (?:for )?free(?: of charge)?\b/,
  // "Orders over $100 ship at no cost", "shipping is included on orders over $80", "we pay the postage on orders over £30"
  /\b(?:ships?|shipped|delivered|sent|posted) at no (?:extra |additional )?(?:cost|charge)\b|\b(?:shipping|delivery|postage) (?:is )?included (?:on|for|with) (?:all )?orders\b|\bwe pay (?:the )?(?:postage|shipping|delivery)\b/,
  // "$0 shipping on orders over $70", "or nothing at all when you spend $60"
  /[$£€]0(?:\.00)? (?:shipping |delivery |postage )?(?:on|for) (?:all )?orders\b|\bnothing (?:at all )?(?:when|if|once) (?:you )?(?:spend|reach|order)\b/,
  // "We never charge for shipping"
  /\bwe never charge (?:for )?(?:shipping|delivery|postage)\b/,
  // "Shipping is $8.95 flat rate, or free for orders of $100 and up": "free" with the orders it is for, the shipping noun before it
  /\b(?:shipping|delivery|postage|carriage)\b(?:[^.;]|\.(?=\d)){0,50}\bfree (?:for|on|with) (?:all |any )?(?:orders?|purchases?|baskets?|carts?)\b/,
  // "Delivery on orders over £50 is free", "Shipping of standard orders over $35 is free": the orders and their amount
  // between the shipping noun and "is free" (an amount, not any words: "orders placed before noon" is a condition)
  /\b(?:shipping|delivery|postage|carriage)\b (?:for|on|of) (?:(?:all|any|standard|domestic|uk|us|eligible|your) )*(?:\([^)]{0,25}\) )?(?:orders?|purchases?|baskets?|carts?)\b(?: [^.;]{0,20}\b(?:over|above|of|from|exceeding|worth|totall?ing) [$£€]?\d[^.;]{0,20})? (?:is|are|will be|becomes?) (?:always )?free\b/,
  // "Orders over $50: free", "Spend £40+ – free"
  /\b(?:orders?|purchases?|baskets?|spend)\b[^.:|]{0,25}[$£€\d][^.:|]{0,15}(?::|\||–|—|\s-)\s*free\b/,
  // "Shipping is included in the price", "all prices include delivery", "we post everything free", "Delivery: FREE"
  /\b(?:shipping|delivery|postage|carriage)(?: costs?| charges?)? (?:is|are) (?:always )?included in (?:the|our|all|every|each)(?: [a-z]+)? prices?\b|\bprices? (?:include|includes|are inclusive of|already include) (?:free )?(?:standard )?(?:shipping|delivery|postage|carriage)\b|\b(?:ship|deliver|post|send)\w* (?:everything|anything|every order|all orders) (?:for )?free\b|^(?:standard )?(?:shipping|delivery|postage)(?: costs?| charges?| fees?| rates?)?\s*:\s*free\b/,
  // "We waive shipping fees on orders over $50", "delivery charges are waived above £40"
  /\bwaive[sd]? (?:the |all |our )?(?:standard )?(?:shipping|delivery|postage)(?: fees?| charges?| costs?)?\b|\b(?:shipping|delivery|postage) (?:fees?|charges?|costs?) (?:are|is) waived\b/,
].map(fenced);
/** A rate-table row whose price cell says "Free" ("Order total: $50 and over | Standard shipping: FREE"). */
const ROW_FREE = /(?:^|\|\s*)(?:[^|:]*\b(?:shipping|delivery|postage|cost|price|rate|fee|charge)s?[^|:]*:\s*)?free(?: of charge)?\s*(?:\||$)/;

/**
 * The roles an amount plays beside a free-delivery offer: the price charged below the threshold ("orders under £30 are
 * charged £4.99 delivery", "shipping is just $6", "a $5 fee", "$7.95 flat rate") is no threshold, whichever amount a
 * threshold word elsewhere in the sentence governs. Read before and after the amount, like THRESHOLD_BEFORE / _AFTER.
 */
const PRICE_BEFORE = /\b(?:(?:fee|charge|cost|rate|price)s? (?:of|is|will be)|flat(?: rate)?(?: of)?|charge[sd]?|charging|costs?|incurs?|pay|(?:shipping|delivery|postage|it) (?:is|costs?)(?: (?:just|only|a flat))?|just|only)\s*$/;
const PRICE_AFTER = /^\s*(?:flat(?: rate)?\b|per (?:order|parcel|package|item)\b|(?:for |in )?(?:shipping|delivery|postage|p&p|carriage)(?: (?:fee|charge|cost)s?)?\b(?! (?:is|are|will be) (?:free|on us)))/;

/** A free-delivery offer or a charge said of orders abroad: its threshold is the international variant. */
const ABROAD_OFFER = new RegExp(String.raw`\b${abroadWords(['adjective', 'head'])}\b`);

const freeThreshold: Rule = (unit, ctx) => {
  const offered = freeOffer(unit, ctx);
  return offered.length ? offered : chargedBelow(unit, ctx);
};

/**
 * Free delivery stated by what is charged below it (issue 11, "stated indirectly"): "flat rate shipping of $7.95 applies
 * to orders under $75", "the UPS rates are calculated at checkout for orders under $50", "orders under $50 incur a
 * $6.95 shipping fee". A charge word and a delivery word in the sentence, and exactly one amount the orders must stay
 * under; a tier above it ("$3 on orders over $50") makes the sentence a rate table with no free level, so nothing.
 */
const CHARGE_WORD = /\b(?:charge[sd]?|charging|fees?|costs?|rates?|price[sd]?|incurs?|calculated|appl(?:y|ies)|payable)\b/;
const DELIVERY_WORD = /\b(?:ship(?:s|ping|ped)?|deliver(?:y|ies|ed)?|postage|post|carriage|freight|p&p|couriers?|ups|usps|fedex|dhl|royal mail|canada post|australia post|nz post)\b/;
const ORDERS_UNDER = /\b(?:orders?|purchases?|baskets?|carts?|subtotals?|spend(?:ing)?)\b[^.;$£€\d]{0,25}\b(?:under|below|less than|lower than|up to)\s*$/;
const TIER_ABOVE = /\b(?:over|above|more than|exceeding|from|between)\s*$/;

function chargedBelow(unit: Unit, ctx: RuleContext): Candidate[] {
  const s = unit.norm;
  if (!CHARGE_WORD.test(s) || !DELIVERY_WORD.test(s) || INBOUND.test(s)) return [];
  const money = findMoney(unit.text, ctx.dollar);
  const under = money.filter((m) => ORDERS_UNDER.test(s.slice(Math.max(0, m.index - 45), m.index)));
  if (under.length !== 1 || money.some((m) => TIER_ABOVE.test(s.slice(Math.max(0, m.index - 14), m.index)))) return [];
  const m = under[0]!;
  if (negatedAt(s, m.index) || m.amount <= 0 || m.amount > 5000) return [];
  // "orders up to $99.99": the threshold is the next whole amount.
  const amount = Math.round(m.amount * 100) % 100 === 99 ? Math.ceil(m.amount) : m.amount;
  if (pricedAbove(ctx.pageUnits ?? [unit], amount)) return [];
  const scope = (ABROAD_OFFER.test(s) ? 'international' : undefined) ?? memberScope(s);
  return [{ term: 'shipping.free_threshold', value: { amount, currency: m.currency }, confidence: 0.6, unit, ...(scope ? { scope } : {}) }];
}

/**
 * Whether the page prices orders at or over the amount ("a discounted rate of $9.95 if your order is $100 or more"):
 * then the charge below it leads to a cheaper tier, not to free delivery. A sentence that calls them free does not count.
 */
function pricedAbove(units: readonly Unit[], amount: number): boolean {
  const n = `${String(amount).replace('.', '\\.')}(?:\\.00)?(?!\\d|[.,]\\d)`;
  const re = new RegExp(String.raw`\b(?:over|above|more than|exceeding|from|of)\s*\D{0,4}\s?${n}|\D${n}\s*\D{0,4}\s*(?:\+|or more|or over|and (?:up|over|above))`, 'i');
  return units.some(({ text }) => re.test(text) && !/\bfree\b/i.test(text));
}

function freeOffer(unit: Unit, ctx: RuleContext): Candidate[] {
  const s = unit.norm;
  const f = cue(s, FREE_SHIPPING) ?? FREE_SHIPPING_FAMILIES.map((re) => cue(s, re)).find(Boolean) ?? (unit.kind === 'row' ? cue(s, ROW_FREE) : undefined);
  if (!f || f.negated) return [];
  // "Free gift with orders over $100" is a promotion, not free shipping.
  const shippingContext = unit.kind === 'row' || unit.kind === 'item' || unit.sectionTopic === 'shipping';
  if (!shippingContext && !/\b(?:ship|ships|shipping|shipped|delivery|delivered|deliver|postage|post|carriage|freight|travel|dispatch)\b|\bon us\b/.test(s)) return [];
  if (/\bfree (?:returns?|return shipping|exchanges?)\b/.test(f.text) || /\breturn (?:shipping|label)|\b(?:on|for) (?:all )?(?:returns|exchanges)\b/.test(s.slice(f.index, f.index + 40))) return [];
  // "Once your order reaches 40 pounds": on a page priced in pounds, a written-out amount after a threshold word is money.
  // An amount after "under" or after a fee word ("a delivery fee of $5") is the price below the threshold, not it.
  const money = findMoney(unit.text, ctx.dollar).filter((m) => {
    if (m.amount <= 0) return false;
    const before = s.slice(Math.max(0, m.index - 24), m.index);
    if (/\b(?:below|under|less than|up to)\b[^.,;$£€\d]{0,12}$/.test(before) || PRICE_BEFORE.test(before)) return false;
    return !PRICE_AFTER.test(s.slice(m.end, m.end + 24)) || THRESHOLD_BEFORE.test(before.slice(-18)) || THRESHOLD_AFTER.test(s.slice(m.end, m.end + 16));
  });
  // "complimentary standard delivery for all orders over 60": a bare amount after a threshold word is in the page's
  // currency, a guess (lower confidence). "40 pounds" is money only on a page priced in pounds.
  let bare = false;
  if (money.length === 0) {
    const written = BARE_AMOUNT.exec(s);
    if (written && (written[2] === undefined || ctx.pageCurrency === 'GBP')) {
      money.push({ amount: Number(written[1]), currency: ctx.pageCurrency, index: written.index + written[0].indexOf(written[1]!), end: written.index + written[0].length });
      bare = true;
    }
  }
  // "International orders ship free once they reach A$250": the destination named before the cue scopes the offer.
  const scope = fastService(f.text, ctx) ?? (ABROAD_OFFER.test(s.slice(0, f.index + f.text.length)) ? 'international' : undefined) ?? memberScope(s) ?? localScope(unit, ctx, s);
  if (money.length === 0) {
    if (FREE_FOR_ALL.test(s)) {
      if (/\b(?:over|above|more than)\b|(?<!no )\bminimum\b/.test(s)) return [];
      return [{ term: 'shipping.free_threshold', value: { amount: 0, currency: ctx.pageCurrency }, confidence: 0.8, unit, ...(scope ? { scope } : {}) }];
    }
    // "Shipping is free.", "We deliver everything free of charge", "Free standard shipping within Australia": an offer
    // with no amount and no condition is for every order. A bare title ("Free Shipping") may head the condition below.
    if (unit.kind !== 'heading' && !TITLE_ONLY.test(s.trim()) && !CONDITIONAL.test(s)) {
      return [{ term: 'shipping.free_threshold', value: { amount: 0, currency: ctx.pageCurrency }, confidence: 0.65, unit, ...(scope ? { scope } : {}) }];
    }
    return [];
  }
  // "As we offer free shipping within the US, we ask you to cover the $10 return label": no amount is the offer's
  // threshold, and the offer is for every order.
  const governed = money.some((x) => THRESHOLD_BEFORE.test(s.slice(Math.max(0, x.index - 18), x.index)) || THRESHOLD_AFTER.test(s.slice(x.end, x.end + 16)));
  if (!governed && FREE_FOR_ALL.test(`${s.slice(0, f.index).split(/[,;]/).pop()!}${s.slice(f.index).split(/[,;]/)[0]!}`)) {
    return [{ term: 'shipping.free_threshold', value: { amount: 0, currency: ctx.pageCurrency }, confidence: 0.7, unit, ...(scope ? { scope } : {}) }];
  }
  if (!THRESHOLD_WORDS.test(s)) return [];
  // The first amount after the "free shipping" cue, else the first in the sentence ("Spend $75 and get free shipping").
  // The amount a threshold word governs ("over $75", "$75 or more"), else the first after the cue, else the first.
  const m = money.find((x) => THRESHOLD_BEFORE.test(s.slice(Math.max(0, x.index - 18), x.index)) || THRESHOLD_AFTER.test(s.slice(x.end, x.end + 16))) ?? money.find((x) => x.index >= f.index) ?? money[0]!;
  if (m.amount > 5000) return [];
  return [{ term: 'shipping.free_threshold', value: { amount: m.amount, currency: m.currency }, confidence: bare ? 0.6 : 0.88, unit, ...(scope ? { scope } : {}) }];
};

/** What a carrier's ordinary service name is read as: nothing (struck out before the express words are looked for). */
const ORDINARY = ' ';
/**
 * Carriers' service names that carry an express word, written once for the express and free-shipping rules: a market's
 * ordinary service is struck out (Canada Post's "Expedited Parcel", so on a Canadian page "free expedited shipping over
 * $100" is the general offer; "DHL Express" and "FedEx Priority" carry every parcel a shop sends abroad), and Canada
 * Post's one-word "Xpresspost" reads as the express service it is. Keyed by the page's currency; '*' is every market.
 */
const CARRIER_SERVICES: Readonly<Record<string, readonly (readonly [RegExp, string])[]>> = {
  '*': [
    [/\b(?:dhl|fedex|tnt|aramex|ups) (?:express|priority|expedited)\b/g, ORDINARY],
    [/\bcanada post expedited\b/g, ORDINARY],
    [/\bxpresspost\b/g, 'express post'],
  ],
  CAD: [[/\bexpedited\b/g, ORDINARY]],
};

/**
 * A sentence with its carriers' service names read as CARRIER_SERVICES says. The market's own words are read only where
 * `market` asks: in a free-shipping offer "expedited" on a Canadian page is the ordinary service, but "we do not offer
 * expedited shipping" still refuses a faster one.
 */
function readServices(text: string, ctx: RuleContext, market: boolean): string {
  let out = text;
  for (const [re, reading] of [...CARRIER_SERVICES['*']!, ...(market ? (CARRIER_SERVICES[ctx.pageCurrency] ?? []) : [])]) out = out.replace(re, reading);
  return out;
}

/** The faster service a free-shipping offer names, if any (not a carrier's or the page market's ordinary service). */
function fastService(text: string, ctx: RuleContext): string | undefined {
  return EXPRESS_WORDS.exec(readServices(text, ctx, true))?.[0];
}

/**
 * Words that make a free-shipping offer depend on something — an amount, a code, a season, a kind of order or
 * customer, a hedge: with any of them and no amount, the page states no threshold.
 */
const CONDITIONAL =
  fenced(/\b(?:over|above|more than|exceed\w*|minimum|min\.?|spend\w*|when|if|once|unless|orders? (?:of|worth|totall?ing|valued)|qualif\w*|eligib\w*|promo\w*|codes?|coupons?|vouchers?|select(?:ed)?|certain|some|may|might|can|could|occasional\w*|sometimes|first|members?|membership|subscri\w*|rewards?|loyalty|except\w*|exclud\w*|sale|limited|until|during|today|weekend|holiday|christmas|black friday|returns?|exchanges?|labels?|replac\w*|repair\w*|warrant\w*|faulty|defect\w*|gifts?|samples?|pick-?up|collect\w*|click|local|nearby|within \d|km|miles?|radius|threshold|value|amount|certain|\d+ (?:or more )?items?|buy \d|bundle|not|no|never|isn't|aren't)\b|\?/);
/** A line that is only the offer's name ("Free Shipping", "FREE UK DELIVERY!"): it may head the condition below it. */
const TITLE_ONLY = /^(?:[-*•]\s*)?free (?:[a-z]+ ){0,2}(?:shipping|delivery|postage)\W*$/;

/** Free delivery on every order, no threshold: "free shipping on all orders", "we never charge for shipping". */
const FREE_FOR_ALL =
  fenced(/\b(?:free|on us|complimentary)\b[^.]{0,25}\b(?:on|for|with) (?:all|every|any) (?:orders?|purchases?|items?)\b|\bno minimum\b|\bfree (?:standard |ground |domestic |uk |us )?(?:shipping|delivery|postage) on (?:all|every|any) (?:orders?|purchases?|items?)\b|\ball orders ship free\b|\bfree (?:standard )?(?:shipping|delivery) (?:on|for) everything\b|\bwe (?:always )?offer free (?:standard )?(?:shipping|delivery)\b|\balways free (?:shipping|delivery)\b|\bfree (?:shipping|delivery) (?:is included )?(?:on|for|with) (?:all|every)\b|\b(?:every|all|each) (?:[a-z]{2,12} )?orders? (?:ships?|(?:are|is|get|gets) (?:shipped|delivered|sent|posted)) (?:for )?free\b|\b(?:shipping|delivery|postage) is always (?:free|complimentary|on us)\b|\bwe never charge (?:for )?(?:shipping|delivery|postage)\b|\bfree (?:shipping|delivery|postage),? no minimum\b/);
/**
 * An amount with no currency sign after a threshold word: "orders over 60", "once your order reaches 40 pounds" (money,
 * not weight, on a GBP page). Counts of things, weights and times are not amounts.
 */
const BARE_AMOUNT = fenced(/\b(?:reach(?:es)?|over|above|spend|orders? of|more than|exceed(?:s|ing)?) (\d+(?:\.\d{2})?)(?: (pounds))?\b(?![.,]\d)(?! ?(?:kg|kilos?|g\b|grams?|lbs?|oz|items?|units?|pieces?|products?|bottles?|pairs?|%|per ?cent|days?|hours?|weeks?|months?|years?|countries|in weight|weight|heavy|-|kr\b|kr\.|sek|nok|dkk|kn\b|zł|zl\b|pln|czk|kč|huf|ft\b|lei|ron|chf|fr\.))/);
/** Words right before an amount that make it a threshold: "over $75", "spend £40", "orders of €50". */
const THRESHOLD_BEFORE = /(?:over|above|more than|exceed\w*|at least|minimum(?: of)?|min\.?|spend(?:ing)?|of|orders?|purchases?|threshold:?|from|reach(?:es)?|totals?|hits?|pass(?:es)?|cross(?:es)?|tops?|comes? to|gets? to)\s*$/;
/** Words right after an amount that make it a threshold: "$75+", "$75 or more", "£50 and over". */
const THRESHOLD_AFTER = /^\s*(?:\+|or more|or over|and (?:up|over|above)|minimum)/;

/**
 * A customer group or programme an offer is only for (test/real/README.md: the ordinary checkout's threshold decides):
 * members, subscribers, and trade buyers ("wholesale customers receive free shipping on orders of $250 or more").
 */
/** Buyers an offer may be kept for: members of a scheme, and trade buyers (memberScope's two scopes). */
const MEMBER_WORDS = /\b(?:members?|rewards|loyalty|vip|subscribers?|prime)\b/;
const TRADE_BUYERS = fencedRegExp(`\\b(?:${[...TRADE_WORDS, 'trade', 'business'].join('|')})s? (?:customers?|accounts?|buyers?|clients?|orders?|partners?)\\b`);
function memberScope(s: string): string | undefined {
  if (MEMBER_WORDS.test(s)) return 'members';
  return TRADE_BUYERS.test(s) ? 'trade customers' : undefined;
}

/**
 * The shop's own delivery round near it ("Local delivery: 1-3 days", "delivered by bicycle in central neighbourhoods",
 * a "Local shipping" section) beside shipping beyond it on the same page (nationwide, by a carrier): the round is one
 * option, a variant, and the shipping beyond it carries the general terms. A shop whose only delivery is its local
 * round has no such second service, and its round's terms are the general ones (tuning animalnutritioncenter,
 * newdigate-feeds). A sentence that names both ("free local delivery and free nationwide shipping over $50") is general.
 */
const LOCAL_SERVICE = /\blocal (?:delivery|deliveries|shipping|courier|drop-?offs?)\b|\b(?:by|via) (?:bike|bicycle|cargo bike)\b|\b(?:bike|bicycle) couriers?\b|\bhand[- ]deliver/;
/**
 * Delivery beyond the round: nationwide words, "anywhere in" a country, region or part of one (not "anywhere in town"),
 * or a carrier by name (not the end of "pick-ups" or "top-ups": a hyphen is a word boundary).
 */
const BEYOND_LOCAL = fencedRegExp(
  String.raw`\b(?:nationwide|nationally|all 50 (?:u\.?s\.? )?states|across the country|carriers?)\b` +
    String.raw`|\banywhere in (?:the (?:country|world)\b|(?:the )?(?:(?:continental|contiguous|mainland) )?(?:${PLACE}|${PLACE_PARTS.join('|')}|us\b))` +
    String.raw`|(?<!-)\b(?:${CARRIERS.join('|')})\b`,
);
const LOCAL_SCOPE = 'local delivery';
const beyondLocalCache = new WeakMap<readonly Unit[], boolean>();

function localScope(unit: Unit, ctx: RuleContext, s: string): string | undefined {
  if (BEYOND_LOCAL.test(s)) return undefined;
  const heading = unit.headingPath.map((h) => h.toLowerCase()).filter((h) => LOCAL_SERVICE.test(h) || BEYOND_LOCAL.test(h)).at(-1);
  // A sentence with no label of its own after a line that opens with the local round's label ("Local Delivery: 1-3
  // days." / "Free delivery for orders over $35.") goes on with that entry.
  const before = previousUnit(unit, ctx.pageUnits);
  const continues = before !== undefined && before.kind !== 'heading' && !/^[^.:]{1,40}:/.test(s) && /^[^.:]{0,40}:/.test(before.norm) && LOCAL_SERVICE.test(before.norm.split(':')[0]!);
  const localHeading = heading !== undefined && !BEYOND_LOCAL.test(heading);
  if (!LOCAL_SERVICE.test(s) && !localHeading && !continues) return undefined;
  const units = ctx.pageUnits;
  if (!units) return undefined;
  let beyond = beyondLocalCache.get(units);
  if (beyond === undefined) {
    beyond = units.some((u) => BEYOND_LOCAL.test(u.norm) && !LOCAL_SERVICE.test(u.norm));
    beyondLocalCache.set(units, beyond);
  }
  return beyond ? LOCAL_SCOPE : undefined;
}

/** Range value from a duration in days ("1-2 business days" → {1,2}; "24 hours" → {1,1}; "within 3 days" → {3,3}). */
function dayRange(d: Duration): { min: number; max: number } | undefined {
  if (d.unit === 'month' || d.unit === 'year') return undefined;
  const min = toDays(d.min, d.unit);
  const max = toDays(d.max, d.unit);
  if (max < 0 || max > 60 || min > max) return undefined;
  return { min, max };
}

/** Cues of the time before dispatch: "orders are processed within 1-2 business days", "ships in 24 hours", "dispatched the same day". */
const PROCESSING_CUE =
  fenced(/\b(?:process(?:ed|ing)|process (?:(?:your|all|the|each|every|most) )?orders?|(?:shipping|dispatch|order|packing|fulfil(?:l)?ment) process|handling(?: time)?|fulfil(?:l)?(?:ed|ment)|dispatch(?:ed|es)?|ship(?:s|ped)?(?: out)?|shipping out|get(?:s|ting)? (?:your |the |all |most |our |every )?(?:orders?|parcels?|packages?|it|them) (?:out|sent|posted|dispatched)|leaves? (?:our|the) (?:[a-z]+ ){0,3}(?:warehouse|facility|studio|workshop|shop|premises|factory|bakery|kitchen|roastery|dock)|hand(?:s|ed)? (?:every |each |all |your |our )?(?:orders?|parcels?|packages?) (?:over )?to|leaves? us|(?:parcels?|orders?|packages?|shipments?) (?:usually |normally |typically |generally )?(?:leave|depart)|pack(?:s|ed)? (?:and ship )?(?:your )?orders?|prepared?|packed|made[- ]to[- ]order|production(?: time)?|lead time|(?:order )?turn-?around time|go(?:es)? out|sent out|on (?:its|their) way|to leave|handed (?:over )?to (?:the |our )?(?:courier|carrier)|with (?:the |our )?(?:courier|carrier)|out the door|to make|handled|to be (?:sent|posted|mailed)|(?:post|mail|send)(?:s|ed)? (?:out )?(?:all |your |the |most |our )?(?:orders?|parcels?)|orders? (?:are|is|will be|get) (?:usually |normally |typically )?(?:posted|mailed|sent))\b/g);
/** Cues of the time in transit: "standard shipping takes 3–5 business days", "arrives in 5-7 days", "Delivery time: 2–4 days". */
const DELIVERY_CUE =
  fenced(/\b(?:deliver(?:y|ed|ies|s)?|arriv(?:e|es|al)|transit|shipping (?:times?|takes|is)|(?:shipment|shipping|delivery) (?:timelines?|timeframes?|estimates?)|(?:be|is|are|usually|normally|generally|typically) received|ground|standard|economy|receives? (?:your|their|it|the|an?) (?:order|package|parcel)|(?:be|arrive|land)s? with you|(?:on|at) your (?:door(?:step)?|doorstep)|expect (?:your |the )?(?:parcel|package|order|delivery|shipment)|reach(?:es)? (?:you|customers|the customer|your (?:door|address|home)|(?:its|their) destination)|get to you|(?:post|postage|mail|airmail)(?= (?:usually |normally |typically |generally |only )?takes?\b)|estimated|tracked|(?<!(?:to|with) (?:the |our |a )?)couriers?|(?<!\bto )(?:usps|ups|fedex|royal mail|canada post|auspost|dhl)|(?<!(?:to|with) )(?:australia|nz|an|japan) post(?= ?(?::|\(|-|(?:usually |normally |typically |generally )?(?:delivers|takes)))|parcel post(?= ?(?::|\(|-))|dpd|evri|hermes|yodel|colissimo|purolator|parcelforce)\b/g);
/**
 * Sentences about other clocks: refunds, warranty repairs, replies, reporting damage, and the consumer's right to
 * withdraw from a contract ("may dissolve the agreement within 14 days", "the cooling-off period"), the EU pages' return.
 */
const NOT_SHIPPING_TIME = /\b(?:refund|return(?:ed|s)?\b|warrant|repl(?:y|ies)|respond|response|cancel|report|notify|claim|exchange|withdraw|dissolv|cooling[- ]off)|\b(?:get in touch|contact us|let us know|tell us|email us|message us) within\b/;
/** The shopper's own check of what arrived: "inspect your delivery within 48 hours", "check the parcel on arrival". */
const SHOPPER_CHECKS: readonly string[] = ['inspect', 'examine', 'check (?:your|the) (?:delivery|parcel|package|order|goods|items?)'];
/** Goods that travel by e-mail, not by carrier: "gift cards arrive by email within 24 hours", "downloads are sent at once". */
const SENT_BY_EMAIL: readonly string[] = ['gift ?cards?', 'e-?gift', 'e-?vouchers?', 'gift vouchers?', 'digital (?:products?|downloads?|items?|goods)', 'downloads?'];
/**
 * The payment's own clock, not the order's: a bank, card issuer or payment service as the one that takes the time
 * ("your bank can take up to 2 business days to process bank transfers"), or money as what is processed or cleared
 * ("allow 3 days to clear cheques"). Word classes: who handles the money, and the money handled.
 */
const MONEY_PARTIES: readonly string[] = ['banks?', 'card (?:issuer|company|provider)s?', 'financial institutions?', 'payment (?:provider|processor|service)s?', 'paypal'];
const MONEY_ITEMS: readonly string[] = ['bank transfers?', 'wire transfers?', 'transfers?', 'payments?', 'cheques?', 'checks?', 'funds', 'transactions?'];
/** Words of money: a span "to arrive" in a sentence about money is the money's ("allow 5 days for the refund to reach you"). */
const MONEY_WORDS: readonly string[] = ['money', 'funds', 'credit', 'refund', 'card', 'bank', 'account'];
const MONEY_WORD = new RegExp(String.raw`\b(?:${MONEY_WORDS.join('|')})\b`);
const MONEY_CLOCK = `\\b(?:your|the) (?:${MONEY_PARTIES.join('|')}) (?:\\w+ ){0,2}(?:takes?|needs?|requires?)\\b|\\bto (?:process|clear) (?:the |your |a |any )?(?:${MONEY_ITEMS.join('|')})\\b`;

/**
 * Clocks in a shipping sentence that are not the parcel's way to the shopper, read in the duration's own clause: the
 * shopper's deadline to check or report ("inspect your delivery within 48 hours"), a parcel the carrier holds or
 * brings back (CARRIER_HOLD: "held at the depot for 7 days", "returned to sender after 14 days"), and goods that
 * travel by e-mail ("gift cards arrive by email within 24 hours"); also the payment's own clock (MONEY_CLOCK).
 */
const OTHER_CLOCK = fencedRegExp(
  `${MONEY_CLOCK}|${CARRIER_HOLD.source}|\\btracking\\b[^.]{0,40}\\b(?:to (?:show|update|appear|activate|register|load)|before it (?:shows|updates|appears))|\\b(?:${[...SHOPPER_CHECKS, ...SENT_BY_EMAIL].join('|')})\\b`,
);

/**
 * A time the sentence does not give as the shop's own, whatever clock its cue names. Word classes, each read where it
 * governs the duration: a promise disclaimed before it in its clause ("we cannot guarantee delivery within 24 hours",
 * "the courier is unable to promise next-day"); another trader named before a transit time ("the cheaper retailer
 * must have it available for delivery within 48 hours", "depending on where the vendor is located, orders arrive in
 * 2-20 days"), the competitor's time or a marketplace's spread of its sellers' places (a marketplace's "shipped by the
 * vendor within 10 days" is still the order's dispatch, so processing times are kept); and the shopper's wait before chasing a parcel, after it ("please wait 5
 * days before contacting us", "give it 2 weeks before sending us a message", "allow 3 days and check with your
 * neighbours"), a claim's clock like CLAIM_HEADING's.
 */
/** Bounds of a time with a negator in them ("no later than 2 days", "not more than a week"): a limit stated, nothing refused. */
const TIME_BOUNDS = fenced(/\b(?:no|not) (?:later|more|longer|fewer|less) than\b|\bnot (?:exceed|take (?:more|longer))\b|\bnot (?:including|counting)\b/g);
const PROMISE_VERBS: readonly string[] = ['guarantee', 'promise', 'commit to', 'assure', 'ensure'];
const PROMISE_DISCLAIMED = fencedRegExp(String.raw`${NEGATOR}(?: to)?\s+(?:[a-z]+\s+){0,2}?(?:${PROMISE_VERBS.join('|')})\w*\b[^.;]*$`);
/** The same promise disclaimed right after its time, in its clause: "delivery within 2 days cannot be guaranteed". */
const PROMISE_DISCLAIMED_AFTER = fencedRegExp(String.raw`^[^.;,]{0,30}?\b(?:is|are|can|will) ?(?:not|n't|cannot) (?:be )?(?:${PROMISE_VERBS.map((v) => v.split(' ')[0]).join('|')})d\b`);
/**
 * A time added to another ("an extra 2 days to the islands", "an additional transit time of 1-2 days applies"): an
 * increment, not a time of its own. After a processing span it is the transit that follows ("1-2 days to pack and an
 * additional 3-5 days in transit"), so it counts there.
 */
const INCREMENT_BEFORE = fenced(/\b(?:an? )?(?:extra|additional)\s+(?:[a-z]+\s+){0,3}?(?:of\s+)?(?:up to\s+)?$/);
const OTHER_TRADERS: readonly string[] = ['vendors?', 'sellers?', 'retailers?', 'competitors?', 'merchants?', 'stockists?'];
const OTHER_TRADER = fencedRegExp(String.raw`\b(?:the|each|every|other|another|individual|independent|third[- ]party)\s+(?:[a-z-]+\s+)?(?:${OTHER_TRADERS.join('|')})\b`);
const CHASE_ACTS: readonly string[] = ['contact\\w*', 'reach\\w* out', 'get\\w* in touch', 'send\\w* us', 'e-?mail\\w*', 'call\\w*', 'messag\\w*', 'chas\\w*', 'report\\w*', 'rais\\w*', 'lodg\\w*', 'fil\\w*', 'open\\w*', 'submit\\w*', 'mak\\w* a claim'];
/** The chase named by its noun: "wait up to 10 working days before any investigation can be opened", "before a trace is requested". */
const CHASE_NOUNS: readonly string[] = ['investigat\\w*', 'traces?', 'claims?', 'enquir\\w*', 'inquir\\w*', 'searche?s?'];
const WAIT_BEFORE_CHASE = fencedRegExp(String.raw`^[^.;]{0,60}?\bbefore (?:(?:you |we )?(?:${CHASE_ACTS.join('|')})|(?:an? |any |the |our |their )?(?:${CHASE_NOUNS.join('|')}))\b|\bcheck with (?:your |the )?neighbou?rs?\b`);
/**
 * A definition opening its sentence ("(Defined as no longer moving after 30 days from shipment.)", "i.e. not delivered
 * within 15 days") defines the word the sentence before ended on; after a parcel's loss or delay it is the time a parcel
 * counts as lost, a claim's clock like CLAIM_HEADING's, not a transit time.
 */
const DEFINITION_OPENS = /^\W{0,3}(?:defined as|i\.?e\.?|that is|meaning|which means)\b/;
const LOSS_ENDS = /\b(?:lost|missing|late|delayed|undelivered|not (?:yet )?(?:arrived|received|delivered))\W*$/;

/**
 * Goods arriving at the shop, not the shopper ("special orders can take up to 14 days to arrive with us", "parts take
 * 3-4 days to reach us from the maker", "stock lands at our warehouse within a week"): the supplier's transit, a wait
 * before processing, never the delivery time. One table of the shop's own places.
 */
const SHOP_PLACES: readonly string[] = ['warehouse', 'shop', 'store', 'studio', 'workshop', 'premises', 'office', 'depot', 'facility', 'showroom', 'stockroom'];
const AT_THE_SHOP = String.raw`(?:arriv\w*|deliver\w*|reach\w*|get|gets|come|comes|land\w*)(?: back)? (?:with|to|at|in|into) (?:us|our (?:[a-z]+ )?(?:${SHOP_PLACES.join('|')}))\b|\breach(?:es)? us\b`;
const AT_THE_SHOP_AFTER = fencedRegExp(String.raw`^[^.;]{0,40}?\b(?:${AT_THE_SHOP})`);
const AT_THE_SHOP_BEFORE = fencedRegExp(String.raw`\b(?:${AT_THE_SHOP})[^.;]{0,30}$`);

function notOwnTime(s: string, index: number, end: number, clock: 'processing' | 'delivery'): boolean {
  if (clock === 'delivery' && (AT_THE_SHOP_AFTER.test(s.slice(end)) || AT_THE_SHOP_BEFORE.test(s.slice(clauseStartAt(s, index), index)))) return true;
  return negatedAt(s.replace(TIME_BOUNDS, (m) => ' '.repeat(m.length)), index) || PROMISE_DISCLAIMED.test(s.slice(clauseStartAt(s, index), index)) || (clock === 'delivery' && OTHER_TRADER.test(s.slice(0, index))) || WAIT_BEFORE_CHASE.test(s.slice(end)) || PROMISE_DISCLAIMED_AFTER.test(s.slice(end)) || (INCREMENT_BEFORE.test(s.slice(clauseStartAt(s, index), index)) && !PROCESSING_SPAN_BEFORE.test(s.slice(0, index)));
}
/** A processing span stated before in the sentence ("we pack in 1-2 days; transit takes an additional 3-5"): the transit is added to it. */
const PACKING = String.raw`\b(?:process|pack|dispatch|despatch|ship|handl|prepar|mak)\w*`;
const PROCESSING_SPAN_BEFORE = fencedRegExp(String.raw`\b\d+\b[^.]{0,60}${PACKING}|${PACKING}[^.]{0,40}\b\d`);

/** Where the clause that holds a duration ends: the next stop, semicolon, bracket or ", and / but / with / if" after it. */
function clauseEnd(s: string, end: number): number {
  return end + s.slice(end).split(/[.;!?(]|,\s*(?:and|but|or|while|whereas|with|if|unless)\b|\b(?:but|whereas)\b/)[0]!.length;
}

/** The clause that holds a duration: from its clause start to its clause end. */
function clauseOf(s: string, index: number, end: number): string {
  return s.slice(clauseStartAt(s, index), clauseEnd(s, end));
}

/** "Dispatched for delivery within 1-2 days": the delivery it is sent for is the purpose, the clock is dispatch. */
const DISPATCHED_FOR = /\b((?:dispatch|despatch|ship|sent|send|post|hand)\w*(?: out)?) for (?:delivery|shipping|shipment)\b/g;

/** A cue must sit this close before the duration it governs. */
const CUE_REACH = 70;

/** Which clock a duration belongs to: the nearest processing or delivery cue before it in the same sentence. */
/**
 * A transit time is counted from the day the parcel leaves: a duration followed by "after processing", "from the
 * shipping date", "once shipped", "from time of pickup", or preceded by "after being processed in", is the delivery
 * clock whichever verb is nearer ("delivered after being processed in 3 to 7 days", "received within 7-10 days after
 * processing").
 */
const FROM_DISPATCH_AFTER = fenced(/^[^.]{0,30}?\b(?:after|from|once|following)\s+(?:being\s+)?(?:(?:order )?processing|processed|dispatch(?:ed)?|shipping|shipped|it(?:'s| is| has been)? (?:shipped|dispatched|sent)|(?:your |the )?(?:orders?|parcels?|packages?|consignments?) (?:has |have )?(?:been |is |are |was )?(?:shipped|dispatched|despatched|sent|collected|picked up)|(?:the )?(?:time|day|moment|point) (?:when )?(?:the |our |your )?(?:courier|carrier|driver|postal service) (?:collects|picks up|receives)|(?:the |its )?(?:shipping|dispatch|ship|shipment) date|(?:the )?time of (?:pick-?up|dispatch|shipping|shipment)|pick-?up|(?:it|they|your order) (?:leaves?|ships?))\b/);
const FROM_DISPATCH_BEFORE = /\bafter (?:being |it is |it's |it has been )?(?:processed|dispatched|shipped)\s*(?:in|within)?\s*(?:approximately |about |around )?$/;
/** A listed service and its time: "Domestic shipping (within the USA) - 2-7 business days", "Standard post: 3–5 days", "Regular Post (3-6 working days)". */
const OPTION_LINE_BEFORE = /\b(?:shipping|delivery|post(?:age)?|mail|service)\b[^.:(]{0,30}(?:[:–—(]|\s-)\s*(?:approx\.?|approximately|about|around|est\.?|estimated)?\s*$/;

/**
 * Dispatch named as the moment a clock starts ("estimates from the date of dispatch", "once your order ships, …") is
 * no processing cue: what follows is counted after it — transit, or a notice such as the tracking e-mail.
 */
const SINCE_DISPATCH =
  fenced(/\b(?:from|after|since|following) (?:the )?(?:date|day|time) of (?:dispatch|shipping|shipment)\b|\bonce (?:your |the |an? )?(?:orders?|parcels?|packages?|items?) (?:has been |have been |has |have |is |are )?(?:shipped|dispatched|ships|leaves?|left)\b|\bonce (?:(?:it(?:'s| is| has been| has)|they(?:'re| are| have been| have)) )?(?:shipped|dispatched)\b/g);
const NOTICE = /\b(?:tracking|e-?mail|notification|confirmation|sms|text message)\b/;

/**
 * The act of sending a parcel out, as the end of a wait before it ("allow 10-14 days before shipping", "3-5 days before
 * posting", "2 days until your order ships", "prior to it being dispatched"): one word class for every verb form.
 */
const DISPATCH_ACT =
  "(?:shipping|dispatch(?:ing)?|posting|mailing|sending(?: (?:it|them|your order))?|(?:(?:your |the )?(?:orders?|parcels?|packages?|items?)|it|they) (?:ships?|(?:is|are|being|gets?) (?:shipped|dispatched|sent|posted|mailed)|leaves?|goes out|go out)|it(?:'s| is| being) (?:shipped|dispatched|sent|posted|mailed))\\b";

/** A span some thing takes, needs or is allowed ("take 3-7 days", "allow 5 days", "it can take up to"). */
const TAKES_BEFORE = /\b(?:takes?|taking|took|need|needs|allow|require[sd]?)\s+(?:(?:up to|about|around|approximately|between|roughly|from|only|just|usually|typically|normally|generally)\s+)*$/;
/** The arrival a span leads to, right after its unit: "to arrive", "to reach you", "to be delivered". */
const TO_ARRIVE_AFTER = /^\s*(?:(?:business|working)\s+)?(?:days?\s+)?(?:for (?:it|them|your (?:order|parcel|package)) )?to (?:arrive|reach (?:you|your|the customer|its destination)|get to you|be delivered|land)\b/;

/** A span counted from the order or its payment, right after its unit: "… days after the order is placed", "of purchase". */
const FROM_ORDER_AFTER = /^\S+[^.]{0,12}?\b(?:after|from|of) (?:the |your |an |a )?(?:(?:customer|buyer) )?(?:order (?:is |has been |was |being )?(?:placed|received|made|submitted)|(?:customer |buyer )?(?:has |have )?placed (?:the |your |an |a )?order|placing (?:the |your |an |a )?order|payment (?:is |has been |was |being )?(?:received|cleared|confirmed|made)|receipt of (?:the |your )?(?:order|payment)|purchase|ordering)\b/;
/** Words of the parcel's arrival: a sentence with them counts the span to the door, not to dispatch. */
const ARRIVAL_WORDS = /\b(?:deliver\w*|arriv\w*|reach(?:es)? you|receive (?:your|it|them|the (?:order|parcel|package))|transit|on your doorstep)\b/;
/**
 * A span read as the time to dispatch only from where it is counted (the order), its verb out of a cue's reach: weaker
 * evidence than a cue beside the span, so a processing time stated with its cue elsewhere on the page outranks it.
 */
const FROM_ORDER_CONFIDENCE = 0.7;

/**
 * The arrival a span is allowed for, later in its clause ("… days, counted from collection, for it to be delivered",
 * "… days from when the carrier picks it up to deliver it to you"), with no act of packing or sending the span could be
 * for standing between them.
 */
const ARRIVAL_LATER = /^[^.;!?]{0,90}?\b(?:for (?:it|them|(?:the |your )?(?:orders?|parcels?|packages?|items?|consignments?)) )?to (?:arrive|be delivered|deliver (?:it|them|your|the|to)|reach (?:you|your)|get to you)\b/;
const PACKING_INFINITIVE = /\bto (?:be )?(?:process|pack|prepar|dispatch|despatch|ship|send|post|make|made|produc|print|craft)\w*/;

function arrivalLater(afterUnit: string): boolean {
  const m = ARRIVAL_LATER.exec(afterUnit);
  return m !== null && !PACKING_INFINITIVE.test(afterUnit.slice(0, m.index + m[0].length).replace(/\bto (?:arrive|be delivered|deliver|reach|get to you)\b.*$/, ''));
}

/**
 * The clock a span's own noun names right after its unit word, nothing between: "… days for processing", "of handling",
 * "in transit" (not "1-2 days; transit takes 3-5 more", where the noun opens the next clause).
 */
const OWN_PROCESSING_AFTER = /^\w+ (?:(?:for|of) (?:order )?)?(?:processing|handling|packing|production)\b(?! (?:of |your |the |a )*(?:returns?|refunds?|exchanges?|claims?)\b)/;
const OWN_TRANSIT_AFTER = /^\w+ (?:(?:in|of) )?transit\b/;

function ownClockAfter(afterUnit: string): 'processing' | 'delivery' | undefined {
  if (OWN_PROCESSING_AFTER.test(afterUnit)) return 'processing';
  return OWN_TRANSIT_AFTER.test(afterUnit) ? 'delivery' : undefined;
}

function countedFromOrder(s: string, afterUnit: string): boolean {
  return FROM_ORDER_AFTER.test(afterUnit) && LEAVES_WORDS.test(s) && !ARRIVAL_WORDS.test(s);
}

/** Whether a cue of either clock stands in `window` (the cues are global patterns: their position is reset after). */
function cueIn(window: string): boolean {
  const found = PROCESSING_CUE.test(window) || DELIVERY_CUE.test(window);
  PROCESSING_CUE.lastIndex = 0;
  DELIVERY_CUE.lastIndex = 0;
  return found;
}

/** The text from a span's unit word on ("days after the order is placed …"); undefined when no unit word follows. */
function fromUnitWord(s: string, index: number): string | undefined {
  const at = s.slice(index).search(/\b(?:hours?|hrs?|days?|weeks?|wks?)\b/);
  return at >= 0 ? s.slice(index + at) : undefined;
}

function clockOf(s: string, index: number, row: boolean): 'processing' | 'delivery' | undefined {
  // A bracketed aside between the cue and the duration does not count toward the distance ("we ship orders (in which
  // we have received payment for) … within 24 - 48 hours").
  const raw = s.slice(Math.max(0, index - 3 * CUE_REACH), index).replace(/\([^)]*\)/g, ' ').replace(DISPATCHED_FOR, '$1').slice(-CUE_REACH);
  const window = raw.replace(SINCE_DISPATCH, ' ');
  if (window !== raw && !cueIn(window)) return NOTICE.test(window) ? undefined : 'delivery';
  const afterUnit = fromUnitWord(s, index) ?? s.slice(index);
  // (What is counted from dispatch may be a notice, not the parcel: "tracking may not show for 24 hours after the order is dispatched".)
  if (FROM_DISPATCH_AFTER.test(afterUnit.replace(/^\S+/, '')) || FROM_DISPATCH_BEFORE.test(window)) return NOTICE.test(window) ? undefined : 'delivery';
  // "7 to 21 days in transit with 1 to 5 days for processing", "2 days of handling and 3-6 days in transit": the noun
  // right after a span names its clock, whatever cue stands before it for the sentence's other span.
  const own = ownClockAfter(afterUnit);
  if (own) return own;
  // "Orders processed here take 3-7 days to arrive", "parcels sent by courier need 2 days to be delivered": a span that
  // something takes to arrive names its clock after it, whatever verb stands nearer before it.
  if (TAKES_BEFORE.test(window) && TO_ARRIVE_AFTER.test(afterUnit.replace(/^\S+/, '')) && !MONEY_WORD.test(s)) return 'delivery';
  const last = (re: RegExp): number => {
    let at = -1;
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) at = m.index;
    return at;
  };
  const p = last(PROCESSING_CUE);
  const d = last(DELIVERY_CUE);
  if (p < 0 && d < 0) {
    // "Please allow 1 to 3 working days for us to pack and dispatch your order": the cue follows the duration.
    // Read from the duration's unit word, so a long span ("between 10 and 15 working days") keeps its cue in reach.
    const after = afterUnit.slice(0, 60);
    if (/^[^.]{0,30}\bfor (?:us|your order|orders?|it|our [a-z ]{1,25}) to (?:be )?(?:pack|dispatch|process|prepare|ship|make|made|handcraft|craft|ready|created|poured|sewn|built|finished)/.test(after)) return 'processing';
    if (/^[^.]{0,30}\bto (?:pack|process|prepare|dispatch|ship|make|handcraft) (?:and (?:ship|dispatch|send) )?(?:your|the|each|every) orders?\b/.test(after)) return 'processing';
    // "Orders take 1-2 business days to process", "allow 2 days to be packed and dispatched"
    if (/^[^.]{0,30}\bto (?:be )?(?:process(?:ed)?|pack(?:ed)?|prepare[d]?|dispatch(?:ed)?|despatch(?:ed)?|fulfil(?:l)?(?:ed)?)\b/.test(after) && !/\breturn|refund/.test(after)) return 'processing';
    if (new RegExp(`^[^.]{0,30}\\b(?:before|until|prior to) (?:${DISPATCH_ACT})`).test(after)) return 'processing';
    // "there is a 24-48 hour processing time", "a 3-day handling period"
    if (/^(?:[a-z-]+ ){0,3}?(?:processing|handling|dispatch|production|turnaround|lead|fulfil(?:l)?ment) (?:times?|periods?)\b/.test(afterUnit.replace(/^\S+\s*/, ''))) return 'processing';
    if (/^[^.]{0,30}\bfor (?:order |your order to be |orders to be )?(?:processing|processed|dispatch|handling|production|making|crafting|packing)\b/.test(after)) return 'processing';
    // "we need 3 business days to get your order ready"
    if (/^[^.]{0,30}\bto get (?:your|the|each|every) (?:orders?|parcels?|packages?|items?) (?:ready|packed|out)\b/.test(after)) return 'processing';
    // "print orders take 3-4 working days to produce"
    if (/^[^.]{0,30}\bto (?:be )?(?:produced?|printed|engraved|made|make|create[d]?|(?:hand)?craft(?:ed)?|build|built|sewn?|finish(?:ed)?)\b/.test(after) && !/\breturn|refund|repair/.test(after)) return 'processing';
    // "we need 5 business days to craft your piece"
    if (/^[^.]{0,30}\bto (?:make|craft|handcraft|create|build|sew|finish) (?:your|the|each|every) (?:orders?|pieces?|items?|products?|designs?)\b/.test(after)) return 'processing';
    if (/^[^.]{0,30}\bfor (?:your |the )?(?:orders?|parcels?|packages?|deliver(?:y|ies)|items?) to (?:arrive|be delivered|reach)/.test(after)) return 'delivery';
    if (/^[^.]{0,25}\bfor (?:delivery|transit)\b/.test(after)) return 'delivery';
    // "it takes 3-5 days for the courier to deliver to your door"
    if (/^[^.]{0,30}\bfor (?:the |your |our )?[a-z]+(?: [a-z]+)? to deliver\b/.test(after)) return 'delivery';
    // "orders may take 1-12 business days to be sent to destination", "allow 5 days to arrive"
    // (Money that reaches you is a refund: "allow up to 10 days for it to reach you" after "the money goes back".)
    if (/^[^.]{0,30}\bto (?:arrive|reach you|get to you|be delivered|be (?:sent|shipped) to (?:the |its |your )?(?:destination|door|address))\b/.test(after) && !/\b(?:money|funds|credit|card|paypal|bank|account)\b/.test(s)) return 'delivery';
    if (OPTION_LINE_BEFORE.test(window)) return 'delivery';
    // "allow 3 to 10 business days from the time the courier collects your consignment to deliver it to you": the
    // arrival the span leads to may stand past a clause of where it is counted from, out of the short reach above.
    if (arrivalLater(afterUnit) && !MONEY_WORD.test(s)) return 'delivery';
    // "It takes 2-7 business days after the order is placed for the package to be shipped", "we ship orders (…) within
    // 24-48 hours after payment has been received": a span counted from the order, in a sentence of leaving and of no
    // arrival, is the time to dispatch however far its verb stands.
    if (countedFromOrder(s, afterUnit)) return 'processing';
    return row && /\b(?:deliver|transit|arriv|time)\b/.test(s) ? 'delivery' : undefined;
  }
  return d > p ? 'delivery' : 'processing';
}

/**
 * A time stated for a busy season ("during peak times it may take up to 2 days", "over the Christmas months allow 3
 * weeks") is a variant, not the shop's usual time.
 */
const SEASON = fenced(/\b(?:during|over|in|at|for) (?:the |our |busy |peak )*(?:peak|busy|busier|holiday|christmas|festive|sale|black friday|cyber monday|high[- ]volume|promotional?)\b[^.]{0,12}?\b(?:times?|periods?|seasons?|months?|weeks?|sales?|events?)\b|\bpeak (?:times?|periods?|seasons?)\b|\b(?:holiday|christmas|festive) (?:season|period|rush)\b/);
/** A month by name or abbreviation but "may", a verb far more often: DATED takes it only beside a day ("18 May", "May 18th"). */
const MONTH = `(?:${[...MONTH_NAMES.filter((m) => m !== 'may'), ...MONTH_ABBREVIATIONS].join('|')})`;
/**
 * A calendar date makes a cut-off a one-off notice ("orders placed after 10am on Friday 20th December ship in
 * January", "order by 2pm on 18 December for Christmas"): a variant of the usual cut-off.
 */
const DATED = fencedRegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH}|may)\\b|\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?\\b|\\bmay \\d{1,2}(?:st|nd|rd|th)\\b|\\b20[2-3]\\d\\b`);
const DATED_SCOPE = 'dated notice';
const CLAIM_HEADING = /\b(?:lost|missing|late|delayed|damaged|claims?|not (?:yet )?(?:arrived|received))\b/i;
/** Words that name what a shipping clock is of: the order, the parcel, the goods, or the act of sending them. */
const ORDER_WORDS = fenced(/\b(?:orders?|ship\w*|dispatch\w*|despatch\w*|deliver\w*|parcels?|packages?|items?|goods|products?|post\w*|mail\w*|courier\w*|pack\w*|made|make|arriv\w*|transit)\b/);
/** Words of a sentence about the shop's own orders leaving or arriving, whatever section holds it. */
const OWN_ORDERS = fenced(/\b(?:we (?:\w+ ){0,2}(?:ship|dispatch|process|send|post)|orders? (?:are|is|will be|usually|normally|typically|generally) (?:\w+ )?(?:shipped|dispatched|processed|sent|delivered)|shipping times?|delivery (?:times?|takes))\b/);

/**
 * Where one sentence lists several times ("major centres 1-2 days - outlying areas 2-3 days - couriers: 2-4 days"), each
 * time's option or region is the one named since the previous time, not the first one in the sentence; a segment that
 * names nothing of its own keeps the sentence's scope unless it opens a new labelled entry ("…: 2-4 days").
 */
const ENTRY_LABEL = /[:|]|\s[-–]\s|\boffers?\b/;
/** A region or option attached after the time: "2-3 days to rural areas", "3-5 days (metro)". */
const SCOPE_AFTER = /^\s*(?:business |working )?(?:days?|weeks?|hours?)?\s*(?:\(|\bfor |\bto |\bin |\bwithin )(?:the )?(?:[a-z]+ ){0,2}?$/;

function timeScope(s: string, start: number, index: number, end: number, home: RegExp | undefined): string | undefined {
  const before = s.slice(0, index);
  const segment = s.slice(start, index);
  const own = start > 0 ? optionScope(segment, home) : undefined;
  let scope = own ?? (start > 0 && ENTRY_LABEL.test(segment) ? undefined : optionScope(before, home));
  if (scope === undefined) {
    // "3-5 days to rural areas": a region named right after the time.
    const after = s.slice(end, end + 45).split(/[.;,]/)[0]!;
    const region = OTHER_OPTION.exec(after);
    if (region && SCOPE_AFTER.test(after.slice(0, region.index)) && !(home?.test(after) ?? false)) scope = region[0];
  }
  return scope;
}

/**
 * A time stated for a region of several countries ("North America: 5-10 business days", "shipping within North America
 * takes 4-15 days", "10-30 days to Asia") is that destination group's, a variant: a page that gives times by region
 * states no general one (test/real/README.md). Regions only: a single country may be the shop's own market read under
 * the wrong currency (a Canadian page whose bare "$" reads as US dollars), and a euro shop's "Europe" is its home market.
 * The region must be where the parcel goes — after to / in / within / across / for, or as the entry's label — not where
 * it leaves from; an entry that also names the home market ("the US and North America: 3-5 days") is the general case.
 */
const REGION_NAMED = new RegExp(`(?:the )?(?:${REGION_NAMES.join('|')})(?![a-z])`, 'g');
const DESTINATION_BEFORE = /(?:\b(?:to|in|within|across|throughout|for|into)\s+|^\W*|[:|•*]\s*)$/;
const REGION_AFTER = new RegExp(`^\\s*(?:business |working )?(?:days?|weeks?)?\\s*(?:to|in|within|across|throughout|for) ((?:the )?(?:${REGION_NAMES.join('|')}))(?![a-z])`);

function regionScope(s: string, start: number, index: number, end: number, home: RegExp | undefined, currency: string): string | undefined {
  const entry = s.slice(start, index).split(/[.;!?]/).pop()!;
  if (DOMESTIC.test(entry) || (home?.test(entry) ?? false)) return undefined;
  for (const m of entry.matchAll(REGION_NAMED)) {
    if (DESTINATION_BEFORE.test(entry.slice(Math.max(0, m.index - 12), m.index)) && !isCurrencyRegion(m[0], currency)) return m[0].trim();
  }
  const after = REGION_AFTER.exec(s.slice(end, end + 45));
  return after && !isCurrencyRegion(after[1]!, currency) ? after[1]!.trim() : undefined;
}

/**
 * An area the page sets against the rest of the market ("Metro Manila: 1-3 days" / "Outside Metro Manila: 3-5 days",
 * "within the M25" / "outside the M25"): naming "outside X" makes X one area among those the shop delivers to, so a
 * time whose entry names X or "outside X", or an entry line in a run of lines one of which does, is an area's time in a
 * table by area, and the page states no general one (test/real/README.md). Countries and regions of countries are left
 * to the international scopes (outside them is abroad), and so is anything not a place ("outside our control",
 * "outside business hours").
 */
const OUTSIDE_AREA = /\boutside (?:of )?((?:the )?[a-z][a-z0-9'’-]*(?: [a-z][a-z0-9'’-]*){0,2}?)\s*(?=[:);,.(]|\s[-–—]\s|$)/g;
const NOT_AN_AREA = /^(?:the )?(?:our|your|its|their|this|these|those|that|normal|business|working|office|opening|usual|regular|standard|delivery|shipping|service|hours?|times?|days?|window|period|scope|range|control|policy|terms|warranty|guarantee|stock|the box|[a-z]+ hours)\b/;
const COUNTRY_OR_REGION: ReadonlySet<string> = new Set([...COUNTRY_NAMES, ...REGION_NAMES, 'us', 'usa', 'uk', 'eu']);
/** A contrasted area and its pattern, compiled once a page (OUTSIDE_AREA captures no pattern syntax to escape). */
type ContrastedArea = { readonly name: string; readonly pattern: RegExp };
const contrastedCache = new WeakMap<readonly Unit[], readonly ContrastedArea[]>();

function contrastedAreas(units: readonly Unit[]): readonly ContrastedArea[] {
  let areas = contrastedCache.get(units);
  if (areas === undefined) {
    const found = new Set<string>();
    for (const u of units) {
      if (!u.norm.includes('outside')) continue;
      for (const m of u.norm.matchAll(OUTSIDE_AREA)) {
        const area = m[1]!.replace(/^the /, '');
        if (!NOT_AN_AREA.test(m[1]!) && !COUNTRY_OR_REGION.has(area) && !DOMESTIC.test(area) && !ABROAD_OPTION.test(area)) found.add(area);
      }
    }
    areas = [...found].map((name) => ({ name, pattern: new RegExp(String.raw`\b${name}\b`) }));
    contrastedCache.set(units, areas);
  }
  return areas;
}

function namesArea(label: string, areas: readonly ContrastedArea[], home: RegExp | undefined): string | undefined {
  if (home?.test(label) ?? false) return undefined;
  return areas.find((a) => a.pattern.test(label))?.name;
}

function contrastScope(unit: Unit, ctx: RuleContext, segment: string, home: RegExp | undefined): string | undefined {
  const units = ctx.pageUnits;
  if (!units || units[unit.order] !== unit) return undefined;
  const areas = contrastedAreas(units);
  if (areas.length === 0) return undefined;
  const own = namesArea(segment, areas, home);
  if (own) return /\boutside (?:of )?(?:the )?$/.test(segment.slice(0, segment.indexOf(own))) ? `outside ${own}` : own;
  // "Visayas and Mindanao - 5 to 15 days" below "Within Metro Manila - 3 to 5 days": one line of the same table.
  const entry = entryLine(unit);
  if (!entry || !LABEL_THEN_TIME.test(entry.label)) return undefined;
  const labelled = (u: Unit): string | undefined => {
    const e = entryLine(u);
    return e && LABEL_THEN_TIME.test(e.label) ? e.label : undefined;
  };
  for (const step of [-1, 1] as const) {
    for (const label of entryRun(unit, units, step, labelled)) {
      if (namesArea(label, areas, home)) return entry.label.replace(/[\s:|–—-]+$/, '').trim() || 'one area';
    }
  }
  return undefined;
}

/** The area named right after a time ("5-7 days for tier 2 cities", "2-3 days to the islands"), if not the home market. */
const AREA_AFTER = fenced(/^\s*(?:business |working )?(?:days?|weeks?)?\s*(?:for|to|in|within) (?:the )?((?!(?:your|you|us|our|delivery|deliveries|transit|most|some|general|total|advance|stock|processing|dispatch|arrive|reach|be|get|receive|process|ship|the customer|customers|orders?|each|every|it|them|a|an)\b)[a-z0-9-]+(?: [a-z0-9&-]+){0,4})/);

/**
 * The section a value sits under names its option or destination: a time or an offer under "International orders",
 * "Express", "Overseas" or "Rural deliveries" is that option's, a variant, not the general one. The nearest heading that
 * names an option, the home market or the standard service decides; a sentence that names the home market or the
 * standard service itself is the general case whatever its heading ("Worldwide shipping" > "US orders arrive in 3-5
 * days"). Page titles ("International shipping policy", "Delivery information") name the whole page, not a section.
 */
const PAGE_TITLE_WORDS = /\b(?:polic(?:y|ies)|information|info|faqs?|terms|conditions|guide|overview|details|and returns|& returns)\b/;
const ABROAD_OPTION = new RegExp(String.raw`\b${abroadWords(['adjective', 'adverb'])}\b`);

function headingScope(unit: Unit, s: string, home: RegExp | undefined): string | undefined {
  if (DOMESTIC.test(s) || (home?.test(s) ?? false) || /\bstandard\b/.test(s)) return undefined;
  for (let i = unit.headingPath.length - 1; i >= 0; i--) {
    const h = unit.headingPath[i]!.toLowerCase();
    // A short line that pairs a label with its value ("Dispatch: next working day") is an entry read as a heading, not
    // the name of an option: toUnits reads it as an entry but leaves it in the path, where a titled section ("Returns:
    // the short version") looks the same.
    if (/:\s*\S/.test(h)) continue;
    if (DOMESTIC.test(h) || (home?.test(h) ?? false) || /\b(?:standard|regular)\b/.test(h)) return undefined;
    if (PAGE_TITLE_WORDS.test(h)) continue;
    const named = EXPRESS_WORDS.exec(h)?.[0] ?? ABROAD_OPTION.exec(h)?.[0];
    if (named) return named;
  }
  return undefined;
}

function trailingArea(s: string, end: number, home: RegExp | undefined): string | undefined {
  const area = AREA_AFTER.exec(s.slice(end).split(/[.;,]|\s[-–]\s/)[0]!)?.[1];
  return area && !(home?.test(area) ?? false) && !DOMESTIC.test(area) ? area : undefined;
}

/**
 * A second stage after processing, opening its sentence or clause: "thereafter", "then", "after that", "once processed".
 * A span after it stacks on the processing span before it (the sentence before, or the same sentence), with no total.
 */
const STAGE_WORD = '(?:thereafter|then|after that|afterwards|once (?:it is |they are |orders are |your order is )?(?:processed|ready|packed))';
/** The stage word opening a clause before the span; inside a sentence "after which" opens one too. */
const NEXT_STAGE = fencedRegExp(String.raw`(?:^|[,;]\s*|\band\s+)(?:${STAGE_WORD}|after which)\b[^.;]*$`);
/** The stage word opening the sentence. */
const STAGE_OPENS = new RegExp(String.raw`^${STAGE_WORD}\b`);
const PROCESSED_SPAN = /\bprocess\w*\b[^.;]{0,40}\b(?:within|in|takes?)\s+\d/;

function stackedStage(unit: Unit, ctx: RuleContext, s: string, index: number): boolean {
  // The second stage: its clause opens with a stage word and a processing span stands before it.
  const before = s.slice(0, index);
  const previous = previousNorm(unit, ctx);
  if (NEXT_STAGE.test(before) && (PROCESSED_SPAN.test(before) || PROCESSED_SPAN.test(previous))) return true;
  if (STAGE_OPENS.test(s) && PROCESSED_SPAN.test(previous)) return true;
  // The first stage: a processing span whose next sentence opens a stacked stage with a span of its own.
  const next = ctx.pageUnits?.[unit.order + 1];
  const after = s.slice(index);
  return PROCESSED_SPAN.test(s) && ((next !== undefined && ctx.pageUnits?.[unit.order] === unit && STAGE_OPENS.test(next.norm) && /\d/.test(next.norm) && LEAVES_WORDS.test(next.norm)) || (/[,;]\s*(?:and\s+)?(?:thereafter|then|after that|after which)\b[^.;]*\d/.test(after) && LEAVES_WORDS.test(after)));
}

/**
 * The term named beside its span ("order processing time is 1-3 days", "allow 5-7 business days for processing",
 * "processing time (0-1 days)", "delivery time: 2-4 days"): such a span outranks one from a sentence that only touches
 * the clock ("fresh production will not exceed 10 days", "staff can pack and ship within 24 hours"), which otherwise
 * wins by coming first. The names of each clock, looked for within NAMED_REACH characters either side of the span.
 */
/** The names of the stage before dispatch: CLOCK_NAMES' and, with a few more, STAGE_LABEL's. */
const PROCESSING_STAGES = 'processing|handling|dispatch|fulfil+ment';
const CLOCK_NAMES: Readonly<Record<'processing' | 'delivery', RegExp>> = {
  processing: new RegExp(String.raw`\b(?:${PROCESSING_STAGES}) (?:times?|periods?)\b|\bfor (?:processing|handling)\b`),
  delivery: /\b(?:delivery|transit) (?:times?|periods?)\b/,
};
const NAMED_REACH = 40;
const NAMED_CLOCK_CONFIDENCE = 0.85;

function namesClock(clock: 'processing' | 'delivery', s: string, index: number, end: number): boolean {
  const clause = `${s.slice(Math.max(0, index - NAMED_REACH), index).split(/[.;]/).pop()!} ${s.slice(end, end + NAMED_REACH).split(/[.;]/)[0]!}`;
  // "The delivery period might take 2 to 4 weeks depending on the location": a hedged span earns no rank from the name.
  return CLOCK_NAMES[clock].test(clause) && !/\b(?:might|may|could|depending|depends)\b/.test(clause);
}

/**
 * Orders leave the same day or the next, whichever the hour decides ("we ship the same or next business day", "we process
 * your order either the same day you place it or the next day based on the time"): zero to one day before dispatch.
 */
const SAME_OR_NEXT_DAY = /\bsame (?:(?:business |working )?day(?: (?!next\b)[a-z']+){0,7}? )?or (?:the )?next (?:business |working )?day\b/;
/**
 * The order leaves on the next (business) day, said by a verb of leaving or processing with at most a few words of
 * manner between ("in-stock items ship the next business day", "your order will be processed on the next working day
 * after it's placed", "US orders ship via USPS by the next business day"): one day before dispatch. Not an arrival
 * ("ship your order to arrive by the next day").
 */
const NEXT_DAY_LEAVES = new RegExp(String.raw`\b(?:ship|dispatch|process|go out|leave)(?:s|ped|es|ed)?(?: (?!(?:to|and|or)\b)(?!arriv|deliver|reach|receiv)[a-z.]+){0,3}? (?:on |by )?the (?:next|following) (?:business|working) day\b`);
/**
 * The next day only for some orders: those placed after an hour or a cut-off, or on a day the shop does not work
 * ("orders received on bank holidays are dispatched on the next working day"), which is the cut-off's rule, not the
 * time to dispatch. Days named as not counted ("excluding weekends and holidays") name no such orders.
 */
const SOME_ORDERS_NEXT_DAY = /\b(?:after|before|by|past)\s+\d|\bnoon\b|\bmidday\b|\bcut-?off\b|\bweekends?\b|\b(?:saturday|sunday|friday)s?\b|\bholidays?\b/;
const NOT_COUNTED_DAYS = /\b(?:excluding|except(?: for)?|not including|other than)\b[^.;)]*/g;

/** No cue of either clock within reach before a span: its clock was read from after it (countedFromOrder and kin). */
function farFromCue(s: string, index: number): boolean {
  if (cueIn(s.slice(Math.max(0, index - CUE_REACH), index))) return false;
  const afterUnit = fromUnitWord(s, index);
  return afterUnit !== undefined && countedFromOrder(s, afterUnit);
}

function shippingTimes(unit: Unit, ctx: RuleContext): Candidate[] {
  const s = unit.norm;
  // Another clock's words (a refund, a reply, a cancellation) void what follows them up to the end of their clause:
  // "once we receive your return we process it within 5 days" is no dispatch time, but in "we dispatch within 2
  // days; to cancel, contact us first" the dispatch clause comes before them.
  const otherAt = s.search(NOT_SHIPPING_TIME);
  if (otherAt === 0) return [];
  // A page flattened without its headings puts "we ship orders within 5 days" under a returns heading: a sentence
  // about the shop's own orders leaving is read in any section; other sentences only in shipping or support ones.
  if (unit.sectionTopic && unit.sectionTopic !== 'shipping' && unit.sectionTopic !== 'support' && !OWN_ORDERS.test(s)) return [];
  // Under "Lost item" or "Late deliveries" the times are how long to wait before a claim, not transit times.
  if (CLAIM_HEADING.test(unit.headingPath[unit.headingPath.length - 1] ?? '')) return [];
  // "Please allow 5-7 business days for processing" right after a refund sentence: a bare clock that names no order
  // or parcel takes its subject from the sentence before, and there it is the refund's.
  if (!ORDER_WORDS.test(s) && NOT_SHIPPING_TIME.test(previousNorm(unit, ctx))) return [];
  if (DEFINITION_OPENS.test(s) && LOSS_ENDS.test(previousNorm(unit, ctx))) return [];
  const out: Candidate[] = [];
  let processing = false;
  let delivery = false;
  // "Our processing time (0-1 days) - we usually ship the same day": the span the page names outranks the words.
  const durations = findDurations(s);
  const namedSpan = durations.some((d) => namesClock('processing', s, d.index, d.end));
  if (otherAt >= 0 || namedSpan) {
    // (the same-day and next-day readings below look at the whole sentence, so they keep to sentences free of it)
  } else if (SAME_DAY.test(s) && cutoffFrameOf(unit) !== undefined && !/\bsame or (?:the )?next\b/.test(s)) {
    // "We dispatch orders placed before 11am on that same day": zero processing days (corpus convention).
    out.push({ term: 'shipping.processing_days', value: { min: 0, max: 0 }, confidence: 0.72, unit });
    processing = true;
  } else if (SAME_OR_NEXT_DAY.test(s) && /\b(?:pack|dispatch|ship|process)/.test(s)) {
    out.push({ term: 'shipping.processing_days', value: { min: 0, max: 1 }, confidence: 0.75, unit });
    processing = true;
  } else if (/\bsame[- ]day (?:dispatch|shipping|processing)\b|\b(?:ship|dispatch|process)\w* (?:your |all |the )?(?:orders? )?(?:on )?the (?:same )?day (?:(?:your |the )?orders? (?:is|are) |it is |it's |they are )?(?:received|placed)\b|\b(?:ship|dispatch|sent|send|process|leave|go out)(?:ped|ed|es|s)?(?: it| them| your order)? (?:out )?(?:on )?(?:the )?same (?:business |working )?day\b/.test(s) && !/\bafter\s+\d/.test(s) && !/\bnext (?:business |working )?day\b[^.]{0,30}$/.test(s.replace(/same[^.]*$/, ''))) {
    // A same-day shipper has zero processing days (corpus convention); an explicit processing time stated elsewhere wins.
    out.push({ term: 'shipping.processing_days', value: { min: 0, max: 0 }, confidence: 0.7, unit });
    processing = true;
  }
  // "Dispatch: next working day", "Handling time - same day": a stage's label with a worded day for its value.
  const labelled = processing || otherAt >= 0 || namedSpan ? undefined : labelledDay(s);
  if (labelled) {
    out.push({ term: labelled.term, value: { min: labelled.days, max: labelled.days }, confidence: 0.72, unit });
    if (labelled.term === 'shipping.processing_days') processing = true;
  }
  // "In-stock items ship the next business day" (no cut-off time in the sentence): one day before dispatch.
  if (!processing && otherAt < 0 && !namedSpan && NEXT_DAY_LEAVES.test(s) && !SOME_ORDERS_NEXT_DAY.test(s.replace(NOT_COUNTED_DAYS, ' '))) {
    out.push({ term: 'shipping.processing_days', value: { min: 1, max: 1 }, confidence: 0.7, unit });
    processing = true;
  }
  const home = homeNames(ctx.pageCurrency);
  // "3-5 days for metro cities, 5-7 days for regional towns": when two or more times each name the area they are for,
  // the sentence is a table by area with no general time (test/real/README.md), so each time keeps its area as scope.
  const areas = durations.map((d) => trailingArea(s, d.end, home));
  const byArea = areas.filter(Boolean).length >= 2;
  let segmentStart = 0;
  let generalAt: number | undefined;
  const siblingServices: { min: number; max: number }[] = [];
  const respective = respectiveTiers(s, durations);
  for (let i = 0; i < durations.length; i++) {
    let d = durations[i]!;
    const start = segmentStart;
    segmentStart = d.end;
    // "from 2 days to 1 week": two durations joined into one range.
    const next = durations[i + 1];
    if (next && !respective && /^\s*(?:to|-|and|or)\s*$/.test(s.slice(d.end, next.index)) && toDays(next.max, next.unit) > toDays(d.max, d.unit)) {
      d = { ...d, min: toDays(d.min, d.unit), max: toDays(next.max, next.unit), unit: 'day', end: next.end };
      i++;
    }
    // "We roast four days a week": a frequency, not a time.
    if (/^[^.]{0,12}\b(?:a|per|each|every) week\b/.test(s.slice(d.index)) && !/\bwithin\b/.test(s.slice(Math.max(0, d.index - 12), d.index))) continue;
    if (otherAt >= 0 && otherAt < clauseEnd(s, d.end)) continue;
    if (OTHER_CLOCK.test(clauseOf(s, d.index, d.end))) continue;
    // "Ground / 1 Day / 2 Day": a service's name, not a time.
    if (dayNameAt(s, d.index, d.end)) continue;
    const clock = clockOf(s, d.index, unit.kind === 'row');
    const tier = respective?.[i];
    if (tier && clock === 'delivery' && !notOwnTime(s, d.index, d.end, clock)) {
      const r = dayRange(d);
      if (!r) continue;
      out.push({ term: 'shipping.delivery_days', value: r, confidence: 0.82, unit, ...(tier.rank === 'fast' ? { scope: tier.word } : {}) });
      delivery ||= tier.rank !== 'fast';
      continue;
    }
    if (!clock) {
      // A labelled entry whose service the cues do not know ("Postnet offers 3-5 working days") beside a known one.
      const r = dayRange(d);
      if (r && labelledService(s.slice(start, d.index), home)) siblingServices.push(r);
      continue;
    }
    if (notOwnTime(s, d.index, d.end, clock)) continue;
    if (clock === 'processing' && processing) continue;
    // "Processed within 1-2 days. Thereafter, orders are shipped out within 24-48 hours": two stacked stages and no
    // total, so neither span alone is the time to dispatch (test/real/README.md).
    if (clock === 'processing' && stackedStage(unit, ctx, s, d.index)) continue;
    if (clock === 'delivery' && delivery) {
      // A second labelled service after the general time ("Postnet offers 3-5 days, Courier offers 2-3 days").
      const later = dayRange(d);
      if (later && labelledService(s.slice(start, d.index), home)) siblingServices.push(later);
      continue;
    }
    if (d.unit === 'hour' && (clock === 'delivery' ? d.max < 24 : d.max > 72)) continue;
    const r = dayRange(d);
    if (!r || (clock === 'delivery' && r.max < 1)) continue;
    // The season must govern this duration: "within 3 days (allow double over Christmas)" is the usual time.
    // A season after a comma hedges the usual time ("3-5 days before posting, this may extend during busy periods").
    const clause = `${s.slice(0, d.index).replace(/\([^)]*\)/g, ' ')} ${s.slice(d.index).split(/[.;(,]/)[0]}`;
    const scope = (unit.kind === 'row' ? optionScope(s, home) : timeScope(s, start, d.index, d.end, home)) ?? (SEASON.test(clause) ? 'peak season' : undefined) ?? (byArea ? areas[i] : undefined) ?? (clock === 'delivery' ? (regionScope(s, start, d.index, d.end, home, ctx.pageCurrency) ?? contrastScope(unit, ctx, s.slice(start, d.index), home) ?? localScope(unit, ctx, s) ?? headingScope(unit, s, home)) : undefined);
    // A time scoped to one option or region does not end the search: the general one may follow in the same list.
    if (clock === 'processing') {
      processing = scope === undefined;
      const confidence = namesClock('processing', s, d.index, d.end) ? NAMED_CLOCK_CONFIDENCE : farFromCue(s, d.index) ? FROM_ORDER_CONFIDENCE : 0.82;
      out.push({ term: 'shipping.processing_days', value: r, confidence, unit, ...(scope ? { scope } : {}) });
    } else {
      delivery = scope === undefined;
      if (delivery && labelledService(s.slice(start, d.index), home)) generalAt = out.length;
      out.push({ term: 'shipping.delivery_days', value: r, confidence: namesClock('delivery', s, d.index, d.end) ? NAMED_CLOCK_CONFIDENCE : 0.82, unit, ...(scope ? { scope } : {}) });
    }
  }
  // Services listed side by side, each with its own time and none named the standard one: no general time
  // (test/real/README.md), so the first keeps a scope and becomes a variant like the rest.
  const general = generalAt === undefined ? undefined : out[generalAt]!;
  // The same list set out one service a line ("Postnet offers 3-5 days" / "Courier Service offers 2-3 days").
  if (general && unit.kind !== 'row' && unit.norm.length <= ENTRY_LINE_MAX) siblingServices.push(...neighbourServices(unit, ctx, home));
  if (general && siblingServices.some((r) => JSON.stringify(r) !== JSON.stringify(general.value))) out[generalAt!] = { ...general, scope: SIDE_BY_SIDE };
  tierChooser(unit, ctx, out);
  if (!delivery && otherAt < 0) out.push(...wordedDayService(unit));
  return out;
}

/**
 * Tiers named first and timed after in the same order ("choose Tracked 24 or Tracked 48, which arrive within 1-2 or 2-3
 * working days", "premium or economy post, 1-2 or 4-6 days"): two tier words of different rank, one of them fast, before
 * the first of exactly two times joined by "or" / "and" / a comma. Each time is its tier's, so the time in the standard
 * (or base) tier's place is the standard service's and the other is the faster option's (service-tiers.ts), whichever
 * is named first. Returns the tier of each of the two durations, by their index among the durations; undefined otherwise.
 */
const TIMES_JOINED = /^\s*(?:\(?(?:business|working)\s+days?\)?)?\s*(?:,\s*)?(?:or|and|\/|,)\s*(?:(?:within|in|between|about|around|approximately)\s+)?$/;
function respectiveTiers(s: string, durations: readonly Duration[]): Record<number, { rank: TierRank; word: string; index: number }> | undefined {
  if (durations.length !== 2 || !TIMES_JOINED.test(s.slice(durations[0]!.end, durations[1]!.index))) return undefined;
  const words = tierWords(s.slice(0, durations[0]!.index));
  if (words.length !== 2 || words[0]!.rank === words[1]!.rank || !words.some((w) => w.rank === 'fast')) return undefined;
  if (standardEntry(words.map((w) => w.rank)) === undefined) return undefined;
  return { 0: words[0]!, 1: words[1]! };
}

/**
 * The entry lines next to a unit in one direction, nearest first: what `read` makes of each unit of the same section,
 * up to TIER_RUN_MAX away, until one is no entry. The tier chooser and the area contrast read the same run.
 */
function* entryRun<T>(unit: Unit, units: readonly Unit[], step: -1 | 1, read: (u: Unit) => T | undefined): Generator<T> {
  for (let i = unit.order + step; Math.abs(i - unit.order) <= TIER_RUN_MAX; i += step) {
    const u = units[i];
    const value = u && sameSection(u, unit) ? read(u) : undefined;
    if (value === undefined) return;
    yield value;
  }
}

/**
 * The chooser among services listed a line each, each line with its own delivery time ("UK Economy - 3-5 working days"
 * / "Premium - 1-3 working days" / "Express - next working day"): the run of such entry lines in the unit's section is
 * one list, and the entry ranked standard, else the base (cheapest) tier, is the standard service (service-tiers.ts),
 * not the first or last listed. Its time is the general one even when its name ("economy") reads as an option
 * elsewhere; the other entries' times become variants named by their tier. A list with no such entry keeps the
 * side-by-side reading above (no general time).
 */
const TIER_RUN_MAX = 8;
const STANDARD_SERVICE = /\b(?:standard|regular)\s+(?:[a-z]+\s+)?(?:shipping|delivery|post(?:age)?|mail|service|parcel)\b/;
function tierChooser(unit: Unit, ctx: RuleContext, out: Candidate[]): void {
  const at = out.findIndex((c) => c.term === 'shipping.delivery_days');
  if (at < 0 || unit.kind === 'row' || out.filter((c) => c.term === 'shipping.delivery_days').length !== 1) return;
  const units = ctx.pageUnits;
  if (!units || units[unit.order] !== unit) return;
  const label = entryLabel(unit);
  if (label === undefined) return;
  const run: string[] = [label];
  let own = 0;
  for (const step of [-1, 1] as const) {
    for (const l of entryRun(unit, units, step, entryLabel)) {
      if (step < 0) { run.unshift(l); own++; } else run.push(l);
    }
  }
  if (run.length < 2) return;
  const list = run.join(' ');
  const ranks = run.map((l) => tierRank(l, list));
  const standard = standardEntry(ranks);
  if (standard === undefined) return;
  const c = out[at]!;
  if (standard === own) {
    // A base tier is the standard only where the page names no standard service of its own elsewhere.
    if (ranks[own] === 'base' && units.some((u) => STANDARD_SERVICE.test(u.norm) && !run.includes(entryLabel(u) ?? '\0'))) return;
    if (c.scope !== undefined && (c.scope === SIDE_BY_SIDE || tierRank(c.scope) === ranks[own])) out[at] = { ...c, scope: undefined };
  } else if (c.scope === undefined) {
    out[at] = { ...c, scope: tierWords(run[own]!, list).at(-1)?.word ?? SIDE_BY_SIDE };
  }
}

/**
 * A line that may be one entry of a list of services: not a table row, short, not another clock's, with exactly one
 * time. Gives the text before the time (the entry's label, if it has one) and the time; undefined otherwise. `text` is
 * the line as the caller reads it (tierChooser drops a list's lead-in first).
 */
function entryLine(u: Unit, text = u.norm): { label: string; time: Duration } | undefined {
  if (u.kind === 'row' || text.length > ENTRY_LINE_MAX || NOT_SHIPPING_TIME.test(text)) return undefined;
  const durations = findDurations(text);
  return durations.length === 1 ? { label: text.slice(0, durations[0]!.index), time: durations[0]! } : undefined;
}

/** The label of an entry line (entryLine) when a label stands right before its time; else undefined. */
const LIST_LEAD_IN = /^[^:]{0,80}:\s+(?=[^:]*\s[-–]\s)/;
function entryLabel(u: Unit): string | undefined {
  // The list's lead-in joined to its first item ("Our options are as follows: Economy - 3-5 days") is no part of it.
  const entry = entryLine(u, u.norm.replace(LIST_LEAD_IN, ''));
  return entry && LABEL_THEN_TIME.test(entry.label) ? entry.label : undefined;
}

/**
 * Days said in words as the name of the shop's own service: "instead of our usual next day service", "dispatched with
 * DHL on a 'next day' service", "our same-day home delivery service is available within 15 miles". WORDED_DAYS is the
 * word class (same day → 0, next day → 1); the service frame is a determiner of the shop's service, the worded day as
 * its modifier, and a service noun. A paid choice ("can be chosen for an extra £3"), a hedge or a negation names no
 * standard time.
 */
const WORDED_DAYS: readonly (readonly [RegExp, number])[] = [
  [/^same[- ](?:working |business )?day$/, 0],
  [/^next[- ](?:working |business )?day$/, 1],
];
const WORDED_SERVICE = /\b(?:our|a|the)(?: usual| standard| normal| regular)? '?((?:same|next)[- ](?:working |business )?day)'?(?: (?!to\b|for\b|of\b|at\b|in\b|with\b|by\b|the\b|your\b)[a-z]+){0,2}? (?:service|delivery)\b/;
const PAID_OR_HEDGED = fencedRegExp(String.raw`\b(?:extra|additional|upgrade\w*|surcharge|optional|can be (?:chosen|selected|added)|at checkout|guarantee\w*)\b|${NEGATOR}|[£$€]\s?\d`);

function wordedDayService(unit: Unit): Candidate[] {
  const s = unit.norm;
  const m = WORDED_SERVICE.exec(s);
  if (!m || unit.kind === 'heading' || PAID_OR_HEDGED.test(s) || /\?/.test(s)) return [];
  const days = WORDED_DAYS.find(([re]) => re.test(m[1]!))?.[1];
  if (days === undefined) return [];
  return [{ term: 'shipping.delivery_days', value: { min: days, max: days }, confidence: 0.62, unit }];
}

/**
 * A label line whose value is a worded day: the label names the clock ("Dispatch", "Processing time", "Delivery
 * time"), the value is WORDED_DAYS' class, alone or hedged ("usually next working day"), with nothing of a condition
 * or a price after it. A service's name as the label ("Next day delivery: £5") is an option, not read here.
 */
const LABELLED_DAY = /^(?:[a-z ]{1,30}: )?(?:(?:order|estimated|standard|our) )?(processing|handling|dispatch|delivery|transit)(?: times?| periods?)?\s*(?::|\s[-–—])\s*(?:usually |normally |typically |generally )?(?:on )?(?:the )?((?:same|next)[- ](?:working |business )?day)(?:\s+(?:dispatch|delivery|shipping))?\s*\.?$/;

function labelledDay(s: string): { term: 'shipping.processing_days' | 'shipping.delivery_days'; days: number } | undefined {
  const m = LABELLED_DAY.exec(s);
  if (!m) return undefined;
  const days = WORDED_DAYS.find(([re]) => re.test(m[2]!))![1];
  const delivery = m[1] === 'delivery' || m[1] === 'transit';
  // Next-day transit is a service's time; a same-day one is courier work, no transit the term measures.
  return delivery ? (days === 1 ? { term: 'shipping.delivery_days', days } : undefined) : { term: 'shipping.processing_days', days };
}

/** A line that is one entry of a list of services: short, one time, a service label before it. */
const ENTRY_LINE_MAX = 90;

/** The times of the labelled service entries on the lines right before and after a unit, in its section. */
function neighbourServices(unit: Unit, ctx: RuleContext, home: RegExp | undefined): { min: number; max: number }[] {
  const units = ctx.pageUnits;
  if (!units || units[unit.order] !== unit) return [];
  const below = units[unit.order + 1];
  const out: { min: number; max: number }[] = [];
  // The line above in the section, or the heading it was taken for ("Post 3-5 days" / "Courier 1-2 days"): previousUnit.
  for (const u of [previousUnit(unit, units), below && sameSection(below, unit) ? below : undefined]) {
    const entry = u && entryLine(u);
    const r = entry && dayRange(entry.time);
    if (r && labelledService(entry.label, home)) out.push(r);
  }
  return out;
}

/**
 * A list entry that names a service of its own: the text since the previous time opens a labelled entry ("Courier
 * Service offers", "Courier: ") right before the time and names no standard service. Only between such entries does a second time
 * make the list one of options; "usually 3-5 days, but up to 10" is one service hedged.
 */
const STANDARD_NAMED = new RegExp(`\\b(?:${STANDARD_TIER_WORDS.join('|')})\\b`);
/**
 * A label naming a stage of the order rather than a service ("Handling time: 1 day" above "Delivery time: 3-6 days",
 * "Dispatch: 2-3 working days"): the other clock's entry of the same list, no sibling service.
 */
const STAGE_LABEL = new RegExp(String.raw`\b(?:${PROCESSING_STAGES}|production|lead|turnaround|preparation|packing)(?: times?| periods?)?\s*(?:[:|–—]|\s-)\s*(?:approx\.?|approximately|about|around|up to|within|est\.?|estimated)?\s*$`);
const SIDE_BY_SIDE = 'one of several services';

/**
 * A postal service's class ("RM48 (Second class)", "1st Class Tracked"): a tier of the ordinary post, named like any
 * other service, not a faster option (so no EXPRESS_WORDS entry); beside another class it is one of several services.
 */
const POSTAL_CLASS = /\b(?:1st|2nd|3rd|first|second|third) class\b[^.:]{0,25}$/;

const LABEL_THEN_TIME = /(?:[:|]|\s[-–]|\boffers?)\s*(?:approx(?:imately|\.)?|about|around|up to|within|est(?:imated|\.)?)?\s*$/;

function labelledService(segment: string, home: RegExp | undefined): boolean {
  // An entry for the home market ("United States: 3-6 days") or for another option or place ("Canada: 2-4 weeks")
  // is a region table's, read by the scopes above; only entries that name a service of their own count here.
  return (LABEL_THEN_TIME.test(segment) || POSTAL_CLASS.test(segment)) && !STANDARD_NAMED.test(segment) && !STAGE_LABEL.test(segment) && !DOMESTIC.test(segment) && !(home?.test(segment) ?? false) && optionScope(segment, home) === undefined;
}

/** The non-standard option or destination a value is stated for, or undefined for the standard one. */
/** A service labelled with a bracketed area ("Standard (Metro): …", "Regular (South Island) – …"): the area scopes its time. */
const SERVICE_AREA = /\b(?:standard|regular|normal|economy)\s*\(([a-z][a-z ,&/-]{1,30})\)\s*[:-]/;

/** A bracket that names how the parcel travels ("Standard (tracked)"), not where: no scope. */
const SERVICE_WORDS = /^(?:(?:un)?tracked|signed(?: for)?|insured|free|recommended|default|ground|economy|courier|post|mail|road|air(?:mail)?|[a-z]+ post|[a-z]+ mail)$/;

/**
 * A kind of goods said of the whole catalogue ("all our candles are made to order", "as items can be custom made to
 * order"): a copula before it makes it a predicate, not the subset a scope names ("made-to-order pieces take 2 weeks").
 * A relative clause ("items that are made to order") still picks out a subset.
 */
const WHOLE_CATALOGUE_KIND = /(?<!\b(?:that|which|who) )\b(?:is|are|be|been|being)\s+(?:[a-z]+\s+){0,2}?(?:made[- ]to[- ]order|personali[sz]ed|custom(?:i[sz]ed)?(?:[- ]made)?)\b/g;

function optionScope(raw: string, home?: RegExp): string | undefined {
  const text = raw.replace(WHOLE_CATALOGUE_KIND, ' ');
  const homeNamed = DOMESTIC.test(text) || (home?.test(text) ?? false);
  const area = SERVICE_AREA.exec(text);
  if (area && !DOMESTIC.test(area[1]!) && !(home?.test(area[1]!) ?? false) && !SERVICE_WORDS.test(area[1]!.trim())) return area[1]!.trim();
  if (/\bstandard\b/.test(text) && !/\bnon-standard\b/.test(text)) {
    // The service named last before the time is the one it is for: "timings on standard services are not guaranteed;
    // the guaranteed service is Special Delivery, quoted as 1-2 days" gives Special Delivery's time (an aside in
    // brackets, "Standard (or upgrade to express): 3-5 days", names no service of the time).
    const faster = EXPRESS_WORDS.exec(text.replace(/\([^)]*\)/g, ' ').split(/\bstandard\b/).pop()!);
    if (faster) return faster[0];
    const other = OTHER_OPTION.exec(text);
    return other && !homeNamed ? other[0] : undefined;
  }
  const express = EXPRESS_WORDS.exec(text)?.[0];
  if (express) return express;
  const other = OTHER_OPTION.exec(text)?.[0];
  // "for the US and Canada" on a dollar page, "within Canada" on a Canadian one: the home market is no variant.
  return other && homeNamed && OPTION_PLACES.includes(other) ? undefined : other;
}

/**
 * A service named and then withdrawn by its predicate ("international shipping is currently suspended", "express
 * delivery has been paused", "overseas orders are on hold until further notice", "worldwide shipping is no longer
 * available"): the negation comes after the cue, where negatedAt does not look. One predicate class for the express
 * and international rules.
 */
const WITHDRAWN_STATE = '(?:suspended|paused|on hold|halted|stopped|discontinued|unavailable|not (?:available|offered|possible|accepted)|no longer (?:available|offered|possible|accepted)|not yet (?:available|offered|possible))';
/** Shipping abroad as a plan, not an offer: "we are still in the process of finding a way to ship across the world, watch this space". */
const PLANNED = /\b(?:in the process of|working (?:on|towards)|looking into|hoping to|plan(?:ning)? to|watch this space|coming soon|in the (?:near )?future)\b/;
/**
 * Not yet offered, said with no verb ("International shipping COMING SOON", "worldwide delivery - launching soon"):
 * the service does not exist yet. Words of the future beside the service named, up to the clause's end.
 */
const NOT_YET = /^[^.;!?]{0,20}?\b(?:coming soon|launching soon|available soon|soon to (?:come|launch)|in the near future|not yet)\b/;
const WITHDRAWN_ADVERB = '(?:(?:also|now|currently|temporarily|still|sadly|unfortunately|just)\\s+)*';
const WITHDRAWN = new RegExp(String.raw`^(?:[^.;:!?]{0,40}?\b(?:is|are|was|were|has|have)\s+${WITHDRAWN_ADVERB}(?:been\s+)?|[^.;:!?]{0,25}:\s*)${WITHDRAWN_ADVERB}${WITHDRAWN_STATE}\b`);
/** The same, the verb first: "we have temporarily paused all international orders". */
const WITHDRAWN_BEFORE = /\b(?:paused|suspended|stopped|halted|discontinued)\s+(?:all\s+|our\s+|any\s+)?(?:[a-z]+\s+)?$/;

/** Express offered: "expedited and overnight options at checkout"; refused: "we do not offer express shipping". */
const EXPRESS_CUE = fenced(/\b(?:express|expedited|overnight|next[- ]day|2nd[- ]day|second[- ]day|two[- ]day|2[- ]day|priority)\b[^.]{0,40}\b(?:at checkout|can be selected|is available|are available|upgrade)|\b(?:express|expedited|overnight|next[- ]day|next business day|(?:2|two)[- ]day|priority (?:mail|shipping|delivery)|rush|upgraded?)\b[^.|]{0,30}\b(?:shipping|deliver(?:y|ies)|services?|options?|methods?|rates?|available|post(?:age)?|couriers?|mail)\b|\bfaster (?:shipping|delivery|postage) (?:options?|services?|methods?|is available|at checkout)\b|\b(?:shipping|delivery) (?:options?|methods?|upgrades?)\b[^.]{0,40}\b(?:express|expedited|overnight|next[- ]day|priority)\b/);

/**
 * A named fast service stated with its time or price is an option the shop offers: flattened rate tables and option
 * lists ("Express (domestic) 1-2 business days", "express courier: major centres 1 - 2 days", "Tracked 24 – £4.99").
 * Bare "next day" is left out ("Gauteng next day" is one region's ordinary time), and so is "first class" (USPS First
 * Class is the cheapest service). A service named as the standard one ("Standard shipping (Tracked 24)") or only for
 * orders abroad ("international orders go by Express Courier International") is no faster option at home.
 */
const EXPRESS_OPTION = /\b(?:express|expedited|overnight|priority(?! mail\b(?! express))|tracked ?24|special delivery|next[- ](?:working |business )?day (?:delivery|service|shipping|courier|post))\b/;
const OPTION_VALUE_REACH = 40;
/** South Africa's rand written "R 99": a price the currency-sign test does not know (the letter is no sign elsewhere). */
const RAND = /\br\s?\d/;
/** An option's value left as a template placeholder: "(US): [X–X business days]" reads "(us): some time". */
const PLACEHOLDER_VALUE = /^\s*(?:shipping|delivery|post(?:age)?|service|courier|mail)?\s*(?:\([^)]*\))?\s*[:-]\s*some time\b/;
/** A short line that names such a service, under a shipping heading or in a list ("Express", "Royal Mail Tracked24"). */
const OPTION_LINE_MAX = 40;

/**
 * The same words in other senses, struck out before the express rule reads a sentence: legal "express or implied" and
 * "express written consent", "our top priority", a season's "holiday rush", a faster turn in the workshop ("rush
 * processing", "priority production", "expedited handling"), which speeds the making, not the carriage, and a speed
 * word that modifies something other than carriage — paying ("Express checkout", "PayPal Express"), help ("Priority
 * support"), a form field ("Special delivery instructions"), a return. Carriers' service names are read by
 * CARRIER_SERVICES.
 */
const NOT_A_SERVICE =
  fenced(/\b(?:rush|priority|express|expedited|fast[- ]track(?:ed)?) (?:order )?(?:processing|production|handling|turn-?around|fulfil(?:l)?ment|manufacturing|printing|proofs?)\b|\bexpress(?:ly)?\b(?=,? (?:or implied|and implied|written|consent|permission|prior|agreement|terms|warrant|condition|purpose|request|authori[sz]))|\b(?:top|our|a|first|high|highest|main|number one|#1) priority\b|\bpriority (?:is|to|of|for)\b|\b(?:holiday|christmas|festive|seasonal|busy|the) rush\b|\b(?:paypal|amazon|shop ?pay|apple pay|google pay|stripe|klarna) (?:express|priority)\b|\b(?:express|priority|special delivery|rush|expedited)(?= (?:checkout|check-out|pay(?:ments?)?\b|support|customer (?:service|care)|instructions?|notes?|access|entry|lanes?|enquir|inquir|assistance|bookings?|appointments?|phone line|queue|members?(?:hip)?\b|pass(?:es)?\b|returns?\b|refunds?\b|exchanges?\b))/g);
/** "We cannot guarantee next-day delivery", "rush dates cannot be specified" hedge a promise; they refuse nothing. */
const NOT_GUARANTEED = /\bnot (?:a )?guaranteed\b|\b(?:cannot|can't|can not|do not|don't|unable to|not able to|are not able to) guarantee\b|\b(?:cannot|can't|can not) be (?:specified|requested|promised|guaranteed)\b/;

/**
 * The buyer told how to send a parcel ("please do not ship the parcel by express", "items returned by post must be
 * done so using next day special delivery"): the buyer's parcel, mostly a return, whatever its spelling; the shop's
 * services are not its subject.
 */
const BUYER_SENDS = /\bplease (?:do not |don't )?(?:send|ship|post|use|return)\b|\b(?:must|should) be (?:done|sent|posted|shipped|returned)\b|\byou (?:must|should|need to|have to) (?:send|ship|post|use)\b/;

/**
 * The usual service named by its speed ("instead of our usual next day service"): the standard, not a faster option
 * (real-page convention: express needs a faster service beside the standard). Struck out like NOT_A_SERVICE.
 */
const STANDARD_SPEED = /\b(?:our |the )?(?:usual|standard|normal|regular|default|ordinary) (?:next[- ](?:working |business )?day|24[- ]?(?:h|hr|hour))\b[a-z ]{0,12}?\b(?:service|delivery|shipping|dispatch)\b/g;

/** The verbs of an order leaving the shop: DISPATCH_DAY's and the cut-off frame's. */
const LEAVES_VERBS = 'dispatch|ship|process|sent|send|post|leave|go(?:es)? out';

/**
 * The day an order leaves, not a service: "orders placed after 11am are processed and shipped on the next business
 * day", "dispatched the following working day". Struck out like STANDARD_SPEED; a named service after the day ("ships
 * next day air", "next day delivery") stays.
 */
const DISPATCH_DAY = new RegExp(String.raw`\b(?:${LEAVES_VERBS}|pack)\w*(?: out)?(?: and (?:process|ship|dispatch|sent|send|post|pack)\w*(?: out)?)?(?: on| by| within| during)? (?:the )?(?:next|following) (?:working |business )?day\b(?! (?:air|delivery|service|shipping|express|courier|post))`, 'g');

/**
 * A courier company whose name ends in "Express" ("via Interlink Express or Royal Mail"): a capitalised name used as a
 * noun, not followed by a service word, is the carrier, not a faster service. Read from the written text (the case is
 * the sign); the common words that start a service name are no company.
 */
const CARRIER_NAME = /\b([A-Z][a-z]+) Express\b(?! (?:[Ss]hipping|[Dd]elivery|[Pp]ost|[Ss]ervice|[Oo]ption|[Cc]ourier|[Mm]ail))/g;
const NOT_A_NAME = new Set(['standard', 'domestic', 'international', 'free', 'our', 'an', 'the', 'by', 'via', 'priority', 'next', 'same', 'post', 'mail', 'parcel', 'choose', 'select', 'with', 'or', 'and', 'use', 'for', 'upgrade', 'pay', 'paid', 'premium', 'economy', 'tracked', 'signed', 'uk', 'us', 'eu', 'courier', 'delivery', 'shipping', 'postage', 'freight', 'air', 'road', 'super', 'regular']);

function strikeCarrierNames(text: string, norm: string): string {
  let out = norm;
  for (const m of text.matchAll(CARRIER_NAME)) {
    const name = m[1]!.toLowerCase();
    if (!NOT_A_NAME.has(name)) out = out.split(`${name} express`).join(' ');
  }
  return out;
}

/**
 * The means by which the shop sends what it sends ("all prepaid orders are dispatched using our express courier
 * service", "we ship via UPS or Expedited Mail"): a speed word there names the carrier every parcel goes by, the
 * standard, not a faster service beside it (real-page convention, as STANDARD_SPEED). Only where the clause offers no
 * choice ("we ship via expedited post if you ask", "orders can be sent by express at an extra cost" stay options).
 */
const SENT_VIA = /\b(?:we|orders?|parcels?|packages?|items?|everything|shipments?)\b[^.;]{0,50}?\b(?:ship|send|sent|dispatch|despatch|post|deliver|mail)\w*(?: out)?(?: (?!via\b|by\b|using\b|with\b|through\b)[a-z]+){0,3}? (?:via|by|using|with|through) (?:(?!or\b|and\b)[a-z-]+ ){0,4}?(?:(?:or|and) (?:[a-z-]+ ){0,2}?)?(express|expedited)\b[^.;]*/g;
const SERVICE_CHOICE = /\b(?:standard|regular|economy|ground|normal|options?|choose|chosen|choice|select\w*|upgrad\w*|available|at checkout|request\w*|extra|additional|surcharge|fee|if|when|can|could|may|prefer\w*|offer\w*|faster|quicker)\b|[$£€]\s?\d/;

function strikeSoleService(s: string): string {
  return s.replace(SENT_VIA, (m, word: string, offset: number) => {
    // The sentence's rest, up to a new predicate ("… and have contact-free delivery available"), is where a choice is said.
    const clause = m.split(/\band\b(?= (?:have|has|are|is|will|we|you|it|they)\b)/)[0]!;
    const at = clause.lastIndexOf(word);
    // A refusal before it ("we are unable to send orders by express post") is read by the rule as it stands.
    if (at < 0 || SERVICE_CHOICE.test(clause) || NEGATORS.test(s.slice(clauseStartAt(s, offset), offset) + clause.slice(0, at))) return m;
    return `${m.slice(0, at)}${' '.repeat(word.length)}${m.slice(at + word.length)}`;
  });
}

/** The orders in general as the subject of sending: "most orders are sent", "orders received before 2pm are dispatched". */
const ORDERS_SENT = /\b(?:most|all|every|your)? ?orders?\b[^.]{0,60}\b(?:sent|dispatched|despatched|shipped|delivered|packed)\b/;

const TIER_CONTEXT = /\b(?:deliver\w*|shipping|postage|post|services?|options?|select|choose|chose)\b/;

/**
 * Services named by their days, listed side by side: "next day, 2 day, 3 day, or ground", "Ground / 1 Day / 2 Day"
 * (the text's number words are digits by now), "ground; 1 day; 2 day" (list items, which the unit normaliser joins with
 * semicolons), or "1 day delivery or 2 day delivery". A day count with a singular "day" beside another such name or "ground"
 * is a service's name, an attributive compound like "2-day shipping": the list offers its fastest tier (express), and
 * the name states no time of the standard service (DAY_NAME_AT).
 */
const SERVICE_NOUN = String.raw`(?: (?:delivery|shipping|service|air))?`;
const DAY_NAME = String.raw`(?:next|\d+)[- ]day(?!s)${SERVICE_NOUN}`;
const NAME_JOIN = String.raw`(?:\s*(?:,|;|\/|\||\bor\b|\band\b)\s*|\s+)(?:or\s+|and\s+)?`;
const DAY_NAME_LIST = new RegExp(String.raw`\b${DAY_NAME}${NAME_JOIN}(?:${DAY_NAME}|ground\b|overnight\b)|\bground${NAME_JOIN}${DAY_NAME}\b`);
const NAME_AFTER = new RegExp(String.raw`^${SERVICE_NOUN}${NAME_JOIN}(?:${DAY_NAME}|ground\b|overnight\b)`);
const NAME_BEFORE = new RegExp(String.raw`\b(?:${DAY_NAME}|ground|overnight)${NAME_JOIN}$`);
/** A day count that is one of such names: a service beside it before or after. */
function dayNameAt(s: string, index: number, end: number): boolean {
  return /^\d+[- ]day$/.test(s.slice(index, end)) && (NAME_AFTER.test(s.slice(end)) || NAME_BEFORE.test(s.slice(0, index)));
}

/** Where the faster word of a tier pair stands in the sentence, or -1 when it names no pair. */
function tierPair(s: string): number {
  if (!TIER_CONTEXT.test(s) || /\breturn/.test(s)) return -1;
  for (const [fast, slow] of TIER_PAIRS) {
    const m = fast.exec(s);
    if (m && slow.test(s)) return m.index;
  }
  // Tiers named and then timed in turn ("pick Priority or Saver post, within 1-2 or 3-5 days"): the faster one is an
  // option beside the standard (respectiveTiers). Only there: a fast and a base word elsewhere in a sentence are no
  // choice of tiers ("our top priority" beside a basic step). The word's own index, not a search for its text, which a
  // hyphen ("next-day") or an earlier copy of the word would miss.
  const respective = respectiveTiers(s, findDurations(s));
  const fast = respective && Object.values(respective).find((w) => w.rank === 'fast');
  return fast ? fast.index : -1;
}

/** A negation closed by a comma inside a condition ("If you can't wait, choose Express Post") refuses nothing after it. */
const NEGATED_CONDITION = fencedRegExp(String.raw`\b(?:if|when|unless|should)\b[^,]*${NEGATOR}[^,]*,[^,]*$`);

function refusedAt(s: string, index: number): boolean {
  return negatedAt(s, index) && !NEGATED_CONDITION.test(s.slice(Math.max(0, index - 60), index));
}

/**
 * The refusal frame of a faster service: a negator, then only words of offering ("do not offer", "are unable to ship
 * orders by", "don't have an", "no"), then the service. A negation of another verb refuses nothing: "processing time is
 * not affected by choosing expedited shipping", "we cannot refund express charges".
 */
const OFFER_FRAME_WORDS = fenced(/^(?:[\s—–-]+|\b(?:we|you|i|us|it|they|there|is|are|be|been|do|does|can|could|will|would|currently|presently|yet|at|the|this|that|time|moment|present|a|an|any|such|offer\w*|provid\w*|ha(?:ve|s)|ship\w*|send|deliver\w*|post|dispatch\w*|support\w*|carry|use|able|possible|available|options?|services?|to|by|via|with|for|of|on|orders?|parcels?|longer)\b)*$/);

/** Splits a refusal at each negator (negation.ts's table), to read the words after the last one. */
const NEGATOR_SPLIT = new RegExp(NEGATOR, 'g');

function refusesService(s: string, index: number): boolean {
  if (!refusedAt(s, index)) return false;
  const before = REFUSAL_BEFORE.exec(s.slice(0, index));
  if (!before) return true;
  // The words after the last negator ("No — we don't offer expedited": after "don't").
  const between = before[0].split(NEGATOR_SPLIT).pop()!;
  return OFFER_FRAME_WORDS.test(between);
}

/**
 * Words of speed: an upgrade that names one of them is a faster service whatever else it brings. The express words,
 * and two that name speed only beside an upgrade: a comparative ("faster", "quicker") and a tracked tier's 24 or 48.
 */
const SPEED_WORDS = fencedRegExp(String.raw`${EXPRESS_WORDS.source}|\b(?:faster|quicker|(?:24|48)(?:h|hr| hours?)?)\b`);
/**
 * An upgrade whose target is a tracked, signed-for or insured service (proof of delivery) or a handling service for
 * large goods (white glove, in-home, room of choice, assembly): not a faster one.
 */
const PROOF_UPGRADE = fenced(/^upgraded? (?:to |for )?(?:an? |our )?(?:fully )?(?:tracked|trackable|signed|insured|registered|recorded|tracking|insurance|signature|white[- ]glove|in-?home|inside|room[- ]of[- ]choice|threshold|assembly|installation|liftgate)\b(?! ?(?:24|48|express|next))/);

/** A clause about orders abroad ("for overseas orders we use airmail"): an express word in it is their option, not the home one. */
const FOR_ORDERS_ABROAD = new RegExp(String.raw`\bfor ${abroadWords(['adjective'])} (?:orders|shipments|deliveries|customers|parcels)\b`);

/**
 * A negation of the buyer's need for speed, not of the shop's offer: "if no express delivery is required", "customers
 * who do not need expedited shipping". The need is a predicate of the buyer (required, needed, wanted).
 */
const BUYER_NEEDS_NONE = fenced(/\bno (?:[a-z-]+ ){0,2}(?:is|are) (?:required|needed|necessary|wanted)\b|\b(?:do not|don't|does not|doesn't|did not|didn't) (?:need|require|want)\b/);

const expressAvailable: Rule = (unit, ctx) => {
  const s = strikeSoleService(readServices(strikeCarrierNames(unit.text, unit.norm).replace(NOT_A_SERVICE, ' ').replace(STANDARD_SPEED, ' ').replace(DISPATCH_DAY, ' '), ctx, false));
  if (BUYER_SENDS.test(s)) return [];
  const option = EXPRESS_OPTION.exec(s);
  const clauseBefore = option ? s.slice(0, option.index).split(/[.;]/).pop()! : '';
  const homeOption = option && !/\bstandard\b/.test(clauseBefore.slice(-40)) && !ABROAD_OPTION.test(`${clauseBefore} ${option.input.slice(option.index, option.index + 40)}`);
  // "Expedited Shipping (US): [X–X business days]": an option line whose value is a template's placeholder (resolved to
  // "some time", like a vague amount) is the template's outline, not an option the shop offers (test/real/README.md).
  if (option && PLACEHOLDER_VALUE.test(s.slice(option.index + option[0].length))) return [];
  const nextDay = s.search(/\bnext[- ](?:working |business )?day\b/);
  const everyOrderNextDay = nextDay >= 0 && ORDERS_SENT.test(s.slice(0, nextDay).split(/[.;]/).pop()!);
  if (option && homeOption && !(/^next/.test(option[0]) && everyOrderNextDay) && !refusedAt(s, option.index) && !WITHDRAWN.test(s.slice(option.index + option[0].length)) && !/\breturn|refund/.test(s)) {
    const next = s.slice(option.index + option[0].length, option.index + option[0].length + OPTION_VALUE_REACH).split(/[.;]/)[0]!;
    if (findDurations(next).length > 0 || quotesPrice(next) || RAND.test(next)) return [{ term: 'shipping.express_available', value: true, confidence: 0.75, unit }];
    const shippingLine = unit.kind === 'heading' || unit.kind === 'item' || unit.kind === 'row' || unit.sectionTopic === 'shipping';
    if (shippingLine && s.trim().length <= OPTION_LINE_MAX && !NEGATORS.test(s)) return [{ term: 'shipping.express_available', value: true, confidence: 0.7, unit }];
  }
  if (unit.kind === 'row' && EXPRESS_WORDS.test(s.split('|')[0] ?? '')) {
    return [{ term: 'shipping.express_available', value: true, confidence: 0.8, unit }];
  }
  // A listed service that arrives the next working day ("Tracked 24: next working day, £4.99") is an express option.
  // A region's ordinary time in a list of regions ("Gauteng next day, Durban 1-2 days") is no service: without a price
  // the line must name the next-day service itself, not a time after a place.
  if ((unit.kind === 'item' || unit.kind === 'row') && /\bnext (?:working |business )?day\b/.test(s) && !everyOrderNextDay && (quotesPrice(s) || (/\bdeliver/.test(s) && findDurations(s).length === 0)) && !/\breturn|refund/.test(s)) {
    return [{ term: 'shipping.express_available', value: true, confidence: 0.75, unit }];
  }
  const c = cue(s, EXPRESS_CUE);
  // A tier pair refused ("we don't offer premium or economy tiers") offers nothing; a negation elsewhere in the sentence
  // ("if we are unable to dispatch by 2pm, we refund the difference between premium and economy") refuses no tier.
  if (!c) {
    const tier = tierPair(s);
    if (tier >= 0 && !refusedAt(s, tier)) return [{ term: 'shipping.express_available', value: true, confidence: 0.7, unit }];
    // "We can do next day, 2 day, 3 day, or ground", "Ground / One Day / Two Day": services named by their days.
    const names = DAY_NAME_LIST.exec(s);
    return names && !refusedAt(s, names.index) && !/\breturn|refund/.test(s) ? [{ term: 'shipping.express_available', value: true, confidence: 0.7, unit }] : [];
  }
  // "Most orders are sent by courier for next day delivery": next day as what every order gets is the standard, not an
  // option beside it.
  if (/^next/.test(c.text) && everyOrderNextDay) return [];
  // "We cannot ship flammable items via expedited services": a refusal of some goods by that service, not of the service.
  if (refusedAt(s, c.index) && /\b(?:ship|send|post|deliver)\w*\b[^.]{0,40}\b(?:via|by|with|using)\s*$/.test(s.slice(0, c.index)) && !refusesService(s, c.index)) return [];
  // "Upgrade to tracked shipping for peace of mind": the upgrade buys proof of delivery, not speed; so does a bare
  // upgrade in a sentence about tracking ("we can only track your order if you chose the upgraded shipping").
  if (PROOF_UPGRADE.test(s.slice(c.index)) || (/^upgrade/.test(c.text) && /\btrack/.test(s) && !SPEED_WORDS.test(s))) return [];
  if (FOR_ORDERS_ABROAD.test(s.slice(0, c.index))) return [];
  if (/\breturn/.test(s) && !/\bship(?:ping)? options?\b/.test(s)) return [];
  // "This is not a guaranteed next-day service" hedges a promise; it refuses nothing.
  if (NOT_GUARANTEED.test(s)) return [];
  // "…if the customer needs no express delivery", "no express delivery is required": the buyer's need, not the offer.
  if (BUYER_NEEDS_NONE.test(s)) return [];
  if (refusesService(s, c.index) || /\b(?:not (?:currently )?(?:offer|available|provide)|unavailable|no (?:express|expedited|overnight))\b/.test(s) || WITHDRAWN.test(s.slice(c.index))) {
    if (/\b(?:po box(?:es)?|apo|fpo|alaska|hawaii|international|rural|remote|some|certain)\b/.test(s)) return [];
    return [{ term: 'shipping.express_available', value: false, confidence: 0.75, unit }];
  }
  return [{ term: 'shipping.express_available', value: true, confidence: 0.8, unit }];
};

/**
 * Shipping abroad implied, not said: "International orders may be subject to customs duties", "duties are the buyer's
 * responsibility". Weaker than a stated destination, and weaker than a page that names its home country as the only
 * area served (real-page convention: template boilerplate about duties often follows "we ship within the US").
 */
const INTL_IMPLIED_CUES: RegExp[] = [
  /\b(?:customs|import) (?:duties|fees|charges|taxes|clearance)\b|\bduties (?:and|&) (?:import )?taxes\b/,
  /\bduties\b[^.]{0,30}\b(?:buyer|customer|recipient|purchaser)'?s? responsibility\b/,
];
const IMPLIED_CONFIDENCE = 0.68;
/** Shoppers or orders from abroad, named as such: "international customers", "overseas orders", "from a foreign country". */
const SHOPPERS_ABROAD = fencedRegExp(String.raw`\b${abroadWords(['adjective'])} (?:customers?|orders?|buyers?|shoppers?|clients?|purchasers?)\b|\bfrom (?:an? |another )?${abroadWords(['adjective'])} (?:country|countries|address(?:es)?|locations?)\b|\b(?:orders?|customers?|buyers?|shoppers?) (?:from |shipped |sent |delivered )?outside (?:of )?(?:the )?(?:${COUNTRY_NAME}|us\b|eu\b|country)`);
/** "We currently ship to addresses within the United States", "we deliver to most locations within India": home only. */
const HOME_AREA_ONLY_CONFIDENCE = 0.72;

/** International offered, each with an in-house example. */
const INTL_YES_CUES: RegExp[] = [
  // "We ship worldwide", "we deliver to over 40 countries", "we happily send parcels abroad"
  new RegExp(String.raw`\bwe(?:'re| are)? (?:(?:also|now|proudly|happily|can|able to|do|currently|gladly|will) )*(?:ship|deliver|send)\b[^.]{0,30}\b${abroadWords(['adverb'], 'globally', String.raw`to (?:over |more than )?\d+\+? countries`, 'to most countries', 'around the world', 'anywhere in the world', 'all over the world', 'across the globe', 'to every continent')}\b`),
  // "We deliver all over the world" (a region named is read by the destination frame, DESTINATION)
  /\b(?:ship|deliver|send)\w*(?: [a-z]+){0,4}? (?:across|throughout|all over|around|to) (?:the world|the globe)\b/,
  // "Shipping to 100+ countries"
  /\bto (?:over |more than )?\d+\+? countries\b/,
  // "International shipping is available", "international orders are welcome"
  /\binternational (?:shipping|delivery|orders)\b[^.]{0,30}\b(?:available|offered|welcome|accepted|ship|take)\b/,
  // "We offer worldwide delivery", "global shipping available"
  new RegExp(String.raw`\b${abroadWords(['adjective'], 'global')} (?:shipping|delivery)\b`),
  // "Shipping to international destinations"
  /\bship(?:ping)? to international destinations\b/,
  // "Orders shipping outside the United States may be charged import fees", "for deliveries outside the EU"
  fencedRegExp(`\\b(?:orders?|parcels?|packages?|shipments?|deliver(?:y|ies)|postage|shipping costs?) (?:shipp(?:ing|ed)|sent|going|delivered|bound|destined|for)? ?(?:to (?:addresses |destinations )?|(?:all )?countries )?outside (?:of )?(?:the )?(?:us\\b|u\\.s\\.|${PLACE})`),
  // "We do ship internationally", "orders can be shipped internationally"
  /\b(?:we|orders?|items?|products?)\b[^.]{0,20}\b(?:ship|deliver|send)(?:s|ped|ping)?\b[^.]{0,20}\binternationally\b/,
  // "We ship to Ireland and all EU countries", "delivery to other European countries"
  /\b(?:ship|deliver)\w*\b[^.]{0,40}\b(?:all |most |other |many )?(?:eu|european|european union|other|foreign) countries\b/,
  // "Overseas orders take 10-20 days": a time or handling stated for foreign orders
  fencedRegExp(String.raw`\b${abroadWords(['adjective'])} (?:orders|shipments|deliveries|parcels|packages)\b[^.]{0,15}\b(?:take|arrive|ship|are (?:shipped|delivered|sent|dispatched)|usually|typically|generally|normally|can take|may take|will take|are subject)\b`),
  // "International customers pay shipping at checkout", "international destinations"
  /\binternational (?:customers|shoppers|buyers|destinations|addresses|parcels|shipments|rates)\b/,
];

/** A country as written in a pair ("the US and Canada only"): the place names, and "US" after "the". */
const COUNTRY = `(?:${COUNTRY_NAME}|the us\\b|u\\.s\\.)`;

/**
 * Adjectives and short forms that name one country's (the home market's) addresses, customers or deliveries:
 * "Australian addresses", "South African customers", "UK deliveries", "US orders", "domestic shipping".
 */
const PLACE_NOUNS = '(?:(?:shipping |delivery |postal |billing and shipping )?address(?:es)?|customers|destinations|postcodes|locations|deliver(?:y|ies)|shipping|shipments|orders)';
/**
 * One area as the area served: a country ("New Zealand", "mainland Singapore", "the UK mainland", "the contiguous
 * United States"), a home market that is no single country ("the European Union", "the 48 contiguous states", "the
 * mainland"), or a
 * country's addresses, customers or deliveries ("Australian addresses", "UK deliveries").
 */
const ONE_PLACE = `(?:the )?(?:(?:mainland|continental|contiguous|metropolitan) )?(?:${COUNTRY_NAME}|us\\b(?= ?(?:only\\b|mainland\\b|[.,;:)!]|$))|u\\.s\\.|${PLACE_PARTS.join('|')}|mainland\\b|domestic(?= ?only\\b)|(?:${[...COUNTRY_ADJECTIVES, 'domestic'].join('|')}) ${PLACE_NOUNS})(?: mainland)?`;
/**
 * The home-only frame: "only" (or "must") scoped over the act of sending ("can only be delivered to a valid physical
 * address in New Zealand", "we only deliver online orders to Australian addresses", "delivery must be to an address in
 * the UK", "we only accept orders with a US shipping address", "we only ship domestically"), or an area marked "only"
 * in a sentence about sending ("delivered within 2-5 days (South Africa only)", "UK deliveries only", "we ship within
 * the EU only"). One place and no second one: "only to Canada and the US" ships abroad.
 */
const ONLY_SENT = fenced(/\b(?:only|exclusively) (?:be )?(?:ship|deliver|post|send|dispatch)\w*|\b(?:ship|deliver|post|send|dispatch)\w* (?:only|exclusively)\b|\b(?:shipping|delivery|postage) (?:is )?(?:currently )?(?:only|exclusively) (?:available|offered)\b|\b(?:deliver(?:y|ies)|orders?|parcels?) (?:must|can only|will only) be (?:made |sent |delivered |shipped )?(?=to\b|within\b|in\b)|\bonly (?:accept|take|process|fulfil+) orders?\b|\bonly available to (?:customers|shoppers|addresses|buyers)\b/);
const PLACE_AFTER_ONLY = fencedRegExp(`^[^.;]{0,40}?(?:\\b(?:in|within|to|with an?|from|for)\\s+(?:(?!and\\b|or\\b)[a-z]+ ){0,4}?${ONE_PLACE}\\b(?!\\s*(?:,|and\\b|&|or\\b|/|plus)\\s*\\w)|^\\s*(?:[a-z]+ ){0,2}?domestically\\b)`);
const PLACE_ONLY = fencedRegExp(`\\(?(?<!\\bnon[- ]|(?:,|\\band|&|\\bor) (?:the )?)\\b${ONE_PLACE}\\)? only\\b`);
/** Any one area straight after the sending verb and marked "only": "we ship to the 50 states only" (not "non-EU only"). */
const SENT_TO_AREA_ONLY = /\b(?:ship|deliver|post|send)(?:s|ping)? (?:with)?(?:in|to) (?:the )?(?!non\b)(?:(?!and\b|or\b)[a-z0-9-]+ ){1,4}only\b/;
const SENDING = /\b(?:ship|deliver|post|send|dispatch|courier)\w*|\bdelivery\b|\bpostage\b/;

/**
 * The refusal frame: a negated act of sending (or of taking orders) whose reach names somewhere abroad ("we do not ship
 * internationally", "we are unable to ship to Alaska, Hawaii or addresses outside the US", "we can't accept
 * international orders"), or a service abroad said not to exist ("no international delivery", "international
 * shipping is not available").
 */
const NEGATED = "(?:do not|don't|does not|doesn't|cannot|can't|can not|unable to|not able to|aren't able to|will not|won't|no longer|currently not)";
const ABROAD_PLACE = `(?:${abroadWords(['adjective', 'adverb'])}|outside (?:of )?(?:the )?(?:(?:contiguous|continental|mainland) )?(?:${COUNTRY_NAME}|us\\b|u\\.s\\.|eu\\b|european union|country|territory|mainland|continental|contiguous))`;
const REFUSED_ABROAD = fencedRegExp(
  `\\b${NEGATED} (?:currently |yet )?(?:(?:offer |provide )?(?:ship|deliver|send|post|dispatch)\\w*\\b[^.;]{0,60}?|(?:accept|take|process|fulfil+) (?:orders (?:from |to |for )?(?:addresses )?)?)(?<!\\bother |\\belse |\\bany other )\\b${ABROAD_PLACE}|\\bno ${abroadWords(['adjective'])} (?:shipping|delivery|deliveries|orders)\\b|\\b${abroadWords(['adjective'])} (?:shipping|orders|delivery) (?:is|are) (?:currently )?not (?:currently )?(?:available|offered|accepted|possible|supported)\\b`,
);

function homeOnlyFrame(s: string): boolean {
  // "Not only … but also": the "only" of a list that goes on, no limit.
  const notOnly = (m: RegExpExecArray): boolean => /\bnot $/.test(s.slice(Math.max(0, m.index - 4), m.index));
  const sent = ONLY_SENT.exec(s);
  if (sent && !notOnly(sent) && PLACE_AFTER_ONLY.test(s.slice(sent.index + sent[0].length))) return true;
  // "Free shipping over $150 applies to Canadian addresses only": the "only" limits the offer, not where the shop
  // sends; only a verb of sending scoped by "only" (above) refuses other places.
  if (OFFER_LIMITED.test(s)) return false;
  if (SENT_TO_AREA_ONLY.test(s)) return true;
  const marked = PLACE_ONLY.exec(s);
  return marked !== null && (SENDING.test(s) || /\baddress/.test(marked[0])) && !notOnly(marked);
}

/**
 * The area frame: an act of sending (or "available to") and the area it covers, said with an area preposition —
 * "within", "throughout", "anywhere in" (not "across the US", which says coverage, not a limit) — or with "to" when the area is addresses or is marked "only" ("we
 * can ship to virtually anywhere within the UK", "deliveries are made throughout the UK, excluding the Highlands",
 * "available to mainland UK addresses", "we only ship to the United States, via USPS"). The area must be the page's
 * home market and no second place may follow it (real-page convention: the only area stated is home → false).
 */
const AREA_VERB = /\b(?:ship(?:s|ped)?|deliver(?:s|ed)?|post(?:s|ed)?|send|sends|sent|dispatch(?:es|ed)?)\b|\b(?:available|made)\b/g;
const AREA_AFTER_VERB = fencedRegExp(`^(?: [a-z]+){0,4}? (?:(?:virtually |almost |just about )?anywhere (?:with)?in|within|throughout|to) (${ONE_PLACE})\\b`);
const SECOND_PLACE = fencedRegExp(`^\\s*(?:,|and\\b|&|or\\b|/|plus\\b|as well as\\b)\\s*(?:to |the |all |most |other )*(?:${PLACE}|${abroadWords(['adjective', 'adverb'])}|europe\\b|eu\\b|countries\\b)`);

/**
 * The area as the scope of something else, or hedged: "for orders delivered to addresses within New Zealand, prices
 * include GST", "a flat fee for shipping within New Zealand", a title "Orders shipped within Australia", "we mainly ship
 * within Canada". Only the area the shop sends to, said as such, limits where it sends.
 */
const AREA_AS_SCOPE = /(?:\b(?:for|on|of)(?: [a-z]+){0,2}|\borders?)\s+$/;
const AREA_HEDGE = new RegExp(`\\b(?:${AREA_HEDGE_WORDS.join('|')})\\b`);

function homeAreaFrame(s: string, ctx: RuleContext): boolean {
  const home = homeNames(ctx.pageCurrency);
  // "Orders over $35 ship free within the US": the area of an offer, not the area served.
  if (!home || OFFER_LIMITED.test(s) || /\bfree\b/.test(s)) return false;
  for (const v of s.matchAll(AREA_VERB)) {
    const rest = s.slice(v.index + v[0].length);
    const m = AREA_AFTER_VERB.exec(rest);
    if (!m || negatedAt(s, v.index) || AREA_AS_SCOPE.test(s.slice(Math.max(0, v.index - 24), v.index)) || AREA_HEDGE.test(s.slice(0, v.index))) continue;
    const after = rest.slice(m[0].length);
    // "to" names an area only as addresses or marked "only" ("only ship to", "to the UK only").
    if (/ to $/.test(m[0].slice(0, m[0].length - m[1]!.length)) && !/\baddress/.test(m[1]!) && !/\bonly\s+$/.test(s.slice(Math.max(0, v.index - 8), v.index)) && !/^\s*(?:only\b|address)/.test(after)) continue;
    if (SECOND_PLACE.test(after) || !home.test(m[1]!)) continue;
    return true;
  }
  return false;
}

/** Words that name an offer on the price of sending, whose own reach "only" may limit. */
const OFFER_WORDS: readonly string[] = ['free (?:[a-z]+ )?(?:shipping|delivery|postage)', 'offers?', 'promotions?', 'promo', 'discounts?', 'coupons?', '(?:discount |promo )?codes?', 'flat[- ]rate'];
const OFFER_LIMITED = fencedRegExp(`\\b(?:${OFFER_WORDS.join('|')})\\b`);

/**
 * The destination frame: an act of sending (a verb, or the noun: "postage to", "delivery across") and the places it
 * reaches, one or a list ("we have set up postage to Ireland, USA and Italy", "anywhere in Canada and the United
 * States"). Any place beyond the home market (places.ts isAbroad) is shipping abroad.
 */
const DESTINATION = fencedRegExp(`\\b(?:(?:to|across|throughout) (${PLACE_LIST}|${PLACE})|(?:in|within) (${PLACE_LIST}))`, 'g');
/** The shopper sent to another site or store of the brand for that destination: it is not shipped from this one. */
/** The verbs that send the shopper elsewhere ("go to", "head to", "shop at") and the places they are sent to. */
const GO_TO_VERBS: readonly string[] = ['go', 'head', 'switch', 'visit', 'use', 'shop'];
const OTHER_SITE_NOUNS: readonly string[] = ['site', 'website', 'store', 'shop'];
const OTHER_SITE = new RegExp(String.raw`^[^.;]{0,20}\b(?:(?:${GO_TO_VERBS.join('|')})(?: to| at| on)? (?:our|the) (?:[a-z]+ ){0,2}(?:${OTHER_SITE_NOUNS.join('|')})|redirect\w*)\b`);
/** The act of sending before a destination, in its sentence: a verb or the noun ("postage to", "delivery across"). */
const SENT_BEFORE = /\b(?:(?:ship|deliver|send|post)(?:s|ping|ped|ed|ing)?|shipping|delivery|deliveries|postage)\b[^.;]{0,80}$/;
const ONE_OF_LIST = new RegExp(PLACE, 'g');
const HOME_AREA_ONLY = fencedRegExp(
  `\\bwe (?:currently |presently |only |now |will |can )*(?:ship|deliver|send|post)\\w* (?:only )?(?:orders |parcels )?(?:to )?(?:most |all |any )?(?:address(?:es)?|customers|locations|destinations|areas|places)? ?(?:with)?in (?:mainland |continental )?${COUNTRY_NAME}(?: mainland)?\\b(?!\\s*(?:,|and\\b|&|or\\b|/|as well|too|plus)\\s*\\w)`,
);

/** "We also deliver to Belgium": "also" plus a named country is shipping beyond the home market. */
const ALSO_COUNTRY = fencedRegExp(`\\bwe (?:also|now|can also) (?:ship|deliver|send|post)\\w*\\b[^.]{0,15}\\bto ${COUNTRY_NAME}\\b|\\b(?:ship|deliver)s? to ${COUNTRY}\\b[^.]{0,25}\\b(?:too|as well)\\b|\\b(?:ship|deliver)\\w*\\b[^.]{0,30}\\bto ${COUNTRY_NAME}(?:,| and| &) ${COUNTRY_NAME}\\b`);
const TWO_COUNTRIES_ONLY = fencedRegExp(`\\b(?:ship|deliver)(?:s|ping)? (?:with)?(?:in|to) ${COUNTRY}(?:,? (?:and|&|or) | and | & |, )${COUNTRY} only\\b`);

/**
 * A line that only names the topic ("International shipping", "Customs, Duties & Taxes") states nothing, heading or
 * not: the text under it may say "we don't", or be an unfilled template.
 */
const TOPIC_TITLE = new RegExp(String.raw`^${abroadWords(['head'], 'customs', 'duties', 'taxes', 'import')}(?:(?:,|&|and|\s)+(?:shipping|delivery|orders|customers|returns|duties|taxes|customs|fees))*\s*:?$`);
/** "No international shipping beyond Canada/U.S.": a refusal that names two countries served is shipping abroad. */
const SERVED_PAIR = fencedRegExp(`\\b(?:beyond|other than|except(?: to)?|outside(?: of)?) ${COUNTRY}\\s*(?:/|,|and|&)\\s*${COUNTRY}(?![a-z])`);

/** An FAQ question about shipping abroad, or to a named country ("Do you deliver to Ireland or Europe?"): its answer decides. */
const ABROAD_QUESTION = fencedRegExp(
  `\\b(?:ship|deliver|send|post)\\w*\\b[^?]{0,30}\\b(?:${abroadWords(['adverb'])}|outside|to (${COUNTRY_NAME}|europe|the eu)\\b)|\\binternational (?:shipping|delivery|orders)`,
);

/** A section headed by a destination abroad ("Rest of the world", "EU & Switzerland"), an option line ("Overseas: 10 days"), a rate-table row. */
const ABROAD_SECTION = new RegExp(`^${abroadWords(['head'], 'europe', 'eu\\b')}`);
const ABROAD_LINE = new RegExp(String.raw`^${abroadWords(['head'])}(?: (?:shipping|delivery|orders))?\s*[:\-–]\s`);
const ABROAD_ROW = new RegExp(String.raw`^(?:[^|]*: )?${abroadWords(['head'], ...OPTION_PLACES)}\b`);

const international: Rule = (unit, ctx) => {
  const s = unit.norm;
  const faq = faqVerdict(s, ABROAD_QUESTION);
  if (faq) {
    // "Do you deliver to the UK? Yes" on a British page asks about home: only the answer's own words count.
    const named = ABROAD_QUESTION.exec(s)?.[1];
    const home = named !== undefined && (homeNames(ctx.pageCurrency)?.test(named) ?? false);
    if (faq.verdict !== undefined && !home) return [{ term: 'shipping.international', value: faq.verdict, confidence: 0.75, unit }];
    return international({ ...unit, norm: faq.answer }, ctx);
  }
  if (INBOUND.test(s) && !/\bship(?:ping)? (?:to|internationally)/.test(s)) {
    // A return, refund or repair from shoppers abroad ("for international customers we refund the postage", "if you
    // are returning from an international country") says what the parcel coming back costs, yet that such shoppers
    // exist: the shop sends abroad. Never a refusal: "no returns from overseas" refuses the return, not the sale.
    // A refusal of their returns ("returns from international customers are not accepted") is left alone too: it
    // answers whether they may return, not where the shop sends.
    const abroad = SHOPPERS_ABROAD.exec(s);
    const refused = abroad && (negatedAt(s, abroad.index) || negatedAfter(s, abroad.index + abroad[0].length));
    return abroad && !refused ? [{ term: 'shipping.international', value: true, confidence: IMPLIED_CONFIDENCE, unit }] : [];
  }
  // A heading that only names the topic ("International shipping") states nothing: the text under it may say "we
  // don't", or be an unfilled template.
  if (TOPIC_TITLE.test(s.trim())) return [];
  // "International shipping is currently suspended": named, then withdrawn, whatever cue names it.
  for (const m of s.matchAll(ABROAD)) {
    if (WITHDRAWN.test(s.slice(m.index + m[0].length)) || NOT_YET.test(s.slice(m.index + m[0].length)) || WITHDRAWN_BEFORE.test(s.slice(0, m.index))) {
      return [{ term: 'shipping.international', value: false, confidence: 0.75, unit }];
    }
  }
  // "We ship to the United States and Canada only" names two countries: that is shipping abroad, not a refusal.
  const refused = REFUSED_ABROAD.test(s);
  if (TWO_COUNTRIES_ONLY.test(s) || (!refused && cue(s, ALSO_COUNTRY) && !cue(s, ALSO_COUNTRY)!.negated)) return [{ term: 'shipping.international', value: true, confidence: 0.75, unit }];
  if (refused && SERVED_PAIR.test(s)) return [{ term: 'shipping.international', value: true, confidence: 0.7, unit }];
  if (refused) return [{ term: 'shipping.international', value: false, confidence: 0.85, unit }];
  for (const re of INTL_YES_CUES) {
    const y = cue(s, re);
    if (y && !y.negated && !/\bnot eligible\b/.test(s.slice(y.index, y.index + 60)) && !PLANNED.test(s)) {
      return [{ term: 'shipping.international', value: true, confidence: 0.82, unit }];
    }
  }
  // "We ship within the UK and to Ireland": a named destination that is not the page's home market.
  const home = homeNames(ctx.pageCurrency);
  for (const m of s.matchAll(DESTINATION)) {
    if (!SENT_BEFORE.test(s.slice(Math.max(0, m.index - 100), m.index)) || negatedAt(s, m.index)) continue;
    // "For delivery to Australia please go to our Australian site": another shop of the brand serves that place.
    if (OTHER_SITE.test(s.slice(m.index + m[0].length))) continue;
    if ([...(m[1] ?? m[2]!).matchAll(ONE_OF_LIST)].some((p) => isAbroad(p[0], home, ctx.pageCurrency))) return [{ term: 'shipping.international', value: true, confidence: 0.75, unit }];
  }
  if (HOME_AREA_ONLY.test(s) || homeOnlyFrame(s) || homeAreaFrame(s, ctx)) return [{ term: 'shipping.international', value: false, confidence: HOME_AREA_ONLY_CONFIDENCE, unit }];
  // Duties under a returns or warranty heading are on the parcel coming back ("duty on a repair sent from abroad is
  // yours"), the shop's outbound parcels aside: implied only where the section is the shipping one or unnamed.
  const inboundSection = unit.sectionTopic === 'returns' || unit.sectionTopic === 'warranty' || unit.sectionTopic === 'guarantee';
  // "Duties are included for US customers" on a US page: the duties are on goods coming in to the home market (the
  // shop sends from abroad), not on parcels the shop sends out (test/real/README.md).
  const homeNamed = DOMESTIC.test(s) || (home?.test(s) ?? false);
  for (const re of inboundSection || homeNamed ? [] : INTL_IMPLIED_CUES) {
    const y = cue(s, re);
    if (y && !y.negated) return [{ term: 'shipping.international', value: true, confidence: IMPLIED_CONFIDENCE, unit }];
  }
  const frame = abroadFrame(s);
  if (frame !== undefined) return [{ term: 'shipping.international', value: frame, confidence: 0.72, unit }];
  // A section for a foreign destination that states a time or price ("EU & Switzerland" → "DHL, 4–8 working days").
  const section = unit.headingPath[unit.headingPath.length - 1]?.toLowerCase() ?? '';
  // The durations are read once, by whichever of the three option frames below asks first.
  let timed: boolean | undefined;
  const statesTime = (): boolean => (timed ??= findDurations(s).length > 0);
  if (ABROAD_SECTION.test(section) && (statesTime() || quotesPrice(s))) {
    return [{ term: 'shipping.international', value: true, confidence: 0.7, unit }];
  }
  // A listed option for foreign destinations ("International: 7–21 business days", "Rest of world: £12").
  if (unit.kind !== 'row' && ABROAD_LINE.test(s) && (statesTime() || quotesPrice(s) || /\bfree\b/.test(s))) {
    return [{ term: 'shipping.international', value: true, confidence: 0.72, unit }];
  }
  if (unit.kind === 'row' && ABROAD_ROW.test(s) && (statesTime() || /\$|£|€|free/.test(s))) {
    return [{ term: 'shipping.international', value: true, confidence: 0.7, unit }];
  }
  if (secondCountryEntry(unit, ctx)) return [{ term: 'shipping.international', value: true, confidence: 0.7, unit }];
  return [];
};

/**
 * Destinations by country: a page that gives a delivery time or a price for two different countries sends to at least
 * one beyond its home market, whichever is home ("US addresses:" / "Canada addresses:" each over a time, a rate table
 * of Germany, Austria and France, "within two days in the Netherlands … for Belgium, 48 hours"). One entry is a line or
 * row headed by the country ("Canada: 7-10 days", "Austria |" over its prices) or a sentence that sends to it ("to",
 * "for", "within", "throughout", "across") and states a time or price; never "from" or "in" (where goods come from or
 * are made), never a return or refund coming back. The reading sits on the second country's entry.
 */
const COUNTRY_IDS = PLACES.filter((p) => p.kind === 'country').map((p) => ({ id: p.id, whole: new RegExp(`^(?:the )?(?:${[...p.names, ...(p.adjectives ?? [])].join('|')})$`) }));
/** A name inside a longer place is not that country: "New Mexico", "Northern Ireland", "New South Wales". */
const INSIDE_ANOTHER = /\b(?:new|northern|south|west|east|north)\s$/;
const ENTRY_NOUNS = '(?:addresses|orders|customers|deliveries|delivery|shipping|shipments)';
const COUNTRY_HEAD = fencedRegExp(`^\\W{0,3}(${COUNTRY_NAME}|(?:${COUNTRY_ADJECTIVES.join('|')})(?= ${ENTRY_NOUNS}))(?: ${ENTRY_NOUNS})?\\s*(?:\\([^)]*\\)\\s*)?(?:[:|–—]|\\s-\\s|$)`);
const COUNTRY_SENT_TO = fencedRegExp(`\\b(?:to|for|within|throughout|across) (${COUNTRY_NAME})(?![a-z])`, 'g');
const ENTRIES = new WeakMap<readonly Unit[], Map<number, string>>();

function countryId(name: string): string | undefined {
  const n = name.trim();
  return COUNTRY_IDS.find((c) => c.whole.test(n))?.id;
}

/** The country a unit is an entry for, if it is one. */
function countryEntry(unit: Unit, next: Unit | undefined): string | undefined {
  const s = unit.norm;
  if (INBOUND.test(s)) return undefined;
  const states = (t: string): boolean => findDurations(t).length > 0 || quotesPrice(t) || /\bfree\b/.test(t);
  const head = COUNTRY_HEAD.exec(s);
  if (head) {
    const rest = s.slice(head[0].length);
    // A label line alone ("Canada addresses:") takes its time or price from the line under it.
    if (states(rest) || (rest.trim() === '' && next !== undefined && !COUNTRY_HEAD.test(next.norm) && states(next.norm))) return countryId(head[1]!);
  }
  if (!states(s) || !SENDING.test(s)) return undefined;
  for (const m of s.matchAll(COUNTRY_SENT_TO)) {
    if (INSIDE_ANOTHER.test(s.slice(Math.max(0, m.index - 10), m.index + m[0].length - m[1]!.length)) || negatedAt(s, m.index)) continue;
    if (OTHER_SITE.test(s.slice(m.index + m[0].length))) continue;
    const id = countryId(m[1]!);
    if (id) return id;
  }
  return undefined;
}

function secondCountryEntry(unit: Unit, ctx: RuleContext): boolean {
  const units = ctx.pageUnits;
  if (!units || units[unit.order] !== unit) return false;
  let entries = ENTRIES.get(units);
  if (!entries) {
    entries = new Map();
    for (const u of units) {
      const id = countryEntry(u, units[u.order + 1]);
      if (id) entries.set(u.order, id);
    }
    ENTRIES.set(units, entries);
  }
  const own = entries.get(unit.order);
  if (own === undefined) return false;
  for (const [order, id] of entries) if (order < unit.order && id !== own) return true;
  return false;
}

/**
 * The clause frame for destinations abroad, for wordings no cue above names: a destination word (ABROAD), a shipping
 * word in the same clause within FRAME_REACH characters, and the clause's negation deciding the value. "Shipping is
 * free worldwide", "for international orders we use a registered airmail service", "All other countries: 25 days"
 * → true; "No overseas deliveries", "we do not deliver outside the territory of India" → false; "we do not ship to
 * any other international locations" names a list it does ship to, so it is true.
 */
const ABROAD = fencedRegExp(String.raw`\b(?:${abroadWords(['adjective', 'adverb', 'head'], 'world-?wide', '(?:all )?other countries')}|outside (?:of )?(?:the )?(?:territory|country|eu\b|european union|uk\b|us\b|usa|united states|[a-z]+ mainland))\b`, 'g');
const SHIP_WORD = fenced(/\b(?:ship\w*|deliver\w*|send|sent|post(?:age|ed)?|dispatch\w*|courier\w*|airmail|carriage|orders?|order(?:ing|ed)|customers|buyers|shoppers|parcels?|destinations?|locations)\b|:\s*\d|\b\d+(?:\s*-\s*\d+)?\s*(?:business |working )?days\b/);
const FRAME_REACH = 45;
/** Not about where the shop sends goods: currencies, phone numbers, the shopper's own returns, a worldwide pandemic or shortage. */
const NOT_DESTINATION = /\b(?:currency|currencies|exchange rate|calling|dial|phone|warrant|refund)\w*|\b(?:worldwide|global|international) (?:pandemic|covid\w*|crisis|shortages?|demand|lockdowns?|events?|supply)\b/;

/**
 * The word abroad said of where goods come from or who the shop is, not of where it sends them: "international
 * suppliers", "made overseas", "sourced from abroad", "a global leader", and shoppers "worldwide" who love or trust it.
 */
/** Who supplies or what the shop is, after the word abroad ("international suppliers", "a worldwide following"). */
const ORIGIN_NOUNS: readonly string[] = [
  'suppliers?', 'sources?', 'brands?', 'manufacturers?', 'makers?', 'factories', 'artisans?', 'partners?', 'designers?',
  'stores?', 'shops?', 'boutiques?', 'offices?', 'company', 'companies',
  'leaders?', 'reputation', 'presence', 'recognition', 'awards?', 'fans?', 'following', 'community', 'audience',
];
/** Where goods come from, before the word abroad ("made overseas", "sourced from abroad", "shipped in from"). */
const ORIGIN_VERBS: readonly string[] = ['made', 'sourced', 'produced', 'manufactured', 'imported', 'designed', 'printed', 'grown', 'crafted', 'shipped in', 'comes?', 'arrives?', 'bought', 'purchased'];
const ORIGIN_AFTER = new RegExp(String.raw`^\s*(?:${ORIGIN_NOUNS.join('|')})\b`);
const ORIGIN_BEFORE = new RegExp(String.raw`\b(?:${ORIGIN_VERBS.join('|')})\s+(?:\w+\s+)?(?:from\s+)?$`);
/** Shoppers named only as an audience ("loved by 20,000 customers worldwide"): no sending word, no time or price. */
const AUDIENCE = /\b(?:customers|buyers|shoppers)\b/g;

function abroadFrame(s: string): boolean | undefined {
  if (NOT_DESTINATION.test(s)) return undefined;
  ABROAD.lastIndex = 0;
  for (let m = ABROAD.exec(s); m; m = ABROAD.exec(s)) {
    const before = s.slice(Math.max(0, m.index - FRAME_REACH), m.index);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + FRAME_REACH);
    const clauseBefore = before.split(/[.;!?]/).pop()!;
    const clauseAfter = after.split(/[.;!?]/)[0]!;
    if (ORIGIN_AFTER.test(clauseAfter) || ORIGIN_BEFORE.test(clauseBefore)) continue;
    if (!SHIP_WORD.test(clauseBefore) && !SHIP_WORD.test(clauseAfter)) continue;
    const beyondAudience = `${clauseBefore} ${clauseAfter}`.replace(AUDIENCE, ' ');
    if (!SHIP_WORD.test(beyondAudience) && !SENDING.test(s) && findDurations(s).length === 0 && !quotesPrice(s)) continue;
    // "any other international locations", "anywhere else overseas": a refusal of the rest after a list of places served.
    if ((/\b(?:any )?other $/.test(before) && /^international\b/.test(m[0])) || /\belse $/.test(before)) return true;
    // "we take no responsibility for delays on international orders" refuses the blame, not the orders.
    if (/\b(?:responsib\w*|liab\w*|blame)\b (?:for|of)\b[^.;]{0,50}$/.test(before)) continue;
    // "to see if your products can be sold overseas" asks; it states nothing.
    // A condition with its consequence stated ("30 days if the shipping is abroad") is an option the shop has.
    if (/\b(?:see|check|find out|ask|know|confirm|determine|unsure|not sure)\w* (?:if|whether)\b|\bwhether\b/.test(clauseBefore)) return undefined;
    const condition = /\bif\b/.exec(clauseBefore);
    if (condition) {
      const consequence = s.slice(0, m.index - clauseBefore.length + condition.index).slice(-30);
      if (findDurations(consequence).length === 0 && !quotesPrice(consequence)) return undefined;
    }
    // "some products … cannot be shipped to international destinations": a few items are held back, the rest go.
    if (negatedAt(s, m.index)) return /\b(?:some|certain|others|select(?:ed)?|a few) (?:\w+ )?(?:(?:items?|products?|goods)\b)?/.test(s.slice(0, m.index)) ? true : false;
    return true;
  }
  return undefined;
}

/** Cut-off: "orders placed before 2pm EST ship the same day", "orders after 12 noon take an extra business day", "cut-off time is 3pm". */
const CUTOFF =
  fenced(/\b(?:cut-?off|ordered (?:by|before|prior to|after)|orders? (?:placed|received|submitted|made)\b[^.]{0,40}?\b(?:before|by|prior to|after)(?=\s+\d|\s+noon|\s+midday)|orders? (?:placed|received|submitted|made|confirmed|completed)?\s*(?:before|by|prior to|after|until|up to)|(?:placed|received|submitted|made) (?:before|by|prior to|after|until)|order (?:by|before))\b/);

/**
 * The cut-off frame, for wordings the CUTOFF cue does not name: a clock time an order must beat ("before the 11am
 * cut-off", "purchased by 4:00pm", "prior to 2pm"), in a sentence that says when the order then leaves (the same
 * day, within that day, the next working day, within N hours). Office hours and delivery slots state ranges, not this.
 */
const BEFORE_TIME = /\b(?:before|prior to|by|no later than)\s*(?:the\s*)?$/;
const TIME_THEN_CUTOFF = /^\s*(?:\(?[a-z]{2,5}\)?\s*)?cut-?off\b/;
const LEAVES_WORDS = new RegExp(String.raw`\b(?:${LEAVES_VERBS})\w*`);
const SAME_DAY = /\b(?:(?:the )?same|that) (?:business |working )?day\b|\bwithin that day\b|\bon the day\b/;
const WHEN_IT_LEAVES = new RegExp(`${SAME_DAY.source}|\\b(?:next|following) (?:business |working )?day\\b|\\bwithin \\d+(?: ?- ?\\d+)? (?:hours|business|working|days)`);

function cutoffFrame(s: string): { minutes: number; index: number } | undefined {
  if (!LEAVES_WORDS.test(s) || !WHEN_IT_LEAVES.test(s) || findTimeRanges(colonTimes(s)).length > 0) return undefined;
  // "On a Friday before midday": one weekday's exception, not the everyday cut-off.
  if (/\bon (?:a )?(?:fridays?|saturdays?|sundays?|weekends?)\b/.test(s)) return undefined;
  for (const t of findTimes(s)) {
    if (t.minutes <= 0 || t.minutes >= 24 * 60) continue;
    if (BEFORE_TIME.test(s.slice(Math.max(0, t.index - 20), t.index)) || TIME_THEN_CUTOFF.test(s.slice(t.end, t.end + 20))) return { minutes: t.minutes, index: t.index };
  }
  return undefined;
}

/** The cut-off frame of each unit, read once: shippingTimes and cutoffTime both ask for it. */
const FRAMES = new WeakMap<Unit, { norm: string; frame: { minutes: number; index: number } | undefined }>();

function cutoffFrameOf(unit: Unit): { minutes: number; index: number } | undefined {
  const known = FRAMES.get(unit);
  if (known && known.norm === unit.norm) return known.frame;
  const frame = cutoffFrame(unit.norm);
  FRAMES.set(unit, { norm: unit.norm, frame });
  return frame;
}

/**
 * The faster service whose orders a cut-off is stated for, named in its clause before the time ("expedited orders
 * placed before 3pm ship the next business day", "our cut-off time for Express Mail is 3pm"): that option's cut-off, a
 * variant. A service the cut-off buys ("order by 3pm for next-day delivery", "next day delivery if you order before
 * 12pm") is the shop's cut-off all the same.
 */
const SERVICE_ORDERS = fencedRegExp(String.raw`(?:${EXPRESS_WORDS.source})(?: [a-z]+)? (?:orders?|shipments?|parcels?)\b|\bcut-?off (?:times? )?for (?:the |our )?(?:[a-z]+ )?(?:${EXPRESS_WORDS.source})`);

function cutoffService(s: string, timeAt: number): string | undefined {
  const before = s.slice(clauseStartAt(s, timeAt), timeAt).replace(NOT_A_SERVICE, ' ').replace(DISPATCH_DAY, ' ');
  return SERVICE_ORDERS.test(before) ? EXPRESS_WORDS.exec(before)?.[0] : undefined;
}

const cutoffTime: Rule = (unit) => {
  const s = unit.norm;
  const c = CUTOFF.exec(s);
  const scopeAt = (timeAt: number): { scope?: string } => {
    const scope = DATED.test(s) ? DATED_SCOPE : timeAt >= 0 ? cutoffService(s, timeAt) : undefined;
    return scope ? { scope } : {};
  };
  const viaFrame = (): Candidate[] => {
    const frame = /\b(?:return|refund|warrant)/.test(s) ? undefined : cutoffFrameOf(unit);
    if (!frame) return [];
    const timezone = findTimeZone(s);
    return [{ term: 'shipping.cutoff_time', value: hhmm(frame.minutes), confidence: 0.75, unit, ...(timezone ? { timezone } : {}), ...scopeAt(frame.index) }];
  };
  if (!c) return viaFrame();
  if (!/\bcut-?off\b/.test(c[0]) && !/\b(?:extra|additional|another) (?:business |working )?day|\b(?:ship|dispatch|process|same[- ]day|next (?:business |working )?day|following (?:business |working )?day|leave|sent|go out|deliver)/.test(s)) return [];
  if (/\b(?:return|refund|warrant)/.test(s) && !/\bship|dispatch/.test(s)) return [];
  const times = findTimes(s).filter((t) => t.index >= c.index && t.index - c.index < 60 && t.minutes > 0 && t.minutes < 24 * 60);
  const t = times[0];
  // "before the 1pm cut-off": the time comes before the cue word.
  if (!t) return viaFrame();
  const timezone = findTimeZone(s);
  return [{ term: 'shipping.cutoff_time', value: hhmm(t.minutes), confidence: 0.82, unit, ...(timezone ? { timezone } : {}), ...scopeAt(t.index) }];
};

/** Tracking: "a tracking number is emailed once your order ships", "track your parcel online". */
const TRACKING_YES = fenced(/\b(?:(?:get|receive) (?:a )?tracking|tracking (?:by|via) (?:e-?mail|sms|text)|tracked (?:24|48|72|delivery|service|parcel|shipping|post)|fully tracked|tracked (?:from|all the way|door)|(?:is|are) (?:fully |all |[a-z]+ and )?tracked|tracking (?:numbers?|codes?|links?|info(?:rmation)?|details|ids?|url|emails?|is (?:provided|available|included))|track (?:your |the |their |a )?(?:orders?|packages?|parcels?|shipments?|deliver(?:y|ies))|(?:end[- ]to[- ]end|full|online|real[- ]time|live) tracking|(?:fully )?traceable|(?:fully |all orders are )?tracked (?:delivery|shipping|service|parcel|orders?)|trackable (?:shipping|delivery)|with tracking|includes? tracking|order tracking)\b/);
const TRACKING_NO = /\b(?:no tracking|tracking (?:is )?not (?:available|provided|included)|untracked|without tracking|(?:do not|don't|cannot|can't) (?:provide|offer) tracking)\b/;
/** "No tracking on economy or PO box orders": a refusal for some parcels only, not the shop's rule. */
const TRACKING_NO_PARTIAL = /\b(?:some|certain|economy|international|po box)\b/;
/** Before the tracking cue, a hedge or another destination: "where possible", "if your order can be tracked", "for deliveries outside the UK". */
const TRACKING_HEDGE = fenced(/\bwhere possible\b|\bif (?:your |the |an? )?(?:order|parcel|package|shipment|item|delivery)s? (?:can|is able to|may) be tracked\b|\b(?:if|where|when) (?:tracking|it) is (?:available|possible|offered)\b|\b(?:for|on) (?:deliveries|orders|parcels|shipments) outside\b|\binternational (?:orders|deliveries|parcels|shipments)\b/);
/**
 * The shopper's own parcel, coming back: advice about it ("we recommend a trackable service for your return"), tracking
 * required of it ("tracked shipping required"), and the shop as the one that receives or tracks it ("track your
 * package at every stage, including when we receive it", "this helps us track your package"), on returns pages whose
 * sentences name no return.
 */
const SHOPPERS_PARCEL = fenced(/\b(?:recommend|suggest|advise|(?:is )?a good idea|keep (?:your|the) (?:tracking|proof)|your own (?:cost|expense)|send (?:the|your) (?:parcel|package|item))\b|\btrack\w*(?: [a-z]+){0,2} (?:is |are )?required\b|\bwe receive (?:it|them|(?:your|the) (?:parcel|package|item|goods)s?)\b|\b(?:helps?|allows?|lets?|enables?) us (?:to )?track\b/);

/**
 * Tracking sold as an extra ("tracking numbers as an option at checkout", "upgrade to tracked shipping", "tracking for
 * an additional fee"), given only with a service the buyer picks ("if a shipping method that provides a tracking
 * number has been selected") or only on request ("tracking info can be provided on request"): the standard service
 * decides, and it has none (test/real/README.md), so the option says nothing. Words of choosing, asking or paying for
 * it, within reach of the cue on either side.
 */
const TRACKING_EXTRA = fenced(/\b(?:as an? (?:option|add-?on|extra)|optional(?:ly)?|upgrade[ds]?|if you (?:chose|choose|select(?:ed)?|opt(?:ed)? for|pay for|paid for|purchased?)|(?:for|at) an? (?:extra|additional|small) (?:fee|charge|cost)|at (?:extra|additional) (?:cost|charge)|(?:can|may) be (?:added|purchased|bought)|add(?:ed)? (?:tracking|it) (?:at|for)|(?:methods?|services?|options?|class(?:es)?) (?:that|which) (?:provides?|includes?|offers?|comes? with|has)|(?:has been|have been|is|are|was|were) (?:selected|chosen|purchased))\b/);
/** Tracking given only when asked for, anywhere in its sentence: "tracking details … can be provided on request". */
const TRACKING_ON_REQUEST = /\b(?:(?:on|upon|by) (?:request|arrangement)|if requested|on demand)\b/;
const TRACKING_EXTRA_REACH = 35;
/** A choice left to the buyer in the clause before a service: "if you are happy to use", "should you prefer". */
const BUYER_CHOOSES = /\b(?:if|when|should) you\b[^.;]*$/;

/**
 * Tracking said in other words than TRACKING_YES's phrases: a tracking word ("track and trace", "trackable", "tracked")
 * beside a word of the parcel or its service ("tracked courier by default", "a track & trace code", "Parcel Post
 * Tracked", "Trackable service"). Two word classes and a reach in words, so a new wording needs no new phrase.
 */
const TRACK_WORD = /^(?:track|tracked|trackable|tracking|trace|traceable|track-and-trace|track-trace)$/;
const TRACK_NOUNS = new Set(['number', 'numbers', 'code', 'codes', 'link', 'links', 'service', 'services', 'courier', 'couriers', 'parcel', 'parcels', 'post', 'postage', 'information', 'info', 'details', 'delivery', 'deliveries', 'shipping', 'shipment', 'shipments', 'package', 'packages', 'mail', 'updates', 'id']);
const TRACK_REACH = 3;
const TRACK_WORDS_CONFIDENCE = 0.75;
/**
 * Where a bare tracking word says nothing of the shop's standard parcel: beside "untracked" (a choice of services), for
 * parcels abroad, or about a parcel coming back or watched by the buyer ("post it back … using a tracked courier", "your
 * responsibility to keep an eye on the tracking"). The phrase list states a shop's offer outright; the word class does
 * not, so it keeps off these.
 */
const TRACK_WORDS_VOID = /\b(?:untracked|international|overseas|outside|worldwide|back|your responsibility)\b/;

function trackingWords(s: string): { index: number; negated: boolean; text: string; weak?: boolean } | undefined {
  const words = [...s.replace(/\btrack ?(?:and|&|n) ?trace\b/g, (m) => 'track-and-trace'.padEnd(m.length, ' ')).matchAll(/[a-z][a-z&-]*/g)];
  for (let i = 0; i < words.length; i++) {
    if (!TRACK_WORD.test(words[i]![0])) continue;
    const near = words.slice(Math.max(0, i - TRACK_REACH), i + TRACK_REACH + 1);
    if (!near.some((w) => TRACK_NOUNS.has(w[0]))) continue;
    const index = words[i]!.index!;
    return { index, negated: negatedAt(s, index), text: words[i]![0], weak: true };
  }
  return undefined;
}

/**
 * Tracking said to be partial right after it, in the same sentence or the next one of its section: "it is not a fully
 * tracked service", "please note that some orders will not have a tracking number". The service named is not tracked
 * end to end, or not for every order: no default tracking (test/real/README.md: the standard service decides).
 */
const TRACKING_LIMITED = fenced(/\bnot (?:a |an )?fully (?:tracked|trackable)\b|\b(?:some|certain|not all) (?:of (?:our|the|your) )?(?:orders?|parcels?|packages?|items?|shipments?|deliveries)\b[^.]{0,30}\btrack/);

function trackingLimitedAfter(unit: Unit, ctx: RuleContext, end: number): boolean {
  if (TRACKING_LIMITED.test(unit.norm.slice(end))) return true;
  const next = ctx.pageUnits?.[unit.order + 1];
  return next !== undefined && ctx.pageUnits?.[unit.order] === unit && sameSection(next, unit) && TRACKING_LIMITED.test(next.norm);
}

const tracking: Rule = (unit, ctx) => {
  const s = unit.norm;
  const no = TRACKING_NO.exec(s);
  // "…however, cheaper rates are available if you are happy to use an untracked service": the untracked service is
  // the buyer's choice, not the standard one.
  if (no && !TRACKING_NO_PARTIAL.test(s) && !BUYER_CHOOSES.test(s.slice(clauseStartAt(s, no.index), no.index))) return [{ term: 'shipping.tracking', value: false, confidence: 0.8, unit }];
  const y = cue(s, TRACKING_YES) ?? (unit.kind !== 'heading' && !TRACK_WORDS_VOID.test(s) ? trackingWords(s) : undefined);
  if (!y || y.negated) return [];
  const end = y.index + y.text.length;
  if (TRACKING_EXTRA.test(s.slice(Math.max(0, y.index - TRACKING_EXTRA_REACH), end + TRACKING_EXTRA_REACH)) || TRACKING_ON_REQUEST.test(s)) return [];
  // "For deliveries outside the UK, where possible we supply tracking": only some parcels, hedged; not the shop's rule.
  if (TRACKING_HEDGE.test(s.slice(0, y.index + y.text.length))) return [];
  // "We recommend a trackable service for your return" is about the shopper's parcel, not the shop's.
  if (SHOPPERS_PARCEL.test(s) || INBOUND.test(s)) return [];
  if (trackingLimitedAfter(unit, ctx, end)) return [];
  // The word class is weaker evidence than a stated phrase: its readings stay below SURE (confidence.ts).
  return [{ term: 'shipping.tracking', value: true, confidence: 'weak' in y ? TRACK_WORDS_CONFIDENCE : 0.82, unit }];
};

export const SHIPPING_RULES: Rule[] = [freeThreshold, shippingTimes, expressAvailable, international, cutoffTime, tracking];
export type { Unit };
