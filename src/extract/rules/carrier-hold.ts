/**
 * One word class for a parcel the carrier holds or brings back instead of delivering it — refused, unclaimed,
 * uncollected from a locker or post office, undeliverable, returned to sender — read by the returns side (such a
 * parcel is no shopper's return: other-policy.ts, return-cost-frame.ts). Each alternative an in-house example:
 * "returned to the sender", "undeliverable post", "refused parcels", "parcels left uncollected", "an incorrect
 * address", "a failed delivery", "delivery was attempted".
 */
export const CARRIER_RETURN =
  /\breturn\w*(?: [a-z]+){0,3} to (?:the )?sender\b|\bundeliverable\b|\brefused (?:deliver(?:y|ies)|packages?|parcels?|shipments?)\b|\b(?:unclaimed|uncollected|not collected|not picked up)\b|\bincorrect (?:shipping )?address\b|\b(?:failed|unsuccessful) deliver(?:y|ies)\b|\bdelivery (?:is|has been|was) attempted\b/;
