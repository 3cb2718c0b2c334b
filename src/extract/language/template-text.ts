/**
 * Text that looks like policy but states no shop's terms (issue 11, "templates and examples"): an unfilled template's
 * placeholders, the instructions a policy generator leaves for the merchant, an outline of what a policy "should
 * include", and consumer-law explainers about what "a store" or "the supplier" must do. The extractor skips such
 * units before any rule reads them. Tables hold words and small patterns; each row has an in-house example.
 */
import type { Unit } from '../rule-types.js';
import { fenced, fencedRegExp } from './pattern-size.js';
import { HEDGED, SHOP_VOICE } from './voice-words.js';

/**
 * Placeholder templates ("[number] days", "{{ days }}", "{email address}" of a shop platform's sample refund page, "XX
 * days", "<insert date>", a longer bracketed instruction such as "[details about other options, such as express, if
 * applicable]") state nothing. A bracket
 * holding an e-mail address is no placeholder: "[help@shop.example]", and "[email protected]", which is what an
 * address hidden from scrapers reads as once the page's script is gone; nor are the "[at]" and "[dot]" of an address
 * spelled out ("hello [at] shop [dot] com"). Read on the text as written; WORD_PLACEHOLDER on its lower case.
 */
const PLACEHOLDER_SOURCE =
  fenced(/\[(?!(?:at|dot)\]|[^\]]*@|email(?:&#160;|\s)protected\])[^\]]{1,40}\]|\[[^\]@]{0,160}\b(?:details (?:about|of|on)|such as|if applicable|e\.g\.|insert|specify|describe|your (?:store|shop|company|business)(?:'s)? )[^\]@]{0,160}\]|\{\{[^}]{0,40}\}\}|\{%[^%]{0,40}%\}|\{[A-Za-z][A-Za-z _-]{1,30}\}|<[A-Z_ ]{2,30}>|\bINSERT\b|\bYOUR (?:STORE|COMPANY)\b/).source;
const PLACEHOLDER = new RegExp(PLACEHOLDER_SOURCE);
const PLACEHOLDER_ALL = new RegExp(PLACEHOLDER_SOURCE, 'g');
/** Placeholders written in words, matched on lower case: "XX days", "n days", "$xx", "<insert date>", "<your email>". */
const WORD_PLACEHOLDER_SOURCE =
  fenced(/\b(?:xx|x{1,3}|n|__+|\.\.\.)\s*(?:business |working |calendar )?(?:days?|hours?|months?|years?|%)|\$\s?(?:xx|x{1,3}|__+)\b|<(?:insert|enter|add|your|date|name|email|store|company|number|amount)\b[^<>]{0,40}>/).source;
const WORD_PLACEHOLDER = new RegExp(WORD_PLACEHOLDER_SOURCE);
const WORD_PLACEHOLDER_ALL = new RegExp(WORD_PLACEHOLDER_SOURCE, 'g');

/**
 * The clause a placeholder sits in is its value slot (issue 11: the placeholder is the unit of rejection, not the
 * sentence). What that clause says is read from the placeholder: "free shipping on orders over $[amount]", "we ship to
 * [countries]", and "Expedited: [days] – [cost]", where the option's name before a colon or a dash goes with its value,
 * so the option is not offered either. The sentence's other clauses are the shop's own words ("…, and every parcel is
 * tracked"), and a placeholder inside a quotation or a bracketed aside takes only that quotation or aside: the subject
 * line in "e-mail help@shop.example with the subject “Return – [order number]”" is a slot the customer fills in.
 * Clauses end at these marks; a comma or a conjunction opens a clause of its own only when a subject follows, or a
 * value of its own ("…{{ email }} or call us on 555-0100"), else the same statement goes on ("express is offered, for
 * [$amount]"). A dash is no end: it joins an option's name to its time and price as a colon does.
 */
const CLAUSE_MARK = /[;!?]|,?\s(?:and|or|but|then)\s|,\s*/gi;
const CLAUSE_SUBJECT = '(?:we|you|i|they|it|he|she|your|our|their|the|a|an|all|every|each|any|this|these|those|no)\\b';
const OWN_SUBJECT = new RegExp(`^${CLAUSE_SUBJECT}`, 'i');
const OWN_VALUE = /^[^;,!?.]*(?:\d|@)/;
const OPENERS: Readonly<Record<string, string>> = { '(': ')', '“': '”', '"': '"' };
/**
 * Clauses that lean on the struck one go with it: one that points back at it ("…[number]-day policy, which means…"),
 * one with no subject of its own that goes on from the clause before ("express is offered, and costs [$amount]"),
 * and a condition or purpose before it whose main clause it is ("If you need an exchange, e-mail [your address]", "To
 * start a return, contact us at [email]"): alone they state nothing the shop does.
 */
const BACK_WORDS = '(?:which|that|who|whose|where|meaning|so)\\b';
const BACK_REFERENCE = new RegExp(`^\\s*${BACK_WORDS}`, 'i');
const CONTINUATION = new RegExp(`^\\s*(?:${BACK_WORDS}|(?:and|or|but|then)\\s+(?!${CLAUSE_SUBJECT}))`, 'i');
const LEADING_CONDITION = /^\s*(?:if|when|whenever|once|to|after|before|for|should|unless|in case|as soon as)\b/i;

/** [start, end) of each placeholder in the text, in order, overlaps merged. */
function placeholderSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(PLACEHOLDER_ALL)) spans.push([m.index, m.index + m[0].length]);
  const lower = text.toLowerCase();
  if (lower.length === text.length) for (const m of lower.matchAll(WORD_PLACEHOLDER_ALL)) spans.push([m.index, m.index + m[0].length]);
  spans.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

/** Whether the text holds a template placeholder. */
function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text) || WORD_PLACEHOLDER.test(text.toLowerCase());
}

