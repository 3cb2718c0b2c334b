/**
 * Warranty rules: duration in months (or lifetime), extended plans.
 */
import { cue, faqVerdict } from '../language/negation.js';
import { findDurations, toMonths, unitOf } from '../language/numbers.js';
import { scopeOf } from '../language/scope.js';
import { previousNorm, type Rule, type RuleContext, type Unit } from '../rule-types.js';
import { fenced } from '../language/pattern-size.js';
import { FAULT } from './fault-words.js';

/** Warranty wording: "two-year limited warranty", "warranted against defects", "guaranteed against manufacturing defects". */
const WARRANTY = fenced(/\bwarrant(?:y|ies|ed|s)?\b|\b\d+[- ](?:years?|months?)[- ](?:[a-z]+ )?guarantee\b|\bguaranteed? for (?:\d+ (?:years?|months?)|life)\b|\b(?:\d+|lifetime)[- ](?:years?|months?)?[- ]?guarantee\b(?=[^.]{0,60}\b(?:faults?|defects?|parts|labour|labor|manufactur|workmanship|repair|breakage))|\bguarantee[ds]? (?:covers?|covering)\b|\bguarantee[ds]?\b[^.]{0,30}\bagainst (?:manufactur|defect|faults?|breakage)|\bguarantee[ds]? (?:for) (?:manufactur|defect|faults?)|\bcovered (?:against|for) (?:manufactur|defect)|\bcovered for \d+ (?:years?|months?) against (?:[a-z]+ )?(?:defects?|faults?|manufactur|breakage)|\bmanufacturer'?s? (?:guarantee|cover)|\bguaranteed? (?:to be )?free (?:from|of) (?:manufactur\w* )?(?:defects?|faults?)|\bguarantee (?:our |the |its |all |every )?(?:workmanship|craftsmanship|materials|construction|stitching|seams|hardware)\b|\b(?:repair|replace|fix)(?: or (?:repair|replace))? (?:any |all |the )?(?:faulty|defective|broken) (?:[a-z]+ )?(?:free of charge |at no cost )?for \d+ (?:years?|months?)|\bcovered for \d+ (?:years?|months?) from (?:the )?(?:date of )?(?:purchase|delivery)|\b(?:protected|backed|insured) for \d+ (?:years?|months?) against (?:[a-z]+ )?(?:defects?|faults?|manufactur|breakage)|\b(?:we )?(?:back|stand behind) (?:[a-z']+ ){1,4}for (?:a (?:full )?|\d+ (?:full )?)(?:years?|months?)\b|\bcoverage (?:lasts|runs|is|of) (?:for )?\d+ (?:years?|months?)\b|\b\d+[- ](?:years?|months?)[- ](?:promise|pledge|cover) against (?:[a-z]+ )?(?:defects?|faults?|breakage)|\bguarantee period (?:is|lasts|of) (?:for )?\d+ (?:years?|months?)\b/);
/** Extended plans are their own term; their durations are not the product warranty. */
const EXTENDED = fenced(/\b(?:extends? (?:the|your) (?:guarantee|warranty|cover(?:age)?|protection)|extended (?:warrant\w*|protection|cover(?:age)?|service (?:plans?|contracts?|agreements?)|guarantee)|(?:applecare\+?|squaretrade|asurion|allstate|mulberry|clyde|extend) (?:protection |care |service )?(?:plans?|cover(?:age)?|protection)|protection plans?|care plans?|service plans?|accident protection|add(?:-| )on (?:cover|protection)|purchase additional (?:cover(?:age)?|protection|warranty|years?)|upgrade (?:to|your) (?:an? )?(?:\d+[- ]years? |lifetime )?(?:warranty|guarantee|cover(?:age)?)|accidental damage (?:cover|protection|plans?|insurance)|warranty (?:extensions?|upgrades?)|add (?:a |an )?(?:coverage|protection|cover)\b(?=[^.]{0,30}\b(?:at checkout|accidental|to your (?:order|cart|purchase)))|optional (?:\d+[- ]years? )?(?:extended )?(?:coverage|cover|protection|warranty)|adds? (?:\d+ )?(?:extra|additional|more) years?|(?:another|a further|an extra|extra|additional) (?:\d+ )?(?:years?|months?) of (?:cover(?:age)?|warranty|protection|guarantee)|upgrade (?:to|your) (?:\d+|[a-z]+)[- ]years? (?:of )?(?:warranty|guarantee|cover(?:age)?|protection)|(?:buy|purchase|add|get) (?:an? )?(?:additional|extra|further|longer) (?:cover(?:age)?|protection|warranty)|(?:additional|extra|further|longer) (?:cover(?:age)?|protection|warranty) (?:can be|may be|is) (?:purchased|bought|added)|(?:add|buy|purchase|choose|protect (?:your|the) (?:purchase|product|item) with) (?:an? |our )?(?:\d+|[a-z]+)[- ]years? (?:protection |care |cover |service )?plan|adds? \d+ (?:more |extra )?years? of (?:cover(?:age)?|protection|warranty)|extend (?:the |your )?cover(?:age)?|extended guarantees|insurance against (?:accidental )?damage|product protection|longer (?:warranty|guarantee|cover(?:age)?) (?:options?|plans?|is available|are available)|protect (?:it|them|your [a-z]+|the [a-z]+) with [a-z0-9+ ]{2,30} for [$£€]\s?\d+|stretch (?:that|the|your) cover(?:age)?|(?:warranty|warranties|cover(?:age)?|protection) (?:[a-z0-9-]+ ){0,5}?(?:(?:can|may) (?:also )?be (?:added|purchased|bought)|(?:is |are )?(?:also |optionally )?(?:available|offered|sold|added|priced) (?:at|for) (?:[$£€] ?\d+|\d+(?= ?%| per ?cent)|an? (?:extra|additional|small|one-off) (?:fee|cost|charge|price))))\b/);
/** "Repairs do not extend the warranty": the verb, refused, says nothing about plans on sale. */
const NOT_EXTENDING = /\b(?:do|does|will|shall|would) not (?:\w+ )?extend\b|\bdon't extend\b|\bdoesn't extend\b|\bwon't extend\b|\bwithout extending\b/;
const LIFETIME = /\bguaranteed? for life\b|\blifetime (?:limited )?(?:warranty|guarantee)\b|\bwarrant(?:y|ed) for (?:the )?(?:life|lifetime)\b|\bfor (?:the )?(?:(?:practical|normal|useful|entire|whole|expected) )?life(?:time)? of (?:the|your|its) (?:[a-z-]+ )?(?:products?|items?|goods|purchase)\b|\b(?:warrant(?:y|ed)|guaranteed?|covered)\b[^.]{0,80}\bfor as long as you own (?:it|them|the [a-z]+|your [a-z]+)\b/;

