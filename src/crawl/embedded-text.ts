/**
 * The policy text a client-rendered page already carries in its own HTML (issue 12): many storefronts ship the text
 * their scripts will show as data inside the page — a JSON data script (Next.js's `__NEXT_DATA__`, Nuxt's
 * `__NUXT_DATA__`, a theme section's or page builder's `application/json` block) or a plain `window.X = {…}` state
 * assignment. When needs-browser.ts has found no sentence of the page's categories in its static main content, this
 * reads those payloads before a browser is asked to run the scripts that would display them.
 *
 * Stages, each engaging only when the previous one under-delivers:
 *  1. find the payloads: data scripts and JSON state assignments, found by one linear scan of the HTML (comments
 *     skipped), each within MAX_PAYLOAD_CHARS and MAX_JSON_DEPTH, parsed by JSON.parse only: never evaluated, and
 *     anything that is not JSON (a function call, a JavaScript object literal) is left to the browser;
 *  2. walk each parsed value iteratively (no recursion; MAX_WALK_NODES per page) into paragraphs: readable strings
 *     (HTML strings through the extractor's own text cleaner, extract/page-text.ts) and rich-text run lists joined
 *     into one paragraph (editors store a sentence as runs split at every change of mark);
 *  3. gather the paragraphs into documents — one string of several sentences, or the paragraphs under one array (the
 *     blocks of a rich-text body) — and keep the documents that read as the page's policy: at least
 *     MIN_DOCUMENT_SENTENCES sentences, of which MIN_TOPIC_SHARE state one of the page's categories by the one
 *     keyword table (policy-keywords.ts, read by needs-browser and the extractor alike), and no other category in
 *     more sentences than the page's own. A dictionary of interface strings ("Free shipping on orders over $60"
 *     beside "Your cart is empty") is not a document, and a catalogue that mentions shipping in one product blurb in
 *     twenty is not about shipping;
 *  4. the kept documents become one small HTML page (title and heading of the static page, then the paragraphs,
 *     escaped), extracted like any page.
 * When no payload holds the text, the same-origin JSON URLs the page's markup names in data-* attributes
 * (namedEndpoints) are fetched by crawl-page.ts through the polite fetcher and read by stages 2–4
 * (readEndpointText); none holds it → the page is rendered, unless the endpoint its site's first render taught holds
 * it (learned-endpoints.ts, checked against that render by shownIn).
 * Pure and synchronous: it runs in the page worker beside the render decision (page-worker.ts).
 */
import { depthOverLimit, MAX_HTML_DEPTH as MAX_RENDERED_DEPTH } from '../fetch/html-depth.js';
import { pageText, type TextBlock } from '../extract/page-text.js';
import { SENTENCE_PATTERNS } from '../policy-keywords.js';
import { CATEGORIES, type Category } from '../terms.js';
import { escapeHtml } from '../text/html-escape.js';
import { isSentence, measurePage } from './needs-browser.js';

/** A page rebuilt from its embedded text. */
export interface EmbeddedText {
  /** A small HTML page of the accepted documents, extracted and stored in place of the static body. */
  readonly html: string;
  /** Which payloads the text came from, e.g. ["script#__NEXT_DATA__"] (reports, tests). */
  readonly from: readonly string[];
}

/** One embedded payload found in the HTML, before parsing. */
export interface Payload {
  /** "script#id" / "script[type]" for a data script, "window.X" for an assignment. */
  readonly name: string;
  /** The JSON text. */
  readonly json: string;
}

/** A data script or state object larger than this is a catalogue, not a page's text; crawl.maxBytes bounds the page. */
export const MAX_PAYLOAD_CHARS = 2_000_000;
/** Payloads read per page at most: themes put a dozen data blocks on a page; hundreds is a hostile page. */
export const MAX_PAYLOADS = 40;
/** Deepest JSON nesting read: rich-text trees nest 6–12 deep; deeper values are refused before JSON.parse. */
export const MAX_JSON_DEPTH = 64;
/** JSON values visited per page at most, across its payloads: a 2 MB catalogue has about 100,000. */
export const MAX_WALK_NODES = 200_000;
/** Paragraphs gathered per page at most. */
const MAX_PARAGRAPHS = 5_000;
/** A document must say at least this many sentences: one sentence alone is a label, a banner or an interface string. */
export const MIN_DOCUMENT_SENTENCES = 2;
/** Share of a document's sentences that must state one of the page's categories: it is the policy, not a mention. */
export const MIN_TOPIC_SHARE = 0.25;
/**
 * Time one page's payloads may take to read. A render costs about 400 ms of Chromium CPU, so reading longer than this
 * saves nothing; the page worker's own limit (PARSE_TIME_LIMIT_MS) would fail the page, this only gives it to the
 * browser. Ordinary payloads take a few milliseconds (bench:crawl pages of 40–150 KB: ~11 ms).
 */