/** The quotation or bracketed aside that holds [start, end), as the [open, close] offsets of its marks. */
function enclosing(text: string, start: number, end: number): [number, number] | undefined {
  for (let i = start - 1; i >= 0; i--) {
    const close = OPENERS[text[i]!];
    if (close === undefined) {
      if (text[i] === ')' || text[i] === '”') return undefined;
      continue;
    }
    const j = text.indexOf(close, end);
    if (j >= 0) return [i, j];
    return undefined;
  }
  return undefined;
}

/** Clause boundaries of the text outside placeholders: [start, end) of each mark. */
function clauseMarks(text: string, spans: readonly [number, number][]): [number, number][] {
  const marks: [number, number][] = [];
  for (const m of text.matchAll(CLAUSE_MARK)) {
    const at = m.index;
    const end = at + m[0].length;
    if (spans.some(([s, e]) => at >= s && at < e)) continue;
    if (/[\w,]/.test(m[0])) {
      const rest = text.slice(end);
      const stretch = rest.slice(0, rest.search(/[;,!?]|$/));
      if (!OWN_SUBJECT.test(rest) && !(OWN_VALUE.test(stretch) && !spans.some(([s]) => s >= end && s < end + stretch.length))) continue;
    }
    marks.push([at, end]);
  }
  return marks;
}

/**
 * The text with each placeholder's clause blanked (CLAUSE_MARK): the rules read the rest. Unchanged when it holds no
 * placeholder.
 */
export function strikePlaceholders(text: string): string {
  const spans = placeholderSpans(text);
  if (spans.length === 0) return text;
  const marks = clauseMarks(text, spans);
  const chars = text.split('');
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) chars[k] = ' ';
  };
  for (const [s, e] of spans) {
    const inner = enclosing(text, s, e);
    if (inner) {
      blank(inner[0] + 1, inner[1]);
      continue;
    }
    let j = -1;
    for (let m = 0; m < marks.length && marks[m]![1] <= s; m++) j = m;
    let from = j < 0 ? 0 : marks[j]![1];
    while (j >= 0) {
      const start = j > 0 ? marks[j - 1]![1] : 0;
      if (!CONTINUATION.test(text.slice(from)) && !LEADING_CONDITION.test(text.slice(start, marks[j]![0]))) break;
      from = start;
      j--;
    }
    let k = marks.findIndex(([ms]) => ms >= e);
    let to = k < 0 ? text.length : marks[k]![0];
    while (k >= 0 && k < marks.length && BACK_REFERENCE.test(text.slice(marks[k]![1]))) {
      k++;
      to = k < marks.length ? marks[k]![0] : text.length;
    }
    // The struck clause takes its label with it ("Expedited: [days] – [cost]": a colon is no clause mark).
    blank(from, to);
  }
  return chars.join('');
}

