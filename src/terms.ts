/**
 * The TERMS.md contract written as types: one source for every stage (extract, store, compare, report).
 * Term ids and value shapes are stable; reshaping one needs a store migration.
 */

export const CATEGORIES = ['returns', 'shipping', 'guarantee', 'warranty', 'support'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Money {
  readonly amount: number;
  /** ISO 4217 code, upper case (USD, GBP, EUR, CAD, AUD …). */
  readonly currency: string;
}
export interface Percent {
  readonly percent: number;
}
export interface DayRange {
  readonly min: number;
  readonly max: number;
}
export type RefundMethod = 'original_payment' | 'store_credit' | 'exchange';
export type SupportChannel = 'phone' | 'email' | 'chat' | 'sms' | 'form' | 'social';

/** Value shape of every term id (TERMS.md "value shape" column). */
export interface TermValues {
  'returns.accepted': boolean;
  'returns.window_days': number | 'unlimited';
  'returns.restocking_fee': Percent | Money;
  'returns.return_shipping': 'free' | 'customer';
  'returns.refund_method': RefundMethod[];
  'returns.refund_days': number;
  'returns.exchanges': boolean;
  'returns.final_sale_exclusions': boolean;
  'shipping.free_threshold': Money;
  'shipping.processing_days': DayRange;
  'shipping.delivery_days': DayRange;
  'shipping.express_available': boolean;
  'shipping.international': boolean;
  /** "HH:MM", 24-hour local time; the zone goes on the reading's `timezone`. */
  'shipping.cutoff_time': string;
  'shipping.tracking': boolean;
  'guarantee.money_back_days': number | 'unlimited';
  'guarantee.satisfaction': boolean;
  'guarantee.price_match': boolean;
  'warranty.duration_months': number | 'lifetime';
  'warranty.extended_available': boolean;
  /** opening_hours string (OpenStreetMap syntax), e.g. "Mo-Fr 09:00-17:00" or "24/7". */
  'support.hours': string;
  'support.channels': SupportChannel[];
  'support.response_hours': number;
}

export type TermId = keyof TermValues;
export type TermValue = TermValues[TermId];

/** Every term id in catalogue order (the order of rows in reports). */
export const TERM_IDS = [
  'returns.accepted',
  'returns.window_days',
  'returns.restocking_fee',
  'returns.return_shipping',
  'returns.refund_method',
  'returns.refund_days',
  'returns.exchanges',
  'returns.final_sale_exclusions',
  'shipping.free_threshold',
  'shipping.processing_days',
  'shipping.delivery_days',
  'shipping.express_available',
  'shipping.international',
  'shipping.cutoff_time',
  'shipping.tracking',
  'guarantee.money_back_days',
  'guarantee.satisfaction',
  'guarantee.price_match',
  'warranty.duration_months',
  'warranty.extended_available',
  'support.hours',
  'support.channels',
  'support.response_hours',
] as const satisfies readonly TermId[];

export function isTermId(id: string): id is TermId {
  return (TERM_IDS as readonly string[]).includes(id);
}

export function categoryOf(id: TermId): Category {
  return id.slice(0, id.indexOf('.')) as Category;
}

/** Where a reading came from: the page's prose/tables, or schema.org JSON-LD markup. */
export type TermSource = 'text' | 'json-ld';

export interface TermVariant<V = TermValue> {
  readonly value: V;
  /** What the variant applies to, e.g. "electronics", "sale items". */
  readonly scope: string;
  readonly evidence: string;
}

/** One term as read from one page: the `terms[id]` object of the extract JSON. */
export interface TermReading<V = TermValue> {
  readonly value: V;
  /** The sentence, table row or JSON-LD node it was read from, at most 300 characters. */
  readonly evidence: string;
  /** 0..1 */
  readonly confidence: number;
  readonly source?: TermSource;
  /** Headings above the evidence, outermost first, e.g. ["Returns", "Exceptions"]. */
  readonly headingPath?: string[];
  /** For support.hours and shipping.cutoff_time: the zone as written ("ET", "GMT", "AEST"). */
  readonly timezone?: string;
  readonly variants?: TermVariant<V>[];
  /** Set when JSON-LD and prose (or two JSON-LD blocks) disagree: the other reading(s), kept for the report. */
  readonly conflict?: { value: V; evidence: string; source: TermSource }[];
}

export type TermReadings = { [K in TermId]?: TermReading<TermValues[K]> };

/** The JSON printed by `servicediff extract` (TERMS.md contract), plus optional warnings. */
export interface ExtractResult {
  readonly url: string | null;
  readonly category: Category[];
  readonly terms: TermReadings;
  /** Non-fatal notes, e.g. "malformed JSON-LD block skipped". Not part of the TERMS.md contract; extra keys are allowed. */
  readonly warnings?: string[];
}

/** Maximum evidence length in characters (TERMS.md). */
export const EVIDENCE_MAX_CHARS = 300;
