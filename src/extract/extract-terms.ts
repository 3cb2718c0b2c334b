/**
 * The extractor: one page in, the TERMS.md readings out. Sync, pure, never throws.
 *
 * Cascade (numbered stages):
 *  1. page → text blocks (page-text.ts) and JSON-LD bodies;
 *  2. JSON-LD readings (jsonld.ts), confidence highest;
 *  3. blocks → units (sentences and table rows) with their section topic;
 *  4. every rule over every unit → candidates;
 *  5. per term: the default (unscoped) candidate with the highest confidence, earliest first, is the value;
 *     scoped candidates become variants; a JSON-LD reading is the value (structured data first, issue 4); prose or
 *     other blocks that disagree are kept as `conflict` so the report shows both.
 */
import {
  TERM_IDS,
  type Category,
  type ExtractResult,
  type TermId,
  type TermReading,
  type TermReadings,
  type TermVariant,
} from '../terms.js';
import { MAX_PAGE_BYTES } from '../config/defaults.js';
import { topicOf } from './classifier/topic-keywords.js';
import { evidenceOf } from './evidence.js';
import { dollarCurrency, pageCurrency } from './language/money.js';
import { normaliseNumbers } from './language/numbers.js';
import { isValidOpeningHours } from './language/day-spans.js';
import { splitInlineLabels, splitSentences } from './language/sentences.js';
import { withoutDeskClock } from './language/desk-clock.js';
import { EXAMPLE_ASIDE, PAGE_STAMP, resolveBrackets, strikePlaceholders, templateUnits, VAGUE_AMOUNT } from './language/template-text.js';
import { pageText, type PageText, type TextBlock } from './page-text.js';
import { fenced } from './language/pattern-size.js';
import type { Candidate, Rule, RuleContext, Unit } from './rule-types.js';
import { calibrated, readsAsProse, type ReadingProfile } from './confidence.js';
import { readJsonLd, JSON_LD_CONFIDENCE, type JsonLdReading } from './jsonld.js';
import { pageCategories } from './classify-page.js';
import { GUARANTEE_RULES } from './rules/guarantee.js';
import { RETURNS_RULES } from './rules/returns.js';
import { FAULT_ONLY_RULE, returnsReadings } from './rules/other-policy.js';
import { partyScoped } from './scope.js';
import { subjectScoped } from './rules/other-subject.js';
import { SHIPPING_RULES } from './rules/shipping.js';
import { SUPPORT_RULES } from './rules/support.js';
import { WARRANTY_RULES } from './rules/warranty.js';

export interface ExtractInput {
  readonly body: string;
  readonly url?: string | null;
  readonly contentType?: string;
  /** The body already parsed by parsePage (the crawl parses once for its render decision and extraction alike). */
  readonly parsed?: PageText;
}

const RULES: Rule[] = [...RETURNS_RULES, ...SHIPPING_RULES, ...GUARANTEE_RULES, ...WARRANTY_RULES, ...SUPPORT_RULES];
/** The rules that read the help desk's own clock (language/desk-clock.ts); every other rule reads the text without it. */
const DESK_RULES: ReadonlySet<Rule> = new Set(SUPPORT_RULES);
/** The rules' names: what confidence-table.ts is measured per (a renamed rule must be calibrated again). */
export const RULE_NAMES: readonly string[] = [...RULES.map((r) => r.name), FAULT_ONLY_RULE];
/** Pages larger than the crawler's own cap are cut before parsing (one number for both: MAX_PAGE_BYTES). */
const MAX_BODY_CHARS = MAX_PAGE_BYTES;
/** Terms whose statement means the page explains how to return, so returns are accepted (corpus convention, TERMS.md). */
export const RETURN_HOW_TERMS: readonly TermId[] = ['returns.window_days', 'returns.return_shipping', 'returns.refund_days', 'returns.refund_method', 'returns.restocking_fee'];
/**
 * Terms where one reading of a value settles the page whatever else it says: one group that cannot come back
 * ("engraved rings are final sale") makes exclusions true even beside "sale items can be returned".
 */
