/**
 * A refusal of returns said as a noun phrase ("no refunds or returns", "a no-return policy"), and a refusal limited by
 * time or condition (src/extract/rules/returns.ts, issue 11). In-house sentences: the whole refusal sets
 * returns.accepted false; a refusal that names goods, a time or a missing receipt after it limits some returns only.
 */
import { describe, expect, it } from 'vitest';
import type { TermId } from '../../../src/terms.js';
import { valueOf } from './helpers.js';

type Row = [text: string, term: TermId, expected: unknown];

describe('a refusal said as a noun phrase', () => {
  it.each<Row>([
    ['Our policy\n\nNo refunds or returns, sorry!', 'returns.accepted', false],
    ['Our policy\n\nThis studio keeps a no refund/no return/no exchange policy.', 'returns.accepted', false],
    ['Our policy\n\nThis studio keeps a no refund/no return/no exchange policy.', 'returns.exchanges', false],
    ['Our policy\n\nWe have a strict no-returns policy.', 'returns.accepted', false],
    ['Our policy\n\nPlease note: no returns, refunds or exchanges.', 'returns.accepted', false],
    // traps: limited to goods, a time or a condition; or refunds only, which leaves credit and exchanges open
    // "no returns after 14 days" is the window said negatively: returns are taken until then
    ['Our policy\n\nNo returns after 14 days.', 'returns.accepted', true],
    ['Our policy\n\nNo refunds or returns on opened jars of honey.', 'returns.accepted', undefined],
    ['Our policy\n\nNo returns without the order number.', 'returns.accepted', undefined],
    ['Our policy\n\nNo refunds.', 'returns.accepted', undefined],
    ['Our policy\n\nNo return shipping fee applies to exchanges.', 'returns.accepted', undefined],
    ['Our guarantee\n\nNot happy? We refund you in full, no returns necessary.', 'returns.accepted', undefined],
  ])('%j → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});

describe('a refusal limited by time or condition after its verb', () => {
  it.each<Row>([
    // the passive verb stands between the refusal and its limit: the window's end, not a refusal of exchanges
    ['Our policy\n\nNo returns or exchanges will be accepted after 30 days from the date of purchase.', 'returns.exchanges', undefined],
    ['Our policy\n\nNo exchanges are given without the original receipt.', 'returns.exchanges', undefined],
    // said of everything, it still refuses
    ['Our policy\n\nNo exchanges are accepted.', 'returns.exchanges', false],
  ])('%j → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});

describe('a refusal whose negation sits on its modal or passive verb', () => {
  it.each<Row>([
    ['Our policy\n\nReturns will not be accepted.', 'returns.accepted', false],
    ['Our policy\n\nRefunds and returns cannot be given.', 'returns.accepted', false],
    ["Our policy\n\nI'm not able to accept returns, as every mug is thrown to order.", 'returns.accepted', false],
    ['Our policy\n\nWe are not accepting returns at the moment.', 'returns.accepted', false],
    ['Our policy\n\nReturns: not accepted.\nExchanges: not offered.', 'returns.accepted', false],
    ['Our policy\n\nPlease note that items cannot be returned.', 'returns.accepted', false],
    ['Our policy\n\nWe do not take back any goods.', 'returns.accepted', false],
    // traps: a kind of return or goods, a consequence of a condition, a limit after it
    ['Returns\n\nYou may send items back within 30 days. Unauthorised returns will not be processed.', 'returns.accepted', true],
    ['Returns\n\nYou may send items back within 30 days. Sale items cannot be returned.', 'returns.accepted', true],
    ['Returns\n\nYou may send items back within 30 days. Tags must be attached, or your refund will not be issued.', 'returns.accepted', true],
    ['Returns\n\nYou may send items back within 30 days. Returns will not be accepted after that.', 'returns.accepted', true],
  ])('%j → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});