/** A unit whose placeholders left no word of its own: a placeholder line ("[Your Store Name]", "Effective date: [date]"). */
const READABLE_WORD = /\b(?!(?:and|or|but|then|the)\b)[a-z]{3,}/i;
/**
 * A vague amount left where a figure belongs ("within a certain amount of days"): struck out, so the rest of the
 * sentence ("credited to your original method of payment") still counts.
 */
export const VAGUE_AMOUNT = fenced(/\b(?:a|an) (?:certain|specific|set|given|particular) (?:number|amount) of (?:business |working )?(?:days|weeks|hours|months)\b/g);

/**
 * A template's bracket into which the merchant typed a figure ("within [5] business days", "[1–3 business days]") is
 * the shop's value (test/real/README.md): the brackets are dropped and the figure read.
 */
const TYPED_VALUE = /\[((?:within |up to |about )?\d[\d\s.,–-]*(?:(?:business |working |calendar )?(?:days?|weeks?|hours?|months?|years?)|%)?)\]/gi;
/**
 * A bracket left where a duration belongs ("within [insert number] days", "[e.g., 5–10 business days]", "[X] days"): a
 * vague amount like VAGUE_AMOUNT, struck out so the rest of the sentence ("processed to your original method of
 * payment") still counts.
 */
const PLACEHOLDER_AMOUNT =
  fenced(/\[[^\]\d]{0,60}\]\s*(?:business |working |calendar )?(?:days?|weeks?|hours?|months?)\b|\[[^\]]{0,60}\b(?:e\.g\.,?|eg|insert|number|x+)[^\]]{0,40}\b(?:days?|weeks?|hours?|months?)\]/gi);

/** A template's brackets resolved: typed figures read as values, duration placeholders as a vague amount. */
export function resolveBrackets(text: string): string {
  return text.includes('[') ? text.replace(TYPED_VALUE, '$1').replace(PLACEHOLDER_AMOUNT, 'some time') : text;
}

/** The merchant's readers, as a template or an explainer names them ("tell your customers", "inform users how"). */
const READER_WORDS = 'customers|shoppers|buyers|visitors|consumers|readers|clients|users';
const READERS = `(?:${READER_WORDS})`;
/** Verbs a template uses to tell the merchant what to write ("Explain how the refund is issued", "Inform users how"). */
const INSTRUCTION_VERBS = `explain|describe|state|list|add|include|mention|specify|outline|insert|enter|write|detail|indicate|clarify|note down|(?:tell|inform|show) (?:your )?${READERS}|let (?:your )?${READERS} know|provide (?:details|information)`;
/** What the instruction asks about: a question word or "information", never a value. */
const INSTRUCTION_OBJECT = '(?:how|whether|what|when|where|who|which|if|any|information|details|here|your|the (?:conditions|timeframe|time ?frame|process|steps|policy|cost|number))';
const INSTRUCTION_RES: readonly RegExp[] = [
  // "Explain how the refund is issued.", "Add information whether or not you offer returns", "State how long a refund takes"
  fencedRegExp(`^(?:[-*•]\\s*)?(?:${INSTRUCTION_VERBS})(?: here)? ${INSTRUCTION_OBJECT}\\b`),
  // "Your return policy should include the following", "a return and refund policy usually consists of:"
  fenced(/\b(?:your|a|the|this|every|any) (?:(?:good|clear|typical|well-crafted|well-written|solid|sample) )?(?:return|returns|refund|shipping|delivery|exchange|warranty)(?: (?:and|&) (?:return|returns|refund|shipping|exchange))? (?:policy|policies|page)(?: page)? (?:should|must|needs to|usually|typically|often|generally|can) (?:include|contain|consist|cover|explain|state|describe|outline|list|mention|answer|make|address)\w*/),
  // "This is a place to describe your return and refund policy", "a refund policy page outlines the conditions under which…"
  /\bthis is (?:a|the) place (?:to|where you)\b|\bpolicy page (?:outlines|describes|explains|includes|tells)\b|\b(?:this|it) outlines the (?:conditions|terms|timeline|process|steps)\b/,
  // Outline items that name a topic and no term: "Overview of the conditions under which returns are accepted",
  // "Steps for initiating a return", "Information on who pays for return shipping"
  fenced(/^(?:an? |the )?(?:overview|summary|explanation|description|information|details|instructions|availability|steps|timeframe|time ?frame|eligibility) (?:of|on|for|about|in which|under which)\b(?![^.]{0,200}\d)(?=[^.]{0,90}$)/),
  // The same outline under a label: "Shipping methods: details about the various options available, such as …",
  // "Order tracking: details on how customers can track their parcels"
  fenced(/^[a-z][a-z &/-]{2,30}:\s*(?:details|information|an? (?:overview|explanation|description)) (?:about|on|of|regarding) (?:how|whether|what|when|which|the|any)\b(?![^.]{0,200}\d)/),
];

