/**
 * A page's categories (the `category` field): what its address, title and main heading name, and what it states.
 */
import { CATEGORIES, categoryOf, type Category, type TermId, type TermReadings } from '../terms.js';
import { TOPIC_KEYWORDS, URL_KEYWORDS } from './classifier/topic-keywords.js';
import { classifyTopic } from './classifier/bayes-topic.js';
import type { TextBlock } from './page-text.js';

export interface PageSignals {
  readonly url: string | null;
  readonly title: string;
  readonly blocks: TextBlock[];
  readonly terms: TermReadings;
}

/** A category whose terms are stated this many times counts even when the address and title do not name it. */
const TERMS_FOR_CATEGORY = 2;
/** Bayes is asked only when nothing else names a category, and must be at least this sure. */
const BAYES_MIN_SHARE = 0.6;

export function pageCategories(page: PageSignals): Category[] {
  const named = new Set<Category>();
  let path = '';
  if (page.url) {
    try {
      path = new URL(page.url).pathname;
    } catch {
      path = page.url;
    }
  }
  for (const c of CATEGORIES) if (path && URL_KEYWORDS[c].test(path)) named.add(c);
  const h1 = page.blocks.find((b) => b.kind === 'heading')?.text ?? '';
  for (const text of [page.title, h1]) for (const c of CATEGORIES) if (text && TOPIC_KEYWORDS[c].test(text)) named.add(c);
  const counts = new Map<Category, number>();
  for (const id of Object.keys(page.terms) as TermId[]) counts.set(categoryOf(id), (counts.get(categoryOf(id)) ?? 0) + 1);
  const out = new Set<Category>(named);
  for (const [c, n] of counts) if (n >= TERMS_FOR_CATEGORY || named.size === 0) out.add(c);
  if (out.size === 0) {
    const sample = page.blocks.slice(0, 40).map((b) => b.text).join(' ').slice(0, 4000);
    const guess = sample.length > 80 ? classifyTopic(sample) : undefined;
    if (guess && guess.share >= BAYES_MIN_SHARE) out.add(guess.category);
  }
  return CATEGORIES.filter((c) => out.has(c));
}