/**
 * A warranty said by what it does rather than its name: a fault, a time in years or months, a remedy. In-house rows:
 * "if a glue joint fails within 5 years of purchase, I'll repair or replace it", "if a seam comes undone within the
 * first year, our menders will put it right for free", "we guarantee our weaving for 10 years".
 */
const FAULT_EVENT = fenced(/\b(?:cracks?|fails?|breaks?|splits?|comes? undone|comes? apart|stops? working|develops? a fault|(?:is|turns out|proves?) (?:to be )?(?:faulty|defective)|defects?|faults?|wears? through)\b/);
/**
 * A remedy for a fault, one word class for both readings of a warranty said by what it does: the maker's own promise in
 * the verb ("I'll repair or replace it", "our menders will put it right"), and in a cover's scope also the nouns and
 * the price of it ("a free replacement", "we make good any defects", "repaired free of charge"). Exported for
 * guarantee.ts, where a remedy beside a guarantee period makes it a cover's.
 */
export const REMEDY_VERB = String.raw`repair|replace|fix|mend|put (?:it|them|things) right|make (?:it|them|things) right|remake|re-?stitch`;
const REMEDY = new RegExp(String.raw`\b(?:${REMEDY_VERB})\b`);
const COVER_REMEDY = new RegExp(String.raw`\b(?:${REMEDY_VERB}|replacements?|repairs|repaired|replaced|make good|made good|free of charge|at no (?:extra )?(?:cost|charge))\b`);
const WARRANTY_SPAN = /\b(?:within|for) (?:the first |its first |the )?(\d+ )?(years?|months?)\b/;
/** "We guarantee our weaving for 10 years" (British "guarantee" for a warranty; never money back). */
const GUARANTEE_FOR = /\bguarantee[sd]? (?:our|the|all|every|each|its|their) [a-z ]{1,25}? for \d+ (?:years?|months?)\b/;

