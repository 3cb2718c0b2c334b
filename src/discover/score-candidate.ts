/**
 * Pure scoring of one candidate URL (with its link text, if any) against every category, using the tables of
 * link-patterns.ts. No I/O: discover-pages.ts gathers candidates and keeps the best per category.
 */
import { CATEGORIES, type Category } from '../terms.js';
import {
  LINK_TEXT_PATTERNS,
  MIN_SCORE,
  NOISE_PATTERNS,
  REGION_BONUS,
  SHARED_PAGE_PATTERNS,
  SLUG_PATTERNS,
  SOURCE_BONUS,
  type LinkRegion,
  type WeightedPattern,
} from './link-patterns.js';

export type CandidateSource = keyof typeof SOURCE_BONUS;

/** A URL seen somewhere during discovery. */
export interface CandidateInput {
  readonly url: string;
  readonly source: CandidateSource;
  /** Anchor text (links only). */
  readonly text?: string;
  /** Where on the home page the link was (links only). */
  readonly region?: LinkRegion;
}

/** The score of a candidate for one category, with the human reason it would be kept for. */
export interface CategoryScore {
  readonly category: Category;
  readonly score: number;
  readonly reason: string;
  /** true when a text or slug pattern of the category matched; false when only a shared-page pattern (a FAQ) did. */
  readonly dedicated: boolean;
}

/** Longest link text quoted in a reason; nav links sometimes wrap a whole mega-menu. */
const MAX_QUOTED_TEXT = 60;

function best(patterns: readonly WeightedPattern[], subject: string): number {
  let top = 0;
  for (const { pattern, weight } of patterns) if (weight > top && pattern.test(subject)) top = weight;
  return top;
}

/** Lower-cased, percent-decoded path (plus query) of a URL, the subject of slug patterns. */
export function slugOf(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname + parsed.search;
    try {
      return decodeURIComponent(path).toLowerCase();
    } catch {
      return path.toLowerCase();
    }
  } catch {
    return '';
  }
}

/**
 * The page's own name as a slug subject: its last path segment (with the query), e.g. "/returns" of
 * "/help/returns". The folders above it say where the page lives, not what it is about.
 */
export function pageNameOf(slug: string): string {
  const query = slug.indexOf('?');
  const path = query < 0 ? slug : slug.slice(0, query);
  const last = path.split('/').filter(Boolean).at(-1) ?? '';
  return `/${last}${query < 0 ? '' : slug.slice(query)}`;
}

/** Why a candidate of this source would be kept, e.g. "footer link 'Returns & Refunds'". */
export function describeSource(input: CandidateInput): string {
  switch (input.source) {
    case 'config':
      return 'named in config';
    case 'sitemap':
      return `sitemap entry ${slugOf(input.url) || input.url}`;
    case 'slug':
      return `well-known path ${slugOf(input.url) || input.url}`;
    case 'link': {
      const text = (input.text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUOTED_TEXT);
      const where = input.region && input.region !== 'body' ? `${input.region} link` : 'link';
      return text ? `${where} '${text}'` : `${where} to ${slugOf(input.url)}`;
    }
  }
}

/** Penalty for shop noise (/products/, /blog/, /collections/, assets). */
export function noisePenalty(url: string): number {
  const slug = slugOf(url);
  let penalty = 0;
  for (const { pattern, weight } of NOISE_PATTERNS) if (pattern.test(slug)) penalty = Math.max(penalty, weight);
  return penalty;
}

/**
 * Scores of a candidate for every category it plausibly serves (score ≥ MIN_SCORE), best first. A text or slug
 * pattern must match; region and source only add to a match, and noise subtracts.
 *
 * The page's own name (its link text and last path segment) outranks its folders: "/help/returns" is a returns page
 * that lives in a help folder, so it still may serve support, but it is not dedicated to support (a "/support" page
 * listed only in the sitemap is the better support candidate, and support is still probed when nothing else names it).
 * A folder counts in full when the page's own name names no category ("/returns/policy").
 */
export function scoreCandidate(input: CandidateInput): CategoryScore[] {
  const slug = slugOf(input.url);
  const text = (input.text ?? '').replace(/\s+/g, ' ').trim();
  const bonus = SOURCE_BONUS[input.source] + (input.region ? REGION_BONUS[input.region] : 0) - noisePenalty(input.url);
  const reason = describeSource(input);
  const name = pageNameOf(slug);
  const matches = CATEGORIES.map((category) => ({
    category,
    fromText: text ? best(LINK_TEXT_PATTERNS[category], text) : 0,
    fromSlug: best(SLUG_PATTERNS[category], slug),
    named: best(SLUG_PATTERNS[category], name) > 0,
  }));
  const namesAny = matches.some((m) => m.fromText > 0 || m.named);
  const scores = new Map<Category, { score: number; dedicated: boolean }>();
  for (const { category, fromText, fromSlug, named } of matches) {
    if (fromText === 0 && fromSlug === 0) continue;
    scores.set(category, { score: fromText + fromSlug + bonus, dedicated: fromText > 0 || named || !namesAny });
  }
  for (const shared of SHARED_PAGE_PATTERNS) {
    if (!shared.pattern.test(text) && !shared.pattern.test(slug.replace(/[-_/]+/g, ' '))) continue;
    for (const category of shared.categories) {
      const score = shared.weight + bonus;
      if (score > (scores.get(category)?.score ?? -Infinity)) scores.set(category, { score, dedicated: false });
    }
  }
  return [...scores]
    .filter(([, { score }]) => score >= MIN_SCORE)
    .map(([category, { score, dedicated }]) => ({ category, score, reason, dedicated }))
    .sort((a, b) => b.score - a.score);
}
