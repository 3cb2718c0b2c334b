/**
 * HTML (or plain text) → readable text blocks, each with its heading path.
 *
 * Stages (each engages only when the previous one under-delivers):
 *  1. stream the markup once through htmlparser2 (cheerio's own fast HTML parser) without building a DOM;
 *  2. drop boilerplate by tag (DROP_TAGS), role (DROP_ROLES) and id/class (BOILERPLATE_HINT), plus comments and hidden nodes;
 *  3. if a main-content container (MAIN_SELECTORS order) holds enough text, keep only that subtree;
 *  4. emit blocks: headings update the heading path, list items / paragraphs / table rows become one block each;
 *     table rows carry their column headers ("Method: Standard | Time: 3–5 business days").
 * JSON-LD script bodies are collected separately; no other script/style/template/noscript text ever becomes a block (RELIABILITY B7).
 */
import { Parser } from 'htmlparser2';
import { endsOn, opensMidSentence, withoutClosers } from './language/line-ends.js';
import { fenced } from './language/pattern-size.js';

/** One unit of readable text. */
export interface TextBlock {
  readonly text: string;
  /** Headings above the block, outermost first. */
  readonly headingPath: string[];
  readonly kind: 'heading' | 'paragraph' | 'item' | 'row';
}

export interface PageText {
  readonly blocks: TextBlock[];
  /** Raw bodies of <script type="application/ld+json">, in document order. */
  readonly jsonLd: string[];
  readonly title: string;
  /** The page's language tag (`<html lang="en-CA">`), when it has one. */
  readonly lang?: string;
  /**
   * Text of the page's <footer>, which is dropped as chrome but says what the shop's prices are in ("All prices in
   * Canadian dollars"); bounded, scripts left out. Read only for that.
   */
  readonly footer: string;
  /** What the markup says about scripts and app shells, read in the same pass (the crawl's render decision). */
  readonly markup: MarkupFacts;
}

/** A block of the main content with how much of its text sits inside links (menus and link lists are mostly links). */
export interface ContentBlock extends TextBlock {
  /** Non-space characters of the block's text that are inside <a> elements. */
  readonly linkChars: number;
}

/**
 * Facts of the static markup that say whether a browser would show more: whether the page runs scripts, what its
 * <noscript> says, how much text its app mount points hold, and its main content however short. Measured, not judged:
 * src/crawl/needs-browser.ts decides.
 */
export interface MarkupFacts {
  /** <script> elements that run code (JSON data blocks such as ld+json or an embedded state payload excluded). */
  readonly scripts: number;
  /** Text of the page's <noscript> elements, bounded. */
  readonly noscript: string;
  /** Non-space characters of text inside each app mount point (#root, #app, #__next, …), in document order. */
  readonly mountPoints: number[];
  /**
   * The blocks of the best main container whatever their length (stage 3 needs MIN_MAIN_CHARS and falls back to the
   * whole body; a script-filled policy leaves its container nearly empty), or every block when there is none.
   */
  readonly main: ContentBlock[];
}

/** Text of <noscript> kept for the render decision. */
const MAX_NOSCRIPT_CHARS = 2000;
/** Mount points of client-rendered apps (React, Vue, Next, Nuxt, Gatsby, Svelte), by id. */
const APP_MOUNT_IDS: ReadonlySet<string> = new Set(['root', 'app', '__next', '__nuxt', '___gatsby', 'svelte']);
/** …and by element or attribute (Angular's app-root, ng-app; React's data-reactroot). */
function isAppMount(name: string, a: Attribs): boolean {
  return (a.id !== undefined && APP_MOUNT_IDS.has(a.id)) || name === 'app-root' || a['ng-app'] !== undefined || a['data-reactroot'] !== undefined;
}
/** Script types that carry data, not code. */
const DATA_SCRIPT = /json/i;
/** Scripts and noscript hints in a skipped tail (stage 1's shortcut), counted without tokenizing it. */
const TAIL_SCRIPT = /<script\b(?![^>]*\btype\s*=\s*["']?[^"'>]*json)/gi;
const TAIL_NOSCRIPT = /<noscript[^>]*>([\s\S]{0,2000}?)<\/noscript>/gi;

/** Footer text kept for page-level facts such as the currency note. */
const MAX_FOOTER_CHARS = 4000;
/** Elements inside a footer whose text is code, not words. */
const CODE_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/** Elements whose whole subtree is never text a shopper reads as policy. */
const DROP_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'nav', 'header', 'footer', 'aside', 'svg', 'iframe', 'object', 'embed',
  'select', 'option', 'button', 'input', 'textarea', 'canvas', 'video', 'audio', 'head', 'menu', 'dialog', 'form',
]);
/** ARIA roles of boilerplate regions. */
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar']);
/** id/class words of cookie banners, menus and promos ("cookie-consent", "site-header", "newsletter-popup"), matched per token. */
const BOILERPLATE_WORDS = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'onetrust', 'newsletter', 'popup', 'modal', 'breadcrumb', 'breadcrumbs', 'masthead',
  'megamenu', 'navbar', 'nav', 'menu', 'sidebar', 'social', 'share', 'skiplink', 'visually', 'sr', 'announcement',
  // Product recommendations and grids ("You may also like"): prices and reviews, never policy, and on a page without a
  // <main> they were most of the text the rules read (bench:extract).
  'recommendations', 'upsell', 'crosssell',
]);
/** Two-token boilerplate names ("site-header", "site_footer", "sr-only", "visually-hidden", "announcement-bar"). */
const BOILERPLATE_PAIRS = new Set([
  'site header', 'site footer', 'sr only', 'visually hidden', 'announcement bar', 'cc banner', 'mega menu', 'skip link',
  'product card', 'product grid', 'product recommendations', 'related products', 'recently viewed', 'cross sell',
]);
/** Single-token names that are only boilerplate as a pair ("sr", "visually", "announcement" alone say nothing). */
const PAIR_ONLY = new Set(['sr', 'visually', 'announcement']);
/** Class/id tokens of main-content containers ("main-content", "page-content", Shopify's "rte"). */
const MAIN_WORDS = new Set(['maincontent', 'main content', 'pagecontent', 'page content', 'policy', 'rte', 'entry content', 'post content', 'content']);

