/**
 * One fault vocabulary for every returns rule that sets the faulty-goods case apart (fault-words.ts). A fault of the
 * goods or the shop's error is named; a change of mind worded near the same words is not. In-house sentences.
 */
import { describe, expect, it } from 'vitest';
import { FAULT, ONLY_FAULT } from '../../../src/extract/rules/fault-words.js';
import { valueOf } from './helpers.js';

describe('FAULT names a fault of the goods or the shop', () => {
  it.each([
    'the kettle arrived damaged',
    'a defective charger',
    'the lamp was dead on arrival',
    'the item is not as described on the listing',
    'the rug is different from the photo on the website',
    'we made a mistake with your order',
    'the wrong size was sent',
    'we sent you the wrong colour',
    'a manufacturing defect in the stitching',
  ])('%s', (text) => {
    expect(FAULT.test(text)).toBe(true);
  });

  it.each([
    'non-defective items can be returned within 30 days',
    'you gave us an incorrect shipping address',
    'the shade is different from what you expected',
    'you ordered the wrong size',
  ])('not: %s', (text) => {
    expect(FAULT.test(text)).toBe(false);
  });

  it('reads a limit to faulty goods said either way round', () => {
    expect(ONLY_FAULT.test('we take items back only if they arrive broken')).toBe(true);
    expect(ONLY_FAULT.test('refunds for defective goods only')).toBe(true);
    expect(ONLY_FAULT.test('we only ship on weekdays')).toBe(false);
  });
});

describe('the rules share it', () => {
  it('an exchange offered when a colour is not what the shopper expected is an exchange policy', () => {
    expect(valueOf('If the colour is different from what you expected, we will happily exchange it for another shade.', 'returns.exchanges')).toBe(true);
  });

  it('an exchange offered because the shop sent the wrong size is the faulty-goods remedy', () => {
    expect(valueOf('If we sent you the wrong size, we will exchange it for the right one.', 'returns.exchanges')).toBeUndefined();
  });

  it('postage the shop pays because it sent the wrong item is the faulty case, a variant and not the default', () => {
    expect(valueOf('If we sent you the wrong item, the postage back to us is on us.', 'returns.return_shipping')).toBeUndefined();
    expect(valueOf('Return postage is yours to cover unless we sent you the wrong item.', 'returns.return_shipping')).toBe('customer');
  });
});
