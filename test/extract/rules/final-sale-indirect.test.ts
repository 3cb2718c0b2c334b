/**
 * Final-sale exclusions stated indirectly (issue 11): a group that "cannot be sent back" without the words "final sale",
 * "no returns on …" for any named group, an exception inside the permission to return, only full-price goods coming
 * back. In-house sentences; traps that state a condition or refuse everything.
 */
import { describe, expect, it } from 'vitest';
import type { TermId } from '../../../src/terms.js';
import { valueOf } from './helpers.js';

type Row = [text: string, term: TermId, expected: unknown];

describe('final-sale exclusions said indirectly', () => {
  it.each<Row>([
    ['No returns & exchanges on cushions, throws or rugs for health reasons.', 'returns.final_sale_exclusions', true],
    ['There are no refunds for subscription boxes.', 'returns.final_sale_exclusions', true],
    ['No returns or refunds are allowed for the following:', 'returns.final_sale_exclusions', true],
    ['For hygiene reasons we cannot accept the return of pierced studs, unless faulty.', 'returns.final_sale_exclusions', true],
    ['Only regular-priced items may be refunded.', 'returns.final_sale_exclusions', true],
    ['You may return any tea or honey (except for anything that must be kept chilled) within 30 days.', 'returns.final_sale_exclusions', true],
    ['Where a bracelet has been made to measure, unless faulty we are unable to offer a refund.', 'returns.final_sale_exclusions', true],
    ['Refunds on change-of-mind purchases do not apply to printed banners or custom-made signs.', 'returns.final_sale_exclusions', true],
    // traps
    ['No returns on items after 30 days.', 'returns.final_sale_exclusions', undefined],
    ['We cannot accept returns of items that show wear or marks made after delivery.', 'returns.final_sale_exclusions', undefined],
    ['No returns or refunds are allowed for the following:', 'returns.accepted', undefined],
    ['All sales are final, unless the goods arrive damaged in transit.', 'returns.accepted', false],
    ['All sales are final, unless the goods arrive damaged in transit.', 'returns.final_sale_exclusions', undefined],
  ])('%s → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});

describe('an exclusion list left empty in a template excludes nothing', () => {
  it.each<[string, unknown]>([
    ['To qualify for a return: some kinds of goods are exempt from being returned, including: Once your parcel is back with us, we will email you.', undefined],
    ['Several types of goods are exempt from being returned, including: If you have questions, write to us.', undefined],
    // the list is there, on the same line or under it
    ['Some kinds of goods are exempt from being returned, including: gift cards and opened candles.', true],
    ['Several types of goods are exempt from being returned, including:\n- gift cards\n- opened candles', true],
  ])('%s → %j', (text, expected) => {
    expect(valueOf(text, 'returns.final_sale_exclusions')).toEqual(expected);
  });
});

describe('final-sale exclusions refused by a verb, a lead-in to a list, or an impersonal "not possible"', () => {
  it.each<Row>([
    ['Returns\n\nWe are unable to offer an exchange or refund on pre-loved vinyl records.', 'returns.final_sale_exclusions', true],
    ['Returns\n\nIt is not possible to send back cheeses or anything else that may deteriorate quickly.', 'returns.final_sale_exclusions', true],
    ['Returns\n\nThe right of withdrawal does not apply to:', 'returns.final_sale_exclusions', true],
    // a refusal with no subset of the catalogue named is no exclusion
    ['Returns\n\nWe are unable to offer a refund on orders older than 60 days.', 'returns.final_sale_exclusions', undefined],
  ])('%s → %s %j', (text, term, expected) => {
    expect(valueOf(text, term)).toEqual(expected);
  });
});
