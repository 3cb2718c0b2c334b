/**
 * One request per URL among a business's pages (url-claims.ts): the first page to claim a URL asks it, the others
 * take its reading; a page waiting on another's reading leaves what it claimed to the next page that reaches it.
 * The whole crawl's use of it (a legacy link and the page it redirects to asked once) is in crawl-business.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createClaimBook } from '../../src/crawl/url-claims.js';

const LEGACY = 'https://shop.test/returns';
const POLICY = 'https://shop.test/policies/refund-policy';
const FAQ = 'https://shop.test/pages/faq';

describe('createClaimBook', () => {
  it('gives an unclaimed URL to the first page that claims it, and to no other page', () => {
    const claims = createClaimBook();
    expect(claims.ownerOf(POLICY)).toBeUndefined();
    expect(claims.claim(POLICY, LEGACY)).toBe(true);
    expect(claims.claim(POLICY, POLICY)).toBe(false);
    expect(claims.ownerOf(POLICY)).toBe(LEGACY);
  });

  it('lets the owner claim its URL again (an early ask, then the crawl\'s own request)', () => {
    const claims = createClaimBook();
    expect(claims.claim(POLICY, POLICY)).toBe(true);
    expect(claims.claim(POLICY, POLICY)).toBe(true);
    expect(claims.ownerOf(POLICY)).toBe(POLICY);
  });

  it('keeps the claims of different URLs apart', () => {
    const claims = createClaimBook();
    expect(claims.claim(POLICY, LEGACY)).toBe(true);
    expect(claims.claim(FAQ, POLICY)).toBe(true);
    expect([claims.ownerOf(POLICY), claims.ownerOf(FAQ)]).toEqual([LEGACY, POLICY]);
  });

  it('hands a waiting page\'s claims to the next page that claims them, so two pages never wait on each other', () => {
    const claims = createClaimBook();
    // LEGACY asked POLICY's URL first; POLICY, redirected to LEGACY's URL, waits on LEGACY's reading ...
    expect(claims.claim(POLICY, LEGACY)).toBe(true);
    expect(claims.claim(LEGACY, POLICY)).toBe(true);
    claims.wait(POLICY);
    // ... so when LEGACY's redirect reaches its own URL, it asks it instead of waiting on POLICY.
    expect(claims.claim(LEGACY, LEGACY)).toBe(true);
    expect(claims.ownerOf(LEGACY)).toBe(LEGACY);
    // A page that is not waiting keeps what it claimed.
    expect(claims.claim(POLICY, FAQ)).toBe(false);
  });
});
