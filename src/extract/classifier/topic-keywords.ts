/**
 * Stemmed keyword tables per category: the fast, explainable half of topic classification
 * (the Bayes model in bayes-topic.ts is the other half, for text the tables do not cover).
 */
import type { Category } from '../../terms.js';

/** Heading / URL / title words per category, as regex stems ("Returns & Exchanges" → returns). */
export const TOPIC_KEYWORDS: Record<Category, RegExp> = {
  returns: /\b(?:return|refund|exchang|rma\b|send(?:ing)? (?:it )?back|cancell?ation)/i,
  shipping: /\b(?:ship|deliver|dispatch|postage|freight|courier|track(?:ing)? (?:your )?order|order tracking|transit)/i,
  guarantee: /\b(?:guarantee|money[- ]back|satisfaction|price[- ](?:match|promise|protection|adjust))/i,
  warranty: /\b(?:warrant|defect|repair|protection plan|care plan)/i,
  support: /\b(?:contact|support|customer (?:service|care)|help ?(?:desk|center|centre)|hours|get in touch|reach us|call us|faq)/i,
};

/** URL path words per category ("/pages/shipping-policy", "/returns", "/help/contact-us"). */
export const URL_KEYWORDS: Record<Category, RegExp> = {
  returns: /return|refund|exchange/i,
  shipping: /shipping|delivery|dispatch/i,
  guarantee: /guarantee|price-?match|satisfaction/i,
  warranty: /warrant/i,
  support: /contact|support|customer-?(?:service|care)/i,
};

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
