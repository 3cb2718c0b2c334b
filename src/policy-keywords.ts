/**
 * The words that say a text is about one policy category: one table per category, and the only one. Discovery
 * reads it to score link texts and URL slugs (discover/link-patterns.ts), the crawl to decide whether a static page
 * already holds a sentence of the category it was found for (crawl/needs-browser.ts), and the extractor to name a
 * page's and a section's topic (extract/classifier/topic-keywords.ts). A word added here is seen by all three.
 * Neutral module: no stage imports flow from it, so extract/ stays free of fetch/ and the browser.
 */
import { CATEGORIES, type Category } from './terms.js';

/** One word or short phrase of a category, with how much it says in each place it can appear. */
export interface PolicyWord {
  /**
   * Regular-expression source, matched case-insensitively from a word start. Write `SEP` (below) between the words
   * of a phrase so that "money back", "money-back" and "money_back" all match, in prose and in URL slugs alike.
   */
  readonly word: string;
  /**
   * How surely a link text built on this word leads to the category's own page, 0–10 (discovery's weight); 0 when
   * the word only talks about the topic ("courier" is said on a shipping page, but no footer link is named so).
   */
  readonly link: number;
  /** Weight of the word anywhere in a URL path ("/help/return-an-item"), 0–10; 0 when it is not a slug word. */
  readonly slug: number;
  /**
   * false when the word names a link or a path but says nothing about a sentence or heading it appears in ("help":
   * "we are happy to help" is about nothing in particular). Default true.
   */
  readonly topic?: false;
  /**
   * false when the word is said on a page of the category but does not name one in its title or main heading
   * ("Opening hours" heads a section of a contact page; a page titled "FAQ" may be about anything). Default true.
   */
  readonly pageName?: false;
  /**
   * false when the word marks a sentence of the category but is too common to name a section by its heading ("email
   * us any time" is a support sentence; a heading "Questions? Email us" closes a returns page). Default true.
   */
  readonly heading?: false;
  /** What it is meant to catch, written in-house. */
  readonly example: string;
}

/** Between the words of a phrase: a space, hyphen or underscore, or nothing ("moneyback"). */
const SEP = '[\\s_-]*';

export const POLICY_WORDS: Record<Category, readonly PolicyWord[]> = {
  returns: [
    { word: 'return', link: 7, slug: 5, example: 'Returns; you can return it within 30 days' },
    { word: 'refund', link: 7, slug: 5, example: 'Refunds; refunded to your card' },
    { word: 'exchang', link: 5, slug: 4, example: 'Exchanges; we exchange sizes' },
    { word: 'rma\\b', link: 0, slug: 0, example: 'ask for an RMA number' },
    { word: `send(?:ing)?${SEP}(?:it${SEP})?back`, link: 0, slug: 0, example: 'sending it back is easy' },
    { word: 'cancell?ation', link: 0, slug: 0, example: 'Cancellations' },
  ],
  shipping: [
    { word: 'ship', link: 7, slug: 5, example: 'Shipping; orders ship in a day' },
    { word: 'deliver', link: 6, slug: 5, example: 'Delivery; delivered in 3 days' },
    { word: 'dispatch', link: 4, slug: 5, example: 'Dispatch times' },
    { word: 'postage', link: 6, slug: 0, example: 'Postage & packing' },
    { word: 'freight', link: 0, slug: 0, example: 'freight to remote areas' },
    { word: 'courier', link: 0, slug: 0, example: 'the courier brings it' },
    { word: `track(?:ing)?${SEP}(?:your${SEP})?order|order${SEP}tracking`, link: 0, slug: 0, example: 'track your order' },
    { word: 'transit', link: 0, slug: 0, example: 'three days in transit' },
  ],
  guarantee: [
    { word: `money${SEP}back`, link: 10, slug: 10, example: 'Money-back guarantee' },
    { word: 'satisfaction', link: 9, slug: 9, example: 'Satisfaction promise' },
    { word: `price${SEP}(?:match|promise|protection|adjust)`, link: 9, slug: 9, example: 'Price match' },
    { word: 'happiness', link: 9, slug: 0, topic: false, example: 'Happiness promise (also "our happiness team": not a topic)' },
    { word: 'guarantee', link: 8, slug: 8, example: 'Our guarantee' },
    { word: 'promise', link: 4, slug: 0, topic: false, example: 'The Acme promise (also "we promise to reply": not a topic)' },
  ],
  warranty: [
    { word: 'warrant', link: 10, slug: 10, example: 'Warranty; warranted against defects' },
    { word: `(?:protection|care)${SEP}plan`, link: 6, slug: 6, example: 'Protection plans' },
    { word: 'repair', link: 3, slug: 0, example: 'Repairs; we repair it free' },
    { word: 'defect', link: 0, slug: 0, example: 'defects in materials' },
  ],
  support: [
    { word: `customer${SEP}(?:service|care|support)`, link: 10, slug: 4, example: 'Customer service' },
    { word: 'contact', link: 9, slug: 4, example: 'Contact us' },
    { word: `get${SEP}in${SEP}touch`, link: 9, slug: 0, example: 'Get in touch' },
    { word: `help${SEP}(?:desk|cent(?:er|re))`, link: 7, slug: 4, pageName: false, example: 'Help centre (a help-centre article is about its own subject)' },
    { word: 'support', link: 7, slug: 4, example: 'Support' },
    { word: 'help\\b', link: 7, slug: 4, topic: false, example: 'Help (also "happy to help": not a topic)' },
    { word: `reach${SEP}us`, link: 0, slug: 0, example: 'ways to reach us' },
    { word: `faqs?\\b|frequently${SEP}asked`, link: 6, slug: 0, pageName: false, example: 'FAQ' },
    { word: 'hours', link: 0, slug: 0, pageName: false, example: 'opening hours' },
    { word: `call${SEP}us`, link: 0, slug: 0, pageName: false, example: 'call us on weekdays' },
    { word: `e-?mail|phone|chat\\b`, link: 0, slug: 0, pageName: false, heading: false, example: 'email us, or chat with us' },
  ],
};

