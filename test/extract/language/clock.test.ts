import { describe, expect, it } from 'vitest';
import { findTimeRanges, findTimeZone, findTimes, hhmm } from '../../../src/extract/language/clock.js';

const ranges = (text: string): string[] => findTimeRanges(text).map((r) => `${hhmm(r.from)}-${hhmm(r.to)}`);

describe('clock times', () => {
  it.each([
    ['9am', '09:00'],
    ['9:00 am', '09:00'],
    ['5 p.m.', '17:00'],
    ['17:00', '17:00'],
    ['noon', '12:00'],
    ['12 noon', '12:00'],
    ['9.30pm', '21:30'],
    ['12am', '00:00'],
  ])('%s → %s', (text, expected) => {
    expect(hhmm(findTimes(text)[0]!.minutes)).toBe(expected);
  });

  it('ignores bare numbers unless asked', () => {
    expect(findTimes('within 5 days')).toEqual([]);
  });
});

describe('time ranges', () => {
  it.each([
    ['9am-5pm', '09:00-17:00'],
    ['9am to 5:30pm', '09:00-17:30'],
    ['9:00 am – 5:00 pm'.replace('–', '-'), '09:00-17:00'],
    ['from 7:00 am est until 8:00 pm est', '07:00-20:00'],
    ['08:00-20:00', '08:00-20:00'],
    ['9-5', '09:00-17:00'],
    ['between 9 and 5', '09:00-17:00'],
    ['noon to 8pm', '12:00-20:00'],
    ['1pm - 9pm', '13:00-21:00'],
  ])('%s → %s', (text, expected) => {
    expect(ranges(text)).toEqual([expected]);
  });

  it('does not read a range of days or prices as hours', () => {
    expect(ranges('3-5 business days')).toEqual([]);
    expect(ranges('$10-$35')).toEqual([]);
  });
});

describe('time zones are kept as written', () => {
  it.each([
    ['9am-5pm est', 'EST'],
    ['9am-5pm eastern time', 'ET'],
    ['10am-6pm pacific', 'PT'],
    ['9am-5pm gmt', 'GMT'],
    ['9am-5pm aest', 'AEST'],
    ['9am-5pm pt', 'PT'],
  ])('%s → %s', (text, zone) => expect(findTimeZone(text)).toBe(zone));

  it('does not take "pt" out of an ordinary word or sentence', () => {
    expect(findTimeZone('we accept returns')).toBeUndefined();
  });
});
