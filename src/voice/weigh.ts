/**
 * `servicediff weigh`: stream a feedback file, classify every item, and add up per element how often customers raise
 * it, how strongly, and whether it is a HIT (praised) or a MISS (complained about); then tier each service element
 * (tiers.ts) and keep a few quotes. Memory stays flat: per element a handful of counters and at most two quotes.
 */
import { basename } from 'node:path';
import { analyzeItem } from './analyze-item.js';
import { ELEMENT_IDS, ELEMENT_LABELS, ELEMENT_TERMS, SERVICE_ELEMENTS, type ElementId } from './elements.js';
import { maskPersonalData } from './mask.js';
import { cleanText } from '../report/escape.js';
import { DateSpan } from './weigh-dates.js';
import { readFeedback, type ColumnsUsed, type FeedbackItem, type ReadFeedbackOptions } from './read-feedback.js';
import type { Sentiment } from './sentiment.js';
import { BAD_ROW_REASONS, type BadRowReason } from './text-problems.js';
import { isStrong, tierOf, tierRuleText, tierScore, type Tier } from './tiers.js';
import type { TermId } from '../terms.js';

/** Output order: by tier, then by score; product quality and other (no tier) last. */
const TIER_ORDER: readonly (Tier | undefined)[] = ['crucial', 'important', 'nice', 'not-important', 'not enough feedback', undefined];
/** Longest quote kept (characters, before escaping). */
const QUOTE_CHARS = 200;
/** Rows named per reason of setting aside; the count says how many more. */
const BAD_ROWS_NAMED = 5;

export type Verdict = 'HIT' | 'MISS' | 'even' | 'no opinion';

export interface ElementResult {
  readonly id: ElementId;
  readonly label: string;
  readonly terms: readonly TermId[];
  readonly mentions: number;
  /** mentions / comments. */
  readonly share: number;
  readonly strong: number;
  readonly score: number;
  /** Service elements only; product_quality and other are set aside. */
  readonly tier?: Tier;
  readonly hits: number;
  readonly misses: number;
  readonly mixed: number;
  readonly neutral: number;
  readonly verdict: Verdict;
  /** The most strongly felt praise and complaint, masked, at most QUOTE_CHARS each. */
  readonly quotes: { readonly sentiment: 'positive' | 'negative'; readonly text: string; readonly id: string }[];
}

export interface WeighResult {
  readonly file: string;
  readonly generatedAt: string;
  readonly format: ColumnsUsed['format'];
  readonly encoding: string;
  readonly columns: ColumnsUsed['names'];
  /** A JSON document's path to the array read ("data.reviews"), when the rows are not the document itself. */
  readonly rowsFrom?: string;
  /** Rows read, good and bad. */
  readonly rows: number;
  /** Comments that could be read (the base of every share). */
  readonly comments: number;
  readonly bad: Record<BadRowReason, number>;
  /** The first BAD_ROWS_NAMED rows set aside for each reason (numbered as --items numbers them), so they can be found. */
  readonly badRows: Record<BadRowReason, number[]>;
  readonly sentiment: Record<Sentiment, number>;
  readonly firstDate?: string;
  readonly lastDate?: string;
  /** Comments whose date cell holds something that is no date (weigh-dates.ts): weighed, but not in the span. */
  readonly unreadDates: number;
  readonly rule: string;
  /** Service elements by tier score (highest first), then product_quality and other. */
  readonly elements: ElementResult[];
}

/** One classified item, as `--items` prints it. */
export interface ItemLine {
  readonly id: string;
  readonly elements: ElementId[];
  readonly sentiment: Sentiment;
}

interface Tally {
  mentions: number;
  strong: number;
  positive: number;
  negative: number;
  mixed: number;
  neutral: number;
  best: { positive?: { score: number; text: string; id: string }; negative?: { score: number; text: string; id: string } };
}

export interface WeighOptions extends ReadFeedbackOptions {
  readonly now?: Date;
  /** Called for every classified item (the `--items` output). */
  readonly onItem?: (line: ItemLine) => void;
}

