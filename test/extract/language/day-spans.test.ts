import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN_RE, HOLIDAYS_OFF_RE, daySelector, findDaySpans, isValidOpeningHours } from '../../../src/extract/language/day-spans.js';

const spans = (text: string): string[] => findDaySpans(text).map((s) => daySelector(s.days));

describe('day spans → opening_hours day selectors', () => {
  it.each([
    ['monday through friday', 'Mo-Fr'],
    ['mon-fri', 'Mo-Fr'],
    ['monday to friday', 'Mo-Fr'],
    ['weekdays', 'Mo-Fr'],
    ['7 days a week', 'Mo-Su'],
    ['every day', 'Mo-Su'],
    ['saturday & sunday', 'Sa,Su'],
    ['weekends', 'Sa,Su'],
    ['friday to monday', 'Mo,Fr-Su'],
    ['sat 10am-2pm', 'Sa'],
  ])('%s → %s', (text, selector) => expect(spans(text)).toEqual([selector]));

  it('does not take "sun" or "wed" in ordinary prose for days', () => {
    expect(spans('protect it from the sun')).toEqual([]);
  });
});

describe('whole-week and holiday phrases', () => {
  it.each(['24/7', 'around the clock', 'round-the-clock', '24 hours a day, 7 days a week'])('%s is always open', (text) => {
    expect(ALWAYS_OPEN_RE.test(text)).toBe(true);
  });
  it.each(['excluding public holidays', 'closed on bank holidays', 'except holidays'])('%s closes public holidays', (text) => {
    expect(HOLIDAYS_OFF_RE.test(text)).toBe(true);
  });
});

describe('isValidOpeningHours (the opening_hours package decides)', () => {
  it('accepts what the extractor emits', () => {
    expect(isValidOpeningHours('Mo-Fr 09:00-17:00; Sa 10:00-14:00; PH off')).toBe(true);
    expect(isValidOpeningHours('24/7')).toBe(true);
  });
  it('rejects nonsense', () => {
    expect(isValidOpeningHours('Mo-Fr 25:00-17:00')).toBe(false);
  });
});