function tokens(hint: string): string[] {
  return hint.toLowerCase().split(/[\s_-]+/).filter(Boolean);
}

/** id/class verdicts by string: themes repeat the same class lists thousands of times per page. */
const nameVerdicts = new Map<string, number>();
/** Bound on the verdict cache (hostile pages with unique class names cannot grow it forever). */
const MAX_NAME_VERDICTS = 20_000;
const BOILERPLATE_BIT = 1;
const MAIN_BIT = 2;

function nameVerdict(hint: string): number {
  let v = nameVerdicts.get(hint);
  if (v === undefined) {
    v = (boilerplateName(hint) ? BOILERPLATE_BIT : 0) | (mainName(hint) ? MAIN_BIT : 0);
    if (nameVerdicts.size < MAX_NAME_VERDICTS) nameVerdicts.set(hint, v);
  }
  return v;
}

function hasBoilerplateName(hint: string): boolean {
  return (nameVerdict(hint) & BOILERPLATE_BIT) !== 0;
}

function hasMainName(hint: string): boolean {
  return (nameVerdict(hint) & MAIN_BIT) !== 0;
}

function boilerplateName(hint: string): boolean {
  const t = tokens(hint);
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (BOILERPLATE_WORDS.has(w) && !PAIR_ONLY.has(w)) return true;
    if (i + 1 < t.length && BOILERPLATE_PAIRS.has(`${w} ${t[i + 1]}`)) return true;
  }
  return false;
}

function mainName(hint: string): boolean {
  const t = tokens(hint);
  for (let i = 0; i < t.length; i++) {
    if (MAIN_WORDS.has(t[i]!)) return true;
    if (i + 1 < t.length && MAIN_WORDS.has(`${t[i]} ${t[i + 1]}`)) return true;
  }
  return false;
}
/** Main-content containers, most specific first (Readability-like: trust explicit markup before scoring). */
const MAIN_MATCHERS: ((name: string, attribs: Attribs) => boolean)[] = [
  (name) => name === 'main',
  (_name, a) => a.role === 'main',
  (name) => name === 'article',
  (_name, a) => (a.id !== undefined || a.class !== undefined) && hasMainName(`${a.id ?? ''} ${a.class ?? ''}`),
];
/** A main container must hold at least this many characters of text, else the whole body is used (guards empty <main> shells). */
const MIN_MAIN_CHARS = 200;
/** Elements that are chrome at page level but content inside the main container. */
const CONTENT_WHEN_IN_MAIN: ReadonlySet<string> = new Set(['header', 'aside']);
/** Class or id words of collapsible panels whose hidden text is still the page's content. */
const DISCLOSURE_HINT = /accordion|collaps|disclosure|faq|panel|answer|tab-?content|drawer|expand|toggle-content|reveal/i;
/** Block-level elements: text inside them never runs into the text of their neighbours. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot',
  'tr', 'td', 'th', 'caption', 'article', 'main', 'body', 'html', 'figure', 'figcaption', 'address', 'details', 'summary',
  'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'center', 'fieldset', 'legend',
]);
const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** A table cell longer than this is prose in a layout table, not a data cell. */
const LAYOUT_CELL_CHARS = 150;
/** A short block ending in "?" (an FAQ question) heads the answer that follows it. */
const FAQ_QUESTION_MAX_CHARS = 160;
/** Headings longer than this are prose styled as a heading; they are kept as text but not as a path entry. */
const HEADING_MAX_CHARS = 120;

