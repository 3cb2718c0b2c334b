/**
 * The lines a manager reads first, shared by the markdown and HTML reports and the `report` command's output: when
 * `weigh --write` stored customer weights, what customers care about leads; then one line per crucial or important term
 * of yours that has no value (what was read for it, and how to fix it); then the five lines of the market. Plain text
 * with business names cleaned; each renderer escapes the lines for its format.
 */
import { businessById } from '../compare/compare-all.js';
import type { Comparison, MarketEntry, YourGap } from '../compare/comparison-types.js';
import { TERM_LABELS } from '../compare/term-directions.js';
import { categoryOf } from '../terms.js';
import type { CrawlProblem, CustomerWeights } from '../model.js';
import { cleanText } from './escape.js';
import { LOW_CONFIDENCE_MARK } from './format-value.js';
import { count } from '../text/count.js';

/** Terms named per line before "and N more". */
const NAMED_PER_LINE = 3;

export function summaryLines(comparison: Comparison): string[] {
  const name = (id: string): string => cleanText(businessById(comparison, id)?.name ?? id, 40);
  const list = (entries: readonly MarketEntry[], how: 'who' | 'share' | 'none'): string => {
    if (entries.length === 0) return 'nothing';
    const named = entries.slice(0, NAMED_PER_LINE).map((e) => {
      const who = how === 'who' && e.competitors.length > 0 ? `${e.competitors.slice(0, 2).map(name).join(', ')}${e.competitors.length > 2 ? ` +${e.competitors.length - 2}` : ''}` : '';
      const share = how === 'share' ? shareWords(e) : '';
      // An entry resting on a value read with low confidence is not claimed as firmly as the others.
      const notes = [who, share, e.unsure ? `unsure ${LOW_CONFIDENCE_MARK}` : ''].filter(Boolean);
      return `${TERM_LABELS[e.term]}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
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
    ...gapLines(comparison),
    `${cleanText(comparison.you.name, 40)} against ${count(comparison.competitors.length, 'competitor')} on ${stated} of ${comparison.terms.length} terms you state (${when})${toughest}.`,
    `Claims you share with the market (no differentiator): ${list(market.claimsEveryoneMakes, 'share')}.`,
    `Where you stand out: ${list(market.youStandOut, 'none')}.`,
    `Where you fall behind: ${list(market.youFallBehind, 'who')}.`,
    `Since the last report: ${count(comparison.changes.length, 'change')}, ${count(comparison.problems.length, 'crawl problem')}, ${count(comparison.stale.length, 'stale value')}${unsureClause(comparison.unsure.length)}.`,
  ];
}

/** "; 2 values read with low confidence (marked ?): check their evidence" — said only when there are some. */
function unsureClause(n: number): string {
  return n === 0 ? '' : `; ${count(n, 'value')} read with low confidence (marked ${LOW_CONFIDENCE_MARK}): check ${n === 1 ? 'its' : 'their'} evidence`;
}

/** "everyone, 3 of 3" or "most, 3 of 4": how far a shared claim goes. */
export function shareWords(entry: MarketEntry): string {
  const of = entry.of ?? entry.competitors.length;
  return `${entry.competitors.length === of ? 'everyone' : 'most'}, ${entry.competitors.length} of ${of}`;
}

/**
 * Your unstated crucial and important terms, one line per category (its terms share the pages read): "Not stated by
 * you: Return window (crucial), Refund time (important) — https://…/returns was read and gives no value; fix the
 * page or declare them under you.terms in the config." When your site itself could not be read, that is the cause,
 * not a missing page.
 */
export function gapLines(comparison: Pick<Comparison, 'yourGaps' | 'you' | 'problems'>): string[] {
  const siteProblem = yourSiteProblem(comparison);
  const byCategory = new Map<string, YourGap[]>();
  for (const gap of comparison.yourGaps) byCategory.set(categoryOf(gap.term), [...(byCategory.get(categoryOf(gap.term)) ?? []), gap]);
  return [...byCategory].map(([category, group]) => {
    const first = group[0]!;
    const named = group.map((g) => `${TERM_LABELS[g.term]} (${g.importance})`).join(', ');
    const them = group.length === 1 ? 'it' : 'them';
    const fix = `fix the page or declare ${them} under you.terms in the config`;
    const head = `Not stated by you: ${named}`;
    if (first.pagesRead.length > 0) {
      const pages = first.pagesRead.slice(0, 2).map((u) => cleanText(u, 120));
      return `${head} — ${pages.join(' and ')} ${pages.length === 1 ? 'was' : 'were'} read and ${pages.length === 1 ? 'gives' : 'give'} no value; ${fix}.`;
    }
    if (first.pagesFailed.length > 0) return `${head} — ${cleanText(first.pagesFailed[0]!, 120)} could not be read (see the crawl problems); ${fix}.`;
    if (siteProblem) {
      return `${head} — your site ${cleanText(siteProblem.url, 120)} could not be read (${siteProblem.kind}, see the crawl problems); scan again once it answers, or declare ${them} under you.terms in the config.`;
    }
    return `${head} — no ${category} page of yours was found; name it under you.pages.${category} or declare ${them} under you.terms in the config.`;
  });
}

/**
 * The problem that kept your whole site from being read — its home page failed (DNS, refused, TLS, robots.txt…) —
 * so no policy page could even be looked for. "No returns page of yours was found" would send you looking for a
 * page that may well be there.
 */
function yourSiteProblem(comparison: Pick<Comparison, 'you' | 'problems'>): CrawlProblem | undefined {
  const home = homeHref(comparison.you.site);
  if (home === undefined) return undefined;
  return comparison.problems.find((p) => p.business === comparison.you.id && p.kind !== 'not-found' && homeHref(p.url) === home);
}

function homeHref(url: string): string | undefined {
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

/** Tiers named in the lead line, most important first. */
const LEAD_TIERS = ['crucial', 'important'] as const;

/** "weights from N customer comments on DATE": the words every rendering uses for the customer weights' origin. */
export function customerBasis(weights: Pick<CustomerWeights, 'comments' | 'generatedAt'>): string {
  return `weights from ${count(weights.comments, 'customer comment')} on ${weights.generatedAt.slice(0, 10)}`;
}

/** What customers care about most, with the HIT/MISS verdict of each, then where the weights came from. */
export function customerLine(weights: CustomerWeights): string {
  const parts = LEAD_TIERS.flatMap((tier) => {
    const named = weights.elements.filter((e) => e.tier === tier).map((e) => `${cleanText(e.label, 60)} (${e.verdict})`);
    return named.length ? [`${tier} — ${named.join(', ')}`] : [];
  });
  return `What your customers care about: ${parts.length ? parts.join('; ') : 'no service element reached important'} (${customerBasis(weights)}).`;
}
