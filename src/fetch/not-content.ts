/**
 * Pages that answered but hold no policy (B3, B4): bot walls and challenges, soft 404s, empty pages and login walls.
 * Pure classification over status, headers, URL and text; the soft-404 probe (a random path of the same site) is
 * fetched by fetch-page.ts, once per host and only when `needsProbe` says the page might be one.
 */
import type { ProblemKind } from '../model.js';

export type NotContentKind = Extract<ProblemKind, 'blocked' | 'soft-404' | 'empty' | 'login-wall'>;
export interface NotContent {
  readonly kind: NotContentKind;
  readonly reason: string;
}

/** Headers that name a challenge outright (Cloudflare sends cf-mitigated: challenge with its interstitial). */
const CHALLENGE_HEADERS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'cf-mitigated', pattern: /challenge/i },
  { name: 'x-datadome', pattern: /./ },
];

/** Bot-wall wording in the title or a short body ("Just a moment…" interstitials, "Press & Hold" sliders). */
const BOT_WALL_PHRASES: readonly RegExp[] = [
  /just a moment\s*(\.\.\.|…)?/i,
  /\baccess denied\b/i,
  /press\s*(&|&amp;|and)\s*hold/i,
  /checking (if the site connection is secure|your browser)/i,
  /verify (that )?you are (a )?human/i,
  /are you a robot\??/i,
  /unusual traffic from your (computer|network)/i,
  /enable javascript and cookies to continue/i,
  /attention required!?\s*\|/i,
  /request unsuccessful\. incapsula/i,
];

/** Paths bot walls redirect to ("/sorry/index" and friends). */
const BOT_WALL_PATHS: readonly RegExp[] = [/\/sorry(\/|$)/i, /\/captcha/i, /\/challenge(\/|$)/i, /\/blocked(\/|$)/i, /\/cdn-cgi\/challenge/i];

