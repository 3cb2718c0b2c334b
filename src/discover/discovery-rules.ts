/**
 * The version of the rules that turn a fetched home page or sitemap into candidates, and the one check that a file
 * remembered from an earlier scan may be reused (issue 12). A re-scan asks for the home page and each sitemap
 * conditionally and, on 304, reuses what the last scan read from it (the home page's links, a sitemap's entries)
 * instead of reading the body again. What was read depends on the reading rules as much as on the file: an upgrade
 * that reads links or sitemaps differently must not keep the old reading of an unchanged file. So each remembered
 * file carries DISCOVERY_RULES, and one made under other rules is asked for unconditionally and read afresh.
 *
 * DISCOVERY_RULES is servicediff's version (src/version.ts: every release, whatever its code changed) joined to a
 * hash of the tables that decide what is read (link regions and caps, link and slug patterns, noise, scores): a
 * table edited between releases changes it too, without anyone having to remember to bump a number.
 */
import { createHash } from 'node:crypto';
import type { Validators } from '../fetch/fetch-types.js';
import { VERSION } from '../version.js';
import { MAX_LINKS_READ, REGION_SELECTORS } from './home-links.js';
import { LINK_TEXT_PATTERNS, MIN_SCORE, NOISE_PATTERNS, REGION_BONUS, SHARED_PAGE_PATTERNS, SLUG_PATTERNS, SOURCE_BONUS } from './link-patterns.js';
import { SITEMAP_CHILD_RANKS, SITEMAP_MAX_URLS } from './sitemap.js';

/** Every table whose change changes what a home page or a sitemap yields. */
const READING_TABLES = {
  MAX_LINKS_READ,
  REGION_SELECTORS,
  LINK_TEXT_PATTERNS,
  SLUG_PATTERNS,
  SHARED_PAGE_PATTERNS,
  NOISE_PATTERNS,
  REGION_BONUS,
  SOURCE_BONUS,
  MIN_SCORE,
  SITEMAP_CHILD_RANKS,
  SITEMAP_MAX_URLS,
};

/** JSON of the tables, a RegExp written as its source and flags (JSON.stringify would write {}). */
function tablesText(): string {
  return JSON.stringify(READING_TABLES, (_key, value: unknown) => (value instanceof RegExp ? `/${value.source}/${value.flags}` : value));
}

export const DISCOVERY_RULES = `${VERSION}+${createHash('sha256').update(tablesText()).digest('hex').slice(0, 12)}`;

/** A file discovery read at an earlier scan: the URL asked for, its validators, and the rules it was read under. */
export interface RememberedFile extends Validators {
  readonly url: string;
  readonly rules?: string;
}

/**
 * The remembered file when it may answer for `url` this time: the same URL, read under today's rules, and with a
 * validator to ask with (without one, the request is unconditional and nothing remembered can be reused).
 */
export function reusable<T extends RememberedFile>(remembered: T | undefined, url: string, rules: string = DISCOVERY_RULES): T | undefined {
  if (!remembered || remembered.url !== url || remembered.rules !== rules) return undefined;
  return remembered.etag || remembered.lastModified ? remembered : undefined;
}