/** One open element during the streaming parse. */
interface Open {
  readonly name: string;
  /** This element or an ancestor is boilerplate: its text is dropped. */
  readonly dropped: boolean;
  /** Best (lowest) MAIN_MATCHERS rank of this element or an ancestor; Infinity outside any main container. */
  readonly mainRank: number;
  /** This element is an <a> that is not dropped (its text is link text). */
  readonly link: boolean;
  /** This element or an ancestor is a <noscript>. */
  readonly noscript: boolean;
  /** For an app mount point: visible characters seen before it opened. */
  readonly mountStart?: number;
}

interface Attribs {
  readonly [name: string]: string | undefined;
}

/** Whether the input is markup at all: plain text ("no tags") is split on blank lines and bullets instead. */
export function looksLikeHtml(body: string, contentType?: string): boolean {
  if (contentType && /text\/plain/i.test(contentType)) return false;
  if (contentType && /html|xml/i.test(contentType)) return true;
  return /<(?:!doctype|html|body|div|p|h[1-6]|ul|li|table|span|section|main|article|br|script|a)\b[^>]*>/i.test(body.slice(0, 200_000));
}

/** Thrown by pageText when the page's open elements nest deeper than the `maxDepth` it was given. */
export class NestingTooDeep extends Error {
  constructor(readonly depth: number) {
    super(`elements nested ${depth} deep`);
  }
}

/**
 * One streaming pass (htmlparser2, the parser cheerio itself uses for HTML in its fast mode): no DOM is built, which
 * keeps a 100 KB page to a few milliseconds. Boilerplate subtrees are skipped by a drop flag on the open-element stack.
 * With `maxDepth`, a page nesting deeper throws NestingTooDeep at that depth: the crawl's parse worker checks the depth
 * in this same pass instead of tokenizing the page once more beforehand (issue 12: one parse per page).
 */
