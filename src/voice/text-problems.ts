/**
 * Why a feedback text cannot be read, if it cannot: empty, unreadable encoding (replacement characters where the
 * bytes did not decode), or not English (the classifier and lexicons are English). Counted by reason, never fatal.
 */

export const BAD_ROW_REASONS = ['empty', 'unreadable encoding', 'broken quoting', 'broken JSON', 'not English'] as const;
export type BadRowReason = (typeof BAD_ROW_REASONS)[number];

/** Short English function words: a sentence of four or more words almost always holds one. */
const ENGLISH_WORDS = new Set(
  'the a an and or but to of in on at for with from by is are was were be been it its this that my me i we you they he she our your their not no have has had do did does so very just all can will would could should as if when what'.split(' '),
);
/** The same kind of words in the languages review exports most often mix in (French, German, Spanish, Dutch, Italian, Portuguese). */
const FOREIGN_WORDS = new Set(
  'le la les des est et une un du pour pas avec tres très der die das und ist nicht ein eine mit sehr für el los las es muy por con una pero het een niet zeer voor il di che non molto per ma della o os um uma não com mais de que'.split(' '),
);
/** Share of letters outside the Latin script above which a text is not English (Cyrillic, CJK, Arabic…). */
const NON_LATIN_SHARE = 0.5;
/** Fewer words than this are too short to judge the language of ("Speedy delivery!"). */
const MIN_WORDS_TO_JUDGE = 4;
/** Replacement characters (U+FFFD) above this share of characters make the text unreadable. */
const REPLACEMENT_SHARE = 0;

export function textProblem(text: string): BadRowReason | undefined {
  const trimmed = text.trim();
  if (!trimmed) return 'empty';
  const replacements = (trimmed.match(/\uFFFD/g) ?? []).length;
  if (replacements / trimmed.length > REPLACEMENT_SHARE) return 'unreadable encoding';
  if (!/\p{L}/u.test(trimmed)) return 'empty';
  const letters = trimmed.match(/\p{L}/gu) ?? [];
  const latin = trimmed.match(/\p{Script=Latin}/gu) ?? [];
  if (letters.length > 0 && 1 - latin.length / letters.length > NON_LATIN_SHARE) return 'not English';
  const words = trimmed.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS_TO_JUDGE) return undefined;
  let english = 0;
  let foreign = 0;
  for (const w of words) {
    if (ENGLISH_WORDS.has(w)) english++;
    else if (FOREIGN_WORDS.has(w)) foreign++;
  }
  return foreign >= 2 && foreign > english * 2 ? 'not English' : undefined;
}
