/**
 * Sentences the markdown and HTML reports share, as plain text (names cleaned, nothing escaped): each renderer
 * escapes them for its format, so both say the same thing in the same words.
 */
import { ageDays, businessById } from '../compare/compare-all.js';
import { defaultImportance } from '../compare/comparison-input.js';
import type { Comparison, CompetitorScore, CompetitorVerdict, MarketEntry, TermComparison } from '../compare/comparison-types.js';
import { TERM_LABELS } from '../compare/term-directions.js';
import { isUnsure } from '../compare/unsure.js';
import { rankKey, unitOf } from '../compare/verdict.js';
import { IMPORTANCE_LEVELS, IMPORTANCE_WEIGHT, type Importance } from '../config/defaults.js';
import type { TermChange, TermObservation } from '../model.js';
import { TERM_IDS, type TermId } from '../terms.js';
import type { Chart, NotPlotted } from './chart-data.js';
import { cleanText, MAX_CELL_CHARS } from './escape.js';
import { ageText, changeText, formatObservation, formatValue, LOW_CONFIDENCE_MARK, LOW_CONFIDENCE_WORDS, marksOf, NOT_STATED_MARK, STALE_MARK, unsureMark, VERDICT_WORDS, yesNoTally } from './format-value.js';
import { count } from '../text/count.js';
import { customerBasis, shareWords } from './summary.js';

/** Competitors named beside the market best before "…". */
const BEST_NAMED = 3;
/** Competitors named in a market line before "and N more". */
const MARKET_NAMED = 5;

/**
 * "You are better on 7, worse on 4 and identical on 2 terms (weighted balance +3)." When some of those verdicts rest on
 * a value read with low confidence, the sentence says how many, so the balance is not read as firmer than it is.
 */
export function scoreSentence(score: CompetitorScore): string {
  const unsure = score.unsure > 0 ? ` ${score.unsure} of these ${score.unsure === 1 ? 'verdicts rests' : 'verdicts rest'} on a value read with low confidence (${LOW_CONFIDENCE_MARK}): check the evidence.` : '';
  return `You are better on ${score.better}, worse on ${score.worse} and identical on ${score.identical} terms (weighted balance ${score.weighted >= 0 ? '+' : ''}${score.weighted}).${unsure}`;
}

/** Said after a verdict that rests on a value read with low confidence. */
const UNSURE_WORDS = 'unsure: check the evidence';
/** Said after a market claim that rests on a value read with low confidence. */
const UNSURE_SENTENCE = 'Unsure: a value it rests on was read with low confidence; check the evidence.';

/** A verdict in words, "they are better", with "unsure" when it rests on a value read with low confidence. */
export function verdictText(verdict: Pick<CompetitorVerdict, 'verdict' | 'unsure'>): string {
  return `${VERDICT_WORDS[verdict.verdict]}${verdict.unsure ? `, ${UNSURE_WORDS}` : ''}`;
}

/** "read with low confidence (0.62): check the evidence": said beside an unsure value and its quote. */
export function lowConfidenceText(confidence: number): string {
  return `read with low confidence (${Number.isFinite(confidence) ? confidence.toFixed(2) : 'unknown'}): check the evidence`;
}

/** "Last scanned 2026-03-09." or "Never scanned." */
export function lastScannedText(lastScanAt: string | undefined): string {
  return lastScanAt ? `Last scanned ${lastScanAt.slice(0, 10)}` : 'Never scanned';
}

/** What `weigh --write` stored, said the same way in both reports; undefined when no customer weights were stored. */
export function customerWeightsSentence(comparison: Pick<Comparison, 'customerWeights' | 'importanceSources'>): string | undefined {
  const weighed = comparison.customerWeights;
  if (!weighed) return undefined;
  return `${count(comparison.importanceSources.customers, 'term')} weighted by what customers say: ${customerBasis(weighed)} (${weighed.source}, servicediff weigh --write). Tier rule: ${weighed.rule}`;
}

/** Where the weights came from, with the weight of each level and the terms crucial by default. */
export function weightsSentence(sources: Comparison['importanceSources']): string {
  return (
    `${count(sources.config, 'term')} weighted from your config (importance:), ${sources.default} from servicediff's defaults ` +
    `(${andList(DEFAULT_CRUCIAL.map((t) => TERM_LABELS[t].toLowerCase()))} ${DEFAULT_CRUCIAL.length > 1 ? 'are' : 'is'} crucial by default). ` +
    `Weights: ${IMPORTANCE_LEVELS.map((l) => `${l} ${IMPORTANCE_WEIGHT[l]}`).join(', ')}.`
  );
}

/** The terms servicediff's defaults call crucial (by term, else by category), in catalogue order. */
const DEFAULT_CRUCIAL: readonly TermId[] = TERM_IDS.filter((t) => defaultImportance(t) === 'crucial');

/** "a", "a and b", "a, b and c". */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? 'no term') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The market best of a term and who states it, marked when it was read with low confidence. A yes/no term gets its tally ("2 yes, 1 no") instead: "best: no"
 * would read as if saying no were good.
 */
export function marketBestText(comparison: Comparison, t: TermComparison): { value: string; who: string[]; more: boolean } {
  const stated = t.verdicts.flatMap((v) => (v.them ? [v.them.reading.value] : []));
  if (stated.length > 0 && stated.every((v) => typeof v === 'boolean')) return { value: yesNoTally(stated), who: [], more: false };
  const best = t.market.best;
  if (!best) return { value: '—', who: [], more: false };
  const who = best.competitors.slice(0, BEST_NAMED).map((id) => cleanText(businessById(comparison, id)?.name ?? id, 40));
  return { value: formatValue(t.term, best.value, best.timezone) + unsureMark(allUnsure(t, best.competitors)), who, more: best.competitors.length > BEST_NAMED };
}

