/**
 * HTML (or plain text) → readable text blocks, each with its heading path.
 *
 * Stages (each engages only when the previous one under-delivers):
 *  1. parse with cheerio's htmlparser2 mode (fast, forgiving) and walk the DOM once;
 *  2. drop boilerplate by tag (DROP_TAGS), role (DROP_ROLES) and id/class (BOILERPLATE_HINT), plus comments and hidden nodes;
 *  3. if a main-content container (MAIN_SELECTORS order) holds enough text, keep only that subtree;
 *  4. emit blocks: headings update the heading path, list items / paragraphs / table rows become one block each;
 *     table rows carry their column headers ("Method: Standard | Time: 3–5 business days").
 * JSON-LD script bodies are collected separately; no other script/style/template/noscript text ever becomes a block (RELIABILITY B7).
 */
import { load } from 'cheerio';

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
}

/** Elements whose whole subtree is never text a shopper reads as policy. */
const DROP_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'nav', 'header', 'footer', 'aside', 'svg', 'iframe', 'object', 'embed',
  'select', 'option', 'button', 'input', 'textarea', 'canvas', 'video', 'audio', 'head', 'menu', 'dialog', 'form',
]);
/** ARIA roles of boilerplate regions. */
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar']);
/** id/class words of cookie banners, menus and promos ("cookie-consent", "site-header", "newsletter-popup"). */
const BOILERPLATE_HINT =
  /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|cc-banner|onetrust|newsletter|popup|modal|breadcrumbs?|site-?header|site-?footer|masthead|mega-?menu|navbar|nav|menu|sidebar|social|share|skip-?link|announcement-?bar|visually-?hidden|sr-only)(?:$|[\s_-])/i;
/** Main-content containers, most specific first (Readability-like: trust explicit markup before scoring). */
const MAIN_MATCHERS: ((el: ElementNode) => boolean)[] = [
  (el) => el.name === 'main',
  (el) => el.attribs.role === 'main',
  (el) => el.name === 'article',
  (el) => /(?:^|[\s_-])(?:main-?content|page-?content|policy|rte|entry-content|post-content|content)(?:$|[\s_-])/i.test(`${el.attribs.id ?? ''} ${el.attribs.class ?? ''}`),
];
/** A main container must hold at least this many characters of text, else the whole body is used (guards empty <main> shells). */
const MIN_MAIN_CHARS = 200;
/** Block-level elements: text inside them never runs into the text of their neighbours. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot',
  'tr', 'td', 'th', 'caption', 'article', 'main', 'body', 'html', 'figure', 'figcaption', 'address', 'details', 'summary',
  'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'center', 'fieldset', 'legend',
]);
const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** A short block ending in "?" (an FAQ question) heads the answer that follows it. */
const FAQ_QUESTION_MAX_CHARS = 160;
/** Headings longer than this are prose styled as a heading; they are kept as text but not as a path entry. */
const HEADING_MAX_CHARS = 120;

/** Structural subset of domhandler's nodes that the walk needs (keeps domhandler out of our imports). */
interface BaseNode {
  readonly type: string;
}
interface ElementNode extends BaseNode {
  readonly name: string;
  readonly attribs: Record<string, string | undefined>;
  readonly children: DomNode[];
}
interface DataNode extends BaseNode {
  readonly data: string;
}
type DomNode = ElementNode | DataNode;

function isElement(node: DomNode): node is ElementNode {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style' || node.type === 'root';
}

/** Whether the input is markup at all: plain text ("no tags") is split on blank lines and bullets instead. */
export function looksLikeHtml(body: string, contentType?: string): boolean {
  if (contentType && /text\/plain/i.test(contentType)) return false;
  if (contentType && /html|xml/i.test(contentType)) return true;
  return /<(?:!doctype|html|body|div|p|h[1-6]|ul|li|table|span|section|main|article|br|script|a)\b[^>]*>/i.test(body.slice(0, 200_000));
}

export function pageText(body: string, contentType?: string): PageText {
  if (!looksLikeHtml(body, contentType)) return plainTextBlocks(body);
  const $ = load(body, { xml: { xmlMode: false, decodeEntities: true } });
  const root = $.root()[0] as unknown as ElementNode;
  const jsonLd: string[] = [];
  let title = '';
  let body0: ElementNode = root;
  // One pass to find JSON-LD, the title and the main container.
  const mains: (ElementNode | undefined)[] = MAIN_MATCHERS.map(() => undefined);
  const scan = (node: DomNode, dropped: boolean): void => {
    if (!isElement(node)) return;
    if (node.type === 'root') {
      for (const child of node.children) scan(child, dropped);
      return;
    }
    const name = node.name;
    if (name === 'script') {
      if (/ld\+json/i.test(node.attribs.type ?? '')) jsonLd.push(textOf(node));
      return;
    }
    if (name === 'title' && !title) title = collapse(textOf(node));
    if (name === 'body') body0 = node;
    const drop = dropped || isBoilerplate(node);
    if (!drop) {
      for (let i = 0; i < MAIN_MATCHERS.length; i++) {
        if (!mains[i] && MAIN_MATCHERS[i]!(node)) mains[i] = node;
      }
    }
    for (const child of node.children) scan(child, drop);
  };
  scan(root, false);
  let start = body0;
  for (const candidate of mains) {
    if (candidate && collapse(visibleText(candidate)).length >= MIN_MAIN_CHARS) {
      start = candidate;
      break;
    }
  }
  const blocks = new BlockWriter();
  walk(start, blocks);
  blocks.flush();
  return { blocks: blocks.blocks, jsonLd, title };
}