function partsSpan(s: string): number | undefined {
  if (!/year|month/.test(s) || /money|refund|return within|satisf/.test(s)) return undefined;
  const partsSaid = FAULT_EVENT.test(s) && REMEDY.test(s);
  if (!partsSaid && !GUARANTEE_FOR.test(s)) return undefined;
  if (/\bwithin the first year\b/.test(s)) return 12;
  const span = WARRANTY_SPAN.exec(s);
  if (!span) return undefined;
  const amount = span[1] ? Number(span[1]) : 1;
  const months = /^year/.test(span[2]!) ? amount * 12 : amount;
  return months >= 3 && months <= 600 ? months : undefined;
}

/**
 * A cover's period stated in a sentence apart from its name (issue 11, "stated indirectly"): the neighbouring sentence
 * or the heading names the warranty or a guarantee against faults ("Guarantees" over "we make good any defects notified
 * in the first twelve months"; "defective goods may be exchanged for a replacement within 180 days" before "the warranty
 * does not cover misuse"). In that scope a fault, a remedy and a span make the period, the span in any unit (180 days is
 * 6 months) and said as "in/within the first"; without the scope a faulty-goods return of 30 days stays a return.
 */
const COVER_SPAN = /\b(?:within|for|in|during) (?:the first |its first |the )?(\d+) (days?|weeks?|months?|years?)\b|\b(?:within|in|during) the first year\b/;
const COVER_NAMED = /\bwarrant(?:y|ies)\b|\bguarantee[sd]?\b/;
/** "The guarantee period covers 2 years", "a 24-month warranty period": the period named as such, in a cover's scope. */
const PERIOD_NOUN = /\b(?:guarantee|warranty) period\b/;
function coverPeriod(s: string): number | undefined {
  if (/money|refund|satisf|\bprices?\b|\btrial\b/.test(s)) return undefined;
  const noun = PERIOD_NOUN.exec(s);
  if (noun) {
    const d = findDurations(s).filter((x) => x.unit !== 'hour' && x.unit !== 'day').sort((a, b) => Math.abs(a.index - noun.index) - Math.abs(b.index - noun.index))[0];
    const months = d ? toMonths(d.max, d.unit) : 0;
    if (d && Math.abs(d.index - noun.index) < 40 && months >= 3 && months <= 600) return months;
  }
  if (!(FAULT_EVENT.test(s) || FAULT.test(s)) || !COVER_REMEDY.test(s)) return undefined;
  const span = COVER_SPAN.exec(s);
  // "Report defects within 90 days": the claim's clock, not the cover's.
  if (!span || /\b(?:notify|report|register|claim|contact|inform|tell)(?: us)? $/.test(s.slice(Math.max(0, span.index - 20), span.index))) return undefined;
  const months = span[1] ? toMonths(Number(span[1]), unitOf(span[2]!)) : 12;
  return months >= 3 && months <= 600 ? months : undefined;
}

/**
 * The unit sits in a cover's scope: its section is a warranty's, or the unit just before or after it in the same section,
 * or the short title line that opens its paragraph (a numbered "2. Guarantees" that plain text does not make a heading),
 * names a warranty or a guarantee that is not a money-back, satisfaction or price promise.
 */
const TITLE_LINE_MAX_CHARS = 40;
function inCoverScope(unit: Unit, ctx: RuleContext): boolean {
  if (unit.sectionTopic === 'warranty') return true;
  const units = ctx.pageUnits ?? [];
  const path = unit.headingPath.join('\n');
  const sameSection = (u: Unit | undefined, order: number): u is Unit => u !== undefined && u.order === order && u.headingPath.join('\n') === path && u.kind !== 'heading';
  const names = (n: string): boolean => COVER_NAMED.test(n) && !NOT_COVER_PROMISE.test(n);
  const next = units[unit.order + 1];
  if (names(previousNorm(unit, ctx)) || (sameSection(next, unit.order + 1) && names(next.norm))) return true;
  for (let k = 2; k <= 3; k++) {
    const u = units[unit.order - k];
    if (!sameSection(u, unit.order - k)) return false;
    if (u.text.length <= TITLE_LINE_MAX_CHARS && !/[.!?]\s*$/.test(u.text)) return names(u.norm);
  }
  return false;
}

