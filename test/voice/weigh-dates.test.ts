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

  it('reads a year-first month name as the day written, with or without a zone', () => {
    expect(spanOf('2026 Nov 6')).toEqual({ first: '2026-11-06', last: '2026-11-06' });
    // Late on the 6th in California is the 7th in UTC and in Europe; the cell says the 6th.
    expect(spanOf('Fri 2026 Nov 6 23:30 -0800')).toEqual({ first: '2026-11-06', last: '2026-11-06' });
  });

  it('reads a month by its full name or a usual abbreviation only (Sept too), in any case, with or without a dot', () => {
    expect(spanOf('Sept 5 2026', 'Sep. 6, 2026', '7 SEPT 2026', 'May 1 2026', '2 june 2026')).toEqual({ first: '2026-05-01', last: '2026-09-07' });
  });

  it('a word that only begins like a month is no month, so a date column holding it has no date', () => {
    for (const text of ['Junk 3 2024', 'Marching 5 2024', '3 Marching 2024', 'Mayday 1 2026', 'Junio 5 2026']) expect(spanOf(text)).toBeUndefined();
  });

  it("reads none of what the engine's Date.parse would guess: a date needs a month, a day and a four-digit year", () => {
    // V8 reads each of these: a month from any word's first three letters, unknown words skipped, 2001 for no year.
    for (const text of ['Marching 5', '3', '12', '1 2', 'Nov 2026', 'Nov 2026 junk', 'posted 2026 Nov 6', '6 November']) expect(spanOf(text)).toBeUndefined();
    expect(spanOf('2026 Sept 6', 'Fri 2026 Nov 6 10:00 GMT')).toEqual({ first: '2026-09-06', last: '2026-11-06' });
  });

  it('reads a date cell: the date with only a weekday, "on", a time, "at" and a zone around it, in every shape', () => {
    const cells = [
      'Tue, 3 Nov 2026 10:00:00 +0000', 'Friday, November 6, 2026 at 10:00 AM', 'on 6 Nov 2026', 'Nov 6, 2026 (UTC)', '6 Nov 2026 10am',
      '2026-11-06T10:00:00.000Z', '2026-11-06T10:00:00+01:00', '2026-11-06 10:00:00 UTC', '06.11.2026 14:02', 'Fri 2026 Nov 6 10:00 GMT', '06/Nov/2026',
    ];
    for (const cell of cells) expect([cell, spanOf(cell)?.first]).toEqual([cell, cell.includes('3 Nov') ? '2026-11-03' : '2026-11-06']);
  });

  it('a date inside a sentence is no date cell, in any shape: no word around it but those', () => {
    const sentences = [
      'Posted 3 June 2024', 'Posted June 3, 2024', 'Ordered 3 June 2024, arrived late', '3 June 2024 was when I ordered', 'reviewed on 2024-06-03',
      '2024-06-03 by Sam', '03/06/2024 edited', '03.06.2024 see note', '2024 Jun 3 posted', 'Jun 3 2024 5',
    ];
    for (const text of sentences) expect([text, spanOf(text)]).toEqual([text, undefined]);
  });

  it('reads slashed dates day first once a first part is over 12, else month first', () => {
    expect(spanOf('21/09/2026', '01/10/2026')).toEqual({ first: '2026-09-21', last: '2026-10-01' });
    expect(spanOf('09/21/2026', '10/01/2026')).toEqual({ first: '2026-09-21', last: '2026-10-01' });
  });

  it('counts the dates it could not read, a slashed one by the order the file settles on', () => {
    const span = new DateSpan();
    for (const text of ['2026-10-03', 'yesterday', 'Junk 3 2024', '2026-02-30', '21/09/2026', '09/21/2026']) span.add(text);
    // Day first (21/09 decides), so 09/21/2026 is the 9th of month 21: no date. The impossible 30 February is none either.
    expect([span.span(), span.unread]).toEqual([{ first: '2026-09-21', last: '2026-10-03' }, 4]);
    const readable = new DateSpan();
    readable.add('6 Nov 2026');
    expect(readable.unread).toBe(0);
  });
});