export const MAX_READ_MS = 1000;
/** Documents evaluated per page at most (each runs the text cleaner over its paragraphs). */
const MAX_DOCUMENTS = 200;

/**
 * Keys under which rich-text editors store a run's text: `text` (Portable Text, Slate, Lexical, Draft.js, ProseMirror),
 * `value` (Contentful rich text, Shopify's rich-text metafields, unist trees), `t` (compact page-builder stores).
 */
export const RUN_TEXT_KEYS: readonly string[] = ['text', 'value', 't'];

/** Script types that carry JSON data (ld+json is read by the extractor itself, extract/jsonld.ts). */
const JSON_SCRIPT_TYPE = /^\s*application\/(?:[\w.+-]*\+)?json\s*$/i;
const LD_JSON = /ld\+json/i;
/** A script type that runs JavaScript: none, or one of the JavaScript types (a module included). */
const JS_SCRIPT_TYPE = /^\s*(?:(?:text|application)\/(?:x-)?(?:java|ecma)script|module)?\s*$/i;
/** `window.NAME = ` or `window["NAME"] = ` (also on self/globalThis), before an object or array literal. */
const STATE_ASSIGNMENT = /\b(?:window|self|globalThis)\s*(?:\.\s*([A-Za-z_$][\w$]{0,100})|\[\s*(["'])([\w$.-]{1,100})\2\s*\])\s*=\s*(?=[{[])/g;
/** An HTML string: one with block or inline tags. */
const HTML_STRING = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|strong|em|b|i|span|a|table|tr|td|section|article)\b[^>]*>/i;
/** A string that can be read: a letter and a space (identifiers, colours, URLs and numbers have no space). */
const READABLE = /\p{L}[^\s]*\s+\S/u;

/**
 * The payloads of a page: its JSON data scripts (ld+json excepted) and the JSON-valued state assignments of its
 * inline scripts, in document order. One pass over the HTML; comments skipped as a browser skips them.
 */
export function findPayloads(html: string): Payload[] {
  const payloads: Payload[] = [];
  let at = 0;
  while (payloads.length < MAX_PAYLOADS) {
    const script = indexOfTag(SCRIPT_OPEN, html, at);
    if (script < 0) break;
    const comment = html.indexOf('<!--', at);
    if (comment >= 0 && comment < script) {
      const end = html.indexOf('-->', comment + 4);
      if (end < 0) break;
      at = end + 3;
      continue;
    }
    const tagEnd = html.indexOf('>', script);
    if (tagEnd < 0) break;
    const close = indexOfTag(SCRIPT_CLOSE, html, tagEnd);
    const bodyEnd = close < 0 ? html.length : close;
    at = close < 0 ? html.length : close + 8;
    const tag = html.slice(script, tagEnd + 1);
    if (!/^<script[\s>/]/i.test(tag)) continue;
    const body = html.slice(tagEnd + 1, bodyEnd);
    if (body.length > MAX_PAYLOAD_CHARS) continue;
    const type = attribute(tag, 'type') ?? '';
    const id = attribute(tag, 'id');
    if (JSON_SCRIPT_TYPE.test(type) && !LD_JSON.test(type)) {
      payloads.push({ name: id ? `script#${id}` : `script[type=${type.trim()}]`, json: body });
    } else if (JS_SCRIPT_TYPE.test(type) && attribute(tag, 'src') === undefined) {
      for (const found of stateAssignments(body)) {
        if (payloads.length >= MAX_PAYLOADS) break;
        payloads.push(found);
      }
    }
  }
  return payloads;
}

/**
 * Script tags found in any letter case without a lower-cased copy of the page: one character outside Latin-1 (an en
 * dash in a title) makes a 40–150 KB storefront page a two-byte string, and lower-casing that copy was nearly all of
 * findPayloads' time (~1.5 ms a farm page, against a page's ~5 ms of parse and extraction).
 */
const SCRIPT_OPEN = /<script/gi;
const SCRIPT_CLOSE = /<\/script/gi;

/** Where `tag` (a global pattern) next occurs in `html` from `from`; -1 when it does not. */
function indexOfTag(tag: RegExp, html: string, from: number): number {
  tag.lastIndex = from;
  return tag.exec(html)?.index ?? -1;
}

/** An attribute's value in one start tag (quoted or not); undefined when absent. */
function attribute(tag: string, name: string): string | undefined {
  const m = attributePattern(name).exec(tag.slice(0, 2000));
  if (!m) return undefined;
  return m[1] ?? m[2] ?? m[3] ?? '';
}

/**
 * The pattern of one attribute name, built at its first use and kept: attribute() is asked for the same few names
 * (type, id, src) for every script tag of every page, and building a RegExp per call was work thrown away each time.
 */
const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();
function attributePattern(name: string): RegExp {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}\\s*(?:=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i');
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  return pattern;
}

/** `window.X = {…}` assignments whose value is a JSON literal, cut out by a string-aware bracket match. */
function stateAssignments(script: string): Payload[] {
  const found: Payload[] = [];
  STATE_ASSIGNMENT.lastIndex = 0;
  for (let m = STATE_ASSIGNMENT.exec(script); m; m = STATE_ASSIGNMENT.exec(script)) {
    const start = m.index + m[0].length;
    const end = literalEnd(script, start);
    if (end === undefined) continue;
    found.push({ name: `window.${m[1] ?? m[3]}`, json: script.slice(start, end) });
    STATE_ASSIGNMENT.lastIndex = end;
  }
  return found;
}

/**
 * Index just past the object or array literal starting at `start`, counting brackets outside strings, or undefined
 * when it never closes or nests deeper than MAX_JSON_DEPTH. Linear in the literal's length.
 */
export function literalEnd(text: string, start: number): number | undefined {
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return undefined;
    } else if (c === '}' || c === ']') {
      depth -= 1;
      if (depth === 0) return i + 1;
      if (depth < 0) return undefined;
    }
  }
  return undefined;
}

/** JSON.parse within the depth limit; undefined for anything that is not JSON. Never evaluates. */
export function parsePayload(json: string): unknown {
  const start = json.search(/\S/);
  if (start < 0) return undefined;
  const first = json[start];
  if (first === '{' || first === '[') {
    const end = literalEnd(json, start);
    if (end === undefined || json.slice(end).trim() !== '') return undefined;
  }
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** One readable paragraph of a payload. */
interface Paragraph {
  /** Text blocks: one for a plain string or a run list, the cleaner's blocks for an HTML string. */
  readonly blocks: readonly TextBlock[];
}

/** What one page's read may still spend: JSON values to visit, and a deadline (performance.now()). */
interface Budget {
  nodes: number;
  readonly until: number;
}

/** A document candidate: a range of paragraphs (those under one array, or one string's own). */
interface Span {
  readonly from: number;
  readonly to: number;
}

/** A run list: an array of objects that each hold a run's text under a RUN_TEXT_KEYS key and nest no further. */
function runText(items: readonly unknown[]): string | undefined {
  if (items.length === 0) return undefined;
  let text = '';
  for (const item of items) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
    const record = item as Record<string, unknown>;
    const key = RUN_TEXT_KEYS.find((k) => typeof record[k] === 'string');
    if (key === undefined) return undefined;
    for (const value of Object.values(record)) {
      if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) return undefined;
      if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) return undefined;
    }
    text += record[key] as string;
  }
  return READABLE.test(text) ? text : undefined;
}

