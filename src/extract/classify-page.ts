/**
 * A page's categories (the `category` field): what its address, title and main heading name, and what it states.
 */
import { CATEGORIES, categoryOf, type Category, type TermId, type TermReadings } from '../terms.js';
import { PAGE_NAME_PATTERNS, PAGE_SLUG_PATTERNS, SENTENCE_PATTERNS } from '../policy-keywords.js';
import { splitSentences } from './language/sentences.js';
import { classifyTopic } from './classifier/bayes-topic.js';
import type { TextBlock } from './page-text.js';

export interface PageSignals {
  readonly url: string | null;
  readonly title: string;
  readonly blocks: TextBlock[];
  readonly terms: TermReadings;
}

/** Bayes is asked only when nothing else names a category, and must be at least this sure. */
const BAYES_MIN_SHARE = 0.6;
/**
 * On a page that states terms, a category its address or title names counts only when the text is about it too: at
 * least this share of its sentences, and at least NAMED_MIN_SENTENCES of them, use the category's words. A
 * "/shipping-returns" page whose text is all delivery is a shipping page; a "/delivery-information" page that only
 * explains returns is a returns page.
 */
const NAMED_MIN_SHARE = 0.3;
const NAMED_MIN_SENTENCES = 2;

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
  // Only the last path segment names the page: "/help/returns" is a returns page, not a support page.
  const slug = path.split('/').filter(Boolean).pop() ?? '';
  for (const c of CATEGORIES) if (slug && PAGE_SLUG_PATTERNS[c].test(slug)) named.add(c);
  // Title and main heading: named by the stricter page-name words ("Shipping FAQ" is a shipping page, "FAQ" alone no support page).
  const h1 = page.blocks.find((b) => b.kind === 'heading')?.text ?? '';
  for (const text of [page.title, h1]) for (const c of CATEGORIES) if (text && PAGE_NAME_PATTERNS[c].test(text)) named.add(c);
  const counts = new Map<Category, number>();
  for (const id of Object.keys(page.terms) as TermId[]) counts.set(categoryOf(id), (counts.get(categoryOf(id)) ?? 0) + 1);
  // A page that states a term is about that term's category (the corpus convention, and what a reader of the report
  // expects: a returns page that gives the support email and reply time also tells you about support).
  const out = new Set<Category>(counts.keys());
  if (out.size === 0) for (const c of named) out.add(c);
  else for (const c of named) if (!out.has(c) && textIsAbout(page.blocks, c)) out.add(c);
  if (out.size === 0) {
    const sample = page.blocks.slice(0, 40).map((b) => b.text).join(' ').slice(0, 4000);
    const guess = sample.length > 80 ? classifyTopic(sample) : undefined;
    if (guess && guess.share >= BAYES_MIN_SHARE) out.add(guess.category);
  }
  return CATEGORIES.filter((c) => out.has(c));
}

/**
 * Whether enough of the page's sentences use a category's words to bear out the name it was given. Support's words
 * ("contact", "questions", "help") run through every policy page, so a support name is borne out only by a support
 * term (a channel, hours, a reply time).
 */
function textIsAbout(blocks: readonly TextBlock[], c: Category): boolean {
  if (c === 'support') return false;
  const sentences = blocks.flatMap((b) => (b.kind === 'heading' || b.kind === 'row' ? [b.text] : splitSentences(b.text)));
  const about = sentences.filter((t) => SENTENCE_PATTERNS[c].test(t.toLowerCase())).length;
  return about >= NAMED_MIN_SENTENCES && about >= NAMED_MIN_SHARE * sentences.length;
}
