/**
 * schema.org JSON-LD → readings (stage 2 of the cascade, highest confidence).
 * Reads MerchantReturnPolicy, OfferShippingDetails / ShippingDeliveryTime, WarrantyPromise and ContactPoint /
 * OpeningHoursSpecification wherever they sit: top level, arrays, @graph, or nested under other nodes
 * (Organization.hasMerchantReturnPolicy, Offer.shippingDetails …). A block that does not parse is skipped with a warning.
 */
import type { RefundMethod, SupportChannel, TermId, TermValues } from '../terms.js';
import { hhmm } from './language/clock.js';
import { daySelector, isValidOpeningHours, WEEK } from './language/day-spans.js';
import { evidenceOf } from './evidence.js';

export type JsonLdReading = {
  [K in TermId]: { readonly term: K; readonly value: TermValues[K]; readonly evidence: string; readonly block: number; readonly timezone?: string };
}[TermId];

export interface JsonLdResult {
  readonly readings: JsonLdReading[];
  readonly warnings: string[];
}

/** Confidence of a JSON-LD reading: the shop stated it in machine-readable form. */
export const JSON_LD_CONFIDENCE = 0.97;
/** Nodes deeper than this are not visited (guards hostile nesting). */
const MAX_DEPTH = 40;
/** At most this many nodes per page are visited. */
const MAX_NODES = 20_000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Node = { [k: string]: Json };

/** schema.org enumeration values (full IRIs or short names) → what they mean for a term. */
const RETURN_CATEGORY: Record<string, 'finite' | 'unlimited' | 'none' | 'unspecified'> = {
  MerchantReturnFiniteReturnWindow: 'finite',
  MerchantReturnUnlimitedWindow: 'unlimited',
  MerchantReturnNotPermitted: 'none',
  MerchantReturnUnspecified: 'unspecified',
};
const RETURN_FEES: Record<string, 'free' | 'customer'> = {
  FreeReturn: 'free',
  ReturnFeesCustomerResponsibility: 'customer',
  ReturnShippingFees: 'customer',
};
const REFUND_TYPES: Record<string, RefundMethod> = {
  FullRefund: 'original_payment',
  StoreCreditRefund: 'store_credit',
  ExchangeRefund: 'exchange',
};
/** UN/CEFACT unit codes used by QuantitativeValue.unitCode, and plain words. */
const UNIT_MONTHS: Record<string, number> = { ANN: 12, YEAR: 12, MON: 1, MONTH: 1, DAY: 1 / 30, WEE: 7 / 30, WEEK: 7 / 30 };
const DAY_IRIS: Record<string, string> = {
  Monday: 'Mo', Tuesday: 'Tu', Wednesday: 'We', Thursday: 'Th', Friday: 'Fr', Saturday: 'Sa', Sunday: 'Su', PublicHolidays: 'PH',
};

function short(value: Json | undefined): string {
  if (typeof value !== 'string') return '';
  return value.replace(/^https?:\/\/schema\.org\//i, '').replace(/^schema:/i, '');
}
function types(node: Node): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).map((x) => short(x as Json));
}
function num(value: Json | undefined): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value)) return Number(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) return num(value.value);
  return undefined;
}
function asArray(value: Json | undefined): Json[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}
function isNode(value: Json | undefined): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readJsonLd(blocks: string[]): JsonLdResult {
  const readings: JsonLdReading[] = [];
  const warnings: string[] = [];
  blocks.forEach((raw, block) => {
    let data: Json;
    try {
      data = JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '').trim()) as Json;
    } catch (error) {
      warnings.push(`malformed JSON-LD block ${block + 1} skipped: ${(error instanceof Error ? error.message : String(error)).slice(0, 120)}`);
      return;
    }
    let visited = 0;
    const visit = (value: Json | undefined, depth: number): void => {
      if (depth > MAX_DEPTH || visited > MAX_NODES) return;
      if (Array.isArray(value)) {
        for (const v of value) visit(v, depth + 1);
        return;
      }
      if (!isNode(value)) return;
      visited++;
      const t = types(value);
      const add = (r: Omit<JsonLdReading, 'block' | 'evidence'>): void => {
        readings.push({ ...r, block, evidence: evidenceOf(JSON.stringify(value)) } as JsonLdReading);
      };
      if (t.includes('MerchantReturnPolicy')) returnPolicy(value, add);
      if (t.includes('OfferShippingDetails') || t.includes('ShippingDeliveryTime')) shippingDetails(value, add);
      if (t.includes('WarrantyPromise')) warranty(value, add);
      if (t.includes('ContactPoint')) contactPoint(value, add);
      for (const [k, v] of Object.entries(value)) if (k !== '@context') visit(v, depth + 1);
    };
    visit(data, 0);
  });
  return { readings, warnings };
}

type Add = (r: Omit<JsonLdReading, 'block' | 'evidence'>) => void;