/** A string's paragraph: HTML through the text cleaner, plain text split at blank lines and line ends. */
function stringBlocks(value: string, plain = false): TextBlock[] {
  if (!READABLE.test(value)) return [];
  if (!plain && HTML_STRING.test(value)) {
    if (depthOverLimit(value) !== undefined) return [];
    return pageText(`<div>${value}</div>`, 'text/html').blocks;
  }
  return value
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .map((text) => ({ text, headingPath: [], kind: 'paragraph' as const }));
}

/**
 * Paragraphs of one parsed payload in document order, and the spans that can be documents: each string's own, and
 * each array's (the blocks of a rich-text body). Iterative, depth- and node-bounded.
 */
function walk(value: unknown, budget: Budget, paragraphs: Paragraph[], spans: Span[]): void {
  // Frames: a value to visit, or the end marker of an array opened at `from`.
  const stack: ({ value: unknown; depth: number } | { arrayFrom: number })[] = [{ value, depth: 0 }];
  while (stack.length > 0 && budget.nodes > 0 && paragraphs.length < MAX_PARAGRAPHS) {
    if (budget.nodes % 1024 === 0 && performance.now() > budget.until) {
      budget.nodes = 0;
      return;
    }
    const frame = stack.pop()!;
    if ('arrayFrom' in frame) {
      if (paragraphs.length - frame.arrayFrom >= 2) spans.push({ from: frame.arrayFrom, to: paragraphs.length });
      continue;
    }
    budget.nodes -= 1;
    const v = frame.value;
    if (typeof v === 'string') {
      const blocks = stringBlocks(v);
      if (blocks.length > 0) {
        spans.push({ from: paragraphs.length, to: paragraphs.length + 1 });
        paragraphs.push({ blocks });
      }
      continue;
    }
    if (v === null || typeof v !== 'object' || frame.depth >= MAX_JSON_DEPTH) continue;
    if (Array.isArray(v)) {
      const runs = runText(v);
      if (runs !== undefined) {
        paragraphs.push({ blocks: stringBlocks(runs, true) });
        continue;
      }
      stack.push({ arrayFrom: paragraphs.length });
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], depth: frame.depth + 1 });
      continue;
    }
    const values = Object.values(v as Record<string, unknown>);
    for (let i = values.length - 1; i >= 0; i--) stack.push({ value: values[i], depth: frame.depth + 1 });
  }
}

