/**
 * Money amounts with their currency: "$50", "£40", "€35", "C$75", "CA$75", "A$60", "USD 50", "50 EUR", "50,00 €".
 *
 * Bare "$" rule (documented): a bare dollar sign means USD unless the page states its currency ("prices are in
 * Canadian dollars", "all prices in AUD", in the text or its footer), its address says otherwise (a .ca host → CAD,
 * .au → AUD, .nz → NZD), its language tag names a dollar country ("en-CA"), or the
 * page plainly belongs to a dollar country other than the US: at least two of that country's signals (its post office,
 * its tax, its time zones, its places) and more than any other country's. A .com shop in Melbourne that ships with
 * Australia Post and quotes GST prices in Australian dollars, as the corpus conventions and its customers read it.
 */
import { currencyOfDomain, currencyOfRegion, MARKET_SIGNALS } from './places.js';
import { fenced, fencedRegExp } from './pattern-size.js';

export interface MoneyMatch {
  readonly amount: number;
  readonly currency: string;
  readonly index: number;
  readonly end: number;
}

/** Prefix symbols → ISO code. `$` alone is resolved by `dollarCurrency`. Longest first when matching. */
const PREFIX_SYMBOLS: Record<string, string> = {
  'US$': 'USD', 'USD$': 'USD', 'C$': 'CAD', 'CA$': 'CAD', 'CAD$': 'CAD', 'CDN$': 'CAD', 'A$': 'AUD', 'AU$': 'AUD',
  'AUD$': 'AUD', 'NZ$': 'NZD', 'NZD$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD', 'R$': 'BRL', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR',
  // Rand and rupee prefixes as South African and Indian shops write them ("R1 500", "Rs. 200"); capital only, before a digit.
  'R': 'ZAR', 'Rs.': 'INR', 'Rs': 'INR',
};
/** ISO codes read before or after an amount ("USD 50", "50 EUR"). */
const ISO_CODES = ['USD', 'CAD', 'AUD', 'NZD', 'GBP', 'EUR', 'CHF', 'SEK', 'NOK', 'DKK', 'JPY', 'INR', 'SGD', 'HKD', 'MXN', 'ZAR'];
/** Suffix symbols ("50 €", "50£"). */
const SUFFIX_SYMBOLS: Record<string, string> = { '€': 'EUR', '£': 'GBP', '$': '$' };
/** The currencies written "$": a bare "$" is one of them, told by the page's domain, language tag or signals (places.ts). */
const DOLLARS: ReadonlySet<string> = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']);
/** The dollar markets' signals (places.ts): a page must name at least LOCALE_MIN_SIGNALS of one, more than any other's. */
const LOCALE_SIGNALS = MARKET_SIGNALS.filter((m) => DOLLARS.has(m.currency));
/** At least this many signals, and more than any other country's, before a page's "$" stops meaning USD. */
const LOCALE_MIN_SIGNALS = 2;
/**
 * Signals that a page belongs to a dollar country: carriers, taxes, zones and place names, and the area a shop serves
 * named as its own ("Australia-wide"), which counts once more. Spelling is never a signal (Canadians write "colour", so
 * do Britons). US signals count against the others.
 */
