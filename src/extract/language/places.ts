/**
 * Places: one word class of countries and regions, each row holding everything the readers need to know of it — the
 * names a shop writes, the adjectives of its addresses and customers, its money and web domain, the carriers, taxes
 * and cities that give a page away as that market's, its outlying areas — so that a country is added in one row.
 *
 * Readers: the currency of a page (money.ts: what a bare "$" means, a market told by its carriers), shipping's home
 * market and destinations (rules/shipping.ts: HOME, the destination and home-only frames, options for another place),
 * and the scope of a value (scope.ts: "returns from Canada take 14 days").
 *
 * Names are lower-case regular-expression fragments, as the normalised unit text writes them. Words that are also
 * common nouns on a shop page (Turkey, Jersey, Georgia, Jordan) are left out: a butcher's "we deliver turkey" is no
 * destination. The order of the rows is the order the names are tried in.
 */
import { fenceGroups } from './pattern-size.js';
import { MARKET_CARRIERS } from './third-parties.js';

export interface Place {
  /** ISO 3166 code of a country (its language-tag region: "en-CA" → "ca"), or a short id of a region ("eu"). */
  readonly id: string;
  readonly kind: 'country' | 'region';
  /** The place as written after "to", "in" or "outside": "canada", "the republic of ireland", "europe". */
  readonly names: readonly string[];
  /** Words for its addresses, customers or deliveries: "australian addresses", "uk deliveries". */
  readonly adjectives?: readonly string[];
  /** More ways a page priced in this place's money names it as its own market ("the us", "mainland uk", "nz"). */
  readonly home?: readonly string[];
  /** Parts of it named as the whole area served: "england", "the 48 contiguous states", "the european union". */
  readonly parts?: readonly string[];
  /** The name that heads a shipping option of its own on a page of the default market: "Canada: 7-10 days", "Europe: €15". */
  readonly option?: readonly string[];
  /** Names under which a term is limited to this place: "returns from Canada", "UK orders", "EU customers". */
  readonly scope?: readonly string[];
  /** Areas of it served as an option of their own: "Alaska & Hawaii", "APO/FPO", "South Island". */
  readonly outlying?: readonly string[];
  /** ISO 4217 code of its money. */
  readonly currency?: string;
  /** Web domains that say a shop is this market's ("ca" for shop.example.ca). */
  readonly domains?: readonly string[];
  /** What gives a page away as this market's without its name: national carriers (third-parties.ts), taxes, time zones, cities. */
  readonly signals?: readonly string[];
  /** The market named as the area a shop serves ("within Australia", "Australia-wide"): counts once more than a signal. */
  readonly homeArea?: readonly string[];
}

