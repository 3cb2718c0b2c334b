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

  it('a few invalid bytes in a real UTF-8 page become U+FFFD, its well-formed €, £ and é stay, and nothing throws', () => {
    const bytes = Buffer.concat([utf8(`<p>${SENTENCE} Refund `), Buffer.from([0xff, 0xfe, 0xc3]), utf8(' within 30 days</p>')]);
    const decoded = decodeBody(bytes, 'text/html; charset=utf-8');
    expect(decoded.text).toContain('\uFFFD');
    expect(decoded.text).toContain(SENTENCE);
    expect(decoded.text).toContain('within 30 days');
    expect(decoded.source).toBe('header');
  });

  // Issue 12: a page declared UTF-8 (header or meta) but written in windows-1252 lost its "€5 restocking fee".
  it.each([
    ['in the Content-Type header', 'text/html; charset=utf-8', ''],
    ['in <meta charset>', 'text/html', '<meta charset="utf-8">'],
  ])('when UTF-8 is declared %s but the bytes are windows-1252 then the text is read as windows-1252', (_where, header, meta) => {
    const bytes = Buffer.concat([utf8(`<html lang="en">${meta}<p>`), cp1252('A €5 restocking fee applies to opened café sets.'), utf8('</p>')]);
    const decoded = decodeBody(bytes, header);
    expect(decoded.text).toContain('A €5 restocking fee applies to opened café sets.');
    expect(decoded.text).not.toContain('\uFFFD');
    expect(decoded).toMatchObject({ encoding: 'windows-1252', source: 'single-byte-fallback' });
  });

  it('the fallback follows the page language: a Polish page declared UTF-8 but saved as windows-1250 is read as such', () => {
    // "zł" and "ś" in windows-1250: ł is 0xB3, ś is 0x9C.
    const bytes = Buffer.concat([utf8('<html lang="pl-PL"><p>Zwrot kosztuje 15 z'), Buffer.from([0xb3]), utf8(' w ci'), Buffer.from([0xb9, 0x67, 0x75]), utf8(' 14 dni.</p>')]);
    const decoded = decodeBody(bytes, 'text/html; charset=utf-8');
    expect(decoded.text).toContain('Zwrot kosztuje 15 zł w ciągu 14 dni.');
    expect(decoded.encoding).toBe('windows-1250');
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

/** Serve `body` as /returns with this content-type on a loopback server and fetch it through a real fetcher. */
async function fetchReturns(contentType: string, body: Buffer) {
  const server: LoopbackServer = await startSite({ '/returns': { headers: { 'content-type': contentType }, body } });
  closers.push(server);
  const f: PoliteFetcher = createFetcher(testRuntime());
  closers.push(f);
  return f.fetch(server.url('/returns'));
}

describe('B5 through the fetcher', () => {
  it('when a page is windows-1252 declared only by its meta then the body and its hash carry €, £ and é', async () => {
    const body = Buffer.concat([utf8('<!doctype html><html><head><meta charset="windows-1252"><title>Returns</title></head><body><p>'), cp1252(SENTENCE.repeat(20)), utf8('</p></body></html>')]);
    const outcome = await fetchReturns('text/html', body);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.page.body).toContain(SENTENCE);
    expect(outcome.page.bytes).toBe(Buffer.byteLength(outcome.page.body));
  });

  it('when the server declares UTF-8 but sends windows-1252 then the page keeps its "€5 restocking fee" (issue 12)', async () => {
    const policy = 'Opened items carry a €5 restocking fee; déjà-vu returns are refunded in full. '.repeat(10);
    const body = Buffer.concat([utf8('<!doctype html><html lang="en"><head><title>Returns</title></head><body><p>'), cp1252(policy), utf8('</p></body></html>')]);
    const outcome = await fetchReturns('text/html; charset=utf-8', body);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.page.body).toContain('a €5 restocking fee');
    expect(outcome.page.body).not.toContain('\uFFFD');
  });
});
