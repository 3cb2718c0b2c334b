/**
 * Term values as short human text ("30 days", "USD 50", "Mo-Fr 09:00-17:00 (40 h/week)"). The result is still
 * untrusted (currencies and hours strings come from pages): callers escape it for their output.
 */
import { weeklyCover } from '../compare/support-hours.js';
import type { Verdict } from '../compare/verdict.js';
import type { TermObservation } from '../model.js';
import type { DayRange, Money, Percent, TermId, TermValue } from '../terms.js';

const CHANNEL_LABELS: Record<string, string> = { original_payment: 'original payment', store_credit: 'store credit' };

export function formatValue(term: TermId, value: TermValue): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  switch (term) {
    case 'returns.window_days':
    case 'guarantee.money_back_days':
    case 'returns.refund_days':
      return typeof value === 'number' ? plural(value, 'day') : String(value);
    case 'warranty.duration_months':
      return typeof value === 'number' ? plural(value, 'month') : String(value);
    case 'support.response_hours':
      return typeof value === 'number' ? plural(value, 'hour') : String(value);
    case 'returns.restocking_fee': {
      const fee = value as Percent | Money;
      if ('percent' in fee) return fee.percent === 0 ? 'none' : `${fee.percent}%`;
      return money(fee);
    }
    case 'shipping.free_threshold': {
      const m = value as Money;
      return m.amount === 0 ? `every order (${m.currency})` : `over ${money(m)}`;
    }
    case 'shipping.processing_days':
    case 'shipping.delivery_days': {
      const r = value as DayRange;
      return r.min === r.max ? plural(r.max, 'day') : `${r.min}–${r.max} days`;
    }
    case 'support.hours': {
      const cover = weeklyCover(String(value));
      return cover ? `${String(value)} (${cover.hours} h/week)` : String(value);
    }
    default:
      if (Array.isArray(value)) return value.map((v) => CHANNEL_LABELS[v] ?? String(v)).join(', ');
      if (typeof value === 'object' && value !== null) return JSON.stringify(value);
      return String(value);
  }
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

function money(m: Money): string {
  return `${m.currency} ${Number.isInteger(m.amount) ? m.amount : m.amount.toFixed(2)}`;
}

/** The value of an observation with its timezone, when the term carries one (cutoff, hours). */
export function formatObservation(term: TermId, observation: TermObservation): string {
  const zone = observation.reading.timezone;
  if (!zone) return formatValue(term, observation.reading.value);
  if (term === 'support.hours') {
    const cover = weeklyCover(String(observation.reading.value));
    return `${String(observation.reading.value)} ${zone}${cover ? ` (${cover.hours} h/week)` : ''}`;
  }
  return `${formatValue(term, observation.reading.value)} ${zone}`;
}

/** The matrix symbol of each verdict (from your side): ✓ identical, ▲ you are better, ▼ you are worse. */
export const VERDICT_SYMBOLS: Record<Verdict, string> = {
  identical: '✓',
  better: '▲',
  worse: '▼',
  different: '≠',
  'only-you': '○',
  'only-them': '●',
  neither: '·',
  'different-currency': '¤',
};

/** Words for the legend and the per-competitor sections. */
export const VERDICT_WORDS: Record<Verdict, string> = {
  identical: 'identical',
  better: 'you are better',
  worse: 'they are better',
  different: 'different (no order)',
  'only-you': 'only you state it',
  'only-them': 'only they state it',
  neither: 'neither states it',
  'different-currency': 'different currency',
};

/** "3 days" of age for a stale value. */
export function ageText(days: number): string {
  return days === 0 ? 'today' : plural(days, 'day') + ' old';
}