export function pageText(body: string, contentType?: string, maxDepth = Infinity): PageText {
  if (!looksLikeHtml(body, contentType)) return plainTextBlocks(body);
  const writer = new BlockWriter();
  const jsonLd: string[] = [];
  let title = '';
  let lang: string | undefined;
  let footer = '';
  /** Depth of the outermost open <footer>, while one is open. */
  let footerDepth: number | undefined;
  const stack: Open[] = [];
  let capture: { kind: 'jsonld' | 'title' | 'heading' | 'dt'; level: number; text: string; depth: number } | null = null;
  const tables: { headers: string[] | null; cells: string[] | null; cellTh: boolean[]; cell: string | null; depth: number }[] = [];
  let scripts = 0;
  let noscript = '';
  const mountPoints: number[] = [];
  /** Non-space characters of text outside code elements, dropped regions included (mount points measure against it). */
  let visibleChars = 0;

  const top = (): Open | undefined => stack[stack.length - 1];
  const parser = new Parser(
    {
      onopentag(name, attribs: Attribs) {
        const parent = top();
        // Inside the main content, a <header> holds the article's title ("<article><header><h1>Shipping</h1>") and an
        // <aside> is a summary card ("Returns at a glance"): only page-level headers and sidebars are chrome.
        const ownHeader = CONTENT_WHEN_IN_MAIN.has(name) && (parent?.mainRank ?? Infinity) < Infinity;
        const dropped = (parent?.dropped ?? false) || (ownHeader ? isBoilerplate('div', attribs) : isBoilerplate(name, attribs));
        let mainRank = parent?.mainRank ?? Infinity;
        if (!dropped) {
          const rank = MAIN_MATCHERS.findIndex((m) => m(name, attribs));
          if (rank >= 0 && rank < mainRank) mainRank = rank;
        }
        const inNoscript = name === 'noscript' || (parent?.noscript ?? false);
        stack.push({
          name,
          dropped,
          mainRank,
          link: name === 'a' && !dropped,
          noscript: inNoscript,
          ...(isAppMount(name, attribs) ? { mountStart: visibleChars } : {}),
        });
        if (stack.length > maxDepth) throw new NestingTooDeep(stack.length);
        if (name === 'a' && !dropped) writer.linkDepth += 1;
        if (name === 'script' && !DATA_SCRIPT.test(attribs.type ?? '')) scripts += 1;
        if (name === 'html' && attribs.lang) lang = attribs.lang;
        if (name === 'footer' && footerDepth === undefined) footerDepth = stack.length;
        writer.mainRank = mainRank;
        if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) {
          capture = { kind: 'jsonld', level: 0, text: '', depth: stack.length };
          return;
        }
        if (name === 'title' && !title && !capture) {
          capture = { kind: 'title', level: 0, text: '', depth: stack.length };
          return;
        }
        if (dropped) return;
        const table = tables[tables.length - 1];
        if (name === 'table') {
          writer.flush();
          tables.push({ headers: null, cells: null, cellTh: [], cell: null, depth: stack.length });
          return;
        }
        if (table && stack.length > table.depth) {
          if (name === 'tr') {
            table.cells = [];
            table.cellTh = [];
          } else if ((name === 'td' || name === 'th') && table.cells) {
            table.cell = '';
            table.cellTh.push(name === 'th');
          } else if (name === 'br' && table.cell !== null) table.cell += ' ';
          return;
        }
        const level = HEADING_LEVEL[name];
        if (level !== undefined || name === 'dt' || name === 'summary') {
          writer.flush();
          if (!capture) capture = { kind: level !== undefined ? 'heading' : 'dt', level: level ?? 7, text: '', depth: stack.length };
          return;
        }
        if (BLOCK_TAGS.has(name)) writer.flush();
        if (name === 'li') writer.setKind('item');
      },
      ontext(text) {
        const open = top();
        if (open?.noscript) {
          if (noscript.length < MAX_NOSCRIPT_CHARS) noscript += `${text} `;
        } else if (!open || !CODE_TAGS.has(open.name)) visibleChars += nonSpace(text);
        if (capture) {
          if (capture.kind === 'jsonld' || capture.kind === 'title' || !open?.dropped) capture.text += text;
          return;
        }
        if (open?.dropped) {
          if (footerDepth !== undefined && footer.length < MAX_FOOTER_CHARS && !CODE_TAGS.has(open.name)) footer += `${text} `;
          return;
        }
        const table = tables[tables.length - 1];
        if (table && table.cell !== null) {
          table.cell += text;
          return;
        }
        if (table && stack.length >= table.depth) return; // stray text between cells
        writer.append(text);
      },
      onclosetag(name) {
        const open = stack.pop();
        if (open?.link) writer.linkDepth -= 1;
        if (open?.mountStart !== undefined) mountPoints.push(visibleChars - open.mountStart);
        if (footerDepth !== undefined && stack.length < footerDepth) footerDepth = undefined;
        writer.mainRank = top()?.mainRank ?? Infinity;
        if (capture && stack.length < capture.depth) {
          const c = capture;
          capture = null;
          if (c.kind === 'jsonld') jsonLd.push(c.text);
          else if (c.kind === 'title') title = collapse(c.text);
          else {
            writer.mainRank = open?.mainRank ?? Infinity;
            writer.heading(c.level, c.text);
            writer.mainRank = top()?.mainRank ?? Infinity;
          }
          return;
        }
        if (!open || open.dropped) return;
        const table = tables[tables.length - 1];
        if (table) {
          if (name === 'table' && stack.length < table.depth) {
            tables.pop();
            return;
          }
          if ((name === 'td' || name === 'th') && table.cells && table.cell !== null) {
            table.cells.push(collapse(table.cell));
            table.cell = null;
          } else if (name === 'tr' && table.cells) {
            emitRow(table, writer, open.mainRank);
            table.cells = null;
          }
          return;
        }
        if (BLOCK_TAGS.has(name)) writer.flush();
        else if (INLINE_SEPARATORS.has(name)) writer.append(' ');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  const cut = mainEnd(body);
  if (cut < body.length) {
    parser.write(body.slice(0, cut));
    // Everything after the last </main> is footer, product grids and scripts: when the <main> already holds the page
    // (the rank-0 container selectMain will keep) and nothing after can add a title or JSON-LD, it is never tokenized.
    // On a typical theme page that tail is most of the bytes (bench:extract).
    const tail = body.slice(cut);
    const settled = capture === null && tables.length === 0 && !stack.some((o) => o.mainRank === 0);
    const tailMatters = TAIL_HINT.test(tail) || (title === '' && TITLE_HINT.test(tail));
    if (!settled || tailMatters || mainChars(writer.blocks) < MIN_MAIN_CHARS) parser.write(tail);
    else {
      scripts += tail.match(TAIL_SCRIPT)?.length ?? 0;
      for (const m of tail.matchAll(TAIL_NOSCRIPT)) if (noscript.length < MAX_NOSCRIPT_CHARS) noscript += `${m[1]} `;
    }
  } else parser.write(body);
  parser.end();
  writer.flush();
  const markup: MarkupFacts = { scripts, noscript: collapse(noscript).slice(0, MAX_NOSCRIPT_CHARS), mountPoints, main: mainContent(writer.blocks) };
  return { blocks: joinLeadIns(selectMain(writer.blocks)), jsonLd, title, footer: collapse(footer), markup, ...(lang ? { lang } : {}) };
}

function nonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) n++;
  return n;
}