/** A record with one entry per category, in CATEGORIES order. */
export function perCategory<T>(entry: (category: Category) => T): Record<Category, T> {
  const out = {} as Record<Category, T>;
  for (const c of CATEGORIES) out[c] = entry(c);
  return out;
}

/** Where a word may start: at a word boundary in prose, after any non-letter in a URL path ("my_returns", "-refund-"). */
const WORD_START = { prose: '\\b', slug: '(?<![a-z])' } as const;

/** One case-insensitive alternation of the given words, each anchored at a word start; never matches when empty. */
function alternation(words: readonly PolicyWord[], start: keyof typeof WORD_START): RegExp {
  return words.length === 0 ? /$^/ : new RegExp(`${WORD_START[start]}(?:${words.map((w) => w.word).join('|')})`, 'i');
}
const wordsPattern = (words: readonly PolicyWord[]): RegExp => alternation(words, 'prose');

/** Per category, the words that make a sentence about it. */
export const SENTENCE_PATTERNS: Record<Category, RegExp> = perCategory((c) => wordsPattern(POLICY_WORDS[c].filter((w) => w.topic !== false)));

/** Per category, the words that make a section heading about it. */
export const TOPIC_PATTERNS: Record<Category, RegExp> = perCategory((c) => wordsPattern(POLICY_WORDS[c].filter((w) => w.topic !== false && w.heading !== false)));

/** Whether a word names a page of its category (in a title, main heading or URL), not only talks about it. */
function namesPage(w: PolicyWord): boolean {
  return w.topic !== false && w.heading !== false && w.pageName !== false;
}

/** Per category, the words that name a page in its title or main heading. */
export const PAGE_NAME_PATTERNS: Record<Category, RegExp> = perCategory((c) => wordsPattern(POLICY_WORDS[c].filter(namesPage)));

/** One pattern for URL paths: a word starts after a non-letter ("/returns", "my_returns", "-refund-"). */
export function slugPattern(words: readonly PolicyWord[]): RegExp {
  return alternation(words, 'slug');
}

/** Per category, the slug words that name a page ("/pages/shipping-policy" is a shipping page; "/pages/help" is no support page). */
export const PAGE_SLUG_PATTERNS: Record<Category, RegExp> = perCategory((c) => slugPattern(POLICY_WORDS[c].filter((w) => w.slug > 0 && namesPage(w))));
