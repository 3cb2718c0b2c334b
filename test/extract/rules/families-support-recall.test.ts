/** Reply-time wordings added for held-out recall (in-house sentences), with traps that are not a reply time. */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

const rows: [string, unknown][] = [
  ['We respond within the hour.', 1],
  ['We get to every message within a business day.', 24],
  ['Our team will be in contact within 2 working days.', 48],
  ['We will get in touch within 72 hours.', 72],
  // traps
  ['We’ll get in touch within 24 hours to arrange delivery.', undefined],
  ['Orders placed within the hour ship today.', undefined],
  ['Get in touch within 48 hours of delivery if anything is damaged.', undefined],
];

describe('support.response_hours families', () => {
  it.each(rows)('%s → %j', (text, expected) => {
    expect(valueOf(text, 'support.response_hours')).toEqual(expected);
  });
});

describe('support.response_hours is the desk’s first reply, not a process under review', () => {
  it.each([
    ['Once you have sent the form, we will review your request and aim to get back to you within 48 hours.'],
    ['We assess each claim and reply within 5 working days.'],
  ])('%s → nothing', (text) => expect(valueOf(text, 'support.response_hours')).toBeUndefined());

  it('a plain reply time still reads', () => expect(valueOf('We aim to get back to you within 48 hours.', 'support.response_hours')).toBe(48));
});
