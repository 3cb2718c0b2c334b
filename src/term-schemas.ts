/**
 * Runtime validators for the TERMS.md value shapes, used where values enter from outside the extractor:
 * `you.terms` declared in config, and documents read back from the database.
 */
import { z } from 'zod';
import type { TermId } from './terms.js';

const currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD');
const money = z.strictObject({ amount: z.number().nonnegative(), currency });
const percent = z.strictObject({ percent: z.number().min(0).max(100) });
const days = z.number().int().nonnegative();
const range = z
  .strictObject({ min: days, max: days })
  .refine((r) => r.min <= r.max, 'min must not exceed max');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time "HH:MM"');

export const TERM_VALUE_SCHEMAS: { readonly [K in TermId]: z.ZodType } = {
  'returns.accepted': z.boolean(),
  'returns.window_days': z.union([days, z.literal('unlimited')]),
  'returns.restocking_fee': z.union([percent, money]),
  'returns.return_shipping': z.enum(['free', 'customer']),
  'returns.refund_method': z.array(z.enum(['original_payment', 'store_credit', 'exchange'])).min(1),
  'returns.refund_days': days,
  'returns.exchanges': z.boolean(),
  'returns.final_sale_exclusions': z.boolean(),
  'shipping.free_threshold': money,
  'shipping.processing_days': range,
  'shipping.delivery_days': range,
  'shipping.express_available': z.boolean(),
  'shipping.international': z.boolean(),
  'shipping.cutoff_time': hhmm,
  'shipping.tracking': z.boolean(),
  'guarantee.money_back_days': z.union([days, z.literal('unlimited')]),
  'guarantee.satisfaction': z.boolean(),
  'guarantee.price_match': z.boolean(),
  'warranty.duration_months': z.union([z.number().int().nonnegative(), z.literal('lifetime')]),
  'warranty.extended_available': z.boolean(),
  'support.hours': z.string().min(1),
  'support.channels': z.array(z.enum(['phone', 'email', 'chat', 'sms', 'form', 'social'])).min(1),
  'support.response_hours': z.number().int().nonnegative(),
};
