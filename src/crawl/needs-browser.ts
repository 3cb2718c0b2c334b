/**
 * Does the static HTML of a page hold its policy, or does it need JavaScript? Decided on the page's main content,
 * never on its whole text: a client-rendered storefront page keeps its full static chrome (announcement bar, a mega
 * menu with "Returns" and "Shipping" links, footer policy links, a newsletter form) around a "Loading…" placeholder,
 * and that chrome is neither the policy nor evidence that the policy is there (issue 12).
 *
 * Stages, each on the facts the extractor's one streaming parse already measured (extract/page-text.ts):
 *  1. main content: the best main container's blocks (header, nav, footer, aside, role=navigation, forms and named
 *     boilerplate are already gone), minus link-dense blocks (menus, link lists) and loading placeholders;
 *  2. the result check: for the categories the page was found for, does that main content state a sentence of one?
 *     If so, the static page has its policy;
 *  3. if not, is the page a shell that scripts fill? Only then is it rendered: a loading placeholder in the main
 *     content, an app mount point with little text, or a main content with no sentence at all (headings, labels and
 *     links only). A page whose main content is real prose (a short terms-of-service page kept as the best candidate
 *     for "warranty", a shipping page kept for "guarantee") is complete as it is: a browser would show the same
 *     text, so rendering it only costs time and memory (issue 12: 161 of 823 static pages were rendered so).
 * Pure: tests drive every row without a server.
 */
import type { ContentBlock, PageText, TextBlock } from '../extract/page-text.js';
import { SENTENCE_PATTERNS } from '../policy-keywords.js';
import { CATEGORIES, type Category } from '../terms.js';

/** What the static page looks like to the decision, measured once from its parse. */
export interface PageShape {
  /** Characters of main-content text after link-dense blocks and placeholders are removed. */
  readonly mainLength: number;
  /** Categories (of those the page was asked for) with at least one sentence in the main content. */
  readonly stated: readonly Category[];
  /** The categories the page was asked for. */
  readonly asked: readonly Category[];
  /** Categories the page was not asked for with at least one sentence in the main content. */
  readonly statedOther: readonly Category[];
  /** The main content holds at least one sentence (a block of MIN_SENTENCE_WORDS words or more that is not a heading). */
  readonly prose: boolean;
  /** An app mount point (#root, #app, #__next, …) is present and holds less than MIN_POLICY_TEXT of text. */
  readonly spaRoot: boolean;
  /** A <noscript> asks the reader to enable JavaScript. */
  readonly noscriptHint: boolean;
  /** The page runs scripts (inline or external). */
  readonly hasScripts: boolean;
  /** A loading placeholder sits in the main content ("Loading…", "Please wait"). */
  readonly placeholder: boolean;
}

export interface BrowserDecision {
  readonly needed: boolean;
  /** The signals that fired, e.g. "no returns sentence in the static main content". */
  readonly signals: string[];
}

/**
 * A page's worth of text: policy pages run to several paragraphs. A mount point holding less holds no page yet, and
 * less main-content text than this is no other topic's page (one "Contact us with any question" line is not).
 */
export const MIN_POLICY_TEXT = 400;
/** A block whose text is more than this share link text is navigation (a menu, a list of policy links). */
export const LINK_DENSITY_MAX = 0.5;
/** Fewer words than this is a label or a badge ("Free returns"), not a sentence that states a policy. */
export const MIN_SENTENCE_WORDS = 5;

/**
 * Text that stands where script-built content will appear, the whole block ("Loading…", "Please wait while …"). The
 * browser's settle check reads the same pattern: a render is not done while one is still showing.
 */
export const PLACEHOLDER = /^(?:loading|please wait|one moment|just a (?:moment|sec(?:ond)?)|fetching|retrieving|getting)\b[^.!?]{0,60}[.…!]*$|^[.…\s]+$/i;

const NOSCRIPT_HINT = /enable\s+javascript|javascript\s+(is\s+)?(required|disabled|must be enabled)|requires\s+javascript|turn on javascript/i;

/**
 * The shell table: what says that scripts fill the main content. A page that lacks a sentence of its categories is
 * rendered only when one of these rows holds; all that hold are reported, after the lack itself.
 */
export const SHELL_SIGNALS: readonly { readonly id: string; readonly test: (p: PageShape) => boolean; readonly why: string }[] = [
  { id: 'placeholder', test: (p) => p.placeholder, why: 'a loading placeholder stands where the content goes' },
  { id: 'spa-root', test: (p) => p.spaRoot, why: 'an app mount point with little text (SPA)' },
  { id: 'no-prose', test: (p) => !p.prose, why: 'the main content holds no sentence, only headings, labels or links' },
];

