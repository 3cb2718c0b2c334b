/** Charset decoding per WHATWG: RELIABILITY B5 (pure table, then one page through a real server). */
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBody, prescanMeta } from '../../src/fetch/charset.js';
import { createFetcher, type PoliteFetcher } from '../../src/fetch/fetch-page.js';
import { startSite, type LoopbackServer } from '../helpers/loopback-server.js';
import { testRuntime } from './fetch-test-config.js';

const SENTENCE = 'Returns cost €4.95 (£4) for the café range.';
/** windows-1252 bytes of SENTENCE: € is 0x80, £ 0xA3, é 0xE9. */
const cp1252 = (text: string): Buffer =>
  Buffer.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('decodeBody (pure)', () => {
  it.each([
    ['windows-1252 declared only in <meta charset>', Buffer.concat([utf8('<meta charset="windows-1252"><p>'), cp1252(SENTENCE)]), undefined, 'meta'],
    ['windows-1252 in <meta http-equiv>', Buffer.concat([utf8('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>'), cp1252(SENTENCE)]), undefined, 'meta'],
    ['header beats a conflicting meta', Buffer.concat([utf8('<meta charset="utf-8"><p>'), cp1252(SENTENCE)]), 'text/html; charset=windows-1252', 'header'],
    ['BOM beats a conflicting header', Buffer.concat([BOM, utf8(`<meta charset="windows-1252"><p>${SENTENCE}`)]), 'text/html; charset=iso-8859-1', 'bom'],
    ['undeclared UTF-8', utf8(`<p>${SENTENCE}`), 'text/html', 'utf-8-sniff'],
    ['undeclared windows-1252', Buffer.concat([utf8('<p>'), cp1252(SENTENCE)]), undefined, 'default'],
  ])('%s: €, £ and é survive', (_name, bytes, header, source) => {
    const decoded = decodeBody(bytes, header);
    expect(decoded.text).toContain(SENTENCE);
    expect(decoded.source).toBe(source);
    expect(decoded.text.startsWith('\uFEFF')).toBe(false);
  });

  it('invalid UTF-8 bytes become U+FFFD and nothing throws', () => {
    const bytes = Buffer.concat([utf8('<p>Refund '), Buffer.from([0xff, 0xfe, 0xc3]), utf8(' within 30 days</p>')]);
    const decoded = decodeBody(bytes, 'text/html; charset=utf-8');
    expect(decoded.text).toContain('\uFFFD');
    expect(decoded.text).toContain('within 30 days');
  });

  it('an unknown header label falls through to the meta', () => {
    const decoded = decodeBody(Buffer.concat([utf8('<meta charset="windows-1252">'), cp1252(SENTENCE)]), 'text/html; charset=x-no-such-thing');
    expect(decoded.source).toBe('meta');
    expect(decoded.text).toContain(SENTENCE);
  });

  it('the meta prescan reads only the first 1024 bytes, and a UTF-16 meta means UTF-8', () => {
    expect(prescanMeta(utf8(`${' '.repeat(1100)}<meta charset="windows-1252">`))).toBeUndefined();
    expect(prescanMeta(utf8('<meta charset="utf-16">'))).toBe('utf-8');
  });
});

let closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of closers.reverse()) await c.close();
  closers = [];
});

describe('B5 through the fetcher', () => {
  it('when a page is windows-1252 declared only by its meta then the body and its hash carry €, £ and é', async () => {
    const body = Buffer.concat([utf8('<!doctype html><html><head><meta charset="windows-1252"><title>Returns</title></head><body><p>'), cp1252(SENTENCE.repeat(20)), utf8('</p></body></html>')]);
    const server: LoopbackServer = await startSite({ '/returns': { headers: { 'content-type': 'text/html' }, body } });
    closers.push(server);
    const f: PoliteFetcher = createFetcher(testRuntime());
    closers.push(f);
    const outcome = await f.fetch(server.url('/returns'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.page.body).toContain(SENTENCE);
    expect(outcome.page.bytes).toBe(Buffer.byteLength(outcome.page.body));
  });
});
