/**
 * Issue 11 classes "the wrong number near the right words" and "negation scope": in-house sentences where a number
 * belongs to another clock (processing returns, money reaching the bank, transit, a bank's posting time), a bounded
 * "any time up to", and a "no returns" said of a product group.
 */
import { describe, expect, it } from 'vitest';
import type { TermId } from '../../../src/terms.js';
import { valueOf } from './helpers.js';

type Row = [text: string, term: TermId, expected: unknown];

describe('numbers of another clock are not the return window or refund time', () => {
  it.each<Row>([
    ['We aim to process returns within 2-4 business days of them reaching the workshop.', 'returns.window_days', undefined],
    ['The money lands in your original account within 6 working days after the parcel returns to us.', 'returns.window_days', undefined],
    ['How soon is my card refunded? Transit back to our warehouse can take up to 8 business days.', 'returns.refund_days', undefined],
    ['Orders are processed and delivered within 5 working days.', 'returns.refund_days', undefined],
    ['You should see your money back in 2 to 9 days depending on your bank.', 'guarantee.money_back_days', undefined],
    ['Swap or return it at any time up to 2 months from receipt.', 'returns.window_days', 60],
    // traps: the window and the refund clock themselves
    ['Returns are accepted at any time, with no deadline.', 'returns.window_days', 'unlimited'],
    ['Refunds are processed within 4 business days of your return arriving.', 'returns.refund_days', 4],
  ])('%s → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});

describe('"no returns" said of a product group is an exclusion, not the shop refusing returns', () => {
  it.each<Row>([
    ['No returns & exchanges on cushions or bedding for hygiene reasons.', 'returns.accepted', undefined],
    ['Everything bought in our 40% off sale is final sale, no returns, no exchanges.', 'returns.accepted', undefined],
    ['Everything bought in our 40% off sale is final sale, no returns, no exchanges.', 'returns.final_sale_exclusions', true],
    // trap: the whole shop
    ['No returns or exchanges, all sales are final.', 'returns.accepted', false],
  ])('%s → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});
