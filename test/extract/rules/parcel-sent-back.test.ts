/**
 * A parcel sent back is another process than a return (src/extract/rules/other-policy.ts, issue 11): a delivery the
 * buyer could not take, and a return that arrived too late and is posted back. In-house sentences.
 */
import { describe, expect, it } from 'vitest';
import type { TermId } from '../../../src/terms.js';
import { valueOf } from './helpers.js';

type Row = [text: string, term: TermId, expected: unknown];

describe('a parcel sent back is not the returns policy', () => {
  it.each<Row>([
    // the late return's parcel back is the buyer's cost, not the return postage
    ['Returns\n\nUnused items may be returned within 30 days. Returns received after this date will be posted back to you at your expense.', 'returns.return_shipping', undefined],
    ['Returns\n\nUnused items may be returned within 30 days. Returns received after this date will be posted back to you at your expense.', 'returns.window_days', 30],
    // a missed delivery of perishables gets no refund: the failed delivery's rule, not an exclusion
    ['Delivery\n\nOur flowers are perishable, so if you are unable to accept the delivery and it returns to our depot, we cannot give a refund.', 'returns.final_sale_exclusions', undefined],
    // an exclusion said plainly still counts
    ['Returns\n\nPerishable goods cannot be returned.', 'returns.final_sale_exclusions', true],
  ])('%j → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});
