/**
 * Support rules: hours of cover (opening_hours string + timezone), contact channels, first-reply time.
 */
import { colonTimes, findTimeRanges, findTimeZone, hhmm } from '../language/clock.js';
import { ALWAYS_OPEN_RE, HOLIDAYS_OFF_RE, daySelector, findDaySpans, isValidOpeningHours } from '../language/day-spans.js';
import { deskClockPhrases } from '../language/desk-clock.js';
import { findDurations, toHours } from '../language/numbers.js';
import { cue, faqVerdict, negatedAt, REFUSAL_BEFORE } from '../language/negation.js';
import { previousNorm, type Candidate, type Rule, type RuleContext, type Unit } from '../rule-types.js';
import type { SupportChannel } from '../../terms.js';
import { fenced, fencedRegExp } from '../language/pattern-size.js';
import { CARRIERS, CONTACTED_PROVIDERS, PARTY_ROLES, PAYMENT_PROVIDERS, ROLE_QUALIFIERS } from '../language/third-parties.js';

/** A sentence about people being reachable ("our team is available", "call us", "customer service hours"). */
const SUPPORT_CONTEXT =
  /\b(?:service desk|(?:desk|line|lines|team|centre|center) (?:is|are) open|customer (?:service|care|support|experience|happiness)|support|help ?desk|helpline|help line|team|agents?|representatives?|specialists?|advisors?|experts?|staff|we(?:'re| are) (?:here|available|open|online)|available|reach (?:us|our)|call(?:s)? (?:us|our)|phone|lines? (?:are|is) open|chat|contact|office hours|opening hours|business hours|hours of operation|operating hours|our hours|hours:)/;
/** Hours that are not about people answering: order cut-offs, delivery slots, warehouse pick-ups, store opening for returns. */
const NOT_SUPPORT = /\b(?:orders? (?:placed|received|submitted|made)|cut-?off|dispatch|ship(?:s|ped|ping)?\b|deliver(?:y|ies|ed)?\b|courier|pick-?ups?|collection|warehouse|processing)/;

/**
 * A place's opening hours, not people answering (corpus convention): showroom, shop, boutique, trade counter, "visit
 * us", "trading hours". A bare "Opening hours" heading on a contact page is the help desk's, so it is not one of them. Said of the sentence or of its innermost heading; a sentence that names the phones, chat,
 * email or the customer-service team is still support.
 */
const PREMISES =
  fenced(/\b(?:showrooms?|boutiques?|(?:our |the )?(?:shop|store|studio|workshop|mill|gallery|caf[eé]|warehouse|trade counter|branch|outlet|factory shop|mill shop)s? (?:is |are )?(?:open|hours)|(?:trading|store|shop|showroom|visiting|counter|collection) hours|visit (?:us|our)|high[- ]street (?:shops|stores)|in[- ]store|in person|drop in|pop in)\b/);
/** A section named after a place ("Showroom", "Trade counter") holds that place's hours. */
const PREMISES_HEADING = /^(?:showroom|shop|store|studio|boutique|warehouse|trade counter)\b/;
const SUPPORT_PEOPLE = /\b(?:customer (?:service|care|support)|support|help ?desk|helpline|help line|phone lines?|phones?|calls?|chat|e-?mails?|messages?|advisors?|agents?|answer(?:s|ed)?|reply|replies)\b/;

/**
 * Someone else's hours: a sentence that speaks of a third party ("give the plan provider a call -- they're available
 * 24 hours a day") and never of the shop's own people (we, our, us) gives that party's hours.
 */
const THEIR_HOURS = /\b(?:they|they're|they are|their|them)\b/;
const OUR_PEOPLE = /\b(?:we|we're|we are|our|us|i)\b/;
/** Sections of another policy, where a service plan or its provider may be the one with a desk. */
const PLAN_SECTIONS: ReadonlySet<string> = new Set(['warranty', 'guarantee']);

function hoursRule(unit: Unit): Candidate[] {
  // Hours need a clock time or "around the clock": a sentence without a digit or "clock" has none (a cheap skip).
  if (!/\d|clock|noon|midday|midnight/.test(unit.norm)) return [];
  if ((THEIR_HOURS.test(unit.norm) && !OUR_PEOPLE.test(unit.norm)) || THIRD_PARTY_CONTACT.test(unit.norm)) return [];
  // Under a warranty or guarantee section the desk with hours is often the plan provider's ("24/7 customer support" in
  // a protection plan's list of benefits): there only a sentence that names the shop's own people gives its hours.
  if (PLAN_SECTIONS.has(unit.sectionTopic ?? '') && !OUR_PEOPLE.test(unit.norm)) return [];
  const s = colonTimes(unit.norm);
  const supportish = unit.sectionTopic === 'support' || SUPPORT_CONTEXT.test(s);
  if (!supportish || NOT_SUPPORT.test(s)) return [];
  const heading = (unit.headingPath[unit.headingPath.length - 1] ?? '').toLowerCase();
  if ((PREMISES.test(s) || PREMISES.test(heading) || PREMISES_HEADING.test(heading)) && !SUPPORT_PEOPLE.test(s)) return [];
  const timezone = findTimeZone(s);
  const ranges = findTimeRanges(s);
  if (ALWAYS_OPEN_RE.test(s) && ranges.length === 0 && !/\b(?:online|website|site|web|account|access|self-service|faq|emergency)\b/.test(s)) {
    return [{ term: 'support.hours', value: '24/7', confidence: 0.85, unit, ...(timezone ? { timezone } : {}) }];
  }
  if (ranges.length === 0) return [];
  const spans = findDaySpans(s);
  if (spans.length === 0) return [];
  const rules: string[] = [];
  const used = new Set<number>();
  // Ranges that share one day span ("between 9:00–12:30 and 13:30–17:00 on weekdays") become one rule.
  const bySpan = new Map<number, string[]>();
  ranges.forEach((range, i) => {
    const prevEnd = i > 0 ? ranges[i - 1]!.end : -1;
    // The day span closest before this range (and after the previous one), else the next one after it.
    let span = [...spans].reverse().find((d, k) => d.end <= range.index + 1 && d.index >= prevEnd && !used.has(spans.length - 1 - k));
    if (!span) span = spans.find((d) => d.index >= range.end - 1);
    if (!span) return;
    const k = spans.indexOf(span);
    used.add(k);
    const times = bySpan.get(k) ?? [];
    times.push(`${hhmm(range.from)}-${hhmm(range.to)}`);
    bySpan.set(k, times);
  });
  for (const [k, times] of [...bySpan.entries()].sort((a, b) => a[0] - b[0])) rules.push(`${daySelector(spans[k]!.days)} ${times.join(',')}`);
  if (rules.length === 0) return [];
  if (HOLIDAYS_OFF_RE.test(s)) rules.push('PH off');
  const value = rules.join('; ');
  if (!isValidOpeningHours(value)) return [];
  return [{ term: 'support.hours', value, confidence: 0.85, unit, ...(timezone ? { timezone } : {}) }];
}

/**
 * A contact block set out line by line ("Phone: 0800 555 0147" / "Mon–Fri: 7am–7pm" / "Sat–Sun: 8am–4pm", or "Live chat
 * in the app" / "Facebook Messenger m.me/shop"): a short line of it names no desk of its own, yet it is the desk's
 * because the lines right before it, in the same section, are. Walks back over short lines while they are hours or
 * contact lines; the first line that names the desk, a way to reach it or support hours decides.
 */
const BLOCK_LINE_MAX = 100;
const BLOCK_REACH = 4;

function inContactBlock(unit: Unit, ctx: RuleContext): boolean {
  const units = ctx.pageUnits;
  if (!units || unit.norm.length > BLOCK_LINE_MAX || units[unit.order] !== unit) return false;
  const section = unit.headingPath.join('\n');
  for (let i = unit.order - 1; i >= 0 && i >= unit.order - BLOCK_REACH; i--) {
    const prev = units[i]!;
    if (prev.headingPath.join('\n') !== section || prev.norm.length > BLOCK_LINE_MAX) return false;
    if (NOT_SUPPORT.test(prev.norm) || PREMISES.test(prev.norm)) return false;
    if (SUPPORT_CONTEXT.test(prev.norm) || namedChannels(prev.norm).length > 0) return true;
    if (findTimeRanges(colonTimes(prev.norm)).length === 0) return false;
  }
  return false;
}

/**
 * An e-mail address as pages show it: plain, hidden from scrapers ("[email protected]" once the page's script is
 * gone), or spelled out ("help (at) shop (dot) com", "help [at] shop.example").
 */
export const EMAIL_ADDRESS = /\b[a-z0-9._%+-]{1,64}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}|\[?email(?:&#160;|\s)protected\]?|\b[a-z0-9._-]{2,40} ?[([]at[)\]] ?[a-z0-9-]+(?: ?[([]dot[)\]] ?|\.)[a-z]{2,}/;
/** Addresses a template or demo shows ("support@example.com", "<insert email address>"): nobody reads them. */
const SAMPLE_DOMAIN = String.raw`(?:example[a-z-]*|your[a-z-]*|domain|email|company|store|shop|website|mysite|sitename)\.(?:com|org|net|co)\b`;
const SAMPLE_ADDRESS = new RegExp(String.raw`@${SAMPLE_DOMAIN}|<(?:insert|enter|add|your)\b[^>]{0,40}>`);
/** An address of the shop's own, beside a sample one. */
const REAL_ADDRESS = new RegExp(String.raw`\b[a-z0-9._%+-]+@(?!${SAMPLE_DOMAIN})[a-z0-9-]+\.`);
/**
 * Where the shopper is told to act: the start of a clause, or after a softener or a modal said to the shopper
 * ("please", "simply", "you can", "customers should first"). "We email your receipt" and "we can also email your
 * invoice" have the shop as their subject.
 */
const SHOPPER_AT = String.raw`(?<=^|[.,;:!?(]\s?|\b(?:please|simply|just|kindly|then|or|always|feel free to|need to|(?:you|customers?|buyers?|shoppers?)(?: just| simply| only)? (?:can|could|may|should|must|needs? to|will need to|ha(?:ve|s) to)(?: also| first| simply| just)?) )`;
/**
 * What "e-mail" takes as a verb: a closed class of object openers (a pronoun or determiner, or the desk's own name),
 * not a noun after it ("email address", "email updates"). "E-mail a friend" is a share button.
 */
const EMAIL_OBJECT = String.raw`(?:our|the|your|an?(?! friend)|any|customer (?:service|care|support)|support|info|hello|help|sales|care)`;
/**
 * "E-mail" as the shopper's verb, with the shop or what the shopper sends as its object ("email customer service",
 * "please email your order number", "simply email the office"); the shopper told to send or write one ("please write
 * a complaint e-mail to the address below", "drop the team an email"); or e-mail as the way of any contact verb whose
 * object is the shop ("let us know by email", "contact us directly via e-mail").
 */
/**
 * The shopper told to send or write e-mail: with an article and up to three words before the noun, which may be another
 * means coordinated with it ("drop the team an email", "send us a WhatsApp or an email with your order"), bare ("send
 * us email with the details"), or plural ("send your emails to …"). The imperative may be the second of a request
 * ("please keep your receipt and send us email"). "We'll send you an email" is the shop's (no "you" after the verb).
 */
const SHOPPER_SENDS = String.raw`(?:${SHOPPER_AT}|(?<=\b(?:please|kindly)\b[^.?!]{0,120}\band ))(?:send|write|shoot|fire|drop) (?!you\b)(?:(?:us|me|(?:our|the) [a-z-]+) )?(?:(?:an?|your) (?:[a-z-]+ ){0,3}?)?e-?mails?\b`;
const EMAIL_VERB = fencedRegExp(
  // The shop as the object ("email us") names the way in wherever it stands; another object only where the shopper acts.
  // After "please" or "kindly" it is the verb whatever follows ("please only email once").
  String.raw`\be-?mail(?:ing)? us\b|\b(?:please|kindly)(?: only| just| simply| also| first| directly)? e-?mail\b|${SHOPPER_AT}e-?mail(?:ing)? ${EMAIL_OBJECT}\b|${SHOPPER_SENDS}` +
    String.raw`|\b(?:contact|reach|inform|notify|tell|let|ask|message|write to) us(?: know)?\b[^.;]{0,30}?\b(?:by|via|through|over) e-?mail\b`,
);

/**
 * The shopper replying to an e-mail from the shop ("reply to your order confirmation e-mail", "contact us by replying to
 * any of our emails") writes into the shop's mailbox: the e-mail channel, like "email us" (test/real/README.md). "We
 * reply to your email within a day" has the shop as its subject: a reply time, no channel.
 */
const REPLY_TO_EMAIL = fencedRegExp(
  String.raw`(?:${SHOPPER_AT}|(?<=\bby ))(?:reply|replying|respond|responding|answer|answering) (?:directly )?to (?:the|your|our|any|this|that|one of our|any of our) (?:[a-z-]+ ){0,3}e-?mails?\b` +
    // "hit reply on your order confirmation", "just press reply": the reply button of the shop's e-mail
    String.raw`|\b(?:hit|press|click|tap|use the) reply\b(?! (?:time|rate))`,
);

/**
 * "Call" as the shopper's verb with one of the shop's own lines as object ("you can also call your local store"); the
 * bank or courier of "please call your bank" is cut off before the cues run (THIRD_PARTY_CONTACT), so a noun must follow.
 */
const CALL_VERB = fencedRegExp(String.raw`${SHOPPER_AT}(?:call|ring|phone|telephone) your [a-z]`);

/**
 * "Call" said as what the shopper does, with no object or with the shop's place as one ("just needs to call or come to
 * the showroom", "simply call during opening hours"), and the mobile or phone a contact verb names as its means.
 */
const CALL_ALONE = fencedRegExp(
  // Not a noun in a list of means ("via email or telephone"), which the coordinated reading already has, nor a noun
  // after a comma that follows another noun ("by card, phone or transfer", "any bracelet, ring or necklace"); after an
  // object pronoun the list is of acts ("email us, call or visit").
  String.raw`${SHOPPER_AT}(?<!\b(?:or|and|via|by) )(?<!\b(?!(?:us|them|online|in)\b)[a-z]+[,;]\s?)(?:call|ring|phone|telephone)(?= (?:or|and|during|between|anytime|any time|ahead)\b|\s*[.,;]|$| the (?:shop|store|showroom|office|team)\b)` +
    String.raw`|\b(?:contact|reach|inform|notify|tell|let|ask) us(?: know)?\b[^.;]{0,40}?\b(?:by|via|on) (?:mobile|(?:tele|mobile )?phone)\b`,
);

/** The shopper told to text something to a number ("text a photo of it to 07700 …"): the number is the shop's, for texts. */
const TEXT_TO = /\btext (?:(?:it|them|us|(?:a|the|your) [a-z]+(?: of [a-z ]{2,20}?)?) )?(?:to|on) \+?\(?\d/;

/**
 * A support ticket the shopper submits, opens, raises or sends ("after submitting a ticket", "submit a support request or
 * ticket through your account") goes in through the shop's web form, a help desk's form by another name (test/real label:
 * "ticket/email" → email and form). The shop opening one for the shopper ("we'll open a ticket") is not a way in. The form
 * row of CHANNEL_CUES names the channel by it; channelsRule also reads it as an act addressed to the shop, and "a ticket
 * or/slash email" (group 1) names e-mail too.
 */
const TICKET_ACT = /(?<!\bwe(?:'ll| will| can| may)? )\b(?:submit(?:s|ted|ting)?|open(?:s|ed|ing)?|rais(?:e|es|ed|ing)|log(?:s|ged|ging)?|creat(?:e|es|ed|ing)|send(?:s|ing)?(?: us)?) (?:a |an |another |your |the )?(?:new )?(?:(?:support |help )?ticket|support request)s?(?: ?(?:\/|or) ?(e-?mail))?\b|\bticket submissions?\b/;

/** Channel cues, each with an in-house example. Page-level union; evidence is the first sentence naming one. */
const CHANNEL_CUES: [SupportChannel, RegExp][] = [
  // "Call us on 0800 123 456", "phone: +1 (555) 010-0199", "toll-free number"
  ['phone', fenced(/\btel(?:\.|:|ephone:)\s*\+?\(?\d|\bphone:\s*\+?\(?\d|\b(?:speak|talk) (?:to|with) (?:one of )?(?:our|an?) (?:advisors?|agents?|representatives?|team|specialists?|experts?)\b[^.]{0,20}\b(?:on|at) \+?\(?\d|\bphone \((?=[+\d])|\bcall \+?\(?\d|\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?\b|\b1[38]00 ?\d{3} ?\d{3}\b|\b(?<!(?:unable|not able|cannot|can't|don't|do not|no longer)[^.]{0,30})(?:available|reach(?:ed)?|speak|talk|help you|advise you) (?:to us |with us |to you |with you )?(?:on|by|over) the (?:tele)?phone\b|\b(?:call(?:ing)? (?:or (?:text|message|whatsapp) )?(?:us|our|the)|give us a (?:call|ring)|ring us|by (?:tele)?phone|(?:tele)?phone(?: number)?:|(?:tele)?phone (?:us|support|line)|toll[- ]free|freephone|hotline|helpline)\b|(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b0[0-9]{3,4}\s?\d{3}\s?\d{3,4}\b|\b0\d{2}\s\d{4}\s\d{4}\b/)],
  // The shopper told to call one of the shop's own lines: "you can also call your local store"
  ['phone', CALL_VERB],
  // The shopper's own act with no object ("a customer just needs to call or come to the showroom"), and the means a
  // contact verb names ("notify us either by email or by mobile")
  ['phone', CALL_ALONE],
  // "email us at help@shop.example", "e-mail our team"
  // "email customer service", "please email your order number", "by emailing info@…", "[email protected]"
  ['email', new RegExp(`\\b(?:${REPLY_TO_EMAIL.source}|(?:customers?|you|buyers?|shoppers?) (?:must|should|can|may|need to|will need to) (?:first )?e-?mail\\b|e-?mail (?:us|our|the)|by e-?mail(?:ing)?|via e-?mail|e-?mail:|(?:send|write|shoot|fire) (?:us )?an e-?mail|drop us an? (?:e-?mail|line))\\b|${EMAIL_VERB.source}|${EMAIL_ADDRESS.source}`)],
  // "chat with us", "live chat"
  ['chat', fenced(/(?:^|\s)chat:|\b(?:chat (?:bubble|widget|icon|window|button|box|pop-?up|feature|function)|live ?chat|chat with (?:us|our|an?)|chat to us|in-?app chat|(?:the|our) chat (?:in|on) (?:the|our) (?:app|website|site)|online chat|web ?chat|chat support|(?<!facebook )messenger|chatbot|our chat|start (?:a |an )?(?:live |online )?chat)\b/)],
  // "text us at 55555", "SMS", "WhatsApp"
  // "text us", "send us a text", "text it to 07700 …" (TEXT_TO)
  ['sms', /\b(?:text (?:us|our)|sms|whatsapp|text message|(?:send|drop) (?:us )?a text)\b|\btext \+?\(?\d/],
  ['sms', TEXT_TO],
  // "fill out our contact form", "submit a request"
  ['form', fencedRegExp(String.raw`\b(?:(?:by|via|through|using|with|go to|visit|head to) (?:the |our )?contact(?:[- ]us)? page|(?<=\b(?:contact|reach|message|write to|email|e-mail|get in touch with) us )on (?:the |our )?contact(?:[- ]us)? page|submit (?:a|an|your) (?:(?!return|refund|exchange|warranty|claim)[a-z-]+ ){0,3}(?:enquiry|inquiry|query)|(?:fill(?:ing)? (?:in|out)|complet(?:e|ing)|submit(?:ting)?|us(?:e|ing)) (?:the|our|this|an?) (?:(?:online|web|website) (?:[a-z-]+ )?|(?:[a-z-]+ )?(?:enquiry|inquiry|contact|support|help|request|claims?) )form|contact form|web ?form|online form|enquiry form|inquiry form|support form|submit a request|fill (?:in|out) (?:the|our|this) form|(?:use|using|complete|completing|fill(?:ing)? (?:in|out)|submit(?:ting)?) (?:the|our|this) (?:short |online |quick |simple )?(?:contact |enquiry |inquiry |support |help )?form|form below|(?:${TICKET_ACT.source})|(?:send|leave) (?:us )?a message (?:through|via|on|using) (?:our|the) (?:website|site|contact page|help (?:page|centre|center))|(?:via|through|with|on) (?:the|our) (?:short |online |quick |simple )?(?:contact |enquiry |inquiry |support |help |web )?form|(?:the|our) contact[- ]us form)\b`)],
  // "DM us", "tweet us" (a contact verb + "on Instagram" is CONTACT_FRAME's)
  ['social', /\b(?:dm us|tweet (?:at )?us|(?:our|into our) dms|direct message|(?:send|drop) us a (?:dm|message) on (?!whatsapp)|facebook messenger)\b/],
  // A message the shopper sends named by its network: "an Instagram DM", "send us an email or a message via Instagram".
  ['social', /\b(?:instagram|facebook|twitter|tiktok) (?:dms?|direct messages?)\b|\b(?:send|drop|leave|write)(?: us)? [^.;?]{0,25}?\ban? (?:direct |private )?message (?:via|on|through|over|in) (?:instagram|facebook|twitter|tiktok)\b/],
  // A network named as where the shop is, or its handle set out ("find us on Instagram", "Instagram: @shop"): the
  // shop's social accounts, as a line of network names is (SOCIAL_LINE). "Follow us" is marketing, not a way in.
  ['social', /\b(?:find us|we(?:'re| are)(?: also)?) on (?:instagram|facebook|twitter|tiktok)\b|\b(?:instagram|facebook|twitter|tiktok)\s*:\s*[@/]/],
];
/**
 * Coordinated channel nouns after "by / via / through / over" ("reach us by phone, email or live chat"): each noun is a
 * channel. The table maps the noun to the channel it names.
 */
const CHANNEL_NOUNS: [RegExp, SupportChannel][] = [
  [/^(?:tele)?phone$/, 'phone'],
  [/^e-?mail$/, 'email'],
  [/^(?:live |web |online )?chat$/, 'chat'],
  [/^(?:text(?: message)?|sms|whatsapp)$/, 'sms'],
  [/^(?:contact |web |online )?form$/, 'form'],
];
/**
 * A channel as the way of a contact act: any contact verb whose object is the shop or its desk, then "on / via /
 * through / over / using / in" the channel noun ("you can message us through the in-app chat", "say hello on
 * Instagram", "our support team can be reached on WhatsApp"), or the desk said to be on it ("our care team is on
 * Instagram and Facebook"). One frame instead of a cue per verb; the noun decides the channel (FRAME_NOUNS).
 */
const CONTACT_VERB = String.raw`(?:contact|reach|message|dm|talk to|speak (?:to|with)|write to|ask|get in touch(?: with)?|say hello(?: to)?|chat (?:to|with)|get hold of)`;
const DESK = String.raw`(?:us|our (?:[a-z-]+ ){0,2}(?:team|desk|staff|office|advisors?|agents?|experts?|stylists?)|the (?:team|office|shop|store|studio))`;
/** The channel nouns a contact frame ends on, each with its channel: one table, read as the frame's last group and back. */
const FRAME_NOUNS: readonly (readonly [string, SupportChannel])[] = [
  [String.raw`(?:(?:in-?app|live|online|web|website|app) )?chat`, 'chat'],
  [String.raw`instagram|facebook(?: messenger)?|twitter|tiktok|social media`, 'social'],
  [String.raw`whatsapp|text(?: message)?|sms`, 'sms'],
  [String.raw`(?:tele)?phone`, 'phone'],
  [String.raw`e-?mail`, 'email'],
];
const FRAME_NOUN = `(${FRAME_NOUNS.map(([noun]) => noun).join('|')})`;
const FRAME_CHANNEL = FRAME_NOUNS.map(([noun, channel]) => [new RegExp(`^(?:${noun})$`), channel] as const);
const CONTACT_FRAME = fencedRegExp(
  String.raw`\b(?:${CONTACT_VERB} ${DESK}|${DESK} (?:can|may) be (?:reached|contacted|found)|${DESK} (?:is|are) (?:also |always )?(?:available |active |here )?)\b[^.;?]{0,25}?\b(?:on|via|through|over|using|in|by) (?:the |our |your )?${FRAME_NOUN}\b`,
  'g',
);

/** The channels the contact frame names, each unless refused where it stands. */
function framedChannels(s: string): SupportChannel[] {
  const out: SupportChannel[] = [];
  for (const m of s.matchAll(CONTACT_FRAME)) {
    if (negatedAt(s, m.index) || REFUSAL_BEFORE.test(s.slice(0, m.index + m[0].length))) continue;
    const hit = FRAME_CHANNEL.find(([re]) => re.test(m[1]!));
    if (hit && !out.includes(hit[1])) out.push(hit[1]);
  }
  return out;
}

/** Ways of writing that are no support channel in TERMS.md ("by post, fax, email or telephone"): read past, not kept. */
const FILLER_NOUN = '(?:post|fax|mail|letter|in person|in writing)';
const NOUN = `(?:(?:tele)?phone|e-?mail|(?:live |web |online )?chat|text(?: message)?|sms|whatsapp|(?:contact |web |online )?form|${FILLER_NOUN})`;
const CHANNEL_LIST = fencedRegExp(`\\b(?:by|via|through|over|using)\\s+(?:(?:our|the)\\s+)?(${NOUN}(?:\\s*(?:,|/|\\bor\\b|\\band\\b)\\s*(?:by |via )?${NOUN})+)\\b`);

function listedChannels(s: string): SupportChannel[] {
  const m = CHANNEL_LIST.exec(s);
  if (!m) return [];
  const out: SupportChannel[] = [];
  for (const word of m[1]!.split(/\s*(?:,|\/|\bor\b|\band\b)\s*/)) {
    const noun = word.replace(/^(?:by|via) /, '').trim();
    const hit = CHANNEL_NOUNS.find(([re]) => re.test(noun));
    if (hit && !out.includes(hit[1])) out.push(hit[1]);
  }
  return out;
}

/**
 * The customer told something by the shop, in the passive, with what they are told between verb and means ("the
 * customer shall be intimated the revised estimate for approval via letter, telephone or e-mail"): the shop's way out
 * to the customer, not a way in. The words between may not hold "us" ("are asked to contact us via e-mail" is a way in).
 */
const TELLING_VERBS: readonly string[] = ['notified', 'informed', 'intimated', 'updated', 'contacted', 'told', 'sent'];
const TOLD_BY_SHOP = String.raw`(?:be|get|are|is) (?:${TELLING_VERBS.join('|')}) (?:(?!us\b)[a-z-]+ ){0,6}?(?:by|via)`;

/**
 * What makes a whole sentence no way in: "phone banking" is a way to pay, "a verification call" a check the shop makes,
 * and the courier's call is the courier's.
 */
const NOT_CHANNEL = fencedRegExp(String.raw`\b(?:(?:phone|telephone|internet|online|mobile) banking|verification (?:process|call|check|step)s?|(?:delivery partner|courier|driver|carrier|delivery team)s? (?:will |may |should )?(?:call|text|e-?mail|contact|phone|ring))\b`);

/**
 * The shop's way out to the shopper ("we'll email you a label", "we will contact you by phone or email", "will notify
 * you of your refund via e-mail", "you will receive an email", "you'll be notified via text"): masked rather than a
 * veto, so "email us a photo and we will send you a prepaid label" still names the e-mail channel once "we will send
 * you" is read past. The means named after the outbound verb go with it. A tracking number or confirmation e-mail is
 * a message the shop sends, masked the same way: "contact us if you need help tracking your parcel" still names a way in.
 */
const OUTBOUND_VERB = '(?:e-?mail|text|sms|call|phone|ring|notify|contact|inform|update|send|message)';
/**
 * Adverbs that may stand between the subject or modal and the verb of the shop's way out ("we will then send you an
 * invoice via email", "you automatically will receive an email or text message"): a word class, up to two of them.
 * The shop sending a message with no "you" ("we will then send an email and contact you by telephone and/or a text
 * message") is its way out too; an article may stand before the means after it.
 */
const SENDING_ADVERBS = ['then', 'also', 'usually', 'normally', 'typically', 'always', 'just', 'automatically', 'immediately', 'promptly', 'first', 'only', 'still', 'soon'];
const ADV = String.raw`(?: (?:${SENDING_ADVERBS.join('|')})){0,2}`;
/**
 * The shop as the subject of a contact act that takes no "you": it reaches out, gets or is in touch, or follows up by
 * some means ("we may reach out via WhatsApp", "we'll be in touch by email and/or SMS"), or sends something by it ("our
 * team will send an invoice via email"). The act may be the second of two the shop does ("a team member will review
 * your request and reach out via email"). Not after "you": "you will send your photos via email" is a way in.
 */
const SHOP_MODAL = String.raw`(?:\bwe|(?<!\byou )\b(?:will|shall|may|might)|(?<!\byou)'ll)`;
const SHOP_ACTS_BY = String.raw`${SHOP_MODAL}${ADV}(?: (?!you\b)[a-z]+(?: (?!you\b)[a-z-]+){0,3},? and,?)? (?:reach out|get in touch|be in touch|follow up|send (?:(?:an?|the|our|your) )?(?:[a-z-]+ ){0,2}?(?=by |via ))(?: (?:with|to) you)?\b[^.;?]{0,20}?\b(?:by|via)`;
/**
 * What the shop sends the shopper about an order or an offer, a word class: a confirmation, a notification, an update,
 * an alert, a reminder, a receipt, an invoice, a newsletter, a label, a voucher, tracking. The shopper is its receiver,
 * so the means it travels by is the shop's way out, never a way in, however the sentence says who acts: the message
 * sent in the passive ("tracking is provided via email"), the shopper receiving it ("you'll get a confirmation either
 * by email or text"), or the means as the message's modifier ("you will receive email and SMS notifications",
 * "WhatsApp updates on new drops"). What the shopper sends ("photos must be sent via email") is no message of the shop's.
 */
/** What tracking comes as ("tracking number", "tracking link"): one list for SHOP_MESSAGES and SHOP_TO_YOU. */
const TRACKING_ITEMS = String.raw`numbers?|links?|details|info(?:rmation)?|codes?`;
const SHOP_MESSAGES = ['confirmations?', 'notifications?', 'alerts?', 'updates?', 'reminders?', 'receipts?', 'invoices?', 'newsletters?', 'labels?', 'vouchers?', `tracking(?: (?:${TRACKING_ITEMS}))?`];
const SHOP_MESSAGE = `(?:${SHOP_MESSAGES.join('|')})`;
const MESSAGE_MEANS = String.raw`(?:e-?mail|sms|text(?: message)?|whatsapp)`;
const SHOPPER_RECEIVES =
  String.raw`${SHOP_MESSAGE}(?: (?!you\b)[a-z-]+){0,3}? (?:is|are|will be|gets?|can be|may be)${ADV} (?:sent|provided|issued|e-?mailed|texted|delivered|shared|given|supplied|forwarded)(?: to you)?(?: (?:by|via)\b)?` +
  String.raw`|you${ADV}(?:'ll| will| should| may| can| would)?${ADV} (?:receive|get) (?:an? |the |your )?(?:[a-z-]+ ){0,2}?${SHOP_MESSAGE}\b[^.;?]{0,25}?\b(?:by|via)\b` +
  String.raw`|${MESSAGE_MEANS}(?:\s*(?:,|/|&|\band\b|\bor\b)?\s*${MESSAGE_MEANS})*\s+${SHOP_MESSAGE}\b`;
const SHOP_TO_YOU = String.raw`(?:contact|notify|update|inform|reach) you\b[^.;?]{0,30}?\b(?:by|via)|(?:confirmation e-?mails?|tracking (?:${TRACKING_ITEMS}|e-?mails?|updates?|notifications?))(?: (?:is|are|will be|gets?) (?:sent|issued|e-?mailed|provided|given|shared)(?: to you)?(?: (?:by|via)\b)?)?|keep you (?:updated|informed|posted) (?:by|via)|${TOLD_BY_SHOP}|(?:we|will|shall|'ll|may|might|need to)${ADV} ${OUTBOUND_VERB}(?:,? (?:(?:or|and|and/or) )?${OUTBOUND_VERB}){0,3} you(?! back)(?:\b[^.;?]{0,40}?\b(?:by|via)\b)?|you${ADV}(?:'ll| will)${ADV} (?:receive|get) an? (?:[a-z-]+ ){0,2}?(?:e-?mail|text|sms|(?:phone )?call)|(?:we|will|shall|'ll)${ADV} send (?:an?|the|our) (?:[a-z-]+ )?(?:e-?mail|text|sms)|${SHOP_ACTS_BY}|${SHOPPER_RECEIVES}`;
const OUTBOUND = fencedRegExp(String.raw`\b(?:${SHOP_TO_YOU})(?:\s*[,/]?\s*(?:(?:or|and)(?:/or)?\b)?\s*(?:by |via )?(?:an? )?${NOUN}\b)*`, 'g');
const withoutOutbound = (s: string): string => s.replace(OUTBOUND, ';');

/**
 * A form the shopper fills in or sends ("please fill out our returns form here", "simply complete a returns request
 * form", "once you've submitted the form") is a way in whatever it is for (test/real/README.md). A paper form that
 * travels in the parcel, or the law's sample withdrawal form, is a document, not a way to reach the shop.
 */
const FORM_ACT = fencedRegExp(String.raw`\b(?:fill(?:ing|ed)? (?:in|out)|complet(?:e|ed|ing)|submit(?:s|ted|ting)?|us(?:e|ing)) (?:(?:the|our|this|an?|your) )?(?:(?!(?:enclosed|included|attached|printed|paper|sample|model|withdrawal|revocation|order|checkout|payment|registration|sign-?up)\b)[a-z-]+ ){0,3}?form\b`);
const PAPER_FORM = /\b(?:print\w*|enclosed|packing (?:slip|list)|(?:delivery|dispatch) note|on the (?:front|back)|(?:piece|sheet) of paper|in(?:side)? (?:the|your) (?:parcel|package|box)|(?:include|included|supplied|provided|send|return|post) (?:it |this |them )?(?:in|with) (?:the|your) (?:parcel|package|box|order|delivery|return(?:ed)? (?:item|goods|parcel)|return))\b/;

/**
 * An act addressed to the shop (test/real/README.md: any purpose counts): the shopper requests, submits, sends,
 * provides, reports or claims something. A means named as the way of such an act ("return requests can be made via email or
 * telephone", "you may be asked to provide photos via email") is a way in. The shop as the act's subject ("we send the
 * label by email", "we will provide a code by text") is its way out: a shop pronoun just before the act word voids it.
 */
const ADDRESSED_ACTS: ReadonlySet<string> = new Set([
  'request', 'requests', 'requested', 'requesting', 'submit', 'submitted', 'submitting', 'send', 'sending', 'provide',
  'providing', 'report', 'reported', 'reporting', 'claim', 'claims', 'photo', 'photos', 'photograph',
  'photographs', 'picture', 'pictures', 'screenshot', 'screenshots', 'complaint', 'complaints',
]);
const SHOP_SUBJECTS: ReadonlySet<string> = new Set(['we', "we'll", "we've", "we're", 'i', "i'll", 'will', 'can', 'may', 'then', 'also']);
/** The shop itself among SHOP_SUBJECTS, one of which must stand within three words before the act. */
const SHOP_PRONOUNS: ReadonlySet<string> = new Set(['we', "we'll", 'i', "i'll"]);
/** A means as the way of an act ("… via email", "by telephone", "using the online form"). */
const MEANS_AT = fencedRegExp(String.raw`\b(?:by|via|through|over|using) (?:the |our |your )?(?:e-?mail|(?:tele)?phone|text|sms|whatsapp|(?:contact |web |online )?form)\b`, 'g');
/** How far before the means the act may stand: the clause that names it ("in order to return an item please obtain confirmation via …"). */
const ACT_REACH = 60;
function addressedAct(s: string): boolean {
  for (const m of s.matchAll(MEANS_AT)) {
    const words = s.slice(Math.max(0, m.index - ACT_REACH), m.index).split(/[^a-z']+/);
    const shopActs = (i: number): boolean => SHOP_SUBJECTS.has(words[i - 1] ?? '') && [words[i - 1], words[i - 2], words[i - 3]].some((p) => SHOP_PRONOUNS.has(p ?? ''));
    if (words.some((w, i) => ADDRESSED_ACTS.has(w) && words[i + 1] !== 'you' && !shopActs(i))) return true;
  }
  return false;
}

/**
 * Every channel cue above contains one of these fragments: a sentence with none of them names no channel, and the
 * cue table (the phone pattern above all) is the extractor's most expensive, so it is skipped.
 */
const CHANNEL_HINT = /enquir|inquir|contact(?:[- ]us)? page|[([]at[)\]]|call|phone|tel|ring|mail|@|chat|messeng|text|sms|whatsapp|form|request|ticket|\bdm|message|instagram|facebook|twitter|tweet|tiktok|social|\d{3}|toll|hotline|helpline|speak|talk|reach|advis|agent|reply/;

/** A section headed "Talk to us", "Contact", "Help": what it lists are ways to reach the shop. */
const SUPPORT_HEADING = /\b(?:contact|talk to us|get in touch|reach us|help|support|customer (?:service|care)|ask us|questions?)\b/i;
/** Sentences that offer a way in ("email us", "give us a ring", "write to hello@…", "send a message to"). */
const REACH_US = new RegExp(`\\b(?:contact|questions?|help|reach|get in touch|(?:call|e-?mail|text|message|dm|write to|ring|drop|send|shoot|reach) us|give us a (?:call|ring|bell)|be reached)\\b|\\bwrite to\\b[^.]{0,10}@|\\b(?:to|with|tell|inform|notify|let|contact|reach|message) us\\b[^.]{0,40}\\b(?:by|via|over|through) (?:e-?mail|(?:tele)?phone|fill|complet|submit|(?:our|the) )|^call \\+?\\(?\\d|\\bsubmit (?:a|an) (?:[a-z-]+ ){0,3}(?:enquiry|inquiry|query)\\b|\\bsend (?:us )?a message to\\b|\\b(?:send|write|shoot|fire) (?:us )?an? (?:e-?mail|message)\\b|\\blet (?:the )?(?:store|shop|team|office) know\\b|\\b(?:customers?|you|buyers?|shoppers?) (?:must|should|can|may|need to|will need to) (?:e-?mail|call|phone|contact|message)\\b`);


/**
 * Someone else's desk: a marketplace, an ombudsman, a help centre's own chrome ("Have more questions? Submit a
 * request" under every article, "found this helpful"). Its channels are not the shop's.
 */
const OTHERS_DESK = /\b(?:via|through|on|with) (?:amazon|ebay|etsy|paypal|the marketplace)\b|\bfound this (?:article )?helpful\b|\bwas this (?:article|answer) helpful\b|\bombudsman\b|\b(?:have|got) more questions\?\s*submit a request\b/;
/**
 * Whose desk: a sentence that sends the shopper to someone else — the maker, a carrier, a bank or payment provider —
 * gives that party's phone or address, not the shop's ("for warranty repairs contact the manufacturer at …", "call
 * Australia Post on …"). The party is the object of the contact verb. The parties are language/third-parties.ts's;
 * "zip" is Zip the lender only here, where a page sends the customer to it (elsewhere it is mostly a zip code).
 */
const OTHER_PARTY = `(?:(?:${ROLE_QUALIFIERS.join('|')}) )?(?:${PARTY_ROLES.join('|')})|${[...CARRIERS, ...PAYMENT_PROVIDERS, ...CONTACTED_PROVIDERS].join('|')}`;
const THIRD_PARTY_CONTACT = fencedRegExp(
  `\\b(?:contact|call|phone|ring|e-?mail|reach|write to|get in touch with|speak (?:to|with)) (?:the |your |their |our )?(?:local )?(?:${OTHER_PARTY})\\b` +
    // …or the subject that can be reached: "the manufacturer can be reached at …", "Klarna's helpline is open 24/7"
    `|\\b(?:the |your |their )?(?:local )?(?:${OTHER_PARTY})(?:'s)?(?: [a-z-]+){0,3} (?:can be (?:reached|contacted|called|emailed)|(?:is|are) (?:available|open|reachable)|will (?:answer|help|assist))\\b`,
);
/** A number left as a template's dummy ("+1 (000) 000-0000"): its line names no phone. */
const DUMMY_DIGITS = /1234567890|0{10}|5{10}|9{10}|x{3}/;
const NUMBER_LIKE = /\+?\(?[\dx][\dx\s().-]{6,}[\dx]/g;
/** Every number in the text is a dummy ("+1 (000) 000-0000", "+123-4567-890", "555 555 5555"), and there is one. */
function onlyDummyNumbers(s: string): boolean {
  const numbers = (s.match(NUMBER_LIKE) ?? []).map((n) => n.replace(/[^\dx]/g, '')).filter((d) => d.length >= 7);
  return numbers.length > 0 && numbers.every((d) => DUMMY_DIGITS.test(d));
}
/** A line that only names social networks ("Facebook Instagram Twitter" over a page): the shop's social accounts. */
const SOCIAL_LINE = /^(?:(?:facebook|instagram|twitter|x|pinterest|tiktok|youtube|linkedin)[\s|·•,/-]*){2,}$/;
/** A line that names a way in as a label ("Email support", "Live chat", "Phone enquiries"): a heading or bare noun. */
const NOUN_LINE: [RegExp, SupportChannel][] = [
  [/^(?:e-?mail) (?:support|us|enquiries|inquiries|customer (?:service|care)|our team)$/, 'email'],
  [/^(?:(?:tele)?phone|call) (?:support|us|enquiries|inquiries|customer (?:service|care)|our team|line)$/, 'phone'],
  [/^(?:live chat|chat (?:support|with us|now))$/, 'chat'],
];

/**
 * The shop saying it answers the phone is offering it: "we really do answer the phone", "we return all calls the same
 * day". Replying to e-mails is not counted: the in-house corpus reads "we reply to every email within one business
 * day" as a reply time only (TERMS.md's own example).
 */
const SHOP_ANSWERS =
  fenced(/\b(?:we|i|our (?:team|staff|office|advisors|agents|customer (?:service|care|support)(?: team)?))(?:'ll| will| do| really do| always| usually| normally| aim to| try to| promise to| can)? (?:answer|pick up|return) (?:the |our |all |every |each |your |any )?(?:phones?|calls?|voicemails?)\b/);

/**
 * Contact verbs coordinated, the shop their object or left to the end ("call or email us", "give us a call at … or
 * email", "contact our team or call to arrange it"), or told to the shopper whatever follows ("call or email within 30
 * days"): each verb is a way in. The verb decides the channel.
 */
const VERB_CHANNEL: readonly (readonly [RegExp, SupportChannel])[] = [
  [/^(?:call|phone|ring)$/, 'phone'],
  [/^e-?mail$/, 'email'],
  [/^(?:text|whatsapp)$/, 'sms'],
  [/^chat$/, 'chat'],
];
const CONTACT_VERBS = '(call|phone|ring|e-?mail|text|whatsapp|chat)(?:ing)?';
const COORDINATED_VERBS = fencedRegExp(String.raw`\b${CONTACT_VERBS}(?: us)?(?:,? or|,? and|,| /|/) ?${CONTACT_VERBS}\b(?= us\b| to\b| for\b| with\b| any\b|[.,;!]|$)|(?<=^|[.!?:;]\s?|\b(?:please|simply|just|then|you can|you may|you could) )${CONTACT_VERBS}(?:,? or|,? and|,| /|/) ?${CONTACT_VERBS}\b|\b(?:(?:call|contact|reach|message|email)(?:ing)? (?:us|our [a-z ]{2,30}?)|give us a (?:call|ring))\b[^.;]{0,40}?\bor ${CONTACT_VERBS}\b(?= us\b| to\b| for\b|[.,;!]|$)`, 'g');

function coordinatedChannels(s: string): SupportChannel[] {
  const out: SupportChannel[] = [];
  for (const m of s.matchAll(COORDINATED_VERBS)) {
    if (negatedAt(s, m.index)) continue;
    for (const verb of m.slice(1)) {
      const hit = verb ? VERB_CHANNEL.find(([re]) => re.test(verb)) : undefined;
      if (hit && !out.includes(hit[1])) out.push(hit[1]);
    }
  }
  return out;
}

/**
 * The channels a text names, each unless refused where it is named ("we don't have a phone line"). The coordinated
 * verbs and the contact frame may be passed in when the caller has read them already (channelsRule reads them once).
 */
function namedChannels(s: string, coordinated = coordinatedChannels(s), framed = framedChannels(s)): SupportChannel[] {
  const found: SupportChannel[] = [];
  for (const ch of coordinated) if (!found.includes(ch)) found.push(ch);
  const answered = SHOP_ANSWERS.exec(s);
  if (answered && !negatedAt(s, answered.index)) found.push('phone');
  for (const [channel, re] of CHANNEL_CUES) {
    const c = cue(s, re);
    // "we don't have a phone line" names a channel only to refuse it.
    // "we are unable to take orders by phone" refuses it too; a comma ends the refusal ("if you can't find it, call us").
    if (c && !(c.negated && REFUSAL_BEFORE.test(s.slice(0, c.index))) && !found.includes(channel)) found.push(channel);
  }
  for (const ch of framed) if (!found.includes(ch)) found.push(ch);
  const list = CHANNEL_LIST.exec(s);
  // "Order updates by email or SMS" are messages the shop sends, not ways to reach it. "Receipt" as the moment the
  // goods arrive ("within 2 days of receipt", "upon receipt of your order") is no message.
  if (list && !negatedAt(s, list.index) && !/\b(?:updates?|notifications?|notified|newsletters?|(?<!\b(?:of|upon|on|after|from) )receipts?(?! of\b)|confirmations?|marketing|offers|promotions?|alerts?)\b/.test(s)) for (const ch of listedChannels(s)) if (!found.includes(ch)) found.push(ch);
  return found;
}

/**
 * A one-person shop speaks as "me" where a team says "us" ("shoot me an email", "call me on …", "text me"): the channel
 * cues read it as "us". A quoted button label ('tap "Email me" for a restock alert') is the customer's "me".
 */
const ONE_PERSON = /\bme\b(?!\s*["”])/g;

function channelsRule(raw: Unit, ctx: RuleContext): Candidate[] {
  // Only past an FAQ question: "can you email me when it is back?" is the customer's "me".
  const asked = raw.norm.lastIndexOf('?') + 1;
  const unit = raw.norm.includes('me', asked) ? { ...raw, norm: raw.norm.slice(0, asked) + raw.norm.slice(asked).replace(ONE_PERSON, 'us') } : raw;
  // An FAQ question's words offer nothing: "Can I order by phone? Unfortunately we cannot take orders over the phone."
  // names the phone only to ask. A plain "Yes" grants what it asks; otherwise only the answer's own channels count.
  const faq = faqVerdict(unit.norm, CHANNEL_HINT);
  if (faq) {
    const answered = faq.answer ? channelsRule({ ...unit, norm: faq.answer }, ctx) : [];
    if (faq.verdict !== true) return answered;
    const granted = new Set<SupportChannel>([...namedChannels(unit.norm.slice(0, unit.norm.lastIndexOf('?'))), ...answered.flatMap((c) => c.value as SupportChannel[])]);
    return granted.size ? [{ term: 'support.channels', value: [...granted], confidence: 0.8, unit }] : [];
  }
  // Only what comes before a hand-off to another party is the shop's: "email us at …, or call the courier on …".
  const other = THIRD_PARTY_CONTACT.exec(unit.norm);
  // A quoted one-word label reads as the word ('via the "Contact" form').
  const quoted = (other ? unit.norm.slice(0, other.index) : unit.norm).replace(/"([a-z-]+)"/g, '$1');
  if (!CHANNEL_HINT.test(quoted)) return [];
  if (OTHERS_DESK.test(quoted)) return [];
  // "Reply to your order confirmation e-mail" names the shop's mailbox, though it names the confirmation too.
  if (NOT_CHANNEL.test(quoted)) return [];
  const s = REPLY_TO_EMAIL.test(quoted) ? quoted : withoutOutbound(quoted);
  if (!CHANNEL_HINT.test(s)) return [];
  const line = s.trim().replace(/[:.!]$/, '');
  if (SOCIAL_LINE.test(line)) return [{ term: 'support.channels', value: ['social'], confidence: 0.6, unit }];
  const named = NOUN_LINE.find(([re]) => re.test(line));
  if (named) return [{ term: 'support.channels', value: [named[1]], confidence: 0.7, unit }];
  const coordinated = coordinatedChannels(s);
  const framed = framedChannels(s);
  const found = namedChannels(s, coordinated, framed);
  if (found.includes('email') && SAMPLE_ADDRESS.test(s) && !REAL_ADDRESS.test(s)) found.splice(found.indexOf('email'), 1);
  if (found.includes('phone') && onlyDummyNumbers(s)) found.splice(found.indexOf('phone'), 1);
  const ticket = TICKET_ACT.exec(s);
  const formAct = (FORM_ACT.test(s) && !PAPER_FORM.test(s)) || ticket !== null;
  if (formAct && !found.includes('form')) found.push('form');
  // "After submitting a ticket/email": the e-mail goes in the same way.
  if (ticket?.[1] && !found.includes('email')) found.push('email');
  // A paper form ("copy what the form asks for onto a piece of paper and include it") is no form to reach the shop by.
  if (found.includes('form') && !formAct && PAPER_FORM.test(s) && !/\b(?:contact|enquiry|inquiry|online|web|website)\b/.test(s)) found.splice(found.indexOf('form'), 1);
  if (found.length === 0) return [];
  // An address or number set out on its own line ("Email: help@…", "1-555-010-9090") is a way to reach the shop.
  const listed = /^(?:e-?mail|phone|tel(?:ephone)?|call|text|sms|whatsapp|(?:facebook )?messenger|chat|live chat)\s*:|^tel\.\s*\+?\(?\d|^[+\d(][\d\s().-]{8,}$|^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(s.trim());
  // A section headed "Talk to us" / "Contact" / "Help" is the support section whatever its topic words say.
  // An address written out for the shopper, or "email" said to the shopper, is a way in wherever it stands ("let us
  // know by emailing info@…", "please email your order number").
  const address = found.includes('email') && (EMAIL_ADDRESS.test(s) || EMAIL_VERB.test(s) || REPLY_TO_EMAIL.test(s));
  // The contact frame is a way in by itself: its verb has the shop as object.
  const supportish = listed || address || formAct || TEXT_TO.test(s) || addressedAct(s) || coordinated.length > 0 || CALL_VERB.test(s) || CALL_ALONE.test(s) || framed.length > 0 || SHOP_ANSWERS.test(s) || unit.headingPath.some((h) => SUPPORT_HEADING.test(h)) || unit.sectionTopic === 'support' || SUPPORT_CONTEXT.test(s) || REACH_US.test(s) || inContactBlock(raw, ctx);
  // A number given for texting is not a phone line: "text us at 555-0100".
  if (found.includes('phone') && found.includes('sms') && !/\b(?:call|phone|ring|telephone|speak|by mobile)\b/.test(s)) found.splice(found.indexOf('phone'), 1);
  if (!supportish) return [];
  return [{ term: 'support.channels', value: found, confidence: 0.8, unit }];
}

/** "We reply to every email within 24 hours", "response time: 1 business day", "we aim to get back to you within 2 days". */
const RESPONSE_RE =
  fenced(/\b(?:respond(?:s|ed)?|reply|replies|response|answer(?:s|ed)?|tickets? (?:are|is) (?:handled|answered|responded to|picked up)|get back to you|hear (?:back )?from us|hear back|be in touch|back to you|responded to|returned? (?:your )?(?:call|message|email)|(?:we|team|staff|agents?|someone|advisors?)(?:'ll| will)? (?:be in contact|get in touch)(?! to (?:confirm|arrange|schedule|book))|get to (?:every|each|all|your) (?:messages?|emails?|enquir\w*|inquir\w*|questions?|tickets?))\b/);

/**
 * Third-pass reply families, read only when the sentence is about messages or the page section is support:
 * "we usually get back within 48 hours", "we'll be back in touch", "we endeavour to deal with all queries within",
 * "someone will contact you within 24 hours", "we'll follow up within", "your query will be handled within", and the
 * desk acknowledging a message ("ticket submissions are acknowledged within 24-48 hours", "an initial acknowledgment
 * within 24-48 hours"), not an automated one (a robot's receipt is no reply) and not a complaint's (test/real/README.md:
 * one department's time).
 */
const RESPONSE_FAMILIES =
  fenced(/\b(?:gets? back|getting back|write back|hear from (?:a |an |one of )|back in touch|turn-?around|(?:we|team|someone|agents?)(?:'ll| will) reach out|deal with (?:all |every |each |your )?(?:queries|query|enquir\w*|inquir\w*|emails?|messages?|requests?|tickets?)|(?:we|team|someone|agents?|advisors?|member of (?:our|the) team)(?:'ll| will)? (?:contact|follow up with) you|follow(?:s)? up(?! with (?:us|our)\b)|(?:quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies)|messages?|emails?|tickets?|requests?) (?:will be |are |is )?(?:usually |normally |typically )?(?:handled|dealt with|resolved|returned|picked up)|resolve (?:all |every |most |your )?(?:quer(?:y|ies)|enquir\w*|inquir\w*|emails?|messages?|tickets?)|(?<!\bautomat(?:ed|ic) |\bauto-?)acknowledg(?:e|es|ed|ing|ement|ment)s?)\b/);
/** What a shopper writes to the shop: the nouns MESSAGE_WORDS and SHOPPER_WROTE share. */
const MESSAGE_NOUNS = String.raw`e-?mails?|messages?|quer(?:y|ies)|enquir\w*|inquir\w*|questions?|tickets?|requests?`;
const MESSAGE_WORDS = new RegExp(String.raw`\b(?:${MESSAGE_NOUNS}|support|customer (?:service|care)|team)\b`);

/** The shopper's answer awaited by the shop: "if we don't hear back from you", "we need a reply from you within 7 days". */
const SHOPPERS_ANSWER = /\b(?:we|us)\b[^.;]{0,25}\b(?:(?:receive|get|have|had)\w* (?:a |an |your |any |no )?(?:response|reply|answer)|hear\w*(?: back)?)(?: from you\b|(?! from (?:us|our))[^.;]{0,12}?\bwithin\b)|\b(?:if|unless) you (?:do not|don't|fail to) (?:respond|reply|answer)\b|\byou (?:have|get|are given) (?:up to |only )?\d+ (?:business |working )?(?:hours?|days?)\b[^.;]{0,40}\b(?:reply|respond|answer)|\byou (?:must|need to|should|are required to|will need to|are asked to) (?:reply|respond|answer)\b/;

/**
 * The shop reaching out first ("our customer service team will contact you within 24 hours to notify you of any
 * issues", "someone will be in touch should there be a problem with your order"): a notice about an order, not a first
 * reply, unless the shopper has written (a message, query, form or request named in the sentence or the one before).
 */
const SHOP_INITIATES = /\b(?:contact|follow up with|reach out to|get in touch with|be in (?:contact|touch) with) you\b|\bbe in (?:contact|touch)\b/;
const NOTICE_PURPOSE = /\bto (?:notify|inform|update|advise|alert|warn|let you know)\b|\b(?:should|if) there (?:be|is|are|was|were) (?:any |an? )?(?:issues?|problems?|delays?|queries|questions)\b/;
const SHOPPER_WROTE = new RegExp(String.raw`\b(?:${MESSAGE_NOUNS}|forms?|submi\w*|(?:write|wrote|written|contact(?:ed)?|reach(?:ed)?|call(?:ed)?) (?:to )?us)\b`);

/**
 * Another process than the desk's first reply: a return, an exchange, a refund, a repair or a claim. A reply time said
 * of one (test/real/README.md: "like one department's time") is not support.response_hours; a bare reply sentence that
 * names no message or desk ("please allow up to 2 business days for a response") takes the process of the sentence
 * before it.
 */
const OTHER_PROCESS = fenced(/\b(?:refund\w*|return(?:s|ed)?|exchange\w*|warrant\w*|claims?|repair\w*|diagnos\w*|complain\w*|cancel\w*)\b/);

/**
 * A usual time and a ceiling for the same reply ("you will typically hear from us within 24 hours, but please allow up to
 * 48 hours", "usually the same day, at most 2 days"): the term is the upper bound (TERMS.md), so a later span marked as
 * the most the shopper waits wins over the usual one. CEILING is the mark just before the span (a bare "up to" only right
 * after a comma, "but" or "or": "can take up to" is another thing's time); the ceiling must be longer and lie in the same
 * sentence, with no other process (a refund, a delivery) or clause of another subject between the two.
 */
const CEILING = /(?:\ballow(?: us)? (?:up to )?|\bat (?:the )?(?:very )?(?:most|latest) |\bno (?:more|longer|later) than |\ba maximum of |(?:,|\bbut|\bor) up to )$/;
function ceilingAfter(s: string, from: number, hours: number): number | undefined {
  for (const d of findDurations(s)) {
    if (d.index < from || d.unit === 'month' || d.unit === 'year') continue;
    const between = s.slice(from, d.index);
    // "…within 24 hours, while an order we place for you can take up to 10 days": a clause of another subject.
    if (/[.;?!]|\b(?:while|whereas)\b/.test(between) || OTHER_PROCESS.test(between) || /\b(?:ship|deliver|dispatch)/.test(between)) return undefined;
    const h = toHours(d.max, d.unit);
    // The qualifier is part of the span's text ("up to 48 hours"); "within" marks no ceiling, nor does a bare "max." (CEILING
    // has no such mark, so numbers.ts's "max." qualifier is not carried over).
    const before = s.slice(Math.max(0, d.index - 30), d.index) + (/^(?:up to|no more than|no later than|at most|maximum of) /.exec(d.text)?.[0] ?? '');
    if (h > hours && h <= 24 * 14 && CEILING.test(before)) return h;
  }
  return undefined;
}

function responseRule(unit: Unit, ctx: RuleContext): Candidate[] {
  const s = unit.norm;
  const family = !RESPONSE_RE.test(s) && RESPONSE_FAMILIES.test(s) && (unit.sectionTopic === 'support' || MESSAGE_WORDS.test(s)) && !/\b(?:return|refund|order|deliver|ship|dispatch|claim|warrant|repair|collect|complain)/.test(s);
  if (!RESPONSE_RE.test(s) && !family) return [];
  if (/\b(?:refund|return (?:window|period)|warranty claim|ship|deliver)/.test(s) && !/\b(?:email|message|inquir|enquir|question|ticket|request)/.test(s)) return [];
  // "If we do not receive a response within 7 days, the order is cancelled": the shopper's answer, not the desk's.
  if (SHOPPERS_ANSWER.test(s)) return [];
  const previous = previousNorm(unit, ctx);
  if (SHOP_INITIATES.test(s) && NOTICE_PURPOSE.test(s) && !SHOPPER_WROTE.test(s) && !SHOPPER_WROTE.test(previous)) return [];
  if (!MESSAGE_WORDS.test(s) && (OTHER_PROCESS.test(s) || OTHER_PROCESS.test(previous))) return [];
  // "Once you've submitted the form, we'll review your request and get back to you within 48 hours": the time of one
  // process (a claim, a price promise, a complaint) under review, not the desk's first reply.
  if (/\b(?:review|assess|investigate|consider|process)(?:es|ed|ing)? (?:your|the|each|every) (?:request|claim|application|complaint|case|submission)\b/.test(s)) return [];
  // The span the reply phrase itself names comes first: "orders ship within 2 days and we reply within 24 hours" → 24.
  // A phrase's spans are placed back in the sentence (start and end alike), so that a ceiling said after them can be found.
  const phraseSpans = deskClockPhrases(s).flatMap((p) => {
    const at = s.indexOf(p);
    return findDurations(p).map((d) => ({ ...d, index: at + d.index, end: at + d.end }));
  });
  for (const d of [...phraseSpans, ...findDurations(s)]) {
    if (d.unit === 'month' || d.unit === 'year') continue;
    const hours = toHours(d.max, d.unit);
    if (hours < 1 || hours > 24 * 14) continue;
    return [{ term: 'support.response_hours', value: ceilingAfter(s, d.end, hours) ?? hours, confidence: 0.8, unit }];
  }
  // "We respond within the hour"
  if (/\bwithin (?:the|an|one) hour\b/.test(s)) return [{ term: 'support.response_hours', value: 1, confidence: 0.7, unit }];
  if (/\bnext (?:business |working )?day\b/.test(s)) {
    return [{ term: 'support.response_hours', value: 24, confidence: 0.6, unit }];
  }
  return [];
}

export const SUPPORT_RULES: Rule[] = [hoursRule, channelsRule, responseRule];
