/**
 * Keyword tables, one per element: phrases written as plain words, stemmed once at load, matched against an item's
 * stems (phrase-matcher.ts: `*` is any one word, `~` up to three). PAIRS say "an element is a topic word near an
 * aspect word" — shipping + cost is shipping_cost, a support word + a time of day is support_hours — which covers
 * "£6 postage", "postage was £6" and "paid a fortune for delivery" without listing each.
 *
 * Tuned on test/voice-corpus/tuning only (see its README); the held-out shops are never read here.
 */
import type { ElementId } from './elements.js';
import { SERVICE_EVENTS } from './service-events.js';

/**
 * The goods' death told as a state, not an event: "the one on the right is DEAD", "now it was dead", "almost defunct".
 * The same verdict as "it died", but "dead" has other senses, so only after a be-form or a degree word that says
 * something is so ("is", "was", "now", "almost", "completely"); and not the intensifier ("returns were dead easy",
 * "dead simple to order": GOODS_DEATH_DECOYS).
 */
const DEATH_FRAMES = ['is', 'was', 'are', 'were', 'now', 'almost', 'completely', 'totally', 'stone', 'already'];
const GOODS_DEATH = DEATH_FRAMES.flatMap((be) => ['dead', 'deceased', 'defunct'].map((state) => `=${be} =${state}`));
const GOODS_DEATH_DECOYS = DEATH_FRAMES.flatMap((be) =>
  ['easy', 'simple', 'quick', 'fast', 'cheap', 'good', 'set', 'right', 'tired', 'serious'].map((what) => `=${be} =dead ${what}`),
);
/**
 * The goods giving out in use: "it died", "the LCD started malfunctioning", "stopped charging". Product quality
 * (LISTED below), and the first half of the repair frame (REMEDY_WORDS).
 */
const GOODS_FAULTS_LISTED = [
  'broke', 'broken', 'died', 'faulty', 'malfunction', 'malfunctioning', 'malfunctioned', 'did not work', 'does not work', 'not working',
  'stopped charging', 'broke down', 'developed a fault', 'went funny', 'blistered', 'blistering',
  // British for giving out: "the motor burnt out", "the kettle conked out" (not "packed in": goods are packed in boxes)
  'burnt out', 'burned out', 'gave up the ghost', 'conked out',
  ...GOODS_DEATH,
];
/**
 * A condition before a goods word makes the fault a case a policy or a plan names, not goods that failed: "if, after
 * six months, the buds broke, I could get a replacement", "unless it doesn't work, it's yours forever", "if anything
 * is broken I'm flying down there". Within CONDITION_WINDOW words before it, in its clause, the goods word is no
 * product_quality (classify.ts, keywordElements); the repair frame still reads the case as the cover it names.
 */
export const CONDITION_WORDS: readonly string[] = ['if', 'unless', 'in case', 'in the event', 'whether', 'should it', 'should they'];
export const CONDITION_WINDOW = 8;
/**
 * The customer's old goods giving out, told as why they went shopping: "our TV died on Saturday, so I looked for a
 * new one", "as the one I use went faulty I had to buy a replacement", "I need to buy a new speaker system because
 * mine has just died". The fault is the story's start, not a verdict on the shop's goods: in a clause of such a
 * purchase, or the one before or after it (NEW_PURCHASE_SPAN), a product_quality told only by a fault goes
 * (classify.ts). The purchase's subject is the customer (customer-acts.ts, byCustomer): "they sent a new one" is the
 * shop's remedy, which the repair frame reads.
 */
export const NEW_PURCHASE_ACTS: readonly string[] = ['buy', 'bought', 'buying', 'look for', 'looked for', 'looking for', 'shop for', 'shopping for', 'need', 'needed', 'get', 'order', 'ordered']
  .flatMap((verb) => ['a new', 'a replacement', 'another'].map((what) => `${verb} ${what}`));
export const NEW_PURCHASE_SPAN = 1;
/** The same, with the events the service-event table already scores as product quality ("stopped working"). */
export const GOODS_FAULTS: readonly string[] = [
  ...GOODS_FAULTS_LISTED,
  ...SERVICE_EVENTS.filter(([, element]) => element === 'product_quality').map(([phrase]) => phrase),
];
/**
 * A repair story: goods that failed in use, then the shop or the maker repairing or replacing them ("it stopped
 * working mid-cycle. An engineer came two days later", "the LCD started malfunctioning … this week I got the
 * replacement from the vendor"). That is `warranty` whether or not the customer names the warranty: real reviews tell
 * the repair, not the contract (real tuning: 12 of 32 warranty items never name it). A remedy word alone is not
 * enough ("my car is repaired", "a replacement hire car"): it counts in the clause that names the fault or the next
 * one (REMEDY_SPAN). Not the customer buying a new one ("I had to buy a replacement"): REMEDY_DECOYS.
 */
export const REMEDY_WORDS: readonly string[] = [
  'repair', 'repaired', 'repairs', 'repairing', 'fix it', 'fix a', 'fixed', 'replacement', 'replace', 'replaced', 'engineer', 'technician',
  'service centre', 'service center', '=servicing', 'sent away', 'sent it away',
];
export const REMEDY_DECOYS: readonly string[] = ['buy ~ replacement', 'bought ~ replacement', 'buying ~ replacement'];
/**
 * Goods broken on the way ("it arrived broken", "came cracked in the box") are the order's handling (order_processing,
 * test/voice-corpus/README.md): a fault in a clause with one of these opens no repair story.
 */
export const TRANSIT_WORDS: readonly string[] = ['arrive', 'arrived', 'arrives', 'came', 'delivered', 'on arrival', 'in transit', 'in the post', 'in the box'];
/**
 * The goods' first sight, when the parcel is opened or the carriers hand it over ("on unpacking, the machine was a
 * total wreck", "when the guys went to unwrap it, chunks of wood fell off", "they showed me the damage and asked if I
 * wanted to refuse delivery"): a damage word anywhere in that clause or the next is what the trip did, since the story
 * tells the opening first and what it showed after it, often in a sentence of its own. Not the carriers themselves:
 * "the delivery guy" is in every delivery story, beside the van that broke down and the flowers that wilted.
 */
export const FIRST_SIGHT_WORDS: readonly string[] = [
  'unpack', 'unpacked', 'unpacking', 'unwrap', 'unwrapped', 'unwrapping', 'unboxed', 'unboxing', 'opened the box', 'opened the parcel',
  'refuse delivery', 'refused delivery', 'in its packaging',
];
/** Clauses after a first sight in which its damage is still told (0: the same clause only). */
export const FIRST_SIGHT_SPAN = 1;
/** Clauses after the fault in which a remedy still belongs to it (0: the same clause only). */
export const REMEDY_SPAN = 1;
/**
 * Damage words beside the goods faults that a transit word can stand next to ("arrived damaged", "came smashed",
 * "cracked in transit"): with one within TRANSIT_WINDOW words the clause tells the order's handling, not the goods.
 */
export const TRANSIT_DAMAGE: readonly string[] = [...GOODS_FAULTS_LISTED, 'damaged', 'smashed', 'shattered', 'cracked', 'chipped', 'dented', 'dead', 'half dead',
  // marks a carrier leaves, which use seldom does (entries match by stem: 'dented' is "dent" and "dents" too,
  // 'scratched' "scratch", 'leaking' "leak" and "leaked")
  'scratched', 'leaking', '=wreck', 'fell off', 'crushed', 'the damage'];
export const TRANSIT_WINDOW = 3;

/**
 * A call nobody took: the customer rang, and the line gave no person — no answer, voicemail, a recording, "all our
 * agents are busy" ("I ring her number. No answer.", "rang them and heard: we are experiencing a high volume of
 * calls", "my first call to tech support got a recording"). That is `support_hours` (could not reach anyone,
 * test/voice-corpus/README.md) whether or not the story names the hours, as a repair story is `warranty` without the
 * word. The state counts in the clause of the call or the next one (CALL_SPAN): a courier who "got no answer" at the
 * door, with no call before, is no line unanswered.
 */
export const CALL_ATTEMPTS: readonly string[] = [
  'ring', 'rang', 'ringing', 'call', 'called', 'calling', 'phone', 'phoned', 'phoning', 'dial', 'dialled', 'dialed', 'telephone', 'telephoned',
];
/**
 * Nobody picking up: the words name the phone themselves, so they are `support_hours` anywhere (PHRASES) as well as a
 * state of the line after a call (UNANSWERED_LINE). Listed once for both; by stem, "picked up" is "picks up".
 */
const NOBODY_PICKS_UP = ['nobody ~ picks up', 'no one ~ picks up', 'never picks up'];
export const UNANSWERED_LINE: readonly string[] = [
  'no answer', 'no reply', 'nobody answered', 'no one answered', ...NOBODY_PICKS_UP, 'not pick up',
  'voicemail', 'voice mail', 'answerphone', 'answering machine', 'engaged tone',
  'line was engaged', 'line was busy', 'lines are busy', 'lines were busy', 'everyone is busy', 'all busy', 'high volume of calls',
  'rang out', 'rings out', 'went dead',
];
export const CALL_SPAN = 1;
/**
 * A tradesperson's visit, not goods arriving: "the carpet fitters would arrive by mid morning", "the plumber didn't
 * turn up", "a technician arrived on Thursday". The arrival words (ARRIVAL_WORDS' and the delivery phrases') are the
 * goods' in a review, but a person who comes to fit, install or mend is a service beside the sale (test/real/README.md:
 * "fitters who came late" are `other`), and one who comes to repair is the repair's step (the repair frame's
 * `warranty`). Who arrives decides it: a VISITORS word with up to three words before the arrival word (VISIT_WORDS).
 * The driver is not here: a driver's arrival is the delivery.
 */