/** The blocks of the best-ranked main container present, however short; every block when the page has none. */
function mainContent(blocks: RankedBlock[]): ContentBlock[] {
  let best = Infinity;
  for (const b of blocks) if (b.mainRank < best) best = b.mainRank;
  const out: ContentBlock[] = [];
  for (const b of blocks) if (b.mainRank <= best) out.push({ text: b.text, headingPath: b.headingPath, kind: b.kind, linkChars: b.linkChars });
  return out;
}

/**
 * What makes the tail after the last "</main>" worth parsing, in one scan: another <main> opening (more main-content
 * blocks could follow) or a JSON-LD script's type attribute.
 */
const TAIL_HINT = /<main[\s/>]|ld\+json/i;
/** A <title> in the tail matters only while the page has none yet. */
const TITLE_HINT = /<title/i;

/**
 * Offset just past the last "</main>", else the body length. A "</main>" inside a script or comment only makes the
 * cut later or is caught by the open-stack check; a "<main" after it is caught by TAIL_HINT.
 */
function mainEnd(body: string): number {
  const lower = body.lastIndexOf('</main');
  const close = lower >= 0 ? lower : body.lastIndexOf('</MAIN');
  if (close < 0) return body.length;
  const gt = body.indexOf('>', close);
  return gt < 0 ? body.length : gt + 1;
}

/** Characters of text inside <main> elements (rank 0), as selectMain counts them. */
function mainChars(blocks: RankedBlock[]): number {
  let chars = 0;
  for (const b of blocks) if (b.mainRank <= 0) chars += b.text.length;
  return chars;
}

/** Inline elements whose end separates words ("<b>Returns</b><span>30 days</span>"). */
const INLINE_SEPARATORS = new Set(['a', 'span', 'strong', 'em', 'b', 'i', 'label', 'small', 'img']);

/** Stage 3: keep only the best-ranked main container's blocks when they hold enough text. */
function selectMain(blocks: RankedBlock[]): TextBlock[] {
  for (let rank = 0; rank < MAIN_MATCHERS.length; rank++) {
    const inside = blocks.filter((b) => b.mainRank <= rank);
    let chars = 0;
    for (const b of inside) chars += b.text.length;
    if (chars >= MIN_MAIN_CHARS) return inside.map(strip);
  }
  return blocks.map(strip);
}

function strip(b: RankedBlock): TextBlock {
  return { text: b.text, headingPath: b.headingPath, kind: b.kind };
}

function isBoilerplate(name: string, a: Attribs): boolean {
  if (DROP_TAGS.has(name)) return true;
  const hidden = a.hidden !== undefined || a['aria-hidden'] === 'true' || (a.style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style));
  // A collapsed FAQ answer is hidden until clicked, yet it is the policy a visitor reads; other hidden text is not.
  if (hidden && !isDisclosurePanel(a)) return true;
  if (a.role && DROP_ROLES.has(a.role)) return true;
  if (a.id === undefined && a.class === undefined) return false;
  return hasBoilerplateName(`${a.id ?? ''} ${a.class ?? ''}`);
}