/**
 * Sentences about a policy document rather than policy (issue 11, "glossary pages that explain policies in general"),
 * read as a frame: a reader class told something ("lets customers know", "helps shoppers understand"), a policy or
 * page in general that should do something ("return and refund pages should make…"), a definition by contrast
 * ("isn't to be confused with"), and an instruction to the page's owner to put the real rules here ("use this page to
 * publish your actual rules"). A shop never speaks of its own page that way, so such a sentence also marks the page
 * as generator text (templateUnits). Each cue an in-house example (tuning 892-895).
 */
const POLICY_EXPLAINER: readonly RegExp[] = [
  // "A returns policy lets customers know whether…", "the page tells shoppers what to expect", "informs buyers how…"
  fencedRegExp(`\\b(?:lets?|tells?|informs?|shows?) ${READERS} (?:know|about|what|how|whether|if|which|when|where)\\b`),
  // "Returns & Exchanges helps shoppers understand how this store operates"
  fencedRegExp(`\\bhelps? ${READERS} (?:to )?(?:understand|know|learn|see|find out)\\b`),
  // "Return and refund pages should make the process easy to understand", "a good policy must be clear"
  fenced(/\b(?:polic(?:y|ies)|pages?) (?:should|must|needs? to|ought to) (?:make|be|give|tell|answer|set|spell|help|feel|look)\b/),
  // "A shipping policy isn't to be confused with a returns policy"
  /\b(?:is not|isn't|are not|aren't) to be confused with\b/,
  // "Use this policy page to publish your actual rules", "replace this text with your own terms"
  fenced(/\b(?:use|edit|replace|customi[sz]e|adapt) (?:this|the) (?:[a-z]+ ){0,2}?(?:page|text|section|template|content|copy|wording)\b|\byour (?:actual|real|own) (?:[a-z]+ ){0,3}?(?:rules|policy|policies|terms)\b/),
];
/**
 * A page describing itself ("These return terms outline your rights when asking for a return, refund or exchange",
 * "the policy below explains how orders are handled") names the topics it covers, not the shop's terms: its list of
 * remedies is no exchange offer. Skipped when it holds no figure and no "we" (tuning 900); "this policy explains how to
 * return items within 30 days" is read.
 */
const SELF_DESCRIPTION = fenced(/\b(?:polic(?:y|ies)|pages?|terms|conditions|sections?|documents?)(?: below| here)? (?:outlines?|explains?|describes?|sets? out|summari[sz]es?|lays? out)\b/);
const WE = /\b(?:we|we're|we'll|we've|we'd)\b/;

/** The page's owner addressed as a seller ("your customers", "your storefront"): a cue of generator text, never skipped alone. */
const OWNER_ADDRESSED = fencedRegExp(`\\byour (?:${READER_WORDS}|storefront|store's|shop's)\\b`);

/**
 * A page that explains policies in general or tells its owner what to write, and where no one speaks as the shop, is
 * the generator's text itself: its sentences without a figure state nothing ("customers should receive tracking
 * details", "returned items may be reviewed before a refund or exchange"). A figure is still read: a value the owner
 * typed in counts (test/real/README.md).
 */
function generatorPage(units: readonly Unit[]): boolean {
  // A first person anywhere on the page is a shop speaking (or a filled-in template), read on the text as written: a
  // "we" in a clause a placeholder struck out ("we ship to [countries]") is still the shop.
  if (units.some((u) => SHOP_VOICE.test(u.norm) || SHOP_VOICE.test(u.text.toLowerCase()))) return false;
  return units.some((u) => isExplainer(u.norm) || OWNER_ADDRESSED.test(u.norm) || INSTRUCTION_RES.some((re) => re.test(u.norm))) || hedgedThroughout(units);
}

/**
 * Generic filler about what shops usually do (test/real/README.md: nothing, even for a sentence that names a method
 * plainly): no one speaks as the shop, and several lines hedge ("items must typically be unused", "returns are usually
 * accepted within a specified timeframe", "(if applicable)") or speak of the shop in the third person ("store personnel
 * may inspect the item", "the store's return address", "some stores may refuse"). Word classes, read per unit; a shop
 * page without "we" states its terms flatly and names no "the store".
 */
