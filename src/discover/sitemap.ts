/**
 * Sitemaps (sitemaps.org): parse a urlset or a sitemap index, and read a site's sitemaps through the polite fetcher
 * within limits, so a sitemap index listing itself, a 60,000-URL sitemap, an oversized or gzip-bomb sitemap
 * cannot make discovery recurse, hang or blow memory (C6).
 */
import type { FetchedPage, PageFetcher } from '../fetch/fetch-types.js';
import { GONE_STATUSES } from '../fetch/fetch-errors.js';
import { renewedValidators, validatorsOf } from '../fetch/validators.js';
import type { SitemapState } from '../model.js';
import { resolveSameSite } from './home-links.js';
import type { RequestBudget } from './request-budget.js';

/** sitemaps.org: at most 50,000 URLs per sitemap file; entries beyond are ignored. */
export const SITEMAP_MAX_URLS = 50_000;
/** Decompressed bytes read from one sitemap; sitemaps.org allows 50 MB, policy pages are never that deep. */
export const SITEMAP_MAX_BYTES = 10 * 1024 * 1024;
/** Index → sitemap → (nested index) is as deep as real sites go; deeper nesting is ignored. */
export const SITEMAP_MAX_DEPTH = 2;
/** Sitemap files fetched per site at most (each one also counts against crawl.maxPagesPerSite). */
export const SITEMAP_MAX_FILES = 6;

/**
 * Which child sitemaps of an index are read first, by words in their file name: a storefront's index lists product
 * files (often many of them, one per 5,000 products) before the one that lists its content pages, and within
 * SITEMAP_MAX_FILES the pages file must not be the one left out. Lower ranks first; a name matching neither row sits
 * between (a plain "sitemap-2.xml" may hold anything).
 */
export const SITEMAP_CHILD_RANKS: readonly { readonly pattern: RegExp; readonly rank: number; readonly example: string }[] = [
  { pattern: /(?<![a-z])(?:pages?|polic(?:y|ies)|help|info|support|faqs?|legal|misc|custom)(?![a-z])/i, rank: 0, example: 'sitemap_pages_1.xml, page-sitemap.xml' },
  { pattern: /(?<![a-z])(?:products?|collections?|categor(?:y|ies)|product_cat|catalog(?:ue)?|blogs?|posts?|articles?|news|images?|videos?|tags?|authors?|archives?|brands?|stores?)(?![a-z])/i, rank: 2, example: 'sitemap_products_3.xml, post-sitemap.xml' },
];
const UNKNOWN_CHILD_RANK = 1;
/** The rank of a catalogue file (products, collections, blog posts): one that listed no policy page may wait (readSitemaps). */
export const CATALOGUE_CHILD_RANK = 2;

/** The rank of a child sitemap by its file name (see SITEMAP_CHILD_RANKS). */
export function sitemapChildRank(url: string): number {
  let name: string;
  try {
    name = new URL(url).pathname.split('/').at(-1) ?? '';
  } catch {
    return UNKNOWN_CHILD_RANK;
  }
  return SITEMAP_CHILD_RANKS.find((r) => r.pattern.test(name))?.rank ?? UNKNOWN_CHILD_RANK;
}

export interface ParsedSitemap {
  readonly kind: 'urlset' | 'index' | 'text' | 'unknown';
  /** <loc> values (page URLs for a urlset, sitemap URLs for an index), capped at SITEMAP_MAX_URLS. */
  readonly locs: string[];
  /** true when entries beyond the cap were dropped. */
  readonly truncated: boolean;
  /** An index: each child's <lastmod>, by its <loc> as written (children without one are absent). */
  readonly lastmods?: ReadonlyMap<string, string>;
}

const LOC = /<(?:[a-z]+:)?loc>\s*(?:<!\[CDATA\[)?\s*([^<\]]+?)\s*(?:\]\]>)?\s*<\/(?:[a-z]+:)?loc>/gi;
/** One <sitemap> entry of an index, and the <lastmod> inside it. */
const INDEX_ENTRY = /<(?:[a-z]+:)?sitemap>([\s\S]*?)<\/(?:[a-z]+:)?sitemap>/gi;
const LASTMOD = /<(?:[a-z]+:)?lastmod>\s*([^<\s]+)\s*<\/(?:[a-z]+:)?lastmod>/i;
const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/**
 * Parse sitemap text. A regex scan over <loc> rather than a DOM: a 60,000-entry file parses in milliseconds and
 * allocates only the URLs. Plain-text sitemaps (one URL per line) are accepted too.
 */