const FITTERS = ['fitter', 'fitters', 'installer', 'installers', 'plumber', 'plumbers', 'electrician', 'electricians', 'builder', 'builders', 'joiner', 'carpenter', 'decorator', 'decorators', 'tradesman', 'tradesmen', 'workmen', 'surveyor', 'measurer'];
const REPAIRERS = ['engineer', 'engineers', 'technician', 'technicians', 'tech', 'repairman', 'repair man', 'mechanic'];
const VISIT_WORDS = ['arrive', 'arrived', 'arrives', 'arriving', 'turn up', 'turned up', 'turns up', 'turning up', 'show up', 'showed up', 'shows up', 'came', 'come', 'comes'];
/**
 * Money or an answer coming, not goods: "the refund came back within two days", "my money finally arrived", "their
 * reply came back within the hour", "the call back came the next morning". Who arrives decides it, as for a visit:
 * money coming back is the return's remedy and an answer coming back is the reply, so an arrival word whose subject is
 * one of these (ARRIVING_NOT_GOODS, with only SUBJECT_FILLERS and be-forms between, customer-acts.ts) names no element
 * itself, as the customer's own "we came" does (classify.ts); the subject keeps its own reading ("refund" the return's,
 * "reply" with its time the response's).
 */
export const NOT_GOODS_ARRIVALS: readonly string[] = [...VISIT_WORDS, 'received', 'landed', 'coming'];
export const ARRIVING_NOT_GOODS: readonly string[] = [
  // money
  'refund', 'refunds', 'money', 'credit', 'payment', 'payments', 'reimbursement', 'funds',
  // an answer
  'reply', 'replies', 'response', 'responses', 'answer', 'answers', 'call', 'calls', 'callback',
];
/**
 * "Back" is such a subject only after one of them ("the call back came", "my money back arrived"): the bare word ends
 * the customer's own return ("I sent the chair back received a week later" is still the delivery).
 */
export const NOT_GOODS_BACK = 'back';
/** Visitor ~ arrival, each valued by what the visit is: `other` for a fitting service, nothing more for a repair. */
export const VISITS: readonly (readonly [phrase: string, element: ElementId | null])[] = [
  ...FITTERS.flatMap((who) => VISIT_WORDS.map((act) => [`=${who} ~ ${act}`, 'other' as const] as const)),
  ...REPAIRERS.flatMap((who) => VISIT_WORDS.map((act) => [`${who.includes(' ') ? who : `=${who}`} ~ ${act}`, null] as const)),
];
/**
 * The customer getting in touch, then the shop's answer timed after it ("I emailed customer service, and within half
 * an hour I had a reply", "so we called the company and an engineer was sent out two days later", "I rang them on
 * Monday. Three weeks later, nothing"): how long the answer took, though no reply word is said, as a repair story is
 * the warranty without its name. Who did what: the contact's subject is the customer (customer-acts.ts, byCustomer),
 * and the time stands after a break or a joining word behind it, or in the next clause (CONTACT_SPAN); a time right
 * behind the act is when the customer wrote ("I emailed them within the week").
 */
export const CONTACT_ACTS: readonly string[] = [
  'emailed', 'e mailed', 'called', 'phoned', 'rang', 'telephoned', 'contacted', 'wrote to', 'messaged', 'texted', 'sent an email', 'sent them an email',
  'fired off', 'got in touch', 'complained',
];
export const ANSWER_TIMES: readonly string[] = [
  'within', 'straight away', 'right away', 'immediately', 'promptly', 'the same day', 'same evening', 'same afternoon', 'next morning',
  'the next day', 'shortly after', 'minutes later', 'hours later', 'days later', 'weeks later', 'an hour later', 'a day later', 'a week later',
  '# minutes after', '# hours after',
];
/** Words that join the customer's contact to what came of it within one clause (as a comma does): "called and within…". */
export const CONTACT_JOINS: readonly string[] = ['and', 'then', 'but', 'so'];
export const CONTACT_SPAN = 1;
/**
 * Not a call to the shop, or not a line unanswered: the doorbell rung and the door not answered (a delivery story), the
 * shop's own call missed or its voicemail left. A line that only plays a recording is how a channel works
 * (`support_channels`, test/real/README.md), so a recording is not here.
 */
export const CALL_DECOYS: readonly string[] = [
  ...['ring', 'rang', 'ringing', 'rings'].flatMap((r) => ['door', 'bell', 'doorbell', 'door bell', 'buzzer'].map((b) => `${r} the ${b}`)), 'door bell', 'doorbell',
  'missed the call', 'missed call', 'missed their call', 'missed her call', 'missed his call', 'call from',
];
export const UNANSWERED_DECOYS: readonly string[] = [
  ...['no answer', 'nobody answered', 'no one answered'].map((n) => `${n} ~ door`), 'voicemail from', 'left a voicemail', 'left me a voicemail',
  'left a voice mail', 'left me a voice mail',
];

/** "Chase" counts towards response_time only with the people who owe the answer after it ("chased them for a month"). */
const CHASE_VERBS = ['chase', 'chased', 'chasing'];
const CHASED_PEOPLE = ['them', 'him', 'her', 'the shop', 'the store', 'the company', 'support', 'customer service', 'customer services', 'up', 'it up', 'this up'];

/**
 * Roles of the shop's people that are asked for or do a step: "asked to speak with a manager", "spoke to an employee
 * about the return policy", "the warehouse manager will phone to book a slot". Alone a role counts as the staff
 * described (LISTED); as the one the customer asks for, or who will call, it is a step of the story (ROLE_STEPS).
 */
const ROLE_NOUNS = ['=manager', '=managers', '=supervisor', '=supervisors', '=employee', '=employees'];
const ROLE_STEPS = [
  ...['speak', 'spoke', 'speaking', 'talk', 'talked', 'talking', 'ask', 'asked', 'asking', 'get', 'fetch', 'fetched', 'for']
    .flatMap((verb) => ROLE_NOUNS.map((role) => `${verb} ~ ${role}`)),
  ...ROLE_NOUNS.flatMap((role) => ['will', 'would', 'who will', 'who would', 'to call', 'to phone', 'to ring'].map((next) => `${role} ${next}`)),
];

/**
 * A message received is not the goods received: "received multiple emails confirming my appointment", "got a text
 * message from the shop telling me I had won", "I'd receive a confirmation email". The receive verb before a message
 * noun (classify.ts, messageVerbs) names nothing itself, so it is neither the arrival pair's "received" nor
 * order_processing's "received a"; the message's own words stay free, since a message about the order is tracking
 * ("received a notification that my order was shipped", "got an email to say he would be here by one"). Not
 * "reply", "answer" or "call": "never got a reply", "got a call back" are how long an answer took (response_time); nor a
 * text, which is nearly always the courier's slot ("we would receive a text an hour before").
 */
const MESSAGE_NOUNS: readonly string[] = ['=email', '=emails', 'e mail', '=message', '=messages', 'confirmation', '=letter', '=letters', '=rebate', 'robo call', '=notification'];
export const MESSAGE_RECEIVED: readonly string[] = ['receive', 'received', 'receiving', 'got', 'get', 'getting'].flatMap((verb) => MESSAGE_NOUNS.map((noun) => `${verb} ~ ${noun}`));

/**
 * Returns are goods going back (GOODS_BACK) and the money for them (REFUND_WORDS). Money back for an order that was
 * cancelled, lost or never came, or fought for through the bank or a payment service, is payment (`other`,
 * test/real/README.md), not a return: "cancel the order and give me my money back", "my bank won't get my money back",
 * "offered a refund for the lost parcel". The refund frame (classify.ts, refundClauses) reads money back as `other`
 * when its clause has a PAYMENT_CUES word and no goods go back in it or the clause before or after.
 */
/** Goods sent back by any carrier, with the goods between verb and "back" ("mailed the boots back"). */
export const SENT_BACK: readonly string[] = [
  'send', 'sent', 'sending', 'mail', 'mailed', 'mailing', 'post', 'posted', 'posting', 'ship', 'shipped', 'shipping', 'courier', 'couriered',
].map((v) => `${v} ~ back`);
export const GOODS_BACK: readonly string[] = [
  'return', 'returned', 'returning', 'send it back', 'sent it back', 'send them back', 'sent them back', 'send back', 'sent back', 'take back',
  'took it back', 'restocking', 'store credit',
];
export const REFUND_WORDS: readonly string[] = [
  'refund', 'refunded', 'money back', 'my money', 'full refund', 'still waiting ~ refund', 'still waiting ~ money',
  // the sum sent back is money, not goods: "arranged for the amount to be returned"
  'amount ~ returned', 'money ~ returned', 'payment ~ returned',
];
/** A shop's standing terms: a return word in their clause is the policy, whatever remedy it names (classify.ts, repairTripClauses). */
export const POLICY_WORDS: readonly string[] = ['policy', 'policies'];
export const PAYMENT_CUES: readonly string[] = [
  'cancel', 'cancelled', 'canceled', 'cancellation', 'never arrived', 'never came', 'never received', 'never got', 'not arrived', 'not delivered',
  'did not arrive', 'did not turn up', 'lost', 'paypal', 'bank', 'card company', 'credit card', 'chargeback', 'charge back', 'dispute', 'claim',
  '=charged', 'took my money', 'ebay', 'postal receipt',
];

/**
 * A price that fell after the purchase, then money given back for the fall ("found something that went down in
 * price! I emailed customer service and within half an hour my account was being credited", "two days later they
 * had 20% off the cards; they credited my account for that amount"): `price_match` (test/voice-corpus/README.md:
 * "refunding a later price drop"). The story tells the fall and then the credit, often in a sentence of its own, so
 * the credit counts in the fall's clause or the PRICE_FALL_SPAN clauses after it. The credit words are the
 * difference's, not a return's: a refund for goods sent back names no fall.
 */