export const PLACES: readonly Place[] = [
  {
    id: 'us', kind: 'country', names: ['united states', 'united states of america', 'usa', 'u\\.s\\.a\\.?'], adjectives: ['american', 'us', 'u\\.s\\.'],
    // "us" alone is the pronoun: the country is "the US", "US orders", "US and Canada".
    home: ['the us', 'us (?:and|&|orders|addresses|customers|shipping|delivery|mainland)', 'u\\.s\\.?', 'contiguous', 'continental us', 'lower 48'],
    parts: ['(?:lower )?48 (?:contiguous |continental )?states', 'lower 48'], outlying: ['alaska', 'hawaii', 'puerto rico', 'apo', 'fpo'], currency: 'USD',
    signals: [...MARKET_CARRIERS.us, 'contiguous (?:u\\.?s\\.?|united states)', 'continental (?:u\\.?s\\.?|united states)', 'lower 48', 'alaska', 'hawaii', 'puerto rico', 'sales tax', '(?:e|c|m|p)[sd]t\\b', 'eastern time', 'pacific time', 'within the (?:u\\.?s\\.?|united states)'],
    homeArea: ['within the (?:u\\.?s\\.?|united states)', 'contiguous (?:u\\.?s\\.?|united states)'],
  },
  {
    id: 'ca', kind: 'country', names: ['canada'], adjectives: ['canadian'], home: ['canadian'], option: ['canada'], scope: ['canada'], currency: 'CAD', domains: ['ca'],
    signals: [...MARKET_CARRIERS.ca, 'gst\\/hst', 'hst', 'pst', 'qst', 'within canada', 'across canada', 'canada-wide', 'ontario', 'quebec', 'québec', 'british columbia', 'alberta', 'manitoba', 'saskatchewan', 'nova scotia', 'toronto', 'vancouver', 'montreal', 'montréal', 'calgary', 'ottawa', 'winnipeg', 'halifax'],
    homeArea: ['(?:within|across) canada', 'canada-wide'],
  },
  { id: 'mx', kind: 'country', names: ['mexico'], currency: 'MXN' },
  {
    id: 'gb', kind: 'country', names: ['united kingdom', 'uk'], adjectives: ['british', 'uk'], home: ['u\\.k\\.', 'great britain', 'mainland uk', 'uk mainland'],
    parts: ['(?:great )?britain', 'england', 'scotland', 'wales', 'northern ireland'], scope: ['uk'], currency: 'GBP', domains: ['uk'],
    signals: [...MARKET_CARRIERS.gb, 'uk mainland', 'mainland uk', 'scottish highlands'],
  },
  { id: 'ie', kind: 'country', names: ['republic of ireland', 'ireland'], adjectives: ['irish'], currency: 'EUR', domains: ['ie'], signals: [...MARKET_CARRIERS.ie] },
  { id: 'fr', kind: 'country', names: ['france'], currency: 'EUR', domains: ['fr'], signals: [...MARKET_CARRIERS.fr] },
  { id: 'de', kind: 'country', names: ['germany'], currency: 'EUR', domains: ['de'], signals: [...MARKET_CARRIERS.de] },
  { id: 'be', kind: 'country', names: ['belgium'], currency: 'EUR', domains: ['be'], signals: [...MARKET_CARRIERS.be] },
  { id: 'nl', kind: 'country', names: ['netherlands', 'holland'], currency: 'EUR', domains: ['nl'], signals: [...MARKET_CARRIERS.nl] },
  { id: 'lu', kind: 'country', names: ['luxembourg'], currency: 'EUR', domains: ['lu'] },
  { id: 'ch', kind: 'country', names: ['switzerland'], currency: 'CHF' },
  { id: 'at', kind: 'country', names: ['austria'], currency: 'EUR', domains: ['at'] },
  { id: 'it', kind: 'country', names: ['italy'], currency: 'EUR', domains: ['it'], signals: [...MARKET_CARRIERS.it] },
  { id: 'es', kind: 'country', names: ['spain'], currency: 'EUR', domains: ['es'], signals: [...MARKET_CARRIERS.es] },
  { id: 'pt', kind: 'country', names: ['portugal'], currency: 'EUR', domains: ['pt'] },
  { id: 'dk', kind: 'country', names: ['denmark'], currency: 'DKK' },
  { id: 'se', kind: 'country', names: ['sweden'], currency: 'SEK' },
  { id: 'no', kind: 'country', names: ['norway'], currency: 'NOK' },
  { id: 'fi', kind: 'country', names: ['finland'], currency: 'EUR', domains: ['fi'] },
  { id: 'is', kind: 'country', names: ['iceland'] },
  { id: 'pl', kind: 'country', names: ['poland'] },
  { id: 'cz', kind: 'country', names: ['czech republic', 'czechia'] },
  { id: 'sk', kind: 'country', names: ['slovakia'], currency: 'EUR', domains: ['sk'] },
  { id: 'hu', kind: 'country', names: ['hungary'] },
  { id: 'ro', kind: 'country', names: ['romania'] },
  { id: 'bg', kind: 'country', names: ['bulgaria'] },
  { id: 'gr', kind: 'country', names: ['greece'], currency: 'EUR', domains: ['gr'] },
  { id: 'hr', kind: 'country', names: ['croatia'], currency: 'EUR' },
  { id: 'si', kind: 'country', names: ['slovenia'], currency: 'EUR', domains: ['si'] },
  { id: 'ee', kind: 'country', names: ['estonia'], currency: 'EUR', domains: ['ee'] },
  { id: 'lv', kind: 'country', names: ['latvia'], currency: 'EUR', domains: ['lv'] },
  { id: 'lt', kind: 'country', names: ['lithuania'], currency: 'EUR', domains: ['lt'] },
  { id: 'cy', kind: 'country', names: ['cyprus'], currency: 'EUR' },
  { id: 'mt', kind: 'country', names: ['malta'], currency: 'EUR' },
  {
    id: 'au', kind: 'country', names: ['australia'], adjectives: ['australian'], home: ['australian'], currency: 'AUD', domains: ['au'],
    signals: [...MARKET_CARRIERS.au, 'aest', 'aedt', 'acst', 'awst', 'abn', 'australian consumer law', 'within australia', 'across australia', 'australia[- ]wide', 'sydney', 'melbourne', 'brisbane', 'perth', 'adelaide', 'hobart', 'canberra', 'nsw', 'queensland', 'tasmania', 'victoria(?:n)?'],
    homeArea: ['(?:within|across) australia', 'australia[- ]wide'],
  },
  {
    id: 'nz', kind: 'country', names: ['new zealand'], adjectives: ['new zealand'], home: ['nz'], outlying: ['north island', 'south island'], currency: 'NZD', domains: ['nz'],
    signals: [...MARKET_CARRIERS.nz, 'nzst', 'nzdt', 'within (?:new zealand|nz)', 'across (?:new zealand|nz)', 'auckland', 'wellington', 'christchurch', 'dunedin', 'hamilton,? nz', 'north island', 'south island'],
    homeArea: ['(?:within|across) (?:new zealand|nz)', 'nationwide (?:new zealand|nz)'],
  },
  { id: 'jp', kind: 'country', names: ['japan'], currency: 'JPY' },
  {
    id: 'sg', kind: 'country', names: ['singapore'], adjectives: ['singaporean', 'singapore'], currency: 'SGD', domains: ['sg'],
    signals: ['singapore', ...MARKET_CARRIERS.sg, 'sgt'], homeArea: ['(?:within|across) (?:mainland )?singapore', 'mainland singapore', 'island-?wide'],
  },
  { id: 'hk', kind: 'country', names: ['hong kong'], currency: 'HKD', domains: ['hk'] },
  { id: 'kr', kind: 'country', names: ['south korea', 'korea'] },
  { id: 'tw', kind: 'country', names: ['taiwan'] },
  { id: 'cn', kind: 'country', names: ['china'] },
  {
    id: 'in', kind: 'country', names: ['india'], adjectives: ['indian'], currency: 'INR', domains: ['in'],
    signals: [...MARKET_CARRIERS.in, '(?:within|across) india', 'pan[- ]india', 'india[- ]wide'],
  },
  { id: 'my', kind: 'country', names: ['malaysia'], adjectives: ['malaysian'] },
  { id: 'th', kind: 'country', names: ['thailand'] },
  { id: 'id', kind: 'country', names: ['indonesia'] },
  { id: 'ph', kind: 'country', names: ['philippines'] },
  { id: 'vn', kind: 'country', names: ['vietnam'] },
  { id: 'br', kind: 'country', names: ['brazil'] },
  { id: 'ar', kind: 'country', names: ['argentina'] },
  { id: 'cl', kind: 'country', names: ['chile'] },
  { id: 'co', kind: 'country', names: ['colombia'] },
  { id: 'za', kind: 'country', names: ['south africa'], adjectives: ['south african'], home: ['sa'], currency: 'ZAR', domains: ['za'] },
  { id: 'ae', kind: 'country', names: ['united arab emirates', 'uae'] },
  { id: 'sa', kind: 'country', names: ['saudi arabia'] },
  { id: 'qa', kind: 'country', names: ['qatar'] },
  { id: 'il', kind: 'country', names: ['israel'] },
  { id: 'ng', kind: 'country', names: ['nigeria'] },
  { id: 'ke', kind: 'country', names: ['kenya'] },
  // Regions of several countries: sending to one crosses a border, whatever the shop's own country.
  { id: 'eu', kind: 'region', names: ['europe', 'the eu', 'e\\.u\\.?', 'eu', 'european union'], parts: ['european union', 'eu\\b'], option: ['europe'], scope: ['europe', 'eu'], domains: ['eu'], currency: 'EUR' },
  { id: 'asia', kind: 'region', names: ['asia'] },
  { id: 'americas', kind: 'region', names: ['north america', 'south america', 'latin america'] },
  { id: 'middle-east', kind: 'region', names: ['the middle east'] },
  { id: 'nordics', kind: 'region', names: ['scandinavia', 'the nordics'] },
  { id: 'caribbean', kind: 'region', names: ['the caribbean'] },
  { id: 'africa', kind: 'region', names: ['africa'] },
  { id: 'oceania', kind: 'region', names: ['oceania', 'the pacific islands'] },
];

