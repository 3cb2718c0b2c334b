/**
 * TERMS.md's "better for the customer" column as data: how two values of each term are ordered.
 * verdict.ts applies these; nothing else in compare/ knows which direction a term runs.
 */
import type { TermId } from '../terms.js';

/**
 * How values of a term are ranked for the customer.
 * - `boolean-true` / `boolean-false`: the stated boolean that is better (`true` for "offers X", `false` for exclusions).
 * - `higher` / `lower`: a number (or "unlimited"/"lifetime", which beat every number when higher is better).
 * - `fee-lower`: a percent or a money amount; amounts only compare in the same currency.
 * - `money-lower`: money only, same currency only.
 * - `free-first`: "free" beats "customer".
 * - `set-more`: a superset is better; sets that differ both ways are "different".
 * - `range-lower-max`: {min,max} days, the lower max wins, then the lower min.
 * - `time-later`: "HH:MM", the later cutoff wins.
 * - `hours-more`: an opening_hours string, more weekly hours of cover win, then more days covered.
 */
export type Direction =
  | 'boolean-true'
  | 'boolean-false'
  | 'higher'
  | 'lower'
  | 'fee-lower'
  | 'money-lower'
  | 'free-first'
  | 'set-more'
  | 'range-lower-max'
  | 'time-later'
  | 'hours-more';

/** One row per term of TERMS.md, in catalogue order. */
export const TERM_DIRECTIONS: { readonly [K in TermId]: Direction } = {
  'returns.accepted': 'boolean-true',
  'returns.window_days': 'higher',
  'returns.restocking_fee': 'fee-lower',
  'returns.return_shipping': 'free-first',
  'returns.refund_method': 'set-more',
  'returns.refund_days': 'lower',
  'returns.exchanges': 'boolean-true',
  // "sale items are final sale" = true is worse for the customer
  'returns.final_sale_exclusions': 'boolean-false',
  'shipping.free_threshold': 'money-lower',
  'shipping.processing_days': 'range-lower-max',
  'shipping.delivery_days': 'range-lower-max',
  'shipping.express_available': 'boolean-true',
  'shipping.international': 'boolean-true',
  'shipping.cutoff_time': 'time-later',
  'shipping.tracking': 'boolean-true',
  'guarantee.money_back_days': 'higher',
  'guarantee.satisfaction': 'boolean-true',
  'guarantee.price_match': 'boolean-true',
  'warranty.duration_months': 'higher',
  'warranty.extended_available': 'boolean-true',
  'support.hours': 'hours-more',
  'support.channels': 'set-more',
  'support.response_hours': 'lower',
};

/** Short human labels for terms, used as row names in every rendering. */
export const TERM_LABELS: { readonly [K in TermId]: string } = {
  'returns.accepted': 'Returns accepted',
  'returns.window_days': 'Return window',
  'returns.restocking_fee': 'Restocking fee',
  'returns.return_shipping': 'Return shipping',
  'returns.refund_method': 'Refund methods',
  'returns.refund_days': 'Refund time',
  'returns.exchanges': 'Exchanges',
  'returns.final_sale_exclusions': 'Final-sale exclusions',
  'shipping.free_threshold': 'Free-shipping threshold',
  'shipping.processing_days': 'Processing time',
  'shipping.delivery_days': 'Delivery time',
  'shipping.express_available': 'Express shipping',
  'shipping.international': 'International shipping',
  'shipping.cutoff_time': 'Order cutoff',
  'shipping.tracking': 'Tracking',
  'guarantee.money_back_days': 'Money-back guarantee',
  'guarantee.satisfaction': 'Satisfaction guarantee',
  'guarantee.price_match': 'Price match',
  'warranty.duration_months': 'Warranty',
  'warranty.extended_available': 'Extended warranty',
  'support.hours': 'Support hours',
  'support.channels': 'Support channels',
  'support.response_hours': 'Support reply time',
};
