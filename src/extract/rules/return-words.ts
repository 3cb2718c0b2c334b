/**
 * One word class for goods moving back to the shop without the word "return" (issue 11): "send it back", "post the
 * jars back to us", "bring them back", "items shipped back", "we accept it back", "taken back". The window rule's
 * return words (returns.ts RETURN_WORDS) and the final-sale rule's test for a sentence about returns read it; they
 * spelt it separately before. other-policy.ts spells its own class (MOVE_BACK_VERB in RETURN_NAMED) on purpose: it
 * takes any object but money ("we send the money back in full" is a refund, which this class's "send … back" would
 * read as goods moving back) and adds "courier", but not "take" or "accept".
 *
 * Two strengths, each an in-house example:
 * - a verb of posting or carrying, with up to a few words before "back": "post unplayed-with toys back", "mail the
 *   unopened jars back";
 * - any verb of moving or taking goods, its object (if any) right before "back": "shipped back", "take them back",
 *   "accept it back".
 * "Back order" and "back-ordered" are stock, never a trip back.
 */
import { fencedRegExp } from '../language/pattern-size.js';

const OBJECT = '(?:it |them |items? |products? |goods |the (?:item|goods|product)s? |anything |something )?';
const NOT_STOCK = '(?![- ]?order)';

/** The class as a pattern source, for the rules that embed it in a longer pattern. */
export const MOVE_BACK_SOURCE = `(?:(?:send|bring|post|mail)\\b[^.]{0,30}\\bback${NOT_STOCK}|(?:send|sent|ship|mail|post|bring|take|taken|accept)(?:ped|ed)? ${OBJECT}back${NOT_STOCK})`;

/** Goods moving back named anywhere in a text. */
export const MOVE_BACK = fencedRegExp(`\\b${MOVE_BACK_SOURCE}\\b`);
