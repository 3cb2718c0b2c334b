/**
 * Why a feedback text cannot be read, if it cannot: empty, unreadable encoding (replacement characters where the
 * bytes did not decode), or not English (the classifier and lexicons are English). Counted by reason, never fatal.
 */

export const BAD_ROW_REASONS = ['empty', 'unreadable encoding', 'broken quoting', 'broken JSON', 'not English'] as const;
/** A row the shop did not publish (feedback-columns.ts's status values) is set aside with its status named. */
export type BadRowReason = (typeof BAD_ROW_REASONS)[number] | `not published, status ${string}`;

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

/** A letter outside the Latin script; most feedback has none, and then no letter needs counting. */
const NON_LATIN_LETTER = /[^\p{Script=Latin}\P{L}]/u;
const WORD_RE = /\p{L}+/gu;

export function textProblem(text: string): BadRowReason | undefined {
  const trimmed = text.trim();
  if (!trimmed) return 'empty';
  // One replacement character (U+FFFD) already means the bytes were not in the encoding we read them in.
  if (trimmed.includes('\uFFFD')) return 'unreadable encoding';
  if (NON_LATIN_LETTER.test(trimmed)) {
    const letters = trimmed.replace(/\P{L}+/gu, '').length;
    const latin = trimmed.replace(/\P{Script=Latin}+/gu, '').length;
    if (letters > 0 && 1 - latin / letters > NON_LATIN_SHARE) return 'not English';
  }
  let words = 0;
  let english = 0;
  let foreign = 0;
  for (const m of trimmed.toLowerCase().matchAll(WORD_RE)) {
    words++;
    if (ENGLISH_WORDS.has(m[0])) english++;
    else if (FOREIGN_WORDS.has(m[0])) foreign++;
  }
  if (words === 0) return 'empty';
  if (words < MIN_WORDS_TO_JUDGE) return undefined;
  return foreign >= 2 && foreign > english * 2 ? 'not English' : undefined;
}
