import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/extract/extract-terms.js';
import { readJsonLd } from '../../src/extract/jsonld.js';

const page = (blocks: unknown[], prose = ''): string =>
  `<html><head>${blocks.map((b) => `<script type="application/ld+json">${typeof b === 'string' ? b : JSON.stringify(b)}</script>`).join('')}</head><body><main>${prose}</main></body></html>`;

const returnPolicy = {
  '@context': 'https://schema.org',
  '@type': 'MerchantReturnPolicy',
  returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
  merchantReturnDays: 30,
  returnFees: 'https://schema.org/ReturnFeesCustomerResponsibility',
  refundType: ['https://schema.org/FullRefund', 'https://schema.org/StoreCreditRefund'],
  restockingFee: 10,
};

describe('schema.org JSON-LD is read first, with the highest confidence', () => {
  it('MerchantReturnPolicy → window, return shipping, refund methods, restocking fee', () => {
    const r = extractTerms({ body: page([returnPolicy]) });
    expect(r.terms['returns.window_days']).toMatchObject({ value: 30, source: 'json-ld' });
    expect(r.terms['returns.window_days']!.confidence).toBeGreaterThan(0.9);
    expect(r.terms['returns.return_shipping']?.value).toBe('customer');
    expect(r.terms['returns.refund_method']?.value).toEqual(['original_payment', 'store_credit']);
    expect(r.terms['returns.restocking_fee']?.value).toEqual({ percent: 10 });
    expect(r.terms['returns.accepted']?.value).toBe(true);
  });

  it('finds nodes inside @graph, arrays and nested properties', () => {
    const nested = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', hasMerchantReturnPolicy: [{ ...returnPolicy, '@context': undefined }] }] };
    expect(readJsonLd([JSON.stringify(nested)]).readings.some((x) => x.term === 'returns.window_days' && x.value === 30)).toBe(true);
  });

  it('MerchantReturnNotPermitted → returns not accepted', () => {
    const r = extractTerms({ body: page([{ '@type': 'MerchantReturnPolicy', returnPolicyCategory: 'MerchantReturnNotPermitted' }]) });
    expect(r.terms['returns.accepted']?.value).toBe(false);
    expect(r.terms['returns.window_days']).toBeUndefined();
  });

  it('OfferShippingDetails → handling and transit days, cut-off, free shipping', () => {
    const shipping = {
      '@type': 'OfferShippingDetails',
      shippingRate: { '@type': 'MonetaryAmount', value: 0, currency: 'USD' },
      deliveryTime: {
        '@type': 'ShippingDeliveryTime',
        handlingTime: { '@type': 'QuantitativeValue', minValue: 0, maxValue: 1, unitCode: 'DAY' },
        transitTime: { '@type': 'QuantitativeValue', minValue: 3, maxValue: 5, unitCode: 'DAY' },
        cutoffTime: '14:00:00-05:00',
      },
    };
    const r = extractTerms({ body: page([shipping]) });
    expect(r.terms['shipping.processing_days']?.value).toEqual({ min: 0, max: 1 });
    expect(r.terms['shipping.delivery_days']?.value).toEqual({ min: 3, max: 5 });
    expect(r.terms['shipping.cutoff_time']).toMatchObject({ value: '14:00', timezone: 'UTC-05:00' });
    expect(r.terms['shipping.free_threshold']?.value).toEqual({ amount: 0, currency: 'USD' });
  });

  it('WarrantyPromise → months', () => {
    const w = { '@type': 'WarrantyPromise', durationOfWarranty: { '@type': 'QuantitativeValue', value: 2, unitCode: 'ANN' } };
    expect(extractTerms({ body: page([w]) }).terms['warranty.duration_months']?.value).toBe(24);
  });

  it('ContactPoint with OpeningHoursSpecification → hours and channels', () => {
    const c = {
      '@type': 'ContactPoint',
      telephone: '+1-555-010-0100',
      email: 'help@shop.example',
      hoursAvailable: [
        { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '09:00', closes: '17:00' },
        { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Saturday', opens: '10:00', closes: '14:00' },
      ],
    };
    const r = extractTerms({ body: page([c]) });
    expect(r.terms['support.hours']?.value).toBe('Mo-Fr 09:00-17:00; Sa 10:00-14:00');
    expect(r.terms['support.channels']?.value).toEqual(['phone', 'email']);
  });
});

describe('malformed and conflicting JSON-LD (RELIABILITY B7)', () => {
  it('skips a malformed block with a warning and still reads the good ones', () => {
    const r = extractTerms({ body: page(['{ "@type": "MerchantReturnPolicy", "merchantReturnDays": 30, ', returnPolicy]) });
    expect(r.warnings?.some((w) => /malformed JSON-LD block 1/.test(w))).toBe(true);
    expect(r.terms['returns.window_days']?.value).toBe(30);
  });

  it('two disagreeing blocks: the first is the value, the other is kept as a conflict', () => {
    const r = extractTerms({ body: page([returnPolicy, { ...returnPolicy, merchantReturnDays: 45 }]) });
    const w = r.terms['returns.window_days']!;
    expect(w.value).toBe(30);
    expect(w.conflict).toEqual([expect.objectContaining({ value: 45, source: 'json-ld' })]);
  });

  it('JSON-LD against prose: structured data is the value and the prose is kept as the conflict', () => {
    const r = extractTerms({ body: page([returnPolicy], '<p>You can return any item within 14 days of delivery.</p>') });
    const w = r.terms['returns.window_days']!;
    expect(w.value).toBe(30);
    expect(w.source).toBe('json-ld');
    expect(w.conflict).toEqual([expect.objectContaining({ value: 14, source: 'text' })]);
  });

  it('agreeing JSON-LD and prose give one reading without a conflict', () => {
    const r = extractTerms({ body: page([returnPolicy], '<p>You can return any item within 30 days of delivery.</p>') });
    expect(r.terms['returns.window_days']?.conflict).toBeUndefined();
  });
});