export const PRICE_FALL_WORDS: readonly string[] = [
  'went down in price', 'gone down in price', 'dropped in price', 'came down in price', 'price went down', 'price came down', 'price had dropped',
  'price drop', 'price dropped', 'price protection', 'marked down', 'reduced the price',
  // the same goods offered for less after the purchase: "two days later, an email special for 20% off"
  '# off', 'on sale', 'sale price',
];
export const PRICE_CREDIT_WORDS: readonly string[] = ['credited', 'credit the', 'credit me', 'refunded ~ difference', 'refund ~ difference', 'gave me the difference', 'honoured', 'honored', 'for that amount'];
export const PRICE_FALL_SPAN = 1;

/**
 * A warranty sold or offered as a cover, not claimed: "sells refurbished appliances with a 30 day warranty", "adding
 * back tax and a three year warranty", "I agree quickly to the extended warranty", "unless you purchase a protection
 * plan". A clause that only buys the cover tells no failed goods (test/real/README.md: "a warranty story with no
 * failed goods (buying a cover …) is `warranty` only"), so the long story's warranty-as-fault reading (classify.ts)
 * skips it — unless the clause claims on it too ("the warranty company, which the shop sold us, took nine days to
 * answer the claim": COVER_CLAIM).
 */
export const COVER_SALE: readonly string[] = [
  'extended', 'protection plan', 'buy', 'bought', 'buying', 'purchase', 'purchased', 'sell', 'sells', 'sold', 'selling', 'offer', 'offered',
  'offers', 'add', 'added', 'adding', 'agree', 'agreed', 'came with', 'comes with', 'eligible',
];
export const COVER_CLAIM: readonly string[] = ['claim', 'claims', 'claimed', 'claiming'];
/**
 * The unreal mood: a plan, a promise reported, a condition or a habit, not an event told ("they said it would come on
 * Friday", "I would take a new pair", "we would buy books together"). In a story the arrival that happened is told in
 * its own clause, so a delivery in this mood is no delivery's speed (classify.ts). "would" alone: "could" and "might"
 * measured even on real tuning half a (two false readings gone, two right ones lost); "will" lost more than it gained.
 */
export const IRREALIS_MODALS: readonly string[] = ['would'];
/** Tokens at a clause's end where a modal points back to an event already told ("exactly when he said they would"). */
export const ELLIPSIS_TAIL = 3;
/** The warranty by its name and its spellings ("warrantee", "warrenty"). */
const WARRANTY_WORDS = ['warranty', 'warranties', '=warrantee', '=warrantees', 'warrenty'];

