/**
 * Who speaks and how firmly: the shop's own first person, and the hedge words of generic filler ("items are usually
 * accepted", "as a rule we don't refund"). One word class each, read by the template filter (template-text.ts) and by
 * the page-level returns readers (rules/other-policy.ts).
 */

/** The shop speaking as itself: "we", "our", "us", "I", "my". */
const SHOP_VOICE_WORDS: readonly string[] = ['we', 'our', 'ours', 'us', "we're", "we'll", "we've", "we'd", 'i', "i'm", "i'll", "i've", 'my'];
/** Any of them as a word; a lone "i" only when it is not the "i" of "i.e.". */
export const SHOP_VOICE = new RegExp(`\\b(?:${SHOP_VOICE_WORDS.filter((w) => w !== 'i').join('|')})\\b|\\bi\\b(?!\\.)`);

/** Words and phrases that say what happens as a habit, not always: "generally", "as a rule", "in most cases". */
const HEDGE_WORDS: readonly string[] = ['generally', 'usually', 'normally', 'typically', 'commonly', 'often', 'customarily', 'ordinarily', 'as a rule', 'in most cases', 'in general'];
/** The hedge alternation, for a frame built around it (other-policy.ts: a hedge beside a refusing verb). */
export const HEDGE = `(?:${HEDGE_WORDS.join('|')})`;
/** Words that limit an area's claim ("mainly to the mainland"): a few of the hedges, and the words of extent. */
export const AREA_HEDGE_WORDS: readonly string[] = ['mainly', 'mostly', 'usually', 'generally', 'normally', 'typically', 'primarily'];
/** A hedge anywhere in the text, as a whole word or phrase. */
export const HEDGED = new RegExp(`\\b${HEDGE}\\b`);
