/** Media types per purpose: RELIABILITY B6 (pure table, then real responses). */
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { charsetParam, isAcceptedType, mediaType } from '../../src/fetch/content-type.js';
import { createFetcher, type PoliteFetcher } from '../../src/fetch/fetch-page.js';
import { startSite, type LoopbackServer } from '../helpers/loopback-server.js';
import { testRuntime } from './fetch-test-config.js';

describe('content types (pure)', () => {
  it.each([
    ['text/html', 'page', true],
    ['application/xhtml+xml', 'page', true],
    ['text/plain', 'page', true],
    ['application/pdf', 'page', false],
    ['image/png', 'page', false],
    ['application/octet-stream', 'page', false],
    ['application/xml', 'sitemap', true],
    ['text/xml', 'sitemap', true],
    ['application/gzip', 'sitemap', true],
    ['text/html', 'sitemap', false],
    ['text/html', 'robots', true],
    // A JSON endpoint a page's widget names (crawl/embedded-text.ts): JSON only, never a page passed off as data.
    ['application/json', 'data', true],
    ['application/vnd.api+json', 'data', true],
    ['text/html', 'data', false],
    ['application/javascript', 'data', false],
  ] as const)('%s for a %s: %s', (type, purpose, accepted) => {
    expect(isAcceptedType(type, purpose)).toBe(accepted);
  });

  it('parses media type and charset parameters', () => {
    expect(mediaType('Text/HTML; charset="UTF-8"')).toBe('text/html');
    expect(charsetParam('Text/HTML; Charset="UTF-8"')).toBe('utf-8');
    expect(mediaType(undefined)).toBe('');
  });
});

let closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of closers.reverse()) await c.close();
  closers = [];
});

describe('B6 through the fetcher', () => {
  it.each([
    ['application/pdf', Buffer.from('%PDF-1.7 returns within 30 days')],
    ['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['application/octet-stream', Buffer.from([0, 1, 2, 3])],
  ])('when the policy URL answers %s then it is unsupported-type and no text comes back', async (type, body) => {
    const server: LoopbackServer = await startSite({ '/returns': { headers: { 'content-type': type }, body } });
    closers.push(server);
    const f: PoliteFetcher = createFetcher(testRuntime());
    closers.push(f);
    const outcome = await f.fetch(server.url('/returns'));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.kind).toBe('unsupported-type');
    expect(outcome.failure.reason).toContain(type);
  });

  it('when a sitemap or data URL answers an error in HTML then its status is the failure, not its type', async () => {
    // The loopback server answers an unknown path 404 with a text/html not-found page.
    const server = await startSite({ '/down.json': { status: 503, headers: { 'content-type': 'text/html' }, body: '<p>Down for maintenance</p>' } });
    closers.push(server);
    const f = createFetcher(testRuntime());
    closers.push(f);
    const missing = await f.fetch(server.url('/sitemap.xml'), { purpose: 'sitemap' });
    expect(missing.ok || [missing.failure.kind, missing.failure.status, missing.failure.reason]).toEqual(['not-found', 404, `${server.url('/sitemap.xml')}: answered 404`]);
    const down = await f.fetch(server.url('/down.json'), { purpose: 'data' });
    expect(down.ok || [down.failure.kind, down.failure.status]).toEqual(['http-status', 503]);
  });

  it('when a sitemap is served as a .xml.gz file then it is gunzipped and read', async () => {
    const xml = '<?xml version="1.0"?><urlset><url><loc>https://lamps.example/returns</loc></url></urlset>';
    const server = await startSite({ '/sitemap.xml.gz': { headers: { 'content-type': 'application/gzip' }, body: gzipSync(xml) } });
    closers.push(server);
    const f = createFetcher(testRuntime());
    closers.push(f);
    const outcome = await f.fetch(server.url('/sitemap.xml.gz'), { purpose: 'sitemap' });
    expect(outcome.ok && outcome.page.body).toBe(xml);
  });

  it('when a gzipped sitemap expands past the cap then it is too-large', async () => {
    const server = await startSite({ '/sitemap.xml.gz': { headers: { 'content-type': 'application/gzip' }, body: gzipSync(Buffer.alloc(5_000_000, 0x20)) } });
    closers.push(server);
    const f = createFetcher(testRuntime());
    closers.push(f);
    const outcome = await f.fetch(server.url('/sitemap.xml.gz'), { purpose: 'sitemap', maxBytes: 100_000 });
    expect(outcome.ok || outcome.failure.kind).toBe('too-large');
    expect(outcome.ok || outcome.failure.reason).toContain('100000');
  });
});