const LISTED: Readonly<Partial<Record<ElementId, readonly string[]>>> = {
  // "sent them back", "refund still pending", "restocking fee", "store credit", "won't take back live plants"
  returns: [
    ...GOODS_BACK, ...REFUND_WORDS,
  ],
  // "free return label", "£8.95 to post back", "pickup fee", "courier collection at no cost"
  return_shipping_cost: [
    'return shipping', 'return postage', 'return label', 'returns label', 'return slip', 'prepaid label', 'prepaid return', 'return fee',
    'pickup fee', 'courier collection', 'collection at no cost', 'free returns', 'free return', 'returns cost', 'both ways',
  ],
  // "exchanged for a medium", "swapped it", "they don't do exchanges"
  exchanges: ['exchange', 'exchanged', 'exchanges', 'swap', 'swapped', 'size up', 'half size up'],
  // "free shipping over £40", "delivery charge", "£6 postage"
  shipping_cost: [
    'shipping cost', 'postage cost', 'delivery charge', 'delivery fee', 'shipping fee', 'free shipping', 'free delivery', 'free postage',
    'paid for express', 'shipping was $', 'shipping costs more',
  ],
  // "turned up the next day", "took nearly two weeks to arrive", "still waiting", "Said 2-3 days. It's been 11."
  delivery_speed: [
    'to arrive', 'took forever to arrive', 'delivery time', 'delivery times', 'fast shipping', 'quick shipping',
    'super quick shipping', 'slow shipping', 'fast delivery', 'quick delivery', 'speedy delivery', 'slow delivery', 'late delivery',
    'delivery was', 'delivery date', 'still waiting ~ order', 'waiting for this order', 'a week late', 'week late', 'weeks late',
    'turned up', 'showed up', 'in transit', 'arrived quicker', 'quicker than expected', 'day after my', 'before my',
    'before the weekend', 'had it', 'got them in', 'here in', 'crazy fast', 'two day shipping', '# day shipping', 'it been #', 'where is it',
    'on time', 'right on time', 'when they said', 'wait another', 'came quickly', 'get here', 'got here', 'ship faster', 'day after i ordered', 'days after i ordered',
    '# weeks for', 'faster than', 'not slow',
    // told as a story: the day waited in, the slot that passed, the date that moved, "three weeks later"
    'waited in', 'wait in', 'waiting in', 'stayed in',
    'not turn up', 'show up', 'rescheduled', 'time slot', 'another # weeks', 'at last', '=delayed',
    // a delivery that failed is the arrival that did not happen, not goods that failed
    'fail to deliver', 'failed to deliver', 'failed to arrive', 'failed to turn up', 'fails to materialise', 'fails to arrive',
    '=delivering', 'be delivered', 'was delivered', 'were delivered', 'delivered it', 'delivered them', 'deliver it', 'delivered early',
  ],
  // "sent two left boots", "half the order missing", "took 6 business days to ship", "packed with tissue paper"
  order_processing: [
    'wrong item', 'wrong order', 'wrong colour', 'wrong color', 'wrong size', 'wrong frame', 'the wrong', 'sent the wrong', 'shipped the wrong',
    '=missing', 'half the order', 'not the actual', '=packed', '=packing', '=packaging', 'bubble wrap', 'beautifully packed', 'box had',
    'to ship', 'to even ship', 'took # days to ship', 'before it shipped', 'shipped by', 'shipped same day', 'shipped within', 'dispatched',
    'leave the warehouse', 'two left', 'two different sizes', 'thrown in', 'flimsy envelope', 'bent', 'crushed',
    'handwritten note', 'got mustard', 'ordered grey', 'received a', 'sent me two', 'ready and dispatched', 'unfulfilled', 'in the box ~ no',
    // stock and substitutes, and goods damaged before they reach the door
    'backorder', 'awaiting stock', 'substitute', 'substitutes', 'substituted', 'substitution',
    'be ready', 'was ready', 'were ready', 'dent in', 'lost my',

    // made-to-order goods, and a wrong item however it is counted ("a wrong part", "two wrong parts"); "in stock" is a
    // frame (STOCK_WORDS below), since goods on a shop's shelf are no order handled
    'special order', 'special ordered', 'custom order', 'custom ordered', 'a wrong', '# wrong', '=processed',
  ],
  // "tracking link said label created", "tracking said delivered", "updates at every step"
  // "updates" and "updated" by their forms: the stem is also the verb anyone uses ("update your address", "they need to
  // update their staff", a blog's "Update:"), which says nothing of where an order is
  tracking: ['tracking', 'track', 'tracked', 'untracked', 'said delivered', 'says delivered', 'showed delivered', '=updates', '=updated', 'delivery slot', 'on the map', 'notifications',
    // the messages that say where an order is: "a text an hour before", "the confirmation email", "left the depot"
    'notification', 'text message', 'received a text', 'automated text', 'a text to', 'a text an hour', 'confirmation email',
    'status of', 'the depot', 'out for delivery',
    // being kept informed along the way, whatever the message was
    ...['kept', 'keeps', 'keep'].flatMap((k) => [`${k} me informed`, `${k} us informed`, `${k} me updated`, `${k} us updated`, `${k} me posted`, `${k} us posted`]), 'kept informed', 'in the loop',
  ],
  // "customs charges", "ships to NZ", "they won't ship outside the UK", "ordered from Australia"
  international_shipping: [
    '=customs', 'ship outside', 'cross border', 'ship ddp', 'brexit',
    // the charges of a parcel that crossed a border, by their own name
    ...['tax', 'taxes', 'duty', 'duties', 'charge', 'charges', 'fee', 'fees', 'vat'].map((c) => `import ${c}`),
  ],
  // "satisfaction guarantee", "100 night sleep trial", "no questions asked", "love it or return it"; "if I'm not happy"
  // is the promise's condition, while "I was not happy!" is only a feeling
  // The shop's promise is a noun ("their comfort guarantee", "100 day guarantee"); the verb is anyone's ("I can
  // guarantee you", "guaranteed to rain"), and "satisfaction" alone is a feeling ("the satisfaction of fixing it myself").
  // The bare noun is PROMISE_NOUNS: what kind of guarantee it is, the words around it say.
  guarantee: [
    'satisfaction guaranteed', 'guaranteed satisfaction', 'money back guaranteed', 'sleep trial', 'love it or return it',
    'if ~ not happy', 'if ~ not satisfied',
  ],
  // "price matched Best Buy", "refunded the difference", "price adjustment"
  price_match: ['price match', 'price matched', 'price matching', 'matched it', 'matched the price', 'match the price', 'beat a', 'cheaper elsewhere', 'refunded the difference', 'pay the difference', 'paid the difference', 'price difference', 'competitor price', 'competitors price', 'refund the difference', 'price adjustment', 'match a cheaper'],
  // "warranty claim", "extended protection plans", "warranty repair"
  // A product's guarantee in British English ("still under guarantee", "a 10 year guarantee") is PROMISE_NOUNS' frame.
  // Not "repair" alone: anyone repairs things ("the fence", "my car is repaired"), right on 1 of 6 real tuning items it alone gave
  warranty: [...WARRANTY_WORDS, 'protection plan', 'repair center'],
  // "nobody picks up", "phone line only open 10 till 3", "can't reach a human on weekends"
  support_hours: [
    'business hours', 'allhours', '# hour support', 'pick up the phone', 'picks up the phone', ...NOBODY_PICKS_UP, 'ever picks up',
    // "get hold of the size I wanted" is stock: a person has to be the one not reached
    'get hold of them', 'get hold of anyone', 'get hold of someone', 'get hold of anybody', 'get hold of a human', 'get hold of a person', 'get hold of customer', 'reach a human', 'can reach them', 'can reach someone', 'reach them', 'someone to talk to',
    'get through to', 'answer the phone', 'answers the phone',
    // open for a span of the day or the week: "open 24 hours every day", "open round the clock", "open every day". "Open
    // late" and "open all night" are also a SUPPORT_WORDS x HOURS_WORDS pair, but a phrase keeps its words and a pair does
    // not: without them "open late, so my sofa arrived after work" is delivery speed too, "open late and replied" response time
    'open # hours', 'open round the clock', 'open around the clock', 'open every day', 'open seven days', 'open all night', 'open late',
  ],
  // "not a single reply", "on hold for 45 minutes", "got back to me within a day", "nobody called me back"
  response_time: [
    // a reply by itself is REPLY_WORDS (a pair with its time); these judge how fast or whether one came. Not "no
    // answer": the door or the line unanswered is the courier's or the hours' (UNANSWERED_LINE)
    '=responsive', '=unresponsive', 'answer my', 'not answer', 'no response', 'no responses', 'not a single reply', 'not one reply',
    'same reply', 'same response', 'automated reply', 'automated response', 'stock reply',
    // the wait for it, which would otherwise be the goods' ("still waiting" is delivery_speed's event)
    ...['reply', 'response', 'answer'].map((r) => `still waiting ~ ${r}`),
    'get back to', 'got back to', 'getting back', 'called me back', 'call back', 'heard nothing back',
    // a call-back promised or awaited with the person inside ("have the manager call him back", "ring me back")
    ...['call', 'calls', 'ring', 'rings'].map((v) => `${v} ~ back`),
    // contact repeated told by the verb itself: "called and called", "emailed and emailed"
    ...['called', 'rang', 'phoned', 'emailed', 'wrote', 'tried'].map((v) => `${v} and ${v}`),
    'unanswered', 'ignoring', 'ignored', 'hour on the phone', 'hours on the phone',
    // chasing the people for an answer; a parcel, a courier or a bargain chased is no answer awaited
    ...CHASE_VERBS.flatMap((verb) => CHASED_PEOPLE.map((who) => `${verb} ${who}`)),
    // a call or answer promised or awaited, told as a story: "they said they would ring", "I rang them again"
    'promised a phone call', 'promised a call', 'would call', 'would ring', 'will ring', 'rang them',
    'rang up', 'waited ages', 'waiting for a call', 'wait for their call', 'emailed me straight', 'registered letter', 'instantly',
  ],
  // "no phone number anywhere", "love the live chat", "only way to reach them is email", "you can text them"
  // A channel that is only the way the customer got in touch ("I tweeted them", "ordered by phone") is no judgement of
  // it (test/voice-corpus/README.md): those words are CHANNEL_MEANS, a channel only beside a CHANNEL_JUDGEMENTS word.
  support_channels: [
    'no phone', 'live chat', 'no chat', 'chat button', 'chat is', 'contact form', 'a form', 'web form', 'only email', 'just email',
    'an email that', 'text support', 'video call', 'callback', 'contact option',
    'phone support', 'talk to a person', 'only way to reach', 'a phone number and email',
    'voice prompts', 'bounced back', 'speak to someone', 'a bot', 'chatbot', 'chat bot',
  ],
  // "rude and basically called me a liar", "patient and knowledgeable": words that judge a person's manner by
  // themselves. A person named ("the manager", "the delivery guy") or a word that may judge anything ("lovely",
  // "sweet", "understanding") is the PEOPLE_WORDS × MANNER_WORDS pair below: a person doing a step of the story is not
  // how they treated the customer (test/real/README.md).
  staff_friendliness: [
    'friendly', 'rude', '=kind', 'so helpful', 'very helpful', 'super helpful', 'really helpful', 'and helpful',
    'helpful and', 'unhelpful', 'polite', '=patient', 'such caring', 'snarky', 'snippy', 'curt',
    'dismissive', 'condescending', 'arrogant', 'cold and', 'knowledgeable', '=professionalism', '=pushy',
    'called me a liar', 'blamed me', 'team were', 'short with me', 'uninterested', 'bothering them', 'nice and', 'was so nice', 'were so nice', 'thank you note',
    'handwritten thank you', 'sympathy card', 'apologetic', '=patronising', '=patronizing', 'courteous', 'impolite', 'discourteous',
    // the people who serve, by their role: a story that describes them mostly says how they treated the customer; by
    // their forms, since "managed" and "install" share the stems of "manager" and "installer". The role as the one
    // the customer asks for or who will do a step is ROLE_STEPS (DECOYS).
    'lovely lady', 'lady', 'the staff', 'staff', 'bloke', 'the guy', 'the man', ...ROLE_NOUNS,
    'chap', 'sales guy', 'delivery guy', 'delivery man', 'repair man', 'tech guys', '=installer', '=installers', 'the owner',
    'customer service rep', 'customer service person',
  ],
  // "softest towels", "zip broke first trip", "they run small"
  product_quality: [
    // "=beautiful", not its stem, which "beauty" shares ("sleeping beauty", "beauty products")
    'quality', 'soft', 'softest', 'comfy', 'comfiest', 'so comfortable', 'uncomfortable', 'broke', 'faded', 'peeled', 'junk', 'gorgeous', 'stunning',
    '=beautiful', 'beautifully', 'run small', 'run large', 'too small', 'did not fit', 'dried out', 'crackles', 'sharp', 'kept me dry',
    'scratches', 'came unglued', 'zip broke', 'seams split', 'split seam', 'leaked', 'leaks',
    // how the goods are, never what they are: a product named ("the toy", "the coffee", "the brakes") is no judgement of it
    'fresh', 'stale',
    'chipped', 'cracked', 'failed', ...GOODS_FAULTS_LISTED, 'smaller than', 'bigger than', 'fit well', 'went blunt', 'squeal', 'cheap junk',
    'feels cheap', 'looks cheap', 'cheap and nasty', 'cheaply made',
    // the goods' state, whatever the goods are: how a thing works, wears and fits, in the words any story uses. Not
    // "defective": it is the word of a policy ("no returns unless defective"), right on 1 of 4 real tuning items
    '=dud', 'do not work',
    'works perfectly', 'works great', 'works fine', 'work properly', 'worked properly', 'too big', 'too large', 'too tight', 'too loose', 'too short',
    '=sag', '=sagging', 'warped', 'rusted', 'rusty', 'wobbly', 'flimsy', 'sturdy', 'well made', 'badly made', 'poorly made',
    'well built', 'durable', 'wore out', 'came apart', 'fell off', 'frayed', 'fraying', 'shrank', 'shrunk', 'not as described', 'as described',
    'as pictured', 'fits perfectly', 'fit perfectly', 'problem with the', 'looks great', 'feels great', 'looks lovely',
  ],
  // "website kept crashing at checkout", "discount code didn't work", "loyalty points", "great prices"; the website and
  // the app only as judged (WEB_WORDS × WEB_JUDGEMENTS): as where the shop is or where something was read, they are a mention
  other: [
    'site says', 'checkout', 'discount code', 'promo code', 'voucher code', 'coupon code', 'coupon', 'voucher', 'loyalty', '=points', 'newsletter', 'marketing emails',
    'subscription kept', 'cancelling the subscription', 'charged my card', 'charged me after', 'financing', 'great prices', 'great deals',
    'physical store', 'gift wrapping', 'recycled', 'compostable', 'grain free', 'in stock then', '=selection', '=selections', 'catalogue', 'next sale',
    'toy shop', 'credit card', 'pet store',
    // the shop floor, assembly and contracts: what a story of an order tells besides the service
    'deposit', 'contract', 'flat pack', 'assembly', 'assemble', 'installation', 'install', 'in store', 'in the store', 'showroom', 'salesman',
    'sales associate', 'sales assistant', 'the till', 'security check', 'log in', 'login',
    // a service booked beside the sale (test/voice-corpus/README.md): the appointment kept or missed, the quote asked
    // for, the insurer who pays for a repair. By the nouns: "quote" the verb is anyone's ("to quote the manager"), and
    // "appointed" shares the noun's stem but is a delivery's set time ("showed up between the appointed hours")
    '=appointment', '=appointments', 'insurance', 'insurer', 'insurers', 'a quote', 'the quote',
  ],
};

/**
 * "Guarantee" names four promises: money back or satisfaction (`guarantee`: "their comfort guarantee", "a 30 day
 * guarantee"), a product's cover against faults (`warranty`, as British English says it: "a 10 year guarantee", "still
 * under guarantee", "the guarantee ran out"), a price (`price_match`: "lowest price guarantee"), or a delivery sold
 * by that name (`guarantee` and `delivery_speed`: "guaranteed next day delivery"). The noun alone
 * decides nothing; its kind is read, in this order, from
 *   1. PROMISE_KINDS: the words that qualify it (a span of days is a trial, of months or years a product's cover);
 *   2. the clause, unless it also names money back or satisfaction (MONEY_BACK_CUES: "lifetime satisfaction
 *      guarantee, refunded a pan that warped"): a word of another promise's kind (PROMISE_CLAUSE_KINDS) makes it that
 *      promise — a fault, a repair, the cover's term or the warranty named beside it ("limited guarantees or
 *      warranties") the warranty; a price ("the guarantee only counts if you show the lower price before you buy")
 *      the price promise; a delivery ("paid extra to have them delivered, guaranteed, on Monday") the delivery's speed;
 *   3. otherwise the shop's promise, `guarantee`.
 */