export function parseSitemap(text: string): ParsedSitemap {
  const head = text.slice(0, 2048);
  const kind: ParsedSitemap['kind'] = /<(?:[a-z]+:)?sitemapindex[\s>]/i.test(text.slice(0, 4096))
    ? 'index'
    : /<(?:[a-z]+:)?urlset[\s>]/i.test(head)
      ? 'urlset'
      : /^\s*https?:\/\//i.test(head)
        ? 'text'
        : 'unknown';
  const locs: string[] = [];
  let truncated = false;
  if (kind === 'text') {
    for (const line of text.split(/\r?\n/)) {
      const url = line.trim();
      if (!/^https?:\/\//i.test(url)) continue;
      if (locs.length >= SITEMAP_MAX_URLS) {
        truncated = true;
        break;
      }
      locs.push(url);
    }
    return { kind, locs, truncated };
  }
  if (kind === 'unknown') return { kind, locs, truncated };
  LOC.lastIndex = 0;
  for (let match = LOC.exec(text); match; match = LOC.exec(text)) {
    if (locs.length >= SITEMAP_MAX_URLS) {
      truncated = true;
      break;
    }
    locs.push(unescapeXml(match[1] ?? ''));
  }
  return { kind, locs, truncated, ...(kind === 'index' ? { lastmods: indexLastmods(text) } : {}) };
}

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e] ?? e);
}

/** Each child's <lastmod> in an index, by <loc>: an index lists a few files, so a second scan of its text is cheap. */
function indexLastmods(text: string): Map<string, string> {
  const lastmods = new Map<string, string>();
  INDEX_ENTRY.lastIndex = 0;
  for (let entry = INDEX_ENTRY.exec(text); entry && lastmods.size < SITEMAP_MAX_URLS; entry = INDEX_ENTRY.exec(text)) {
    const body = entry[1] ?? '';
    LOC.lastIndex = 0;
    const loc = LOC.exec(body)?.[1];
    const lastmod = LASTMOD.exec(body)?.[1];
    if (loc && lastmod) lastmods.set(unescapeXml(loc), lastmod);
  }
  return lastmods;
}

export interface SitemapReading {
  /** Same-site page URLs from every sitemap read. */
  readonly urls: string[];
  /** Sitemap files fetched. */
  readonly files: string[];
  /** Notes for diagnostics: skipped, failed or truncated sitemaps. */
  readonly notes: string[];
  /**
   * Catalogue files of an index read this time (CATALOGUE_CHILD_RANK), each with the page URLs it listed: discovery
   * remembers one that listed no policy page, so the next scans need not read it again (SitemapOptions.skip).
   */
  readonly catalogue: { readonly url: string; readonly urls: readonly string[] }[];
  /** Catalogue files not read because SitemapOptions.skip said so. */
  readonly skipped: number;
  /** Files asked this time that answered 404 or 410 (a guessed /sitemap.xml the site does not have). */
  readonly absent: string[];
  /**
   * Files not asked because their index, read this time, gives the same <lastmod> for them as when they were read
   * (sitemaps.org: the time that file was modified): their remembered entries stand, as on a 304.
   */
  readonly vouched: number;
  /**
   * The files the next scan may ask for conditionally: each read this time (200 with validators, or 304), and each
   * remembered one this scan did not read (skipped, over the caps, or failing: a failed fetch never replaces a good
   * reading). A file that answered 404 or 410, or is no longer listed, is forgotten.
   */
  readonly remembered: SitemapState[];
}

export interface SitemapOptions {
  /**
   * A catalogue file of an index that listed no policy page at a recent scan: not read this time, though it counts
   * against SITEMAP_MAX_FILES as if read. Only such files are asked about; a sitemap named in robots.txt and a
   * content-pages file are read at every scan.
   */
  readonly skip?: (url: string) => boolean;
  /**
   * The file as the last scan read it, when it may be reused (discovery-rules.ts `reusable`): asked for with its
   * validators, and on 304 its remembered entries stand for the body.
   */
  readonly previous?: (url: string) => SitemapState | undefined;
  /** Which entries of a urlset are worth remembering (policy-page candidates); default every one. */
  readonly remember?: (url: string) => boolean;
  /** The discovery rules the remembered entries are read under (SitemapState.rules). */
  readonly rules?: string;
  /** The time a file read this scan is stamped with (SitemapState.readAt); default now. */
  readonly readAt?: string;
}