const DECISIVE_VALUE: Partial<Record<TermId, boolean>> = { 'returns.final_sale_exclusions': true };
/** Terms reported from scoped readings when those are all the page says and they agree. */
const SCOPED_FALLBACK_TERMS = new Set<TermId>(['returns.window_days', 'warranty.duration_months', 'returns.restocking_fee', 'guarantee.money_back_days']);
/** A value read only for part of the catalogue is less sure to be the shop's general one. */
const SCOPED_FALLBACK_CONFIDENCE = 0.8;
/**
 * Sentences that only make sense with the one before ("That's our money-back guarantee.", "In this case you get a swap",
 * "In such cases we cover the postage", "This process usually takes 7-10 business days").
 */
const ANAPHORA_RE = fenced(/^(?:that'?s|that is|this is|this means|that means|it'?s all part of) (?:our|what|all|the)\b|^in (?:this|that|such(?: an?)?|either|both|these|those) cases?\b|^(?:this|that|the whole) (?:process |procedure )?(?:usually |normally |typically |generally |can |may |will |should )?(?:takes?|lasts?)\b/i);
/** An FAQ answer at most this long is read together with its question. */
const FAQ_ANSWER_MAX_CHARS = 160;
/**
 * Separators between claims in one line of a trust strip or footer, and a list flattened into one paragraph with
 * spaced asterisks ("… requested within 20 days. * If you refuse a shipment, …"): each claim is a unit of its own, so a
 * carrier's refused parcel is not read as the returns clause beside it.
 */
