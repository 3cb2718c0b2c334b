/** The document-load rule of a render (issue 12), as a table: what the main frame and frames may load. */
import { describe, expect, it } from 'vitest';
import { allowDocument, MAX_FRAME_DOCUMENTS, navigationFor } from '../../src/crawl/navigation-guard.js';

const target = 'https://shop.test/pages/returns';

describe('allowDocument', () => {
  it('the rendered URL loads once in the main frame (its fragment ignored); a reload or a second load does not', () => {
    const state = navigationFor(`${target}#top`);
    expect(allowDocument(state, { url: target, mainFrame: true, id: 'a' })).toBe(true);
    expect(allowDocument(state, { url: target, mainFrame: true, id: 'b' })).toBe(false);
  });

  it.each([
    ['another page of the site', 'https://shop.test/away'],
    ['another site', 'https://ads.example/landing'],
    ['the same path with a query', `${target}?again=1`],
  ])('a main-frame load of %s is refused', (_name, url) => {
    expect(allowDocument(navigationFor(target), { url, mainFrame: true, id: 'x' })).toBe(false);
  });

  it('server redirects of the allowed load are followed, by CDP id or by the request they come from', () => {
    const state = navigationFor(target);
    expect(allowDocument(state, { url: target, mainFrame: true, id: 'r1' })).toBe(true);
    expect(allowDocument(state, { url: 'https://shop.test/policies/returns', mainFrame: true, id: 'r1' })).toBe(true);
    expect(allowDocument(state, { url: 'https://shop.test/en/returns', mainFrame: true, id: 'r2', redirectedFrom: 'r1' })).toBe(true);
    expect(allowDocument(state, { url: 'https://shop.test/other', mainFrame: true, id: 'r3', redirectedFrom: 'zz' })).toBe(false);
  });

  it(`frames load documents up to MAX_FRAME_DOCUMENTS (${MAX_FRAME_DOCUMENTS}), then no more`, () => {
    const state = navigationFor(target);
    for (let i = 0; i < MAX_FRAME_DOCUMENTS; i++) expect(allowDocument(state, { url: `https://embed.test/${i}`, mainFrame: false, id: i })).toBe(true);
    expect(allowDocument(state, { url: 'https://embed.test/again', mainFrame: false, id: 'last' })).toBe(false);
  });

  it('a page not being rendered (idle, or a pop-up) loads nothing', () => {
    expect(allowDocument(undefined, { url: target, mainFrame: true, id: 'p' })).toBe(false);
  });
});