/**
 * Entries a remembered file holds at most: a bigger index, or a urlset with more candidates than this, is not
 * remembered, and is read in full at every scan rather than carried in the database.
 */
export const SITEMAP_REMEMBER_MAX_LOCS = 1000;

/**
 * Read the given sitemaps (robots.txt's and /sitemap.xml) breadth-first: every file at most once (a self-listing
 * index stops), at most SITEMAP_MAX_FILES files and SITEMAP_MAX_DEPTH levels, each capped in bytes and entries,
 * and every fetch taken from the site's request budget. Failures only add a note: sitemaps are optional.
 */
export async function readSitemaps(
  roots: readonly string[],
  site: URL,
  fetcher: PageFetcher,
  budget: RequestBudget,
  options: SitemapOptions = {},
): Promise<SitemapReading> {
  const seen = new Set<string>();
  const urls = new Set<string>();
  const files: string[] = [];
  const notes: string[] = [];
  const catalogue: { url: string; urls: string[] }[] = [];
  const remembered: SitemapState[] = [];
  const absent: string[] = [];
  const isCatalogue = (url: string, depth: number) => depth > 0 && sitemapChildRank(url) === CATALOGUE_CHILD_RANK;
  /** A remembered file this scan does not read stays remembered. */
  const keepUnread = (url: string) => {
    const previous = options.previous?.(url);
    if (previous) remembered.push(previous);
  };
  let skipped = 0;
  let vouched = 0;
  const stamp = options.readAt ?? new Date().toISOString();
  /** The <lastmod> each child was given by the index that listed it, this scan. */
  const listedLastmod = new Map<string, string>();
  let level = roots.map((root) => root.split('#')[0] ?? root);
  for (let depth = 0; depth <= SITEMAP_MAX_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    const batch: string[] = [];
    for (const url of level) {
      if (seen.has(url)) continue;
      seen.add(url);
      // A file not read because it listed no policy page at a recent scan keeps its place under the cap: a re-scan then
      // reads the files the first scan read, not the next ones over the cap in its stead (issue 12: an unchanged
      // re-scan of a shop with a dozen product files read four more of them each time, and scored every entry).
      if (files.length + batch.length + skipped + vouched >= SITEMAP_MAX_FILES) {
        notes.push(`sitemap ${url} skipped: more than ${SITEMAP_MAX_FILES} sitemap files`);
        keepUnread(url);
        continue;
      }
      if (isCatalogue(url, depth) && options.skip?.(url)) {
        skipped += 1;
        keepUnread(url);
        continue;
      }
      const listed = listedLastmod.get(url);
      const previous = listed === undefined ? undefined : options.previous?.(url);
      if (previous?.kind === 'urlset' && previous.listedLastmod === listed) {
        // Vouched for by its index: read as on a 304, without asking (counted under the cap as if read), and as
        // current as the index that vouched for it (SitemapState.readAt).
        vouched += 1;
        remembered.push({ ...previous, readAt: stamp });
        for (const page of previous.locs) urls.add(page);
        if (isCatalogue(url, depth)) catalogue.push({ url, urls: [...previous.locs] });
        continue;
      }
      if (!budget.take()) {
        notes.push(`sitemap ${url} skipped: crawl.maxPagesPerSite reached`);
        keepUnread(url);
        continue;
      }
      batch.push(url);
    }
    const outcomes = await Promise.all(
      batch.map((url) => {
        const validators = validatorsOf(options.previous?.(url));
        return fetcher.fetch(url, { purpose: 'sitemap', maxBytes: SITEMAP_MAX_BYTES, ...(validators ? { validators } : {}) }).then((o) => [url, o] as const);
      }),
    );
    for (const [url, outcome] of outcomes) {
      files.push(url);
      if (!outcome.ok) {
        // A missing /sitemap.xml is normal, and a file gone is forgotten (said in a few words); any other failure is
        // worth its reason, and leaves the remembered file as it was.
        const { kind, reason, status } = outcome.failure;
        notes.push(kind === 'not-found' ? `sitemap: none at ${onSite(url, site)}${status === undefined ? '' : ` (${status})`}` : `sitemap ${url}: ${reason}`);
        if (GONE_STATUSES.has(outcome.failure.status ?? 0)) absent.push(url);
        else keepUnread(url);
        continue;
      }
      const read = readFile(url, outcome.page, site, options, listedLastmod.get(url), stamp);
      if (!read) {
        notes.push(`sitemap ${url}: answered 304 to a request that named no validator; not read`);
        continue;
      }
      if (read.truncated) notes.push(`sitemap ${url}: more than ${SITEMAP_MAX_URLS} entries, the rest ignored`);
      if (read.state) remembered.push(read.state);
      if (read.kind === 'index') {
        for (const child of read.locs) if (!seen.has(child)) next.push(child);
        for (const [child, lastmod] of Object.entries(read.lastmods ?? {})) if (!listedLastmod.has(child)) listedLastmod.set(child, lastmod);
        if (depth === SITEMAP_MAX_DEPTH && read.locs.length > 0) notes.push(`sitemap ${url}: nested deeper than ${SITEMAP_MAX_DEPTH}, ignored`);
        continue;
      }
      for (const page of read.locs) urls.add(page);
      if (isCatalogue(url, depth)) catalogue.push({ url, urls: [...read.locs] });
    }
    // Content pages before catalogue files, so a big catalogue cannot crowd the policy pages out of the file cap.
    level = next.map((url, i) => ({ url, i, rank: sitemapChildRank(url) })).sort((a, b) => a.rank - b.rank || a.i - b.i).map((x) => x.url);
  }
  return { urls: [...urls], files, notes, catalogue, skipped, absent, vouched, remembered };
}

