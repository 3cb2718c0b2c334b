/**
 * The one value formatter of every output (reports, `compare`, `history`, `scan`, `reextract`, CSV): term values as
 * short human text ("30 days", "USD 50", "Mo-Fr 09:00-17:00 (40 h/week)"), changes as "before → after", and counted
 * nouns ("1 problem"). The result is still untrusted (currencies and hours strings come from pages): callers escape
 * it for their output.
 */
import { weeklyCover } from '../compare/support-hours.js';
import { isUnsure } from '../compare/unsure.js';
import type { Verdict } from '../compare/verdict.js';
import type { TermObservation } from '../model.js';
import { count } from '../text/count.js';
import type { DayRange, Money, Percent, TermId, TermValue } from '../terms.js';

/** Words for the list values that are stored as identifiers (refund methods, support channels). */
const LIST_LABELS: Record<string, string> = { original_payment: 'original payment', store_credit: 'store credit', sms: 'SMS' };

/** A term's value in words; `timezone` (cutoff time, support hours) follows the value it qualifies. */
export function formatValue(term: TermId, value: TermValue, timezone?: string): string {
  if (timezone && (term === 'support.hours' || term === 'shipping.cutoff_time')) {
    const cover = term === 'support.hours' ? weeklyCover(String(value)) : undefined;
    return `${String(value)} ${timezone}${cover ? ` (${cover.hours} h/week)` : ''}`;
  }
  return valueWords(term, value);
}

function valueWords(term: TermId, value: TermValue): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  switch (term) {
    case 'returns.window_days':
    case 'guarantee.money_back_days':
    case 'returns.refund_days':
      return typeof value === 'number' ? count(value, 'day') : String(value);
    case 'warranty.duration_months':
      return typeof value === 'number' ? count(value, 'month') : String(value);
    case 'support.response_hours':
      return typeof value === 'number' ? count(value, 'hour') : String(value);
    case 'returns.restocking_fee': {
      const fee = value as Percent | Money;
      if (typeof fee !== 'object' || fee === null) return String(fee);
      if ('percent' in fee) return fee.percent === 0 ? 'none' : `${fee.percent}%`;
      return fee.amount === 0 ? 'none' : money(fee);
    }
    case 'shipping.free_threshold': {
      const m = value as Money;
      if (typeof m !== 'object' || m === null) return String(m);
      // Amount 0 is TERMS.md's "free on every order": no currency to name.
      return m.amount === 0 ? 'free on every order' : `over ${money(m)}`;
    }
    case 'shipping.processing_days':
    case 'shipping.delivery_days': {
      const r = value as DayRange;
      if (typeof r !== 'object' || r === null) return String(r);
      return r.min === r.max ? count(r.max, 'day') : `${r.min}–${r.max} days`;
    }
    case 'support.hours': {
      const cover = weeklyCover(String(value));
      return cover ? `${String(value)} (${cover.hours} h/week)` : String(value);
    }
    default:
      if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => LIST_LABELS[v] ?? String(v)).join(', ');
      if (typeof value === 'object' && value !== null) return JSON.stringify(value);
      return String(value);
  }
}

/** A term change in words: "appeared: 30 days", "removed (was yes)", "30 days → 60 days". */
export function changeText(change: { readonly term: TermId; readonly kind: string; readonly before?: TermValue; readonly after?: TermValue }): string {
  const shown = (value: TermValue | undefined): string => (value === undefined ? 'not stated' : formatValue(change.term, value));
  if (change.kind === 'appeared') return `appeared: ${shown(change.after)}`;
  if (change.kind === 'removed') return `removed (was ${shown(change.before)})`;
  return `${shown(change.before)} → ${shown(change.after)}`;
}

function money(m: Money): string {
  return `${m.currency} ${Number.isInteger(m.amount) ? m.amount : m.amount.toFixed(2)}`;
}

/** The value of an observation with its timezone, when the term carries one (cutoff, hours). */
export function formatObservation(term: TermId, observation: TermObservation): string {
  return formatValue(term, observation.reading.value, observation.reading.timezone);
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

/** Marks a value declared in config rather than crawled. */
export const DECLARED_MARK = '†';
/** Marks a value from an older scan (this scan's fetch failed). */
export const STALE_MARK = '◷';
/** Stands for a term a business does not state. */
export const NOT_STATED_MARK = '—';
/** Marks a value read with low confidence (below SURE): plain ASCII, one column wide in every terminal. */
export const LOW_CONFIDENCE_MARK = '?';
/** What the low-confidence mark asks of the reader. */
export const LOW_CONFIDENCE_WORDS = 'read with low confidence: check the evidence';

/** Every mark any output uses, with its words: the one legend of the terminal, markdown, HTML, CSV and JSON. */
export const LEGEND: readonly { readonly mark: string; readonly words: string }[] = [
  ...(Object.keys(VERDICT_SYMBOLS) as Verdict[]).map((v) => ({ mark: VERDICT_SYMBOLS[v], words: VERDICT_WORDS[v] })),
  { mark: NOT_STATED_MARK, words: 'not stated' },
  { mark: DECLARED_MARK, words: 'declared in config' },
  { mark: STALE_MARK, words: 'stale (from an older scan)' },
  { mark: LOW_CONFIDENCE_MARK, words: LOW_CONFIDENCE_WORDS },
];

/** The marks that follow a shown value (" †", " ◷", " ?"), in legend order; empty for a plain crawled value. */
export function marksOf(observation: TermObservation): string {
  return (observation.origin === 'declared' ? ` ${DECLARED_MARK}` : '') + (observation.staleSince ? ` ${STALE_MARK}` : '') + unsureMark(isUnsure(observation));
}

/**
 * The low-confidence mark after a value, verdict, market figure or chart bar that rests on a value read below SURE:
 * " ?" or nothing. The one formatter of the mark, so every output marks the same things the same way.
 */
export function unsureMark(unsure: boolean): string {
  return unsure ? ` ${LOW_CONFIDENCE_MARK}` : '';
}

/** The legend as one line: "✓ identical, ▲ you are better, …". */
export function legendLine(separator = ', '): string {
  return LEGEND.map((l) => `${l.mark} ${l.words}`).join(separator);
}

/** A boolean term's market in words ("2 yes, 1 no"): a "best" of "no" reads as if no were good. */
export function yesNoTally(values: readonly TermValue[]): string {
  const yes = values.filter((v) => v === true).length;
  const no = values.filter((v) => v === false).length;
  return [yes > 0 ? `${yes} yes` : '', no > 0 ? `${no} no` : ''].filter(Boolean).join(', ') || '—';
}

/** "3 days" of age for a stale value. */
export function ageText(days: number): string {
  return days === 0 ? 'today' : count(days, 'day') + ' old';
}
