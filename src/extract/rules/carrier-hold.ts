/**
 * One word class for a parcel the carrier holds or brings back instead of delivering it — refused, unclaimed,
 * uncollected from a locker or post office, undeliverable, returned to sender, held at a depot, deemed lost — read by
 * the returns side (such a parcel is no shopper's return: other-policy.ts, return-cost-frame.ts) and by the shipping
 * clocks (its days are a holding period, not transit: shipping.ts OTHER_CLOCK). Each alternative an in-house example:
 * "returned to the sender", "goes back to the sender", "undeliverable post", "refused parcels", "if you refuse delivery", "parcels left
 * uncollected", "an incorrect address", "insufficient shipping information", "a failed delivery", "delivery was attempted", "held at the depot for 7 days", "the post office keeps it
 * for collection", "the carrier stores the parcel for 10 days", "not delivered within 21 days are considered lost".
 */
export const CARRIER_HOLD =
  fenced(/\b(?:return\w*|back)(?: [a-z]+){0,3} to (?:the )?sender\b|\bundeliverable\b|\brefus(?:ed|es?|ing)(?: to accept)? (?:the |your |a |an )?(?:deliver(?:y|ies)|packages?|parcels?|shipments?|orders?)\b|\b(?:unclaimed|uncollected|not collected|not picked up)\b|\b(?:incorrect|incomplete|insufficient|invalid|inaccurate|wrong) (?:shipping |delivery |postal )?(?:address|information|details)\b|\b(?:failed|unsuccessful) deliver(?:y|ies)\b|\bdelivery (?:is|has been|was) attempted\b|\b(?:held|kept|stored) (?:at|for|by)\b|\b(?:holds?|keeps?|stores?)\b[^.;]{0,30}\b(?:depot|post office|collection point|pick-?up point|branch|for collection)\b|\b(?:holds?|keeps?|stores?) (?:the |your |a )?(?:parcels?|packages?|shipments?|items?) for\b|\b(?:considered|deemed|presumed|treated as) (?:lost|missing|delivered|abandoned)\b/);
import { fenced } from '../language/pattern-size.js';