/** What one sitemap answer lists: same-site child sitemaps (index) or pages (urlset), and what to remember of it. */
interface FileRead {
  readonly kind: SitemapState['kind'];
  readonly locs: readonly string[];
  readonly truncated: boolean;
  /** An index: its children's <lastmod>, by child URL. */
  readonly lastmods?: Readonly<Record<string, string>>;
  readonly state?: SitemapState;
}

/** A URL as a note names it: its path on the site's own origin ("/sitemap.xml"), else in full. */
function onSite(url: string, site: URL): string {
  const parsed = new URL(url);
  return parsed.origin === site.origin ? `${parsed.pathname}${parsed.search}` : url;
}

/**
 * One sitemap answer read: a 304 gives back the remembered entries (the file is as the last scan read it); a 200 is
 * parsed, and remembered when it came with validators. A urlset is remembered as its candidates only
 * (SitemapOptions.remember), which is all a 304 needs to give back. Undefined for a 304 with nothing remembered.
 */
function readFile(url: string, page: FetchedPage, site: URL, options: SitemapOptions, listedLastmod: string | undefined, readAt: string): FileRead | undefined {
  const listed = { ...(listedLastmod === undefined ? {} : { listedLastmod }), readAt };
  if (page.notModified) {
    const previous = options.previous?.(url);
    if (!previous) return undefined;
    const validators = renewedValidators(page, previous);
    const { listedLastmod: _before, readAt: _then, ...rest } = previous;
    return { kind: previous.kind, locs: previous.locs, truncated: false, ...(previous.lastmods ? { lastmods: previous.lastmods } : {}), state: { ...rest, ...validators, ...listed } };
  }
  const parsed = parseSitemap(page.body);
  const kind = parsed.kind === 'index' ? 'index' : 'urlset';
  const locs: string[] = [];
  /** Each <loc> as written, resolved once: an index's <lastmod>s are keyed by the same URLs as its locs. */
  const resolvedLocs = new Map<string, string>();
  // Child sitemaps must stay on the site (a sitemap index cannot send us to another host), and so must pages.
  for (const loc of parsed.locs) {
    const resolved = resolveSameSite(loc, site);
    if (!resolved) continue;
    locs.push(resolved);
    if (parsed.lastmods) resolvedLocs.set(loc, resolved);
  }
  // An index's children's <lastmod>, by their resolved URLs: a dated child is one of its locs (past the cap, neither is read).
  const lastmods: Record<string, string> = {};
  for (const [loc, lastmod] of parsed.lastmods ?? []) {
    const resolved = resolvedLocs.get(loc);
    if (resolved) lastmods[resolved] = lastmod;
  }
  const dated = Object.keys(lastmods).length > 0 ? { lastmods } : {};
  const validators = validatorsOf(page);
  const kept = kind === 'index' || !options.remember ? locs : locs.filter(options.remember);
  const state: SitemapState | undefined =
    validators && !parsed.truncated && kept.length <= SITEMAP_REMEMBER_MAX_LOCS
      ? { url, ...validators, ...(options.rules ? { rules: options.rules } : {}), kind, locs: kept, ...dated, ...listed }
      : undefined;
  return { kind, locs, truncated: parsed.truncated, ...dated, ...(state ? { state } : {}) };
}
