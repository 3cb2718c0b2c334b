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
