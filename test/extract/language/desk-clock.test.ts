import { describe, expect, it } from 'vitest';
import { withoutDeskClock } from '../../../src/extract/language/desk-clock.js';
import { extractTerms } from '../../../src/extract/extract-terms.js';

const terms = (text: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(extractTerms({ body: text, url: 'https://shop.example/pages/help', contentType: 'text/plain' }).terms).map(([k, v]) => [k, v.value]));

describe("the help desk's own clock", () => {
  it.each([
    ['refund requests: we reply within 2 business days.', 'refund requests: we a reply.'],
    ['exchange enquiries: first response within 3 business days.', 'exchange enquiries: first a reply.'],
    ['please allow 2 working days for a response to your return request.', 'please a reply to your return request.'],
    ['emails received after 5pm are answered the next working day.', 'a reply are answered the next working day.'],
    // numbers.ts's duration grammar: a hyphenated unit, a slash range, a hedge, minutes.
    ['return questions get a 24-hour response time.', 'return questions get a a reply.'],
    ['refund emails: we reply within 24/48 hours.', 'refund emails: we a reply.'],
    ['we answer exchange questions within approximately 2 working days.', 'we a reply.'],
    ['we respond to chat messages within 30 minutes.', 'we a reply.'],
  ])('is struck out of "%s"', (text, expected) => expect(withoutDeskClock(text)).toBe(expected));

  it.each([
    'we reply to your email and ship within 3 days.',
    'returns must reach us within 30 days.',
    'orders placed after 2pm are dispatched the next working day.',
  ])('leaves a clock of another process alone: "%s"', (text) => expect(withoutDeskClock(text)).toBe(text));

  it('a reply time for return requests is a reply time, not a return window', () => {
    const read = terms('Return requests: we will respond to every request within 3 business days.');
    expect(read['returns.window_days']).toBeUndefined();
    expect(read['support.response_hours']).toBe(72);
  });

  it('a reply time for refund questions gives no refund time', () => {
    expect(terms('We aim to answer your refund enquiry within 48 hours.')).toEqual({ 'support.response_hours': 48 });
  });

  it('messages picked up after a clock time give no order cut-off', () => {
    expect(terms('Queries submitted after 6:00 pm are handled the next business day.')['shipping.cutoff_time']).toBeUndefined();
  });

  it('the reply time is the span the reply names, not an earlier span of the same sentence', () => {
    expect(terms('Orders leave us within 2 business days and we reply to emails within 24 hours.')['support.response_hours']).toBe(24);
  });
});
