/**
 * robots.txt per RFC 9309, read with robots-parser: the status rules (§2.3.1: 2xx parse, 4xx allow all, 5xx /
 * network / 429 disallow all, C1, C2), our product token matched case-insensitively with the longest match (C3), the
 * first 500 KiB only (C4), Crawl-delay and Sitemap lines. Fetching is injected so this module holds only the rules.
 */
import robotsParserModule from 'robots-parser';
import { PRODUCT_TOKEN } from '../config/defaults.js';
import type { ProblemKind } from '../model.js';

/** RFC 9309 §2.5: crawlers must parse at least 500 KiB; we parse exactly that much. */
export const ROBOTS_MAX_BYTES = 500 * 1024;
/**
 * The longest robots.txt text the store remembers for the next scan's conditional request (FetchRuntime.previousRobots).
 * Real files are a few KiB; a longer one is asked for in full at every scan rather than carried in the database.
 */
export const ROBOTS_REMEMBER_MAX_CHARS = 64 * 1024;
/** RFC 9309 §2.3.1.2: follow at least five redirects; a sixth makes the file "unavailable" (C4). */
export const ROBOTS_MAX_REDIRECTS = 5;

export interface RobotsRules {
  isAllowed(url: string): boolean;
  readonly crawlDelaySeconds?: number;
  readonly sitemaps: string[];
}

/** What fetching robots.txt gave. */
export type RobotsFetchResult =
  | { readonly kind: 'response'; readonly status: number; readonly body: string; readonly redirects: number }
  /** `problem` set when the host itself is refused (private address, DNS, TLS, connection refused), not just robots.txt. */
  | { readonly kind: 'error'; readonly reason: string; readonly problem?: ProblemKind }
  /** More than ROBOTS_MAX_REDIRECTS hops. */
  | { readonly kind: 'too-many-redirects'; readonly chain: string[] };

/** How a fetch result is read, per RFC 9309 §2.3.1. */
export type RobotsState =
  | { readonly state: 'rules'; readonly rules: RobotsRules }
  | { readonly state: 'allow-all'; readonly note?: string }
  | { readonly state: 'unreachable'; readonly reason: string; readonly kind: ProblemKind };

/** The part of robots-parser's Robot we use (its bundled typings do not type the CommonJS default export). */
interface ParsedRobots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => ParsedRobots;

const ALLOW_ALL: RobotsRules = { isAllowed: () => true, sitemaps: [] };

/** The part of a robots.txt text that is read (and remembered for the next scan): BOM stripped, cut to the last full line within 500 KiB. */
export function robotsTextRead(text: string): string {
  let body = text.replace(/^\uFEFF/, '');
  if (Buffer.byteLength(body) > ROBOTS_MAX_BYTES) {
    body = Buffer.from(body).subarray(0, ROBOTS_MAX_BYTES).toString('utf8');
    body = body.slice(0, body.lastIndexOf('\n') + 1);
  }
  return body;
}

/** Parse robots.txt text for `robotsUrl` (the part robotsTextRead keeps). */
export function parseRobots(robotsUrl: string, text: string): RobotsRules {
  const robot = robotsParser(robotsUrl, robotsTextRead(text));
  const delay = robot.getCrawlDelay(PRODUCT_TOKEN);
  return {
    // robots-parser answers undefined for URLs of another origin; those are checked against their own robots.txt.
    isAllowed: (url) => robot.isAllowed(url, PRODUCT_TOKEN) !== false,
    ...(delay !== undefined && Number.isFinite(delay) ? { crawlDelaySeconds: delay } : {}),
    sitemaps: robot.getSitemaps(),
  };
}

/** Apply the RFC 9309 status rules to a fetch of `robotsUrl`. */
export function interpretRobots(robotsUrl: string, result: RobotsFetchResult): RobotsState {
  if (result.kind === 'error') {
    if (result.problem) return { state: 'unreachable', reason: result.reason, kind: result.problem };
    return { state: 'unreachable', kind: 'robots-unreachable', reason: `robots.txt unreachable (${result.reason}); no page of this host fetched this run` };
  }
  if (result.kind === 'too-many-redirects') {
    return {
      state: 'allow-all',
      note: `${robotsUrl}: more than ${ROBOTS_MAX_REDIRECTS} redirects (${result.chain.join(' → ')}); treated as unavailable (RFC 9309 §2.3.1.2), crawling allowed`,
    };
  }
  const { status } = result;
  if (status >= 200 && status < 300) return { state: 'rules', rules: parseRobots(robotsUrl, result.body) };
  if (status === 429) return { state: 'unreachable', kind: 'robots-unreachable', reason: `${robotsUrl} answered 429 (too many requests); no page of this host fetched this run` };
  if (status >= 400 && status < 500) return { state: 'allow-all' };
  return { state: 'unreachable', kind: 'robots-unreachable', reason: `${robotsUrl} answered ${status}; no page of this host fetched this run` };
}

export function rulesOf(state: RobotsState): RobotsRules | undefined {
  if (state.state === 'rules') return state.rules;
  if (state.state === 'allow-all') return ALLOW_ALL;
  return undefined;
}

/** The robots.txt URL of the origin of `url`. */
export function robotsUrlOf(url: string): string {
  return new URL('/robots.txt', url).href;
}