const COUNTRIES = PLACES.filter((p) => p.kind === 'country');
const REGIONS = PLACES.filter((p) => p.kind === 'region');
const words = (rows: readonly Place[], field: (p: Place) => readonly string[] | undefined): string[] => rows.flatMap((p) => field(p) ?? []);

/** Every country name, in table order. */
export const COUNTRY_NAMES: readonly string[] = words(COUNTRIES, (p) => p.names);
/**
 * One country by name, with an optional "the". Fenced, as PLACE and PLACE_LIST are (pattern-size.ts): shipping's
 * patterns embed these tables over a dozen times.
 */
export const COUNTRY_NAME = fenceGroups(`(?:the )?(?:${COUNTRY_NAMES.join('|')})`);
/** Regions of several countries. */
export const REGION_NAMES: readonly string[] = words(REGIONS, (p) => p.names);
/** A country or a region, as written after "to", "outside" or in a list. */
export const PLACE = fenceGroups(`(?:${COUNTRY_NAME}|the us\\b|u\\.s\\.|${REGION_NAMES.join('|')})(?![a-z])`);
/** A list of two or more places: "Ireland, USA, Canada and Italy", "the UK / EU". */
export const PLACE_LIST = fenceGroups(`${PLACE}(?:\\s*(?:,|and|&|or|/)\\s*(?:and\\s+)?${PLACE})+`);
/** Adjectives of countries' addresses and customers ("australian addresses", "uk deliveries"). */
export const COUNTRY_ADJECTIVES: readonly string[] = words(COUNTRIES, (p) => p.adjectives);
/** Parts of a country or region named as the whole area served ("england", "the 48 contiguous states"). */
export const PLACE_PARTS: readonly string[] = words(PLACES, (p) => p.parts);
/** Names of places that head a shipping option of their own ("Canada", "Europe"). */
export const OPTION_PLACES: readonly string[] = words(PLACES, (p) => p.option);
/** Names under which a term is limited to a place ("Canada", "UK", "EU"). */
export const SCOPE_PLACES: readonly string[] = words(PLACES, (p) => p.scope);
/** Areas of a country served as an option of their own ("Alaska", "APO", "South Island"). */
export const OUTLYING_AREAS: readonly string[] = words(PLACES, (p) => p.outlying);

