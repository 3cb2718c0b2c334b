/**
 * The customer as the one acting. Some acts are done by the shop and the customer alike: answering, replying, packing,
 * turning up, arriving. With the shop, its people or the parcel as the subject they are the service ("they replied
 * within the hour", "it turned up on Friday", "the driver showed up at noon"); with the customer as the subject they
 * are the customer's own story ("I replied that…", "we packed it into a bag to take back", "I turned up at the
 * counter", "I did not answer the door"). Read by the keyword tables (such an act names no element) and by the
 * sentiment lexicon (the customer not doing one is no failed service). "I got no reply" and "I never received it" are
 * not here: there the customer only receives.
 */
import { PhraseTable, type Words } from './phrase-matcher.js';

/** Matched by stems like any phrase. */
export const SHARED_ACTS: readonly string[] = [
  'respond', 'reply', 'answer', 'pack', 'packed', 'turn up', 'turned up', 'show up', 'showed up', 'come', 'came', 'arrive', 'arrived',
  // the customer setting a fault aside ("I chose to ignore the scratches") is no answer withheld
  'ignore', 'ignored', 'ignoring',
  // the customer's own phone ("so I picked up the phone to call them", "I answered the phone", "I talk on the phone with
  // Nina later that night") is not the shop's line being reached, and not its hours
  'pick up the phone', 'answer the phone', 'talk on the phone', 'spoke on the phone', 'speak on the phone',
  // the customer's own manner ("I was polite but firm", "we stayed calm", "I'll be patient") is no verdict on the staff
  ...['be', 'was', 'were', 'am', 'm', 'remained', 'stayed'].flatMap((be) => ['=patient', 'polite', 'calm', 'civil', 'courteous', 'nice', 'friendly', 'pleasant', '=rude'].map((m) => `=${be} ${m}`)),
];
/** Who the customer is as a subject: the writer. */
export const CUSTOMER_SUBJECTS: readonly string[] = ['i', 'we'];
/**
 * Words that may stand between the subject and the act: auxiliaries, negators and adverbs of time or manner ("I had
 * already packed it", "we could not answer", "I finally turned up"). Not "was" or "were": "we were answered within
 * minutes" is the shop answering.
 */
export const SUBJECT_FILLERS: readonly string[] = [
  'had', 'have', 've', 'has', 'd', 'll', 'do', 'did', 'does', 'can', 'could', 'would', 'will', 'should', 'not', 'never',
  'then', 'just', 'also', 'already', 'finally', 'eventually', 'immediately', 'quickly', 'carefully', 'even', 'once', 'again',
  'always', 'both', 'all', 'duly', 'dutifully', 'politely', 'simply', 'promptly',
];


const ACTS = PhraseTable.of(SHARED_ACTS);
const SUBJECTS = new Set(CUSTOMER_SUBJECTS);
const FILLERS = new Set(SUBJECT_FILLERS);

/** Whether the act whose first word is at `start` has the customer as its subject: "I replied", "we had already packed it". */
export function byCustomer(w: Words, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && FILLERS.has(w.tokens[i]!)) i--;
  // one verb of the customer's before the act: "I rushed to answer the door", "we chose to ignore it"
  if (i >= 1 && w.tokens[i] === 'to') {
    i -= 2;
    while (i >= 0 && FILLERS.has(w.tokens[i]!)) i--;
  }
  return i >= 0 && SUBJECTS.has(w.tokens[i]!);
}

/** Be-forms that may stand between a thing and what happened to it ("the refund was received", "has been"). */
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'be']);

/**
 * Whether the word before the act at `start`, past SUBJECT_FILLERS and be-forms, is one of `subjects` (tokens):
 * "the refund has finally come", "my money was received".
 */
export function subjectIs(w: Words, start: number, subjects: ReadonlySet<string>): boolean {
  const i = subjectIndex(w, start);
  return i >= 0 && subjects.has(w.tokens[i]!);
}

/** The place of the word before `start` past fillers and be-forms (-1 if none): the subject subjectIs reads. */
export function subjectIndex(w: Words, start: number): number {
  let i = start - 1;
  while (i >= 0 && (FILLERS.has(w.tokens[i]!) || BE_FORMS.has(w.tokens[i]!))) i--;
  return i;
}

/** Places of the words of shared acts whose subject is the customer. */
export function customerActs(w: Words): Set<number> {
  const own = new Set<number>();
  for (const hit of ACTS.matchAll(w)) if (byCustomer(w, hit.start)) for (let k = hit.start; k < hit.end; k++) own.add(k);
  return own;
}
