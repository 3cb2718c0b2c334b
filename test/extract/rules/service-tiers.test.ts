/**
 * Choosing the standard service among tiers listed side by side (service-tiers.ts, shipping.ts tierChooser and
 * respectiveTiers): the service named standard, else the cheapest tier, decides delivery_days, wherever it is listed.
 */
import { describe, expect, it } from 'vitest';
import { TIER_PAIRS, standardEntry, tierRank, tierWords } from '../../../src/extract/rules/service-tiers.js';
import { valueOf } from './helpers.js';

describe('tier ranks', () => {
  it.each([
    ['economy parcel - ', 'base'],
    ['saver post: ', 'base'],
    ['royal mail 2nd class - ', 'base'],
    ['tracked 48: ', 'base'],
    ['standard post - ', 'standard'],
    ['swift premium - ', 'fast'],
    ['rush air: ', 'fast'],
    ['tracked 24: ', 'fast'],
  ] as const)('ranks a service label: %s', (label, rank) => expect(tierRank(label)).toBe(rank));

  it('reads first class as the faster tier only beside second class (USPS First-Class is the cheaper service)', () => {
    expect(tierRank('usps first class mail - ')).toBeUndefined();
    expect(tierRank('1st class signed - ', '1st class signed - 2nd class - ')).toBe('fast');
  });

  it('pairs a faster tier with the slower one it is sold beside, a numbered service spaced or solid', () => {
    const paired = (s: string): boolean => TIER_PAIRS.some(([fast, slow]) => fast.test(s) && slow.test(s));
    expect(paired('send it tracked24 or tracked 48')).toBe(true);
    expect(paired('premium or economy delivery')).toBe(true);
    expect(paired('priority post and economy post')).toBe(true);
    expect(paired('tracked 24 only')).toBe(false);
  });

  it('gives each tier word in order', () => {
    expect(tierWords('pick priority or saver post').map((w) => w.rank)).toEqual(['fast', 'base']);
  });

  it('chooses the entry named standard, else the one base tier, else none', () => {
    expect(standardEntry(['base', 'standard', 'fast'])).toBe(1);
    expect(standardEntry(['fast', 'base', 'fast'])).toBe(1);
    expect(standardEntry(['fast', 'fast'])).toBeUndefined();
    expect(standardEntry(['base', 'base', 'fast'])).toBeUndefined();
  });
});

describe('delivery_days among listed tiers', () => {
  it('takes the cheapest tier of a list a line each, not the first one listed', () => {
    const page = 'Delivery\n\nPostage options:\n\n- Gold Premium - 1-2 working days\n- Economy Post - 5-7 working days\n- Express Courier - next working day';
    expect(valueOf(page, 'shipping.delivery_days')).toEqual({ min: 5, max: 7 });
  });

  it('keeps the service named standard over the economy tier beside it', () => {
    const page = 'Delivery\n\nEconomy - 7-10 working days\nStandard - 3-5 working days\nExpress - 1 working day';
    expect(valueOf(page, 'shipping.delivery_days')).toEqual({ min: 3, max: 5 });
  });

  it('pairs tiers named first with times given after them in the same order', () => {
    const page = 'Shipping\n\nChoose premium or economy post at checkout, which arrive within 1-2 days or 4-6 days, depending on your choice.';
    expect(valueOf(page, 'shipping.delivery_days')).toEqual({ min: 4, max: 6 });
    expect(valueOf(page, 'shipping.express_available')).toBe(true);
  });

  it('states no general time for a list of faster tiers with no standard or base one', () => {
    const page = 'Delivery\n\nPremium - 2-3 working days\nExpress - 1-2 working days';
    expect(valueOf(page, 'shipping.delivery_days')).toBeUndefined();
  });
});