/** What else a shell shows; reported beside the signals, never a reason alone (themes put such notes on complete pages). */
export const SHELL_HINTS: readonly { readonly id: string; readonly test: (p: PageShape) => boolean; readonly why: string }[] = [
  { id: 'noscript-hint', test: (p) => p.noscriptHint, why: 'a <noscript> asks to enable JavaScript' },
];

/**
 * Shapes that never need a browser, whatever the signals say. Checked first.
 * no-scripts: a page that runs no script cannot grow text in a browser; rendering it would only cost time, and on a
 *   machine without Chromium it would turn a short but complete policy page into a "needs JavaScript" failure.
 * stated: the result check passed, the static main content states a sentence of a category the page was found for
 *   (themes leave empty widget roots and "enable JavaScript" notes on complete pages).
 * other-policy: the main content is a page's worth of text (MIN_POLICY_TEXT) that states another category's policy,
 *   and shows no loading placeholder: its content is there, about another topic (a shipping page kept as the best
 *   candidate for "guarantee"); an empty widget root for reviews does not make it a shell.
 */
export const BROWSER_VETOES: readonly { readonly id: string; readonly test: (p: PageShape) => boolean }[] = [
  { id: 'no-scripts', test: (p) => !p.hasScripts },
  { id: 'stated', test: (p) => p.asked.length === 0 || p.stated.length > 0 },
  { id: 'other-policy', test: (p) => p.statedOther.length > 0 && !p.placeholder && p.mainLength >= MIN_POLICY_TEXT },
];

/** Main-content blocks that can hold a policy: link-dense blocks (menus, link lists) and placeholders removed. */
export function policyBlocks(main: readonly ContentBlock[]): { blocks: ContentBlock[]; placeholder: boolean } {
  const blocks: ContentBlock[] = [];
  let placeholder = false;
  for (const b of main) {
    if (PLACEHOLDER.test(b.text)) {
      placeholder = true;
      continue;
    }
    const chars = b.text.replace(/\s+/g, '').length;
    if (chars > 0 && b.linkChars / chars > LINK_DENSITY_MAX) continue;
    blocks.push(b);
  }
  return { blocks, placeholder };
}

/** A sentence, not a heading or a label: a block of at least MIN_SENTENCE_WORDS words outside a heading. */
export function isSentence(block: TextBlock): boolean {
  return block.kind !== 'heading' && block.text.split(/\s+/).length >= MIN_SENTENCE_WORDS;
}

/** Measure a parsed static page for the categories it was found for. */
export function measurePage(page: PageText, categories: readonly Category[]): PageShape {
  const { markup } = page;
  const { blocks, placeholder } = policyBlocks(markup.main);
  let mainLength = 0;
  for (const b of blocks) mainLength += b.text.length;
  const sentences = blocks.filter(isSentence);
  const states = (c: Category) => sentences.some((b) => SENTENCE_PATTERNS[c].test(b.text));
  return {
    mainLength,
    stated: categories.filter(states),
    asked: categories,
    statedOther: CATEGORIES.filter((c) => !categories.includes(c) && states(c)),
    prose: sentences.length > 0,
    spaRoot: markup.mountPoints.some((chars) => chars < MIN_POLICY_TEXT),
    noscriptHint: NOSCRIPT_HINT.test(markup.noscript),
    hasScripts: markup.scripts > 0,
    placeholder,
  };
}

/** Decide from a measured shape (pure). */
export function decideFromShape(shape: PageShape): BrowserDecision {
  if (BROWSER_VETOES.some((veto) => veto.test(shape))) return { needed: false, signals: [] };
  const shells = SHELL_SIGNALS.filter((s) => s.test(shape));
  if (shells.length === 0) return { needed: false, signals: [] };
  const lack = `no ${shape.asked.join(' or ')} sentence in the static main content (${shape.mainLength} characters), and the page runs scripts`;
  return { needed: true, signals: [lack, ...shells.map((s) => s.why), ...SHELL_HINTS.filter((h) => h.test(shape)).map((h) => h.why)] };
}

/**
 * Should this page be rendered? `page` is the extractor's parse of the static body (one parse serves both); `mode`
 * is crawl.browser: never → no, always → yes, auto → the signal table. Plain text is never rendered.
 */
export function needsBrowser(
  page: PageText,
  categories: readonly Category[],
  mode: 'auto' | 'never' | 'always',
  contentType = 'text/html',
): BrowserDecision {
  if (contentType === 'text/plain') return { needed: false, signals: [] };
  if (mode === 'always') return { needed: true, signals: ['crawl.browser is always'] };
  const decision = decideFromShape(measurePage(page, categories));
  if (mode === 'never') return { needed: false, signals: decision.signals };
  return decision;
}
