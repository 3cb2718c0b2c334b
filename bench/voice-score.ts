/**
 * Pure scoring of the voice classifier against labels: element macro-F1 (the mean of per-element F1 over the elements
 * that occur in the labels or the predictions) and sentiment accuracy. No I/O.
 */
import { analyzeItem } from '../src/voice/analyze-item.js';
import { ELEMENT_IDS, type ElementId } from '../src/voice/elements.js';
import { SENTIMENTS, type Sentiment } from '../src/voice/sentiment.js';
import type { LabelledItem } from './voice-corpus.js';

export interface ScoredItem {
  readonly id: string;
  readonly text: string;
  readonly expected: { readonly elements: readonly ElementId[]; readonly sentiment: Sentiment };
  readonly predicted: { readonly elements: readonly ElementId[]; readonly sentiment: Sentiment };
}

/** A labelled item (in-house or real) beside what analyzeItem reads of it: one item for scoreVoice. */
export function readItem(it: Pick<LabelledItem, 'id' | 'text' | 'elements' | 'sentiment' | 'rating'>): ScoredItem {
  const a = analyzeItem(it.text, it.rating);
  return { id: it.id, text: it.text, expected: { elements: it.elements, sentiment: it.sentiment }, predicted: { elements: a.elements, sentiment: a.sentiment } };
}

export interface VoiceScore {
  readonly items: number;
  readonly macroF1: number;
  readonly perElement: Partial<Record<ElementId, { tp: number; fp: number; fn: number; f1: number }>>;
  readonly sentimentAccuracy: number;
  /** Items by labelled sentiment, then by the sentiment read. */
  readonly confusion: Record<Sentiment, Record<Sentiment, number>>;
  readonly elementMisses: ScoredItem[];
  readonly sentimentMisses: ScoredItem[];
}

export function scoreVoice(items: readonly ScoredItem[]): VoiceScore {
  const counts = new Map<ElementId, { tp: number; fp: number; fn: number }>();
  const bump = (e: ElementId, k: 'tp' | 'fp' | 'fn'): void => {
    const c = counts.get(e) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    counts.set(e, c);
  };
  let sentimentRight = 0;
  const confusion = Object.fromEntries(SENTIMENTS.map((w) => [w, Object.fromEntries(SENTIMENTS.map((g) => [g, 0]))])) as VoiceScore['confusion'];
  const elementMisses: ScoredItem[] = [];
  const sentimentMisses: ScoredItem[] = [];
  for (const item of items) {
    const want = new Set(item.expected.elements);
    const got = new Set(item.predicted.elements);
    let miss = false;
    for (const e of got) if (want.has(e)) bump(e, 'tp');
    else {
      bump(e, 'fp');
      miss = true;
    }
    for (const e of want) if (!got.has(e)) {
      bump(e, 'fn');
      miss = true;
    }
    if (miss) elementMisses.push(item);
    confusion[item.expected.sentiment][item.predicted.sentiment]++;
    if (item.predicted.sentiment === item.expected.sentiment) sentimentRight++;
    else sentimentMisses.push(item);
  }
  const perElement: VoiceScore['perElement'] = {};
  const f1s: number[] = [];
  for (const e of ELEMENT_IDS) {
    const c = counts.get(e);
    if (!c) continue;
    const f1 = c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    perElement[e] = { ...c, f1 };
    f1s.push(f1);
  }
  return {
    items: items.length,
    macroF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0,
    perElement,
    sentimentAccuracy: items.length ? sentimentRight / items.length : 0,
    confusion,
    elementMisses,
    sentimentMisses,
  };
}
