/**
 * Tier ranks of delivery services, for choosing the standard service among several listed side by side (each with its
 * own time or price). TERMS.md gives the standard option's figures; a page that lists "Economy 3-5 days / Premium 1-3
 * days / Express next day" names no service "standard", but its cheapest, slowest tier is what an order gets unless the
 * buyer pays for more. Three ranks, as word classes:
 * - standard: the service named the standard one (standard, regular, normal, default, usual, ordinary);
 * - base: the plain or cheapest tier (economy, ground, saver, budget, basic, untracked, second class, a 48-hour tier);
 * - fast: a tier sold above another (premium, priority, express, expedited, overnight, rush, first class, a 24-hour
 *   tier, next day, special delivery).
 * "First class" is fast only as the British tier beside second class: USPS First-Class Mail is the cheaper service
 * beside Priority Mail, so the fast rank of "first class" needs "second class" named in the same list (see tierRank).
 */
/** The words that name a shop's standard service (shipping.ts's STANDARD_NAMED reads the same list). */
export const STANDARD_TIER_WORDS = ['standard', 'regular', 'normal', 'default', 'usual', 'ordinary'] as const;
const STANDARD_TIER: ReadonlySet<string> = new Set(STANDARD_TIER_WORDS);
const BASE_TIER = new Set(['economy', 'economic', 'ground', 'saver', 'budget', 'basic', 'untracked', 'slow', 'slower', 'cheapest', 'cheaper']);
const FAST_TIER = new Set(['premium', 'priority', 'express', 'expedited', 'overnight', 'rush', 'faster', 'fastest', 'quicker', 'quickest']);
/** Services sold under one name in a 24-hour and a 48-hour tier ("Tracked 24", "Parcelforce 48"). */
const NUMBERED_SERVICES = ['tracked', 'express', 'parcelforce'] as const;
/** Two-word tiers, read from a token and the one after it ("second class", "tracked 48", "next day"). */
const BASE_PAIRS = new Set(['second class', '2nd class', ...NUMBERED_SERVICES.map((n) => `${n} 48`), '48 hour']);
const FAST_PAIRS = new Set(['first class', '1st class', ...NUMBERED_SERVICES.map((n) => `${n} 24`), '24 hour', 'next day', 'special delivery', 'same day']);

/**
 * Tiers of one service named side by side ("Tracked 24 or Tracked 48", "premium or economy delivery"), the faster
 * first: where both stand in a sentence, the faster is an express option (shipping.ts tierPair). A numbered service
 * may be written solid ("Tracked24"); premium and priority (FAST_TIER) are each sold beside economy (BASE_TIER).
 */
const numbered = (hours: string): RegExp => new RegExp(String.raw`\b(?:${NUMBERED_SERVICES.map((n) => `${n} ?`).join('|')})${hours}\b`);
export const TIER_PAIRS: readonly (readonly [RegExp, RegExp])[] = [
  [numbered('24'), numbered('48')],
  [/\bpremium\b/, /\beconomy\b/],
  [/\bpriority\b/, /\beconomy\b/],
];

export type TierRank = 'standard' | 'base' | 'fast';

/**
 * Each tier word of a label, in order, with its rank and where it stands ("uk economy delivery - " → base at 3). The
 * list is the text of every entry beside it: USPS First-Class beside Priority Mail is the cheaper service, so "first
 * class" counts (as fast) only where "second class" is named in the list too.
 */
export function tierWords(label: string, list = label): { rank: TierRank; word: string; index: number }[] {
  const out: { rank: TierRank; word: string; index: number }[] = [];
  const tokens = [...label.matchAll(/[a-z0-9]+/g)];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]![0];
    const pair = i + 1 < tokens.length ? `${t} ${tokens[i + 1]![0]}` : '';
    const at = tokens[i]!.index;
    if (BASE_PAIRS.has(pair)) out.push({ rank: 'base', word: pair, index: at });
    else if (FAST_PAIRS.has(pair)) out.push({ rank: 'fast', word: pair, index: at });
    else if (STANDARD_TIER.has(t)) out.push({ rank: 'standard', word: t, index: at });
    else if (BASE_TIER.has(t)) out.push({ rank: 'base', word: t, index: at });
    else if (FAST_TIER.has(t)) out.push({ rank: 'fast', word: t, index: at });
    else continue;
    if (pair && (BASE_PAIRS.has(pair) || FAST_PAIRS.has(pair))) i++;
  }
  return out.filter((w) => !/^(?:first|1st) class$/.test(w.word) || /\b(?:second|2nd)[- ]class\b/.test(list));
}

/** The rank of a service's label: its last tier word (the one nearest its time), or undefined when it names none. */
export function tierRank(label: string, list = label): TierRank | undefined {
  return tierWords(label, list).at(-1)?.rank;
}

/**
 * The standard entry among services listed each with its own value: the one ranked standard, else the one ranked base
 * (the cheapest tier), when exactly one entry holds that rank; undefined when no entry is so ranked or two are (then the
 * list names no standard service and, as before, states no general value).
 */
export function standardEntry(ranks: readonly (TierRank | undefined)[]): number | undefined {
  for (const rank of ['standard', 'base'] as const) {
    const at = ranks.flatMap((r, i) => (r === rank ? [i] : []));
    if (at.length === 1) return at[0];
    if (at.length > 1) return undefined;
  }
  return undefined;
}