const THIRD_PERSON_SHOP = /(?:the|a|some|many|most|each) (?:store|shop|retailer|seller|merchant)(?:s|'s)?(?! (?:locator|hours|credit|address(?:es)?))|(?:store|shop) (?:personnel|staff|employees|associates)|\(if applicable\)|a specified (?:time ?frame|period|number)/;
const HEDGED_UNITS_MIN = 3;
function hedgedThroughout(units: readonly Unit[]): boolean {
  let n = 0;
  for (const u of units) if (THIRD_PERSON_SHOP.test(u.norm) || HEDGED.test(u.norm)) n++;
  return n >= HEDGED_UNITS_MIN;
}
function isExplainer(norm: string): boolean {
  return POLICY_EXPLAINER.some((re) => re.test(norm));
}

/** The words that give an example ("e.g.", "such as"); statement-kind-words.ts reads them too. */
export const EXAMPLE_CUES: readonly string[] = ['e.g.', 'eg', 'for example', 'such as'];
/** The words that say the same again ("i.e."): in brackets, an aside like an example. */
const RESTATEMENT_CUES: readonly string[] = ['i.e.', 'ie'];
/** A cue as a pattern: its dots literal, a whole word when it ends in a letter ("eg", not "egg"). */
const cuePattern = (cue: string): string => cue.replace(/\./g, '\\.') + (/[a-z]$/.test(cue) ? '\\b' : '');
/**
 * Examples in brackets are options, not the shop's choice: "Refund method (original payment method, store credit,
 * etc.)", "Terms of return (i.e. number of days)", "who pays return shipping (customer or business)". Struck out of
 * the text the rules read; "custom items (e.g. engraved rings) are final sale" still reads as "custom items are final sale".
 */
export const EXAMPLE_ASIDE = fencedRegExp(
  `\\((?:[^)]{0,80}\\b)?(?:${[...EXAMPLE_CUES, ...RESTATEMENT_CUES].map(cuePattern).join('|')})[^)]*\\)|\\([^)]{0,80}\\betc\\.?\\)|\\((?:the )?(?:customer|buyer|you) or (?:the )?(?:business|store|shop|merchant|seller|us)\\)`,
  'g',
);

/**
 * Consumer-law explainers speak of parties in general ("some stores offer…", "a store does not have to…", "where a
 * consumer has informed a supplier…", "traders must refund…", "under the law businesses are required to…"), never of
 * this shop. Read only when no first person speaks in the sentence.
 */
const GENERIC_PARTY = fenced(/\b(?:some|many|most) (?:stores|shops|retailers|businesses|traders|sellers|chains)\b|\b(?:a|the) (?:store|shop|retailer|business|trader) (?:does not|doesn't|do not|is not|isn't|must|has to|may|can|need not)\b|\b(?:a|the) supplier\b[^.]{0,120}\bconsumer\b|\b(?:a|the) consumer\b[^.]{0,120}\bsupplier\b|\bunder (?:the )?(?:consumer (?:protection|rights) act|consumer law|australian consumer law|cpa)\b[^.]{0,80}\b(?:consumers?|suppliers?) (?:is|are|has|have|may|can|must)\b|\b(?:traders|businesses|retailers|sellers|suppliers|merchants) (?:must|should|are (?:required|obliged|not required|not obliged) to|have to|need to|need not|may|can)\b|\b(?:consumers|buyers) (?:must|should|are entitled to|have (?:the|a) (?:legal |statutory )?right)\b|\bunder (?:the )?(?:[a-z]+ )?(?:consumer )?law\b[^.]{0,60}\b(?:businesses|traders|retailers|sellers|suppliers)\b/);

/**
 * A template's outline states nothing line by line, though only some lines carry an instruction's wording: the lines
 * under a template lead-in ending in ":" ("A typical refund policy page includes:" / "Refund methods: how refunds are
 * issued"), and a list of topics ("Steps for starting a return" / "Condition of items eligible for return" / "Refund
 * method") of which several lines are template text. A line with a figure or a "we"/"you" is the shop speaking and is
 * still read (a filled-in template's values count, test/real/README.md).
 */
const OUTLINE_MIN_ITEMS = 4;
const OUTLINE_MIN_TEMPLATE = 3;
const OUTLINE_LEAD_MAX_LINES = 12;
const SHOP_SPEAKS = /\d|\b(?:we|our|us|you|your)\b/;

/** The units of a page that state nothing of the shop's terms: template text, and the outline lines it governs. */
export function templateUnits(units: readonly Unit[]): Set<Unit> {
  const out = new Set<Unit>();
  // Template wording, a line a placeholder left partly readable included: what lead-ins, topic labels and outlines
  // count, though only `out` is skipped.
  const marked = new Set<Unit>();
  for (const u of units) {
    const placeholder = hasPlaceholder(resolveBrackets(u.text));
    if (isTemplateText(u.norm, u.text, placeholder)) out.add(u);
    if (out.has(u) || placeholder) marked.add(u);
  }
  if (generatorPage(units)) for (const u of units) if (!/\d/.test(u.norm)) out.add(u);
  for (let i = 0; i < units.length; i++) {
    const lead = units[i]!;
    if (!marked.has(lead) || !isLeadIn(lead)) continue;
    for (let j = i + 1; j < units.length && j <= i + OUTLINE_LEAD_MAX_LINES; j++) {
      const u = units[j]!;
      if (u.kind === 'heading' || /:\s*$/.test(u.text)) break;
      if (!SHOP_SPEAKS.test(u.norm)) out.add(u);
    }
  }
  // A topic line right above an instruction is that instruction's label ("Non-refundable items" / "List any items that
  // cannot be refunded."): it names what to write, not what the shop does.
  for (let i = 1; i < units.length; i++) {
    const label = units[i - 1]!;
    if ((marked.has(units[i]!) || out.has(units[i]!)) && !out.has(label) && isTopicLine(label)) out.add(label);
  }
  for (let i = 0; i < units.length; ) {
    let j = i;
    const path = units[i]!.headingPath.join('\u0000');
    while (j < units.length && units[j]!.kind === 'item' && units[j]!.headingPath.join('\u0000') === path) j++;
    const run = units.slice(i, j);
    if (run.length >= OUTLINE_MIN_ITEMS && run.filter((u) => marked.has(u) || out.has(u)).length >= OUTLINE_MIN_TEMPLATE && !run.some((u) => SHOP_SPEAKS.test(u.norm))) {
      for (const u of run) out.add(u);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** A short line that names a topic and says nothing: no full stop, no figure, no "we" or "you". */
const TOPIC_LINE_MAX_WORDS = 5;
function isTopicLine(unit: Unit): boolean {
  const words = unit.norm.trim().split(/\s+/);
  return words.length <= TOPIC_LINE_MAX_WORDS && !/[.!?]\s*$/.test(unit.text) && !SHOP_SPEAKS.test(unit.norm);
}

/** A template lead-in: it ends in ":", or it was joined with its first line and its words up to the ":" are template text. */
function isLeadIn(unit: Unit): boolean {
  const colon = unit.norm.indexOf(':');
  return /:\s*$/.test(unit.text) || (colon > 0 && isTemplateText(unit.norm.slice(0, colon + 1)));
}

/**
 * Whether a unit (its normalised text) states nothing of the shop's own terms: placeholder, instruction, law explainer.
 * `placeholder` is whether its raw text holds one, when the caller has already asked (templateUnits).
 */
export function isTemplateText(norm: string, raw: string = norm, placeholder: boolean = hasPlaceholder(resolveBrackets(raw))): boolean {
  // The norm has its placeholders' clauses struck (strikePlaceholders): only a line they leave wordless is skipped whole.
  if (placeholder && !READABLE_WORD.test(strikePlaceholders(norm))) return true;
  if (INSTRUCTION_RES.some((re) => re.test(norm))) return true;
  // "We let customers know when parcels leave" is the shop speaking; "a returns policy lets customers know…" is not.
  if (isExplainer(norm) && !SHOP_VOICE.test(norm)) return true;
  if (SELF_DESCRIPTION.test(norm) && !/\d/.test(norm) && !WE.test(norm)) return true;
  return GENERIC_PARTY.test(norm) && !SHOP_VOICE.test(norm);
}

/** "Updated 23 days ago", "posted 3 weeks ago": a stamp about the page, struck out so no rule reads its number. */
export const PAGE_STAMP = fenced(/\b(?:updated|posted|published|modified|edited|written|revised|last updated)\s*(?:on\s*)?(?:about |over |almost )?\d+\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b|\b\d+\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b/g);