/**
 * Everywhere beyond the home market, as one word class by the part the word plays: the adjective of orders, customers
 * and services ("international orders", "overseas customers", "foreign shipping"), the adverb of sending ("we ship
 * abroad", "sent internationally"), and the name that heads an option or a section of its own ("Rest of world: £12",
 * "Overseas – 10-20 days"). Shipping's patterns read them through abroadWords, so a wording is added in one place.
 */
const ABROAD_WORDS = {
  adjective: ['international', 'overseas', 'worldwide', 'foreign'],
  adverb: ['internationally', 'overseas', 'worldwide', 'abroad'],
  head: ['international', 'worldwide', 'overseas', 'rest of (?:the )?world'],
} as const;
export type AbroadRole = keyof typeof ABROAD_WORDS;

/** The words abroad of the given roles, and any more a pattern needs, as one non-capturing alternation. */
export function abroadWords(roles: readonly AbroadRole[], ...more: readonly string[]): string {
  return `(?:${[...new Set([...roles.flatMap((r) => ABROAD_WORDS[r]), ...more])].join('|')})`;
}

const REGION = new RegExp(`^(?:the )?(?:${REGION_NAMES.join('|')})$`);
const EURO_COUNTRIES = new RegExp(`^(?:${words(COUNTRIES.filter((p) => p.currency === 'EUR'), (p) => p.names).join('|')})$`);

