/**
 * Does the static HTML of a page hold its policy, or does it need JavaScript? A pure decision from a table of
 * signals, so the crawl renders in Chromium only the pages that need it (crawl.browser auto) and the tests can
 * drive each signal without a server.
 */
import { load } from 'cheerio';
import type { Category } from '../terms.js';

/** What the static page looks like, measured once. */
export interface PageShape {
  /** Visible text length (script, style, noscript, template removed), whitespace collapsed. */
  readonly textLength: number;
  /** An empty SPA mount point is present (#root, #app, #__next, …). */
  readonly spaRoot: boolean;
  /** A <noscript> asks the reader to enable JavaScript. */
  readonly noscriptHint: boolean;
  /** The page runs scripts (inline or external). */
  readonly hasScripts: boolean;
  /** Policy keywords of the expected categories found in the visible text. */
  readonly keywordHits: number;
}

export interface BrowserDecision {
  readonly needed: boolean;
  /** The signals that fired, e.g. "little visible text (120 characters)". */
  readonly signals: string[];
}

/** Below this much visible text a policy cannot be on the page: policy pages run to several paragraphs. */
export const MIN_POLICY_TEXT = 400;
/** An SPA shell with a mount point and less text than this is only the shell (header and footer). */
export const SPA_SHELL_TEXT = 1500;

/** Mount points of client-rendered apps (React, Vue, Next, Nuxt, Angular, Svelte). */
const SPA_ROOT_SELECTOR = '#root, #app, #__next, #__nuxt, #___gatsby, [data-reactroot], [ng-app], app-root, #svelte';

/** Words any policy page of a category uses; the static text lacking all of them is a signal (with scripts). */
export const POLICY_KEYWORDS: Record<Category, RegExp> = {
  returns: /\b(return|refund|exchange)/i,
  shipping: /\b(ship|deliver|dispatch|carrier)/i,
  guarantee: /\b(guarantee|money[\s-]back|satisf)/i,
  warranty: /\b(warrant|defect|repair)/i,
  support: /\b(contact|email|phone|call us|chat|hours|support)/i,
};

const NOSCRIPT_HINT = /enable\s+javascript|javascript\s+(is\s+)?(required|disabled|must be enabled)|requires\s+javascript/i;

/** The signal table: each row tests the page shape and says why. The first matching rows are all reported. */
export const BROWSER_SIGNALS: readonly { readonly id: string; readonly test: (p: PageShape) => boolean; readonly why: (p: PageShape) => string }[] = [
  { id: 'little-text', test: (p) => p.textLength < MIN_POLICY_TEXT, why: (p) => `little visible text (${p.textLength} characters)` },
  { id: 'spa-root', test: (p) => p.spaRoot && p.textLength < SPA_SHELL_TEXT, why: () => 'an app mount point with little text (SPA)' },
  { id: 'noscript-hint', test: (p) => p.noscriptHint, why: () => 'a <noscript> asks to enable JavaScript' },
  { id: 'keywords-missing', test: (p) => p.hasScripts && p.keywordHits === 0, why: () => 'no policy keyword in the static text, and the page runs scripts' },
];

/**
 * Shapes that never need a browser, whatever the signals say. Checked first.
 * no-scripts: a page that runs no script cannot grow text in a browser; rendering it would only cost time, and on a
 * machine without Chromium it would turn a short but complete policy page into a "needs JavaScript" failure.
 */
export const BROWSER_VETOES: readonly { readonly id: string; readonly test: (p: PageShape) => boolean }[] = [
  { id: 'no-scripts', test: (p) => !p.hasScripts },
];

/** Measure a static page: one cheerio parse. */
export function measurePage(html: string, categories: readonly Category[]): PageShape {
  const $ = load(html);
  const hasScripts = $('script').length > 0;
  const noscriptHint = $('noscript')
    .toArray()
    .some((el) => NOSCRIPT_HINT.test($(el).text()));
  const spaRoots = $(SPA_ROOT_SELECTOR);
  $('script, style, noscript, template, svg').remove();
  const text = $('body').text().replace(/\s+/g, ' ').trim() || $.root().text().replace(/\s+/g, ' ').trim();
  const spaRoot = spaRoots.length > 0 && spaRoots.toArray().some((el) => $(el).text().trim().length < MIN_POLICY_TEXT);
  const keywordHits = categories.filter((c) => POLICY_KEYWORDS[c].test(text)).length;
  return { textLength: text.length, spaRoot, noscriptHint, hasScripts, keywordHits };
}

/** Decide from a measured shape (pure). */
export function decideFromShape(shape: PageShape): BrowserDecision {
  if (BROWSER_VETOES.some((veto) => veto.test(shape))) return { needed: false, signals: [] };
  const signals = BROWSER_SIGNALS.filter((s) => s.test(shape)).map((s) => s.why(shape));
  return { needed: signals.length > 0, signals };
}

/**
 * Should this page be rendered? `mode` is crawl.browser: never → no, always → yes, auto → the signal table.
 * Plain text is never rendered.
 */
export function needsBrowser(
  html: string,
  categories: readonly Category[],
  mode: 'auto' | 'never' | 'always',
  contentType = 'text/html',
): BrowserDecision {
  if (contentType === 'text/plain') return { needed: false, signals: [] };
  if (mode === 'always') return { needed: true, signals: ['crawl.browser is always'] };
  const decision = decideFromShape(measurePage(html, categories));
  if (mode === 'never') return { needed: false, signals: decision.signals };
  return decision;
}
