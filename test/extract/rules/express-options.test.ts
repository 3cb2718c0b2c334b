/**
 * shipping.express_available implied by a named option (issue 11, "tables and option lists flattened to text"):
 * in-house sentences where a fast service is listed with its time or price, named as a line under a shipping heading,
 * or offered as an upgrade — and the traps: the standard service's own name, an option only for orders abroad, a
 * hedge ("not a guaranteed next-day service"), one region's ordinary next-day time, a template's outline.
 */
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

describe('shipping.express_available from named options', () => {
  it.each([
    ['Standard (domestic) 3-7 business days calculated at checkout expedited (domestic) 2-3 business days calculated at checkout'],
    ['Delivery times express courier : major city centres 1 - 2 days'],
    ['Overnight deliveries (airfreight) to the South Island and Saturday deliveries are available to some areas.'],
    ['If you need it in a hurry, message us and we will quote for express services.'],
    ['We offer free standard postage over $99, with the option of paying a flat fee to upgrade to express postage.'],
    ['Shipping options\n\nExpress\n\nStandard'],
    ['Delivery\n\n- Royal Mail Tracked24\n- Royal Mail Tracked48'],
  ])('offered: %s', (text) => expect(valueOf(text, 'shipping.express_available')).toBe(true));

  it.each([
    ['Standard shipping (Royal Mail Tracked 24): £6.95'],
    ['For international orders, we use either Express Courier International or Registered Airmail.'],
    ['This is not a guaranteed next-day service.'],
    ['All shipping is done through USPS First Class, normally within 24 to 48 hours.'],
    ['Express shipping is not available to PO boxes.'],
    ['Shipping Methods: Details about the various shipping options available, such as standard, expedited, or same-day delivery.'],
  ])('states nothing: %s', (text) => expect(valueOf(text, 'shipping.express_available')).toBeUndefined());

  it('a refusal still reads as false', () => expect(valueOf('We do not offer express shipping.', 'shipping.express_available')).toBe(false));
});

describe('shipping.express_available: "next day" as one region\'s ordinary time', () => {
  it('a list of regions with their times offers no next-day service', () =>
    expect(valueOf('- Usual delivery times are Leeds next day, York 1-2 days and everywhere else 2-3 days.', 'shipping.express_available')).toBeUndefined());
  it.each([['- Next working day delivery: £6.95'], ['- Next day delivery for orders placed before noon']])('a listed next-day service still offers it: %s', (text) =>
    expect(valueOf(text, 'shipping.express_available')).toBe(true));
});
