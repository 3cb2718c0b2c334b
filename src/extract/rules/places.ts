/**
 * Places a shop names when it says where it sends parcels: one word class of countries (with the short forms shops
 * write) and one of regions, read by the international rule's frames ("we deliver to Belgium, Austria and Iceland",
 * "duties apply outside the Republic of Ireland", "we also post to Norway"). Words that are also common nouns on a shop
 * page (Turkey, Jersey, Georgia, Jordan) are left out: a butcher's "we deliver turkey" is no destination.
 */
export const COUNTRY_NAMES: readonly string[] = [
  'united states', 'united states of america', 'usa', 'u\\.s\\.a\\.?', 'canada', 'mexico', 'united kingdom', 'uk', 'republic of ireland', 'ireland',
  'france', 'germany', 'belgium', 'netherlands', 'holland', 'luxembourg', 'switzerland', 'austria', 'italy', 'spain', 'portugal',
  'denmark', 'sweden', 'norway', 'finland', 'iceland', 'poland', 'czech republic', 'czechia', 'slovakia', 'hungary', 'romania',
  'bulgaria', 'greece', 'croatia', 'slovenia', 'estonia', 'latvia', 'lithuania', 'cyprus', 'malta', 'australia', 'new zealand',
  'japan', 'singapore', 'hong kong', 'south korea', 'korea', 'taiwan', 'china', 'india', 'malaysia', 'thailand', 'indonesia',
  'philippines', 'vietnam', 'brazil', 'argentina', 'chile', 'colombia', 'south africa', 'united arab emirates', 'uae', 'saudi arabia',
  'qatar', 'israel', 'nigeria', 'kenya',
];
/** One country by name, with an optional "the". */
export const COUNTRY_NAME = `(?:the )?(?:${COUNTRY_NAMES.join('|')})`;
/** Regions of several countries: sending to one crosses a border, whatever the shop's own country. */
export const REGION_NAMES: readonly string[] = [
  'europe', 'the eu', 'e\\.u\\.?', 'eu', 'european union', 'asia', 'north america', 'south america', 'latin america', 'the middle east',
  'scandinavia', 'the nordics', 'the caribbean', 'africa', 'oceania', 'the pacific islands',
];
/** A country or a region, as written after "to", "outside" or in a list. */
export const PLACE = `(?:${COUNTRY_NAME}|the us\\b|u\\.s\\.|${REGION_NAMES.join('|')})(?![a-z])`;
/** A list of two or more places: "Ireland, USA, Canada and Italy", "the UK / EU". */
export const PLACE_LIST = `${PLACE}(?:\\s*(?:,|and|&|or|/)\\s*(?:and\\s+)?${PLACE})+`;
const REGION = new RegExp(`^(?:the )?(?:${REGION_NAMES.join('|')})$`);
const EURO_COUNTRIES = /^(?:republic of ireland|ireland|france|germany|belgium|netherlands|holland|luxembourg|austria|italy|spain|portugal|finland|greece|slovakia|slovenia|estonia|latvia|lithuania|cyprus|malta|croatia)$/;

/**
 * Whether a named place lies beyond a shop's home market: `home` names the market's own country (HOME_NAMES); a
 * region of several countries always does. With no home pattern (a euro shop), a euro country may be home.
 */
export function isAbroad(place: string, home: RegExp | undefined, pageCurrency: string): boolean {
  const p = place.trim().replace(/^the /, '');
  if (REGION.test(p)) return true;
  if (home) return !home.test(place);
  // A euro shop's own country is one of the euro countries, which the page does not say: only others count.
  return pageCurrency !== 'EUR' || !EURO_COUNTRIES.test(p);
}
