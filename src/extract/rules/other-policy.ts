/**
 * Refunds that belong to another policy than returns (issue 11, "another policy's refund read as the returns policy"):
 * a price promise that refunds the difference, a cancelled order's refund, a card hold released by the bank, a
 * faulty item sent back under warranty. Such a unit says nothing of how a change-of-mind return works, so the returns
 * rules do not read it. Each row an in-house example.
 */
import type { Unit } from '../rule-types.js';

export type OtherPolicy = 'price-promise' | 'cancellation' | 'payment-hold' | 'faulty-remedy';

const OTHER_POLICY_CUES: readonly [OtherPolicy, RegExp][] = [
  // "we'll refund the difference to your card", "request a price promise refund", "found it cheaper within 14 days"
  ['price-promise', /\b(?:refund|credit|pay|reimburse)(?:ing|ed)? (?:you )?(?:the |any )?(?:price )?difference\b|\brefund (?:for|of) the (?:price )?difference\b|\bprice[- ](?:promise|match(?:ing)?|beat|guarantee|adjustment)\b|\b(?:better|lower|cheaper) price\b/],
  // "if your order was cancelled, your account is refunded within 3-5 days"
  // (A UK "right to cancel" within 14 days of delivery is the return window and is not matched: it cancels a contract.)
  // "cancellations incur a $20 fee, deducted from the original payment before a refund is issued"
  ['cancellation', /\b(?:your |an |the )?orders? (?:was|is|has been|gets|are|were|have been) cancell?ed\b|\bcancell?ed (?:orders?|before (?:dispatch|shipping))\b|\bcancell?ations? (?:will |may |shall )?(?:incur|carry|attract|are subject to|are charged)\b/],
  // "a temporary hold on your card is released by your bank within 5 days"
  ['payment-hold', /\b(?:temporary|pending|pre-?authori[sz]ation) (?:hold|charge|authori[sz]ation)\b|\bhold on your (?:card|account)\b|\bcharged twice\b|\bdouble charge\b/],
  // "All defective merchandise may be returned for a replacement within 180 days", "(damage exception only)"
  ['faulty-remedy', /^(?:[a-z]+ )?(?:all |any |the )?(?:defective|faulty|damaged|broken|doa|dead[- ]on[- ]arrival)\b (?:merchandise|items?|products?|goods|units?|parts?)\b(?! (?:and|or) )/],
];

/** The other policy a unit speaks of, or undefined when it may be about returns. */
export function otherPolicyOf(unit: Unit): OtherPolicy | undefined {
  for (const [policy, re] of OTHER_POLICY_CUES) if (re.test(unit.norm) && !(policy === 'price-promise' && NAMES_RETURN_POLICY.test(unit.norm))) return policy;
  return undefined;
}

/** Pages whose address names a policy other than returns: their refunds are that policy's, unless a returns section says otherwise. */
const OTHER_POLICY_PAGE = /\/[^/?#]*(?:warrant|price-?(?:match|promise|beat|guarantee)|price_match)[^/?#]*(?:[/?#]|$)/i;
const RETURNS_PAGE = /return|refund|exchange|trial/i;

/** "During our 30-day return period": a unit that names the returns policy itself is read even on such a page. */
const NAMES_RETURN_POLICY = /\b\d+[- ]day returns? (?:period|window|policy)\b/;

/** Whether a unit on an other-policy page still speaks of the returns policy. */
export function namesReturnPolicy(unit: Unit): boolean {
  // A "When you'll receive your refund" section of a price-promise page is that promise's refund: only a heading that
  // names returns or exchanges (or the unit itself) makes it the returns policy.
  return (unit.sectionTopic === 'returns' && unit.headingPath.some((h) => RETURNS_HEADING.test(h))) || NAMES_RETURN_POLICY.test(unit.norm);
}
const RETURNS_HEADING = /\breturn|\bexchange|\bsend(?:ing)? (?:it |them |items? )?back\b/i;

/** Whether the page's address names a warranty or price-promise policy and not returns. */
export function isOtherPolicyPage(url: string | null): boolean {
  if (!url) return false;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  return OTHER_POLICY_PAGE.test(path) && !RETURNS_PAGE.test(path);
}

/**
 * A money-back promise that needs nothing sent back ("you do not have to return anything", "keep the product"): on
 * such a page a unit about the money back is the guarantee's, not the returns policy (test/corpus/README.md: "a
 * money-back guarantee that does not mention sending the item back"). Units about returning are still read.
 */
const NO_RETURN_NEEDED =
  /\b(?:do not|don't|does not|doesn't|never|won't|will not) (?:even )?(?:have|need) to (?:return|send|post|ship) (?:anything|it|them|the (?:product|item|goods|bottle|box)s?)?\b|\bno need to (?:return|send (?:anything|it|them) back)\b|\bkeep (?:the|your) (?:product|item|goods|bottles?)\b|\bnothing to (?:send|return) back\b/;
const MONEY_BACK_UNIT = /\bmoney[- ]back\b|\bguarantee|\b(?:100%|fully|completely) satisf/;

/** Which units may give returns terms on this page: not the guarantee's units when the guarantee needs no return. */
export function returnsReadingFilter(url: string | null, units: readonly Unit[]): (unit: Unit) => boolean {
  const otherPage = isOtherPolicyPage(url);
  const keepsGoods = units.some((u) => NO_RETURN_NEEDED.test(u.norm) && !NEGATED_NEED.test(u.norm));
  return (unit) => (!otherPage || namesReturnPolicy(unit)) && !(keepsGoods && MONEY_BACK_UNIT.test(unit.norm) && !RETURNS_HEADING.test(unit.norm.replace(/\breturn policy\b/g, '')));
}
/** "If you do not have to return anything, …" is not said by the shop when it is a condition. */
const NEGATED_NEED = /\bif you (?:do not|don't) (?:have|need) to return\b/;
