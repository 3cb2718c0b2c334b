/**
 * Shipping rules (first slice: the free-shipping threshold).
 */
import { findMoney } from '../language/money.js';
import type { Rule } from '../rule-types.js';

/** "free shipping on orders over $50", "orders of £40 or more ship free", "free delivery above €35". */
const FREE_SHIPPING = /\bfree (?:standard |ground |economy |domestic |uk |us |u\.s\. )?(?:shipping|delivery|postage)|ships? (?:for )?free|delivered free/;
const THRESHOLD_WORDS = /\b(?:over|above|more than|exceeding|or more|and up|and above|\+|at least|minimum|of|orders? (?:totall?ing|worth))\b|\+/;

const freeThreshold: Rule = (unit, ctx) => {
  const s = unit.norm;
  if (!FREE_SHIPPING.test(s)) return [];
  const money = findMoney(unit.text, ctx.dollar);
  if (money.length === 0) {
    if (/\bfree (?:standard )?(?:shipping|delivery) on (?:all|every) orders?\b/.test(s)) {
      return [{ term: 'shipping.free_threshold', value: { amount: 0, currency: ctx.dollar }, confidence: 0.85, unit }];
    }
    return [];
  }
  if (!THRESHOLD_WORDS.test(s)) return [];
  const m = money[0]!;
  return [{ term: 'shipping.free_threshold', value: { amount: m.amount, currency: m.currency }, confidence: 0.85, unit }];
};

export const SHIPPING_RULES: Rule[] = [freeThreshold];