export const PROMISE_NOUNS: readonly string[] = ['guarantee', 'guarantees'];
/** A delivery service sold as a guarantee: the shop's promise and the delivery's speed. */
const DELIVERY_PROMISE: readonly ElementId[] = ['guarantee', 'delivery_speed'];
/** What a qualified "guarantee" is: the elements it names (one, or a delivery promise's two), or nothing (the verb, a decoy). */
type PromiseKind = readonly ElementId[] | null;
/**
 * A kind word just before the noun, or one word before it: "a 10 year guarantee", "their comfort guarantee", "a 5 year
 * parts guarantee". Not across "to", which makes the word the verb ("the last day to guarantee orders for Christmas"):
 * that reading is listed first, so at the same length it wins (PhraseTable keeps the first of equal matches).
 */
const kindOf = (kind: string, element: PromiseKind): (readonly [string, PromiseKind])[] => [
  [`${kind} guarantee`, element], [`${kind} to guarantee`, null], [`${kind} * guarantee`, element],
];
export const PROMISE_KINDS: readonly (readonly [phrase: string, elements: PromiseKind])[] = [
  ...['money back', 'satisfaction', 'happiness', 'comfort', 'no quibble', 'no questions asked', 'risk free', '# day', '# days', '# night', '# nights', 'day', 'night']
    .flatMap((k) => kindOf(k, ['guarantee'])),
  ...['# year', '# years', '# month', '# months', 'year', 'years', 'month', 'months', 'extended', 'manufacturer', 'manufacturers', 'parts', 'product']
    .flatMap((k) => kindOf(k, ['warranty'])),
  // the cover's own term told after the noun: "the guarantee period", "the guarantee ran out"
  ...['period', 'ran out', 'run out', 'runs out', 'expired', 'has expired', 'had expired', 'card', 'covers', 'covered'].map((k) => [`guarantee ${k}`, ['warranty']] as const),
  ...['price', 'prices', 'lowest price', 'best price', 'price match'].flatMap((k) => kindOf(k, ['price_match'])),
  // a delivery promised by name is the shop's promise and the delivery's speed: "guaranteed next day delivery", "their
  // delivery guarantee" (DELIVERY_PROMISE). Not a bare "guaranteed" beside a delivery ("delivered on the Monday,
  // guaranteed"): that is PROMISE_CLAUSE_KINDS' delivery speed alone, as the real labels read both.
  ...['delivery', 'next day'].flatMap((k) => kindOf(k, DELIVERY_PROMISE)), ['guarantee ~ delivery', DELIVERY_PROMISE],
];
/**
 * How a remedy was given, not a promise: "they exchanged them. No questions asked.", "replaced it, no quibble". These
 * phrases are the shop's guarantee only when no remedy stands in their clause or the one before or after
 * (classify.ts, remedyMannerClauses): "a no-questions-asked returns promise" is the guarantee, "swapped them, no
 * questions asked" the swap's manner.
 */
export const REMEDY_MANNER: readonly string[] = ['no questions asked', 'no quibble', 'no quibbles'];
/** Elements that are a remedy given (beside REMEDY_WORDS): what a remedy-manner phrase describes when they are near. */
export const REMEDY_ELEMENTS: readonly ElementId[] = ['returns', 'exchanges', 'warranty', 'price_match'];
const COVER_CUES: readonly string[] = [
  ...GOODS_FAULTS, ...REMEDY_WORDS, 'under', 'out of', 'still in', 'expired', 'expiry', 'ran out', 'run out', 'runs out', 'period', 'cover', 'covered',
  'covers', 'valid', 'year', 'years', 'month', 'months', 'lifetime', 'on their products', 'on the product', 'cracks', 'fault', 'faults',
  // the cover asked about before anything failed: "a guarantee in case the springs go", "guaranteed against defects"
  'in case', 'against',
];
/** What a bare "guarantee" promises when its clause names that kind and no money back, tried in this order. */
export const PROMISE_CLAUSE_KINDS: readonly (readonly [cues: readonly string[], element: ElementId])[] = [
  [[...COVER_CUES, ...WARRANTY_WORDS], 'warranty'],
  [['price', 'prices', 'priced', 'cheaper', 'cheapest', 'lower', 'lowest', 'beat'], 'price_match'],
  [['deliver', 'delivered', 'delivery', 'arrive', 'arrival', 'next day', 'on time', 'by christmas'], 'delivery_speed'],
];
export const MONEY_BACK_CUES: readonly string[] = [
  'money', 'refund', 'refunded', 'satisfaction', 'satisfied', 'happy', 'happiness', 'trial', 'love it', 'no questions', 'no quibble', 'risk free',
  'did not like', 'do not like', 'change your mind', 'changed my mind',
];

/** Each element's phrases: those listed above and the service events about it (service-events.ts). */
export const PHRASES: Readonly<Partial<Record<ElementId, readonly string[]>>> = (() => {
  const all: Partial<Record<ElementId, string[]>> = {};
  for (const [element, phrases] of Object.entries(LISTED) as [ElementId, readonly string[]][]) all[element] = [...phrases];
  for (const [phrase, element] of SERVICE_EVENTS) (all[element] ??= []).push(phrase);
  return all;
})();

/**
 * Prices in general are `other` — unless the clause is about what a service costs or a price matched ("the shipping
 * was expensive", "found it cheaper and they matched it"), when the price word belongs to that element.
 */
export const PRICE_WORDS: readonly string[] = ['price', 'prices', 'priced', 'pricey', 'overpriced', 'expensive', 'cheap', 'cheaper', 'cheapest', 'bargain'];
export const PRICED_ELEMENTS: readonly ElementId[] = ['shipping_cost', 'return_shipping_cost', 'price_match', 'international_shipping', 'product_quality'];

/**
 * A size measured against a space or another thing, not judged on the goods (DECOYS): "his wagon is too big to come up
 * the track", "one cupboard is too big for the size available", "the new fridge didn't fit in the gap", "a lamp shade
 * too big for the lamp". The thing it does not fit is the home's or the van's, so the size words (`product_quality`:
 * "too big", "did not fit") tell a measure, not the goods' make. A person as the measure keeps the verdict: "too small
 * for me", "too tight on my son" (test).
 */
const SIZE_WORDS = ['big', 'small', 'large', 'wide', 'tall', 'long'];
const SPACE_FITS = [
  ...SIZE_WORDS.flatMap((a) => [`too ${a} to`, `too ${a} for the`, `too ${a} for a`, `too ${a} for our`]),
  'did not fit in', 'did not fit into', 'did not fit through',
];
/** Words that make a shop's opening or closing the time of something else (DECOYS), and the words of the opening. */
const TIME_MARKERS = ['before', 'until', 'after', 'by'];
const OPENING_TIMES = ['=close', '=closed', '=closes', '=closing', '=opened', '=opens', '=opening'];
/**
 * Decoys: phrases that hold an element's keyword but say nothing about it ("returned home", "returned with a bag",
 * "getting through the candles"). The longest phrase wins at each place, so a decoy hides the keyword inside it and
 * its words are not free for a topic×aspect pair either.
 */
