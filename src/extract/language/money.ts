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
/** Country top-level domains that change what a bare "$" means. */
const DOLLAR_BY_TLD: [RegExp, string][] = [
  [/\.ca$/i, 'CAD'],
  [/\.au$/i, 'AUD'],
  [/\.nz$/i, 'NZD'],
  [/\.sg$/i, 'SGD'],
  [/\.hk$/i, 'HKD'],
];
/**
 * One dollar country's signals: carriers, taxes, zones and place names (`signals`), and the area a shop serves named as
 * its own (`homeArea`: "we deliver within mainland Singapore", "Australia-wide", "islandwide"), which says whose shop it
 * is more plainly than a place name and counts once more on top of its `signals` match.
 */
interface LocaleSignals {
  readonly code: string;
  readonly signals: RegExp;
  readonly homeArea: RegExp;
}
/**
 * Signals that a page belongs to a dollar country, as data. Spelling is never a signal (Canadians write "colour", so
 * do Britons); carriers, taxes, zones and place names are. US signals count against the others.
 */
const LOCALE_SIGNALS: readonly LocaleSignals[] = [
  { code: 'AUD', signals: /\b(?:australia post|auspost|startrack|aest|aedt|acst|awst|abn|australian consumer law|within australia|across australia|australia[- ]wide|sydney|melbourne|brisbane|perth|adelaide|hobart|canberra|nsw|queensland|tasmania|victoria(?:n)?)\b/gi, homeArea: /\b(?:within|across) australia\b|\baustralia[- ]wide\b/gi },
  { code: 'CAD', signals: /\b(?:canada post|purolator|xpresspost|gst\/hst|hst|pst|qst|within canada|across canada|canada-wide|ontario|quebec|québec|british columbia|alberta|manitoba|saskatchewan|nova scotia|toronto|vancouver|montreal|montréal|calgary|ottawa|winnipeg|halifax)\b/gi, homeArea: /\b(?:within|across) canada\b|\bcanada-wide\b/gi },
  { code: 'NZD', signals: /\b(?:nz post|new zealand post|courierpost|nzst|nzdt|within (?:new zealand|nz)|across (?:new zealand|nz)|auckland|wellington|christchurch|dunedin|hamilton,? nz|north island|south island)\b/gi, homeArea: /\b(?:within|across) (?:new zealand|nz)\b|\bnationwide (?:new zealand|nz)\b/gi },
  { code: 'SGD', signals: /\b(?:singapore|singpost|sgt)\b/gi, homeArea: /\b(?:within|across) (?:mainland )?singapore\b|\bmainland singapore\b|\bisland-?wide\b/gi },
  { code: 'USD', signals: /\b(?:usps|contiguous (?:u\.?s\.?|united states)|continental (?:u\.?s\.?|united states)|lower 48|alaska|hawaii|puerto rico|sales tax|(?:e|c|m|p)[sd]t\b|eastern time|pacific time|within the (?:u\.?s\.?|united states))\b/gi, homeArea: /\bwithin the (?:u\.?s\.?|united states)\b|\bcontiguous (?:u\.?s\.?|united states)\b/gi },
];
/** At least this many signals, and more than any other country's, before a page's "$" stops meaning USD. */
const LOCALE_MIN_SIGNALS = 2;
function dollarFromLocale(pageText: string): string | undefined {
  const hits = (re: RegExp): number => pageText.match(re)?.length ?? 0;
  const counts = LOCALE_SIGNALS.map(({ code, signals, homeArea }) => [code, hits(signals) + hits(homeArea)] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = counts;
  if (!best || best[0] === 'USD' || best[1] < LOCALE_MIN_SIGNALS || (second && second[1] >= best[1])) return undefined;
  return best[0];
}

/** A page stating its own currency ("All prices are in Canadian dollars", "prices shown in AUD"). */
const PAGE_CURRENCY_RE = /\b(?:prices?|amounts?|costs?|charges?)\b[^.]{0,40}\b(?:in|are)\s+(canadian dollars|australian dollars|new zealand dollars|us dollars|u\.s\. dollars|CAD|AUD|NZD|USD)\b/i;
const PAGE_CURRENCY_NAMES: Record<string, string> = {
  'canadian dollars': 'CAD', 'australian dollars': 'AUD', 'new zealand dollars': 'NZD', 'us dollars': 'USD', 'u.s. dollars': 'USD',
};

/** What a bare "$" means on this page (see module comment). */
/** Region of a language tag ("en-CA") → what "$" means there. */
const DOLLAR_BY_REGION: Record<string, string> = { ca: 'CAD', au: 'AUD', nz: 'NZD', sg: 'SGD', hk: 'HKD', us: 'USD' };

export interface PageHints {
  /** The page's language tag, e.g. "en-CA". */
  readonly lang?: string | undefined;
  /** The page's footer text (its "All prices in Canadian dollars" is dropped with the chrome). */
  readonly footerText?: string | undefined;
}

export function dollarCurrency(url: string | null | undefined, pageText: string, hints: PageHints = {}): string {
  const named = (m: RegExpExecArray): string => PAGE_CURRENCY_NAMES[m[1]!.toLowerCase()] ?? m[1]!.toUpperCase();
  const stated = PAGE_CURRENCY_RE.exec(pageText);
  if (stated) return named(stated);
  if (url) {
    try {
      const host = new URL(url).hostname;
      for (const [re, code] of DOLLAR_BY_TLD) if (re.test(host)) return code;
    } catch {
      // not a URL: keep the default
    }
  }
  // Only a page that prices in bare "$" needs its footer read.
  const footer = hints.footerText && pageText.includes('$') ? PAGE_CURRENCY_RE.exec(hints.footerText) : null;
  if (footer) return named(footer);
  const region = hints.lang?.split('-')[1]?.toLowerCase();
  if (region && DOLLAR_BY_REGION[region]) return DOLLAR_BY_REGION[region]!;
  return dollarFromLocale(pageText) ?? 'USD';
}

const AMOUNT = '(\\d{1,3}(?:[,\\s]\\d{3})+(?:\\.\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)';
const escape = (s: string): string => s.replace(/[$.*+?^(){}|[\]\\]/g, '\\$&');
const PREFIX_ALT = [...Object.keys(PREFIX_SYMBOLS), '$'].sort((a, b) => b.length - a.length).map(escape).join('|');
const MONEY_RE = new RegExp(
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

/** Currencies by country domain, for pages that state no amount at all. */
const CURRENCY_BY_TLD: [RegExp, string][] = [
  [/\.uk$/i, 'GBP'],
  [/\.(?:de|fr|es|it|nl|be|at|ie|fi|pt|gr|eu|lu|sk|si|ee|lv|lt)$/i, 'EUR'],
  [/\.za$/i, 'ZAR'],
  [/\.in$/i, 'INR'],
  ...DOLLAR_BY_TLD,
];

/**
 * Markets that price in pounds, euros or rupees, told by their national carriers and home-area words, for a page that states
 * no amount with a sign ("free delivery on orders over 60" on a .com page that ships with PostNL).
 */
const MARKET_SIGNALS: readonly (readonly [string, RegExp])[] = [
  ['GBP', /\b(?:royal mail|parcelforce|evri|yodel|myhermes|uk mainland|mainland uk|scottish highlands)\b/gi],
  ['EUR', /\b(?:postnl|an post|colissimo|chronopost|la poste|bpost|deutsche post|correos|poste italiane)\b/gi],
  ['INR', /\b(?:india post|(?:within|across) india|pan[- ]india|india[- ]wide)\b/gi],
];

function currencyFromMarket(text: string): string | undefined {
  const counts = MARKET_SIGNALS.map(([code, re]) => [code, text.match(re)?.length ?? 0] as const).filter(([, n]) => n > 0);
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
      const host = new URL(url).hostname;
      for (const [re, code] of CURRENCY_BY_TLD) if (re.test(host)) return code;
    } catch {
      // not a URL
    }
  }
  if (dollar === 'USD') return currencyFromMarket(pageText) ?? dollar;
  return dollar;
}
