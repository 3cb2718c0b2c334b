import { describe, expect, it } from 'vitest';
import { loadVoiceCorpus } from '../../bench/voice-corpus.js';
import { readItem, scoreVoice } from '../../bench/voice-score.js';
import { analyzeItem } from '../../src/voice/analyze-item.js';
import { BAYES_MAX_WORDS, bayesElement, classifyItem, clausesOf, keywordElements } from '../../src/voice/classify.js';
import { BREAK, words } from '../../src/voice/tokens.js';
import { ELEMENT_IDS, ELEMENT_TERMS, SERVICE_ELEMENTS } from '../../src/voice/elements.js';
import { TERM_IDS } from '../../src/terms.js';
import { LONG_ITEM } from '../../src/voice/sentiment.js';

/** Floors a little under today's figures (tuning 0.917 / 0.948 with the long stories of oakhollow-home, held-out 0.853 / 0.979). */
const FLOORS = { tuning: { f1: 0.9, sentiment: 0.93 }, heldout: { f1: 0.85, sentiment: 0.8 } } as const;
/**
 * The story-form shops (`# form: story`, test/voice-corpus/README.md), written to the shape of the real reviews: floors
 * a little under their figures as last read (npm run bench:voice, 62 tuning items with thornbury-outfitters: tuning
 * 0.702 / 0.613, held-out 0.623 / 0.400), far under the goal. They keep a change from making long feedback
 * worse while the rules learn to read it; raise them as the figures rise.
 */
const STORY_FLOORS = { tuning: { f1: 0.66, sentiment: 0.57 }, heldout: { f1: 0.58, sentiment: 0.36 } } as const;

describe('elements', () => {
  it('map each to TERMS.md term ids, every term at most once', () => {
    const mapped = Object.values(ELEMENT_TERMS).flat();
    for (const term of mapped) expect(TERM_IDS).toContain(term);
    expect(new Set(mapped).size).toBe(mapped.length);
    expect(SERVICE_ELEMENTS).not.toContain('product_quality');
    expect(SERVICE_ELEMENTS).not.toContain('other');
  });
});

describe('clauses of hard-wrapped text', () => {
  it('joins the lines of a sentence broken at a fixed width, so it is one clause, not one per line', () => {
    const mail = [
      'Ordered a hedge trimmer in March and the blade was blunt before it',
      'had cut anything. Sent it back with a note and the shop replied the',
      'same afternoon. A new one arrived two days later, no charge.',
    ].join('\n');
    expect(clausesOf(mail)).toEqual([
      'Ordered a hedge trimmer in March and the blade was blunt before it had cut anything.',
      'Sent it back with a note and the shop replied the same afternoon.',
      'A new one arrived two days later, no charge.',
    ]);
  });

  it('joins a line whose next line goes on lower-case, in any text', () => {
    expect(clausesOf('The courier left it by the bins\nin the rain, and the box was soaked.')).toEqual(['The courier left it by the bins in the rain, and the box was soaked.']);
  });

  it('keeps headings, list items, speakers and paragraphs of long lines on their own', () => {
    expect(clausesOf('Great service\nThe parcel came the next morning.')).toEqual(['Great service', 'The parcel came the next morning.']);
    expect(clausesOf('What I asked them for\na) a refund\nb) a reply')).toEqual(['What I asked them for', 'a) a refund', 'b) a reply']);
    expect(clausesOf('Called the helpline about the broken kettle\nagent: which model is it')).toEqual(['Called the helpline about the broken kettle', 'agent: which model is it']);
    const paragraphs = [
      'We waited in all of Tuesday for the wardrobe and nobody came or called to say why not, so by the evening I gave up hope',
      'Wednesday morning they rang to say it had never left the warehouse and the earliest slot was the following month',
    ].join('\n');
    expect(clausesOf(paragraphs)).toHaveLength(2);
  });
});

