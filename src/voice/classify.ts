/**
 * Which elements one piece of feedback touches. Three stages, each engaging only when the previous under-delivers:
 *   1. the keyword tables (element-keywords.ts), per sentence: the longest phrase wins at each place ("return
 *      postage" is return_shipping_cost, not returns and shipping_cost), then topic×aspect pairs over the words no
 *      phrase of another element took;
 *      and the repair frame across clauses (a goods fault, then a repair or replacement: `warranty`);
 *      goods damaged on the way are the order's handling, not the goods (`withTransitDamage`), and goods sent back in a
 *      clause about the warranty are its repair trip, not `returns`; money back for a cancelled, lost or disputed order with
 *      no goods going back is payment, `other` (`refundClauses`);
 *   2. the Bayes model (element-model.json, trained by `npm run train:voice` on the in-house tuning split) names one
 *      element when the keyword tables matched nothing at all in a short item, not even a decoy, and it is confident;
 *   3. nothing recognised → `other`.
 */
import { endsOn, opensMidSentence } from '../extract/language/line-ends.js';
import { splitSentences } from '../extract/language/sentences.js';
import { byCustomer, customerActs, subjectIndex } from './customer-acts.js';
import {
  ANSWER_TIMES, ARRIVING_NOT_GOODS, NOT_GOODS_ARRIVALS, NOT_GOODS_BACK, NEW_PURCHASE_ACTS, NEW_PURCHASE_SPAN, CALL_ATTEMPTS, CALL_DECOYS, CALL_SPAN, CONDITION_WINDOW, CONDITION_WORDS, CONTACT_ACTS, CONTACT_JOINS, CONTACT_SPAN, PRICE_CREDIT_WORDS, PRICE_FALL_SPAN, PRICE_FALL_WORDS, GOODS_BACK, MESSAGE_RECEIVED, PAYMENT_CUES, POLICY_WORDS, REFUND_WORDS, REMEDY_ELEMENTS, REMEDY_MANNER, SENT_BACK, UNANSWERED_DECOYS, UNANSWERED_LINE, VISITS, COVER_SALE, COVER_CLAIM, IRREALIS_MODALS, ELLIPSIS_TAIL, DECOYS, GOODS_FAULTS, MONEY_BACK_CUES, PAIRS, PAIR_WINDOW, PHRASES, PRICED_ELEMENTS, PRICE_WORDS, PROMISE_CLAUSE_KINDS, PROMISE_KINDS, PROMISE_NOUNS,
  FIRST_SIGHT_SPAN, FIRST_SIGHT_WORDS, REMEDY_DECOYS, REMEDY_SPAN, REMEDY_WORDS, TRANSIT_DAMAGE, TRANSIT_WINDOW, TRANSIT_WORDS,
} from './element-keywords.js';
import { BayesModel } from '../natural.js';
import { ELEMENT_IDS, isElementId, type ElementId } from './elements.js';
import model from './element-model.json' with { type: 'json' };
import { PhraseTable, type Words } from './phrase-matcher.js';
import { LONG_ITEM } from './sentiment.js';
import { BREAK, words } from './tokens.js';

/** Share of the Bayes model's probability mass an element needs before stage 2 adds it. */
export const BAYES_MIN_SHARE = 0.5;
/**
 * Words from which an item is longer than the comments the model learnt from (nine in ten in-house tuning items have
 * at most 23): over a longer text naive Bayes multiplies many weak word votes into a confident-looking share for
 * whatever label its vocabulary leans to ("very pleased with the results" read as a satisfaction guarantee), so it
 * abstains, and an item that named no element is `other`.
 *
 * Why it leans that way: natural's Bayes scores only the words present, each by its count in the label's documents
 * over the label's document count, and a word the label never saw by 1 over that count. Every unseen word therefore
 * votes for the label with the fewest documents (guarantee and price_match, 10 each, against 60 for delivery_speed).
 * Measured on the 194 real tuning reviews (median 14 clauses): the model's top label was guarantee for 143 and
 * price_match for 48, its share ≥ 0.5 on 187, right on 2. Letting it add elements to clauses the keywords left
 * empty lowered real tuning macro-F1 (0.688 → 0.603 at share ≥ 0.5, 0.633 at ≥ 0.9). A Bernoulli scoring that also
 * counts the absent words removes the lean (top label right on 98 of 194), but the labels it adds beside the
 * keywords' are still wrong four times in five (21 right, 79 wrong), and naming the keywordless in-house comments
 * this model leaves alone lowers in-house tuning macro-F1 (0.930 → 0.894–0.911). So the gates stay: short items with
 * no keyword only.
 *
 * Tenth round, also measured and left out: one binary Bayes model per element (the element against the rest, same
 * training items), adding its element to clauses the keywords left empty but whose words feel something (|score| ≥
 * 2): on 141 real tuning items 36 right against 1,104 wrong at a share ≥ 0.99, since with two labels every unseen
 * word votes for the element's few documents. The stage measured its worth in summary: without it in-house held-out
 * reads 0.882 against 0.894 and real held-out 0.649 against 0.647 (one guarantee guessed wrong).
 */