/**
 * A warranty whose object is a repair the shop has done ("you receive 3 months warranty on a repair", "repairs come with
 * a 6-month warranty"): the repair's cover, not the goods'.
 */
const REPAIR_COVER = /\bwarrant(?:y|ies) (?:on|for|covering) (?:a |the |your |all |any |each |every |our )?(?:repairs?|repair work|repaired (?:items?|products?|goods|units?|parts?|devices?))\b|\brepairs? (?:are|is|come|comes|carry|carries|have|has) (?:a |an )?(?:\d+[- ](?:days?|months?|years?)[- ])?warranty\b/;

/**
 * A kind of goods followed by the shop's own verb of selling ("all pieces of furniture we supply", "all the hardwood
 * furniture we sell") names the shop's whole range, not a part of it: the warranty said of it is the general one.
 */
const WHOLE_RANGE = /\b(?:all|every|each)\b[^.;]{0,40}\b(?:we|i) (?:sell|supply|make|build|craft|carry|stock|offer|produce|manufacture)\b/;
function goodsScope(s: string, before: string): string | undefined {
  return WHOLE_RANGE.test(s) ? undefined : scopeOf(before);
}

/** "For an additional 3 years", "a further 2 years": time added on top of the warranty, an extension's, not its length. */
const ADDED_SPAN = /\b(?:additional|extra|further|another)\s*$/;
/** A span counted in working days, or one the buyer is asked to allow: the time to handle a claim. */
const HANDLING_TIME = /\b(?:business|working) days?\b|\ballow (?:up to |about |around )?\d/;
/**
 * Words just before a span that make it another clock ("void after 30 days of misuse", "register within 30 days", "a
 * part older than 60 days", "after 30 days, defective items may be covered by the maker"), not the warranty's length.
 */
const OTHER_CLOCK_BEFORE = /\b(?:(?:register|claim|report|notif(?:y|ied)|contact)(?:ed|ing)?|within(?: the| its| your)?(?: first)?|older than|after|beyond)\s*$/;
/**
 * A warranty span or lifetime said by name: a lifetime reading weighs like a stated span, so the earlier sentence wins
 * a tie instead of a parts span said later ("three years on wheeled goods").
 */
const NAMED_SPAN_CONFIDENCE = 0.86;

/**
 * A lifetime guarantee is the goods' cover against faults (British and maker's usage, TERMS.md: "guaranteed for life
 * against faults" → lifetime), said as a name with nothing about faults beside it ("our Plain + Simple Lifetime Guarantee
 * applies to all sewn goods", a "Lifetime Guarantee" heading over a promise to repair); unless the sentence speaks of
 * money back, satisfaction, a price or a trial, which make it a money-back or price promise.
 */
