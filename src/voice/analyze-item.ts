/**
 * One feedback item → its elements, its sentiment and each element's sentiment (the clauses that mention the
 * element decide; a neutral element clause takes the item's rating-corrected sentiment, since "arrived in two days,
 * 5 stars" praises the delivery).
 */
import { classifyItem } from './classify.js';
import type { ElementId } from './elements.js';
import { clauseScores, expectationTurn, itemLeaning, leaning, properNames, withRating, type Sentiment } from './sentiment.js';

export interface AnalyzedItem {
  readonly elements: ElementId[];
  readonly sentiment: Sentiment;
  /** Sum of clause scores (AFINN units): its size is how strongly the text feels. */
  readonly score: number;
  readonly perElement: Partial<Record<ElementId, Sentiment>>;
}

export function analyzeItem(text: string, rating?: number): AnalyzedItem {
  const { elements, clauses } = classifyItem(text);
  const names = properNames(text);
  const scores = clauses.map((c) => clauseScores(c.words, c.text, names));
  const sentiment = withRating(itemLeaning(clauses.map((c, i) => ({ scores: scores[i]!, elements: c.elements, turn: expectationTurn(c.words) }))), rating);
  const perElement: Partial<Record<ElementId, Sentiment>> = {};
  for (const e of elements) {
    const own = leaning(clauses.flatMap((c, i) => (c.elements.includes(e) ? scores[i]! : [])), clauses.length);
    perElement[e] = own === 'neutral' ? (sentiment === 'mixed' ? 'neutral' : sentiment) : withRating(own, rating);
  }
  return { elements, sentiment, score: scores.flat().reduce((a, b) => a + b, 0), perElement };
}
