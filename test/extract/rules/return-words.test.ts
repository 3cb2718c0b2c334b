import { describe, expect, it } from 'vitest';
import { MOVE_BACK } from '../../../src/extract/rules/return-words.js';

describe('MOVE_BACK: goods moving back to the shop without the word "return"', () => {
  it.each([
    ['send it back within 30 days'],
    ['mail the unopened jars back to us'],
    ['bring or post unplayed-with toys back'],
    ['items shipped back at your cost'],
    ['we will take them back if unworn'],
    ['we cannot accept it back once opened'],
    ['goods taken back for credit'],
  ])('%s', (text) => expect(MOVE_BACK.test(text)).toBe(true));

  it.each([
    ['we post back-ordered items within 14 days'],
    ['items on back order ship later'],
    ['it takes 3 days to get back to you'],
    ['we will get back to you within a day'],
  ])('not a trip back: %s', (text) => expect(MOVE_BACK.test(text)).toBe(false));
});