export async function weighFeedback(path: string, options: WeighOptions = {}): Promise<WeighResult> {
  const tallies = new Map<ElementId, Tally>(ELEMENT_IDS.map((e) => [e, { mentions: 0, strong: 0, positive: 0, negative: 0, mixed: 0, neutral: 0, best: {} }]));
  const bad = Object.fromEntries(BAD_ROW_REASONS.map((r) => [r, 0])) as Record<BadRowReason, number>;
  const badRows = Object.fromEntries(BAD_ROW_REASONS.map((r) => [r, []])) as unknown as Record<BadRowReason, number[]>;
  const sentiment: Record<Sentiment, number> = { positive: 0, negative: 0, mixed: 0, neutral: 0 };
  let columns: ColumnsUsed | undefined;
  let rows = 0;
  let comments = 0;
  const dates = new DateSpan();

  for await (const event of readFeedback(path, options)) {
    if (event.kind === 'columns') {
      columns = event;
      continue;
    }
    rows++;
    if (event.kind === 'bad') {
      // A status reason ("not published, status spam") is counted from its first row on.
      const seen = bad[event.reason] ?? 0;
      bad[event.reason] = seen + 1;
      if (seen < BAD_ROWS_NAMED) (badRows[event.reason] ??= []).push(event.row);
      continue;
    }
    comments++;
    const analyzed = analyzeItem(event.text, event.rating);
    sentiment[analyzed.sentiment]++;
    options.onItem?.({ id: event.id, elements: analyzed.elements, sentiment: analyzed.sentiment });
    if (event.date) dates.add(event.date);
    const strong = isStrong(event.rating, analyzed.score);
    for (const element of analyzed.elements) {
      const t = tallies.get(element)!;
      t.mentions++;
      if (strong) t.strong++;
      const s = analyzed.perElement[element] ?? 'neutral';
      t[s]++;
      if (s === 'positive' || s === 'negative') keepQuote(t, s, analyzed.score, event);
    }
  }

  const elements: ElementResult[] = ELEMENT_IDS.map((id) => {
    const t = tallies.get(id)!;
    const service = SERVICE_ELEMENTS.includes(id);
    const quotes = (['negative', 'positive'] as const).flatMap((s) => {
      const q = t.best[s];
      return q ? [{ sentiment: s, text: q.text, id: q.id }] : [];
    });
    return {
      id,
      label: ELEMENT_LABELS[id],
      terms: ELEMENT_TERMS[id],
      mentions: t.mentions,
      share: comments ? t.mentions / comments : 0,
      strong: t.strong,
      score: tierScore(t, comments),
      ...(service ? { tier: tierOf(t, comments) } : {}),
      hits: t.positive,
      misses: t.negative,
      mixed: t.mixed,
      neutral: t.neutral,
      verdict: verdictOf(t.positive, t.negative),
      quotes,
    };
  });
  const span = dates.span();
  elements.sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) || b.score - a.score || ELEMENT_IDS.indexOf(a.id) - ELEMENT_IDS.indexOf(b.id));

  return {
    file: basename(path),
    generatedAt: (options.now ?? new Date()).toISOString(),
    format: columns?.format ?? 'text',
    encoding: columns?.encoding ?? 'utf-8',
    columns: columns?.names ?? {},
    ...(columns?.rowsFrom ? { rowsFrom: columns.rowsFrom } : {}),
    rows,
    comments,
    bad,
    badRows,
    sentiment,
    ...(span ? { firstDate: span.first, lastDate: span.last } : {}),
    unreadDates: dates.unread,
    rule: tierRuleText(),
    elements,
  };
}

/** HIT when praise outnumbers complaints, MISS when complaints do. */
function verdictOf(hits: number, misses: number): Verdict {
  if (hits === 0 && misses === 0) return 'no opinion';
  if (hits > misses) return 'HIT';
  if (misses > hits) return 'MISS';
  return 'even';
}

/**
 * Keep the most strongly felt comment per element and polarity; the text is masked, then cleaned and cut by the one
 * text cleaner (report/escape.ts), here, once. Masking comes first so a cut never leaves half an e-mail address; it
 * reads only the window the cleaner can keep.
 */
function keepQuote(t: Tally, s: 'positive' | 'negative', score: number, item: FeedbackItem): void {
  const strength = s === 'positive' ? score : -score;
  const current = t.best[s];
  if (current && current.score >= strength) return;
  t.best[s] = { score: strength, text: cleanText(maskPersonalData(item.text.slice(0, QUOTE_CHARS * 4)), QUOTE_CHARS), id: item.id };
}