/**
 * How a page priced in `currency` names its own market: the names of the one country that prices in it (a shared
 * currency, the euro, has no single home), or undefined.
 */
export function homeNames(currency: string): RegExp | undefined {
  return HOME_BY_CURRENCY.get(currency);
}
const HOME_BY_CURRENCY = new Map<string, RegExp>(
  [...new Set(COUNTRIES.map((p) => p.currency).filter((c): c is string => c !== undefined))]
    .map((currency) => COUNTRIES.filter((p) => p.currency === currency))
    .filter((rows) => rows.length === 1)
    .map(([p]) => [p!.currency!, new RegExp(`\\b(?:${[...p!.names, ...(p!.home ?? [])].join('|')})\\b`)] as const),
);

/**
 * Whether a named place lies beyond a shop's home market: `home` names the market's own country (homeNames); a
 * region of several countries always does. With no home pattern (a euro shop), a euro country may be home.
 */
export function isAbroad(place: string, home: RegExp | undefined, pageCurrency: string): boolean {
  const p = place.trim().replace(/^the /, '');
  if (REGION.test(p)) return true;
  if (home) return !home.test(place);
  // A euro shop's own country is one of the euro countries, which the page does not say: only others count.
  return pageCurrency !== 'EUR' || !EURO_COUNTRIES.test(p);
}

/**
 * Whether a named place is the whole market a page's currency is spent in: a euro shop's "Europe" or "the EU" is its
 * home market as a whole (a time "within Europe" is its general one), though every region lies abroad for isAbroad.
 */
export function isCurrencyRegion(place: string, currency: string): boolean {
  const p = place.trim().replace(/^the /, '');
  return REGION_PATTERNS.some((r) => r.currency === currency && r.whole.test(p));
}
/** Each region's names as one whole-string pattern, compiled once: isCurrencyRegion runs per delivery time read. */
const REGION_PATTERNS = REGIONS.map((r) => ({ currency: r.currency, whole: new RegExp(`^(?:${r.names.join('|')})$`) }));

/** The currency of a shop by its web domain's last label ("ca" → CAD), or undefined. */
export function currencyOfDomain(host: string): string | undefined {
  const dot = host.lastIndexOf('.');
  return dot < 0 ? undefined : CURRENCY_BY_DOMAIN.get(host.slice(dot + 1).toLowerCase());
}
const CURRENCY_BY_DOMAIN = new Map(PLACES.flatMap((p) => (p.currency ? (p.domains ?? []).map((d) => [d, p.currency!] as const) : [])));

/** The currency of a country by its ISO code or language-tag region ("ca" → CAD), or undefined. */
export function currencyOfRegion(region: string): string | undefined {
  return CURRENCY_BY_REGION.get(region.toLowerCase());
}
const CURRENCY_BY_REGION = new Map(COUNTRIES.flatMap((p) => (p.currency ? [[p.id, p.currency] as const] : [])));

/** One market's give-away words, read by money.ts: `signals` and `homeArea` as case-insensitive global patterns. */
export interface MarketSignals {
  readonly currency: string;
  readonly signals: RegExp;
  readonly homeArea: RegExp | undefined;
}

/** Every currency whose countries have signals, with their signals and home-area words joined, in table order. */
export const MARKET_SIGNALS: readonly MarketSignals[] = [...new Set(PLACES.filter((p) => p.signals).map((p) => p.currency!))].map((currency) => {
  const rows = PLACES.filter((p) => p.currency === currency);
  const homeArea = words(rows, (p) => p.homeArea);
  return {
    currency,
    signals: new RegExp(`\\b(?:${words(rows, (p) => p.signals).join('|')})\\b`, 'gi'),
    homeArea: homeArea.length > 0 ? new RegExp(homeArea.map((w) => `\\b${w}\\b`).join('|'), 'gi') : undefined,
  };
});