function isBoilerplate(el: ElementNode): boolean {
  if (DROP_TAGS.has(el.name)) return true;
  const a = el.attribs;
  if (!a) return false; // the document root
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  if (a.role && DROP_ROLES.has(a.role)) return true;
  if (a.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style)) return true;
  const hint = `${a.id ?? ''} ${a.class ?? ''}`;
  return hint.length > 1 && BOILERPLATE_HINT.test(hint);
}

function textOf(node: DomNode): string {
  if (!isElement(node)) return node.type === 'text' ? node.data : '';
  let out = '';
  for (const child of node.children) out += textOf(child);
  return out;
}

function visibleText(node: DomNode): string {
  if (!isElement(node)) return node.type === 'text' ? node.data : '';
  if (isBoilerplate(node)) return '';
  let out = '';
  for (const child of node.children) out += visibleText(child) + ' ';
  return out;
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Accumulates inline text and turns it into blocks with the current heading path. */
class BlockWriter {
  readonly blocks: TextBlock[] = [];
  private buffer = '';
  private kind: TextBlock['kind'] = 'paragraph';
  /** Heading stack: [level, text]. FAQ questions sit at level 7, below any real heading. */
  private headings: [number, string][] = [];

  append(text: string): void {
    this.buffer += text;
  }
  setKind(kind: TextBlock['kind']): void {
    this.kind = kind;
  }
  path(): string[] {
    return this.headings.map(([, t]) => t);
  }
  flush(): void {
    const text = collapse(this.buffer);
    this.buffer = '';
    const kind = this.kind;
    this.kind = 'paragraph';
    if (!text) return;
    if (kind !== 'row' && text.length <= FAQ_QUESTION_MAX_CHARS && text.endsWith('?')) {
      this.emit(text, 'heading');
      this.pushHeading(7, text);
      return;
    }
    this.emit(text, kind);
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
  emitRow(text: string): void {
    this.flush();
    this.emit(text, 'row');
  }
  private pushHeading(level: number, text: string): void {
    while (this.headings.length && this.headings[this.headings.length - 1]![0] >= level) this.headings.pop();
    this.headings.push([level, text]);
  }
  private emit(text: string, kind: TextBlock['kind']): void {
    this.blocks.push({ text, headingPath: this.path(), kind });
  }
}

function walk(node: DomNode, out: BlockWriter): void {
  if (!isElement(node)) {
    if (node.type === 'text') out.append(node.data);
    return;
  }
  if (node.type === 'root') {
    for (const child of node.children) walk(child, out);
    return;
  }
  if (isBoilerplate(node)) return;
  const name = node.name;
  const level = HEADING_LEVEL[name];
  if (level !== undefined) {
    out.flush();
    out.heading(level, visibleText(node));
    return;
  }
  if (name === 'table') {
    out.flush();
    tableRows(node, out);
    return;
  }
  // A <dt>/<summary> is a question or a label heading its <dd>/<details> body.
  if (name === 'dt' || name === 'summary') {
    out.flush();
    const t = collapse(visibleText(node));
    if (t) out.heading(7, t);
    return;
  }
  // <strong>/<b> alone on a line acts as a heading in many shop templates ("<p><strong>Exchanges</strong></p>").
  const block = BLOCK_TAGS.has(name);
  if (block) out.flush();
  if (name === 'li') out.setKind('item');
  for (const child of node.children) walk(child, out);
  if (block) out.flush();
  else if (name === 'a' || name === 'span' || name === 'strong' || name === 'em' || name === 'b') out.append(' ');
}

/** Table rows as "Header: cell | Header: cell"; without a header row, "cell | cell". */
function tableRows(table: ElementNode, out: BlockWriter): void {
  const rows: ElementNode[] = [];
  const collect = (n: DomNode): void => {
    if (!isElement(n) || isBoilerplate(n)) return;
    if (n.name === 'tr') rows.push(n);
    else if (n.name !== 'table') for (const c of n.children) collect(c);
  };
  for (const c of table.children) collect(c);
  let headers: string[] | null = null;
  for (const row of rows) {
    const cells = row.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th');
    const texts = cells.map((c) => collapse(visibleText(c)));
    const allTh = cells.length > 0 && cells.every((c) => c.name === 'th');
    if (allTh && headers === null) {
      headers = texts;
      continue;
    }
    if (texts.every((t) => !t)) continue;
    const parts = texts.map((t, i) => {
      const h = headers?.[i];
      return h && t ? `${h}: ${t}` : t;
    });
    out.emitRow(parts.filter(Boolean).join(' | '));
  }
}

/** Plain text: blank lines and bullet/numbered lines separate blocks; short lines without a full stop followed by text are headings. */
function plainTextBlocks(body: string): PageText {
  const out = new BlockWriter();
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (!line) {
      out.flush();
      continue;
    }
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
    if (prevBlank && line.length <= 60 && !/[.!,;:]$/.test(line) && !line.endsWith('?') && moreAfter && /^[A-Z0-9]/.test(line) && !/\d[.:]\d|\d\s*(?:am|pm)\b|[$£€]\d/i.test(line)) {
      out.flush();
      out.heading(2, line);
      continue;
    }
    out.append(`${line} `);
  }
  out.flush();
  return { blocks: out.blocks, jsonLd: [], title: '' };
}
