/**
 * The service elements customers talk about (issue 14's exact ids), each mapped to the TERMS.md term ids whose
 * importance it decides. `product_quality` and `other` are recognised so that what is not a service element is set
 * aside; they map to no term.
 */
import type { TermId } from '../terms.js';

export const ELEMENT_IDS = [
  'returns',
  'return_shipping_cost',
  'exchanges',
  'shipping_cost',
  'delivery_speed',
  'order_processing',
  'tracking',
  'international_shipping',
  'guarantee',
  'price_match',
  'warranty',
  'support_hours',
  'response_time',
  'support_channels',
  'staff_friendliness',
  'product_quality',
  'other',
] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

/** Elements that are about service (the ones that get a tier and weigh the comparison). */
export const SERVICE_ELEMENTS: readonly ElementId[] = ELEMENT_IDS.filter((e) => e !== 'product_quality' && e !== 'other');

/** Element → the TERMS.md terms it speaks about. An element without terms (friendliness) is reported, never weighed. */
export const ELEMENT_TERMS: Readonly<Record<ElementId, readonly TermId[]>> = {
  returns: ['returns.accepted', 'returns.window_days', 'returns.refund_method', 'returns.refund_days', 'returns.restocking_fee', 'returns.final_sale_exclusions'],
  return_shipping_cost: ['returns.return_shipping'],
  exchanges: ['returns.exchanges'],
  shipping_cost: ['shipping.free_threshold'],
  delivery_speed: ['shipping.delivery_days', 'shipping.express_available'],
  order_processing: ['shipping.processing_days', 'shipping.cutoff_time'],
  tracking: ['shipping.tracking'],
  international_shipping: ['shipping.international'],
  guarantee: ['guarantee.money_back_days', 'guarantee.satisfaction'],
  price_match: ['guarantee.price_match'],
  warranty: ['warranty.duration_months', 'warranty.extended_available'],
  support_hours: ['support.hours'],
  response_time: ['support.response_hours'],
  support_channels: ['support.channels'],
  staff_friendliness: [],
  product_quality: [],
  other: [],
};

/** Words a person reads in the output. */
export const ELEMENT_LABELS: Readonly<Record<ElementId, string>> = {
  returns: 'Returns and refunds',
  return_shipping_cost: 'Return shipping cost',
  exchanges: 'Exchanges',
  shipping_cost: 'Shipping cost',
  delivery_speed: 'Delivery speed',
  order_processing: 'Order processing (packing, dispatch, wrong or missing items)',
  tracking: 'Tracking',
  international_shipping: 'International shipping',
  guarantee: 'Money-back / satisfaction guarantee',
  price_match: 'Price match',
  warranty: 'Warranty',
  support_hours: 'Support hours and reachability',
  response_time: 'Support response time',
  support_channels: 'Support channels',
  staff_friendliness: 'Staff friendliness',
  product_quality: 'Product quality (not a service element)',
  other: 'Other (not a service element)',
};

export function isElementId(value: string): value is ElementId {
  return (ELEMENT_IDS as readonly string[]).includes(value);
}