export const DECOYS: readonly string[] = [
  ...SPACE_FITS,
  ...GOODS_DEATH_DECOYS,
  'return home', 'returned home', 'returns home', 'return to the', 'returned with', 'returned from', 'return from', 'return the favour',
  'many happy returns', 'in return', 'getting through the', 'get through the day', 'get through it', 'pick up my', 'pick up the', 'picked up the',
  'to be picked up', 'lose track', 'lost track', 'keep track', 'strange beast', 'fresh from', 'want to laugh', 'guaranteed to', 'can guarantee', 'i guarantee', 'guarantee you',
  // the verb with an order as its object is a date or a handling promised ("the last day to guarantee orders for
  // Christmas"), and a guarantee "of quality" by reputation is no promise of the shop's
  '=guarantee ~ =order', '=guarantee ~ =orders', 'guarantee of quality', 'exchange of views', 'ordered from the same', 'my phone number', 'your phone number',
  ...['my', 'your', 'our'].flatMap((who) => ['email address', 'e mail address', 'contact details', 'contact number'].map((c) => `${who} ${c}`)), 'the message', 'no guarantees', 'no guarantee that',
  // a parcel delivered "to my door" or ordered "from their warehouse" stayed in the country
  'delivered to my', 'delivered to our', 'delivered to your', 'duty of care',
  // "for the price" weighs the goods against what they cost: a product judgement, not one about prices; an amount
  // "instead of" another is a price compared, not goods swapped ("£40 instead of £50")
  'for the price', '$ instead of',
  // a phone call told as an event is how news came (response_time, or nothing), not a judgement of the channel. The
  // singular only: calls counted ("so many phone calls") are contact repeated, CONTACT_WORDS' '=calls';
  // "a form of", "the track" up the lane, a software update
  '=phone =call', 'a form of', 'form of', 'the =track', 'back =track', 'software update', 'the =update',
  // "tracked it down at the depot", "track down a manager": the customer finding something, not a tracking service
  'track ~ down', 'tracked ~ down', 'tracking ~ down',
  // "order" as a purpose or a state, not a purchase: "in order to browse", "in short order", "out of order"
  '=in =order', 'short =order', 'out of =order',
  // a record, a plan or a path, not a parcel followed: "their track record", "back on track", "fast-tracked"
  'track record', 'on =track', 'fast =track', 'fast =tracked', 'off =track',
  // a reply as a speech tag ("'No,' I replied", "he replies that he never said so") is a story's dialogue, not how
  // long an answer took
  '=" ~ =replied', '=" ~ =replies', '=" ~ =reply', '=replied ="', '=replies ="', '=replied that', '=replies that',
  // the packaging once the parcel is here, handled by the customer or the fitters ("kept the box and packaging", "took
  // the packaging away", "still sealed in its original packaging"): what is left of the shop's packing, not how it packed
  ...['keep', 'kept', 'remove', 'open', 'take away', 'took away', 'throw away', 'threw away', 'recycle', 'unwrap', 'sealed in', 'original'].map(
    (verb) => `${verb} ~ =packaging`,
  ),
  '=packaging =removed',
  // "kind" as a sort ("this kind of thing", "support of any kind") or a letter's sign-off, not how anyone was treated;
  // "patiently" is how the customer waited ("I waited patiently all day"), so the staff word is the adjective (=patient)
  'kind of', 'any kind', 'kind regards',
  // patience asked for or resolved on is the customer's ("I'll be patient", "she has learned to be patient", "please be
  // patient"); the staff's is described ("she was so patient with me")
  '=be =patient',
  // a queue is waited in at a counter or a till ("waited in line to return the set", "waiting in the queue"), not the
  // day waited in for a delivery ("waited in all day")
  ...['line', 'a line', 'the line', 'queue', 'a queue', 'the queue'].map((q) => `wait in ${q}`),
  // the customer's own answer given as a noun ("I gave him no response"); as a verb it is a shared act (customer-acts.ts)
  '=i gave ~ =response', '=i gave ~ =answer',
  // a role asked for or due to do a step, not how anyone was treated
  ...ROLE_STEPS,
  // A goods word whose subject is not the goods (real tuning: 13 of the 77 items read as product_quality wrongly).
  // A failure to act is a person's step left undone ("failed to show up", "failing to do the alignment"), not
  // goods failing; "that didn't work" is a plan or an attempt, where goods are "it"; and set phrases hold a goods word
  // in another sense: "from scratch", "fish and chips", "cracked up to be", "junk mail", "9am sharp". ("Too long" is
  // not a goods word at all: in stories it is a time, "taking too long", "their timeframe too long".)
  'fail to', '=that did not work', '=that does not work', '=that will not work', '=this did not work',
  // "work" as figuring out or as suiting someone, not goods working: "couldn't work out how", "it didn't work for me
  // when I most needed it", "this one won't work either, it is too small"
  // (with its negator and auxiliary, which a goods phrase such as "did not work" would otherwise take first)
  ...['work out', 'work either', 'work for me', 'work for us', 'work for them'].flatMap((d) =>
    ['', 'not ', 'did not ', 'does not ', 'do not ', 'will not ', 'would not '].map((neg) => `${neg}${d}`),
  ),
  // what lies ahead, not a shop's floor: "who knows what he has in store for us"
  'in store for',
  // "missing" as doing without or as a parcel lost on the way, not goods left out of the box: "missing out on cool
  // items", "things go missing in the post" (the carrier's, test/voice-corpus/README.md: order_processing is what
  // happens before the parcel leaves)
  'missing out', 'go missing', 'goes missing', 'went missing', 'gone missing', 'going missing',
  'from scratch', 'and chips', 'cracked up', 'junk mail', 'junk email', 'junk e mail', 'junk folder', '# sharp', 'o clock sharp',
  // a shop's opening or closing as the time of the customer's errand, not when it can be reached: "took the bike in
  // half an hour before the shop closed", "an estimate good until the close of business", "got there after it opened"
  ...TIME_MARKERS.flatMap((t) => OPENING_TIMES.map((o) => `${t} ~ ${o}`)),
];


/** Topic words and aspect words: an element when one of each stands within PAIR_WINDOW words of the other. */
const SHIPPING_WORDS = ['shipping', 'postage', 'delivery', 'post', 'courier', 'couriering', '=shipment', '=shipments'];
const COST_WORDS = ['$', '=rate', '=rates', '=price', '=prices', 'an extra', 'cost', 'costs', 'charge', 'charged', 'fee', 'pay', 'paid', 'paying', 'expensive', 'steep', 'fortune', 'robbery', 'free', 'a lot', 'a bit much', 'more than', 'doubled', 'reasonable cost', 'price is fair'];
// Goods going back by any carrier (SENT_BACK) or told as "back they go": every send-back verb, not one wording of it.
const RETURN_WORDS = ['return', 'returns', 'to return', 'back they go', 'back it goes', 'back they went', 'back it went', ...SENT_BACK];
const RETURN_COST_WORDS = ['$', 'pay', 'paid', 'paying', 'cost', 'costs', 'fee', 'charge', 'free', 'postage', 'fortune', 'label'];
// The goods reaching the customer, in the words of a story as well as of a review: "received them three days later",
// "new glasses in the mail 14 working days later", "a three week wait".
// A long time told without a number, in every voice: one class for a delivery, an answer and a wait on the line.
const LONG_TIME = ['forever', 'ages', 'an eternity'];
const ARRIVAL_WORDS = ['arrive', 'arrived', 'delivery', 'delivered', 'came', 'turns up', 'showed up', 'ships', 'shipped', 'here', 'received', 'in the mail', 'in the post', '=wait'];
const SPEED_WORDS = ['fast', 'quick', 'quickly', 'quicker', 'slow', 'late', 'speedy', 'early', ...LONG_TIME, 'within', 'next day', 'next morning', '# =days later', '# =weeks later', '# =months later', '# working days', '=weeks after', '=days after', 'too long', '# week', 'in # days', 'in # weeks', 'in a week', '# weeks', '# days', 'a week', 'before', 'months', 'delay', 'delayed',
  // the day it came: a story times its delivery by the day of the week ("the van arrived on Thursday", "ordered on a
  // Wednesday, delivered Friday"), which says whether it came when promised
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'following day',
];
// Not "call": "a tech would call me by 1 pm" is about waiting, not opening times (and "an hour on the phone" is response_time);
// "phone" the noun only, for the same reason: "they phoned at 3 pm with the news" is the shop calling, not its hours.
const SUPPORT_WORDS = ['support', '=phone', '=phones', 'line', 'lines', 'chat', 'open', 'closed', 'closes', 'shut', 'someone', 'anyone', 'human', 'hotline', 'customer care', 'care line', 'answer', 'tried calling', 'recording', 'no one'];
// Hours as a time of day or a line's opening, not as a span: "an hour on the phone", "on hold for two hours" is how long
// an answer took (response_time), so bare "hours" is not here.
const HOURS_WORDS = [
  'weekend', 'weekends', 'saturday', 'saturdays', 'sunday', '=evening', '=evenings', 'late', 'night', '# pm', '# am', 'pm', 'till', 'until',
  'opening hours', 'office hours', 'line hours', 'phone hours', 'support hours', 'their hours', 'limited hours', 'short hours', 'odd hours',
  'out of hours', 'hours a day', 'all week', 'seven days a week', 'december', 'business hours', 'bank holiday',
  'public holiday', 'monday to friday', 'weekdays', 'working hours',
];
/**
 * A reply, a response, an answer: how long it took when a time or its absence stands beside it ("no reply to three
 * emails", "responded within the hour", "still waiting for an answer"). Alone it is what the answer said or how it was
 * given ("a grovelling reply", "his response: you came in with old boots", "the initial responses were friendly",
 * "never gave me a straight answer", "ready to answer questions"): in real tuning these bare words stood in the
 * response_time clauses of 12 items not so labelled. By its forms, "response" (its stem is also "responsibility" and
 * "responsible": who is to blame, not how fast anyone answered).
 */
const REPLY_WORDS = [
  'reply', 'replied', 'replies', '=response', '=responses', 'respond', 'responded', 'got an answer', 'an answer', 'to answer',
  // the shop coming back to the customer: "nobody has been in touch", "nobody has rung back"
  'in touch', '=rung back', '=phoned back',
];
/**
 * An answer and how long it took ("answered the same day", "heard back after three weeks"): the answer words that are
 * not element phrases on their own ("answered the door", "rang back the courier" need the time beside them).
 */
const ANSWER_WORDS = ['answered', 'heard back', 'emailed back', 'rang back', 'wrote back', 'messaged back', 'came back to me', 'answer came'];
const ANSWER_SPEED_WORDS = ['within', 'same day', 'next day', 'straight away', 'right away', 'immediately', 'promptly', 'quickly', 'fast', 'slow',
  '# minutes', '# hours', '# days', '# weeks', 'a week', 'a day', 'an hour', ...LONG_TIME, 'never'];
/**
 * A reply's time, or the reply awaited or withheld: "still waiting for a reply", "a response at last", "replied before
 * nine the next morning", "nobody has responded", "that email has not been replied to". Not with "answered", whose
 * stem is also the door or the line unanswered ("no answer", "nobody answered": UNANSWERED_LINE).
 */
const REPLY_TIME_WORDS = [
  ...ANSWER_SPEED_WORDS, 'not', 'nobody', 'no one', 'still', 'yet', 'wait', 'waiting', 'waited', 'awaiting', 'eventually', 'finally', 'at last',
  'took', 'later', 'prompt', 'quick', 'swift', 'speedy', 'rapid', 'instant', 'late', 'overnight', 'before', 'next morning', '# mins',
  'same evening', 'same morning', 'same afternoon', 'that evening', 'turn around', 'turnaround', 'chase', 'chased', 'chasing',
];
/**
 * Time spent waiting on the line ("ten minutes in a call queue", "held in a queue for 5 minutes", "on hold for an
 * hour", "25 minutes, 15 of them on the phone"): how long an answer took, told by the length of the wait. A queue at
 * a till or a counter is the shop floor's, not the line's, so a queue counts only as the line's.
 */
