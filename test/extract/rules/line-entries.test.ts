/**
 * Plain-text lists set out one entry a line (issue 11, "tables and option lists flattened to text", "lines joined by
 * lone dashes"): a line that closes on no sentence mark and a next line that opens with a capital or a figure are two
 * entries, not one hard-wrapped sentence; a lone dash between them separates them like a bullet. Services listed one a
 * line, none named the standard one, give no general delivery time; a postal class is such a service, not an express
 * option. The traps beside them: a hard wrap before a function word, a bold FAQ question and its answer, a short title
 * over its sentence.
 */
import { describe, expect, it } from 'vitest';
import { pageText } from '../../../src/extract/page-text.js';
import { valueOf } from './helpers.js';

const blocks = (text: string): string[] => pageText(text, 'text/plain').blocks.map((b) => b.text);

describe('plain-text lines that end an entry', () => {
  it('reads each option line as an entry of its own', () => {
    expect(blocks('Europe: 5-8 working days\nUSA: 7-12 working days\n')).toEqual(['Europe: 5-8 working days', 'USA: 7-12 working days']);
  });

  it('splits entries at a lone dash between them', () => {
    expect(blocks('Courier 1-2 days\n-\nPost 3-5 days.\n')).toEqual(['Courier 1-2 days', 'Post 3-5 days.']);
  });

  it('keeps a sentence wrapped before a word that needs more, or going on in lower case', () => {
    expect(blocks('Your parcel travels with\nRoyal Mail and arrives in 2 days.\n')).toEqual(['Your parcel travels with Royal Mail and arrives in 2 days.']);
    expect(blocks('Orders usually arrive in 3-5\nworking days.\n')).toEqual(['Orders usually arrive in 3-5 working days.']);
  });

  it('keeps a bold FAQ question with its answer', () => {
    expect(blocks('**Do you ship abroad?**\nYes, to most of Europe.\n')).toEqual(['**Do you ship abroad?** Yes, to most of Europe.']);
  });

  it('keeps a short title joined to the sentence under it', () => {
    expect(blocks('Intro text here.\nExchanges\nThe quickest way is a new order.\n')).toEqual(['Intro text here. Exchanges The quickest way is a new order.']);
  });

  it('reads a phone number line as no title', () => {
    expect(pageText('Phone: 0113 496 0718\nMon–Fri: 9am–5pm\n', 'text/plain').blocks.every((b) => b.kind !== 'heading')).toBe(true);
  });
});

describe('what the extractor reads from such lists', () => {
  it('does not let a refusal on one line reach the channel on the next', () => {
    const text = 'Contact us\n\nWe are not able to offer a live chat\nEmail hello@shop.example any time\n';
    expect(valueOf(text, 'support.channels')).toEqual(['email']);
  });

  it('reads services listed one a line, none the standard one, as no general delivery time', () => {
    const text = 'Delivery\n\nParcel locker service offers 3 - 5 working days\nCourier service offers 1 - 2 working days\n';
    expect(valueOf(text, 'shipping.delivery_days')).toBeUndefined();
  });

  it('reads postal classes as services side by side, not as express options', () => {
    const text = 'Postage\n\n1st Class 1-2 working days\n-\n2nd Class 2-4 working days\n';
    expect(valueOf(text, 'shipping.delivery_days', 'https://shop.example.co.uk/pages/postage')).toBeUndefined();
    expect(valueOf(text, 'shipping.express_available', 'https://shop.example.co.uk/pages/postage')).toBeUndefined();
  });

  it('still reads the one standard service of a list as the general time', () => {
    const text = 'Delivery\n\nStandard post 3-5 working days\nExpress courier 1-2 working days\n';
    expect(valueOf(text, 'shipping.delivery_days')).toEqual({ min: 3, max: 5 });
    expect(valueOf(text, 'shipping.express_available')).toBe(true);
  });

  it('reads "free 2nd class postage" as a free-delivery offer', () => {
    expect(valueOf('Free 2nd class postage on UK orders over £35.', 'shipping.free_threshold', 'https://shop.example.co.uk/')).toEqual({ amount: 35, currency: 'GBP' });
  });
});

describe("a tracking link's lag is no transit time", () => {
  it('reads "tracking may take 24 hours to show movement after dispatch" as no delivery time', () => {
    expect(valueOf('Shipping\n\nTracking may take up to 24 hours to show movement after dispatch.', 'shipping.delivery_days')).toBeUndefined();
    expect(valueOf('Shipping\n\nParcels arrive 2-4 business days after dispatch.', 'shipping.delivery_days')).toEqual({ min: 2, max: 4 });
  });
});
