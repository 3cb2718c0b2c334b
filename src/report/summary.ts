/**
 * The five lines a manager reads first, shared by the markdown and HTML reports and the `report` command's output —
 * six when `weigh --write` stored customer weights: then the report leads with what customers care about.
 * Plain text with business names cleaned; each renderer escapes the lines for its own format.
 */
import { businessById } from '../compare/compare-all.js';
import type { Comparison, MarketEntry } from '../compare/comparison-types.js';
import { TERM_LABELS } from '../compare/term-directions.js';
import type { CustomerWeights } from '../model.js';
import { cleanText } from './escape.js';

/** Terms named per line before "and N more". */
const NAMED_PER_LINE = 3;

export function summaryLines(comparison: Comparison): string[] {
  const name = (id: string): string => cleanText(businessById(comparison, id)?.name ?? id, 40);
  const list = (entries: readonly MarketEntry[], withWho: boolean): string => {
    if (entries.length === 0) return 'nothing';
    const named = entries.slice(0, NAMED_PER_LINE).map((e) => {
      const who = withWho && e.competitors.length > 0 ? ` (${e.competitors.slice(0, 2).map(name).join(', ')}${e.competitors.length > 2 ? ` +${e.competitors.length - 2}` : ''})` : '';
      return `${TERM_LABELS[e.term]}${who}`;
    });
    const more = entries.length - named.length;
    return named.join('; ') + (more > 0 ? `; and ${more} more` : '');
  };
  const { market } = comparison;
  const stated = comparison.terms.filter((t) => t.you).length;
  const when = comparison.latestScanAt ? `scan of ${comparison.latestScanAt.slice(0, 10)}` : 'no scan yet';
  const best = [...comparison.scores].sort((a, b) => a.weighted - b.weighted)[0];
  const toughest = best && best.weighted < 0 ? `; toughest rival: ${name(best.competitor)}` : '';
  return [
    ...(comparison.customerWeights ? [customerLine(comparison.customerWeights)] : []),
    `${cleanText(comparison.you.name, 40)} against ${comparison.competitors.length} competitor${comparison.competitors.length === 1 ? '' : 's'} on ${stated} of ${comparison.terms.length} terms you state (${when})${toughest}.`,
    `Claims everyone makes (no differentiator): ${list(market.claimsEveryoneMakes, false)}.`,
    `Where you stand out: ${list(market.youStandOut, false)}.`,
    `Where you fall behind: ${list(market.youFallBehind, true)}.`,
    `Since the last report: ${comparison.changes.length} change${comparison.changes.length === 1 ? '' : 's'}, ${comparison.problems.length} crawl problem${comparison.problems.length === 1 ? '' : 's'}, ${comparison.stale.length} stale value${comparison.stale.length === 1 ? '' : 's'}.`,
  ];
}

/** Tiers named in the lead line, most important first. */
const LEAD_TIERS = ['crucial', 'important'] as const;

/** "weights from N customer comments on DATE": the words every rendering uses for the customer weights' origin. */
export function customerBasis(weights: Pick<CustomerWeights, 'comments' | 'generatedAt'>): string {
  return `weights from ${weights.comments} customer comment${weights.comments === 1 ? '' : 's'} on ${weights.generatedAt.slice(0, 10)}`;
}

/** What customers care about most, with the HIT/MISS verdict of each, then where the weights came from. */
export function customerLine(weights: CustomerWeights): string {
  const parts = LEAD_TIERS.flatMap((tier) => {
    const named = weights.elements.filter((e) => e.tier === tier).map((e) => `${cleanText(e.label, 60)} (${e.verdict})`);
    return named.length ? [`${tier} — ${named.join(', ')}`] : [];
  });
  return `What your customers care about: ${parts.length ? parts.join('; ') : 'no service element reached important'} (${customerBasis(weights)}).`;
}