describe('classifying feedback', () => {
  it('finds several elements in one item, in catalogue order', () => {
    expect(classifyItem('Wrong size sent, no reply to my emails for a week, and the return label cost me $8.').elements).toEqual([
      'return_shipping_cost',
      'order_processing',
      'response_time',
    ]);
  });

  it('sets aside what is not about service', () => {
    expect(classifyItem('The cotton is so soft and the colour is lovely.').elements).toEqual(['product_quality']);
    expect(classifyItem('Bought it as a present for my sister.').elements).toEqual(['other']);
  });

  it('reads the state of the goods as product quality, whatever the goods are (faulty, too big, not working, well made)', () => {
    for (const text of ['The lamp was faulty from the first evening.', 'The boots turned out too big.', 'The timer does not work.', 'A sturdy, well made stool.']) {
      expect(classifyItem(text).elements, text).toContain('product_quality');
    }
    expect(classifyItem('Opened cameras cannot be returned unless defective.').elements).not.toContain('product_quality');
  });

  it('reads stock, a made-to-order item and a wrong item however counted as order processing', () => {
    for (const text of ['They did not have the lamp in stock after all.', 'The table was a special order from the workshop.', 'We were sent two wrong bulbs.', 'Promptly processed and posted.']) {
      expect(classifyItem(text).elements, text).toContain('order_processing');
    }
  });

  it('reads goods in stock as order processing only when the stock failed an order, not as a shop\'s shelf', () => {
    for (const text of ['None of the kettles were in stock after all.', 'My order sat for a week because the rug was not in stock.']) {
      expect(classifyItem(text).elements, text).toContain('order_processing');
    }
    for (const text of ['The branch had three in stock, so I drove over after lunch.', 'Ask what else they have in stock before you choose.']) {
      expect(classifyItem(text).elements, text).not.toContain('order_processing');
    }
  });

  it('reads a machine on the line (an automated voice, menus, "press 1") as support channels, and a robo-call or an automated text as none', () => {
    for (const text of ['The automated voice kept mishearing me and sent me round the menu again.', 'Press 1 to speak to a representative, it said, and then the line went dead.', 'Twenty minutes of menus and a robot that never understood me.']) {
      expect(classifyItem(text).elements, text).toContain('support_channels');
    }
    expect(classifyItem('Got a robo-call to say the part was delayed.').elements).not.toContain('support_channels');
    expect(classifyItem('An automated text told me the driver was an hour away.').elements).not.toContain('support_channels');
  });

  it('reads what ringing the line costs as support channels, and a minute on the phone as nothing of the kind', () => {
    expect(classifyItem('It cost me 10p a minute on an 0845 number to hear that.').elements).toContain('support_channels');
    expect(classifyItem('Phoning their national rate numbers cost a fortune.').elements).toContain('support_channels');
    // the keyword tables' reading (a short item they leave empty goes to the Bayes model, which guesses)
    expect([...keywordElements(words('I spent a minute on the phone and it was sorted.'))]).not.toContain('support_channels');
    expect(classifyItem('They called back within a minute.').elements).not.toContain('support_channels');
  });

  it('reads a day waited in for the goods as delivery speed, and a queue waited in at the till as nothing of the kind', () => {
    expect(classifyItem('We waited in all day and the sofa never came.').elements).toContain('delivery_speed');
    expect(classifyItem('I waited in line for twenty minutes to pay for a kettle.').elements).not.toContain('delivery_speed');
    expect(classifyItem('We stood waiting in the queue at the returns desk.').elements).not.toContain('delivery_speed');
  });

  it('reads wrapping and processing as order processing only beside the order, the parcel or the goods sent', () => {
    expect(classifyItem('The parcel was wrapped in a torn bin bag.').elements).toContain('order_processing');
    expect(classifyItem('Two weeks on, my items are still processing.').elements).toContain('order_processing');
    expect(classifyItem('I wrapped the scarf myself with ribbon from the drawer.').elements).not.toContain('order_processing');
    expect(classifyItem('I keep the list in a word processing document.').elements).not.toContain('order_processing');
  });

  it('reads "order" as a purpose or a state ("in order to", "in short order", "out of order") as no order handled', () => {
    expect(classifyItem('They open the doors half an hour early in order to let half the town browse.').elements).not.toContain('order_processing');
    expect(classifyItem('The lift was out of order, so the lads had to carry it up.').elements).not.toContain('order_processing');
    expect(classifyItem('The adjustments to my phone line were made in short order.').elements).not.toContain('order_processing');
    expect(classifyItem('They forgot my order for a week.').elements).toContain('order_processing');
  });

  it('reads an order the shop processed, lost or picked half of as order processing, and "I ordered" alone as nothing of the kind', () => {
    expect(classifyItem('They did not process the order for three weeks.').elements).toContain('order_processing');
    expect(classifyItem('The shop had lost my order entirely.').elements).toContain('order_processing');
    expect(classifyItem('I ordered a rug for the hall.').elements).not.toContain('order_processing');
    expect(classifyItem('I asked them to cancel the order.').elements).not.toContain('order_processing');
  });

  it('reads support hours from the person not reached and the days the line is open, not from stock not got hold of', () => {
    expect(classifyItem('I could never get hold of anyone there.').elements).toContain('support_hours');
    expect(classifyItem('The care line was shut for the public holiday.').elements).toContain('support_hours');
    expect(classifyItem('They could not get hold of the colour I wanted.').elements).not.toContain('support_hours');
    // "ever" is no time of day: "someone else, they had not ever heard of it" says nothing about when support is open
    expect(classifyItem('It was someone else, they had not ever heard of my order.').elements).not.toContain('support_hours');
    expect(classifyItem('Nobody ever picks up the phone.').elements).toContain('support_hours');
  });

  it('reads the carrier\'s price in a clause of goods going back as return shipping cost, unless the clause names both costs apart', () => {
    const mailed = classifyItem('He said I could mail them back when the new pair came, postage paid.').elements;
    expect(mailed).toContain('return_shipping_cost');
    expect(mailed).not.toContain('shipping_cost');
    const courier = classifyItem('Customers sending goods back within the week have to pay for the courier themselves.').elements;
    expect(courier).toContain('return_shipping_cost');
    expect(courier).not.toContain('shipping_cost');
    expect(classifyItem('They are known for free shipping and free returns.').elements).toEqual(expect.arrayContaining(['return_shipping_cost', 'shipping_cost']));
    // a decoy's return word is no goods going back, and money back is no carrier's trip
    expect(classifyItem('We returned home to find the delivery charge had doubled.').elements).toEqual(['shipping_cost']);
    expect(classifyItem('They refunded the delivery fee for the late sofa.').elements).toContain('shipping_cost');
    // money back in the clause is the first delivery's charge refunded, not the trip back's
    expect(classifyItem('I sent the heater back on Monday, and a week later they refunded the original delivery charge as well.').elements).toEqual(['returns', 'shipping_cost']);
  });

  it('reads a shop\'s opening or closing told as the time of an errand as no support hours, and hours judged as support hours', () => {
    expect(classifyItem('I took the bike in half an hour before the shop closed on Monday evening.').elements).not.toContain('support_hours');
    expect(classifyItem('He said the price would stand until the close of business on Saturday.').elements).not.toContain('support_hours');
    expect(classifyItem('We got there just after it opened on Sunday.').elements).not.toContain('support_hours');
    expect(classifyItem('Their phone line closes at four on weekdays and is shut all weekend.').elements).toContain('support_hours');
    expect(classifyItem('The till did not open until 11 on Sunday.').elements).toContain('support_hours');
  });

  it('reads a service booked beside the sale (an appointment, a quote, the insurer) as other, and "quote" the verb as none', () => {
    expect(classifyItem('The fitting appointment was for nine and he was there on the dot.').elements).toContain('other');
    expect(classifyItem('The insurer sent an engineer to look at the oven.').elements).toContain('other');
    expect(classifyItem('I asked them for a quote to re-cover two chairs.').elements).toContain('other');
    expect(classifyItem('To quote my son, the delivery was super quick.').elements).toEqual(['delivery_speed']);
  });

  it('reads "open late" and "open all night" as support hours that keep their words, so "late" is no delivery or reply time', () => {
    // The SUPPORT_WORDS x HOURS_WORDS pair would find the hours too, but a pair leaves "late" free for another pair.
    const sofa = classifyItem('The showroom is open late, so my sofa arrived after work.').elements;
    expect(sofa).toContain('support_hours');
    expect(sofa).not.toContain('delivery_speed');
    const replied = classifyItem('They are open late and replied to my email.').elements;
    expect(replied).toContain('support_hours');
    expect(replied).not.toContain('response_time');
    expect(classifyItem('The shop was open all night before Christmas.').elements).toEqual(['support_hours']);
  });

  it('reads what sending goods back cost by any carrier, the goods between the verb and "back", as return shipping cost', () => {
    for (const text of ['Mailed the boots back and the postage was $9.', 'Back they go, at a cost of $5 to me.', 'I couriered the table back at my own cost.']) {
      expect(classifyItem(text).elements, text).toContain('return_shipping_cost');
      expect(classifyItem(text).elements, text).not.toContain('shipping_cost');
    }
  });

  it('reads the updates of an order as tracking, and "update" the verb (your details, a postscript) as no tracking', () => {
    expect(classifyItem('No updates for a week, then it just appeared.').elements).toContain('tracking');
    expect(classifyItem('The tracking page never updated.').elements).toContain('tracking');
    expect(classifyItem('I had to update my address twice.').elements).not.toContain('tracking');
    expect(classifyItem('Update: the refund came through today.').elements).not.toContain('tracking');
  });

  it('reads a call nobody took as support hours: the line gave no person in the clause of the call or the next', () => {
    for (const text of ['I rang the shop on Monday. No answer.', 'Phoned twice and got voicemail both times.', 'I called and a message said everyone is busy.']) {
      expect(classifyItem(text).elements, text).toContain('support_hours');
      expect(analyzeItem(text).sentiment, text).toBe('negative');
    }
    // the doorbell and the door are a delivery's, a voicemail the shop left is its call, and a call after the silence was taken
    expect(classifyItem('The courier rang the doorbell and got no answer.').elements).not.toContain('support_hours');
    expect(classifyItem('I missed their call but they left a voicemail.').elements).not.toContain('support_hours');
    expect(classifyItem('Got no answer at the door, so the driver rang my mobile.').elements).not.toContain('support_hours');
    // two clauses after the call is another part of the story
    expect(classifyItem('I rang them on Monday. They said Friday. Friday came. No answer at all.').elements).not.toContain('support_hours');
  });

  it('does not read a phone call told as an event as a contact channel, nor a lane or a software update as tracking', () => {
    expect(classifyItem('A phone call from the warehouse said the table was ready.').elements).not.toContain('support_channels');
    expect(classifyItem('There is no phone number anywhere on the site.').elements).toContain('support_channels');
    // a channel that is only the way the customer got in touch is no judgement of it; beside a word that says it is
    // there, missing or handy, it is
    expect(classifyItem('I tweeted them on Sunday and had an answer within ten minutes.').elements).not.toContain('support_channels');
    expect(classifyItem('She took my phone number and promised to ring back.').elements).not.toContain('support_channels');
    expect(classifyItem('I wish they had a phone number, email only is a pain.').elements).toContain('support_channels');
    expect(classifyItem('Love that you can message them on Instagram.').elements).toContain('support_channels');
    expect(classifyItem('Their weekend support is a bot.').elements).toContain('support_channels');
    expect(classifyItem('The van got stuck halfway up the track, and the driver was so friendly about it.').elements).not.toContain('tracking');
    expect(classifyItem('The tracking said it was delivered to a neighbour.').elements).toContain('tracking');
    // "track down" is the customer finding something, here a person
    expect(classifyItem('In the end I tracked down a manager, who was very kind and rude to nobody.').elements).not.toContain('tracking');
  });

  it('reads a repair story as warranty: goods that failed in use, then a repair or replacement in that clause or the next', () => {
    expect(classifyItem('The toaster died after five months. They sent a technician round the week after.').elements).toContain('warranty');
    expect(classifyItem('The screen started malfunctioning, so they replaced the whole unit.').elements).toContain('warranty');
    // a remedy with no fault before it, or a fault too far back, is no repair story
    expect(classifyItem('My car is being repaired this week, so the order waited.').elements).not.toContain('warranty');
    expect(classifyItem('The lamp broke. I was cross. We had guests. The fence got repaired on Sunday.').elements).not.toContain('warranty');
    // goods broken on the way are the order's handling; the customer buying a new one is no remedy by the shop
    expect(classifyItem('The teapot arrived broken but they sent a replacement without any fuss.').elements).not.toContain('warranty');
    expect(classifyItem('Our old kettle broke down, so I had to buy a replacement.').elements).not.toContain('warranty');
    // a replacement that another element already explains (an exchange) is that element's
    expect(classifyItem('The zip broke and they exchanged the jacket for a replacement.').elements).not.toContain('warranty');
  });

  it('reads goods damaged on the way as the order\'s handling, not the goods: a damage word beside a transit word', () => {
    expect(classifyItem('The teapot arrived smashed to bits.').elements).toEqual(['order_processing']);
    expect(classifyItem('Lamp came cracked, they posted a new one the next day.').elements).not.toContain('product_quality');
    // a fault in use, with no arrival beside it, stays the goods'; goods praised beside the damage keep their element
    expect(classifyItem('The kettle broke after a month of use.').elements).toContain('product_quality');
    expect(classifyItem('Gorgeous rug, though the frame arrived damaged.').elements).toEqual(expect.arrayContaining(['product_quality', 'order_processing']));
  });

  it('reads damage seen when the parcel is opened as the trip\'s, in that clause or the next', () => {
    expect(classifyItem('On unpacking it we found the side panel hanging off, the whole cabinet a wreck.').elements).toEqual(['order_processing']);
    expect(classifyItem('We unwrapped the mirror in the hall. Two long scratches across the glass.').elements).toEqual(['order_processing']);
    // the opening two clauses back, or the carriers merely named, tell nothing of what the trip did
    expect(classifyItem('We unwrapped the mirror in the hall. It looked lovely. Then a year later it cracked.').elements).toContain('product_quality');
    expect(classifyItem('The delivery guy was friendly, but the toaster broke after a month.').elements).toContain('product_quality');
  });

  it('reads a far word beside the parcel\'s coming as a crossing, and not beside a holiday', () => {
    expect(classifyItem('Everything from overseas is arriving weeks late.').elements).toContain('international_shipping');
    expect(classifyItem('Since the strike, international mail is piling up at the depot.').elements).toContain('international_shipping');
    expect(classifyItem('We arrived home from a fortnight abroad to find the fridge dead.').elements).not.toContain('international_shipping');
  });

  it('reads money given back for a price that fell after the purchase as price_match, in the fall\'s clause or the next', () => {
    expect(classifyItem('A week after I paid, the same kettle was marked down. One email and they credited me the fifteen pounds.').elements).toEqual(['price_match']);
    expect(classifyItem('The rug went on sale the day after it arrived, and they refunded the difference without a fuss.').elements).toContain('price_match');
    // a credit for goods sent back is the return's, whatever the price was; a fall with no money back is only a price
    expect(classifyItem('Bought the coat on sale, sent it back and they credited my card.').elements).not.toContain('price_match');
    expect(classifyItem('The lamp went down in price a week later. Typical.').elements).not.toContain('price_match');
    expect(classifyItem('The price dropped a week later.').elements).not.toContain('price_match');
    expect(classifyItem('The price dropped the day after, so they credited me ten pounds.').elements).toEqual(['price_match']);
    // the fall's price words are the fall's; anything else the clause names as `other` stays
    expect(classifyItem('The rug was marked down a week later and they credited the difference as loyalty points.').elements).toEqual(['price_match', 'other']);
  });

  it('reads the shop\'s answer timed after the customer got in touch as response_time, though no reply word is said', () => {
    expect(classifyItem('We rang the shop and an engineer was at the door two days later.').elements).toContain('response_time');
    expect(classifyItem('I emailed them on Sunday. The next morning the invoice was sorted.').elements).toContain('response_time');
    // a time right behind the act is when the customer wrote; a time of money or goods that came is that element's
    expect(classifyItem('I emailed them within a week of the party.').elements).not.toContain('response_time');
    expect(classifyItem('I contacted them about sending the kettle back. They refunded me the same day.').elements).toEqual(['returns']);
    // the shop's own call is no contact of the customer's
    expect(classifyItem('They called me and the sofa came two days later.').elements).not.toContain('response_time');
  });

  it('reads a fault named as a condition as no product fault, and a fault told as one', () => {
    expect(classifyItem('You can only return a tool if it is faulty.').elements).toEqual(['returns']);
    expect(classifyItem('Unless it does not work, whatever you buy there is yours for good.').elements).not.toContain('product_quality');
    // the repair frame still reads the case the cover names
    expect(classifyItem('They promised that if the drill broke in the first two years they would repair it free.').elements).toEqual(['warranty']);
    expect(classifyItem('The sander was faulty out of the box.').elements).toContain('product_quality');
  });

  it('reads goods that died told as a state as the goods\' verdict, and "dead" as an intensifier as none', () => {
    expect(classifyItem('Three weeks after planting, two of the roses are dead.').elements).toEqual(['product_quality']);
    expect(classifyItem('The lamp was completely dead when I switched it on the next evening.').elements).toContain('product_quality');
    expect(classifyItem('Ordering was dead easy and the rest of it went fine.').elements).not.toContain('product_quality');
    expect(classifyItem('It is a dead end of a road, so the van had to reverse out.').elements).not.toContain('product_quality');
  });

  it('reads a keyword by its own word family, not another word that shares its stem', () => {
    // "appointed" shares the stem of "appointment", "personal" that of "person"
    expect(classifyItem('The van came on the Friday, between the appointed hours.').elements).toEqual(['delivery_speed']);
    expect(classifyItem('I had to book an appointment for the fitting.').elements).toContain('other');
    expect(classifyItem('I shared it on my personal Facebook page.').elements).not.toContain('support_channels');
    expect(classifyItem('Their helpline never gives you a person.').elements).toContain('support_channels');
  });

  it('reads the customer\'s own manner as no verdict on the staff, and the staff\'s as one', () => {
    expect(classifyItem('I was polite and had the receipt in my hand.').elements).not.toContain('staff_friendliness');
    expect(classifyItem('We stayed calm the whole time.').elements).not.toContain('staff_friendliness');
    // patience asked for or resolved on, whoever is told to have it
    expect(classifyItem('My husband says I should learn to be patient.').elements).not.toContain('staff_friendliness');
    expect(classifyItem('The lady at the till was so patient with my mother.').elements).toContain('staff_friendliness');
    expect(classifyItem('The assistant was polite and found the size for me.').elements).toContain('staff_friendliness');
  });

  it('reads the customer\'s old goods giving out before a new purchase as the story\'s start, no product fault', () => {
    expect(classifyItem('Our old kettle died on Sunday, so I ordered a new one and it came on Tuesday.').elements).toEqual(['delivery_speed']);
    expect(classifyItem('I needed a new vacuum because mine had broken.').elements).not.toContain('product_quality');
    // the shop sending new goods for broken ones is its remedy, and the fault a verdict on its goods
    expect(classifyItem('The heater they sold me broke in a week, and they sent a replacement straight away.').elements).toEqual(['warranty', 'product_quality']);
  });

  it('reads phone calls counted as response_time, and one phone call told as an event as nothing of the kind', () => {
    expect(classifyItem('I made so many phone calls to them about it.').elements).toContain('response_time');
    expect(classifyItem('I had a phone call from the driver.').elements).not.toContain('response_time');
  });

  it('reads chasing as response_time only when the people who owe an answer are chased', () => {
    expect(classifyItem('Took two weeks and I had to chase them up twice.').elements).toContain('response_time');
    expect(classifyItem('I chased customer service for my refund all month.').elements).toContain('response_time');
    expect(classifyItem('I spent the afternoon chasing the courier van round the estate.').elements).not.toContain('response_time');
  });

  it('reads a phone as support_hours beside a time of day only as the line, not as the shop calling at that time', () => {
    expect(classifyItem('Their phone line shuts at 4 pm, useless if you work.').elements).toContain('support_hours');
    expect(classifyItem('The shop phoned at 3 pm to say the sofa was held up.').elements).not.toContain('support_hours');
  });

  it('reads news of where an order is as tracking, whether or not a tracking number is named', () => {
    expect(classifyItem('Got an email to say the van was running two hours behind.').elements).toContain('tracking');
    expect(classifyItem('No idea where my parcel is, nobody will tell me.').elements).toContain('tracking');
    // a message about something else is no news of the order
    expect(classifyItem('Got an email saying my password had changed.').elements).not.toContain('tracking');
  });

  it('reads a response by its own forms, not by a stem it shares with responsibility', () => {
    expect(classifyItem('Their response took nine days.').elements).toContain('response_time');
    expect(classifyItem('The shop took responsibility for the scratched table.').elements).not.toContain('response_time');
  });

  it('reads how long the goods took in a story\'s words: received, in the mail, a wait, weeks after', () => {
    expect(classifyItem('I received the boots eleven working days later.').elements).toContain('delivery_speed');
    expect(classifyItem('The card turned up in the post weeks after her birthday.').elements).toContain('delivery_speed');
    expect(classifyItem('They warned me it would be a six week wait for the sofa.').elements).toContain('delivery_speed');
  });

  it('reads a long time told without a number alike for a delivery, an answer and a wait on the line', () => {
    expect(classifyItem('Delivery took ages.').elements).toEqual(['delivery_speed']);
    expect(classifyItem('The parcel took an eternity to arrive.').elements).toEqual(['delivery_speed']);
    expect(classifyItem('They answered my email but it took ages.').elements).toContain('response_time');
  });

  it('reads a story that tells a warranty as goods that failed too, and a short item that names the cover as the warranty alone', () => {
    const story = classifyItem('I bought the phone in March. In June the vibrate mode stopped buzzing. I took it to the shop under the warranty. They sent it away for a month.');
    expect(story.clauses.length).toBeGreaterThanOrEqual(LONG_ITEM);
    expect(story.elements).toEqual(['warranty', 'product_quality']);
    expect(classifyItem('It comes with a two-year warranty.').elements).toEqual(['warranty']);
  });

  it('reads goods sent back for a warranty repair as the warranty\'s trip, not a return', () => {
    expect(classifyItem('Sent the drill back under warranty and it came back fixed.').elements).not.toContain('returns');
    expect(classifyItem('Sent the drill back under warranty. Later I returned the saw for a refund.').elements).toEqual(expect.arrayContaining(['warranty', 'returns']));
  });

  it('reads contact repeated until someone answers as response_time', () => {
    expect(classifyItem('Sent them four emails, then several more, before anyone looked at it.').elements).toContain('response_time');
    expect(classifyItem('I called them again on Friday about the missing lamp.').elements).toContain('response_time');
    // a contact told once is no wait
    expect(classifyItem('I called them to ask about colours.').elements).not.toContain('response_time');
  });

  it('reads the people who serve by their role as staff ("the repair man", "an employee", "the supervisor")', () => {
    expect(classifyItem('The repair man was patronising and talked over me.').elements).toContain('staff_friendliness');
    expect(classifyItem('An employee walked off mid-sentence and the supervisor shrugged.').elements).toContain('staff_friendliness');
  });

  it('reads "the next day" and "two days later" as delivery speed only beside an arrival', () => {
    expect(classifyItem('It arrived the next day.').elements).toContain('delivery_speed');
    expect(classifyItem('The sofa was delivered two weeks later than promised.').elements).toContain('delivery_speed');
    expect(classifyItem('The next day I rang the shop to ask about the warranty.').elements).not.toContain('delivery_speed');
    expect(classifyItem('I work all day, so I asked about the warranty by email.').elements).not.toContain('delivery_speed');
  });

  it('reads an arrival timed by the day of the week as delivery speed, and a day alone as nothing of the kind', () => {
    for (const text of ['The sofa arrived on Thursday as booked.', 'Ordered on a Tuesday, delivered Friday.', 'The new fridge came the following day.']) {
      expect(classifyItem(text).elements, text).toContain('delivery_speed');
    }
    expect(classifyItem('I rang them on Monday about the colour.').elements).not.toContain('delivery_speed');
  });

  it('reads a delivery that failed as delivery speed (the arrival did not happen), not as goods that failed', () => {
    for (const text of ['The parcel failed to arrive before the party.', 'The courier failed to deliver it twice.', 'A failed delivery, then nothing for a week.']) {
      const elements = classifyItem(text).elements;
      expect(elements, text).toContain('delivery_speed');
      expect(elements, text).not.toContain('product_quality');
    }
    expect(classifyItem('The pump failed after a month.').elements).toContain('product_quality');
  });

  it('reads "international", "worldwide" or "duty" as international shipping only about a parcel or its charges', () => {
    expect(classifyItem('My international order vanished after a week.').elements).toContain('international_shipping');
    expect(classifyItem('Paid $30 duty on delivery.').elements).toContain('international_shipping');
    expect(classifyItem('They ship worldwide.').elements).toContain('international_shipping');
    expect(classifyItem('It is an international brand, so I trusted the lamp.').elements).not.toContain('international_shipping');
    expect(classifyItem('The duty manager was lovely about the mix-up.').elements).not.toContain('international_shipping');
  });

  it('reads a price difference refunded as price match, and "the difference" in general as nothing of the kind', () => {
    expect(classifyItem('They refunded the difference when it went on sale.').elements).toContain('price_match');
    expect(classifyItem('You can feel the difference in the fabric.').elements).not.toContain('price_match');
  });

  it('reads who paid to send goods back as return shipping cost, beside the return itself', () => {
    expect(classifyItem('I had to pay 8 dollars to send it back.').elements).toEqual(['returns', 'return_shipping_cost']);
    expect(classifyItem('They covered the postage so I could send them back.').elements).toEqual(['returns', 'return_shipping_cost']);
    expect(classifyItem('I sent them back for a refund.').elements).toEqual(['returns']);
    expect(classifyItem('Postage was 6 pounds.').elements).toEqual(['shipping_cost']);
  });

  it('reads a destination or origin as international shipping only when it is another country', () => {
    expect(classifyItem('They happily shipped to Chile.').elements).toContain('international_shipping');
    expect(classifyItem('I ordered from them while living in Norway.').elements).toContain('international_shipping');
    expect(classifyItem('I ordered from a little bakery round the corner.').elements).not.toContain('international_shipping');
    // the purchase frame with a few words inside it: what was bought, then where from
    expect(classifyItem('I ordered two lamps from a little firm in Germany.').elements).toContain('international_shipping');
    expect(classifyItem('We bought the rug from a dealer in Portugal.').elements).toContain('international_shipping');
    expect(classifyItem('I ordered the cake from a bakery in town.').elements).not.toContain('international_shipping');
    expect(classifyItem('The sofa was delivered to Leeds, not to my flat.').elements).not.toContain('international_shipping');
    expect(classifyItem('A shop has a duty of care to its customers.').elements).not.toContain('international_shipping');
  });

  it('does not read where the customer lives as a border crossing: the parcel\'s route or its customs says so', () => {
    expect(classifyItem('We live in Canada and the shop is just down the road.').elements).not.toContain('international_shipping');
    expect(classifyItem('I was living in France then, and the local hardware shop was lovely.').elements).not.toContain('international_shipping');
    expect(classifyItem('Living in Ireland, I got hit with customs charges nobody warned me about.').elements).toContain('international_shipping');
    expect(classifyItem('I live in Spain and they sent the lamp to Italy by mistake.').elements).toContain('international_shipping');
    // import charges by their own name, and a country's adjective after a route; where a shop or a call centre stands is no route
    expect(classifyItem('The rug was lovely but the import duty was a shock.').elements).toContain('international_shipping');
    expect(classifyItem('I bought it from a Japanese site and it came in a week.').elements).toContain('international_shipping');
    expect(classifyItem('Our local shop is the best ironmonger in Britain.').elements).not.toContain('international_shipping');
    expect(classifyItem('They sent it to us on Friday.').elements).not.toContain('international_shipping');
  });

  it('reads "if I am not happy" as the guarantee\'s condition, and "I was not happy" as only a feeling', () => {
    expect(classifyItem("If I'm not happy with it, can I get my money back?").elements).toContain('guarantee');
    expect(classifyItem('I was not happy with the colour.').elements).not.toContain('guarantee');
  });

  it('reads the shop\'s guarantee as a noun, not anyone\'s "I can guarantee" nor "satisfaction" as a feeling', () => {
    // the keyword tables (a comment this short with no keyword is then left to the Bayes model)
    expect(keywordElements(words('I can guarantee you this was the worst Saturday of my year.'))).not.toContain('guarantee');
    expect(keywordElements(words('The satisfaction of fixing the shelf myself was huge.'))).not.toContain('guarantee');
    expect(classifyItem('Their comfort guarantee is real, I got a full refund after a week.').elements).toContain('guarantee');
    expect(classifyItem('Satisfaction guaranteed, they said, and they meant it.').elements).toContain('guarantee');
  });

  it('reads what kind of promise a "guarantee" is from the words around it: money back, a product\'s cover, a price, a delivery', () => {
    const kind = (text: string): string[] => classifyItem(text).elements.filter((e) => ['guarantee', 'warranty', 'price_match', 'delivery_speed'].includes(e));
    // the words that qualify it: a span of days or nights is a trial, of months or years a product's cover
    expect(kind('Used their 45 night guarantee on the mattress and had every penny back.')).toEqual(['guarantee']);
    expect(kind('The drill has a three year guarantee, which sold it to me.')).toEqual(['warranty']);
    expect(kind('Their best price guarantee saved me twenty quid.')).toEqual(['price_match']);
    // a delivery sold as a guarantee is the shop's promise and the delivery's speed; a bare "guaranteed" beside a
    // delivery only its speed
    expect(kind('Paid for the guaranteed Saturday delivery and nobody came.')).toEqual(['delivery_speed', 'guarantee']);
    expect(kind('Paid the extra so the chair would be delivered on the Friday, guaranteed.')).toEqual(['delivery_speed']);
    // and neither over the customer's own act, like any phrase (customer-acts.ts)
    expect([...keywordElements(words('I read the guarantee we came for delivery to sign.'))]).toEqual([]);
    // the cover's term after the noun, even beside a feeling word
    expect(kind('The guarantee period had nearly run out and I was glad they took it.')).toEqual(['warranty']);
    // the clause: a fault or the cover's term makes it the warranty, unless money back or satisfaction is named too
    expect(kind('The blender was still under guarantee, so that was sorted.')).toEqual(['warranty']);
    expect(kind('Is there any guarantee in case the hinge snaps?')).toEqual(['warranty']);
    expect(kind('Lifetime satisfaction guarantee: they refunded a pan that warped after years.')).toEqual(['guarantee']);
    // nothing around it: the shop's promise
    expect(kind('Their guarantee is what made me order.')).toEqual(['guarantee']);
  });

  it('reads the status a tracking page or a message reported, and being kept informed, as tracking; a track record is none', () => {
    for (const text of [
      'The carrier site said it had been delivered, but my porch was empty.',
      'The app showed the parcel at the depot all week.',
      'Marked as delivered and nowhere to be seen.',
      'I got a text saying it would come after lunch.',
      'They kept us informed from start to finish.',
    ]) expect(classifyItem(text).elements, text).toContain('tracking');
    expect(classifyItem('Their track record on quality is poor.').elements).not.toContain('tracking');
    expect(classifyItem('They said the table would be delivered on Friday.').elements).not.toContain('tracking');
  });

  it('reads a way of contact named as missing, failing or wished for as support channels, not the customer\'s own address', () => {
    for (const text of [
      'There is no email address anywhere on their site.',
      'Their email address bounced both times.',
      'I wish they had a chat option.',
      'The phone menu goes round in circles and never gets you to a person.',
      'There is no way to call them at all.',
    ]) expect(keywordElements(words(text)), text).toContain('support_channels');
    expect(keywordElements(words('I gave them my email address and nobody wrote back.'))).not.toContain('support_channels');
  });

  it('reads goods changed for another size, colour or model as an exchange, and a date changed as none', () => {
    expect(keywordElements(words('They let me change the boots for a bigger size.'))).toContain('exchanges');
    expect(keywordElements(words('She changed them for a pair in navy.'))).toContain('exchanges');
    expect(keywordElements(words('We changed the fitting date for the following week.'))).not.toContain('exchanges');
  });

  it('reads product quality from how the goods are, not from the goods being named', () => {
    expect(keywordElements(words('I bought the coffee and the toy for my nephew.'))).not.toContain('product_quality');
    expect(keywordElements(words('The brakes and the cushions came in one box.'))).not.toContain('product_quality');
    expect(keywordElements(words('The coffee was stale and the toy fell apart.'))).toContain('product_quality');
  });

  it('does not read the customer\'s own answer as response time, and still reads one the customer did not get', () => {
    expect(keywordElements(words('I gave him no response and walked out.'))).not.toContain('response_time');
    expect(keywordElements(words('I could not answer the door because I was in the bath.'))).not.toContain('response_time');
    expect(classifyItem('I could not get an answer from anyone for a week.').elements).toContain('response_time');
    expect(classifyItem('I got no reply to three emails.').elements).toContain('response_time');
  });

  it('does not read the customer\'s own acts (replying, turning up, packing, arriving) as the service, and still reads the shop\'s', () => {
    const mine = [
      ['I replied that I had already paid.', 'response_time'],
      ['We could not answer the door in time.', 'response_time'],
      ['We turned up at the counter at nine sharp.', 'delivery_speed'],
      ['I finally showed up at the depot with my slip.', 'delivery_speed'],
      ['I came in the door and asked for the manager straight away.', 'delivery_speed'],
      ['I packed the lamp into a bag and took it back.', 'order_processing'],
      ['We have packed the mixer up once again.', 'order_processing'],
    ] as const;
    for (const [text, element] of mine) expect(classifyItem(text).elements, text).not.toContain(element);
    const theirs = [
      ['They replied within the hour.', 'response_time'],
      ['We were answered within minutes.', 'response_time'],
      ['The parcel turned up a day early.', 'delivery_speed'],
      ['The courier showed up at noon as promised.', 'delivery_speed'],
      ['It came quickly.', 'delivery_speed'],
      ['Beautifully packed, not a scratch.', 'order_processing'],
      ['I know they packed it badly.', 'order_processing'],
    ] as const;
    for (const [text, element] of theirs) expect(classifyItem(text).elements, text).toContain(element);
  });

  it('reads "kind" and "patient" as staff only when they say how someone was treated, not "this kind of thing" or "I waited patiently"', () => {
    for (const text of ['They agreed this kind of thing should not happen.', 'No customer support of any kind.', 'Kind regards, Sam', 'I waited patiently all day.']) {
      expect(classifyItem(text).elements, text).not.toContain('staff_friendliness');
    }
    for (const text of ['The lady on the till was so kind.', 'He was patient with all my questions.']) expect(classifyItem(text).elements, text).toContain('staff_friendliness');
  });

  it('does not read the packaging the customer keeps, opens or sends back as the shop\'s packing', () => {
    for (const text of ['I always keep the box and packaging.', 'The fitters took away the packaging.', 'Still sealed in its original packaging.']) {
      expect(classifyItem(text).elements, text).not.toContain('order_processing');
    }
    expect(classifyItem('The packaging was flimsy and the vase arrived in pieces.').elements).toContain('order_processing');
  });

  it('reads hours as support hours when they are a line\'s opening, not the length of a call or a wait', () => {
    expect(keywordElements(words('I was on the phone with them for two hours.'))).not.toContain('support_hours');
    expect(keywordElements(words('Their phone lines keep such short hours that I never get through.'))).toContain('support_hours');
    expect(keywordElements(words('The support line is closed at weekends.'))).toContain('support_hours');
  });

  it('does not read a repair alone as warranty: anyone repairs things, a warranty is named', () => {
    expect(keywordElements(words('I had to repair the fence after the storm.'))).not.toContain('warranty');
    expect(classifyItem('The warranty repair took three weeks but cost nothing.').elements).toContain('warranty');
  });

  it('reads "customs" as international shipping and "customer" as nothing of the kind', () => {
    expect(classifyItem('Got stung by customs fees on delivery.').elements).toContain('international_shipping');
    expect(classifyItem('Customer service was friendly.').elements).not.toContain('international_shipping');
  });

  it('does not take a word that only looks like an element ("returned home", "pick up my dress", "I live in the city")', () => {
    expect(classifyItem('We returned home with the shopping.').elements).toEqual(['other']);
    // a decoy's words are spoken for: "returned home" is no return for a pair to pay for
    expect(classifyItem('We returned home and paid the babysitter.').elements).not.toContain('return_shipping_cost');
    expect(classifyItem('I went to pick up my dress on Thursday.').elements).not.toContain('support_hours');
    expect(classifyItem('Shipped to Norway in five days.').elements).toContain('international_shipping');
    expect(classifyItem('Delivered to my door in five days.').elements).not.toContain('international_shipping');
    expect(classifyItem('The courier left the package with a neighbour.').elements).not.toContain('order_processing');
    expect(classifyItem('Everything was beautifully packed in tissue paper.').elements).toContain('order_processing');
  });

  it('reads a product "still under guarantee" as warranty, and prices as other unless a service cost or a price match is meant', () => {
    expect(classifyItem('The kettle was still under guarantee so they replaced it.').elements).toContain('warranty');
    expect(classifyItem('The kettle was still under guarantee so they replaced it.').elements).not.toContain('guarantee');
    expect(classifyItem('Their prices are far too high.').elements).toEqual(['other']);
    expect(classifyItem('The shipping was expensive.').elements).toEqual(['shipping_cost']);
  });

  it('does not let the Bayes model guess an element for a long story that names none', () => {
    const story = 'My sister came to stay for the week. We walked the dog every morning. It rained most days. We played cards in the evening. She went home on Sunday.';
    expect(bayesElement(story)).toBeDefined();
    expect(classifyItem(story).elements).toEqual(['other']);
  });

  it('reads a span of working or business days as days, so a delivery timed in them is delivery speed', () => {
    expect(classifyItem('The parcel arrived in five working days.').elements).toEqual(['delivery_speed']);
    expect(classifyItem('Delivered in 3 business days, as they said.').elements).toContain('delivery_speed');
    expect(words('it took 6 business days').tokens).toEqual(['it', 'took', '#', 'days']);
  });

  it('does not read a reply that tags a line of dialogue as response time', () => {
    expect(classifyItem('“That is simply our policy,” she replied.').elements).not.toContain('response_time');
    expect(classifyItem('He replied that the fault was mine.').elements).not.toContain('response_time');
    expect(classifyItem('They replied within an hour.').elements).toContain('response_time');
    expect(classifyItem('Emailed twice, no reply.').elements).toContain('response_time');
    // the quotation mark stays a token a table can name, and a break to every other rule
    const w = words('“Fine,” I said');
    expect(w.tokens[0]).toBe('"');
    expect(w.stems[0]).toBe(BREAK);
  });

  it('reads staff from a person and their manner together, not from a role asked for or a manner word about the goods', () => {
    expect(classifyItem('The woman on the phone was so pleasant and sympathetic.').elements).toContain('staff_friendliness');
    expect(classifyItem('Customer service were wonderful from start to finish.').elements).toContain('staff_friendliness');
    expect(classifyItem('I asked to speak with a manager about the return.').elements).not.toContain('staff_friendliness');
    expect(classifyItem('The depot manager will phone to book a slot.').elements).not.toContain('staff_friendliness');
    expect(classifyItem('The biscuits smell sweet.').elements).not.toContain('staff_friendliness');
    expect(classifyItem('We managed to fit it in the car.').elements).not.toContain('staff_friendliness');
  });

  it('does not read a message received as the goods received, and still reads news of the order as tracking', () => {
    const mails = classifyItem('I received three emails in two days confirming the appointment.').elements;
    expect(mails).not.toContain('delivery_speed');
    expect(mails).not.toContain('order_processing');
    expect(classifyItem('Received a notification that my order was shipped.').elements).toContain('tracking');
    expect(classifyItem('Never got a reply to my emails.').elements).toContain('response_time');
  });

  it('reads money back for a cancelled or lost order as payment, and money back for goods sent back as returns', () => {
    const cancelled = classifyItem('They cancelled the order and I am still waiting for my money back.').elements;
    expect(cancelled).not.toContain('returns');
    expect(cancelled).toContain('other');
    expect(classifyItem('My bank could not get my refund for the lost parcel.').elements).not.toContain('returns');
    expect(classifyItem('I sent the cancelled duplicate back and got my refund in a week.').elements).toContain('returns');
    expect(classifyItem('Refund came through in three days.').elements).toContain('returns');
  });

  it('reads a wait on the line by its length, a call-back with the person inside it and contact repeated by the verb as response time', () => {
    expect(classifyItem('Ten minutes later I was still held in a queue, 25 minutes in all.').elements).toContain('response_time');
    expect(classifyItem('They promised to have someone call him back.').elements).toContain('response_time');
    expect(classifyItem('We called and called.').elements).toContain('response_time');
    // holding a switch down and a phone given back are no wait for an answer
    expect(classifyItem('Hold down the button for 2 minutes.').elements).not.toContain('response_time');
    expect(classifyItem('I got my phone back on Friday.').elements).not.toContain('response_time');
    expect(classifyItem('I chose to ignore the scratches.').elements).not.toContain('response_time');
  });

  it('reads the website as other only when it is judged, and a code only as a discount', () => {
    expect(classifyItem('The website kept crashing at the payment page.').elements).toContain('other');
    expect(classifyItem('I checked the website and ordered the red one. It came in two days.').elements).not.toContain('other');
    expect(classifyItem('The promo code did not work.').elements).toContain('other');
    expect(classifyItem('I typed the tracking code in and it came in two days.').elements).not.toContain('other');
  });

  it('reads "no questions asked" beside a remedy as its manner, and alone as the shop\'s promise', () => {
    expect(classifyItem('They swapped them for a bigger size. No questions asked.').elements).not.toContain('guarantee');
    expect(classifyItem('The kettle died and they sent a replacement, no quibble.').elements).not.toContain('guarantee');
    expect(classifyItem('Buy knowing it is no questions asked if you are unhappy.').elements).toContain('guarantee');
    expect(classifyItem('They guarantee every order is dispatched within a day.').elements).not.toContain('guarantee');
  });

  it('reads a bare guarantee as the promise its clause names: a warranty, a price or a delivery, else money back', () => {
    expect(classifyItem('They offer a guarantee or a warranty on every brand, worth nothing.').elements).not.toContain('guarantee');
    expect(classifyItem('The guarantee only applies if you bring the lower price in before you buy.').elements).toEqual(['price_match']);
    expect(classifyItem('Paid extra to have it delivered on Friday, guaranteed. It came on Sunday.').elements).not.toContain('guarantee');
    expect(classifyItem('The last day to guarantee orders for Christmas was the 20th.').elements).not.toContain('guarantee');
    expect(classifyItem('Their guarantee meant I got every penny back without a fuss.').elements).toContain('guarantee');
  });

  it('reads "instead of" as goods handed over wrongly only after a verb of handing over', () => {
    expect(classifyItem('They sent puppy food instead of the senior formula.').elements).toContain('order_processing');
    expect(classifyItem('The engraving says Harold instead of Harald.').elements).toContain('order_processing');
    expect(classifyItem('Got it for £40 instead of £50 in the sale.').elements).not.toContain('order_processing');
    expect(classifyItem('She argued with me instead of listening.').elements).not.toContain('order_processing');
    expect(classifyItem('Instead of the two weeks they quoted, it turned up in four days.').elements).not.toContain('order_processing');
  });

  it('reads a reply as response time only with its time or its absence beside it, not by what it said', () => {
    expect(classifyItem('Their reply was two lines long and more or less called me a liar.').elements).not.toContain('response_time');
    expect(classifyItem('The response I got was that sale items cannot be refunded.').elements).not.toContain('response_time');
    expect(classifyItem('Nobody has replied to my email.').elements).toContain('response_time');
    expect(classifyItem('A reply came the same evening.').elements).toContain('response_time');
    expect(classifyItem('Still waiting for a response.').elements).toContain('response_time');
    expect(classifyItem('No response to three emails.').elements).toContain('response_time');
    expect(classifyItem('Left my number twice and nobody has been in touch.').elements).toContain('response_time');
    expect(classifyItem('He handed me my phone back with the new software.').elements).not.toContain('response_time');
  });

  it("reads the customer's own phone as the customer's act, not the shop's line or its hours", () => {
    expect(classifyItem('I picked up the phone on Saturday morning to ask about the bed.').elements).not.toContain('support_hours');
    expect(classifyItem('I talked on the phone with their manager late on Friday evening.').elements).not.toContain('support_hours');
    expect(classifyItem('Nobody picks up the phone there after four.').elements).toContain('support_hours');
    expect(classifyItem('The big one by the ring road is open 24 hours every day.').elements).toContain('support_hours');
  });

  it('reads "work" as figuring out or suiting someone, "selected" as the customer choosing, "missing" as doing without, in their other senses', () => {
    expect(classifyItem('I could not work out how the charges came about.').elements).not.toContain('product_quality');
    expect(classifyItem('It did not work for me when I most needed it.').elements).not.toContain('product_quality');
    expect(classifyItem('The kettle does not work.').elements).toContain('product_quality');
    expect(classifyItem('I selected standard post and it was free.').elements).toEqual(['shipping_cost']);
    expect(classifyItem('A great selection of headlamps.').elements).toEqual(['other']);
    expect(classifyItem('Things go missing in the post far too often.').elements).not.toContain('order_processing');
    expect(classifyItem('Shopping online means never missing out on the odd things.').elements).not.toContain('order_processing');
    expect(classifyItem('It came with two of the screws missing.').elements).toContain('order_processing');
  });

  it('reads a tradesperson arriving as a visit, not the delivery: a fitting service is other, a repair adds nothing', () => {
    const fitters = classifyItem('The fitters were meant to arrive at eight and did not turn up until two.').elements;
    expect(fitters).not.toContain('delivery_speed');
    expect(fitters).toContain('other');
    const plumber = classifyItem('The plumber never turned up on the Monday.').elements;
    expect(plumber).not.toContain('delivery_speed');
    const engineer = classifyItem('The dishwasher stopped working. An engineer arrived on the Friday morning and repaired it.').elements;
    expect(engineer).not.toContain('delivery_speed');
    expect(engineer).not.toContain('other');
    // the driver's arrival is the delivery
    expect(classifyItem('The driver turned up at half past four, hours after the slot.').elements).toContain('delivery_speed');
    expect(classifyItem('The sofa turned up three weeks late.').elements).toContain('delivery_speed');
  });

  it('reads money or an answer coming back as no goods arriving: the refund\'s or the reply\'s, not the delivery\'s speed', () => {
    const refund = classifyItem('Refund came back within two days').elements;
    expect(refund).toContain('returns');
    expect(refund).not.toContain('delivery_speed');
    for (const text of [
      'My money finally arrived in my account a week later.',
      'The refund was received within five working days.',
      'The credit has not come through after three weeks.',
      'Their reply came back within the hour.',
      'The call back came the next morning.',
    ]) expect(classifyItem(text).elements, text).not.toContain('delivery_speed');
    expect(classifyItem('Their reply came back within the hour.').elements).toContain('response_time');
    // goods arriving stay the delivery, beside money that came too
    expect(classifyItem('The boots came within two days.').elements).toContain('delivery_speed');
    expect(classifyItem('The boots came within two days and the refund came a week later.').elements).toEqual(expect.arrayContaining(['returns', 'delivery_speed']));
  });

  it('reads "back" as money or an answer only after one ("money back", "call back"), not the bare word ending the customer\'s act', () => {
    expect(classifyItem('I sent the chair back received a week later').elements).toContain('delivery_speed');
    expect(classifyItem('My money back came within two days.').elements).not.toContain('delivery_speed');
  });

  it('reads a remedy coming (a replacement, a repair\'s part) as the remedy\'s step, not the delivery\'s speed', () => {
    for (const text of [
      'The kettle lid snapped after ten months. Two days later the replacement turned up.',
      'The screen went dark in March. The part for the repair was delayed for a week.',
      'Headphones broke after a year and the warranty covered them, the replacement came within a week.',
    ]) expect(classifyItem(text).elements, text).not.toContain('delivery_speed');
    // the goods ordered coming stay the delivery, and a replacement the customer bought is no remedy
    expect(classifyItem('The kettle turned up nine days after I ordered it.').elements).toContain('delivery_speed');
    expect(classifyItem('My old kettle died, so I bought a replacement and it arrived within two days.').elements).toContain('delivery_speed');
  });

  it('reads a warranty sold as a cover in a long story as no fault of the goods, and a claim on it as one', () => {
    const sold = classifyItem('We bought a freezer on Saturday. At the till the assistant pushed an extended warranty at us for another ninety pounds. I said no twice. We paid and left.');
    expect(sold.elements).toContain('warranty');
    expect(sold.elements).not.toContain('product_quality');
    const claimed = classifyItem('We bought a freezer two years ago. In the spring the door seal went. The warranty company the shop sold us took nine days to answer my claim. Someone came round the next week.');
    expect(claimed.elements).toEqual(expect.arrayContaining(['warranty', 'product_quality']));
  });

  it('reads a delivery in the unreal mood in a story as a plan, not an arrival, unless the modal points back to one told', () => {
    const plan = 'We chose a sofa in the showroom. The salesman said it would be delivered within a week. We paid and went for lunch. The cushions are lovely.';
    expect(classifyItem(plan).elements).not.toContain('delivery_speed');
    const kept = 'We chose a sofa in the showroom. It was delivered the following Thursday, exactly when he said it would. We paid and went for lunch. The cushions are lovely.';
    expect(classifyItem(kept).elements).toContain('delivery_speed');
  });

  it('reads a size measured against a space as no verdict on the goods, and a size measured on a person as one', () => {
    expect(keywordElements(words('The new fridge did not fit in the gap under the counter.'))).not.toContain('product_quality');
    expect(keywordElements(words('His van was too big to come up our lane.'))).not.toContain('product_quality');
    expect(keywordElements(words('The wardrobe was too tall for the bedroom.'))).not.toContain('product_quality');
    expect(keywordElements(words('The jacket was too small for me.'))).toContain('product_quality');
    expect(keywordElements(words('The boots were too big, so I sent them back.'))).toContain('product_quality');
  });

  it('lets the Bayes model name an element only for a comment as short as those it learnt from', () => {
    // Two sentences, no keyword, well over BAYES_MAX_WORDS: the model would still answer, but it is only guessing.
    const chatty =
      'Second time I have used them now and once again I came away very pleased with how it all turned out. ' +
      'The advice I got on what to look out for next time was thoughtful and the finished thing looks better than I hoped. ' +
      'Would happily go back again.';
    expect(words(chatty).tokens.length).toBeGreaterThan(BAYES_MAX_WORDS);
    expect(bayesElement(chatty)).toBeDefined();
    expect(classifyItem(chatty).elements).toEqual(['other']);
    const terse = 'Emails answered same day.';
    expect(words(terse).tokens.length).toBeLessThanOrEqual(BAYES_MAX_WORDS);
    expect(classifyItem(terse).elements).toEqual(['response_time']);
    // a short comment whose only keyword a decoy set aside was read, not unknown: the model does not guess from it
    // (a sentence the model reads as return postage well past BAYES_MIN_SHARE, so a retrain does not tip it under)
    const decoyed = 'We returned from holiday and paid the fee.';
    expect(bayesElement(decoyed)).toBeDefined();
    expect(classifyItem(decoyed).elements).toEqual(['other']);
  });

  const scoreOf = (items: ReturnType<typeof loadVoiceCorpus>) => scoreVoice(items.map(readItem));
  for (const split of ['tuning', 'heldout'] as const) {
    it(`keeps the in-house ${split} split's one-line items above their floor (element macro-F1 and sentiment accuracy)`, () => {
      const score = scoreOf(loadVoiceCorpus(split).filter((item) => item.form === 'line'));
      expect(score.macroF1).toBeGreaterThanOrEqual(FLOORS[split].f1);
      expect(score.sentimentAccuracy).toBeGreaterThanOrEqual(FLOORS[split].sentiment);
      for (const e of ELEMENT_IDS) if (score.perElement[e]) expect(score.perElement[e]!.tp).toBeGreaterThan(0);
    });
    it(`keeps the in-house ${split} split's story-form items above their floor`, () => {
      const stories = loadVoiceCorpus(split).filter((item) => item.form === 'story');
      expect(stories.length).toBeGreaterThanOrEqual(25);
      // one item per line, however many sentences: each is read as a story (LONG_ITEM clauses or more), not a review
      for (const story of stories) expect(clausesOf(story.text).length, story.id).toBeGreaterThanOrEqual(LONG_ITEM);
      const score = scoreOf(stories);
      expect(score.macroF1).toBeGreaterThanOrEqual(STORY_FLOORS[split].f1);
      expect(score.sentimentAccuracy).toBeGreaterThanOrEqual(STORY_FLOORS[split].sentiment);
    });
  }
});