/** A collapsed accordion, tab or FAQ panel: named so, a tab panel or region, or labelled by its toggle. */
function isDisclosurePanel(a: Attribs): boolean {
  if (a.role === 'tabpanel' || a.role === 'region' || a['aria-labelledby'] !== undefined) return true;
  return DISCLOSURE_HINT.test(`${a.id ?? ''} ${a.class ?? ''}`);
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Table rows as "Header: cell | Header: cell"; without a header row, "cell | cell". */
function emitRow(table: { headers: string[] | null; cells: string[] | null; cellTh: boolean[] }, out: BlockWriter, mainRank: number): void {
  const texts = table.cells ?? [];
  if (texts.length === 0) return;
  const allTh = table.cellTh.length > 0 && table.cellTh.every(Boolean);
  if (allTh && table.headers === null) {
    table.headers = texts;
    return;
  }
  if (texts.every((t) => !t)) return;
  out.mainRank = mainRank;
  // A layout table (old sites, email-style pages): cells of prose are paragraphs, not data rows.
  if (texts.filter(Boolean).length === 1 || texts.some((t) => t.length > LAYOUT_CELL_CHARS)) {
    for (const t of texts) if (t) out.emitParagraph(t);
    return;
  }
  const parts = texts.map((t, i) => {
    const h = table.headers?.[i];
    return h && t ? `${h}: ${t}` : t;
  });
  out.emitRow(parts.filter(Boolean).join(' | '));
}

interface RankedBlock extends TextBlock {
  readonly mainRank: number;
  readonly linkChars: number;
}

/** Accumulates inline text and turns it into blocks with the current heading path. */
class BlockWriter {
  readonly blocks: RankedBlock[] = [];
  /** Main-container rank of the text being written (see selectMain). */
  mainRank = Infinity;
  /** Open <a> elements around the text being written. */
  linkDepth = 0;
  private buffer = '';
  /** Non-space characters of the buffer written inside links. */
  private linkChars = 0;
  private kind: TextBlock['kind'] = 'paragraph';
  /** Heading stack: [level, text]. FAQ questions sit at level 7, below any real heading. */
  private headings: [number, string][] = [];

  append(text: string): void {
    this.buffer += text;
    if (this.linkDepth > 0) this.linkChars += nonSpace(text);
  }
  setKind(kind: TextBlock['kind']): void {
    this.kind = kind;
  }
  path(): string[] {
    return this.headings.map(([, t]) => t);
  }
  flush(): void {
    if (this.buffer === '') {
      this.kind = 'paragraph';
      return;
    }
    const text = collapse(this.buffer);
    this.buffer = '';
    const linkChars = this.linkChars;
    this.linkChars = 0;
    const kind = this.kind;
    this.kind = 'paragraph';
    if (!text) return;
    if (kind !== 'row' && text.length <= FAQ_QUESTION_MAX_CHARS && text.endsWith('?')) {
      this.emit(text, 'heading', linkChars);
      this.pushHeading(7, text);
      return;
    }
    this.emit(text, kind, linkChars);
  }
  heading(level: number, text: string): void {
    const t = collapse(text);
    if (!t) return;
    if (t.length > HEADING_MAX_CHARS) {
      this.emit(t, 'paragraph');
      return;
    }
    this.emit(t, 'heading');
    this.pushHeading(level, t.replace(/[:：]$/, ''));
  }
  emitParagraph(text: string): void {
    this.flush();
    this.append(text);
    this.flush();
  }
  emitRow(text: string): void {
    this.flush();
    this.emit(text, 'row');
  }
  private pushHeading(level: number, text: string): void {
    while (this.headings.length && this.headings[this.headings.length - 1]![0] >= level) this.headings.pop();
    this.headings.push([level, text]);
  }
  private emit(text: string, kind: TextBlock['kind'], linkChars = 0): void {
    this.blocks.push({ text, headingPath: this.path(), kind, mainRank: this.mainRank, linkChars });
  }
}

/**
 * Words a line cannot end on when it is complete: articles, prepositions, conjunctions, possessives and auxiliaries.
 * A line ending on one ("You must notify us within 48 hours of") was wrapped mid-sentence, so it is no title.
 */
const FUNCTION_WORD_END =
  fenced(/\b(?:a|an|the|and|or|but|nor|of|to|for|with|within|in|on|at|by|from|into|over|under|than|that|which|who|whose|our|your|their|its|is|are|was|were|be|been|will|can|may|must|should|would|could|has|have)$/i);

function endsInFunctionWord(line: string): boolean {
  return FUNCTION_WORD_END.test(line);
}

/** A label line ("Refunds and Exchanges:", "Shipping Policy:"): a few capitalised words and a colon, no figures. */
const LABEL_LINE = /^[A-Z][^\d:.!?]{1,38}:$/;
const LABEL_MAX_WORDS = 5;

/** A phone number (seven digits or more) or an e-mail address: a contact line's value, never a title ("Phone: (503) 555-0147"). */
const CONTACT_VALUE = /(?:\d[\s().-]*){7}|@[a-z0-9-]+\./i;

/** Short, capitalised, no closing punctuation but a label's colon, no figures of a value: a title, if text follows. */
function isTitleLine(line: string): boolean {
  if (LABEL_LINE.test(line) && line.split(/\s+/).length <= LABEL_MAX_WORDS) return true;
  return line.length <= 60 && !/[.!,;:]$/.test(line) && !line.endsWith('?') && /^[A-Z0-9]/.test(line) && !/\d[.:]\d|\d\s*(?:am|pm)\b|[$£€]\d/i.test(line) && !CONTACT_VALUE.test(line);
}

/** A fragment continues a lead-in: it goes on in lower case, or is a few words that end no clause of their own. */
const FRAGMENT_MAX_WORDS = 8;
/** At most this many fragments join one lead-in (a longer list is a list, read item by item). */
const LEAD_IN_MAX_FRAGMENTS = 6;

function isFragment(text: string): boolean {
  // "USA: 6–12 days" is a row of a list of options, complete in itself; "…qualify for:" leads in again.
  if (/[:?]/.test(text)) return false;
  return /^[a-z]/.test(text) || text.split(/\s+/).length <= FRAGMENT_MAX_WORDS;
}

/**
 * A lead-in that opens a condition ("Refunds are not given when you:", "…for example, if you:", "…in the following
 * cases:") lists alternatives, each a case of its own: read as one sentence, an item loses the condition ("found it
 * cheaper elsewhere" is no price promise), and a list of cases that are all faults no longer reads as one. The one
 * table of such lead-ins: rules/other-policy.ts reads its list of cases with it too.
 */
export const CONDITION_LEAD_IN = /\b(?:if|when|whenever|unless|where|provided|in case|conditions?|circumstances|cases|reasons?|situations?|eligible|eligibility)\b[^.;:]*:\s*$/i;

/** A line that announces what follows ("Orders over $150 qualify for:", "…delivered to Australian addresses only and"). */
function isLeadIn(text: string): boolean {
  if (CONDITION_LEAD_IN.test(text)) return false;
  // Even a label ("Please note:") leads in: whether anything joins it is the fragments' call.
  if (text.endsWith(':')) return true;
  return endsInFunctionWord(text);
}

/**
 * Layout units (issue 11): a lead-in and the fragments after it ("Orders over $150 qualify for:" / "- free tracked
 * shipping") are one statement split over lines or bullets; each fragment alone says nothing and the lead-in alone has
 * no object. They become one item, "Orders over $150 qualify for: free tracked shipping.", read as a sentence.
 */
function joinLeadIns(blocks: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const lead = blocks[i]!;
    if (lead.kind === 'heading' || lead.kind === 'row' || !isLeadIn(lead.text)) {
      out.push(lead);
      continue;
    }
    const fragments: string[] = [];
    let j = i + 1;
    for (; j < blocks.length && fragments.length < LEAD_IN_MAX_FRAGMENTS; j++) {
      const b = blocks[j]!;
      if (b.kind === 'heading' || b.kind === 'row' || b.headingPath.join('\n') !== lead.headingPath.join('\n') || !isFragment(b.text)) break;
      fragments.push(b.text.replace(/[.;,]+$/, ''));
    }
    if (fragments.length === 0) {
      out.push(lead);
      continue;
    }
    out.push({ text: `${lead.text} ${fragments.join('; ')}.`, headingPath: lead.headingPath, kind: 'item' });
    i = j - 1;
  }
  return out;
}

