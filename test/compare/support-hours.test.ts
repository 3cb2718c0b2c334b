/**
 * The small reader of plain weekly hours must agree with the opening_hours package it stands in for; everything it
 * does not know is left to the package.
 */
import { describe, expect, it } from 'vitest';
import { evaluateWithPackage, simpleWeeklyCover, weeklyCover } from '../../src/compare/support-hours.js';

describe('simpleWeeklyCover agrees with the opening_hours package', () => {
  it.each([
    '24/7',
    'Mo-Fr 09:00-17:00',
    'Mo-Fr 09:00-17:00; PH off',
    'Mo-Fr 09:00-17:00; Sa 10:00-14:00',
    'Mo-Fr 09:00-12:00,13:00-17:00',
    'Mo,We,Fr 08:00-20:00',
    'Mo-Su 00:00-24:00',
    'Mo-Fr 09:00-17:00; We off',
    'Mo-Su 08:00-20:00; Su 10:00-16:00',
    'Mo-Fr 09:00-17:00; Sa,Su 10:00-14:00; PH off',
    'Sa 10:00-14:00',
  ])('%s', (hours) => {
    const simple = simpleWeeklyCover(hours);
    expect(simple).toBeDefined();
    expect(simple).toEqual(evaluateWithPackage(hours));
  });
});

describe('what the small reader leaves to the package', () => {
  it.each([
    'Mo-Fr 22:00-06:00', // overnight
    'Fr-Mo 09:00-17:00', // wrapping day range
    'Mo-Fr 09:00-17:00 "by phone"', // comment
    'Jan-Mar Mo-Fr 09:00-17:00', // month selector
    'Mo-Fr 09:00-13:00,12:00-17:00', // overlapping spans
  ])('%s', (hours) => {
    expect(simpleWeeklyCover(hours)).toBeUndefined();
  });

  it('still gets a cover for those from the package', () => {
    expect(weeklyCover('Mo-Fr 22:00-06:00')).toEqual(evaluateWithPackage('Mo-Fr 22:00-06:00'));
    expect(weeklyCover('Mo-Fr 22:00-06:00')?.hours).toBe(40);
  });

  it('returns undefined for text that is no hours expression at all', () => {
    expect(weeklyCover('call us whenever')).toBeUndefined();
  });
});
