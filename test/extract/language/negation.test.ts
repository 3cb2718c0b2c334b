/**
 * Negation windows (src/extract/language/negation.ts): a negator reaches the cue after it within its own clause, and a
 * coordinated clause with its own subject and verb ends that reach, while an "and" between two nouns does not.
 */
import { describe, expect, it } from 'vitest';
import { REFUSAL_BEFORE, negatedAfter, negatedAt } from '../../../src/extract/language/negation.js';
import { valueOf } from '../rules/helpers.js';

/** Whether the first occurrence of `word` in `text` is negated. */
const negated = (text: string, word: string): boolean => negatedAt(text, text.indexOf(word));

describe('negatedAt', () => {
  it.each<[string, string, boolean]>([
    ['we do not offer exchanges', 'exchanges', true],
    ['we do not offer refunds and exchanges', 'exchanges', true],
    ['no returns and no exchanges', 'exchanges', true],
    ['original postage is non-refundable and the shopper pays the return label', 'shopper', false],
    ['original postage is non-refundable and the shopper pays the return label', 'pays', false],
    ['gift cards cannot be refunded and we send every order by tracked post', 'tracked', false],
    ['delivery fees are not refunded and you cover the return trip', 'cover', false],
    ['no sale items, but we do offer exchanges', 'exchanges', false],
    ['we offer no-quibble exchanges', 'exchanges', false],
    // A reluctance negated is an invitation: the act after it is offered, not refused.
    ["please don't hesitate to email our team", 'email', false],
    ['never be afraid to call us about an order', 'call', false],
    ['do not hesitate to ask for an exchange', 'exchange', false],
    ["we don't take calls about orders", 'calls', true],
  ])('%s → "%s" negated: %s', (text, word, expected) => {
    expect(negated(text, word)).toBe(expected);
  });

  it('keeps the narrow comma-free refusal for rules that need it', () => {
    expect(REFUSAL_BEFORE.test('we are unable to take orders by ')).toBe(true);
    expect(REFUSAL_BEFORE.test('we no longer answer the ')).toBe(true);
    expect(REFUSAL_BEFORE.test("if you can't find it, ")).toBe(false);
  });
});

describe('a channel offered after a negated reluctance is read', () => {
  it('keeps the address of "don\u2019t hesitate to contact us at …"', () => {
    expect(valueOf('To start a return, don\u2019t hesitate to contact us at help@fernbrook.example for a label.', 'support.channels')).toEqual(['email']);
  });
});

describe('a payer in a clause after a refused one is read', () => {
  it.each<[string, unknown]>([
    ['Original shipping charges are non-refundable and the returnee is responsible for return shipping.', 'customer'],
    ['Outbound delivery is not refunded and the buyer pays return postage.', 'customer'],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.return_shipping')).toEqual(expected);
  });
});

describe('negatedAfter: a verb negated after its subject, within the sentence', () => {
  const after = (s: string, cue: string): boolean => negatedAfter(s, s.indexOf(cue) + cue.length);
  it('reads not, cannot, unable, never and -n\'t after the cue', () => {
    expect(after('returns from international customers are not accepted', 'international customers')).toBe(true);
    expect(after('overseas orders cannot be returned by post', 'overseas orders')).toBe(true);
    expect(after('foreign buyers won\'t be refunded the postage', 'foreign buyers')).toBe(true);
  });
  it('stops at the sentence end and past its reach', () => {
    expect(after('international customers pay the return postage. we do not refund it', 'international customers')).toBe(false);
    expect(after('international customers are welcome to send their parcels back to our workshop, which is not open on sundays', 'international customers')).toBe(false);
  });
  it('a "no" is not a verb\'s negator here', () => {
    expect(after('overseas orders with no receipt are refunded as credit', 'overseas orders')).toBe(false);
  });
});
