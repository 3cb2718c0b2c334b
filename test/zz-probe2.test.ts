import { it } from 'vitest';
import { refundOccasion } from '../src/extract/rules/other-policy.js';
import { valueOf } from './extract/rules/helpers.js';
it('probe', () => {
  for (const t of ['if your order has not yet been delivered after 20 days, we refund you to your original payment method.', 'if you have not received your refund within 10 business days, contact us.'])
    console.log('OCC', refundOccasion(t, 'refund'), refundOccasion(t), t);
  for (const [t, term] of [
    ['If your order has not yet been delivered after 20 days, we refund you within 5 business days.', 'returns.refund_days'],
    ['We refund you to your original payment method.', 'returns.refund_method'],
    ['If your order has not yet been delivered, we refund you to your original payment method.', 'returns.refund_method'],
    ['If your order has not yet been delivered after 20 days, we refund the full amount to your card.', 'returns.refund_method'],
    ['If you order items such as gift sets, you can return them within 30 days.', 'returns.window_days'],
    ['Gift sets can be returned within 30 days.', 'returns.window_days'],
    ['If your parcel is lost in transit, we send a new one.\n\nIf you order items such as gift sets, you can return them within 30 days.', 'returns.window_days'],
    ['If you cancel your order before it ships, we refund you in full.\n\nIf you buy items such as gift sets, you can return them within 30 days.', 'returns.window_days'],
    ['If you buy items such as gift sets, you can return them within 30 days.', 'returns.window_days'],
    ['Refunds are made to your card within 5 days of receiving the return.\n\nIf you have not received your refund within 10 business days, contact us.', 'returns.refund_days'],
    ['Refunds go back to your card. If you have not received your refund within 10 business days, contact us.', 'returns.refund_days'],
  ] as const) console.log('VAL', JSON.stringify(valueOf(t, term as any)), '|', t);
});