function returnPolicy(node: Node, add: Add): void {
  const category = RETURN_CATEGORY[short(node.returnPolicyCategory)];
  const days = num(node.merchantReturnDays);
  if (category === 'none') add({ term: 'returns.accepted', value: false });
  else if (category === 'finite' || category === 'unlimited' || days !== undefined) add({ term: 'returns.accepted', value: true });
  if (category === 'unlimited') add({ term: 'returns.window_days', value: 'unlimited' });
  else if (days !== undefined && days >= 0 && category !== 'none') add({ term: 'returns.window_days', value: Math.round(days) });
  const fees = RETURN_FEES[short(node.returnFees)];
  if (fees) add({ term: 'returns.return_shipping', value: fees });
  else if (num(node.returnShippingFeesAmount) !== undefined) {
    add({ term: 'returns.return_shipping', value: num(node.returnShippingFeesAmount) === 0 ? 'free' : 'customer' });
  }
  const restocking = node.restockingFee;
  if (isNode(restocking) && num(restocking.value) !== undefined && typeof restocking.currency === 'string') {
    add({ term: 'returns.restocking_fee', value: { amount: num(restocking.value)!, currency: restocking.currency.toUpperCase() } });
  } else if (num(restocking) !== undefined) {
    add({ term: 'returns.restocking_fee', value: { percent: num(restocking)! } });
  }
  const methods = asArray(node.refundType)
    .map((r) => REFUND_TYPES[short(r)])
    .filter((m): m is RefundMethod => m !== undefined);
  if (methods.length) add({ term: 'returns.refund_method', value: [...new Set(methods)] });
}

function range(q: Json | undefined): { min: number; max: number } | undefined {
  if (!isNode(q)) return undefined;
  const min = num(q.minValue) ?? num(q.value);
  const max = num(q.maxValue) ?? num(q.value);
  if (min === undefined || max === undefined || min > max || max > 365) return undefined;
  return { min: Math.round(min), max: Math.round(max) };
}

function shippingDetails(node: Node, add: Add): void {
  const time = isNode(node.deliveryTime) ? node.deliveryTime : node;
  const handling = range(time.handlingTime);
  if (handling) add({ term: 'shipping.processing_days', value: handling });
  const transit = range(time.transitTime);
  if (transit) add({ term: 'shipping.delivery_days', value: transit });
  const cutoff = typeof time.cutoffTime === 'string' ? /^(\d{2}):(\d{2})/.exec(time.cutoffTime) : null;
  if (cutoff) {
    const zone = /([+-]\d{2}:?\d{2}|Z)$/.exec(String(time.cutoffTime))?.[1];
    add({ term: 'shipping.cutoff_time', value: `${cutoff[1]}:${cutoff[2]}`, ...(zone ? { timezone: zone === 'Z' ? 'UTC' : `UTC${zone}` } : {}) });
  }
  const rate = node.shippingRate;
  if (isNode(rate) && num(rate.value) === 0 && typeof rate.currency === 'string') {
    add({ term: 'shipping.free_threshold', value: { amount: 0, currency: rate.currency.toUpperCase() } });
  }
  const threshold = node.freeShippingThreshold;
  if (isNode(threshold) && num(threshold.value) !== undefined && typeof threshold.currency === 'string') {
    add({ term: 'shipping.free_threshold', value: { amount: num(threshold.value)!, currency: threshold.currency.toUpperCase() } });
  }
}

function warranty(node: Node, add: Add): void {
  const d = node.durationOfWarranty;
  if (!isNode(d)) return;
  const value = num(d.value);
  const unit = String(d.unitCode ?? d.unitText ?? '').toUpperCase().replace(/S$/, '');
  const factor = UNIT_MONTHS[unit];
  if (value === undefined || factor === undefined) return;
  const months = Math.round(value * factor);
  if (months >= 1) add({ term: 'warranty.duration_months', value: months });
}

function contactPoint(node: Node, add: Add): void {
  const channels: SupportChannel[] = [];
  if (typeof node.telephone === 'string' && node.telephone.trim()) channels.push('phone');
  if (typeof node.email === 'string' && node.email.trim()) channels.push('email');
  if (channels.length) add({ term: 'support.channels', value: channels });
  const rules: string[] = [];
  for (const spec of asArray(node.hoursAvailable)) {
    if (!isNode(spec)) continue;
    const days = asArray(spec.dayOfWeek)
      .map((d) => DAY_IRIS[short(d)])
      .filter((d): d is string => d !== undefined);
    const opens = typeof spec.opens === 'string' ? /^(\d{1,2}):(\d{2})/.exec(spec.opens) : null;
    const closes = typeof spec.closes === 'string' ? /^(\d{1,2}):(\d{2})/.exec(spec.closes) : null;
    if (!days.length || !opens || !closes) continue;
    const from = Number(opens[1]) * 60 + Number(opens[2]);
    let to = Number(closes[1]) * 60 + Number(closes[2]);
    if (to === 0) to = 24 * 60;
    const week = days.filter((d) => WEEK.includes(d));
    if (from === 0 && to >= 23 * 60 + 59 && week.length === 7) {
      rules.push('24/7');
      continue;
    }
    if (week.length && to > from) rules.push(`${daySelector(week)} ${hhmm(from)}-${hhmm(to)}`);
  }
  const value = rules.includes('24/7') ? '24/7' : rules.join('; ');
  if (value && isValidOpeningHours(value)) add({ term: 'support.hours', value });
}
