/**
 * Hostile text stays text (RELIABILITY F1–F5). Everything that came from a crawled page or a config name passes
 * through one of three escapers before it reaches a report: markdown, HTML or terminal. They share `cleanText`,
 * which removes what no output should carry (controls, escape sequences, bidi overrides, zero-width characters),
 * collapses whitespace and bounds the length.
 */
import { resolve, sep } from 'node:path';
import { businessId } from '../model.js';
import { escapeHtml } from '../text/html-escape.js';

/** Longest quote a report shows; the rest becomes "…" so a 100 KB sentence cannot bloat a report (F1). */
const MAX_QUOTE_CHARS = 300;
/** Longest name or short value shown in a table cell or heading. */
export const MAX_CELL_CHARS = 80;

/** Patterns removed before any escaping, each with why. */
const STRIP = [
  // ANSI/VT escape sequences (CSI "ESC[2J", OSC "ESC]0;title BEL"): would clear or retitle a terminal (F4).
  // A lone ESC or C1 CSI is left to CONTROLS below: removing it alone disarms it without eating the next word.
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g,
  // bidi embeddings, overrides and isolates, LRM/RLM/ALM: would reorder the text around them (F4)
  /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g,
  // zero-width characters and BOM: hide text or split words invisibly (F4)
  /[\u200b-\u200d\u2060\ufeff\u00ad]/g,
  // line/paragraph separators count as whitespace below
] as const;
/** C0 and C1 controls (tab, newline and CR included): collapsed to a space so structure survives (F1, F4). */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Remove invisible and control characters, collapse whitespace, truncate to `max` characters with an ellipsis. */
export function cleanText(text: string, max: number = MAX_QUOTE_CHARS): string {
  // Bound the work first: a 100 KB input is cut to a window before the regexes run.
  let s = String(text).slice(0, max * 4 + 64);
  for (const pattern of STRIP) s = s.replace(pattern, '');
  s = s.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(s); // code points, so a surrogate pair is never cut in half
  if (chars.length > max) s = `${chars.slice(0, max - 1).join('').trimEnd()}…`;
  return s;
}

// ---------------------------------------------------------------- markdown

/**
 * ASCII punctuation with a meaning somewhere in CommonMark/GFM inline syntax; a backslash makes each literal. Not "("
 * and ")": they only open a link's destination right after "]" (CommonMark §6.3), and "]" is always escaped, so prose
 * keeps "(column date)" as written instead of "\\(column date\\)".
 */
const MD_INLINE_SPECIAL = /[\\`*_{}[\]<>#!|~&$]/g;

/**
 * Inline markdown text: every construct-starting character is backslash-escaped (CommonMark §2.4: any ASCII
 * punctuation may be escaped), so links, images, emphasis, code spans, raw HTML, autolinks and table pipes all stay
 * literal; newlines are already gone; a leading list/heading/quote marker is escaped too.
 */
export function mdText(text: string, max: number = MAX_QUOTE_CHARS): string {
  const s = cleanText(text, max).replace(MD_INLINE_SPECIAL, (c) => `\\${c}`);
  // Block markers only matter at the start of a line: "- x", "+ x", "1. x", "1) x", "= x" (setext), "> x".
  return s.replace(/^([-+=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** A markdown table cell: inline-escaped text (pipes included), never empty. */
export function mdCell(text: string, max: number = MAX_CELL_CHARS): string {
  const s = mdText(text, max);
  return s === '' ? ' ' : s;
}

/** A blockquote of crawled evidence: one line, so a fence or heading inside it cannot start a block (F1, F3). */
export function mdQuote(text: string, max: number = MAX_QUOTE_CHARS): string {
  return `> ${mdText(text, max) || '(no text)'}`;
}

/**
 * A link when `url` is an absolute http(s) URL (percent-encoded so `)`, spaces, `<` and `|` cannot end it early),
 * otherwise the label and the address as plain text (F2, F5).
 */
export function mdLink(label: string, url: string): string {
  const safe = safeHttpUrl(url);
  if (!safe) return url ? `${mdText(label, MAX_CELL_CHARS)} (${mdText(url, MAX_CELL_CHARS)})` : mdText(label, MAX_CELL_CHARS);
  return `[${mdText(label, MAX_CELL_CHARS)}](<${safe}>)`;
}

/** Text for a mermaid chart label: only letters, digits and a few safe marks; quotes, brackets and fences go. */
export function mermaidLabel(text: string): string {
  return cleanText(text, 30).replace(/[^\p{L}\p{N} .,&+\-_/()]/gu, ' ').replace(/\s+/g, ' ').trim() || '?';
}

// ---------------------------------------------------------------- URLs and files

/**
 * The URL re-serialised by the WHATWG parser with every character that could close a markdown link destination or
 * an HTML attribute percent-encoded; undefined unless the scheme is http or https (no javascript:, data:, file:).
 */
export function safeHttpUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(cleanText(url, 2048));
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  parsed.username = '';
  parsed.password = '';
  return parsed.href.replace(/[\s()<>"'`|\\[\]{}^]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * A file path for `name` inside `folder`: the name is slugged (so "../../etc/x" becomes "etc-x") and the result is
 * checked to stay inside the folder (F5).
 */
export function reportFilePath(folder: string, name: string, extension: string): string {
  const root = resolve(folder);
  const ext = extension.replace(/[^a-z0-9]/gi, '').slice(0, 8) || 'txt';
  const base = businessId(name.replace(/\.[a-z0-9]{1,8}$/i, '')) || 'report';
  const path = resolve(root, `${base}.${ext}`);
  if (!path.startsWith(root + sep)) throw new Error(`report file name "${name}" would leave ${root}`); // unreachable after slugging
  return path;
}

// ---------------------------------------------------------------- HTML

/** HTML text or attribute value: cleaned, then the five significant characters (and backtick) as entities. */
export function htmlText(text: string, max: number = MAX_QUOTE_CHARS): string {
  return escapeHtml(cleanText(text, max));
}

/** An <a> for http(s) URLs only, with rel=noreferrer; anything else is text. */
export function htmlLink(label: string, url: string): string {
  const safe = safeHttpUrl(url);
  if (!safe) return htmlText(url ? `${label} (${url})` : label, MAX_CELL_CHARS * 2);
  return `<a href="${htmlText(safe, 4096)}" rel="noreferrer noopener">${htmlText(label, MAX_CELL_CHARS)}</a>`;
}

// ---------------------------------------------------------------- terminal

/** Longest single line the CLI prints from crawled or stored text (a progress line, a history row). */
export const MAX_LINE_CHARS = 1000;

/** One terminal line from untrusted text: cleaned like every other output, bounded generously. */
export function terminalLine(text: string): string {
  return cleanText(text, MAX_LINE_CHARS);
}

/** Terminal text: cleaned (no escape sequences, bidi or controls can reach the terminal) and bounded. */
export function terminalText(text: string, max: number = MAX_CELL_CHARS): string {
  return cleanText(text, max);
}
