import { describe, expect, it } from 'vitest';
import { endsOn, opensMidSentence, withoutClosers } from '../../../src/extract/language/line-ends.js';

describe('line ends', () => {
  it('reads past emphasis, closing quotes and brackets to the last mark', () => {
    expect(withoutClosers('**Will I get a tracking number?**  ')).toBe('**Will I get a tracking number?');
    expect(endsOn('she said "it is on its way."', '.!?')).toBe(true);
    expect(endsOn('(see the returns page.)', '.')).toBe(true);
  });

  it('takes the marks from the caller, so each joiner keeps its own', () => {
    expect(endsOn('Standard shipping –', '.!?')).toBe(false);
    expect(endsOn('Standard shipping –', '.!?–')).toBe(true);
    expect(endsOn('', '.')).toBe(false);
  });

  it('tells a line that goes on with the sentence before it', () => {
    expect(opensMidSentence('  experience. The only plant that survived')).toBe(true);
    expect(opensMidSentence('The parcel came on Monday.')).toBe(false);
    expect(opensMidSentence(', and then nothing', ',;)')).toBe(true);
    expect(opensMidSentence(', and then nothing')).toBe(false);
    expect(opensMidSentence('')).toBe(false);
  });
});
