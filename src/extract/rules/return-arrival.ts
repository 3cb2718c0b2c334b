/**
 * One word class for "counted from the return's arrival" (issue 11, "refund-issuing time … read as the window"): the
 * shop's own steps once the goods are back with it (a refund, a check, a guarantee's payout) are counted from that
 * moment, never the shopper's time to act. The window rule, the refund-time rule and the money-back rule each read it;
 * they wrote it three times over before (RETURN_BACK_ANCHOR, FROM_RECEIPT, AFTER_RECEIPT).
 *
 * Two strengths, each an in-house example:
 * - RETURN_BACK names the shop or the return as the receiver, so it holds in any sentence: "of the return landing at
 *   our warehouse", "after we get it back", "once we have your parcel", "from receipt of your return", "upon the
 *   returned goods being received". ("Of receiving your order" is the shopper's delivery, the window's own anchor, and
 *   is not matched.)
 * - IN_REFUND is a bare receipt, check or arrival, the shop's only inside a sentence about the refund: "refunded within 5
 *   days of receipt", "after inspection", "following our check", "once it arrives", "of the goods being received".
 *   ("Once your return is processed" is not: the refund's own issue, after which the bank's posting time runs.)
 */
import { fencedRegExp } from '../language/pattern-size.js';

/** The words that count a step from a moment: "of", "after", "once", "from", "upon", "on", "following". */
const FROM = '(?:of|after|once|from|upon|on|following)';
/** "The day/date of": "from the date we receive it". */
const DAY_OF = '(?:the (?:day|date) (?:(?:on )?which )?)?';
const RETURN_BACK =
  '(?:(?:we|us) (?:receive|get|have|inspect|check)\\b|(?:the|your) return(?:ed)?(?: (?:item|parcel|goods|package|product|order)s?| [a-z-]+)? (?:arriv|land|reach|(?:is|are|has been|have been|being) (?:received|inspected|checked|back)|gets? back)|(?:receipt|arrival|inspection) of (?:the|your) return|(?:receiving|getting) (?:the|your) return)';
const IN_REFUND =
  "(?:(?:we |us |our )?(?:receiv\\w*|receipt|inspect\\w*|check)|(?:the |your )?(?:return|parcel|items?|package|goods|products?|it|they|them)s? (?:arriv\\w*|reach\\w*|(?:is|are|has been|have been|being) (?:received|inspected|checked|back)))";

/**
 * A duration counted from the return reaching the shop, read right after the duration (`after` is the text that follows
 * it): within `leadChars` characters the counting word, then the moment. `inRefund` lets a bare receipt count.
 */
export function countedFromArrival(leadChars: number, inRefund: boolean): RegExp {
  return fencedRegExp(`^[^.;]{0,${leadChars}}\\b${FROM} ${DAY_OF}(?:${RETURN_BACK}${inRefund ? `|${IN_REFUND}` : ''})`);
}

/** The same moment anywhere in a clause about the refund: "…processed within 5 days, counted from receipt". */
export const FROM_ARRIVAL_IN_REFUND = fencedRegExp(`\\b${FROM} ${DAY_OF}(?:${RETURN_BACK}|${IN_REFUND})`);