const STRIP_SEPARATOR = /\s+[·•|*]\s+/;
/** FAQ questions ("Do you price match?") ask, they do not state; rhetorical ones ("Found it cheaper?") do. */
const QUESTION_RE = /\?["'*_)\s]*$/;
const RHETORICAL_RE = fenced(/^(?:[a-z]:\s*|\d+(?:\.\d+)*\.?\s+)?(?:found|find|seen|spotted|not (?:happy|satisfied|delighted))\b/i);
/** A heading ("60-Day Money-Back Guarantee") is terse: body sentences stating the same term win over it. */
const HEADING_CONFIDENCE = 0.85;
/** Confidence of a JSON-LD reading that the page contradicts elsewhere (other markup or the prose). */
const CONFLICT_CONFIDENCE = 0.7;
/** Terms whose value is a set: every sentence adds to it ("call us" + "email us" → phone, email). */
export const UNION_TERMS: ReadonlySet<TermId> = new Set<TermId>(['support.channels', 'returns.refund_method']);
/** The share of function words settles within a few pages of text; a 2 MB page need not be read whole for it. */
const PROSE_SAMPLE_CHARS = 20_000;
/** support.hours given over consecutive lines ("Mon–Fri 9–5" then "Sat 10–2") join when they sit this close. */
const HOURS_JOIN_DISTANCE = 3;

/** How a prose reading was reached, before calibration: what scripts/calibrate-confidence.ts counts. */
export interface ProfiledReading {
  readonly profile: ReadingProfile;
  /** The chosen candidate's own score, the ceiling calibration may lower. */
  readonly ruleScore: number;
}
/** What textReading weighed for a term: its default (unscoped) candidates and the one the rules chose (scripts/judge-*.ts). */
export interface WeighedCandidates {
  readonly defaults: readonly Candidate[];
  readonly chosen: Candidate;
}
/** Sees each prose reading: its profile (none when its evidence is not prose) and the candidates it was chosen from. */
type ProfileSink = (term: TermId, reading: ProfiledReading | undefined, weighed: WeighedCandidates) => void;

export function extractTerms(input: ExtractInput): ExtractResult {
  return extractObserved(input);
}

/**
 * extractTerms, also saying per prose reading how it was reached (for calibration, scripts/calibrate-confidence.ts) and
 * which candidates it was chosen from (scripts/judge-headroom.ts, judge-cv.ts).
 */
export function extractProfiled(input: ExtractInput): {
  result: ExtractResult;
  profiles: Partial<Record<TermId, ProfiledReading>>;
  weighed: Partial<Record<TermId, WeighedCandidates>>;
} {
  const profiles: Partial<Record<TermId, ProfiledReading>> = {};
  const weighed: Partial<Record<TermId, WeighedCandidates>> = {};
  const result = extractObserved(input, (term, reading, candidates) => {
    if (reading) profiles[term] = reading;
    weighed[term] = candidates;
  });
  return { result, profiles, weighed };
}

function extractObserved(input: ExtractInput, observe?: ProfileSink): ExtractResult {
  const url = typeof input?.url === 'string' ? input.url : null;
  try {
    return extractUnsafe(input, url, observe);
  } catch (error) {
    // The contract is "never throws": an unexpected failure yields no terms and says why.
    return { url, category: [], terms: {}, warnings: [`extraction failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

function extractUnsafe(input: ExtractInput, url: string | null, observe?: ProfileSink): ExtractResult {
  const page = input.parsed ?? parsePage(typeof input?.body === 'string' ? input.body : '', input.contentType);
  const jsonLd = readJsonLd(page.jsonLd);
  const units = toUnits(page.blocks);
  // The page's language tag ("en-CA") and its footer's currency note ("All prices in Canadian dollars") are not
  // policy text, yet they say what a bare "$" means.
  const unitText = units.map((u) => u.text).join(' ').slice(0, 100_000);
  const dollar = dollarCurrency(url, unitText, { lang: page.lang, footerText: page.footer });
  const context: RuleContext = { dollar, pageCurrency: pageCurrency(units, unitText, url, dollar), pageUnits: units };
  const candidates: Candidate[] = [];
  // Placeholders, a template's instructions and outline, and consumer-law explainers state no terms of this shop.
  const template = templateUnits(units);
  for (const unit of units) {
    if (template.has(unit)) continue;
    if (QUESTION_RE.test(unit.text) && !RHETORICAL_RE.test(unit.text)) continue;
    // "We reply to refund requests within 2 days" gives a reply time, not a return window or a refund time.
    const deskless = withoutDeskClock(unit.norm);
    const otherUnit = deskless === unit.norm ? unit : { ...unit, norm: deskless };
    for (const rule of RULES) {
      // The rule's name goes on each reading: confidence is calibrated per rule (confidence.ts).
      for (const c of rule(DESK_RULES.has(rule) ? unit : otherUnit, context)) candidates.push({ ...c, rule: rule.name, ...(unit.kind === 'heading' ? { confidence: c.confidence * HEADING_CONFIDENCE } : {}) });
    }
  }
  // A warranty or price-promise page's refunds are that policy's: returns terms come only from a returns section there;
  // a money-back guarantee that needs nothing sent back, or a page that takes only faulty goods back, gives no returns
  // terms either (rules/other-policy.ts).
  const { candidates: returnsKept, acceptedFromTerms } = returnsReadings(url, units, candidates);
  // A marketplace page that hands a topic to its sellers states none of its own terms for it (scope.ts).
  // A section about another channel, order or the goods coming back states none of the standard terms it sets apart (rules/other-subject.ts).
  const kept = subjectScoped(partyScoped(units, returnsKept));
  // A page of word salad with policy phrases in short lines has no long line to judge: the page as a whole is judged.
  let prose: boolean | undefined;
  const pageReadsAsProse = (): boolean => (prose ??= readsAsProse(pageSample(units)));
  const terms = merge(kept, jsonLd.readings, pageReadsAsProse, acceptedFromTerms, observe);
  const category = pageCategories({ url, title: page.title, blocks: page.blocks, terms });
  return { url, category, terms, ...(jsonLd.warnings.length ? { warnings: jsonLd.warnings } : {}) };
}

/** Enough of the page's text to judge whether it reads as prose (the first PROSE_SAMPLE_CHARS of its units). */
function pageSample(units: readonly Unit[]): string {
  const parts: string[] = [];
  let chars = 0;
  for (const u of units) {
    if (chars >= PROSE_SAMPLE_CHARS) break;
    parts.push(u.text);
    chars += u.text.length + 1;
  }
  return parts.join(' ');
}

/** Stage 1 alone: the page's text blocks and markup facts, from at most MAX_BODY_CHARS of it (see pageText for maxDepth). */
export function parsePage(body: string, contentType?: string, maxDepth?: number): PageText {
  return pageText(body.slice(0, MAX_BODY_CHARS), contentType, maxDepth);
}

/**
 * A label glued to the span after it when a definition list or a card is flattened ("Standard Shipping3-7 business
 * days", "Processing Time1-5 business days"): the label's colon goes back between the word and the range, so the
 * span reads as that label's value like any "Label: 3-7 days" entry. A page's layout, so page text alone is mended:
 * a review's "shipping3-5 days" is a typing slip, read by voice as it stands.
 */
const GLUED_RANGE = /([a-z])(?=\d{1,4}\s*(?:-|~|to)\s*\d{1,4}\s*(?:business |working |calendar )?(?:days?|weeks?|hours?)\b)/g;

/** Dashes unified and number words as digits, a template placeholder's clause struck out: what every pattern reads. */
export function normaliseUnitText(text: string): string {
  return normaliseNumbers(strikePlaceholders(resolveBrackets(text)).replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"'))
    .toLowerCase()
    .replace(GLUED_RANGE, '$1: ')
    .replace(PAGE_STAMP, ' ')
    .replace(EXAMPLE_ASIDE, ' ')
    .replace(VAGUE_AMOUNT, 'some time')
    .replace(/\bdespatch/g, 'dispatch') // British spelling: one set of patterns
    // "Hassle-free returns" is a mood, not a price: no rule should read "free" in it.
    .replace(/\b(?:hassle|worry|stress|trouble|fuss|care|headache|quibble)[- ]free\b/g, 'easy');
}

/** The page as the rules read it: one unit per sentence, list item, table row or heading (also scripts/show-units.ts). */
export function toUnits(blocks: TextBlock[]): Unit[] {
  const units: Unit[] = [];
  let order = 0;
  let labelHeading: string | undefined;
  for (const rawBlock of blocks) {
    // A short line that pairs a label with its value ("Dispatch: next working day" over "UK delivery: 2-4 working
    // days") is one entry of a list, though a blank line before it made it a heading: it is read as an entry and labels
    // no line, so the entry under it is read on its own. It stays in the heading path: a section titled with a colon
    // ("Cancellation policy: single purchase and subscriptions") looks the same, and its lines keep its topic.
    const entry = rawBlock.kind === 'heading' && ENTRY_LINE.test(rawBlock.text);
    // A terse value right under a short label ("<dt>Return postage</dt><dd>Paid by you</dd>", a card's "Time to
    // return" / "28 days") reads as one labelled line, the way table rows do: "Return postage: Paid by you".
    const label = labelHeading;
    labelHeading = rawBlock.kind === 'heading' && !entry && rawBlock.text.length <= LABEL_MAX_CHARS && !rawBlock.text.endsWith('?') ? rawBlock.text.replace(/[:：]\s*$/, '') : undefined;
    const block: TextBlock =
      label && rawBlock.kind !== 'heading' && rawBlock.kind !== 'row' && rawBlock.text.length <= LABELLED_VALUE_MAX_CHARS && !/[.!?]$/.test(rawBlock.text) && !PAGE_METADATA.test(rawBlock.text)
        ? { ...rawBlock, text: `${label}: ${rawBlock.text}`, kind: 'item' }
        : entry
          ? { ...rawBlock, kind: 'item' }
          : rawBlock;
    const sectionTopic = sectionTopicOf(block.headingPath);
    // Trust strips and footers separate claims with middots or bars ("30-day returns · 2-year warranty").
    const pieces = block.kind === 'row' || block.kind === 'heading' ? [block.text] : block.text.split(STRIP_SEPARATOR).flatMap(splitSentences).flatMap(splitInlineLabels);
    // A short FAQ answer only makes sense with its question ("Can I return it? Yes, within 30 days."): read them together.
    const question = block.headingPath[block.headingPath.length - 1];
    for (let i = 1; i < pieces.length; i++) {
      // "That's our money-back guarantee." points back at the sentence before it.
      if (ANAPHORA_RE.test(pieces[i]!) && pieces[i]!.length <= FAQ_ANSWER_MAX_CHARS) pieces[i] = `${pieces[i - 1]} ${pieces[i]}`;
    }
    for (let i = 0; i < pieces.length; i++) {
      const prev = i > 0 ? pieces[i - 1]! : i === 0 && block.kind !== 'heading' && question?.endsWith('?') ? question : undefined;
      if (prev && QUESTION_RE.test(prev) && pieces[i]!.length <= FAQ_ANSWER_MAX_CHARS && !QUESTION_RE.test(pieces[i]!)) pieces[i] = `${prev} ${pieces[i]}`;
    }
    for (const text of pieces) {
      units.push({ text, norm: normaliseUnitText(text), headingPath: block.headingPath, kind: block.kind, sectionTopic, order: order++ });
    }
  }
  return units;
}

/** A heading this short can label the value under it; a value this short, without a full stop, is a value. */
const LABEL_MAX_CHARS = 40;
/** A label of a few words, its colon and a value: "Dispatch: next working day", "Handling time: 2 business days". */
const ENTRY_LINE = /^[^:]{1,30}:\s*\S/;
/** "Updated 3 months ago", "Last revised 2 March": about the page, never a value of the heading above it. */
const PAGE_METADATA = /\b(?:updated|revised|posted|published|modified|ago|reading time|min read)\b/i;
const LABELLED_VALUE_MAX_CHARS = 90;

/** The innermost heading that names exactly one topic. */
function sectionTopicOf(path: string[]): Category | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const t = topicOf(path[i]!);
    if (t) return t;
  }
  return null;
}

type AnyValue = TermReading['value'];

function same(a: AnyValue, b: AnyValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Stage 5: one reading per term from the candidates and the JSON-LD readings. */
function merge(candidates: Candidate[], jsonLd: JsonLdReading[], pageReadsAsProse: () => boolean, acceptedFromTerms: boolean, observe?: ProfileSink): TermReadings {
  const byTerm = new Map<TermId, Candidate[]>();
  for (const c of candidates) {
    const list = byTerm.get(c.term);
    if (list) list.push(c);
    else byTerm.set(c.term, [c]);
  }
  const out: Record<string, TermReading> = {};
  for (const id of TERM_IDS) {
    const prose = textReading(id, byTerm.get(id) ?? [], pageReadsAsProse, observe);
    const structured = jsonLd.filter((r) => r.term === id);
    if (structured.length === 0) {
      if (prose) out[id] = prose;
      continue;
    }
    const first = structured[0]!;
    const conflict: { value: AnyValue; evidence: string; source: 'text' | 'json-ld' }[] = [];
    for (const other of structured.slice(1)) {
      if (!same(other.value, first.value) && !conflict.some((c) => same(c.value, other.value))) {
        conflict.push({ value: other.value, evidence: other.evidence, source: 'json-ld' });
      }
    }
    if (prose && !same(prose.value, first.value) && !UNION_TERMS.has(id)) {
      // Markup and prose disagree: structured data is read first (issue 4); the prose reading is kept as the conflict.
      conflict.push({ value: prose.value, evidence: prose.evidence, source: 'text' });
    }
    let value: AnyValue = first.value;
    if (UNION_TERMS.has(id) && prose) value = [...new Set([...(first.value as string[]), ...(prose.value as string[])])] as AnyValue;
    out[id] = {
      value,
      evidence: first.evidence,
      confidence: conflict.length ? CONFLICT_CONFIDENCE : JSON_LD_CONFIDENCE,
      source: 'json-ld',
      ...(first.timezone ? { timezone: first.timezone } : prose?.timezone ? { timezone: prose.timezone } : {}),
      ...(prose?.variants ? { variants: prose.variants } : {}),
      ...(conflict.length ? { conflict } : {}),
    } as TermReading;
  }
  // A page that explains how to return (window, fee, who pays postage, refund method or time) accepts returns.
  const how = RETURN_HOW_TERMS.map((t) => out[t]).find((r) => r !== undefined);
  if (!out['returns.accepted'] && how && acceptedFromTerms) {
    out['returns.accepted'] = { value: true, evidence: how.evidence, confidence: 0.75, source: how.source ?? 'text', ...(how.headingPath ? { headingPath: how.headingPath } : {}) };
  }
  const ordered: Record<string, TermReading> = {};
  for (const id of TERM_IDS) if (out[id]) ordered[id] = out[id];
  return ordered as TermReadings;
}

/** The prose reading of one term: default value, variants, unions and joined hours. */
function textReading(id: TermId, candidates: Candidate[], pageReadsAsProse: () => boolean, observe?: ProfileSink): TermReading | undefined {
  let list = candidates;
  let defaults = list.filter((c) => c.scope === undefined);
  if (defaults.length === 0) {
    // Only scoped readings. For a few quantities the one scoped value is still what the page offers (a refurbished
    // shop's "90-day warranty on refurbished items"); for the rest the page does not state the general value.
    if (!SCOPED_FALLBACK_TERMS.has(id) || new Set(list.map((c) => JSON.stringify(c.value))).size !== 1) return undefined;
    defaults = list.map((c) => ({ ...c, confidence: c.confidence * SCOPED_FALLBACK_CONFIDENCE, scope: undefined }) as Candidate);
    list = defaults;
  }
  const decisive = DECISIVE_VALUE[id] === undefined ? [] : defaults.filter((c) => c.value === DECISIVE_VALUE[id]);
  let best = (decisive.length ? decisive : defaults).reduce((a, b) => (b.confidence > a.confidence ? b : a));
  const chosen = best;
  let value: AnyValue = best.value;
  if (UNION_TERMS.has(id)) {
    const set = new Set<string>();
    for (const c of defaults) for (const v of c.value as string[]) set.add(v);
    best = defaults[0]!;
    value = [...set] as AnyValue;
  } else if (id === 'support.hours') {
    value = joinHours(defaults, best);
  }
  const variants: TermVariant[] = [];
  const seen = new Set<string>([JSON.stringify(value)]);
  for (const c of list) {
    if (c.scope === undefined) continue;
    const key = JSON.stringify(c.value);
    if (seen.has(key)) continue;
    seen.add(key);
    variants.push({ value: c.value, scope: c.scope, evidence: evidenceOf(c.unit.text) });
  }
  const calibration = calibrated(best, defaults, (a, b) => same(a.value, b.value), { union: UNION_TERMS.has(id), pageReadsAsProse });
  observe?.(id, calibration.profile ? { profile: calibration.profile, ruleScore: best.confidence } : undefined, { defaults, chosen });
  return {
    value,
    evidence: evidenceOf(best.unit.text),
    confidence: round2(calibration.confidence),
    source: 'text',
    headingPath: best.unit.headingPath,
    ...(best.timezone ? { timezone: best.timezone } : timezoneNear(defaults, best)),
    ...(variants.length ? { variants } : {}),
  } as TermReading;
}

/** Hours stated over consecutive lines join into one opening_hours string; days already covered are not repeated. */
function joinHours(defaults: Candidate[], best: Candidate): AnyValue {
  if (best.value === '24/7') return best.value;
  const sorted = [...defaults].sort((a, b) => a.unit.order - b.unit.order);
  const start = sorted.indexOf(best);
  const parts: string[] = [String(best.value)];
  let last = best.unit.order;
  for (const c of sorted.slice(start + 1)) {
    if (c.unit.order - last > HOURS_JOIN_DISTANCE || c.value === '24/7') break;
    if (parts.some((p) => p.split(' ')[0] === String(c.value).split(' ')[0])) break;
    parts.push(String(c.value));
    last = c.unit.order;
  }
  const rules = parts.join('; ').split('; ');
  const holidays = rules.filter((r) => r === 'PH off');
  const value = [...rules.filter((r) => r !== 'PH off'), ...holidays.slice(0, 1)].join('; ');
  return isValidOpeningHours(value) ? value : best.value;
}

function timezoneNear(defaults: Candidate[], best: Candidate): { timezone?: string } {
  const tz = defaults.find((c) => c.timezone && Math.abs(c.unit.order - best.unit.order) <= HOURS_JOIN_DISTANCE)?.timezone;
  return tz ? { timezone: tz } : {};
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
