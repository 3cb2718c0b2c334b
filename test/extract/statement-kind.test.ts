import { describe, expect, it } from 'vitest';
import { normaliseUnitText } from '../../src/extract/extract-terms.js';
import { figuresOf, statementKinds, valueSentence } from '../../src/extract/statement-kind.js';
import type { StatementKind } from '../../src/extract/statement-kind-words.js';
import type { Category } from '../../src/terms.js';

/** The kinds of one sentence of our own, read as the extractor's units read it (normaliseUnitText). */
const kinds = (text: string, category?: Category): Set<StatementKind> => statementKinds(text, normaliseUnitText(text), category);

describe('statement kinds (what kind of statement a unit is, and whose policy it states)', () => {
  it('a condition on the value: anywhere in the unit, and whether the unit opens with it', () => {
    expect(kinds('If a parcel reaches you broken, we will cover the postage back to us.').has('leadingCondition')).toBe(true);
    expect(kinds('We cover the postage back to us, provided the parcel reached you broken.').has('conditional')).toBe(true);
    expect(kinds('We cover the postage back to us, provided the parcel reached you broken.').has('leadingCondition')).toBe(false);
    expect(kinds('Our returns window is 30 days from the day your parcel lands.').has('conditional')).toBe(false);
  });

  it('a third party as the one whose rule it is: a carrier, a maker, the law', () => {
    expect(kinds('The courier hands most parcels over within 3 to 6 working days.').has('thirdParty')).toBe(true);
    expect(kinds('Every kettle carries the manufacturer’s own 2-year cover.').has('thirdParty')).toBe(true);
    expect(kinds('Under consumer law you may cancel within 14 days.').has('thirdParty')).toBe(true);
    expect(kinds('We post every order within 2 working days.').has('thirdParty')).toBe(false);
  });

  it('another policy, and another category’s topic than the term’s own', () => {
    expect(kinds('Your coffee subscription box leaves the roastery every second Tuesday.').has('otherPolicy')).toBe(true);
    expect(kinds('Pre-orders are posted 6 weeks after launch.').has('otherPolicy')).toBe(true);
    expect(kinds('Warranty repairs take around 30 days.', 'returns').has('otherTopic')).toBe(true);
    expect(kinds('Returns are accepted within 30 days.', 'returns').has('otherTopic')).toBe(false);
  });

  it('a story, a question, a hedge, an aim, an example, a fragment', () => {
    expect(kinds('Last year I was sorry to see so many parcels held up.').has('narrative')).toBe(true);
    expect(kinds('How long will my parcel take?').has('question')).toBe(true);
    // an FAQ answer joined to its question answers it
    expect(kinds('How long will my parcel take? We post every order within 2 working days.').has('question')).toBe(false);
    expect(kinds('Parcels usually land in 2 to 4 days.').has('hedge')).toBe(true);
    expect(kinds('We aim to post orders the day they come in.').has('aim')).toBe(true);
    expect(kinds('For example, on a £50 order we would refund £45.').has('example')).toBe(true);
    expect(kinds('Items that cannot be sent back:').has('fragment')).toBe(true);
    expect(kinds('We post every order within 2 working days and send a tracking link.').has('fragment')).toBe(false);
  });

  it('one option among several, a scope, and the shopper’s own duty', () => {
    expect(kinds('Locker delivery: 1 to 2 days once posted.').has('option')).toBe(true);
    expect(kinds('Express parcels land the next working day.').has('scope')).toBe(true);
    expect(kinds('You must tell us within 2 days if anything is missing.').has('customerDuty')).toBe(true);
  });

  it('the sentence that carries a value is read apart from its neighbours', () => {
    const unit = 'if an order is late, write to us. we post every order within 2 working days. express costs $9.50.';
    expect(valueSentence(unit, { min: 2, max: 2 })).toBe('we post every order within 2 working days.');
    expect(valueSentence(unit, { amount: 9.5, currency: 'USD' })).toBe('express costs $9.50.');
    // A value with no figure, or one the unit does not spell, is read over the whole unit.
    expect(valueSentence(unit, true)).toBe(unit);
    expect(statementKinds(valueSentence(unit, { min: 2, max: 2 }), valueSentence(unit, { min: 2, max: 2 })).has('conditional')).toBe(false);
  });

  it('a value’s figures include the larger units a page may have written it in', () => {
    expect(figuresOf(24)).toEqual(expect.arrayContaining([24, 2]));
    expect(figuresOf(21)).toEqual(expect.arrayContaining([21, 3]));
    expect(figuresOf({ min: 14, max: 21 })).toEqual(expect.arrayContaining([14, 2, 21, 3]));
    expect(figuresOf('15:00')).toEqual(expect.arrayContaining([15, 3]));
  });

  it('an amount, a percent or a clock hour is no duration: it is not read in larger units', () => {
    expect(figuresOf({ amount: 24, currency: 'USD' })).toEqual([24]);
    expect(figuresOf({ percent: 12 })).toEqual([12]);
    expect(figuresOf('14:00')).toEqual([14, 2]);
  });
});
