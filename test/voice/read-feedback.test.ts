import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { recognizeColumns } from '../../src/voice/feedback-columns.js';
import { parseRating, readFeedback, type FeedbackEvent, type FeedbackItem, type ReadFeedbackOptions } from '../../src/voice/read-feedback.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sd-voice-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function read(name: string, content: string | Buffer, options: ReadFeedbackOptions = {}): Promise<FeedbackEvent[]> {
  const file = join(dir, name);
  writeFileSync(file, content);
  const events: FeedbackEvent[] = [];
  for await (const e of readFeedback(file, options)) events.push(e);
  return events;
}
const items = (events: FeedbackEvent[]): FeedbackItem[] => events.filter((e): e is FeedbackItem => e.kind === 'item');
const badReasons = (events: FeedbackEvent[]): string[] => events.flatMap((e) => (e.kind === 'bad' ? [e.reason] : []));
const columns = (events: FeedbackEvent[]): Record<string, string> => {
  const c = events.find((e) => e.kind === 'columns');
  return c && c.kind === 'columns' ? (c.names as Record<string, string>) : {};
};

describe('column recognition of review-app and help-desk exports', () => {
  it.each([
    ['Judge.me', ['title', 'body', 'rating', 'review_date', 'source', 'reviewer_name', 'reviewer_email', 'product_id'], { text: 'body', title: 'title', rating: 'rating', date: 'review_date' }],
    ['Yotpo', ['Review ID', 'Review Title', 'Review Content', 'Review Score', 'Date', 'User Email'], { text: 'Review Content', title: 'Review Title', rating: 'Review Score', date: 'Date', id: 'Review ID' }],
    ['Trustpilot', ['Review Created (UTC)', 'Review Stars', 'Review Title', 'Review Content', 'Review Id'], { text: 'Review Content', rating: 'Review Stars', date: 'Review Created (UTC)', id: 'Review Id' }],
    ['Stamped', ['reviewId', 'reviewTitle', 'reviewMessage', 'reviewRating', 'reviewDate'], { text: 'reviewMessage', title: 'reviewTitle', rating: 'reviewRating', date: 'reviewDate', id: 'reviewId' }],
    ['Google merchant reviews', ['creation_time', 'comment', 'rating'], { text: 'comment', rating: 'rating', date: 'creation_time' }],
    ['Zendesk tickets', ['Id', 'Subject', 'Description', 'Via', 'Created at', 'Satisfaction Score'], { text: 'Description', title: 'Subject', channel: 'Via', date: 'Created at', rating: 'Satisfaction Score', id: 'Id' }],
    ['Freshdesk tickets', ['Ticket ID', 'Subject', 'Description', 'Source', 'Created time'], { text: 'Description', title: 'Subject', channel: 'Source', date: 'Created time', id: 'Ticket ID' }],
    ['Gorgias tickets (API list, {"data": [...]})', ['id', 'channel', 'via', 'subject', 'status', 'created_datetime'], { text: 'subject', channel: 'channel', date: 'created_datetime', id: 'id' }],
    [
      'Gorgias messages (API list): the reply without the quoted thread',
      ['id', 'ticket_id', 'channel', 'via', 'subject', 'body_text', 'body_html', 'stripped_text', 'created_datetime'],
      { text: 'stripped_text', title: 'subject', channel: 'channel', date: 'created_datetime', id: 'id' },
    ],
    ['Google Business Profile reviews', ['reviewId', 'reviewer', 'starRating', 'comment', 'createTime', 'updateTime'], { text: 'comment', rating: 'starRating', date: 'createTime', id: 'reviewId' }],
  ])('%s', (_app, header, expected) => {
    const map = recognizeColumns(header);
    expect(map?.names).toMatchObject(expected);
  });

  it('--text-column names the text column, by its exact or normalised header', () => {
    expect(recognizeColumns(['Order', 'What could we do better?'], 'What could we do better?')?.names.text).toBe('What could we do better?');
    expect(recognizeColumns(['Order', 'What could we do better?'], 'what could we do better')?.names.text).toBe('What could we do better?');
    expect(recognizeColumns(['Order', 'Notes'])).toBeUndefined();
  });

  it('a file with no recognisable text column is one clear error naming the header and the flag', async () => {
    const error = await read('x.csv', 'Order,Notes\n1,late\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).oneLine()).toMatch(/x\.csv: no column recognised as the feedback text \(header: Order, Notes\).*--text-column/);
  });

  it.each(['reviews.csv', 'survey.txt', 'tickets.jsonl', 'reviews.json'])('an empty %s is one clear error, as every format', async (name) => {
    const error = await read(name, '').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).oneLine()).toMatch(new RegExp(`${name.replace('.', '\\.')}: the file is empty — export the`));
  });

  it('says which columns it read', async () => {
    const events = await read('reviews.csv', 'id,review_title,body,rating\nr1,Quick,Came next day,5\n');
    expect(columns(events)).toEqual({ id: 'id', title: 'review_title', text: 'body', rating: 'rating' });
    expect(items(events)).toEqual([{ kind: 'item', row: 1, id: 'r1', text: 'Quick. Came next day', rating: 5 }]);
  });
});

