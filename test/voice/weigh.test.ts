import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { badRowsText, datesText, weighMarkdown } from '../../src/voice/weigh-output.js';
import { weighFeedback } from '../../src/voice/weigh.js';

const dir = mkdtempSync(join(tmpdir(), 'servicediff-weigh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('weighing a feedback file', () => {
  it('keeps quotes masked, cleaned by the one text cleaner and cut, with an address near the cut masked whole', async () => {
    const file = join(dir, 'feedback.txt');
    const padding = 'The refund came back so fast and painless, brilliant service. '.repeat(3);
    writeFileSync(file, `${padding}\u001b[2J Write to jo.bloggs@mail.example.co.uk or ring 0161 496 0000 any time, lovely people.\n`);
    const result = await weighFeedback(file);
    const quote = result.elements.find((e) => e.id === 'returns')?.quotes.find((q) => q.sentiment === 'positive');
    expect(quote).toBeDefined();
    expect(quote!.text).not.toContain('\u001b');
    expect(quote!.text).not.toMatch(/jo\.bloggs|@mail|0161/);
    expect(Array.from(quote!.text).length).toBeLessThanOrEqual(200);
  });

  it('names the rows it set aside, the first five of each reason, so they can be found in the file', async () => {
    const file = join(dir, 'holes.csv');
    const rows = ['body,rating', 'Quick delivery,5', ...Array.from({ length: 7 }, () => ',3'), '"Le colis est arrivé très vite et le service est parfait",5', 'Kind staff,5'];
    writeFileSync(file, rows.join('\n'));
    const result = await weighFeedback(file);
    expect(result.comments).toBe(2);
    expect(badRowsText(result)).toBe('7 empty (rows 2, 3, 4, 5, 6, …), 1 not English (row 9)');
  });

  it('counts reviews the shop did not publish by their status among the rows set aside, after the fixed reasons', async () => {
    const file = join(dir, 'moderated.csv');
    writeFileSync(file, ['body,curated', 'Quick delivery,spam', ',ok', 'Kind staff,ok', 'Buy cheap watches,spam', 'Slow refund,rejected'].join('\n'));
    const result = await weighFeedback(file);
    expect(result.comments).toBe(1);
    expect(badRowsText(result)).toBe('1 empty (row 2), 2 not published, status spam (rows 1, 4), 1 not published, status rejected (row 5)');
  });

  describe('says when the comments were written, reading each date as the export wrote it', () => {
    const spanOf = async (name: string, dates: string[]): Promise<[string | undefined, string | undefined]> => {
      const file = join(dir, name);
      writeFileSync(file, ['body,date', ...dates.map((d) => `"Quick delivery, thanks","${d}"`)].join('\n'));
      const result = await weighFeedback(file);
      return [result.firstDate, result.lastDate];
    };

    it.each([
      ['a US export, month first', ['09/21/2026', '10/02/2026', '11/05/2026'], ['2026-09-21', '2026-11-05']],
      ['a European export, day first: one day over 12 decides for the whole file', ['05/11/2026', '21/09/2026', '02/10/2026 14:02'], ['2026-09-21', '2026-11-05']],
      ['dots are day first', ['06.11.2026', '21.09.2026'], ['2026-09-21', '2026-11-06']],
      ['month names, with or without a weekday', ['6 Nov 2026', 'November 7, 2026', 'Tue, 3 Nov 2026 10:00:00 +0000'], ['2026-11-03', '2026-11-07']],
      ['ISO and year-first, with times and zones', ['2026-10-03 14:22:10 UTC', '2026/10/05', '2026-07-01 08:00:00 -0400'], ['2026-07-01', '2026-10-05']],
      ['words that are not a date are no date', ['yesterday', '2026-10-03'], ['2026-10-03', '2026-10-03']],
      ['a date inside a sentence is no date', ['Posted 3 June 2024', 'ordered 2024-06-01, came late', '2026-10-03'], ['2026-10-03', '2026-10-03']],
      ['a word that only begins like a month is no date (not June, not March)', ['Junk 3 2024', 'Marching 5', '2026-10-03'], ['2026-10-03', '2026-10-03']],
    ])('%s', async (_what, dates, span) => {
      expect(await spanOf('dates.csv', dates)).toEqual(span);
    });

    it('a row whose date cannot be read is still weighed; only its date is dropped', async () => {
      const file = join(dir, 'junk-dates.csv');
      writeFileSync(file, ['body,date', '"Quick delivery, thanks",Junk 3 2024', '"Slow refund",Marching 5', '"Kind staff",2026-10-03'].join('\n'));
      const result = await weighFeedback(file);
      expect([result.comments, result.firstDate, result.lastDate]).toEqual([3, '2026-10-03', '2026-10-03']);
    });

    it('counts the dates it could not read and says so beside the rows set aside, naming the column; nothing when all read', async () => {
      const file = join(dir, 'junk-column.csv');
      writeFileSync(file, ['body,Review Date', '"Quick delivery, thanks",soon', '"Slow refund",n/a', '"Kind staff",2026-10-03', '"Late parcel",'].join('\n'));
      const result = await weighFeedback(file);
      // The empty cell is no date written, so it is not counted.
      expect([result.comments, result.unreadDates]).toEqual([4, 2]);
      // Escaped as markdown, as the columns line is: the column name is the file's own text.
      expect(weighMarkdown(result)).toContain('Rows set aside: none. 2 dates could not be read (column Review Date): those comments are weighed without a date.');
      expect(datesText(result)).toBe('2 dates could not be read (column Review Date): those comments are weighed without a date');
      const clean = join(dir, 'clean-dates.csv');
      writeFileSync(clean, ['body,date', '"Quick delivery, thanks",2026-10-03'].join('\n'));
      const read = await weighFeedback(clean);
      expect(read.unreadDates).toBe(0);
      expect(datesText(read)).toBeUndefined();
      expect(weighMarkdown(read)).not.toContain('could not be read');
    });

    it('a date without a zone is the day written, whatever the time zone of the machine reading it', async () => {
      const zone = process.env.TZ;
      process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: midnight of the 6th is the 5th in UTC
      try {
        expect(await spanOf('zoned.csv', ['6 Nov 2026', 'Nov 7, 2026'])).toEqual(['2026-11-06', '2026-11-07']);
      } finally {
        if (zone === undefined) delete process.env.TZ;
        else process.env.TZ = zone;
      }
    });
  });
});