const LIFETIME_NAME = /\blifetime (?:[a-z+&']+ )?guarantee\b/;
const NOT_COVER_PROMISE = /\bmoney\b|\brefund|\bsatisf|\bunhappy\b|\bnot happy\b|\bprices?\b|\btrial\b/;

const durationMonths: Rule = (unit, ctx) => {
  const s = unit.norm;
  const w = cue(s, WARRANTY) ?? (NOT_COVER_PROMISE.test(s) ? undefined : cue(s, LIFETIME_NAME));
  if (!w && unit.sectionTopic !== 'returns' && unit.sectionTopic !== 'shipping') {
    // A period stated apart from the cover's name counts in the cover's scope, which is looked up only when the sentence
    // has such a period to give (most units have none).
    const parts = partsSpan(s);
    const apart = parts === undefined ? coverPeriod(s) : undefined;
    const months = parts ?? (apart !== undefined && inCoverScope(unit, ctx) ? apart : undefined);
    if (months !== undefined) return [{ term: 'warranty.duration_months', value: months, confidence: 0.7, unit }];
  }
  const inSection = unit.sectionTopic === 'warranty' && /\b(?:cover(?:s|ed|age)?|defects?|from (?:the )?date of (?:purchase|delivery)|guarantee[ds]?)\b/.test(s);
  if (!w && !inSection) return [];
  if (w?.negated && !/\bdoes not cover|not covered\b/.test(s)) return [];
  if (EXTENDED.test(s) || REPAIR_COVER.test(s)) return [];
  if (/\b(?:return|refund)\b[^.]{0,40}\bwithin\b/.test(s) && !w) return [];
  // Another clock said before the span (OTHER_CLOCK_BEFORE) is not the warranty's length, unless "warranty" follows it.
  // A handling time ("allow up to 15 business days to assess each warranty claim") is the claim's clock, never its length.
  const durations = findDurations(s).filter((d) => !ADDED_SPAN.test(s.slice(Math.max(0, d.index - 16), d.index)) && !HANDLING_TIME.test(s.slice(Math.max(0, d.index - 12), d.end)) && (d.unit !== 'hour' && !OTHER_CLOCK_BEFORE.test(s.slice(Math.max(0, d.index - 22), d.index)) || /warrant/.test(s.slice(d.end, d.end + 25))));
  const lifetime = LIFETIME.exec(s);
  // The duration nearest the warranty wording ("a 100-night trial and a 10-year warranty" → 10 years).
  const anchor = w?.index ?? 0;
  const d = [...durations].sort((a, b) => Math.abs(a.end - anchor) - Math.abs(b.end - anchor))[0];
  if (lifetime && (!d || lifetime.index < d.index)) {
    const scope = goodsScope(s, s.slice(0, lifetime.index));
    return [{ term: 'warranty.duration_months', value: 'lifetime', confidence: NAMED_SPAN_CONFIDENCE, unit, ...(scope ? { scope } : {}) }];
  }
  if (!d) return [];
  const months = toMonths(d.max, d.unit);
  if (months < 1 || months > 600) return [];
  const scope = goodsScope(s, s.slice(0, d.index));
  return [{ term: 'warranty.duration_months', value: months, confidence: w ? NAMED_SPAN_CONFIDENCE : 0.65, unit, ...(scope ? { scope } : {}) }];
};

/** "Extended protection plans are available", "you can buy an extended warranty at checkout". */
const extendedAvailable: Rule = (unit, ctx) => {
  const s = unit.norm;
  const faq = faqVerdict(s, EXTENDED);
  if (faq) {
    if (faq.verdict !== undefined) return [{ term: 'warranty.extended_available', value: faq.verdict, confidence: 0.75, unit }];
    return extendedAvailable({ ...unit, norm: faq.answer }, ctx);
  }
  const c = cue(s, EXTENDED);
  if (!c) return [];
  if (NOT_EXTENDING.test(s) && !/\bextended (?:warrant|protection|cover|plan)|protection plans?|care plans?/.test(s)) return [];
  if (c.negated || /\b(?:do not|don't|does not|cannot|can't) (?:offer|sell|provide) (?:any )?(?:extended|protection)/.test(s) || /\b(?:are|is) not (?:offered|available|sold|provided)\b/.test(s.slice(c.index, c.index + 60))) {
    return [{ term: 'warranty.extended_available', value: false, confidence: 0.78, unit }];
  }
  if (unit.kind === 'heading' || /\?\s*$/.test(s)) return [];
  // An offer is something to buy or add: "available", "add at checkout", or a price ("protect it with X for $49").
  if (!/\b(?:available|offer(?:s|ed)?|purchase|buy|add(?:s|ed)?|choose|select|option(?:al)?|extends? (?:your|the)|sold|sell|upgrade|at checkout|stretch)\b|[$£€]\s?\d/.test(s)) return [];
  // Someone else's plan ("any extended warranty you bought from a third party") is not the shop's offer.
  if (/\bthird[- ]party|manufacturer'?s extended|if you (?:bought|purchased|have)|you may have (?:bought|purchased)|claims?\b/.test(s)) return [];
  return [{ term: 'warranty.extended_available', value: true, confidence: 0.8, unit }];
};

export const WARRANTY_RULES: Rule[] = [durationMonths, extendedAvailable];
