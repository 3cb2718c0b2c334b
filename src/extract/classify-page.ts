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

/**
 * A page that states no term and whose address, title and heading name nothing is about the category most of its
 * sentences use the words of, when at least this many do and no other category has as many. On the tuning pages the
 * keyword count was right 134 times in 160 and the Bayes model 115 (it calls generic prose a guarantee page).
 */
const MAJORITY_MIN_SENTENCES = 2;
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
    const guess = mostTalkedAbout(page.blocks);
    if (guess) out.add(guess);
  }
  return CATEGORIES.filter((c) => out.has(c));
}

/** The page's sentences, headings and table rows as the keyword counts read them. */
function sentencesOf(blocks: readonly TextBlock[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'heading' || b.kind === 'row' ? [b.text] : splitSentences(b.text)));
}

/**
 * The category most sentences use the words of: alone at the top with at least MAJORITY_MIN_SENTENCES, or, when
 * categories tie, the one the Bayes model picks among the tied (a tie it breaks towards another category is no answer).
 */
function mostTalkedAbout(blocks: readonly TextBlock[]): Category | undefined {
  const sentences = sentencesOf(blocks).map((t) => t.toLowerCase());
  const counts = CATEGORIES.map((c) => ({ c, n: sentences.filter((t) => SENTENCE_PATTERNS[c].test(t)).length }));
  const max = Math.max(...counts.map((x) => x.n));
  if (max === 0) return undefined;
  const top = counts.filter((x) => x.n === max).map((x) => x.c);
  if (top.length === 1 && max >= MAJORITY_MIN_SENTENCES) return top[0];
  const sample = blocks.slice(0, 40).map((b) => b.text).join(' ').slice(0, 4000);
  const guess = classifyTopic(sample);
  return guess && top.includes(guess.category) ? guess.category : undefined;
}

/**
 * Whether enough of the page's sentences use a category's words to bear out the name it was given. Support's words
 * ("contact", "questions", "help") run through every policy page, so a support name is borne out only by a support
 * term (a channel, hours, a reply time).
 */
function textIsAbout(blocks: readonly TextBlock[], c: Category): boolean {
  if (c === 'support') return false;
  const sentences = sentencesOf(blocks);
  const about = sentences.filter((t) => SENTENCE_PATTERNS[c].test(t.toLowerCase())).length;
  return about >= NAMED_MIN_SENTENCES && about >= NAMED_MIN_SHARE * sentences.length;
}