describe('bad rows are counted by reason, never fatal', () => {
  it('empty rows, broken quoting and non-English text in a CSV', async () => {
    const csv = [
      'id,body,rating',
      '1,"Arrived quickly, well packed",5',
      '2,,3',
      '3,"Stray "quote" inside,2',
      '4,"Le colis est arrivé très vite et le service est parfait",5',
      '5,"Two, lines\nin one quoted review",4',
      '6,Plain and fine,4',
      '7,"""Love it or return it"" except it costs to return it",2',
    ].join('\n');
    const events = await read('mixed.csv', csv);
    expect(badReasons(events).sort()).toEqual(['broken quoting', 'empty', 'not English']);
    expect(items(events).map((i) => i.id)).toEqual(['1', '5', '6', '7']);
    expect(items(events)[3]!.text).toBe('"Love it or return it" except it costs to return it');
    expect(items(events)[1]!.text).toBe('Two, lines\nin one quoted review');
  });

  it('a quote left open at the end of the file is the last row, and the rows before it keep their numbers', async () => {
    const events = await read('open.csv', 'body,rating\nRefund was quick,5\nSlow parcel,2\n"Never closed,1\n');
    expect(items(events).map((i) => [i.row, i.text])).toEqual([
      [1, 'Refund was quick'],
      [2, 'Slow parcel'],
    ]);
    expect(events.flatMap((e) => (e.kind === 'bad' ? [[e.row, e.reason]] : []))).toEqual([[3, 'broken quoting']]);
  });

  it('a semicolon export (Excel in most of Europe) keeps the unquoted commas of its reviews, and a comma export its semicolons', async () => {
    const euro = await read('euro.csv', '\uFEFFReview;Rating\r\nGreat, fast delivery;5\r\nRefund took weeks, very poor;1\r\n"Line one;\r\nline two";4\r\n');
    expect(badReasons(euro)).toEqual([]);
    expect(items(euro).map((i) => [i.text, i.rating])).toEqual([
      ['Great, fast delivery', 5],
      ['Refund took weeks, very poor', 1],
      ['Line one;\r\nline two', 4],
    ]);
    const comma = await read('comma.csv', 'id,review,rating\n1,Fast; well packed,5\n');
    expect(items(comma).map((i) => i.text)).toEqual(['Fast; well packed']);
  });

  it('a long e-mail in a ticket export is a comment; a quote left open that swallows the rows after it is broken quoting', async () => {
    const email = ['Hello,', ...Array.from({ length: 60 }, (_, i) => `Line ${i}: the parcel is late, and the refund too.`), 'Thanks'].join('\n');
    const tickets = await read('tickets.csv', `Ticket ID,Subject,Description,Status\n1,Late parcel,"${email}",Closed\n2,Refund,"Where is my refund?",Open\n`);
    expect(badReasons(tickets)).toEqual([]);
    expect(items(tickets).map((i) => i.id)).toEqual(['1', '2']);
    const rows = Array.from({ length: 58 }, (_, i) => `${i + 2},Fine review number ${i + 2},4`);
    const swallowed = await read('open.csv', ['id,body,rating', '1,"Opened a quote and never closed it,5', ...rows, '60,"last",3'].join('\n'));
    expect(badReasons(swallowed)).toEqual(['broken quoting']);
  });

  it('a row with more cells than the header (an unquoted comma in an export without quotes) is broken quoting', async () => {
    const events = await read('loose.csv', 'id,body,rating\n1,late, and rude,1\n2,fine,5\n');
    expect(badReasons(events)).toEqual(['broken quoting']);
    expect(items(events).map((i) => i.id)).toEqual(['2']);
  });

  it('bytes that are not valid UTF-8 in an otherwise UTF-8 file are an unreadable-encoding row', async () => {
    const good = Buffer.from('body\n' + 'Fast delivery and friendly staff\n'.repeat(3000), 'utf8'); // > 64 KB of clean UTF-8 first
    const bad = Buffer.concat([Buffer.from('Broken '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' bytes here\n')]);
    const events = await read('utf8.csv', Buffer.concat([good, bad, Buffer.from('Still readable after it\n')]));
    expect(badReasons(events)).toEqual(['unreadable encoding']);
    expect(items(events)).toHaveLength(3001);
  });

  it('a windows-1252 export (no BOM, not UTF-8) is decoded as such, so £ and é survive', async () => {
    const events = await read('excel.csv', Buffer.from('body\n"Postage was \xa36, too much for a caf\xe9 set"\n', 'latin1'));
    expect(badReasons(events)).toEqual([]);
    expect(items(events)[0]!.text).toBe('Postage was £6, too much for a café set');
  });

  it('a UTF-8 BOM is no part of the first JSON line or document (the decoder drops it)', async () => {
    expect(items(await read('bom.jsonl', '\uFEFF"Arrived late"\n')).map((i) => i.text)).toEqual(['Arrived late']);
    expect(items(await read('bom.json', '\uFEFF["Arrived late"]')).map((i) => i.text)).toEqual(['Arrived late']);
    expect(items(await read('bom.txt', '\uFEFFArrived late\n')).map((i) => i.text)).toEqual(['Arrived late']);
  });

  it('a UTF-16 file with its BOM is read', async () => {
    const events = await read('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Refund took a month\r\nQuick reply\r\n', 'utf16le')]));
    expect(items(events).map((i) => i.text)).toEqual(['Refund took a month', 'Quick reply']);
  });

  it('a .json document, as review APIs answer ({"reviews": [...]}, Google Business Profile: starRating ONE…FIVE, createTime), is read whole', async () => {
    const doc = {
      reviews: [
        { reviewId: 'g-1', reviewer: { displayName: 'A' }, starRating: 'ONE', comment: 'Nobody picked up the phone for two days', createTime: '2026-10-01T10:00:00Z' },
        { reviewId: 'g-2', reviewer: { displayName: 'B' }, starRating: 'FIVE', comment: 'Quick refund and polite staff', createTime: '2026-10-02T10:00:00Z' },
      ],
      averageRating: 3,
    };
    const events = await read('reviews.json', JSON.stringify(doc, null, 2));
    expect(badReasons(events)).toEqual([]);
    expect(columns(events)).toEqual({ text: 'comment', rating: 'starRating', date: 'createTime', id: 'reviewId' });
    expect(items(events).map((i) => [i.id, i.rating, i.date])).toEqual([
      ['g-1', 1, '2026-10-01T10:00:00Z'],
      ['g-2', 5, '2026-10-02T10:00:00Z'],
    ]);
    const array = await read('rows.json', '[{"id":"a","review":"Slow reply"},"Lovely staff"]');
    expect(items(array).map((i) => [i.id, i.text])).toEqual([['a', 'Slow reply'], ['2', 'Lovely staff']]);
    const lines = await read('lines.json', '{"message":"Slow reply"}\n{"message":"Kind staff"}\n');
    expect(items(lines).map((i) => i.text)).toEqual(['Slow reply', 'Kind staff']);
  });

  describe('a JSON document keeps its comments in the array whose objects hold a text key, however the API wraps it', () => {
    const reviews = [
      { id: 'r-1', body: 'Refund took a month', rating: 1 },
      { id: 'r-2', body: 'Parcel came the next day', rating: 5 },
    ];
    const rowsFrom = (events: FeedbackEvent[]): string | undefined => {
      const c = events.find((e) => e.kind === 'columns');
      return c && c.kind === 'columns' ? c.rowsFrom : undefined;
    };

    it.each([
      ['links and meta before the data (a JSON:API page)', { links: [{ href: '/reviews?page=2', rel: 'next' }], meta: { total: 2, pages: [{ n: 1 }] }, data: reviews }, 'data'],
      ['the rows one object down', { data: { reviews, count: 2 } }, 'data.reviews'],
      ['the rows three objects down, after arrays of other things', { result: { tags: [{ name: 'x' }], page: { items: reviews } } }, 'result.page.items'],
      ['pages, each holding its reviews at the same key (a paginated export)', { meta: { pages: 2 }, pages: [{ page: 1, reviews: [reviews[0]] }, { page: 2, reviews: [reviews[1]] }] }, 'pages[].reviews'],
      ['an array of pages, each holding its rows two objects down', [{ data: { items: [reviews[0]] } }, { data: { items: [reviews[1]] }, next: null }], '[].data.items'],
    ])('%s', async (_what, doc, path) => {
      const events = await read('export.json', JSON.stringify(doc));
      expect(badReasons(events)).toEqual([]);
      expect(items(events).map((i) => [i.id, i.text, i.rating])).toEqual([
        ['r-1', 'Refund took a month', 1],
        ['r-2', 'Parcel came the next day', 5],
      ]);
      expect(rowsFrom(events)).toBe(path);
    });

    it('--text-column decides which array holds the comments', async () => {
      const doc = { reviews: [{ body: 'Product page text' }], answers: [{ note: 'Nobody rang back' }] };
      const events = await read('survey.json', JSON.stringify(doc), { textColumn: 'note' });
      expect([rowsFrom(events), items(events).map((i) => i.text)]).toEqual(['answers', ['Nobody rang back']]);
    });

    it.each([
      ['on one line', JSON.stringify({ id: 'x', message: 'Kind staff', tags: ['staff'] })],
      ['pretty-printed over several lines', JSON.stringify({ id: 'x', message: 'Kind staff', tags: ['staff'] }, null, 2)],
    ])('a document that is one row, %s, is read as one comment, and names no path', async (_how, text) => {
      const events = await read('one.json', text);
      expect(badReasons(events)).toEqual([]);
      expect(items(events).map((i) => [i.id, i.text])).toEqual([['x', 'Kind staff']]);
      expect(events.find((e) => e.kind === 'columns')).toMatchObject({ format: 'json', names: { text: 'message', id: 'id' } });
      expect(rowsFrom(events)).toBeUndefined();
    });

    it.each([
      ['under a key that names no text', { meta: { total: 2 }, reviews: ['Refund took a month', 'Parcel came the next day'] }, {}, 'reviews'],
      ['under a key the column detection reads as a text (not a document of one row)', { comments: ['Refund took a month', 'Parcel came the next day'] }, {}, 'comments'],
      ['two objects down', { data: { reviews: ['Refund took a month', 'Parcel came the next day'] } }, {}, 'data.reviews'],
      ['named with --text-column, as the error about it says to', { reviews: ['Refund took a month', 'Parcel came the next day'] }, { textColumn: 'reviews' }, 'reviews'],
    ])('an array of strings is read as one comment each: %s', async (_what, doc, options, path) => {
      const events = await read('strings.json', JSON.stringify(doc, null, 2), options);
      expect(badReasons(events)).toEqual([]);
      expect(items(events).map((i) => [i.id, i.text])).toEqual([['1', 'Refund took a month'], ['2', 'Parcel came the next day']]);
      expect(rowsFrom(events)).toBe(path);
    });

    it('an array of objects with a text key comes before an array of strings, wherever they are', async () => {
      const events = await read('tagged.json', JSON.stringify({ tags: ['late', 'refund'], data: { reviews } }));
      expect([rowsFrom(events), items(events).map((i) => i.id)]).toEqual(['data.reviews', ['r-1', 'r-2']]);
    });

    it('an API page with no reviews says plainly that it holds no comments, and where it looked', async () => {
      const error = await read('page.json', JSON.stringify({ links: [], data: { reviews: [] }, meta: { total: 0 } })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).oneLine()).toMatch(/page\.json: no comments in links or data\.reviews/);
      expect((error as InputError).oneLine()).not.toMatch(/--text-column/);
    });

    it('a list of strings or an empty list beside objects with no text key is not taken for the comments: the error names the keys', async () => {
      for (const beside of [['deprecated field'], []]) {
        const doc = { warnings: beside, data: { reviews: [{ id: 'a', note: 'Nobody rang back' }] } };
        const error = await read('unnamed.json', JSON.stringify(doc)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).oneLine()).toMatch(/unnamed\.json: no list of objects with a key recognised as the feedback text \(keys: warnings, data\).*--text-column/);
      }
    });

    it('pages are read only when every page holds its comments at the same key', async () => {
      const doc = { pages: [{ reviews: [reviews[0]] }, { items: [reviews[1]] }] };
      const error = await read('mixed-pages.json', JSON.stringify(doc)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).oneLine()).toMatch(/mixed-pages\.json: no list of objects with a key recognised as the feedback text \(keys: pages\)/);
    });

    it('a document with no array of comments is one clear error naming its keys and the flag', async () => {
      const error = await read('links.json', JSON.stringify({ links: [{ href: '/a' }], meta: { total: 0 } })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).oneLine()).toMatch(/links\.json: no list of objects with a key recognised as the feedback text \(keys: links, meta\).*--text-column/);
    });
  });

  it("a help desk's satisfaction answer is a rating: Zendesk's good / bad, Help Scout's great / okay / not good; an unanswered survey is none", async () => {
    const csv = ['Id,Subject,Description,Via,Created at,Satisfaction Score', '1,Late,Nobody wrote back for a week,Mail,2026-10-01,Bad', '2,Thanks,Sorted in a day,Web,2026-10-02,Good', '3,Hi,Where is my parcel,Web,2026-10-03,Offered'].join('\n');
    expect(items(await read('zendesk.csv', csv)).map((i) => [i.id, i.rating])).toEqual([['1', 1], ['2', 5], ['3', undefined]]);
    expect(['Great', 'Okay', 'Not Good', 'meh'].map((v) => parseRating(v))).toEqual([5, 3, 1, undefined]);
  });

  it('a rating written as star glyphs is read: filled stars out of the row, out of 5 when none is empty; no filled star is no rating', async () => {
    const csv = ['body,stars', '"Came fast",★★★★☆', '"Came fast",★★★★★', '"Came fast",4★', '"Came fast",⭐️⭐️⭐️', '"Came fast",★ ★ ☆ ☆ ☆', '"Came fast",☆☆☆☆☆'].join('\n');
    expect(items(await read('glyphs.csv', csv)).map((i) => i.rating)).toEqual([4, 5, 4, 3, 2, undefined]);
    expect(['★★★★★★★☆☆☆', 'a★', '★★★★★★'].map((v) => parseRating(v))).toEqual([3.5, undefined, undefined]);
  });

  describe('reviews the shop did not publish are set aside with their status, not weighed', () => {
    it.each([
      ['a curated column (spam, ok, not-yet)', 'curated', ['spam', 'ok', 'not-yet'], ['not published, status spam']],
      ['a state column (published, unpublished, spam)', 'state', ['published', 'unpublished', 'spam'], ['not published, status unpublished', 'not published, status spam']],
      ['a Review Status column (rejected, pending, archived)', 'Review Status', ['Rejected', 'pending', 'archived'], ['not published, status rejected', 'not published, status archived']],
      ['a published flag: false is not published', 'published', ['true', 'false', 'TRUE'], ['not published, status unpublished']],
      ['a hidden flag: true is hidden', 'hidden', ['false', 'true', ''], ['not published, status hidden']],
    ])('%s', async (_what, column, values, reasons) => {
      const rows = values.map((v, i) => `"Parcel number ${i + 1} came quickly",5,${v}`);
      const events = await read('statuses.csv', ['body,rating,' + column, ...rows].join('\n'));
      expect(columns(events).status).toBe(column);
      expect(badReasons(events)).toEqual(reasons);
      expect(items(events)).toHaveLength(values.length - reasons.length);
    });

    it('pending (not yet moderated) is weighed: auto-publish holds back the low stars, so dropping it would keep only praise', async () => {
      const events = await read('pending.csv', 'body,rating,status\n"Still waiting for my refund",1,pending\n');
      expect(items(events).map((i) => i.text)).toEqual(['Still waiting for my refund']);
    });

    it('a ticket status (open, solved, closed) sets nothing aside', async () => {
      const events = await read('tickets.csv', 'Subject,Description,Status\nLate,Where is my parcel,open\nLate,It came,closed\n');
      expect(badReasons(events)).toEqual([]);
    });

    it('JSON rows too, with a boolean published flag', async () => {
      const events = await read('reviews.json', JSON.stringify({ reviews: [{ content: 'Fast and kind', published: false }, { content: 'Fast and friendly', published: true }] }));
      expect(badReasons(events)).toEqual(['not published, status unpublished']);
      expect(items(events).map((i) => i.text)).toEqual(['Fast and friendly']);
    });
  });

  it('JSON lines: objects by key, plain strings, and broken lines counted', async () => {
    const lines = ['{"id":"t-1","message":"Nobody answered my ticket","score":2}', '"Lovely staff"', '{not json', '', '{"id":"t-2","message":"  "}'];
    const events = await read('tickets.jsonl', lines.join('\n'));
    expect(items(events).map((i) => [i.id, i.text, i.rating])).toEqual([
      ['t-1', 'Nobody answered my ticket', 2],
      ['2', 'Lovely staff', undefined],
    ]);
    expect(badReasons(events).sort()).toEqual(['broken JSON', 'empty', 'empty']);
  });

  it('a .json file of JSON lines is read, and named, as JSON lines', async () => {
    const events = await read('reviews.json', '"Arrived late"\n"Lovely staff"\n');
    expect(items(events).map((i) => i.text)).toEqual(['Arrived late', 'Lovely staff']);
    const announced = events.find((e) => e.kind === 'columns');
    expect(announced && announced.kind === 'columns' ? announced.format : undefined).toBe('jsonl');
  });
});