/** Titles/headings of not-found templates served with 200 ("Page not found", "404 — nothing here"). */
const NOT_FOUND_TITLES: readonly RegExp[] = [
  /\b(page|file|product)\s+(was\s+)?not\s+found\b/i,
  /^\s*404\b/,
  /\b404\s*(error|[-–—|:])/i,
  /\bpage (you (were|are) looking for|requested) (can(no|')t|could not|does not|doesn't) (be found|exist)/i,
  /\bthis page (does not|doesn't) exist\b/i,
  /\bno longer (available|exists)\b/i,
];

/** Words that make a page worth comparing with the not-found probe. */
const NOT_FOUND_HINTS = /\b(not found|404|doesn'?t exist|does not exist|can(no|')t be found|no longer|nothing here|oops)\b/i;

/** Login walls: redirected to a sign-in URL, or a page that is mostly a password form. */
const LOGIN_PATHS: readonly RegExp[] = [/\/(log-?in|sign-?in|auth|sso)(\/|$|\?|\.)/i, /\/account\/login/i, /\/users?\/sign_in/i];
const LOGIN_WORDS = /\b(log ?in|sign ?in)\b/i;
const PASSWORD_INPUT = /<input\b[^>]*type\s*=\s*["']?password/i;

/** A page with less visible text than this and a password field is a login wall, not a policy. */
const LOGIN_WALL_MAX_TEXT = 1500;
/** A bot-wall phrase only condemns a short page: a long policy may mention "access denied" in passing. */
const BOT_WALL_MAX_TEXT = 2000;
/** Texts this similar (word-shingle Jaccard) to the random-path probe are the not-found template (B4). */
export const SOFT_404_SIMILARITY = 0.9;
/** Only pages under this much text are compared with the probe; long pages are never templates for "not found". */
const PROBE_MAX_TEXT = 20_000;

export interface PageSignals {
  readonly status: number;
  readonly finalUrl: string;
  readonly redirects: readonly string[];
  readonly headers: Record<string, string>;
  /** Decoded body (HTML or text). */
  readonly body: string;
  readonly contentType: string;
}

/** The last page's text: classifyPage's checks all read the same page, so strip it once, not four times. */
let memo: { html: string; text: string } | undefined;

/** Visible text of HTML: script, style, noscript, template and comments dropped, tags removed, spaces collapsed. */
export function visibleText(html: string): string {
  if (memo?.html === html) return memo.text;
  const text = stripTags(html);
  memo = { html, text };
  return text;
}

/**
 * What is not text, in one pass: comments, whole script/style/noscript/template/svg elements, then any tag. One
 * regular expression, not one pass per kind: a storefront page is 40–150 KB, mostly inline script, and each pass
 * copied the whole page (on the 50-site bench farm the passes allocated 100 MB of the main thread's 630 MB).
 */
const NOT_TEXT = /<!--[\s\S]*?-->|<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>|<[^>]+>/gi;
/** The entities a policy's short text uses for spacing and punctuation, and runs of white space. */
const ENTITY_OR_SPACE = /&nbsp;|&#160;|&amp;|&hellip;|\s+/gi;
const ENTITY_TEXT: Readonly<Record<string, string>> = { '&nbsp;': ' ', '&#160;': ' ', '&amp;': '&', '&hellip;': '…' };

function stripTags(html: string): string {
  // The second pass only reads what the first kept (the page's text, a fraction of it). A space from an entity
  // next to white space is collapsed with it, as the collapse after the replacements did.
  return html
    .replace(NOT_TEXT, ' ')
    .replace(ENTITY_OR_SPACE, (m) => ENTITY_TEXT[m.toLowerCase()] ?? ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The <title> (or first <h1>) text. */
export function titleOf(html: string): string {
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? '';
  // Stripped here, not through visibleText: the memo holds the page's text for the checks that follow, and a title
  // taking its place made every later check strip the whole page again (three times per page).
  return stripTags(title);
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** true when a URL's path is a known bot-wall landing page ("/sorry/"). */
export function isBotWallPath(url: string): boolean {
  const path = pathOf(url);
  return BOT_WALL_PATHS.some((p) => p.test(path));
}

/** A bot wall or challenge (B3), for any status: 403/503 interstitials and 200 "Press & Hold" pages alike. */
export function detectBotWall(page: PageSignals): NotContent | undefined {
  for (const { name, pattern } of CHALLENGE_HEADERS) {
    const value = page.headers[name];
    if (value !== undefined && pattern.test(value)) {
      return { kind: 'blocked', reason: `${page.finalUrl}: bot challenge (${name}: ${value}, status ${page.status}); the site refuses automated readers` };
    }
  }
  for (const hop of [...page.redirects, page.finalUrl]) {
    if (BOT_WALL_PATHS.some((p) => p.test(pathOf(hop)))) {
      return { kind: 'blocked', reason: `${page.finalUrl}: redirected to a bot wall (${pathOf(hop)}); the site refuses automated readers` };
    }
  }
  const text = visibleText(page.body);
  const title = titleOf(page.body);
  if (text.length <= BOT_WALL_MAX_TEXT || page.status === 403 || page.status === 503) {
    const phrase = BOT_WALL_PHRASES.find((p) => p.test(title) || p.test(text.slice(0, BOT_WALL_MAX_TEXT)));
    if (phrase) {
      const said = (phrase.exec(title) ?? phrase.exec(text))?.[0] ?? 'challenge';
      return { kind: 'blocked', reason: `${page.finalUrl}: bot wall ("${said}", status ${page.status}); the site refuses automated readers` };
    }
  }
  return undefined;
}

/** A login wall: 401, a redirect to a sign-in page, or a short page built around a password field. */
export function detectLoginWall(page: PageSignals): NotContent | undefined {
  if (page.status === 401) return { kind: 'login-wall', reason: `${page.finalUrl}: answered 401; the page needs a login` };
  if (page.redirects.length > 0 && LOGIN_PATHS.some((p) => p.test(pathOf(page.finalUrl)))) {
    return { kind: 'login-wall', reason: `${page.finalUrl}: redirected to a sign-in page; the policy needs a login` };
  }
  const text = visibleText(page.body);
  // The length first: the password pattern scans the whole page (on storefront pages of 40–150 KB, mostly inline
  // script, about 1 % of the crawler's main thread), and nearly every page is too long to be a sign-in form.
  if (text.length < LOGIN_WALL_MAX_TEXT && PASSWORD_INPUT.test(page.body) && LOGIN_WORDS.test(text)) {
    return { kind: 'login-wall', reason: `${page.finalUrl}: a sign-in form, not a policy page` };
  }
  return undefined;
}

/**
 * Nothing to read: no visible text and no script that might render some (a script-only page is the browser's
 * business, not "empty").
 */
export function detectEmpty(page: PageSignals): NotContent | undefined {
  const text = page.contentType === 'text/plain' ? page.body.trim() : visibleText(page.body);
  if (text.length > 0) return undefined;
  if (/<script\b/i.test(page.body)) return undefined;
  return { kind: 'empty', reason: `${page.finalUrl}: the page has no text (status ${page.status}, ${page.body.length} characters)` };
}

/** A 200 whose title says "not found". */
export function detectNotFoundTitle(page: PageSignals): NotContent | undefined {
  const title = titleOf(page.body);
  const pattern = NOT_FOUND_TITLES.find((p) => p.test(title));
  return pattern ? { kind: 'soft-404', reason: `${page.finalUrl}: answered ${page.status} with a not-found page ("${title.slice(0, 80)}")` } : undefined;
}

/** Classify a 2xx page; undefined means it may hold content. Order: bot wall, then classifyContent. */
export function classifyPage(page: PageSignals): NotContent | undefined {
  return detectBotWall(page) ?? classifyContent(page);
}

/**
 * The checks of classifyPage after the bot wall, in order: login wall, empty, not-found title. The fetcher judges a
 * response's bot wall once (and may have done so before the page was read), then asks only these.
 */
export function classifyContent(page: PageSignals): NotContent | undefined {
  return detectLoginWall(page) ?? detectEmpty(page) ?? detectNotFoundTitle(page);
}

/** Is this page worth comparing with the site's not-found probe? Short pages, or pages with not-found wording. */
export function needsProbe(page: PageSignals): boolean {
  if (page.contentType === 'text/plain') return false;
  const text = visibleText(page.body);
  return text.length < PROBE_MAX_TEXT && (NOT_FOUND_HINTS.test(text) || text.split(' ').length < 150);
}

/** A probe path no real site has: /servicediff-probe-<random>. */
export function probePath(random: () => number = Math.random): string {
  return `/servicediff-probe-${Math.floor(random() * 1e12).toString(36)}${Date.now().toString(36)}`;
}

function shingles(text: string): Set<string> {
  // Numbers vary between two renders of one template (request ids, years); drop them before comparing.
  const words = text.toLowerCase().replace(/\d+/g, '#').split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  if (words.length < 3) {
    out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + 3 <= words.length; i += 1) out.add(words.slice(i, i + 3).join(' '));
  return out;
}

/** Jaccard similarity of 3-word shingles, 0..1. */
export function textSimilarity(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  let common = 0;
  for (const s of sa) if (sb.has(s)) common += 1;
  const union = sa.size + sb.size - common;
  return union === 0 ? 1 : common / union;
}

/** Replace a URL's path (and its last segment) in a text, so "nothing at /returns" equals "nothing at /probe". */
function withoutPath(text: string, url: string): string {
  const path = pathOf(url);
  const last = path.split('/').filter(Boolean).pop();
  let out = path.length > 1 ? text.split(path).join(' ') : text;
  if (last && last.length > 2) out = out.split(last).join(' ');
  return out;
}

/**
 * The probe's answer: status, visible text, the URL asked for and where redirects ended. Its text, not its HTML: a
 * fetcher keeps one answer per host for the whole run, and a storefront's not-found template weighs as much as any
 * of its pages (40–150 KB, mostly inline script) for a few hundred characters of text.
 */
export interface ProbeAnswer {
  readonly status: number;
  readonly text: string;
  readonly url: string;
  readonly finalUrl: string;
}

/** A soft 404 by redirect: the page and a random path of the same site both land on one URL (B4). */
export function sameLandingAsProbe(url: string, finalUrl: string, probe: ProbeAnswer | undefined): NotContent | undefined {
  if (!probe || probe.finalUrl === probe.url || probe.finalUrl !== finalUrl) return undefined;
  return { kind: 'soft-404', reason: `${url}: redirected to ${finalUrl}, where any unknown path of the site goes; a soft 404` };
}

/** A soft 404 by comparison with the probe's answer (B4); undefined when the probe got a real 404 or differs. */
export function compareWithProbe(page: PageSignals, probe: ProbeAnswer | undefined): NotContent | undefined {
  if (!probe || probe.status < 200 || probe.status >= 300) return undefined;
  // Not-found templates often echo the path asked for; take both paths out before comparing.
  const pageText = withoutPath(withoutPath(visibleText(page.body), page.finalUrl), probe.url);
  const probeText = withoutPath(withoutPath(probe.text, probe.url), page.finalUrl);
  const similarity = textSimilarity(pageText, probeText);
  if (similarity < SOFT_404_SIMILARITY) return undefined;
  return {
    kind: 'soft-404',
    reason: `${page.finalUrl}: answered ${page.status} with the same page a random path gets (${Math.round(similarity * 100)}% alike); a soft 404`,
  };
}
