import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/voice/mask.js';

describe('masking personal data in quotes', () => {
  it('masks e-mail addresses and phone numbers in their usual spellings', () => {
    expect(maskPersonalData('write to jo.bloggs+shop@mail.example.co.uk today')).toBe('write to [email] today');
    for (const phone of ['07700 900123', '+44 7700 900123', '(555) 010-4477', '555.010.4477', '0049 30 1234567', '+44 20 7946 0000', '020 7946 0000', '(555) 010-0199']) {
      expect(maskPersonalData(`call me on ${phone} please`)).toBe('call me on [phone] please');
    }
  });

  it('keeps order numbers, prices and dates, which are not personal', () => {
    const text = 'Order 88213 cost $19.99 on 2026-12-06 and took 3-5 days';
    expect(maskPersonalData(text)).toBe(text);
  });

  it('keeps a long number that a word names as an order, invoice, ticket or reference, or that follows a #', () => {
    for (const text of ['order 12345678 never came', 'Order #12345678 never came', 'about #12345678', 'order no. 12345678', 'Ticket ID: 12345678', 'invoice 12345678', 'ref 12345678', 'my order number is 12345678']) {
      expect(maskPersonalData(text)).toBe(text);
    }
  });

  it('still masks a phone number near such a word when the word does not name it', () => {
    expect(maskPersonalData('order 12345678 late, so I rang 07700 900123')).toBe('order 12345678 late, so I rang [phone]');
    expect(maskPersonalData('about my order, call me on 020 7946 0000')).toBe('about my order, call me on [phone]');
    expect(maskPersonalData('my phone number is 07700 900123')).toBe('my phone number is [phone]');
  });
});
