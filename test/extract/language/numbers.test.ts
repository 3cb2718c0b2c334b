import { describe, expect, it } from 'vitest';
import { durationSpan, findDurations, normaliseNumbers, toDays, toHours, toMonths } from '../../../src/extract/language/numbers.js';

describe('normaliseNumbers (issue 4: numbers written as words)', () => {
  it.each([
    ['thirty days', '30 days'],
    ['thirty (30) days', '30 days'],
    ['forty-five days', '45 days'],
    ['a week', '1 week'],
    ['a fortnight', '14 days'],
    ['two weeks', '2 weeks'],
    ['a year', '1 year'],
    ['one business day', '1 business day'],
    ['a couple of days', '2 days'],
    ['half a year', '6 months'],
    // "7 days a week" is a day span, not "7 days 1 week"
    ['7 days a week', '7 days a week'],
    ['24 hours a day', '24 hours a day'],
    // a label glued to its span is a page's layout, mended in page text alone (normaliseUnitText): a review keeps it
    ['Standard Shipping3-7 business days', 'Standard Shipping3-7 business days'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseNumbers(input)).toBe(expected);
  });
});

describe('findDurations: ranges', () => {
  it.each([
    ['3-5 business days', 3, 5, 'day', true],
    ['3 to 5 days', 3, 5, 'day', false],
    ['3–5 working days'.replace('–', '-'), 3, 5, 'day', true],
    ['up to 5 days', 5, 5, 'day', false],
    ['within 2 weeks', 2, 2, 'week', false],
    ['a 2-year warranty', 2, 2, 'year', false],
    ['48 hours', 48, 48, 'hour', false],
    ['within 24/48 hours', 24, 48, 'hour', false],
    ['2 / 4 working days', 2, 4, 'day', true],
    ['6~25 business days', 6, 25, 'day', true],
  ])('%s', (text, min, max, unit, business) => {
    const [d] = findDurations(text);
    expect(d).toMatchObject({ min, max, unit, business });
  });

  it('marks "up to" as an upper bound only', () => {
    expect(findDurations('up to 5 days')[0]?.upTo).toBe(true);
    expect(findDurations('3-5 days')[0]?.upTo).toBe(false);
  });

  it('reads a slash as a range only upward and before a plural unit ("1/2 day" is half a day)', () => {
    expect(findDurations('a 1/2 day workshop').some((d) => d.min < d.max)).toBe(false);
    expect(findDurations('help 24/7 days a week').some((d) => d.min < d.max)).toBe(false);
    expect(findDurations('5/3 days').some((d) => d.min < d.max)).toBe(false);
  });

  it('does not read prices or percentages as durations', () => {
    expect(findDurations('$30 days of savings, 15% off')).toEqual([]);
  });
});

describe('durationSpan: the same grammar for a pattern to embed', () => {
  const whole = (extra?: string): RegExp => new RegExp(`^${durationSpan(extra)}$`, 'i');
  it.each(['3-5 business days', '24/48 hours', 'up to 2 weeks', '1 working day', '24-hour', '90 nights'])('matches what findDurations reads: "%s"', (text) => {
    expect(whole().test(text)).toBe(true);
    expect(findDurations(text)).toHaveLength(1);
  });

  it('holds no capture group, and counts minutes only when asked', () => {
    expect(new RegExp(`(${durationSpan()})`).exec('within 3 days')).toHaveLength(2);
    expect(whole().test('30 minutes')).toBe(false);
    expect(whole('minutes?').test('30 minutes')).toBe(true);
  });
});

describe('unit conversions (TERMS.md: weeks → days, years → months, days → hours)', () => {
  it.each([
    [2, 'week', 14],
    [48, 'hour', 2],
    [1, 'year', 365],
    [1, 'month', 30],
  ] as const)('%i %s = %i days', (n, unit, days) => expect(toDays(n, unit)).toBe(days));
  it.each([
    [2, 'year', 24],
    [90, 'day', 3],
    [365, 'day', 12],
    [18, 'month', 18],
  ] as const)('%i %s = %i months', (n, unit, months) => expect(toMonths(n, unit)).toBe(months));
  it('one business day is 24 hours', () => expect(toHours(1, 'day')).toBe(24));
});