const LINE_WAIT_WORDS = ['on hold', '=held', '=holding', 'hold music', 'call queue', 'phone queue', 'in a queue', 'wait time', 'waiting time', 'on the phone', 'on the line'];
const WAIT_SPANS = ['# minutes', '# mins', '# hours', 'an hour', 'half an hour', ...LONG_TIME, 'all morning', 'all afternoon', 'all day'];
/**
 * Contact repeated until someone answers ("after many, many phonecalls", "called them again", "repeated messages to
 * the company", "a week of phone tag"): the customer counting the tries is telling how long the answer took.
 */
const CONTACT_WORDS = ['=calls', '=phonecalls', '=emails', '=messages', '=letters', 'called them', 'phoned them', 'emailed them', 'wrote to them', 'phone tag'];
const REPEAT_WORDS = ['many', 'several', 'numerous', 'repeated', 'countless', 'endless', 'again', 'multiple', 'dozens', '# times', 'twice', 'umpteen', 'yet another'];
/**
 * News of where an order is, sent by the shop or the carrier ("got an email to say he would be here by 1 pm", "a card
 * saying where they had left it", "no idea where my parcel was"): being kept informed is tracking whether or not a
 * tracking number is named. A message word with its "to say" / "saying", or the customer asking where the order is,
 * near a word of the order's arrival.
 */
const NEWS_WORDS = [
  ...['email', 'e mail', 'text', 'message', 'card', 'note', 'letter', 'notice'].flatMap((m) => [`${m} to say`, `${m} saying`, `${m} telling`, `${m} to tell`]),
  ...['emailed', 'texted', 'messaged'].map((m) => `${m} to say`),
  ...['where', 'no idea where', 'find out where'].flatMap((w) => ['my', 'the', 'our'].map((d) => `${w} ${d}`)),
];
const NEWS_ABOUT_WORDS = [...ARRIVAL_WORDS, 'deliver', 'be here', 'come', 'coming', 'van', 'driver', 'on its way', 'parcel', 'package', 'order', 'delivery', 'running', 'behind', 'left it', 'left the'];
/**
 * The status a tracking page, an app or a message gave ("the courier's website said it had been delivered", "the app
 * showed it at the depot", "marked as delivered"): a report of where the order is, told by what it said.
 */
const STATUS_REPORT_WORDS = ['said', 'says', 'saying', 'showed', 'shows', 'showing', 'marked as', 'listed as', 'status'];
const STATUS_WORDS = ['delivered', 'dispatched', 'out for delivery', 'in transit', 'at the depot', 'in a depot', 'in the depot', 'on its way', 'left the warehouse', 'awaiting collection'];
/** Where a parcel goes or comes from, and the places that make that a border crossing (a town is not one). */
// "ordered from a wine merchant", "after shipping to ask", "delivered to the next town": a destination or an origin is a
// border crossing only when it is another country, so these need a place word beside them.
// A purchase or a parcel and where it went or came from, with up to three words between ("ordered all this stuff
// from", "buying from", "sent the parts to"): the frame, not one wording of it.
// Not where the customer lives ("we live in Canada and the shop is down the road"): a home is not a route, and a
// parcel that did cross is told by its route or its customs.
const CROSSING_WORDS = [
  'send ~ to', 'sent ~ to', 'ship ~ to', 'deliver ~ to', 'order ~ from', 'bought ~ from', 'buy ~ from',
  'purchased ~ from', 'ship ~ from', 'sent ~ from', 'came ~ from', 'arrived ~ from',
  // a route abroad: "made its way through China's post and into the USA", "sent via Singapore". Not where a firm is
  // "based": a call centre based in India is no parcel's route
  'into', 'via', 'routed through', 'dispatched ~ to', 'dispatched ~ from', 'shipped ~ to', 'shipped ~ from',
];
const PLACE_WORDS = [
  'america', 'the us', 'the usa', 'the states', 'canada', 'mexico', 'hawaii', 'alaska', 'puerto rico', 'the uk', 'britain', 'england', 'scotland',
  'wales', 'ireland', 'europe', 'the eu', 'france', 'germany', 'spain', 'italy', 'portugal', 'netherlands', 'holland', 'belgium', 'switzerland',
  'austria', 'sweden', 'norway', 'denmark', 'finland', 'poland', 'greece', 'australia', 'nz', 'new zealand', 'japan', 'china', 'hong kong',
  'singapore', 'india', 'south africa', 'brazil', 'asia', 'another country', 'other countries', 'my country', 'outside the',
  'luxembourg', 'czech', 'hungary', 'romania', 'croatia', 'iceland', 'israel', 'uae', 'dubai', 'saudi', 'korea', 'taiwan', 'thailand',
  'malaysia', 'indonesia', 'philippines', 'vietnam', 'argentina', 'chile', 'colombia', 'peru', 'the caribbean', 'jamaica', 'nigeria',
  'kenya', 'egypt', 'turkey', 'russia', 'ukraine', 'guernsey', 'jersey', 'isle of man', 'northern ireland', 'channel islands', 'scandinavia',
  'the continent', 'south america', 'africa', 'the middle east', 'pakistan', 'bangladesh', 'sri lanka',
  // a country's adjective after a route: "ordered from an American website", "bought it from a German shop".
  // Not "us": it is the pronoun far more often ("they sent it to us").
  'american', 'british', 'canadian', 'australian', 'chinese', 'japanese', 'german', 'french', 'italian', 'spanish', 'dutch', 'irish',
  'european', 'korean', 'indian', 'swedish', 'danish', 'polish',
];

/**
 * Ways of contact that a story also names as the means of getting in touch ("I tweeted them", "ordered it by phone",
 * "got a reply on Twitter"): support_channels only beside a word that says the channel is there, missing, wished for
 * or how it works ("there is no phone number", "love that you can message them on Instagram", "only a helpline").
 */
const CHANNEL_MEANS = [
  'phone number', 'phone numbers', 'text them', 'message them', 'instagram', 'facebook', 'by phone', '=messaged', 'tweeted', 'twitter', 'live support', 'helpline',
  // the ways themselves, named as there or not: "no email address", "could not find any contact details", "no way to
  // call them", "a phone menu that never reaches a person", "only a premium rate number"
  'email address', 'e mail address', 'contact details', 'customer service number', 'chat option', 'phone menu', 'automated menu',
  'premium rate', ...['email', 'call', 'contact', 'reach', 'speak to', 'talk to'].map((v) => `way to ${v}`),
];
const CHANNEL_JUDGEMENTS = [
  'no', 'only', 'just', 'offer', 'offering', 'offers', '=have', '=has', 'there is', 'wish', 'love', 'handy', 'great', 'useful', 'brilliant',
  'nice', 'good', 'glad', 'hidden', 'find', 'where', 'anywhere', 'can', 'option', 'instead', 'both', 'confusing', 'national rate', 'premium',
  // a way that fails as a way: the address bounces, the menu loops. A person on the line by the noun's forms: the stem
  // of "person" is the stem of "personal" and "personally" too ("a post on my personal Facebook")
  'bounced', 'bounces', 'circles', 'loop', '=person', '=persons', 'human',
];

/**
 * A machine in place of a person on the line ("the automated lady who never understands", "endless menus to choose
 * from", "press 0 to speak with a representative", "talking to those robots"): how the way of contact works, which the
 * customer judges by describing it. An automation word beside a word of the line or its choices; a robo-call or an
 * automated text is news sent out (tracking), not the line the customer rang, so a call alone is no line here.
 */
const AUTOMATION_WORDS = ['=automated', '=automatic', '=robot', '=robots', '=robo', '=menu', '=menus', 'press #', 'speech recognition', 'voice recognition'];
const LINE_WORDS = ['lady', 'voice', 'being', 'system', 'options', '=menu', '=menus', 'choices', 'phone', 'line', 'hotline', 'talk to', 'talking to', 'speak to', 'speak with', 'representative', '=calling', '=caller'];

/**
 * What ringing the line costs ("10p a minute on an 0845 number", "phoning national rate numbers", "pay-per-minute
 * hotlines"): the way of contact judged by its price, not the shipping's or the goods'.
 */
const CALL_RATE_WORDS = [
  'national rate', 'premium rate', 'local rate', 'pay per minute', 'paying per minute',
  // a price by the minute, not a minute's wait ("answered within a minute")
  ...['$', 'p', 'pence', 'cents'].flatMap((price) => [`${price} a minute`, `${price} per minute`]),
];
/** By their forms: "phone" and "call" by their stems are every call ("on the phone for a minute"). */
const CALL_LINE_WORDS = ['=number', '=numbers', '=hotline', '=hotlines', '=helpline', '=phoning', '=ringing', '=calling', '=calls'];

/**
 * Goods changed for another of their kind ("let me change it for a bigger size", "changed them for a pair in black"):
 * an exchange told without the word. The kind must be named (a size, a colour, a model): "changed the date for next
 * week" is no exchange.
 */
const CHANGE_WORDS = ['change ~ for', 'changed ~ for', 'changing ~ for', 'change ~ to', 'changed ~ to'];
const VARIANT_WORDS = ['size', 'sizes', 'colour', 'colours', 'color', 'colors', 'model', 'bigger', 'smaller', 'larger', 'pair', 'style', 'shade'];
/**
 * An order and what the shop did with it before it left: processed, recorded, lost, forgotten, picked, held up for
 * stock ("they did not process the order for three weeks", "had not recorded my order at all"). The noun only: "I
 * ordered a sofa" is how every story begins. Not "cancel": the customer cancelling is not the shop's handling.
 */
const ORDER_WORDS = ['=order', '=orders'];
const HANDLING_WORDS = [
  'process', 'processed', 'processing', 'record', 'recorded', 'lost', 'forgot', 'forgotten', 'mixed up', 'mix up',
  'picked', 'picker', 'packed', 'stock', 'backlog', 'backlogged', 'ready', 'held up', 'on hold', 'mistake', 'error', 'incomplete',
  'half', 'missing', 'short', 'wrong',
];