/** A market figure is unsure when every competitor stating it was read with low confidence. */
function allUnsure(t: TermComparison, competitors: readonly string[]): boolean {
  return competitors.length > 0 && competitors.every((id) => isUnsure(t.verdicts.find((v) => v.competitor === id)?.them));
}

/** The market median with its zone, marked like the best; none for yes/no terms (their tally says it all). */
export function marketMedianText(t: TermComparison): string {
  const m = t.market;
  if (m.median === undefined || typeof m.median === 'boolean') return '—';
  // Who states the median: every competitor whose value ranks where the median does.
  const key = rankKey(t.term, m.median);
  const stating = t.verdicts.filter((v) => v.them && unitOf(v.them.reading.value) === m.unit && rankKey(t.term, v.them.reading.value) === key).map((v) => v.competitor);
  return formatValue(t.term, m.median, m.medianTimezone) + unsureMark(allUnsure(t, stating));
}

/** Under a chart with marked bars: which bars rest on a value read with low confidence, in the legend's words. */
export function chartUnsureNote(chart: Chart): string {
  const unsure = chart.bars.filter((b) => b.unsure).map((b) => `${cleanText(b.label, 40)}${b.isYou ? ' (you)' : ''}`);
  return unsure.length === 0 ? '' : `${LOW_CONFIDENCE_MARK} ${LOW_CONFIDENCE_WORDS}: ${unsure.join(', ')}.`;
}

/** "Juniper Home (you): not stated" / "Acme: unlimited". */
export function notPlottedText(entry: NotPlotted): string {
  return `${cleanText(entry.label, 40)}${entry.isYou ? ' (you)' : ''}: ${entry.why}`;
}

/** One line of a market list: the term and its importance (each renderer sets them apart), then the sentence. */
export interface MarketLine {
  readonly term: TermId;
  readonly importance: Importance;
  readonly text: string;
}

/** One of the four market lists, titled. */
export interface MarketSection {
  readonly title: string;
  readonly lines: readonly MarketLine[];
}

/**
 * The four market lists in the words both reports print: your value, and each competitor concerned with theirs where
 * it beats you, marks included; a line resting on a value read with low confidence ends with UNSURE_SENTENCE.
 */
export function marketSections(comparison: Comparison): MarketSection[] {
  const name = (id: string): string => cleanText(businessById(comparison, id)?.name ?? id, 40);
  const byTerm = new Map(comparison.terms.map((t) => [t.term, t]));
  const shown = (t: TermComparison, o: TermObservation | undefined): string => (o ? cleanText(formatObservation(t.term, o), MAX_CELL_CHARS) + marksOf(o) : NOT_STATED_MARK);
  const yours = (t: TermComparison): string => (t.you ? shown(t, t.you) : 'not stated');
  const theirs = (t: TermComparison, id: string): string => shown(t, t.verdicts.find((v) => v.competitor === id)?.them);
  const more = (ids: readonly string[]): string => (ids.length > MARKET_NAMED ? ` and ${ids.length - MARKET_NAMED} more` : '');
  const who = (ids: readonly string[]): string => ids.slice(0, MARKET_NAMED).map(name).join(', ') + more(ids);
  const withValues = (t: TermComparison, ids: readonly string[]): string => ids.slice(0, MARKET_NAMED).map((id) => `${name(id)} (${theirs(t, id)})`).join(', ') + more(ids);
  const section = (title: string, entries: readonly MarketEntry[], line: (e: MarketEntry, t: TermComparison) => string): MarketSection => ({
    title,
    lines: entries.map((e) => ({ term: e.term, importance: e.importance, text: `${line(e, byTerm.get(e.term)!)}${e.unsure ? ` ${UNSURE_SENTENCE}` : ''}` })),
  });
  const { market } = comparison;
  return [
    section('Claims you share with the market', market.claimsEveryoneMakes, (e, t) => `${yours(t)}, same as ${who(e.competitors)} (${shareWords(e)}). Not a differentiator.`),
    section('Where you stand out', market.youStandOut, (e, t) => `${yours(t)}; better than ${who(e.competitors)}.`),
    section('Where you fall behind', market.youFallBehind, (e, t) => `${yours(t)}; ${withValues(t, e.competitors)} better.`),
    section('Where a competitor stands out', market.competitorStandsOut, (e, t) => `${withValues(t, e.competitors)} beats you (${yours(t)}) and every other competitor.`),
  ];
}

/** A market line is at most this long once escaped (five names and values, marks, the unsure sentence). */
export const MARKET_LINE_MAX = 1200;

/** A change's words are at most this long once escaped: two values of a table cell's length and the note. */
export const CHANGE_MAX = MAX_CELL_CHARS * 2 + 60;

/**
 * What a report says of a term change after the term's name: "changed: 30 days → 60 days", "appeared: 24/7",
 * "removed (was yes)", and when an improved extractor (not the shop) changed the value, that it is no policy change.
 */
export function changeWords(change: TermChange): string {
  return `${change.kind === 'changed' ? 'changed: ' : ''}${changeText(change)}${change.cause === 'reextract' ? ' (improved extraction, not a policy change)' : ''}`;
}

/** "◷ stale since 2026-03-02", with " (7 days old)" when `now` is given. */
export function staleWords(staleSince: string, now?: string): string {
  return `${STALE_MARK} stale since ${staleSince.slice(0, 10)}${now ? ` (${ageText(ageDays(staleSince, now))})` : ''}`;
}
