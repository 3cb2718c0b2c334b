/**
 * A refund method limited to some returns is a variant, not how the shop refunds (test/corpus/README.md: the general
 * value, the rest variants; issue 11, "refund methods unioned from conditional sentences"). In-house sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../src/extract/extract-terms.js';

function method(text: string): { value: unknown; variants: unknown[] } {
  const r = extractTerms({ body: text, contentType: 'text/plain', url: 'https://shop.example/policies/refund-policy' }).terms['returns.refund_method'];
  return { value: r?.value, variants: (r?.variants ?? []).map((v) => v.value) };
}

describe('a method for some returns only is a variant', () => {
  it.each<[string, string[], string[]]>([
    ['Returns\n\nSend it back within 30 days for a refund to your original payment method. Parcels that reach us after 30 days earn store credit only.', ['original_payment'], ['store_credit']],
    ['Returns\n\nRefunds are paid to the card you used. If you paid with a gift voucher, your refund is issued as a gift card.', ['original_payment'], ['store_credit']],
    ['Returns\n\nEvery return is settled as store credit. If we packed the wrong item, we will refund your original payment method instead.', ['store_credit'], ['original_payment']],
    ['Returns\n\nRefunds go to the card you paid with. Returns without a receipt can be swapped for an exchange or store credit at the lowest price.', ['original_payment'], ['store_credit', 'exchange']],
  ])('%s', (text, value, variant) => {
    const r = method(text);
    expect(new Set(r.value as string[])).toEqual(new Set(value));
    expect(r.variants.map((v) => new Set(v as string[]))).toContainEqual(new Set(variant));
  });

  it('a method that is only stated for late returns gives no general method', () => {
    expect(method('Returns\n\nItems sent back after 30 days are refunded as store credit.').value).toBeUndefined();
  });

  it('methods of a tiered policy (a refund within one time, credit within another, one anchor) are cases of their tiers', () => {
    expect(method('Returns\n\nA refund to your card is possible within 21 days, or a gift voucher within 60 days of the purchase date.').value).toBeUndefined();
  });

  it.each<[string, string[]]>([
    // a deadline for the refund is not a late return
    ['Returns\n\nWe will make the refund without delay, and not later than 14 days after the goods are back with us, to your original payment method.', ['original_payment']],
    // a choice offered to every return is the general method
    ['Returns\n\nOnce your return arrives we refund your original form of payment; if you would rather have store credit, we add 10% to it.', ['original_payment', 'store_credit']],
  ])('general: %s', (text, value) => {
    expect(new Set(method(text).value as string[])).toEqual(new Set(value));
  });
});

describe('store-credit words and the buyer\'s choice (issue 11, refund-method vocabulary on fresh pages)', () => {
  it.each<[string, string[] | undefined]>([
    ['Returns\n\nRefunds are given in the form of credit notes, valid for one year.', ['store_credit']],
    // store credit named as the alternative the buyer may take is offered, though the clause is negative
    ['Refunds\n\nIf you asked for a refund and did not opt for store credit, we pay the money back to the card you used.', ['store_credit', 'original_payment']],
    ['Returns\n\nOnce approved, the return can be settled as a refund, exchange, or store credit.', ['store_credit', 'exchange']],
    // a card named while paying is not store credit
    ['Returns\n\nAll online credit card payments are encrypted. Unused items can be returned within 14 days.', undefined],
    // credit notes as a way to pay that cannot be combined with a discount: no refund method
    ['Ordering\n\nDuring sale events, credit notes and other discount codes cannot be applied.', undefined],
  ])('%j → %j', (text, value) => {
    const r = method(text).value as string[] | undefined;
    expect(r === undefined ? undefined : new Set(r)).toEqual(value === undefined ? undefined : new Set(value));
  });
});
