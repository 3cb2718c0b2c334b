import { describe, expect, it } from 'vitest';
import { readsAsProse, SURE } from '../../src/extract/confidence.js';
import { extractTerms } from '../../src/extract/extract-terms.js';

/** Made-up words from a seeded generator: the same salad on every run. */
function wordSalad(seed: number, count: number): string[] {
  const syllables = ['bra', 'zo', 'quil', 'mep', 'trosk', 'va', 'lun', 'dref', 'ik', 'samp', 'oru', 'gleb'];
  let x = seed;
  const next = (): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 3) }, () => syllables[next() % syllables.length]).join(''));
}

/** Policy words and numbers scattered through the salad, the way a spun or scraped page carries them. */
const SALT = ['returns', 'within 30 days', 'refund', 'free shipping over $50', 'dispatched in 2 business days', 'tracking number', 'email', 'warranty 2 years', 'ship internationally', 'exchange', 'Monday to Friday 9am to 5pm'];

function saltedGibberish(paragraphs: number): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const words = wordSalad(p + 7, 40);
    for (let i = 0; i < SALT.length; i++) words.splice((i * 7 + p * 3) % words.length, 0, SALT[(i + p) % SALT.length]!);
    out.push(`${words.join(' ')}.`);
  }
  return out.join('\n\n');
}

describe('confidence is honest (issue 11, item 4)', () => {
  it('a page of gibberish salted with policy words yields nothing at high confidence', () => {
    const r = extractTerms({ body: saltedGibberish(6), url: 'https://shop.example/policies/refund-policy', contentType: 'text/plain' });
    for (const [term, reading] of Object.entries(r.terms)) expect(reading!.confidence, `${term} = ${JSON.stringify(reading!.value)}`).toBeLessThan(SURE);
  });

  it('a value the page states twice, with no rival, is sure', () => {
    const body = 'Returns\n\nYou can return anything within 30 days of delivery.\n\nIf you change your mind, send it back to us within 30 days for a refund.';
    const r = extractTerms({ body, url: 'https://shop.example/policies/refund-policy', contentType: 'text/plain' });
    expect(r.terms['returns.window_days']?.value).toBe(30);
    expect(r.terms['returns.window_days']!.confidence).toBeGreaterThanOrEqual(SURE);
  });

  it('a value stated once is reported but marked unsure', () => {
    const body = 'Returns\n\nYou can return anything within 30 days of delivery.';
    const r = extractTerms({ body, url: 'https://shop.example/policies/refund-policy', contentType: 'text/plain' });
    expect(r.terms['returns.window_days']?.value).toBe(30);
    expect(r.terms['returns.window_days']!.confidence).toBeLessThan(SURE);
  });

  it('a value with a rival value on the same page is unsure', () => {
    const body = 'Shipping\n\nOrders are dispatched within 2 business days.\n\nWe dispatch every order within 2 business days of payment.\n\nOrders ship within 5 business days.';
    const r = extractTerms({ body, url: 'https://shop.example/policies/shipping-policy', contentType: 'text/plain' });
    expect(r.terms['shipping.processing_days']).toBeDefined();
    expect(r.terms['shipping.processing_days']!.confidence).toBeLessThan(SURE);
  });

  it('a set gathered from sentences (channels) is never sure from prose alone', () => {
    const body = 'Contact us\n\nEmail us at help@shop.example and we will help.\n\nYou can also call us on 0800 123 4567.';
    const r = extractTerms({ body, url: 'https://shop.example/pages/contact', contentType: 'text/plain' });
    expect(r.terms['support.channels']?.value).toEqual(expect.arrayContaining(['email', 'phone']));
    expect(r.terms['support.channels']!.confidence).toBeLessThan(SURE);
  });

  it('tells prose from word salad; short label lines are not judged', () => {
    expect(readsAsProse('You can return anything within 30 days of delivery for a full refund.')).toBe(true);
    expect(readsAsProse('Email: help@shop.example')).toBe(true);
    expect(readsAsProse(`${wordSalad(3, 12).join(' ')} returns within 30 days refund`)).toBe(false);
  });
});
