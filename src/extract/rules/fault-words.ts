/**
 * One word class for a fault of the goods or the shop's error, read by every returns rule that sets the faulty-goods
 * case apart (issue 11: "nothing from the faulty-goods remedy", test/real/README.md): the faulty-only page
 * (other-policy.ts), who pays the trip back (return-cost-frame.ts, returns.ts), an exchange or a window that is the
 * remedy's (returns.ts). Each alternative an in-house example: "arrives damaged", "a defective unit", "faulty goods",
 * "broken on arrival", "DOA", "the item is incorrect", "not as described", "different from the picture" (not "different from what you expected": a change of mind), "sent in
 * error", "our mistake", "we made an error", "a manufacturing defect", "a fault", "the wrong item was sent", "we sent you
 * the wrong size", "we packed the wrong item" (not "you ordered the wrong size": that is a change of mind). "Non-defective" is its opposite, and an incorrect address is the shopper's error, not a fault.
 * The words are fenced (language/pattern-size.ts) once here, so every pattern that embeds them compiles small.
 */
import { fenceGroups, fencedRegExp } from '../language/pattern-size.js';

export const FAULT_WORDS = fenceGroups(
  "(?<!non-)(?:damaged|defective|faulty|broken|doa|dead on arrival|incorrect(?! (?:shipping |delivery |postal |billing )?address)|not as (?:described|ordered|pictured)|do(?:es)? not match the description|different from (?:what (?:was |you )?(?:ordered|described|pictured|advertised|shown|listed)|the (?:description|picture|photo|image|listing|website|one (?:you )?ordered))|in error|our (?:error|mistake|fault)|we (?:made|make) (?:a |an )?(?:error|mistake)|manufacturing (?:fault|defect)s?|faults?|defects?|wrong (?:items?|products?|goods|orders?|parcels?|size) (?:was |were |is |are |has been |have been )?(?:sent|delivered|received|shipped|supplied)|(?:sent|delivered|received|shipped|supplied|sending|delivering|packed|packing|picked|dispatched|posted|mailed) (?:you )?(?:the|a) wrong)",
);

/** A fault named anywhere in a text. */
export const FAULT = fencedRegExp(`\\b${FAULT_WORDS}\\b`);

/** Words that open the case a remedy is named for: "if it arrives damaged", "in the unlikely event of a fault". */
export const FAULT_CASE_LEAD = fenceGroups('(?:if|when|where|should|in case|in the (?:unlikely )?event)');

/** A limit to faulty goods: "only if the goods are faulty", "for defective items only". */
export const ONLY_FAULT = fencedRegExp(`\\b(?:only|solely)\\b[^.]{0,50}\\b${FAULT_WORDS}\\b|\\b${FAULT_WORDS}[^.]{0,20}\\bonly\\b`);
