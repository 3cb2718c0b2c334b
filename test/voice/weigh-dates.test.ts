import { describe, expect, it } from 'vitest';
import { DateSpan } from '../../src/voice/weigh-dates.js';

const spanOf = (...dates: string[]): { first: string; last: string } | undefined => {
  const span = new DateSpan();
  for (const date of dates) span.add(date);
  return span.span();
};

// These dates carry no zone: each must give the day written in any time zone (run once with TZ=Asia/Tokyo to see it).
describe('DateSpan', () => {
  it('reads a month name joined by hyphens, as Excel writes dd-mmm-yyyy, as the day written', () => {
    expect(spanOf('06-Nov-2026')).toEqual({ first: '2026-11-06', last: '2026-11-06' });
    expect(spanOf('Nov-06-2026', '1-December-2026')).toEqual({ first: '2026-11-06', last: '2026-12-01' });
  });

  it('reads the shapes it names without the local time zone', () => {
    expect(spanOf('2026-11-06 10:00:00 UTC', '06.11.2026', '6 Nov 2026', 'November 6, 2026')).toEqual({ first: '2026-11-06', last: '2026-11-06' });
  });

  it('takes the day written from a zone-less date left to Date.parse', () => {
    expect(spanOf('2026 Nov 6')).toEqual({ first: '2026-11-06', last: '2026-11-06' });
  });

  it('reads slashed dates day first once a first part is over 12, else month first', () => {
    expect(spanOf('21/09/2026', '01/10/2026')).toEqual({ first: '2026-09-21', last: '2026-10-01' });
    expect(spanOf('09/21/2026', '10/01/2026')).toEqual({ first: '2026-09-21', last: '2026-10-01' });
  });
});
