/**
 * Stemmed keywords per category: the fast, explainable half of topic classification (the Bayes model in
 * bayes-topic.ts is the other half, for text the keywords do not cover). The words themselves live in
 * src/policy-keywords.ts, which discovery and the crawl's render decision read too.
 */
import { TOPIC_PATTERNS } from '../../policy-keywords.js';
import type { Category } from '../../terms.js';

/** Heading / title / sentence words per category, from the one keyword table (src/policy-keywords.ts). */
export const TOPIC_KEYWORDS: Record<Category, RegExp> = TOPIC_PATTERNS;

/** Categories a short text (heading, title) names, in table order. */
export function topicsOf(text: string): Category[] {
  const out: Category[] = [];
  for (const [cat, re] of Object.entries(TOPIC_KEYWORDS) as [Category, RegExp][]) if (re.test(text)) out.push(cat);
  return out;
}

/** The single topic a heading names, or null when it names none or several ("Shipping & Returns"). */
export function topicOf(text: string): Category | null {
  const t = topicsOf(text);
  return t.length === 1 ? t[0]! : null;
}
