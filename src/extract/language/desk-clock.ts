/**
 * The help desk's own clock (issue 11, "another policy's time read as this one"): a duration that says how soon the
 * shop answers ("we reply to refund requests within 2 business days", "exchange enquiries: first response within 3
 * days") or a clock time that says when messages are picked up ("emails received after 5pm are answered the next day")
 * is the reply time of support, never a return window, a refund time, a dispatch time or an order cut-off. The phrase is
 * struck out of the text that the other categories' rules read; the reply-time rule still reads it whole.
 */

import { durationSpan } from './numbers.js';
import { fencedRegExp } from './pattern-size.js';

/**
 * A span of time as the normalised text writes it ("2 business days", "24-48 hours", "24/48 hours", "up to 3 days"):
 * numbers.ts's duration grammar, with minutes (a desk answers in minutes) and hedges a reply promise uses.
 */
const SPAN = String.raw`(?:about |around |approximately |roughly )?` + durationSpan(String.raw`minutes?|mins?`);
/** Words that make a duration the desk's answer: reply, respond, acknowledge, get back to you, hear back. */
const ANSWER = String.raw`(?:respon(?:d|ds|ded|se|ses)|repl(?:y|ies|ied)|answer(?:s|ed)?|acknowledg(?:e|es|ed|ement)|get(?:s)? back to (?:you|customers)|hear back|back in touch)`;
/** Up to six words between the answer and its span, not crossing into a second clause ("and ship within 3 days"). */
const GAP = String.raw`(?:(?!(?:and|or|then|but|while|whereas)\b)[a-z'-]+ ){0,6}`;
/** What a desk receives: messages, not orders. */
const MESSAGES = String.raw`(?:e-?mails?|messages?|quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies)|calls?|voicemails?|tickets?|requests? for (?:help|support))`;

const DESK_CLOCK = fencedRegExp(
  [
    // "we reply to every refund request within 2 business days", "first response within 3 days"
    String.raw`\b${ANSWER} ${GAP}(?:with)?in ${SPAN}`,
    // "please allow 2 business days for a response"
    String.raw`\ballow ${SPAN} for (?:a |our |the |your )?(?:response|reply|answer|us to (?:respond|reply|answer|get back))\b`,
    // "response time: 1 business day", "24-hour response time"
    String.raw`\b(?:response|reply|answer) times?:? (?:is |of |are )?(?:usually |typically |normally )?${SPAN}`,
    String.raw`\b${SPAN} (?:response|reply) (?:time|guarantee)\b`,
    // "emails received after 5pm", "queries submitted after 6:00 pm"
    String.raw`\b${MESSAGES} (?:received|submitted|sent|made|left|placed) (?:after|before|by|past) \d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)?`,
  ].join('|'),
  'g',
);

/** Each form of DESK_CLOCK holds one of these words. */
const DESK_HINT = /respon|repl|answer|acknowledg|back in|back to|hear back|allow|received|submitted|sent|made|left|placed/;

/** The phrases of a text that give the desk's clock ("reply within 24 hours"), in order. */
export function deskClockPhrases(norm: string): string[] {
  return [...norm.matchAll(DESK_CLOCK)].map((m) => m[0]);
}

/** The text with the desk's clock struck out, for rules of categories other than support; the same string when it has none. */
export function withoutDeskClock(norm: string): string {
  // Every form holds a figure: a text without a digit is skipped before the pattern runs (bench:extract).
  return /\d/.test(norm) && DESK_HINT.test(norm) ? norm.replace(DESK_CLOCK, 'a reply') : norm;
}
