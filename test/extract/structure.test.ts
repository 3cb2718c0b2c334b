/**
 * Page shapes that real shops use and the corpus taught us: FAQ answers that need their question, layout tables of
 * prose, split shifts, trust strips, pipe tables in plain text.
 */
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/extract/extract-terms.js';

const text = (body: string) => extractTerms({ body, contentType: 'text/plain' }).terms;
const html = (body: string) => extractTerms({ body, contentType: 'text/html' }).terms;

describe('FAQ answers are read with their question', () => {
  it('a one-line answer after its question on the same line', () => {
    expect(text('Can I return it? Yes, within 30 days.')['returns.window_days']?.value).toBe(30);
  });
  it('an answer under a question heading', () => {
    expect(html('<main><h3>Can I send it back?</h3><p>Yes, within 45 days.</p></main>')['returns.window_days']?.value).toBe(45);
  });
  it('the question alone still states nothing', () => {
    expect(text('Do you offer free shipping?')).toEqual({});
  });
});

describe('layout tables', () => {
  it('a single big cell of prose is split into sentences', () => {
    const t = html(
      '<table><tr><td>RETURNS Returns accepted within 30 days. No restocking fees. Please call before sending anything back. SHIPPING Orders ship in 1-2 business days and cost $99 flat for freight.</td></tr></table>',
    );
    expect(t['returns.window_days']?.value).toBe(30);
    expect(t['returns.restocking_fee']?.value).toEqual({ percent: 0 });
  });
});

describe('support hours shapes', () => {
  it('split shifts on one day span become one rule', () => {
    expect(text('You can reach our team by phone between 9:00-12:30 and 13:30-17:00 on weekdays.')['support.hours']?.value).toBe(
      'Mo-Fr 09:00-12:30,13:30-17:00',
    );
  });
  it('24-hour times without a colon', () => {
    expect(text('Helpdesk hours: 0800-1800 Monday to Friday, 0900-1300 Saturday.')['support.hours']?.value).toBe(
      'Mo-Fr 08:00-18:00; Sa 09:00-13:00',
    );
  });
});

describe('trust strips and pipe tables', () => {
  it('middot-separated claims are read one by one', () => {
    const t = text('Free UK delivery over £40 · 30-day free returns · 2-year warranty');
    expect(t['shipping.free_threshold']?.value).toEqual({ amount: 40, currency: 'GBP' });
    expect(t['returns.window_days']?.value).toBe(30);
    expect(t['warranty.duration_months']?.value).toBe(24);
  });
  it('a plain-text pipe table keeps its header row', () => {
    const t = text('Service | Delivery time | Cost\n--- | --- | ---\nStandard | 3-5 working days | £3.99\nInternational | 7-14 working days | Calculated at checkout\n');
    expect(t['shipping.delivery_days']?.value).toEqual({ min: 3, max: 5 });
    expect(t['shipping.international']?.value).toBe(true);
  });
  it('a two-column pipe table reads its last row as a row too', () => {
    const t = text('Order value | Shipping cost\nUp to $49.99 | $6.00\n$50 and over | Free\n');
    expect(t['shipping.free_threshold']?.value).toEqual({ amount: 50, currency: 'USD' });
  });
  it('two one-pipe lines without a header are two rows', () => {
    const t = text('Handling time | 2 business days\nTransit time | 4-6 business days\n');
    expect(t['shipping.processing_days']?.value).toEqual({ min: 2, max: 2 });
    expect(t['shipping.delivery_days']?.value).toEqual({ min: 4, max: 6 });
  });
});

describe('anaphora', () => {
  it('"That\'s our money-back guarantee" takes the period from the sentence before', () => {
    const t = text("Not satisfied? Return your order within 30 days for a full refund. That's our money-back guarantee.");
    expect(t['guarantee.money_back_days']?.value).toBe(30);
  });
});
