/** Parsing off the event loop within limits (issue 12): real worker threads, each task under a time limit. */
import { afterEach, describe, expect, it } from 'vitest';
import { PageWorkers } from '../../src/crawl/page-worker.js';
import { MAX_HTML_DEPTH } from '../../src/fetch/html-depth.js';

const nestedPage = (depth: number): string =>
  `<!doctype html><html><body><main>${'<div>'.repeat(depth)}Orders ship within two days.${'</div>'.repeat(depth)}</main><script>app()</script></body></html>`;
const policy = `<html><body><main><p>${'Orders ship within two days of payment by tracked courier. '.repeat(20)}</p></main><script>1</script></body></html>`;

let pools: PageWorkers[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});
const poolOf = (options: ConstructorParameters<typeof PageWorkers>[0] = {}): PageWorkers => {
  const pool = new PageWorkers(options);
  pools.push(pool);
  return pool;
};

describe('PageWorkers', () => {
  it('decides a normal page in a worker as needsBrowser would', async () => {
    const verdict = await poolOf().decide(policy, 'https://shop.example/shipping', ['shipping'], 'auto', 'text/html');
    expect(verdict).toMatchObject({ kind: 'ok', decision: { needed: false, signals: [] } });
    // The same parse gave the page's terms: a static page is parsed once, in the worker.
    expect(verdict.kind === 'ok' ? verdict.extract?.category : undefined).toContain('shipping');
  });

  it('when a page nests 100,000 <div>s then it comes back too deep, and the next page is decided', async () => {
    const pool = poolOf();
    const [deep, normal] = await Promise.all([
      pool.decide(nestedPage(100_000), 'https://shop.example/shipping', ['shipping'], 'auto', 'text/html'),
      pool.decide(policy, 'https://shop.example/shipping', ['shipping'], 'auto', 'text/html'),
    ]);
    expect(deep).toEqual({ kind: 'too-deep', depth: MAX_HTML_DEPTH + 1 });
    expect(normal.kind).toBe('ok');
  });

  it('when a task runs past the time limit then it fails and its worker is terminated, to be replaced by a fresh one', async () => {
    // 1 ms is less than any parse of a 2 MB page takes once the worker is ready; the limit starts then, not at spawn.
    const pool = poolOf({ workers: 1, timeLimitMs: 1 });
    const big = `<html><body>${'<p>Returns are free within thirty days of delivery.</p>'.repeat(40_000)}</body></html>`;
    const slow = await pool.decide(big, 'https://shop.example/returns', ['returns'], 'auto', 'text/html');
    expect(slow).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/not parsed within/) });
    expect(pool.replaced).toBe(1);
  });

  it('an endpoint is read with its terms; checked against a render, it is read only when the render showed its text', async () => {
    const pool = poolOf();
    const text = 'Items may be returned within thirty days of delivery for a full refund.';
    const json = JSON.stringify({ article: { body: `<h2>Returns</h2><p>${text}</p><p>${text.replace('thirty', 'the')}</p>` } });
    const page = 'https://shop.example/pages/returns';
    const read = await pool.endpoint(json, 'https://shop.example/api/returns.json', page, ['returns'], { title: 'Returns' });
    expect(read.kind === 'ok' ? read.extract?.category : undefined).toContain('returns');
    // A site's first render whose text the endpoint holds is kept as read from the endpoint, with its terms.
    const shown = await pool.endpoint(json, 'https://shop.example/api/returns.json', page, ['returns'], { title: 'Returns' }, `<main>${text} ${text.replace('thirty', 'the')}</main>`);
    expect(shown).toMatchObject({ kind: 'ok', embedded: expect.anything() });
    expect(shown.kind === 'ok' ? shown.extract?.terms['returns.window_days']?.value : 'failed').toBe(30);
    const notShown = await pool.endpoint(json, 'https://shop.example/api/returns.json', page, ['returns'], { title: 'Returns' }, '<main>Loading…</main>');
    expect(notShown).toEqual({ kind: 'ok' });
  });

  it('checks the depth of rendered HTML before extracting it', async () => {
    const pool = poolOf();
    expect((await pool.extract(nestedPage(10), 'https://shop.example/shipping')).kind).toBe('ok');
    expect((await pool.extract(nestedPage(2000), 'https://shop.example/shipping')).kind).toBe('too-deep');
  });

  it('the depth is checked in the parse itself: a page whose elements reach MAX_HTML_DEPTH is read with its text, one level more is too deep', async () => {
    const pool = poolOf();
    // html, body and main are three of the open elements.
    const atLimit = await pool.decide(nestedPage(MAX_HTML_DEPTH - 3), 'https://shop.example/shipping', ['shipping'], 'auto', 'text/html');
    expect(atLimit.kind === 'ok' ? atLimit.extract?.category : undefined).toContain('shipping');
    expect(await pool.decide(nestedPage(MAX_HTML_DEPTH - 2), 'https://shop.example/shipping', ['shipping'], 'auto', 'text/html')).toEqual({ kind: 'too-deep', depth: MAX_HTML_DEPTH + 1 });
  });

  it('after close, tasks fail at once instead of waiting', async () => {
    const pool = poolOf();
    await pool.close();
    expect((await pool.decide(policy, 'https://shop.example/shipping', ['shipping'], 'auto', 'text/html')).kind).toBe('failed');
  });
});