export const BAYES_MAX_WORDS = 25;

/** A "guarantee" whose kind its clause decides (element-keywords.ts, PROMISE_NOUNS). */
const PROMISE = 'promise';
/**
 * Element phrases with the elements each names (one, or two for a delivery sold as a guarantee), the decoys (null)
 * that hide them, and the guarantee nouns with the kinds that qualify them.
 */
const KEYWORDS = new PhraseTable<readonly ElementId[] | null | typeof PROMISE>([
  ...Object.entries(PHRASES).flatMap(([element, phrases]) => (phrases ?? []).map((p) => [p, [element as ElementId]] as const)),
  ...DECOYS.map((p) => [p, null] as const),
  ...PROMISE_NOUNS.map((p) => [p, PROMISE] as const),
  ...PROMISE_KINDS,
]);
const CLAUSE_KINDS = PROMISE_CLAUSE_KINDS.map(([cues, element]) => ({ cues: PhraseTable.of(cues), element }));
const MONEY_BACK = PhraseTable.of(MONEY_BACK_CUES);

/** A bare "guarantee": the promise of the kind its clause names (PROMISE_CLAUSE_KINDS), unless it names money back. */
function promiseElement(w: Words): ElementId {
  if (MONEY_BACK.matchAll(w).length > 0) return 'guarantee';
  return CLAUSE_KINDS.find((k) => k.cues.matchAll(w).length > 0)?.element ?? 'guarantee';
}
const PRICES = PhraseTable.of(PRICE_WORDS);
const PAIR_TABLES = PAIRS.map((p) => ({
  element: p.element,
  topic: PhraseTable.of(p.topic),
  aspect: PhraseTable.of(p.aspect),
  refines: p.refines,
}));

/** Clauses of an item: its sentences (the extractor's splitter), each split again at line breaks that end a line of thought. */
export function clausesOf(text: string): string[] {
  return unwrapped(text).split(/\n+/).flatMap((line) => splitSentences(line));
}

