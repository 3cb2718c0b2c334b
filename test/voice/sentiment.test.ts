import { describe, expect, it } from 'vitest';
import { analyzeItem } from '../../src/voice/analyze-item.js';
import { LONG_ITEM, afinnScore, clauseScores, itemLeaning, leaning, properNames, withRating } from '../../src/voice/sentiment.js';
import { words } from '../../src/voice/tokens.js';
import { FAILED_OUTCOME_SCORE } from '../../src/voice/service-lexicon.js';

const sentiment = (text: string, rating?: number): string => analyzeItem(text, rating).sentiment;

describe('sentiment with negation', () => {
  it('"not slow" is not negative', () => {
    expect(sentiment('Delivery was not slow at all.')).not.toBe('negative');
    expect(sentiment('Shipping was slow.')).toBe('negative');
  });

  it('a negator flips praise too ("not helpful", "never friendly")', () => {
    expect(sentiment('The support team was not helpful.')).toBe('negative');
    expect(sentiment('Staff were helpful.')).toBe('positive');
  });

  it('phrases that carry their own negator are read once, not flipped again', () => {
    expect(sentiment('No reply to my emails.')).toBe('negative');
    expect(sentiment('Returned it with no hassle.')).toBe('positive');
    expect(sentiment('Exchanged without any fuss.')).toBe('positive');
  });

  it('a negation does not reach past a comma or a "but"', () => {
    expect(sentiment('Not quick, but the staff were lovely.')).toBe('mixed');
  });

  it('a negation runs along a list joined by "or", a comma before the joiner included', () => {
    expect(sentiment('The man at the counter was not pushy, or rude, or in a hurry to get rid of me.')).toBe('positive');
    expect(sentiment('A real person answered straight away. No menu, no robot, never a queue or hold music or a dropped call.')).toBe('positive');
    expect(sentiment('Still no reply to my email or any call back.')).toBe('negative');
    // a comma with no joiner still ends it
    expect(sentiment('Not quick, rude too.')).toBe('negative');
    // "nor" denies on its own, whether it joins a list or opens the sentence
    expect(sentiment('The driver was never late nor careless.')).toBe('positive');
    expect(sentiment('Nor was anyone helpful.')).toBe('negative');
  });

  it.each([
    // the tokens drop the hyphen: "my go-to shop" is praise, "go to the post office" is nothing
    ['They are my go-to shop for gifts.', 'positive'],
    ['I had to go to the post office to collect it.', 'neutral'],
    // "the next day" is praise beside an arrival, and otherwise the clock of a story
    ['It arrived the next day.', 'positive'],
    ['The next day I rang the shop about the invoice.', 'neutral'],
  ])('reads a phrase by its use, not its words: "%s" is %s', (text, want) => {
    expect(sentiment(text)).toBe(want);
  });

  it('reads a turning word that is itself a verdict ("what a shame that…") instead of dropping it at the turn', () => {
    expect(sentiment('What a shame that they do not stock spare parts.')).toBe('negative');
  });

  describe('degree words say how much, not which way', () => {
    const score = (text: string): number => clauseScores(words(text), text).reduce((a, b) => a + b, 0);

    it('a degree word before a scored word adds no polarity of its own ("pretty", "bloody", "super")', () => {
      expect(score('bloody brilliant service')).toBe(score('brilliant service'));
      expect(score('the box was pretty dented')).toBe(score('the box was dented'));
      expect(score('super quick delivery')).toBe(score('quick delivery'));
      expect(sentiment('Bloody brilliant, they sorted it in a day.')).toBe('positive');
      expect(sentiment('The box was pretty dented.')).toBe('negative');
    });

    it('a run of degree words all modify the scored word after them', () => {
      expect(score('really very slow')).toBe(score('slow'));
      expect(score('pretty damn good')).toBe(score('good'));
    });

    it('a downtoner softens what follows ("a bit late" is milder than "late")', () => {
      expect(score('it was a bit late')).toBeCloseTo(score('it was late') / 2);
      expect(score('it was a bit late')).toBeLessThan(0);
    });

    it('negation still turns a modified word round ("not very helpful")', () => {
      expect(sentiment('The support team was not very helpful.')).toBe('negative');
    });

    it('an adverb made from an evaluative adjective is a degree word before a scored word ("amazingly disappointed")', () => {
      expect(score('I was amazingly disappointed')).toBe(score('I was disappointed'));
      expect(score('the courier was horribly slow')).toBe(score('the courier was slow'));
      expect(score('wonderfully quick replies')).toBe(score('quick replies'));
      expect(sentiment('I was amazingly disappointed when the screen failed after a week.')).toBe('negative');
      // an adjective that ends in -ly keeps its own score, and so does an adverb with nothing scored after it
      expect(score('lovely customer service')).toBeGreaterThan(0);
      expect(score('it arrived, amazingly')).toBeGreaterThan(0);
    });

    it('a degree word at the end of its clause keeps its own score ("it was super")', () => {
      expect(score('it was super')).toBeGreaterThan(0);
      expect(score('the fitters were super, the paperwork was not')).toBeGreaterThan(0);
    });

    it('an intensifier before a word it does not score still says how much, not which way ("pretty much", "pretty typical")', () => {
      expect(score('pretty much everything went missing')).toBe(score('everything went missing'));
      expect(score('it was a pretty typical Tuesday')).toBe(0);
    });
  });

  it('praise and complaint on either side of "but" make a mixed item', () => {
    expect(sentiment('The quilt is gorgeous but it took nearly two weeks to arrive.')).toBe('mixed');
  });

  describe('a name is no opinion', () => {
    it('finds a run of capitalised words inside a sentence as a name, by its word pairs', () => {
      expect(properNames('I went back to Best Choice Electrical on Monday.')).toEqual(new Set(['best choice', 'choice electrical']));
      // shouted words and a sentence's first word are not names
      expect(properNames('It was WRONG AGAIN.')).toEqual(new Set());
      expect(properNames('Great service. Lovely staff.')).toEqual(new Set());
    });

    it('does not read the praise words of a shop name as praise, wherever the name stands', () => {
      expect(sentiment('Tried to return a toaster at Best Choice Electrical and the lad there was rude and walked off.')).toBe('negative');
      expect(sentiment('Best Choice Electrical kept me waiting. I will not go back to Best Choice Electrical.')).toBe('negative');
      // the words keep their meaning outside the name
      expect(sentiment('Best service I have had from an electrical shop.')).toBe('positive');
    });
  });

  it('a question asks and does not judge', () => {
    expect(sentiment('Can I return an opened bag if my dog will not eat it?')).toBe('neutral');
  });

  it('a question quoted, emphasised or listed still asks: the marks around it do not make it a verdict', () => {
    expect(sentiment('“Can I get my money back instead of a useless voucher?”')).toBe('neutral');
    expect(sentiment('**Can I get my money back instead of a useless voucher?**')).toBe('neutral');
    expect(sentiment('• Do I have to pay the awful return postage myself?')).toBe('neutral');
  });

  it('the rating has the last word at 1 and 5 stars, and tips a neutral text at 2 and 4', () => {
    expect(sentiment('Oh great, it came the day after my trip. Brilliant.', 1)).toBe('negative');
    expect(sentiment('Arrived on Tuesday.', 4)).toBe('positive');
    expect(withRating('neutral', 2)).toBe('negative');
    expect(withRating('mixed', 4)).toBe('mixed');
    expect(withRating('negative', 3)).toBe('negative');
    expect(withRating('positive', undefined)).toBe('positive');
  });

  it('scores each element by the clauses that mention it', () => {
    const item = analyzeItem('Delivery was quick. The refund took a month to come through.');
    expect(item.elements).toEqual(expect.arrayContaining(['delivery_speed', 'returns']));
    expect(item.perElement.delivery_speed).toBe('positive');
    expect(item.perElement.returns).toBe('negative');
    expect(item.sentiment).toBe('mixed');
  });

  it('reads whether the customer will come back as their verdict, turned round by a negator', () => {
    expect(sentiment('After all that, I will happily use them again.')).toBe('positive');
    expect(sentiment('I promised myself never to order from that place again.')).toBe('negative');
    expect(sentiment('We will not be shopping there again.')).toBe('negative');
  });

  it('reads a greeting as form, not praise, whatever happened before it', () => {
    expect(sentiment('The agent said the size is discontinued and was no help at all. Happy holidays, she said.')).toBe('negative');
    expect(sentiment('Refund refused again. Have a nice day, says the email.')).toBe('negative');
  });

  it("reads the writer's luck and hopes as no praise of the shop, whichever word tells them", () => {
    expect(sentiment('Luckily I was home, because the courier came a day late.')).toBe('negative');
    expect(sentiment('Still no refund after three weeks. Hopefully it comes before Christmas.')).toBe('negative');
    expect(sentiment('Fortunately I checked the box: the wrong lamp again. Good luck getting them to answer.')).toBe('negative');
    expect(sentiment('Thankfully the replacement came the next day.')).toBe('positive');
  });

  it('reads the forms of a letter as form, not feeling', () => {
    expect(sentiment('Dear Sir, I am writing about order 5512. Kind regards, Ann')).toBe('neutral');
    expect(sentiment('Dear team, the parcel never arrived. Best wishes')).toBe('negative');
  });

  it('reads a one-word entry of the service lexicon as that word and its inflections, not its stem', () => {
    // "goods" (what was in the parcel) is neutral, "good" is not; "please" is politeness, "pleased" is praise
    expect(sentiment('The goods arrived.')).toBe('neutral');
    expect(sentiment('The service was good.')).toBe('positive');
    expect(sentiment('We are really pleased with it.')).toBe('positive');
    expect(sentiment('The staff were supportive throughout.')).toBe('positive');
    // the entry's own inflections keep its score: "delays" and "delaying" are as bad as "delay"
    expect(sentiment('More delays.')).toBe('negative');
  });

  it('looks AFINN up by word and its inflections, not by stem ("has" is not "ha", "use" is not "useful")', () => {
    expect(afinnScore('has')).toBeUndefined();
    expect(afinnScore('wondering')).toBeUndefined();
    expect(afinnScore('delays')).toBe(afinnScore('delay'));
    expect(afinnScore('stopped')).toBe(afinnScore('stop'));
  });

  it('reads what went wrong when a story tells it as events, without a feeling word', () => {
    expect(sentiment('The delivery slot came and went.')).toBe('negative');
    expect(sentiment('I had to ring them again on Monday.')).toBe('negative');
    expect(sentiment('Two weeks on and they still have not sent it.')).toBe('negative');
    // damage to the goods, which AFINN leaves unscored
    expect(sentiment('Box soaked through and two of the mugs smashed.')).toBe('negative');
    expect(sentiment('The kettle was faulty out of the box.')).toBe('negative');
  });

  it('reads a compound with "free" as praise, not as its first half ("hassle-free" is no hassle)', () => {
    expect(sentiment('Returns were hassle-free.')).toBe('positive');
    expect(sentiment('A trouble-free order from start to finish.')).toBe('positive');
    expect(sentiment('What a hassle.')).toBe('negative');
  });

  it('reads the goods not working, told as an event ("it doesn\'t work", "it won\'t switch on"), as bad news, and working as nothing', () => {
    const clause = (text: string): number => clauseScores(words(text), text).reduce((a, b) => a + b, 0);
    for (const text of ["It doesn't work!", "The kettle won't switch on.", 'The replacement never worked.']) expect(clause(text), text).toBeLessThan(0);
    // working said plainly judges nothing, and "work out" is the writer's puzzle, not the goods
    for (const text of ['It works.', 'I could not work out which box it came in.']) expect(clause(text), text).toBe(0);
  });

  it('reads an outcome the customer waited for as bad news when it did not happen, and as nothing when it did', () => {
    for (const text of ['I have not received the replacement.', 'Nobody ever called back.', 'The refund never came through.']) expect(sentiment(text), text).toBe('negative');
    for (const text of ['The replacement arrived on Thursday.', 'They called back on Thursday.']) expect(sentiment(text), text).toBe('neutral');
    // the customer not doing it is the customer's own story, not a failed service; the customer not receiving still is
    for (const text of ['I did not answer the door.', 'I had not replied yet.', 'We could not come in on Friday.']) expect(sentiment(text), text).toBe('neutral');
    expect(sentiment('I never received a reply.')).toBe('negative');
  });

  it('reads a wait told as a span ("six weeks later", "a further 3 week wait", "running behind") as bad news', () => {
    const waits = ['Six weeks later the chair turned up.', 'Now they say it is a further 3 week wait.', 'The fitters rang to say they were running behind.'];
    for (const text of waits) expect(sentiment(text), text).toBe('negative');
  });

  it('does not count what the shop promised as praise ("was told it would come quickly"), but still counts bad news reported', () => {
    expect(sentiment('I was told someone would call me back within the hour, and nobody did.')).toBe('negative');
    expect(sentiment('They told me the parcel was lost.')).toBe('negative');
    expect(sentiment('Someone called me back within the hour.')).toBe('positive');
  });

  it('reads praise of what should have happened as the outcome missed, but not a guess, a negated modal or "have" as a verb', () => {
    const clause = (text: string): number => clauseScores(words(text), text).reduce((a, b) => a + b, 0);
    expect(clause('The fitting should have been easy.')).toBeLessThan(0);
    expect(clause("They could've handled the mix-up better.")).toBeLessThan(0);
    expect(clause('The fitting was easy.')).toBeGreaterThan(0);
    // a guess at what did happen, praise at its strongest, and "have" as a verb of its own keep their praise
    expect(clause('It must have been lovely to see.')).toBeGreaterThan(0);
    expect(clause('The driver could not have been more helpful.')).toBeGreaterThan(0);
    expect(clause('I cleared the morning so I would have the pleasure of meeting the fitter.')).toBeGreaterThan(0);
  });

  it('reads a praise word said again after "just" as scorn, whatever the word', () => {
    expect(sentiment('Four hours on hold. Fine, just fine.')).toBe('negative');
    expect(sentiment('The box came open again. Wonderful, simply wonderful.')).toBe('negative');
    expect(sentiment('Just lovely service from start to end.')).toBe('positive');
  });

  it('reads a long story by the weight of each side, and a short review as mixed as soon as it praises and complains', () => {
    const story =
      'We had a lovely week planned. The sofa was due on Monday. Monday came and went. I had to ring them twice. ' +
      'Nobody could tell me where it was. It finally turned up nine days late.';
    expect(sentiment(story)).toBe('negative');
    expect(leaning([4, -2], 2)).toBe('mixed');
    expect(leaning([6, -2], LONG_ITEM)).toBe('positive');
    expect(leaning([3, -1.5], LONG_ITEM)).toBe('mixed');
    // a complaint weighs more than praise in a story: 8 against 4 would lean positive unweighted
    expect(leaning([8, -4], LONG_ITEM)).toBe('mixed');
  });

  it('in a story, how it turned out (the last clauses) weighs more than how it began', () => {
    const about = (score: number) => ({ scores: [score], elements: ['delivery_speed' as const] });
    expect(itemLeaning([about(-2), about(0), about(0), about(0), about(4)])).toBe('positive');
    expect(itemLeaning([about(4), about(0), about(0), about(0), about(-2)])).toBe('negative');
    const story =
      'The table was meant to come on the Friday. Friday came and nobody turned up. I rang and got a new date. ' +
      'In the end two lovely men carried it in on the Monday, set it up and took the cardboard away. Really pleased with how they sorted it.';
    expect(sentiment(story)).not.toBe('negative');
    // and no one clause outweighs the rest however much it gushes
    expect(itemLeaning([about(12), about(-2), about(-2), about(0)])).not.toBe('positive');
  });

  it('a story whose close turns against the way it leans ends holding both, so it is mixed', () => {
    const about = (score: number) => ({ scores: [score], elements: ['delivery_speed' as const] });
    // a complaint told at length, then praise of something else standing at the end
    expect(itemLeaning([about(-4), about(-3), about(-4), about(0), about(0), about(2), about(3)])).toBe('mixed');
    // a kind word in the middle of the same complaint is no close
    expect(itemLeaning([about(-4), about(3), about(-3), about(-4), about(0), about(0), about(-2)])).toBe('negative');
    // praise told at length, then a complaint left standing at the end
    expect(itemLeaning([about(4), about(3), about(4), about(0), about(0), about(-2), about(-3)])).toBe('mixed');
    const story =
      'The bookcase was promised for the first week of May. I rang three times and got three different dates. ' +
      'It finally came five weeks late, after I had given up on it. That said, the two lads who carried it up were brilliant, careful on the stairs and lovely.';
    expect(sentiment(story)).toBe('mixed');
  });

  it("a story turns where the writer's expectation is overturned in praise, when nothing is complained of after it", () => {
    const about = (score: number, turn = false) => ({ scores: [score], elements: ['order_processing' as const], turn });
    // the fault and the fear before the turn are what the shop put right: the story is praise
    expect(itemLeaning([about(-4), about(-3), about(-2), about(3, true), about(2)])).toBe('positive');
    expect(itemLeaning([about(-4), about(-3), about(-2), about(3), about(2)])).not.toBe('positive');
    // a complaint standing after the turn keeps the whole story's complaints
    expect(itemLeaning([about(-4), about(-3), about(3, true), about(-3), about(-2)])).toBe('negative');
    // a turn phrase in a clause that does not praise is the fear itself, no turn
    expect(itemLeaning([about(-4), about(-3), about(-2, true), about(2), about(1)])).not.toBe('positive');
    const story =
      'The fan heater they sent was the wrong model. The box was battered and torn as well. I did not expect much from an email to them. ' +
      'To my relief, they replied within the hour with an apology. The right heater came two days later.';
    expect(sentiment(story)).toBe('positive');
    expect(sentiment(story.replace('To my relief, they', 'They'))).toBe('mixed');
  });

  it('reads an act the shop did for the writer ("they sent me a new one") as praise, but not a request, a promise or an act not done', () => {
    const clause = (text: string): number => clauseScores(words(text), text).reduce((a, b) => a + b, 0);
    for (const text of ['They sent me a new one the next morning.', 'He refunded me in full there and then.', 'She found us another pair in the back.', 'The engineer fitted us with a new drum.',
      // the act's clause starts after a joiner or a comma: the "to" of the clause before is no promise; "he'd sent" is "had"
      // a review that speaks to the shop calls it "you": the shop doing, not the writer
      'You sent me a new one the next morning.', 'I took it back to the shop and they found me another.', 'By the time I rang, he\'d sent me a new one.',
      // a "to" ending a relative clause, right before the past act, is no infinitive: the man I spoke to did it
      'The man I spoke to refunded me the same week.', 'The branch I took it back to replaced the shade.']) {
      expect(clause(text), text).toBeGreaterThan(0);
    }
    // the writer as the doer, no doer (a request), a promise, a modal, a negator, or nothing given: no act done
    for (const text of [
      'I sent them the photos.', 'Send me a new one please.', 'They said they would send me a new one.', 'They promised to refund us.',
      'They could have refunded me.', 'They never sent me anything.', 'They sent me no reply.', 'They sent me to another branch.',
      'I asked them to check whether they sent me a new one.', 'He\'d have sent me one if I paid.',
    ]) {
      expect(clause(text), text).toBeLessThanOrEqual(0);
    }
    // an act verb that scores of itself is praise once, not twice
    expect(clause('The man even helped me carry it.')).toBe(clause('The man even helped carry it.'));
    // in a part that complains, the act is what went wrong, not a gift
    expect(clause('They sent me the wrong size.')).toBeLessThan(0);
    // a story that ends on a remedy beside a complaint still held holds both; told without the act, it read as the complaint
    const story = 'The lamp came a week late, which was annoying. The box had been opened. I emailed them about it. The owner refunded me the postage the same day.';
    expect(sentiment(story.replace('The owner refunded me the postage', 'The postage came back'))).toBe('negative');
    expect(sentiment(story)).toBe('mixed');
  });

  it('reads a part about shops in general ("most shops never answer", "garages can be a nightmare") as no verdict on this shop', () => {
    const clause = (text: string): number => clauseScores(words(text), text).reduce((a, b) => a + b, 0);
    for (const text of ['Most shops never answer an email like that.', 'Some companies do a much better job than others.', 'Couriers can be hopeless at Christmas.', 'A good lamp shop can be a real help.', 'Many retailers usually charge a fortune for postage.']) {
      expect(clause(text), text).toBe(0);
    }
    // the shop itself, a comparison that praises it over the others, and the part after a turn still count
    expect(clause('The shop never answered my email.')).toBeLessThan(0);
    expect(clause('They were far more helpful than the other places I looked at.')).toBeGreaterThan(0);
    expect(clause('Most shops charge for returns, but this one was brilliant.')).toBeGreaterThan(0);
    const story =
      'Some companies do a far better job than others, and most shops are lovely until something goes wrong. ' +
      'I ordered a floor lamp in May. It came a month late. Nobody answered my emails. I had to ring twice to find out where it was.';
    expect(sentiment(story)).toBe('negative');
  });

  it('reads a remedy as an act done for the writer whatever its object ("he swapped the wheel"), and a remedy refused as a failed outcome', () => {
    const clause = (text: string): number => clauseScores(words(text), text).reduce((a, b) => a + b, 0);
    for (const text of ['The owner refunded the postage the same day.', 'So he swapped wheels and fitted the right one.', 'They exchanged the boots for a bigger pair.', 'The engineer repaired the dimmer on the spot.']) {
      expect(clause(text), text).toBeGreaterThan(0);
    }
    // a promise, a request, the writer's own act, a remedy not done, or nothing put right is no remedy
    for (const text of ['They promised to refund the postage.', 'Please exchange the boots.', 'I exchanged the boots myself at the other branch.', 'They never refunded the postage.', 'They refunded nothing.']) {
      expect(clause(text), text).toBeLessThanOrEqual(0);
    }
    // the shop refusing a remedy is the outcome failed, not only a step not taken
    expect(clause('The store would not swap it.')).toBe(FAILED_OUTCOME_SCORE);
    expect(clause('The store would not swap it.')).toBeLessThan(clause('The store would not look at it.'));
    // a story of two branches, one refusing the swap and one doing it, holds both
    const story =
      'I bought a lamp at the Leeds branch as a present. My sister wanted it in green. At the Harrogate branch they would not swap it without the receipt. ' +
      'The next week the Leeds branch swapped it in five minutes. Same shop, two answers.';
    expect(sentiment(story)).toBe('mixed');
  });

  it('reads the shop not doing, told as a plain event ("they could not find my order"), as a complaint, but not the writer or the goods', () => {
    // "want" is listed at 0 in the lexicon: a word that scores nothing is still a denied verb
    for (const text of ['They could not find my order.', 'The store will not do anything about it.', 'She did not listen.', 'They cannot find my order.', 'She did not want to know.']) {
      expect(sentiment(text), text).toBe('negative');
    }
    // "cannot" is read as "can't"; a denied verb another rule scores is counted once
    const clause = (text: string): number => clauseScores(words(text), text).reduce((a, b) => a + b, 0);
    expect(clause('They cannot find my order.')).toBe(clause("They can't find my order."));
    expect(clause('They did not reply.')).toBe(clause('I did not get a reply.'));
    // praise at its strongest, a difficulty not made, the writer's own story and the goods are not the shop failing to act
    for (const text of ['They could not have been more helpful.', 'He did not even ask for the receipt.', 'They did not charge me for the new strap.']) expect(sentiment(text), text).not.toBe('negative');
    for (const text of ['I did not answer the door.', 'The boots did not fit.']) expect(sentiment(text), text).not.toBe('negative');
  });

  it('a story is mixed when it praises the goods and complains about the service, however the weights fall', () => {
    const goods = (score: number) => ({ scores: [score], elements: ['product_quality' as const] });
    const service = (score: number) => ({ scores: [score], elements: ['response_time' as const] });
    expect(itemLeaning([goods(3), service(-3), service(-3), service(-4), service(0)])).toBe('mixed');
    expect(itemLeaning([goods(-3), service(-3), service(-3), service(0), service(0)])).toBe('negative');
    const story =
      'My sister recommended the shop. I ordered the walking boots in March. The boots themselves are superb quality. ' +
      'But I emailed twice about the missing insoles and heard nothing back. Nobody answered the phone either.';
    expect(sentiment(story)).toBe('mixed');
  });
});
