/**
 * The word classes statement-kind.ts reads: what KIND of statement a unit is, and WHOSE policy it states (issue 11,
 * fifteenth round). One table per kind; an entry is a word or a phrase of words as the unit's lower-case text spells
 * them, or a stem ending in '*' that matches any word it begins. Read as Set look-ups over the unit's words, never as
 * one alternation (the pattern-code budget, DEVELOPERS.md).
 *
 * Classes already held elsewhere are read there, not copied: hedges ("usually", "as a rule") and the shop's own voice
 * from language/voice-words.ts, product and place scopes ("sale items", "express", "Canada") from language/scope.ts,
 * the five policy topics from the classifier's keyword table (src/policy-keywords.ts), carriers, payment providers
 * and other parties' roles from language/third-parties.ts, the cues of an example from language/template-text.ts.
 */
import { EXAMPLE_CUES } from './language/template-text.js';
import { CARRIERS, PARTY_ROLES, PAYMENT_PROVIDERS } from './language/third-parties.js';

/** Kinds a unit can show; the features are named after them (candidate-features.ts: `says:<kind>`). */
export const STATEMENT_KINDS = [
  'conditional',
  'leadingCondition',
  'modal',
  'thirdParty',
  'otherPolicy',
  'otherTopic',
  'narrative',
  'question',
  'hedge',
  'aim',
  'example',
  'option',
  'scope',
  'fragment',
  'shopVoice',
  'customerDuty',
] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** A condition on what follows or precedes: the value holds only when it is met ("if the item arrives damaged …"). */
export const CONDITION_WORDS: readonly string[] = [
  'if', 'unless', 'provided', 'providing', 'whenever', 'depending', 'depends', 'subject to', 'in the event', 'in case',
  'assuming', 'as long as', 'on condition', 'in the instance', 'should you', 'where applicable', 'only if', 'except where',
];

/** A possibility, not a commitment: "you may need to", "it could take", "we would refund". */
export const MODAL_WORDS: readonly string[] = ['may', 'might', 'could', 'would', 'can', 'possibly', 'possible', 'perhaps'];

/**
 * Someone other than the shop as the one whose rule it is: a carrier, a bank or payment provider, a marketplace, a
 * maker or supplier, the law. Their deadline or promise is not the shop's ("UPS delivers within …", "the
 * manufacturer's 2-year warranty", "under the Consumer Rights Act you have 14 days").
 */
export const THIRD_PARTY_WORDS: readonly string[] = [
  ...PARTY_ROLES.flatMap((r) => [r, r.endsWith('y') ? `${r.slice(0, -1)}ies` : `${r}s`]),
  ...CARRIERS,
  ...PAYMENT_PROVIDERS,
  'postal', 'postie', 'driver', 'pudo', 'financial institution', "manufacturer's", 'roaster', 'roasters',
  'amazon', 'ebay', 'etsy', 'marketplace', 'seller', 'sellers', 'vendor', 'vendors', 'third party', 'third-party', 'partner', 'partners',
  'law', 'laws', 'legislation', 'statutory', 'directive', 'regulation', 'regulations', 'consumer rights', 'act', 'legal', 'legally',
  'customs', 'government',
];

/**
 * A policy other than the five this project reads, whose numbers are not a return window or a delivery time: a
 * subscription, a gift card, a pre-order, a cancellation, a claim for damage, a promotion, an industrial action.
 */
export const OTHER_POLICY_WORDS: readonly string[] = [
  'subscri*', 'membership', 'gift card', 'gift cards', 'gift voucher', 'voucher', 'vouchers', 'coupon*', 'promo*', 'discount code',
  'pre-order', 'pre-orders', 'preorder*', 'backorder*', 'back-order*', 'layaway', 'cancel*', 'claim', 'claims', 'strike', 'strikes',
  'loyalty', 'reward', 'rewards', 'points', 'referral', 'competition', 'giveaway', 'raffle', 'repeat & save', 'auto-ship', 'autoship',
  'legacy', 'trial', 'installation', 'installed', 'collection', 'pickup', 'pick-up',
];

/** Past events and the writer's own story: a blog post, an apology, a notice about what happened. */
export const NARRATIVE_WORDS: readonly string[] = [
  'was', 'were', 'had', 'did', 'ago', 'yesterday', 'last year', 'last week', 'last month', 'recently', 'apologies', 'apologise',
  'apologize', 'sorry', 'unfortunately', 'i', "i'm", "i've", "i'd", 'me', 'my', 'story', 'remember', 'happened', 'honestly',
];

/** A question's opening words (an FAQ's question, not its answer). */
export const QUESTION_OPENERS: readonly string[] = [
  'what', 'how', 'when', 'where', 'why', 'which', 'who', 'can i', 'can you', 'do you', 'do i', 'does', 'is there', 'are there', 'will i',
  'will my', 'will you', 'should i', 'what if',
];

/** What the shop tries or expects, not what it promises: "we aim to", "we try", "we do our best", "estimated". */
export const AIM_WORDS: readonly string[] = [
  'aim', 'aims', 'try', 'tries', 'strive', 'strives', 'endeavour', 'endeavor', 'endeavours', 'endeavors', 'our best', 'hope', 'hopefully',
  'expect', 'expected', 'estimate*', 'approximately', 'approx', 'around', 'roughly', 'average', 'should', 'ideally', 'target',
];

/** A worked example, a definition or a template's wording: "for example", "e.g.", "'Opening Hours' means …". */
export const EXAMPLE_WORDS: readonly string[] = [
  // the cues as a unit's words read them: "e.g." is the word "e.g"
  ...EXAMPLE_CUES.map((c) => c.replace(/\.$/, '')),
  'example', 'examples', 'for instance', 'means', 'defined', 'definition', 'hereinafter', 'illustration',
  'sample', 'scenario', 'suppose', 'say you',
];

/** One option among several the shopper chooses, not the standard one: "Premium – …", "PUDO locker", "if paying by". */
export const OPTION_WORDS: readonly string[] = [
  'option', 'options', 'method', 'methods', 'service', 'services', 'tier', 'plan', 'choose', 'chosen', 'select', 'selected', 'upgrade',
  'locker', 'lockers', 'premium', 'paying by', 'pay by', 'first class', '1st class', 'second class', '2nd class', 'tracked 24',
  'tracked 48', 'signed for', 'door-step', 'doorstep', 'click and collect', 'click & collect',
];

/** The shopper's duty, not the shop's: "you must take receipt within 21 days", "you are required to notify us". */
export const CUSTOMER_DUTY_WORDS: readonly string[] = ['you must', 'you are required', 'you need to', 'you will need', 'customer must', 'customers must', 'buyer must', 'you have to', 'please notify', 'let us know', 'notify us', 'contact us within'];
