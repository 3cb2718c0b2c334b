/**
 * What a refusal covers (src/extract/rules/refusal-reach.ts, issue 11): one kind of goods is a final-sale exclusion and
 * leaves the returns policy standing; a statutory carve-out keeps the refusal whole; a wait ("until the goods are
 * back") refuses nothing. In-house sentences written for each class.
 */
import { describe, expect, it } from 'vitest';
import { afterRefusal, refusalReach } from '../../../src/extract/rules/refusal-reach.js';
import type { TermId } from '../../../src/terms.js';
import { valueOf } from './helpers.js';

type Row = [text: string, term: TermId, expected: unknown];

describe('the reach read from the words after a refusal', () => {
  it.each<[string, ReturnType<typeof refusalReach>]>([
    [' or swaps for any knit wear due to hygiene reasons.', 'goods'],
    [' on pierced earrings.', 'goods'],
    [' or exchanges except where required by the consumer law.', 'all'],
    [' except as provided under your statutory rights.', 'all'],
    [' will be issued until the parcel is back with us and inspected.', 'condition'],
    [' for any reason.', undefined],
    [' of any kind.', undefined],
    [' for international orders.', undefined],
    [' after 30 days.', undefined],
  ])('%j → %s', (rest, expected) => {
    expect(refusalReach(rest)).toBe(expected);
  });
});

describe('the words after a refusal, past the other refused things and its passive verb', () => {
  it.each<[string, string]>([
    [' or refunds will be given after 30 days.', ' after 30 days.'],
    [', or swaps are accepted on sale items.', ' on sale items.'],
    [' can be done without the receipt.', ' without the receipt.'],
    [' on worn shoes.', ' on worn shoes.'],
  ])('%j → %j', (rest, expected) => {
    expect(afterRefusal(rest)).toBe(expected);
  });
});

describe('a refusal of one kind of goods is an exclusion, not "no returns"', () => {
  const page =
    'Refunds\n\nUnworn items can be sent back within 10 days of delivery for store credit. The buyer pays the postage back.\n\n' +
    'Please note there are NO refunds and NO returns or swaps for any knit wear because of hygiene.';
  it.each<Row>([
    [page, 'returns.accepted', true],
    [page, 'returns.window_days', 10],
    [page, 'returns.final_sale_exclusions', true],
    [page, 'returns.refund_method', ['store_credit']],
  ])('%j → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});

describe('a statutory carve-out keeps the refusal whole', () => {
  const page = 'Returns\n\nWe do not give refunds or exchanges except where the Fair Trading Act requires it.';
  it.each<Row>([
    [page, 'returns.accepted', false],
  ])('%j → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});

describe('a reason or a wait is not what limits a refusal', () => {
  it.each<Row>([
    // a reason before the refusal names why, not which goods: every sale is final
    ['Returns\n\nAs each mug is thrown to your order, every sale is final and we don\u2019t accept returns or exchanges.', 'returns.exchanges', false],
    // "until" says when the exchange happens, not that there is none
    ['Returns\n\nUnworn pieces may be returned within 21 days for an exchange. No exchange or refund will be made until the piece is back at our studio and checked.', 'returns.exchanges', true],
  ])('%j → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});
