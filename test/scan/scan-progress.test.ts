import { describe, expect, it } from 'vitest';
import type { CrawlEvent } from '../../src/crawl/crawl-types.js';
import { createProgress } from '../../src/scan/scan-progress.js';

const EVENTS: CrawlEvent[] = [
  { type: 'business-start', business: 'juniper', host: '127.0.0.1:8080' },
  { type: 'pages-planned', business: 'juniper', count: 2 },
  { type: 'page-done', business: 'juniper', url: 'http://127.0.0.1:8080/returns', status: 'ok', rendered: false },
  { type: 'problem', business: 'juniper', url: 'http://127.0.0.1:8080/shipping', kind: 'timeout', reason: 'no answer in 30 s' },
  { type: 'page-done', business: 'juniper', url: 'http://127.0.0.1:8080/shipping', status: 'failed', rendered: false },
  { type: 'business-done', business: 'juniper', pages: 2, problems: 1 },
];

function play(mode: Parameters<typeof createProgress>[0]): string {
  let text = '';
  const progress = createProgress(mode, (t) => (text += t), 1);
  for (const event of EVENTS) progress.onEvent(event);
  progress.finish();
  return text;
}

describe('scan progress', () => {
  it('draws a bar with businesses and pages done of total on a terminal', () => {
    const text = play('bar');
    expect(text).toContain('businesses 1/1 · pages 2/2');
    expect(text).toContain('127.0.0.1:8080');
    expect(text.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('prints one plain line per page and problem when piped', () => {
    const lines = play('lines').trim().split('\n');
    expect(lines).toContain('  ok        http://127.0.0.1:8080/returns');
    expect(lines.some((l) => l.includes('problem  juniper: timeout — no answer in 30 s'))).toBe(true);
    expect(lines.every((l) => !l.includes('\r'))).toBe(true);
  });

  it('says on each page line how its text was read: browser, embedded data, JSON endpoint, or nothing for plain HTML', () => {
    let text = '';
    const progress = createProgress('lines', (t) => (text += t), 1);
    const page = (path: string, extra: Partial<Extract<CrawlEvent, { type: 'page-done' }>>) =>
      progress.onEvent({ type: 'page-done', business: 'juniper', url: `http://127.0.0.1:8080${path}`, status: 'ok', rendered: false, ...extra });
    page('/a', { textFrom: 'static' });
    page('/b', { textFrom: 'payload' });
    page('/c', { textFrom: 'endpoint' });
    page('/d', { rendered: true, textFrom: 'rendered' });
    page('/e', { rendered: true });
    page('/f', { status: 'unchanged', textFrom: 'endpoint', pageAskedAt: '2026-11-30T06:00:00.000Z' });
    expect(text.trimEnd().split('\n')).toEqual([
      '  ok        http://127.0.0.1:8080/a',
      '  ok        http://127.0.0.1:8080/b (embedded data)',
      '  ok        http://127.0.0.1:8080/c (JSON endpoint)',
      '  ok        http://127.0.0.1:8080/d (browser)',
      '  ok        http://127.0.0.1:8080/e (browser)',
      // Its endpoint answered unchanged, so the page was not asked: when it was, and the setting that decides.
      '  unchanged http://127.0.0.1:8080/f (JSON endpoint; the page itself last asked 2026-11-30, crawl.recheckMissingDays)',
    ]);
  });

  it('prints one JSON object per event with --json', () => {
    const lines = play('json').trim().split('\n');
    expect(lines).toHaveLength(EVENTS.length);
    expect(lines.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual(EVENTS.map((e) => e.type));
  });

  it('prints only problems with --quiet', () => {
    const lines = play('quiet').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('timeout');
  });

  it('never lets a crawled URL move the cursor or reorder the line', () => {
    let text = '';
    const progress = createProgress('lines', (t) => (text += t), 1);
    progress.onEvent({ type: 'page-done', business: 'juniper', url: 'http://x/\u001b[2Jevil\u202eabc', status: 'ok', rendered: false });
    expect(text).toBe('  ok        http://x/evilabc\n');
  });
});