/**
 * Goods in stock tell an order's handling only when the stock failed the customer ("they did not have it in stock after
 * all", "none in stock and no date", "was meant to be in stock") or an order stands beside it ("the order is held, the
 * colour is not in stock"). Goods on a shop's shelf are availability, not handling: "checked that the store had one in
 * stock", "what else he had in stock", "it's in stock, so delivery next day" (real tuning: 3 items read so wrongly).
 */
const STOCK_WORDS = ['in stock'];
const STOCK_FAILED = [
  ...ORDER_WORDS, 'ordered', 'ordering', 'not', 'no', 'none', 'never', 'after all', 'meant to', 'supposed to', 'claimed', 'said',
];

/**
 * Words that tell an order's handling only about the order: "the parcel was wrapped in a bin bag", "my items are still
 * processing". Alone they are anyone's ("wrapped the gift myself", "a word processing document"), so each needs one of
 * the order's things (PARCEL_THINGS) within PAIR_WINDOW words. As phrases of their own they stood in the
 * order_processing clauses of 5 real tuning items labelled so and 8 not; as pairs 3 fewer are read wrongly, none
 * fewer rightly.
 * "instead of" and "missing" are anyone's too ("instead of a long wait", "the only thing missing was the music"), but
 * customers name the wrong or missing goods without an order's word ("the engraving says Harold instead of Harald",
 * "every order from you lot comes with something missing"): as pairs they read the in-house tuning split 0.931 → 0.926.
 */
const LOOSE_HANDLING_WORDS = ['wrapped', '=processing'];
const PARCEL_THINGS = [
  'order', 'orders', 'parcel', 'package', 'box', 'boxes', 'delivery', 'delivered', 'item', 'items', 'sent', 'send', 'came', 'arrived', 'arrive',
  'received', 'shipped', 'shipment', 'pieces', 'part', 'parts', 'half',
];

/**
 * Goods given in place of the ones ordered: "they sent puppy food instead of senior formula", "we got a doll instead of
 * the dinosaur", "the engraving says Harold instead of Harald". "Instead of" alone is anyone's choice or comparison
 * ("instead of being so defensive", "instead of a long wait", "keep it on a plate instead of on its stand", "instead
 * of my package coming here it went to Quebec"): as a phrase of its own it stood in the order_processing clauses of 9
 * real tuning items not so labelled and of none that told a wrong item. So it counts beside a verb of goods handed
 * over, and never after an amount ("got it for £40 instead of £50" compares prices: DECOYS).
 */
const HANDOVER_WORDS = ['sent', 'send', 'sending', 'got', 'received', 'delivered', 'shipped', 'gave', 'given', 'brought', 'packed', 'came with', 'says', 'said', 'reads', 'printed'];
const SWAP_WORDS = ['instead of'];

/**
 * Words of a border crossing that say so only about a parcel or its charges: "an international order", "ship
 * worldwide", "paid duty on delivery" — but "an international brand", "on duty" and "a holiday abroad" are not
 * shipping.
 */
const FAR_WORDS = ['=international', 'worldwide', 'overseas', 'abroad', 'duty', 'duties'];
const PARCEL_WORDS = [
  'order', 'orders', 'ordered', 'ordering', 'ship', 'ships', 'shipped', 'shipping', 'deliver', 'delivered', 'delivery', 'postage', 'post', 'posted', 'dispatched',
  'parcel', 'package', 'courier', 'send', 'sent', '$', 'pay', 'paid', 'charge', 'charges', 'fee', 'fees', 'import',
  'surprise', 'surprises', 'included',
  // the parcel told by its coming: "all our international mail is arriving late", "overseas orders take a month to arrive"
  'mail', 'arrive', 'arrived', 'arriving', 'waiting for', 'retailers',
];

/**
 * A person of the shop and how they treated the customer ("a very pleasant woman on the phone", "the manager was
 * lovely", "customer service were wonderful", "the delivery guy was sympathetic"): `staff_friendliness` when a people
 * word stands within PAIR_WINDOW words of a manner word. A manner word alone may judge the goods ("sweet", "lovely")
 * or be the customer's own ("I'll be patient"). The roles are ROLE_NOUNS, the one list of them: alone they are
 * already the staff described, and as the one asked for or who will call they are a step of the story (ROLE_STEPS).
 */
const PEOPLE_WORDS = [
  ...ROLE_NOUNS,
  'lady', 'ladies', 'woman', 'gal', 'girl', 'man', 'guy', 'guys', 'bloke', 'chap', 'fellow', 'gentleman', '=staff', 'team',
  // the words a story calls them by, not only a shop's job titles ("the lad who served me", "the folks at the branch")
  'lad', 'lads', 'folks', 'salesguy', 'stylist', 'tech', 'techs',
  'clerk', 'agent', 'agents', '=rep', '=reps', 'representative', 'salesperson', 'saleswoman', 'salesman', 'assistant',
  'mechanic', 'installer', 'owner', 'driver', 'customer service', 'customer services', 'customer care', 'people', 'person',
  'she was', 'he was', 'she is', 'he is',
];
const MANNER_WORDS = [
  'lovely', 'sweet', 'warm', '=understanding', '=remembered', 'nice', 'pleasant', 'unpleasant', 'sympathetic', '=helpful', 'great', 'wonderful',
  'amazing', 'fantastic', 'excellent', 'brilliant', 'superb', 'awful', 'terrible', 'horrible', 'professional', 'unprofessional', 'attentive',
  '=caring', 'cheerful', 'clueless', 'incompetent', 'useless', 'gem', 'star', 'angel', 'a pleasure', 'took the time', 'went out of', 'above and beyond',
  'impressed', '=laughed', 'smiled', 'smiling', 'genuine', 'genuinely', 'charming', 'grumpy', 'hostile', 'aggressive', 'respectful', 'thoughtful',
  'to her credit', 'to his credit', 'bent over backwards', 'could not have been',
  // a gesture that says how the customer was treated ("the clerk shrugged")
  '=shrugged',
];

/**
 * The shop's website or app judged by how it works ("the website kept crashing", "their app is so easy to use", "a
 * clunky site that logged me out"): `other`. A website named as where the shop is, where the customer looked or what
 * it said ("checked the website", "ordered from their website") is a mention, not a judgement.
 */
const WEB_WORDS = ['=website', '=websites', 'web site', '=app', '=apps', 'online shop', 'online store'];
const WEB_JUDGEMENTS = [
  'crash', 'crashed', 'crashing', 'error', 'errors', 'glitch', 'glitchy', 'bug', 'buggy', '=slow', 'confusing', 'clunky', 'easy', 'simple', 'intuitive',
  'not work', 'did not work', 'does not work', 'down', 'broken', 'useless', 'terrible', 'awful', 'great', 'brilliant', 'love', 'hate', 'nightmare',
  'load', 'loading', 'navigate', 'hard to', 'impossible', 'logged me out', 'kept', 'froze', 'frozen', 'timed out', 'out of date', 'wrong',
];

/**
 * `refines`: an element whose phrases the topic words may be, because the pair says more about them — "send it back" is
 * returns, and with "paid the postage" beside it, also who paid to send it back. Pairs are tried in this order, and
 * a refining pair's words are then taken, so the return's postage is not read again as shipping_cost.
 */
export const PAIRS: readonly { element: ElementId; topic: readonly string[]; aspect: readonly string[]; refines?: ElementId }[] = [
  { element: 'return_shipping_cost', topic: RETURN_WORDS, aspect: RETURN_COST_WORDS, refines: 'returns' },
  { element: 'shipping_cost', topic: SHIPPING_WORDS, aspect: COST_WORDS },
  { element: 'delivery_speed', topic: ARRIVAL_WORDS, aspect: SPEED_WORDS },
  { element: 'response_time', topic: ANSWER_WORDS, aspect: ANSWER_SPEED_WORDS },
  { element: 'response_time', topic: REPLY_WORDS, aspect: REPLY_TIME_WORDS },
  { element: 'tracking', topic: NEWS_WORDS, aspect: NEWS_ABOUT_WORDS },
  { element: 'tracking', topic: STATUS_REPORT_WORDS, aspect: STATUS_WORDS },
  { element: 'response_time', topic: CONTACT_WORDS, aspect: REPEAT_WORDS },
  { element: 'response_time', topic: LINE_WAIT_WORDS, aspect: WAIT_SPANS },
  { element: 'support_hours', topic: SUPPORT_WORDS, aspect: HOURS_WORDS },
  { element: 'support_channels', topic: CHANNEL_MEANS, aspect: CHANNEL_JUDGEMENTS },
  { element: 'support_channels', topic: AUTOMATION_WORDS, aspect: LINE_WORDS },
  { element: 'support_channels', topic: CALL_RATE_WORDS, aspect: CALL_LINE_WORDS },
  { element: 'international_shipping', topic: CROSSING_WORDS, aspect: PLACE_WORDS },
  { element: 'order_processing', topic: ORDER_WORDS, aspect: HANDLING_WORDS },
  { element: 'order_processing', topic: LOOSE_HANDLING_WORDS, aspect: PARCEL_THINGS },
  { element: 'order_processing', topic: STOCK_WORDS, aspect: STOCK_FAILED },
  { element: 'order_processing', topic: HANDOVER_WORDS, aspect: SWAP_WORDS },
  { element: 'exchanges', topic: CHANGE_WORDS, aspect: VARIANT_WORDS },
  { element: 'staff_friendliness', topic: PEOPLE_WORDS, aspect: MANNER_WORDS },
  { element: 'other', topic: WEB_WORDS, aspect: WEB_JUDGEMENTS },
  { element: 'international_shipping', topic: FAR_WORDS, aspect: PARCEL_WORDS },
];
/** Words between a pair's topic and aspect: "postage on a £15 order is steep" spans five. */
export const PAIR_WINDOW = 5;