/**
 * Does this span read as the page's policy (stage 3)? Enough sentences, a share of them of the page's categories,
 * and no other category said in more of them: a returns policy says "within 30 days of delivery", which makes it
 * no shipping page.
 */
function isPolicyDocument(blocks: readonly TextBlock[], categories: readonly Category[]): boolean {
  const sentences = blocks.filter((b) => isSentence(b));
  if (sentences.length < MIN_DOCUMENT_SENTENCES) return false;
  const count = (c: Category) => sentences.filter((b) => SENTENCE_PATTERNS[c].test(b.text)).length;
  const topical = sentences.filter((b) => categories.some((c) => SENTENCE_PATTERNS[c].test(b.text))).length;
  if (topical === 0 || topical / sentences.length < MIN_TOPIC_SHARE) return false;
  const asked = Math.max(...categories.map(count));
  return CATEGORIES.every((c) => categories.includes(c) || count(c) <= asked);
}

/** The kept blocks as one small page: the static page's title and heading, then the documents. */
function documentPage(title: string, heading: string | undefined, from: readonly string[], blocks: readonly TextBlock[]): string {
  const body = blocks
    .map((b) => (b.kind === 'heading' ? `<h2>${escapeHtml(b.text)}</h2>` : b.kind === 'item' ? `<ul><li>${escapeHtml(b.text)}</li></ul>` : `<p>${escapeHtml(b.text)}</p>`))
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="servicediff-text-from" content="${escapeHtml(from.join(' '))}"><title>${escapeHtml(title)}</title></head><body><main>${
    heading ? `<h1>${escapeHtml(heading)}</h1>` : ''
  }\n${body}\n</main></body></html>`;
}

/** What names the rebuilt page for the extractor: the static page's title and main heading. */
export interface PageNames {
  readonly title: string;
  readonly heading?: string;
}

/**
 * The page's policy text from its embedded payloads, or undefined when none holds a document of `categories` that
 * states one of them.
 */
export function readEmbeddedText(html: string, categories: readonly Category[], names: PageNames): EmbeddedText | undefined {
  return textOfPayloads(findPayloads(html), categories, names);
}

/**
 * The policy text of a JSON endpoint the page names (namedEndpoints), read with the same walk and the same document
 * check as an embedded payload.
 */
export function readEndpointText(url: string, json: string, categories: readonly Category[], names: PageNames): EmbeddedText | undefined {
  if (json.length > MAX_PAYLOAD_CHARS) return undefined;
  return textOfPayloads([{ name: url, json }], categories, names);
}

/** Stages 2–4 over some payloads. */
function textOfPayloads(payloads: readonly Payload[], categories: readonly Category[], names: PageNames): EmbeddedText | undefined {
  if (categories.length === 0) return undefined;
  const budget: Budget = { nodes: MAX_WALK_NODES, until: performance.now() + MAX_READ_MS };
  const kept: TextBlock[] = [];
  const from: string[] = [];
  let evaluated = 0;
  for (const payload of payloads) {
    if (budget.nodes <= 0 || evaluated >= MAX_DOCUMENTS || performance.now() > budget.until) break;
    // Cheap first: a payload that never says a word of the categories cannot hold their policy.
    if (!categories.some((c) => SENTENCE_PATTERNS[c].test(payload.json))) continue;
    const value = parsePayload(payload.json);
    if (value === undefined) continue;
    const paragraphs: Paragraph[] = [];
    const spans: Span[] = [];
    walk(value, budget, paragraphs, spans);
    // A payload read only in part (nodes, paragraphs or time ran out) could yield half a policy: it is not used.
    if (budget.nodes <= 0 || paragraphs.length >= MAX_PARAGRAPHS) break;
    // Widest spans first, so a rich-text body is kept whole and its inner lists are not counted again.
    spans.sort((a, b) => a.from - b.from || b.to - a.to);
    let coveredTo = 0;
    let took = false;
    for (const span of spans) {
      if (span.from < coveredTo) continue;
      if ((evaluated += 1) > MAX_DOCUMENTS) break;
      const blocks = paragraphs.slice(span.from, span.to).flatMap((p) => p.blocks);
      if (!isPolicyDocument(blocks, categories)) continue;
      kept.push(...blocks);
      coveredTo = span.to;
      took = true;
    }
    if (took) from.push(payload.name);
  }
  if (kept.length === 0) return undefined;
  const page = documentPage(names.title, names.heading, from, kept);
  // The same result check as the static page's (needs-browser.ts): the rebuilt page must state a category sentence.
  if (measurePage(pageText(page, 'text/html'), categories).stated.length === 0) return undefined;
  return { html: page, from };
}

/**
 * Endpoints a page's widget names in its own markup: a data-* attribute whose value is a JSON URL (path ending in
 * .json) of the page's own origin, e.g. `<div data-content-src="/api/content/returns.json">`. Another origin is
 * never asked (its politeness and robots.txt are not this site's); a URL only built inside a script is not guessed.
 * At most MAX_ENDPOINTS, in document order.
 */
export function namedEndpoints(html: string, pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  const found: string[] = [];
  DATA_JSON_URL.lastIndex = 0;
  for (let m = DATA_JSON_URL.exec(html); m && found.length < MAX_ENDPOINTS; m = DATA_JSON_URL.exec(html)) {
    let url: URL;
    try {
      url = new URL(m[2]!.replace(/&amp;/g, '&'), pageUrl);
    } catch {
      continue;
    }
    if (url.origin !== origin || found.includes(url.href)) continue;
    found.push(url.href);
  }
  return found;
}

/**
 * Does a rendered page show every paragraph of a page rebuilt from an endpoint (readEndpointText)? Then the endpoint
 * gives the same text the render gave, and learned-endpoints.ts may read the site's other pages from it. Headings are
 * left out (the rebuilt page's heading is the static page's); whitespace is compared loosely. A rendered page over
 * the depth limit shows nothing.
 */
export function shownIn(rebuilt: string, rendered: string): boolean {
  const loose = (text: string) => text.replace(/\s+/g, ' ').trim();
  let shown: string;
  try {
    shown = loose(pageText(rendered, 'text/html', MAX_RENDERED_DEPTH).blocks.map((b) => b.text).join(' '));
  } catch {
    return false;
  }
  const said = pageText(rebuilt, 'text/html').blocks.filter((b) => b.kind !== 'heading');
  return said.length > 0 && said.every((b) => shown.includes(loose(b.text)));
}

/** Endpoints asked per page at most: each is a request of the site's budget, and a render follows if none holds the text. */
export const MAX_ENDPOINTS = 2;
/** A data-* attribute naming a JSON URL (path ending in .json, query allowed). */
const DATA_JSON_URL = /\sdata-[\w-]{1,60}\s*=\s*(["'])([^"'\s<>]{1,500}?\.json(?:\?[^"'\s<>]{0,500})?)\1/gi;

/** The static page's main heading (first heading block of its main content), to name the rebuilt page. */
export function mainHeading(main: readonly TextBlock[]): string | undefined {
  return main.find((b) => b.kind === 'heading')?.text;
}
