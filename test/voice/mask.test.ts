import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/voice/mask.js';

describe('masking personal data in quotes', () => {
  it('masks e-mail addresses and phone numbers in their usual spellings', () => {
    expect(maskPersonalData('write to jo.bloggs+shop@mail.example.co.uk today')).toBe('write to [email] today');
    for (const phone of ['07700 900123', '+44 7700 900123', '(555) 010-4477', '555.010.4477', '0049 30 1234567']) {
      expect(maskPersonalData(`call me on ${phone} please`)).toBe('call me on [phone] please');
    }
  });

  it('keeps order numbers, prices and dates, which are not personal', () => {
    const text = 'Order 88213 cost $19.99 on 2026-12-06 and took 3-5 days';
    expect(maskPersonalData(text)).toBe(text);
  });
});
