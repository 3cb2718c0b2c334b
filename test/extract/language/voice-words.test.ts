/**
 * Who speaks and how firmly (src/extract/language/voice-words.ts): the shop's first person and the hedge words of
 * generic filler, one word class each for the template filter and the page-level returns readers.
 */
import { describe, expect, it } from 'vitest';
import { HEDGED, SHOP_VOICE } from '../../../src/extract/language/voice-words.js';

describe('the shop speaking as itself', () => {
  it.each<[string, boolean]>([
    ["we'll send a label by e-mail", true],
    ['send it back to our studio', true],
    ['i pack every order myself', true],
    ['my workshop is closed on sundays', true],
    // the "i" of "i.e." is no speaker
    ['a set period (i.e. 30 days) applies', false],
    ['the store may inspect the item', false],
  ])('%j → %s', (text, expected) => {
    expect(SHOP_VOICE.test(text)).toBe(expected);
  });
});

describe('a hedge says what happens as a habit', () => {
  it.each<[string, boolean]>([
    ['items must typically be unused', true],
    ['as a rule no refunds are given', true],
    ['in most cases a refund follows', true],
    ['refunds are ordinarily issued to the card', true],
    ['refunds are issued to the card', false],
    // a word that only contains one is not one
    ['our general terms apply', false],
  ])('%j → %s', (text, expected) => {
    expect(HEDGED.test(text)).toBe(expected);
  });
});