/** Marks after which a line break ends no entry: a sentence mark (the sentence splitter ends it) or one that goes on ("(", "/", "&", a dash). */
const ENTRY_GOES_ON_MARKS = '.!?:;,(/&+–—-';

/**
 * A line break that ends an entry, not a hard wrap: the line closes on no sentence mark, comma or word that needs more
 * ("Singapore: 10 to 12 days" / "Japan: 10 to 12 days", "Express – $12.95 / 1–2 days" / "Economy – …"), and the next
 * line opens a new one with a capital, a figure or a bracket. Joined, the two entries read as one sentence whose
 * negation, cue and value belong to different lines.
 */
function lineEndsEntry(line: string, next: string): boolean {
  // Emphasis and closing quotes or brackets are read past: "**Will I get a tracking number?**" ends on its "?".
  return next !== '' && !endsOn(line, ENTRY_GOES_ON_MARKS) && !endsInFunctionWord(withoutClosers(line)) && /^[A-Z0-9$£€(]/.test(next) && !isShortTitle(line);
}

/**
 * A title of a few words with no figures ("Exchanges", "International") right over a line of text stays joined to it,
 * as before: the line under it is often its subject's sentence ("Exchanges / The fastest way is to return it…").
 */
const SHORT_TITLE_MAX_WORDS = 4;

function isShortTitle(line: string): boolean {
  return isTitleLine(line) && !/\d/.test(line) && line.split(/\s+/).length <= SHORT_TITLE_MAX_WORDS;
}

/** A line that ends what it says: a sentence mark, or a bullet line (its own block whatever it ends on). */
function closesEntry(line: string): boolean {
  return /[.!?:)]["'”’*_]*$/.test(line) || BULLET_LINE.test(line);
}

/** A bullet or numbered line: its own block, so a short title over it is joined to nothing and heads it. */
const BULLET_LINE = /^(?:[-*•·▪‣◦]|\d{1,2}[.)])\s/;