/** Marks that end a sentence or a heading's thought: stop, question or exclamation, colon or semicolon (line-ends.ts). */
const LINE_END_MARKS = '.!?…:;';
/** Besides a lower-case letter, the punctuation a line that goes on with a sentence may open with. */
const CONTINUATION_MARKS = ',;)';
/** A line that starts a list item or a speaker's line ("b) a refund", "woman: Ok…"): it stands on its own line on purpose. */
const OWN_LINE = /^\s*(?:[-*•·–]|(?:\d+|[a-z])[.)]|[\w'’]+:)\s/;
/**
 * Hard-wrapped text (mail, forums, plain-text exports) breaks every line at one width, mid-sentence: "…put it down
 * to\nexperience. The only plant…". An item is hard-wrapped when none of its lines is wider than WRAP_MAX_CHARS and at
 * least WRAPPED_LINES lines of WRAP_MIN_CHARS or more end without a stop; a short line ("Order #123", "Great
 * service") is a heading or a one-line review, and a text with longer lines has its paragraphs as lines.
 */
const WRAP_MIN_CHARS = 40;
const WRAP_MAX_CHARS = 100;
const WRAPPED_LINES = 2;

/**
 * The text with lines broken mid-sentence joined again, so that a wrapped sentence is one clause, not one per line:
 * a line joins the next when it does not end a sentence and the next goes on with it (it opens lower-case), or when
 * the item is hard-wrapped (WRAP_MIN_CHARS, WRAP_MAX_CHARS, WRAPPED_LINES). A blank line, a list item, a speaker's
 * line and a line that ends a sentence still end the clause.
 */
function unwrapped(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const chars = lines.map((l) => l.trim().length);
  // Whether line i leaves its sentence open for the next line to go on with.
  const open = lines.map((l, i) => chars[i]! > 0 && !endsOn(l, LINE_END_MARKS) && i + 1 < lines.length && chars[i + 1]! > 0 && !OWN_LINE.test(lines[i + 1]!));
  const long = open.filter((o, i) => o && chars[i]! >= WRAP_MIN_CHARS).length;
  const wrapped = long >= WRAPPED_LINES && chars.every((n) => n <= WRAP_MAX_CHARS);
  let out = lines[0]!;
  for (let i = 0; i + 1 < lines.length; i++) {
    const join = open[i]! && (opensMidSentence(lines[i + 1]!, CONTINUATION_MARKS) || (wrapped && chars[i]! >= WRAP_MIN_CHARS));
    out += (join ? ' ' : '\n') + lines[i + 1];
  }
  return out;
}

const MESSAGES = PhraseTable.of(MESSAGE_RECEIVED);
/** Places of receive verbs whose object is a message, not goods (element-keywords.ts, MESSAGE_RECEIVED): "received an email". */
function messageVerbs(w: Words): number[] {
  return MESSAGES.matchAll(w).map((h) => h.start);
}

const CONDITIONS = PhraseTable.of(CONDITION_WORDS);

const ARRIVALS = PhraseTable.of(NOT_GOODS_ARRIVALS);
const NOT_GOODS = new Set(ARRIVING_NOT_GOODS);
function notGoodsSubject(w: Words, start: number): boolean {
  const i = subjectIndex(w, start);
  if (i < 0) return false;
  const subject = w.tokens[i]!;
  return NOT_GOODS.has(subject) || (subject === NOT_GOODS_BACK && i > 0 && NOT_GOODS.has(w.tokens[i - 1]!));
}
/** Places of arrival words whose subject is money or an answer, not goods (element-keywords.ts, ARRIVING_NOT_GOODS). */
function notGoodsArrivals(w: Words): number[] {
  return ARRIVALS.matchAll(w).filter((h) => notGoodsSubject(w, h.start)).flatMap((h) => Array.from({ length: h.end - h.start }, (_, k) => h.start + k));
}

/**
 * Elements the keyword tables find in one clause's words (stage 1). `priceFall`: the clause tells a price that fell
 * and was credited (priceFallClauses), so it is price_match, and its price words are that price's, not `other`.
 */
export function keywordElements(w: Words, priceFall = false): Set<ElementId> {
  const found = new Set<ElementId>();
  if (priceFall) found.add('price_match');
  const takenBy = new Map<number, readonly ElementId[] | null>();
  // The customer's own acts are nobody's element: a phrase over one is read as a decoy, and no pair may use its words.
  // So is a message received: the verb tells only that something came, and the message is not the goods;
  const own = customerActs(w);
  for (const i of messageVerbs(w)) own.add(i);
  // and money or an answer coming: "the refund came back within two days" is no delivery
  for (const i of notGoodsArrivals(w)) own.add(i);
  for (const i of own) takenBy.set(i, null);
  const conditions = CONDITIONS.matchAll(w);
  for (const hit of KEYWORDS.matchLongest(w)) {
    let value = hit.value === PROMISE ? [promiseElement(w)] : hit.value;
    for (let i = hit.start; i < hit.end && value !== null; i++) if (own.has(i)) value = null;
    // goods that would fail, not goods that failed: "unless it doesn't work, it's yours"
    if (value?.includes('product_quality') && conditions.some((c) => c.end <= hit.start && hit.start - c.end <= CONDITION_WINDOW)) value = null;
    for (const e of value ?? []) found.add(e);
    for (let i = hit.start; i < hit.end; i++) takenBy.set(i, value);
  }
  const free = (h: { start: number; end: number }, element: ElementId, refines?: ElementId): boolean => {
    for (let i = h.start; i < h.end; i++) {
      const owners = takenBy.has(i) ? takenBy.get(i) : [element];
      if (!owners?.some((o) => o === element || o === refines)) return false;
    }
    return true;
  };
  for (const pair of PAIR_TABLES) {
    if (found.has(pair.element)) continue;
    const topics = pair.topic.matchAll(w).filter((h) => free(h, pair.element, pair.refines));
    if (topics.length === 0) continue;
    const aspects = pair.aspect.matchAll(w).filter((h) => free(h, pair.element));
    for (const t of topics) {
      const a = aspects.find((a) => a.start - t.end <= PAIR_WINDOW && t.start - a.end <= PAIR_WINDOW);
      if (!a) continue;
      found.add(pair.element);
      // A refining pair's words are spoken for: "paid postage to send it back" is the return's postage, not
      // shipping_cost too. Other pairs share words ("shipped to Norway in five days" is both speed and crossing).
      if (pair.refines) for (const h of [t, a]) for (let i = h.start; i < h.end; i++) takenBy.set(i, [pair.element]);
      break;
    }
  }
  // The carrier's price in a clause of goods going back is the return's ("I could mail them back, postage paid",
  // "customers sending goods back pay the courier"), unless the clause names both costs apart ("free shipping and free
  // returns") or gives money back, which is the first delivery's charge refunded ("sent it back and they refunded the
  // postage too"). A return word that a decoy or the customer's own act took ("we returned home") sends nothing back.
  if (found.has('shipping_cost') && !found.has('return_shipping_cost')) {
    const back = BACK.matchLongest(w);
    if (back.some((h) => h.value && free(h, 'returns')) && !back.some((h) => !h.value)) {
      found.delete('shipping_cost');
      found.add('return_shipping_cost');
    }
  }
  if (!PRICED_ELEMENTS.some((e) => found.has(e)) && PRICES.matchAll(w).some((h) => free(h, 'other'))) found.add('other');
  return found;
}

const FAULTS = PhraseTable.of(GOODS_FAULTS);
const TRANSIT = PhraseTable.of(TRANSIT_WORDS);
const DAMAGE = PhraseTable.of(TRANSIT_DAMAGE);
const SIGHT = PhraseTable.of(FIRST_SIGHT_WORDS);
const GOODS_WORDS = PhraseTable.of(PHRASES.product_quality ?? []);

/**
 * Goods damaged on the way ("the vase arrived smashed", "came with a cracked screen", "broken on arrival"): a damage
 * word within TRANSIT_WINDOW words of a transit word tells how the order was packed and carried (order_processing,
 * as both label sets count it), so the clause's product_quality goes when every goods word in it is that damage.
 * After the goods' first sight (`seen`: a FIRST_SIGHT_WORDS word in this clause or within FIRST_SIGHT_SPAN clauses
 * before it) every damage word is near. Returns the clause's elements so read (the same list when it told no such
 * damage).
 */
function withTransitDamage(w: Words, elements: readonly ElementId[], seen: boolean): ElementId[] {
  const transit = TRANSIT.matchAll(w);
  const near = (h: { start: number; end: number }): boolean => seen || transit.some((t) => t.start - h.end <= TRANSIT_WINDOW && h.start - t.end <= TRANSIT_WINDOW);
  const damage = DAMAGE.matchAll(w).filter(near);
  if (damage.length === 0) return [...elements];
  const inDamage = (h: { start: number; end: number }): boolean => damage.some((d) => h.start < d.end && d.start < h.end);
  const onlyDamage = GOODS_WORDS.matchLongest(w).every(inDamage);
  const kept = elements.filter((e) => !(e === 'product_quality' && onlyDamage));
  return kept.includes('order_processing') ? kept : [...kept, 'order_processing'];
}
/** A table of phrases (true) and the decoys that hide them (false): the longest phrase wins at each place. */
const withDecoys = (phrases: readonly string[], decoys: readonly string[]): PhraseTable<boolean> =>
  new PhraseTable<boolean>([...phrases.map((p) => [p, true] as const), ...decoys.map((d) => [d, false] as const)]);
const REMEDIES = withDecoys(REMEDY_WORDS, REMEDY_DECOYS);

/**
 * Clauses of a repair story (element-keywords.ts, REMEDY_WORDS): a repair or replacement in the clause that names a
 * fault of the goods (not one broken on the way: TRANSIT_WORDS) or in the REMEDY_SPAN clauses after it.
 */
export function repairClauses(clauses: readonly Words[]): Set<number> {
  const found = new Set<number>();
  let lastFault = -Infinity;
  clauses.forEach((w, i) => {
    if (FAULTS.matchAll(w).length > 0 && TRANSIT.matchAll(w).length === 0) lastFault = i;
    if (i - lastFault <= REMEDY_SPAN && REMEDIES.matchLongest(w).some((h) => h.value)) found.add(i);
  });
  return found;
}

const CALLS = withDecoys(CALL_ATTEMPTS, CALL_DECOYS);
const UNANSWERED = withDecoys(UNANSWERED_LINE, UNANSWERED_DECOYS);

/**
 * Clauses that tell a call nobody took (element-keywords.ts, UNANSWERED_LINE): the line's state in the clause of the
 * customer's call or in the CALL_SPAN clauses after it.
 */
export function unansweredCallClauses(clauses: readonly Words[]): Set<number> {
  const found = new Set<number>();
  let lastCall = -Infinity;
  clauses.forEach((w, i) => {
    // Within one clause the call comes first: "rang the bell, got no answer and rang my mobile" is a driver's call
    // that was taken.
    const call = CALLS.matchLongest(w).find((h) => h.value);
    const state = UNANSWERED.matchLongest(w).find((h) => h.value && (i - lastCall <= CALL_SPAN || (call !== undefined && call.start < h.start)));
    if (state) found.add(i);
    if (call) lastCall = i;
  });
  return found;
}

const IRREALIS = new Set(IRREALIS_MODALS);
const VISITOR_ARRIVALS = new PhraseTable(VISITS);
const COVER_SALES = PhraseTable.of(COVER_SALE);
const COVER_CLAIMS = PhraseTable.of(COVER_CLAIM);
/** A clause that sells or offers the cover and claims nothing on it. */
const coverSold = (w: Words): boolean => COVER_SALES.matchAll(w).length > 0 && COVER_CLAIMS.matchAll(w).length === 0;

/**
 * Clauses that tell a tradesperson's visit (element-keywords.ts, VISITS), with what the visit is: `other` for a
 * fitting service, null for a repair, which the repair frame reads.
 */
function visitClauses(clauses: readonly Words[]): Map<number, ElementId | null> {
  const found = new Map<number, ElementId | null>();
  clauses.forEach((w, i) => {
    const hit = VISITOR_ARRIVALS.matchAll(w)[0];
    if (hit) found.set(i, hit.value);
  });
  return found;
}

const CONTACTS = PhraseTable.of(CONTACT_ACTS);
const ANSWER_AFTER = PhraseTable.of(ANSWER_TIMES);
const JOINS = new Set([BREAK, ...CONTACT_JOINS]);

/**
 * Clauses that time the shop's answer after the customer got in touch (element-keywords.ts, CONTACT_ACTS): an answer
 * time behind a break or a joining word after the customer's contact in its clause, or in the CONTACT_SPAN clauses
 * after it.
 */
export function contactAnswerClauses(clauses: readonly Words[]): Set<number> {
  const found = new Set<number>();
  let lastContact = -Infinity;
  clauses.forEach((w, i) => {
    const times = ANSWER_AFTER.matchAll(w);
    if (times.length > 0 && i - lastContact <= CONTACT_SPAN && i > lastContact) found.add(i);
    for (const c of CONTACTS.matchAll(w)) {
      if (!byCustomer(w, c.start)) continue;
      lastContact = i;
      const joined = (t: { start: number }): boolean => w.stems.slice(c.end, t.start).some((s) => JOINS.has(s));
      if (times.some((t) => t.start > c.end && joined(t))) found.add(i);
    }
  });
  return found;
}

/** Goods going back (true), and money going back (false), which hides the goods word inside it ("amount ~ returned"). */
const BACK = withDecoys([...GOODS_BACK, ...SENT_BACK], REFUND_WORDS);
const PAYMENT = PhraseTable.of(PAYMENT_CUES);
const POLICIES = PhraseTable.of(POLICY_WORDS);

const PRICE_FALLS = PhraseTable.of(PRICE_FALL_WORDS);
const PRICE_CREDITS = PhraseTable.of(PRICE_CREDIT_WORDS);

/**
 * Clauses of money given back for a price that fell after the purchase (element-keywords.ts, PRICE_FALL_WORDS): the
 * credit's clause and the fall's, whose price words are then the fall's, not prices in general (`other`).
 */
export function priceFallClauses(clauses: readonly Words[]): Set<number> {
  const found = new Set<number>();
  let lastFall = -Infinity;
  clauses.forEach((w, i) => {
    if (PRICE_FALLS.matchAll(w).length > 0) lastFall = i;
    if (i - lastFall > PRICE_FALL_SPAN || PRICE_CREDITS.matchAll(w).length === 0) return;
    // money back beside goods going back is the return's: "bought it on sale, sent it back and they credited my card"
    if (!BACK.matchLongest(w).some((h) => h.value)) found.add(i).add(lastFall);
  });
  return found;
}

/**
 * Clauses that send goods back for a repair or a replacement (a REMEDY_WORDS word beside goods going back): the goods'
 * trip to be put right, not a return. Not when the clause also tells money back ("a refund and replacements") or a
 * policy ("our return policy is a free replacement"), which are returns' own terms.
 */
/** Take `element` out of a clause's elements, if it is there. */
function drop(own: ElementId[], element: ElementId): void {
  const at = own.indexOf(element);
  if (at >= 0) own.splice(at, 1);
}

function repairTripClauses(clauses: readonly Words[]): Set<number> {
  const found = new Set<number>();
  clauses.forEach((w, i) => {
    const back = BACK.matchLongest(w);
    if (!back.some((h) => h.value) || back.some((h) => !h.value) || POLICIES.matchAll(w).length > 0) return;
    if (REMEDIES.matchLongest(w).some((h) => h.value)) found.add(i);
  });
  return found;
}

/**
 * Clauses whose `returns` is money back for an order that failed, not goods sent back (element-keywords.ts,
 * REFUND_WORDS): money back beside a payment cue, with no goods going back in the clause or the one before or after.
 */
function refundClauses(clauses: readonly Words[]): Set<number> {
  const back = clauses.map((w) => BACK.matchLongest(w));
  const goods = (i: number): boolean => (back[i] ?? []).some((h) => h.value);
  const found = new Set<number>();
  clauses.forEach((w, i) => {
    if (back[i]!.some((h) => !h.value) && !goods(i - 1) && !goods(i) && !goods(i + 1) && PAYMENT.matchAll(w).length > 0) found.add(i);
  });
  return found;
}

const MANNER = PhraseTable.of(REMEDY_MANNER);
const PROMISES = PhraseTable.of([...(PHRASES.guarantee ?? []).filter((p) => !REMEDY_MANNER.includes(p)), ...PROMISE_NOUNS]);

/**
 * Clauses whose `guarantee` is only the manner of a remedy (element-keywords.ts, REMEDY_MANNER): "no questions asked"
 * with no other promise word in its clause, and a remedy (REMEDY_ELEMENTS or a REMEDY_WORDS word) in the clause or
 * the one before or after.
 */
function remedyMannerClauses(clauses: readonly { words: Words; elements: readonly ElementId[] }[]): Set<number> {
  const remedy = clauses.map((c) => c.elements.some((e) => REMEDY_ELEMENTS.includes(e)) || REMEDIES.matchLongest(c.words).some((h) => h.value));
  const found = new Set<number>();
  clauses.forEach((c, i) => {
    if (MANNER.matchAll(c.words).length === 0 || PROMISES.matchAll(c.words).length > 0) return;
    if (remedy[i - 1] || remedy[i] || remedy[i + 1]) found.add(i);
  });
  return found;
}

/** Elements that already say what a replacement was: a return, an exchange, a guarantee, an order put right. */
const OTHER_REMEDIES = new Set<ElementId>(['returns', 'exchanges', 'guarantee', 'order_processing']);

const NEW_PURCHASES = PhraseTable.of(NEW_PURCHASE_ACTS);

/**
 * Clauses whose goods fault is the customer's old goods giving out before a new purchase (element-keywords.ts,
 * NEW_PURCHASE_ACTS): the customer buying new in the clause or NEW_PURCHASE_SPAN clauses before or after, and every
 * product_quality phrase of the clause a fault.
 */
function oldGoodsClauses(clauses: readonly Words[]): Set<number> {
  const buying = clauses.map((w) => NEW_PURCHASES.matchAll(w).some((h) => byCustomer(w, h.start)));
  const found = new Set<number>();
  clauses.forEach((w, i) => {
    if (!buying.slice(Math.max(0, i - NEW_PURCHASE_SPAN), i + NEW_PURCHASE_SPAN + 1).some(Boolean)) return;
    const faults = FAULTS.matchAll(w);
    const inFault = (h: { start: number; end: number }): boolean => faults.some((f) => h.start < f.end && f.start < h.end);
    const goods = GOODS_WORDS.matchLongest(w);
    if (goods.length > 0 && goods.every(inFault)) found.add(i);
  });
  return found;
}

/** Elements that own a time told in their clause: what came (goods, money, a swap) and when. */
const TIMED_ELSEWHERE = new Set<ElementId>(['returns', 'exchanges', 'delivery_speed', 'order_processing', 'price_match']);

const BAYES = new BayesModel(model);

/** The Bayes model's confident element for a text, if any (stage 2). */
export function bayesElement(text: string): ElementId | undefined {
  const top = BAYES.top(text);
  if (!top || top.known === 0 || !isElementId(top.label) || top.share < BAYES_MIN_SHARE) return undefined;
  return top.label;
}

export interface ClassifiedClause {
  readonly text: string;
  readonly words: Words;
  readonly elements: ElementId[];
}

export interface ClassifiedItem {
  readonly elements: ElementId[];
  readonly clauses: ClassifiedClause[];
}

/** Words of an item (numbers and amounts count; punctuation does not). */
function wordCount(clauses: readonly ClassifiedClause[]): number {
  return clauses.reduce((n, c) => n + c.words.stems.filter((t) => t !== BREAK).length, 0);
}

/** Elements of one item, in catalogue order, and of each of its clauses (for per-element sentiment). */
export function classifyItem(text: string): ClassifiedItem {
  let lastSight = -Infinity;
  const texts = clausesOf(text);
  const clauseWords = texts.map((c) => words(c));
  const falls = priceFallClauses(clauseWords);
  const clauses: ClassifiedClause[] = texts.map((c, i) => {
    const w = clauseWords[i]!;
    // The first-sight table is read once per clause: it says both this clause and the next FIRST_SIGHT_SPAN have seen the goods.
    const sight = SIGHT.matchAll(w).length > 0;
    const elements = withTransitDamage(w, [...keywordElements(w, falls.has(i))], sight || i - lastSight <= FIRST_SIGHT_SPAN);
    if (sight) lastSight = i;
    return { text: c, words: w, elements };
  });
  // Goods sent back to be repaired or replaced ("sent it back for a replacement", "they would return it fully
  // repaired") make a repair trip, not a return: read before the repair frame, which a return would otherwise answer.
  for (const i of repairTripClauses(clauseWords)) drop(clauses[i]!.elements, 'returns');
  for (const i of repairClauses(clauseWords)) {
    const own = clauses[i]!.elements;
    if (!own.some((e) => e === 'warranty' || OTHER_REMEDIES.has(e))) own.push('warranty');
  }
  for (const i of refundClauses(clauseWords)) {
    const own = clauses[i]!.elements;
    const at = own.indexOf('returns');
    if (at >= 0) own.splice(at, 1, ...(own.includes('other') ? [] : ['other' as const]));
  }
  for (const i of oldGoodsClauses(clauseWords)) drop(clauses[i]!.elements, 'product_quality');
  // A tradesperson arriving is a visit, not the goods' arrival: no delivery_speed, and a fitting service is `other`.
  for (const [i, visit] of visitClauses(clauseWords)) {
    const own = clauses[i]!.elements;
    drop(own, 'delivery_speed');
    if (visit && !own.includes(visit)) own.push(visit);
  }
  for (const i of contactAnswerClauses(clauseWords)) {
    const own = clauses[i]!.elements;
    // the time of goods or money that came is that element's: "They refunded me the same day" is the return's speed
    if (!own.includes('response_time') && !own.some((e) => TIMED_ELSEWHERE.has(e))) own.push('response_time');
  }
  for (const i of unansweredCallClauses(clauseWords)) {
    const own = clauses[i]!.elements;
    if (!own.includes('support_hours')) own.push('support_hours');
  }
  for (const i of remedyMannerClauses(clauses)) drop(clauses[i]!.elements, 'guarantee');
  // Goods sent back to be repaired under a warranty travel back and forth ("sending back products for warranty
  // repair", "only to return partially repaired"): in a clause that is about the warranty, a return word is that trip.
  for (const c of clauses) if (c.elements.includes('warranty')) drop(c.elements, 'returns');
  // A remedy coming is the remedy's step, not the order's delivery: "two days ago, the replacement pot showed up", "a
  // part was delayed and I could expect the repair in five to seven days", "replacement came in a week". In
  // a clause about the warranty or naming a repair or a replacement (REMEDY_WORDS, not one the customer bought), an
  // arrival is no delivery_speed, as a repairer's visit is none (VISITS): what is judged is the remedy.
  for (const c of clauses) if (c.elements.includes('warranty') || REMEDIES.matchLongest(c.words).some((h) => h.value)) drop(c.elements, 'delivery_speed');
  // A story that tells a warranty tells goods that failed: the cover is claimed because they did (test/voice-corpus/
  // README.md: a warranty repair is warranty and product_quality), though the fault is told in the story's own words
  // ("the vibrate mode was not functioning", "the shaft had given up"). A short item may name the cover alone ("a
  // two-year warranty"), so only a long one (LONG_ITEM clauses).
  // A clause that only sells or offers the cover (COVER_SALE) and claims nothing on it tells no fault.
  if (clauses.length >= LONG_ITEM) {
    for (const c of clauses) if (c.elements.includes('warranty') && !c.elements.includes('product_quality') && !coverSold(c.words)) c.elements.push('product_quality');
  }
  // A delivery told in the unreal mood (IRREALIS_MODALS) is a plan, a condition or a habit, not an arrival that
  // happened: "delivery would be attempted again the following day", "I would take a new pair", "we would purchase
  // books collectively". Only in a story, which tells what happened elsewhere, and not a modal at the clause's end,
  // which points back to an arrival told ("they arrived on Thursday, exactly when he said they would").
  if (clauses.length >= LONG_ITEM) for (const c of clauses) if (c.words.tokens.slice(0, -ELLIPSIS_TAIL).some((t) => IRREALIS.has(t))) drop(c.elements, 'delivery_speed');
  const all = new Set<ElementId>(clauses.flatMap((c) => c.elements));
  // The model learnt from short comments; over a whole story that named no element it guesses from the life around
  // the order (carpets, courgettes, toddlers), so a long item with no keyword is `other`.
  // A decoy is a reading too ("we returned home" was read and set aside): only a comment whose words the tables do not
  // know at all is left to the model, which would otherwise guess from the very words a decoy said mean nothing.
  if (all.size === 0 && clauses.length < LONG_ITEM && wordCount(clauses) <= BAYES_MAX_WORDS && clauses.every((c) => KEYWORDS.matchAll(c.words).length === 0)) {
    const guess = bayesElement(text);
    if (guess) {
      all.add(guess);
      for (const c of clauses) c.elements.push(guess);
    }
  }
  if (all.size === 0) {
    all.add('other');
    for (const c of clauses) c.elements.push('other');
  }
  return { elements: ELEMENT_IDS.filter((e) => all.has(e)), clauses };
}
