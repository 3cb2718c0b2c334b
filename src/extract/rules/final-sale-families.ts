/**
 * Final-sale exclusions by phrasing family, read after the named-group patterns of returns.ts find nothing. Real
 * pages rarely say "final sale": they put a list under "Items we can't take back", say a lipstick "can't come back
 * once opened", or that engraved pieces are "made just for you, so we aren't able to accept them back". A family is
 * a refusal (what the shop will not take) said of a subset of the catalogue (what makes those items different);
 * either alone is too weak. Each row carries an in-house example.
 */
import { negatedAt } from '../language/negation.js';
import type { Unit } from '../rule-types.js';
import { fenced, fencedRegExp } from '../language/pattern-size.js';

/** Headings that introduce what cannot come back: "Not returnable", "Items we can't take back", "What's excluded". */
export const EXCLUSION_HEADING =
  fenced(/\b(?:not returnable|non-?returnable|non-?refundable(?: items| products)|final[- ]sale(?: items| products)?|exclusions|excluded (?:items|products)|(?:not |in)eligible (?:for (?:a )?(?:returns?|refunds?)|items|products)|(?:items?|products?|goods) (?:that )?(?:do not|don't) qualify\b|what(?:'s| is) excluded|(?:items?|products?|things|goods) (?:that )?(?:we |you )?(?:can't|cannot|can not|don't|do not|are unable to|aren't able to) (?:take back|accept(?: back)?|refund|return|be returned|send back)|what (?:we |you )?(?:can't|cannot|can not) (?:accept|take back|be returned|refund|return|send back)|(?:can't|cannot) be returned)\b/);

/** Headings under which an "exclusions" list belongs to something else (a warranty, a promotion, delivery). */
const OTHER_CONTEXT_HEADING = /\b(?:warrant|guarantee|price match|promo|discount|coupon|voucher|loyalty|reward|shipping|delivery|postage)/;

/** A list entry or row that says nothing is excluded: "None", "No exclusions", "Nothing". */
const NOTHING_LISTED = /^(?:none|n\/a|nothing|no exclusions|-)\b/;

/**
 * Refusals: the shop will not take the thing back or refund it. Examples (rows without their own comment):
 * "we can't take it back", "neither can come back", "we aren't able to accept them back", "not eligible for return",
 * "excluded from change-of-mind returns", "excluded from the right to cancel", "non-cancellable and non-returnable",
 * "they cannot be returned", "we cannot accept returns on:".
 */
export const REFUSALS: readonly RegExp[] = [
  /\b(?:can't|cannot|can not|aren't able to|not able to|are unable to|unable to|won't|will not|do not|don't) (?:take|accept) (?:it |them |these |this |those |that )?back\b/,
  // "digital patterns aren't refundable once downloaded"
  /\b(?:aren't|are not|isn't|is not) (?:returnable|refundable|eligible for (?:a )?(?:return|refund))\b/,
  // "change of mind returns are accepted on full-priced items" (so reduced ones are not)
  /\breturns? (?:are |is )?(?:accepted|available|possible)\b[^.]{0,60}\b(?:on|for) full[- ]price(?:d)? (?:items?|products?|goods|merchandise|purchases)\b/,
  /\b(?:can't|cannot|can not|won't|will not) (?:ever )?come back\b/,
  /\b(?:can't|cannot|can not|won't|will not|may not|must not) be (?:returned|refunded|sent back|taken back|accepted back|accepted for (?:a )?(?:return|refund))\b/,
  /\b(?:not |in)eligible for (?:a )?(?:return|refund)s?\b|\bnot eligible for (?:return|refund)s? or (?:exchange|refund)s?\b/,
  /\bexcluded from (?:the |our |any )?(?:right to cancel|cooling[- ]off|(?:[a-z-]+ )?(?:returns?|refunds?)(?: policy)?)\b/,
  // "items that do not qualify to be returned are …", "gift sets don't qualify for a refund", "personalised pieces will
  // not be considered for a refund"
  /\b(?:do not|don't|does not|doesn't|will not|won't) qualify (?:to be returned|to be refunded|for (?:a |any )?(?:returns?|refunds?))\b|\b(?:will not|won't|cannot|can't|can not) be considered for (?:a |any )?(?:returns?|refunds?|exchanges?)\b/,
  // The remedies refused as verbs: "we are unable to cancel, refund or exchange monogrammed bags", "we cannot refund or
  // exchange custom pieces" (an imperative "do not return it to the maker" is an instruction, not a refusal)
  /\b(?:can't|cannot|can not|are unable to|unable to|not able to|won't|will not)(?: cancel,?)? (?:refund|exchange|return)(?:,? (?:or|and|nor) (?:cancel|refund|exchange|return))*\b(?! (?:the |your |any |all )?(?:policy|window|period|shipping|postage|delivery|labels?|costs?|fees?|charges?)\b)/,
  /\bexempt from (?:being )?(?:returned|returns?|refunds?)\b/,
  // "the right to cancel does not apply to personalised candles"
  // "the right of cancellation does not apply to:" then a list
  /\b(?:right (?:to|of) (?:cancel(?:lation)?|return|withdraw(?:al)?)|cancellation rights?|returns? policy|change[- ]of[- ]mind returns?) (?:does not|doesn't|do not|don't|will not) (?:apply|extend) to\b/,
  /\bnon-?returnable\b|\bnot returnable\b/,
  // "we are unable to offer exchange or refund on second-hand books", "it's not possible to return goods which spoil"
  /\b(?:can't|cannot|can not|aren't able to|are not able to|are unable to|unable to|won't|will not|do not|don't) (?:accept|offer|give|issue|process) (?:an? |any )?(?:returns?|refunds?|exchanges?)(?: (?:or|and|&|\/) (?:an? )?(?:returns?|refunds?|exchanges?))? (?:on|of|for)\b|\bnot possible to (?:return|refund|exchange|send back)\b/,
  // "made-to-measure rings: unless faulty we are unable to offer a refund"
  /\b(?:can't|cannot|can not|are unable to|unable to|won't|will not|do not|don't) (?:offer|give|issue|provide) (?:a |any )?(?:refunds?|returns?)\b/,
  // "refunds on change-of-mind purchases do not apply to printed or custom-made goods"
  /\b(?:returns?|refunds?)\b[^.]{0,40}\b(?:do|does) not (?:apply|extend) to\b/,
].map(fenced);

/** Refusals that name their group themselves: "no plant, seedling or bulb can be returned" (never "no item can…"). */
const GROUP_REFUSAL = /\bno (?!items?\b|products?\b|orders?\b|purchases?\b|goods\b|returns?\b|refunds?\b|one\b|1\b)[a-z]+(?:,? (?:or |and )?[a-z]+){0,4} (?:can|may|will) be (?:returned|refunded|sent back)\b/;

/**
 * The goods themselves, changed for the buyer or used (once opened, made for you, to your specification, made to
 * order, engraved): these still name goods in a sentence about fees or parcels.
 */
const GOODS_SUBSETS: readonly RegExp[] = [
  /\bonce (?:a |an |the |it |they |these |this |[a-z]+ )?(?:[a-z-]+ )?(?:has |have |is |are )?(?:been )?(?:opened|unsealed|installed|revealed|swatched|made|cut|mixed|engraved|personali[sz]ed|redeemed|activated|downloaded)\b/,
  /\b(?:made|mixed|printed|cut|built|designed|tailored|tinted|sewn|crafted|ordered(?: in)?(?: from [a-z ]{1,30}?)?) (?:just |specifically |especially |specially |exclusively |uniquely )?(?:for you|for your (?:project|order|home|room|space)|to (?:your|the customer's|the buyer's|order|measure|specification))\b/,
  /\b(?:your|the customer's|the buyer's|customer) (?:own )?(?:specification|measurements)\b/,
  /\bspecial[- ]orders?\b|\bcustom(?:-[a-z]+|ised|ized| made| orders?| work| pieces?| items?)?\b|\bbespoke\b|\bmade[- ]to[- ](?:order|measure)\b|\bcut[- ]to[- ](?:length|size)\b/,
  /\b(?:engraved|personali[sz]ed|monogrammed|resized|altered|hemmed|signed|dedicated)\b/,
].map(fenced);
/**
 * What sets the refused items apart from the rest of the catalogue. Examples:
 * "once opened", "made just for you", "mixed specifically for your project", "made to the customer's
 * specification", "special-order wallpaper", "custom-assembled items", "engraved pendants", "perishable",
 * "for hygiene reasons", "scent scout boxes are gifts", "the following are excluded".
 */
export const SUBSETS: readonly RegExp[] = [
  ...GOODS_SUBSETS,
  /\bseal(?:ed)?\b[^.]{0,30}\b(?:broken|removed|opened)\b|\bbroken seals?\b|\bfor (?:health|hygiene|safety|food safety) reasons\b|\bfull[- ]price(?:d)?\b/,
  /\bperishable\b|\bdeteriorate\b|\bsecond[- ]hand\b|\bpre-?(?:owned|loved)\b|\bhygiene\b|\bsanitary\b|\bintimate\b|\bsamples?\b|\bgift cards?\b|\bgifts?\b|\bclearance\b|\bsale (?:items?|pieces?|products?|goods)\b|\bmarked[- ]down\b|\bfloor models?\b|\bdiscontinued\b|\bopen[- ]box\b|\bdigital\b|\bdownloads?\b|\bsoftware\b/,
  /\bthe following\b|\b(?:some|certain|selected|a few|these) (?:items|products|goods|pieces|lines)\b/,
].map(fenced);

/** Whether the text names a subset of the catalogue ("customised orders", "once opened", "the following"). */
export function namesSubset(text: string): boolean {
  return SUBSETS.some((re) => re.test(text));
}

/**
 * Reasons for sending goods back, not kinds of goods (TERMS.md: final_sale_exclusions are goods that cannot come back):
 * "a change of mind", "the wrong finish picked at checkout", "a size ordered by mistake", "a colour you no longer want".
 * A refusal that names only these refuses a reason, so it is no exclusion (issue 11, "no refunds for a change of mind").
 */
const BUYER_REASON = String.raw`\bchange[sd]?(?:[- ](?:of|in|your|their|my))?[- ]minds?\b|\b(?:ordered|bought|purchased|picked|chosen|chose|selected)\b[^.;,]{0,20}?\b(?:by mistake|in error|by accident|at checkout)\b|\b(?:wrong|incorrect) (?:size|colou?r|finish|style|fit)\b|\bno longer (?:wants?|wanted|needs?|needed|likes?|suits?|fits?)\b|\bunwanted\b|\b(?:don't|do not|didn't|did not) (?:like|want)\b`;
/** The refused things open with a reason (a few words may lead: "a size ordered by mistake", "the wrong finish"). */
const REASON_FIRST = fencedRegExp(String.raw`^\s*(?:[a-z-]+ ){0,3}?(?:${BUYER_REASON})`);
const BUYER_REASON_ALL = fencedRegExp(BUYER_REASON, 'g');

/**
 * Whether a refusal names reasons and no kind of goods: the refused things (the list after a colon, or the sentence)
 * open with a reason ("not eligible for a refund: a change of mind, a wrong size", "change-of-mind purchases are not
 * refundable"), and no subset of goods is left once the reasons are taken out. "Excluded from change-of-mind returns:
 * mattresses, pillows" names goods: the reason only qualifies the returns.
 */
export function refusesReasonsOnly(text: string): boolean {
  const colon = text.indexOf(':');
  const refused = colon >= 0 ? text.slice(colon + 1) : text;
  if (!REASON_FIRST.test(refused)) return false;
  return !namesSubset(text.replace(BUYER_REASON_ALL, ' ').replace(/\bthe following\b/g, ' '));
}

/** What is refused is money or a parcel, not goods: "we can't refund parcels that never reach us", "fees are non-refundable". */
const NOT_GOODS =
  fenced(/\b(?:parcels?|packages?|shipments?) (?:that|which) (?:never|don't|do not|did not)\b|\b(?:shipping|postage|delivery|freight|handling|return label|label) (?:costs?|fees?|charges?)\b|\b(?:deposits?|fees?|charges?|costs?|postage)\b[^.]{0,20}\b(?:are|is) non-?refundable\b|\bgift wrap/);

/** A table row whose "returnable?" cell says no: "product: floor models | returnable?: no". */
const ROW_NOT_RETURNABLE = /\b(?:returnable|can (?:it|they) (?:come|be sent|go) back|eligible for (?:return|refund)s?|accepted for returns?)\??\s*:\s*(?:no|not returnable|final sale|x)\b/;
/** A row whose cell says final sale for a product group: "outlet | final sale". */
const ROW_FINAL_SALE = /\|\s*[^|:]*:?\s*(?:final sale|non-?returnable|not returnable)\s*(?:\||$)/;

/** A labelled entry: "Sample-sale pieces: final sale", "Outlet purchases: non-returnable". */
const LABELLED_FINAL = /^[^:]{2,50}:\s*(?:final[- ]sale|non-?returnable|not returnable|no returns|cannot be returned|can't be returned)\b/;

/** A sentence opening an exclusion list: "We cannot accept returns on:", "The following can't be returned:". */
const LIST_LEAD_IN = /:\s*$/;

/**
 * Nothing is excluded, said outright. Example sentences, in order: "No exclusions.", "No product is designated as
 * final sale.", "every product we sell is returnable", "sale pieces follow exactly the same returns rules",
 * "whether purchased at regular or reduced price", "clearance included, can come back to us",
 * "discounted lines … are covered by this policy in the same way as full-price gear".
 */
export const NOTHING_EXCLUDED: readonly RegExp[] = [
  /^(?:there are )?no exclusions\b|\bwith no exclusions\b/,
  /\bno (?:product|item|piece)s? (?:is|are) (?:designated|considered|marked|sold|treated) (?:as )?(?:a )?(?:final[- ]sale|non-returnable)\b|\bnothing (?:we sell |we stock |we make |in (?:our|the) (?:shop|store) )?is (?:ever )?(?:final[- ]sale|non-returnable)\b/,
  // "we don't have a final sale section", "there are no final-sale items"
  /\b(?:don't|do not|never) (?:have|keep|run) (?:a |any )?(?:final[- ]sale|non-returnable) (?:section|items?|products?|category|categories|list|rack)\b|\bno (?:final[- ]sale|non-returnable) (?:section|items?|products?|category|categories)\b/,
  /\b(?:every|each) (?:product|item|piece|thing) (?:we sell |we make |you buy |in our (?:shop|store) )?(?:is|can be) (?:returnable|returned)\b/,
  /\b(?:sale|clearance|discounted|reduced|outlet|marked-down) (?:items?|pieces?|products?|goods|lines|stock|purchases?)\b[^.]{0,30}\b(?:follow|get|have|are subject to|fall under|are covered by) (?:exactly |just )?(?:the same|our (?:standard|usual|normal))\b/,
  /\bwhether (?:purchased |bought |ordered )?(?:at|in) (?:full|regular|normal)(?:[- ]price)? or (?:reduced|sale|discounted|clearance)(?: price)?\b/,
  /\b(?:sale|clearance|discounted|outlet)(?: items?| pieces?| stock)? included\b[^.]{0,40}\b(?:can|may) (?:be returned|come back|be sent back)\b/,
  /\b(?:sale|clearance|discounted|outlet|reduced)\b[^.]{0,60}\b(?:are covered by|fall under) (?:this|our|the same) (?:returns? )?policy\b/,
  // "opened puzzles, sale toys and bundles are all welcome back", "sale stock isn't treated any differently"
  /\b(?:sale|clearance|discounted|reduced|outlet|opened)\b[^.]{0,50}\b(?:are|is) (?:all |also |still |just as )?welcome back\b|\b(?:sale|clearance|discounted|reduced|outlet)(?: [a-z]+)? (?:isn't|is not|aren't|are not) treated (?:any )?differently\b/,
  // "we don't keep a list of things you can't return", "there is no non-returnable category"
  /\b(?:don't|do not) (?:keep|have) (?:a|any) list of (?:things|items|products)\b[^.]{0,20}\b(?:can't|cannot) (?:return|send back)\b|\bno non-?returnable (?:category|categories|items|products|list)\b/,
].map(fenced);

/** A yes/no FAQ question about exclusions themselves ("Are any items final sale?"): the answer is the value. */
const EXCLUSION_QUESTION = /\b(?:final[- ]sale|non-?returnable|excluded|exclusions|can't be returned|cannot be returned)\b[^?]*\?/;
const NO_ANSWER = /\?\s*(?:no|nope|none|not (?:at all|one|a single)|nothing)\b/;
const YES_ANSWER = /\?\s*(?:yes|yep|a few|some|unfortunately|sadly)\b/;

/** Headings are kept as written: lower case and plain apostrophes, as the unit's norm has them. */
function plain(heading: string): string {
  return heading.toLowerCase().replace(/[\u2018\u2019]/g, "'").trim();
}

/**
 * The nearest heading that names a topic decides: "Warranty › Exclusions" is the warranty's, but a page titled
 * "Returns, Price Adjustments & Warranty" with a "Returns" section is about returns.
 */
function inOtherContext(unit: Unit): boolean {
  for (let i = unit.headingPath.length - 1; i >= 0; i--) {
    const h = plain(unit.headingPath[i]!);
    const returns = /\breturn|\brefund|\bexchange|\bfinal[- ]sale|\bexclu|\bexcept/.test(h);
    const other = OTHER_CONTEXT_HEADING.test(h);
    if (returns && !other) return false;
    if (other && !returns) return true;
  }
  return false;
}

/** The unit says outright that nothing is excluded ("Nothing we sell is final sale"): this outranks any cue in it. */
export function saysNothingExcluded(unit: Unit): boolean {
  return !inOtherContext(unit) && NOTHING_EXCLUDED.some((re) => re.test(unit.norm));
}

/**
 * True: some items are excluded; false: the page says none are; undefined: this unit says neither. `reasonsOnly` is
 * refusesReasonsOnly of the unit, passed by a caller that has already asked it.
 */
export function exclusionFamily(unit: Unit, reasonsOnly: () => boolean = () => refusesReasonsOnly(unit.norm)): boolean | undefined {
  const s = unit.norm;
  if (inOtherContext(unit)) return undefined;
  if (EXCLUSION_QUESTION.test(s)) {
    if (NO_ANSWER.test(s)) return false;
    if (YES_ANSWER.test(s)) return true;
  }
  if (NOTHING_EXCLUDED.some((re) => re.test(s))) return false;
  if (unit.kind === 'row' && (ROW_NOT_RETURNABLE.test(s) || ROW_FINAL_SALE.test(s))) return true;
  if ((unit.kind === 'item' || unit.kind === 'row') && LABELLED_FINAL.test(s)) return true;
  // A heading that asks ("Is anything non-returnable?") announces an answer, not a list.
  const heading = plain(unit.headingPath[unit.headingPath.length - 1] ?? '');
  if (unit.kind !== 'heading' && !heading.endsWith('?') && EXCLUSION_HEADING.test(heading)) return !NOTHING_LISTED.test(s.trim());
  if (GROUP_REFUSAL.test(s) && !negatedAt(s, GROUP_REFUSAL.exec(s)!.index)) return true;
  if (!REFUSALS.some((re) => re.test(s))) return undefined;
  if (NOT_GOODS.test(s) && !GOODS_SUBSETS.some((re) => re.test(s))) return undefined;
  if (reasonsOnly()) return undefined;
  if (LIST_LEAD_IN.test(s)) return true;
  // The subset may be named by the unit's own heading: "Digital products" over "once delivered, it can't be returned".
  return namesSubset(s) || namesSubset(heading) || kindAsSubject(s) ? true : undefined;
}

/** Words a subject may hold beside a kind of goods without naming one: "any product considered a wearable". */
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'item', 'items', 'product', 'products', 'goods', 'merchandise', 'the', 'our', 'all', 'any', 'a', 'an', 'other', 'such',
  'considered', 'classed', 'known',
]);
/**
 * Words that make a subject no kind of goods: the order, a pronoun, the returns themselves, a condition of the goods
 * (used, worn, opened: the state they come back in), a cost, or the start of a clause of another kind.
 */
const NOT_KIND_WORDS: ReadonlySet<string> = new Set([
  'order', 'orders', 'purchase', 'purchases', 'it', 'they', 'them', 'this', 'that', 'these', 'those', 'everything',
  'anything', 'nothing', 'returns', 'return', 'refunds', 'refund', 'exchanges', 'used', 'worn', 'damaged', 'washed',
  'altered', 'unwanted', 'late', 'returned', 'opened', 'unsealed', 'incomplete', 'dirty', 'soiled', 'broken', 'faulty',
  'defective', 'shipping', 'postage', 'delivery', 'fees', 'charges', 'costs', 'duties', 'taxes', 'deposits', 'we', 'you',
  'i', 'please', 'note', 'unfortunately', 'sorry', 'if', 'when', 'once', 'which', 'who',
]);
/**
 * A short subject of plain words before "is / are not returnable" (goods are returned; money is refunded, so
 * "refundable" is left to the patterns that know deposits and fees): "drops and ointments are not returnable".
 */
const SUBJECT_REFUSED = /^([a-z-]+(?:,? (?:and |or |& )?[a-z-]+){0,7}) (?:is|are) (?:not returnable|non-?returnable)\b/;
/** A kind of goods named as the subject of its own refusal: no subject word rules it out, and one names the kind. */
function kindAsSubject(s: string): boolean {
  const m = SUBJECT_REFUSED.exec(s);
  if (!m) return false;
  const words = m[1]!.replace(/,/g, ' ').split(/\s+/).filter((w) => w && !/^(?:and|or|&)$/.test(w));
  return !words.some((w) => NOT_KIND_WORDS.has(w)) && words.some((w) => !GENERIC_WORDS.has(w));
}
