/**
 * The numbers behind the report's charts, shared by the mermaid (markdown) and SVG (HTML) renderings:
 * return window in days, free-shipping threshold per currency, weekly support hours.
 */
import type { Comparison } from '../compare/comparison-types.js';
import { weeklyCover } from '../compare/support-hours.js';
import { isUnsure } from '../compare/unsure.js';
import type { BusinessTerms } from '../model.js';
import type { Money, TermId } from '../terms.js';

export interface ChartBar {
  /** Business name, raw: each renderer escapes it. */
  readonly label: string;
  readonly value: number;
  readonly isYou: boolean;
  /** The value was read with low confidence: the bar is marked as the tables mark it (unsureMark). */
  readonly unsure: boolean;
}

export interface Chart {
  /** Stable id, e.g. "return-window", "free-shipping-usd". */
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  /** Which way is better for the customer (shown under the chart). */
  readonly better: 'higher' | 'lower';
  readonly bars: ChartBar[];
  /** Businesses left out, named in a note: a value that is not a number ("unlimited"), or you not stating it. */
  readonly notPlotted: NotPlotted[];
}

/** A business the chart could not draw, and why; you are always accounted for, with "(you)". */
export interface NotPlotted {
  /** Business name, raw. */
  readonly label: string;
  readonly isYou: boolean;
  /** "unlimited", "not stated". */
  readonly why: string;
}

/** Which charts the report draws, and how each reads a business. */
const CHARTS: readonly {
  id: string;
  title: string;
  unit: string;
  better: 'higher' | 'lower';
  term: TermId;
  value: (b: BusinessTerms) => number | 'not-plotted' | undefined;
}[] = [
  {
    id: 'return-window',
    title: 'Return window',
    unit: 'days',
    better: 'higher',
    term: 'returns.window_days',
    value: (b) => {
      const v = b.terms['returns.window_days']?.reading.value;
      return typeof v === 'number' ? v : v === undefined ? undefined : 'not-plotted';
    },
  },
  {
    id: 'support-hours',
    title: 'Weekly support hours',
    unit: 'hours',
    better: 'higher',
    term: 'support.hours',
    value: (b) => {
      const v = b.terms['support.hours']?.reading.value;
      if (v === undefined) return undefined;
      return weeklyCover(String(v))?.hours ?? 'not-plotted';
    },
  },
];

export function chartData(comparison: Pick<Comparison, 'you' | 'competitors'>): Chart[] {
  const businesses = [comparison.you, ...comparison.competitors];
  const charts: Chart[] = [];
  for (const spec of CHARTS) {
    const bars: ChartBar[] = [];
    const notPlotted: NotPlotted[] = [];
    for (const b of businesses) {
      const v = spec.value(b);
      if (v === 'not-plotted') notPlotted.push({ label: b.name, isYou: b.isYou, why: String(b.terms[spec.term]?.reading.value) });
      else if (v !== undefined) bars.push({ label: b.name, value: v, isYou: b.isYou, unsure: isUnsure(b.terms[spec.term]) });
      else if (b.isYou) notPlotted.push({ label: b.name, isYou: true, why: 'not stated' });
    }
    if (bars.length > 0) charts.push({ id: spec.id, title: spec.title, unit: spec.unit, better: spec.better, bars, notPlotted });
  }
  // Free-shipping thresholds: one chart per currency (never converted).
  const byCurrency = new Map<string, ChartBar[]>();
  let youMissingThreshold = false;
  for (const b of businesses) {
    const v = b.terms['shipping.free_threshold']?.reading.value as Money | undefined;
    if (!v || typeof v.amount !== 'number') {
      if (b.isYou) youMissingThreshold = true;
      continue;
    }
    const currency = String(v.currency).replace(/[^A-Z]/gi, '').slice(0, 3).toUpperCase() || '???';
    const list = byCurrency.get(currency) ?? [];
    list.push({ label: b.name, value: v.amount, isYou: b.isYou, unsure: isUnsure(b.terms['shipping.free_threshold']) });
    byCurrency.set(currency, list);
  }
  const money: Chart[] = [...byCurrency]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([currency, bars]) => ({
      id: `free-shipping-${currency.toLowerCase()}`,
      title: `Free-shipping threshold (${currency})`,
      unit: currency,
      better: 'lower' as const,
      bars,
      notPlotted: youMissingThreshold ? [{ label: comparison.you.name, isYou: true, why: 'not stated' }] : [],
    }));
  // Reading order: return window, free-shipping thresholds, support hours.
  return [...charts.filter((c) => c.id === 'return-window'), ...money, ...charts.filter((c) => c.id !== 'return-window')];
}