/** Minor words a Title Case heading leaves in lower case ("How to Return an Item", "Returns and Exchanges"). */
const TITLE_MINOR_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'to', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'as', 'via', 'per', 'vs', 'your', 'our', 'my', 'we', 'you', 'is', 'are', 'do', 'if', 'it', 'can', 'i']);
/** At most this many words make a heading read without a blank line around it. */
const TITLE_CASE_MAX_WORDS = 7;

/**
 * A heading written in Title Case or capitals, with no figures ("Credits, Refunds & Exchanges", "How to Return an
 * Item", "DAMAGED GOODS"): every word but the minor ones opens in capitals. A sentence fragment on a line of its own
 * ("Free from any signs of wear") does not.
 */
function isTitleCased(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length === 0 || words.length > TITLE_CASE_MAX_WORDS || /\d/.test(line)) return false;
  return words.every((w, k) => /^[^A-Za-z]*[A-Z]/.test(w) || (k > 0 && TITLE_MINOR_WORDS.has(w.replace(/[^a-z']/gi, '').toLowerCase())));
}

/** Plain text: blank lines and bullet/numbered lines separate blocks; short lines without a full stop followed by text are headings. */
function plainTextBlocks(body: string): PageText {
  const out = new BlockWriter();
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let pipeHeaders: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (!line) {
      out.flush();
      continue;
    }
    // A pipe table ("Service | Delivery time | Cost"): the first row heads the columns, "---|---" lines are skipped. A
    // two-column table has one pipe a line, so a line with one is a row when a line beside it has one too (its last row too).
    if ((line.match(/\|/g) ?? []).length >= 2 || (line.includes(' | ') && ((lines[i + 1] ?? '').includes('|') || (lines[i - 1] ?? '').includes('|')))) {
      out.flush();
      const cells = line.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) continue;
      if (pipeHeaders === null && !cells.some((c) => /\d/.test(c))) {
        pipeHeaders = cells;
        continue;
      }
      out.emitRow(cells.map((c, k) => (pipeHeaders?.[k] && c ? `${pipeHeaders[k]}: ${c}` : c)).filter(Boolean).join(' | '));
      continue;
    }
    if (!line.includes('|')) pipeHeaders = null;
    const md = /^(#{1,6})\s+(.*)$/.exec(line);
    if (md) {
      out.flush();
      out.heading(md[1]!.length, md[2]!);
      continue;
    }
    const bullet = /^(?:[-*•·▪‣◦]|\d{1,2}[.)])\s+(.*)$/.exec(line);
    if (bullet) {
      out.flush();
      out.setKind('item');
      out.append(bullet[1]!);
      out.flush();
      continue;
    }
    const next = lines[i + 1]?.trim() ?? '';
    const prevBlank = i === 0 || !lines[i - 1]!.trim();
    // A title line: short, capitalised, no closing punctuation, with more text after it (directly or after a blank line).
    const moreAfter = next !== '' || lines.slice(i + 2).some((l) => l.trim() !== '');
    // Excerpts often come without blank lines: a Title Case line between two closed lines is a heading too.
    const prevClosed = !prevBlank && closesEntry(lines[i - 1]!.trim()) && next !== '' && /^[A-Z0-9\-–•*(]/.test(next) && isTitleCased(line) && (!isShortTitle(line) || BULLET_LINE.test(next));
    if ((prevBlank || prevClosed) && moreAfter && isTitleLine(line)) {
      // A hard wrap inside a title ("DAMAGE IN" / "TRANSIT") continues on the next line.
      const wrapped = endsInFunctionWord(line) && next !== '' && isTitleLine(next);
      // A hard-wrapped sentence is no title: its line ends on a word that needs more, or the next one goes on in lower case.
      if (wrapped || (!endsInFunctionWord(line) && !opensMidSentence(next))) {
        out.flush();
        // Found without a blank line, it is a section of the page, under the title a blank line set apart.
        out.heading(prevBlank ? 2 : 3, wrapped ? `${line} ${next}` : line);
        if (wrapped) i++;
        continue;
      }
    }
    // A lone dash between lines ("-" / "–") separates entries like a bullet does.
    if (/^[-–—•*·]$/.test(line)) {
      out.flush();
      continue;
    }
    out.append(`${line} `);
    if (lineEndsEntry(line, next)) out.flush();
  }
  out.flush();
  const blocks = joinLeadIns(out.blocks.map(strip));
  return { blocks, jsonLd: [], title: '', footer: '', markup: { scripts: 0, noscript: '', mountPoints: [], main: blocks.map((b) => ({ ...b, linkChars: 0 })) } };
}
