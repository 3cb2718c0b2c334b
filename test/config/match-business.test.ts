/**
 * The one name matcher (issue 13: `history northwind` worked while `compare northwind` and `scan northwind` refused it,
 * each with its own wording).
 */
import { describe, expect, it } from 'vitest';
import { matchBusiness, matchBusinesses } from '../../src/config/match-business.js';
import { UsageError } from '../../src/errors.js';

const KNOWN = [
  { id: 'juniper-home', name: 'Juniper Home' },
  { id: 'northwind-supply', name: 'Northwind Supply' },
  { id: 'north-star', name: 'North Star' },
  { id: 'pebble-pine', name: 'Pebble & Pine' },
];

describe('matchBusiness', () => {
  it.each([
    ['Northwind Supply', 'northwind-supply'], // the name
    ['northwind supply', 'northwind-supply'], // any case
    ['northwind-supply', 'northwind-supply'], // the id
    ['northwind', 'northwind-supply'], // a unique beginning of the name
    ['NORTHW', 'northwind-supply'],
    ['pebble &', 'pebble-pine'],
    ['pebble-p', 'pebble-pine'], // a unique beginning of the id
    ['  Juniper Home ', 'juniper-home'],
  ])('%j names %s', (wanted, id) => {
    expect(matchBusiness(wanted, KNOWN)).toBe(id);
  });

  it('a beginning shared by two businesses is refused, naming both', () => {
    expect(() => matchBusiness('north', KNOWN)).toThrow(UsageError);
    expect(() => matchBusiness('north', KNOWN)).toThrow('business "north" is ambiguous — it begins Northwind Supply, North Star; give more of the name');
  });

  it('an unknown name is one line with the nearest name and every valid one', () => {
    expect(() => matchBusiness('Nortwind Suply', KNOWN)).toThrow(
      'unknown business "Nortwind Suply" (did you mean "Northwind Supply"?) — valid names: Juniper Home, Northwind Supply, North Star, Pebble & Pine',
    );
    expect(() => matchBusiness('zeta', KNOWN)).toThrow('unknown business "zeta" — valid names: Juniper Home');
    expect(() => matchBusiness('', KNOWN)).toThrow('unknown business ""');
    expect(() => matchBusiness('&&', KNOWN)).toThrow('unknown business "&&"');
    expect(() => matchBusiness('x', [])).toThrow('valid names: (none in the config)');
  });

  it('several names keep their order and drop repeats', () => {
    expect(matchBusinesses(['pebble', 'Juniper Home', 'PEBBLE & PINE'], KNOWN)).toEqual(['pebble-pine', 'juniper-home']);
  });
});