function dollarFromLocale(pageText: string): string | undefined {
  const hits = (re: RegExp | undefined): number => (re ? (pageText.match(re)?.length ?? 0) : 0);
  const counts = LOCALE_SIGNALS.map(({ currency, signals, homeArea }) => [currency, hits(signals) + hits(homeArea)] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = counts;
  if (!best || best[0] === 'USD' || best[1] < LOCALE_MIN_SIGNALS || (second && second[1] >= best[1])) return undefined;
  return best[0];
}

/** What "$" means on a shop of this host's domain (a .ca host → CAD), or undefined. */
function dollarOfHost(host: string): string | undefined {
  const currency = currencyOfDomain(host);
  return currency && DOLLARS.has(currency) ? currency : undefined;
}

/** A page stating its own currency ("All prices are in Canadian dollars", "prices shown in AUD"). */
const PAGE_CURRENCY_RE = fenced(/\b(?:prices?|amounts?|costs?|charges?)\b[^.]{0,40}\b(?:in|are)\s+(canadian dollars|australian dollars|new zealand dollars|us dollars|u\.s\. dollars|CAD|AUD|NZD|USD)\b/i);
const PAGE_CURRENCY_NAMES: Record<string, string> = {
  'canadian dollars': 'CAD', 'australian dollars': 'AUD', 'new zealand dollars': 'NZD', 'us dollars': 'USD', 'u.s. dollars': 'USD',
};

export interface PageHints {
  /** The page's language tag, e.g. "en-CA". */
  readonly lang?: string | undefined;
  /** The page's footer text (its "All prices in Canadian dollars" is dropped with the chrome). */
  readonly footerText?: string | undefined;
}

/** What a bare "$" means on this page (see module comment). */
export function dollarCurrency(url: string | null | undefined, pageText: string, hints: PageHints = {}): string {
  const named = (m: RegExpExecArray): string => PAGE_CURRENCY_NAMES[m[1]!.toLowerCase()] ?? m[1]!.toUpperCase();
  const stated = PAGE_CURRENCY_RE.exec(pageText);
  if (stated) return named(stated);
  if (url) {
    try {
      const dollar = dollarOfHost(new URL(url).hostname);
      if (dollar) return dollar;
    } catch {
      // not a URL: keep the default
    }
  }
  // Only a page that prices in bare "$" needs its footer read.
  const footer = hints.footerText && pageText.includes('$') ? PAGE_CURRENCY_RE.exec(hints.footerText) : null;
  if (footer) return named(footer);
  // The region of its language tag ("en-CA").
  const region = hints.lang?.split('-')[1];
  const regional = region ? currencyOfRegion(region) : undefined;
  if (regional && DOLLARS.has(regional)) return regional;
  return dollarFromLocale(pageText) ?? 'USD';
}

const AMOUNT = '(\\d{1,3}(?:[,\\s]\\d{3})+(?:\\.\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)';
const escape = (s: string): string => s.replace(/[$.*+?^(){}|[\]\\]/g, '\\$&');
const PREFIX_ALT = [...Object.keys(PREFIX_SYMBOLS), '$'].sort((a, b) => b.length - a.length).map(escape).join('|');
const MONEY_RE = fencedRegExp(
  [
    // "$250+ CAD": a code after the amount (and its "+") names the dollar.
    `(?<![\\p{L}])(${PREFIX_ALT})\\s?${AMOUNT}(?:\\+?\\s?(${ISO_CODES.join('|')})\\b)?`,
    `\\b(${ISO_CODES.join('|')})\\s?\\$?\\s?${AMOUNT}`,
    `(?<![\\d.,$£€])${AMOUNT}\\s?(${ISO_CODES.join('|')}|€|£)(?![\\p{L}])`,
    // Written-out currency words ("50 euros", "40 dollars"); "pounds" alone is left out because it is also a weight.
    `(?<![\\d.,$£€])${AMOUNT}\\s(euros?|dollars|pounds sterling)\\b`,
  ].join('|'),
  'gu',
);

function parseAmount(raw: string): number {
  let s = raw.replace(/\s/g, '');
  // "50,00" (decimal comma) vs "1,000" (thousands): two digits after a single comma is a decimal.
  if (/^\d+,\d{1,2}$/.test(s)) s = s.replace(',', '.');
  else s = s.replace(/,/g, '');
  return Number(s);
}

/**
 * A currency sign right before a figure ("$5", "£ 10"), or the euro sign after it as much of Europe writes it ("12 €",
 * "4,90€"): the quick test that a sentence quotes a price, without reading it.
 */
const PRICE_MARK = /[$£€]\s?\d|\d\s?€/;

/** Whether the text quotes a price by a currency sign (findMoney reads the amounts; this only asks). */
export function quotesPrice(text: string): boolean {
  return PRICE_MARK.test(text);
}

/** Every amount of money in a sentence; `dollar` is what a bare "$" means (see `dollarCurrency`). */
export function findMoney(text: string, dollar = 'USD'): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  MONEY_RE.lastIndex = 0;
  for (let m = MONEY_RE.exec(text); m; m = MONEY_RE.exec(text)) {
    let currency: string;
    let amount: number;
    if (m[1] !== undefined) {
      amount = parseAmount(m[2]!);
      currency = m[3] ?? (m[1] === '$' ? dollar : PREFIX_SYMBOLS[m[1]]!);
    } else if (m[4] !== undefined) {
      amount = parseAmount(m[5]!);
      currency = m[4];
    } else if (m[8] !== undefined) {
      amount = parseAmount(m[8]);
      const word = m[9]!.toLowerCase();
      currency = word.startsWith('euro') ? 'EUR' : word === 'dollars' ? dollar : 'GBP';
    } else {
      amount = parseAmount(m[6]!);
      const sym = m[7]!;
      currency = SUFFIX_SYMBOLS[sym] ?? sym;
      if (currency === '$') currency = dollar;
    }
    if (Number.isFinite(amount)) out.push({ amount, currency, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Percentages: "15%", "15 %", "15 percent", "fifteen per cent" (after normaliseNumbers). */
export function findPercents(text: string): { percent: number; index: number }[] {
  const out: { percent: number; index: number }[] = [];
  const re = /(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per cent\b|pct\b)/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ percent: Number(m[1]), index: m.index });
  return out;
}

/**
 * Markets that price in pounds, euros or rupees, told by their national carriers and home-area words (places.ts), for a
 * page that states no amount with a sign ("free delivery on orders over 60" on a .com page that ships with PostNL).
 */
const OTHER_MARKETS = MARKET_SIGNALS.filter((m) => !DOLLARS.has(m.currency));

function currencyFromMarket(text: string): string | undefined {
  const counts = OTHER_MARKETS.map(({ currency, signals }) => [currency, text.match(signals)?.length ?? 0] as const).filter(([, n]) => n > 0);
  return counts.length === 1 ? counts[0]![0] : undefined;
}

/**
 * The currency a page prices in: the one most of its amounts use, else its domain's, else its national carriers'
 * (MARKET_SIGNALS), else what "$" means there.
 */
export function pageCurrency(units: readonly { readonly text: string }[], pageText: string, url: string | null | undefined, dollar: string): string {
  const counts = new Map<string, number>();
  for (const u of units) {
    if (!/[$£€]|\b[A-Z]{3}\b/.test(u.text)) continue;
    for (const m of findMoney(u.text, dollar)) counts.set(m.currency, (counts.get(m.currency) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [c, n] of counts) if (best === undefined || n > counts.get(best)!) best = c;
  if (best) return best;
  if (url) {
    try {
      const byDomain = currencyOfDomain(new URL(url).hostname);
      if (byDomain) return byDomain;
    } catch {
      // not a URL
    }
  }
  if (dollar === 'USD') return currencyFromMarket(pageText) ?? dollar;
  return dollar;
}
