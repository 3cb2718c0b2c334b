import { describe, expect, it } from 'vitest';
import { scoreCandidate, type CandidateInput } from '../../src/discover/score-candidate.js';
import type { Category } from '../../src/terms.js';

const site = 'https://shop.test';

describe('scoreCandidate: link text and slug → categories (issue 3, discovery)', () => {
  it.each<[string, CandidateInput, Category[]]>([
    ['footer "Returns & Refunds"', { url: `${site}/pages/rr`, source: 'link', text: 'Returns & Refunds', region: 'footer' }, ['returns']],
    ['Shopify refund policy slug alone', { url: `${site}/policies/refund-policy`, source: 'sitemap' }, ['returns']],
    ['Shopify shipping policy slug', { url: `${site}/policies/shipping-policy`, source: 'sitemap' }, ['shipping']],
    ['"Shipping & Returns" serves both', { url: `${site}/info/sr`, source: 'link', text: 'Shipping & Returns', region: 'footer' }, ['returns', 'shipping']],
    ['an FAQ serves returns, shipping and support', { url: `${site}/faq`, source: 'link', text: 'FAQ', region: 'footer' }, ['returns', 'shipping', 'support']],
    ['"Contact us" is support', { url: `${site}/contact-us`, source: 'link', text: 'Contact us', region: 'nav' }, ['support']],
    ['warranty slug', { url: `${site}/warranty`, source: 'sitemap' }, ['warranty']],
    ['money-back guarantee text', { url: `${site}/promise`, source: 'link', text: '60-day money-back guarantee', region: 'footer' }, ['guarantee']],
  ])('%s', (_name, input, expected) => {
    const categories = scoreCandidate(input).map((s) => s.category);
    expect([...categories].sort()).toEqual([...expected].sort());
  });

  it.each<[string, CandidateInput]>([
    ['a product named "Return Trip Backpack"', { url: `${site}/products/return-trip-backpack`, source: 'link', text: 'Return Trip Backpack' }],
    ['a blog post about shipping', { url: `${site}/blog/how-we-ship`, source: 'sitemap' }],
    ['a collection called warranty-ready', { url: `${site}/collections/warranty-ready`, source: 'sitemap' }],
    ['a plain "About us" link', { url: `${site}/about`, source: 'link', text: 'About us', region: 'footer' }],
    ['an image whose name says returns', { url: `${site}/img/returns.png`, source: 'sitemap' }],
  ])('noise: %s is kept for no category', (_name, input) => {
    expect(scoreCandidate(input)).toEqual([]);
  });

  it('when the same page is found by a footer link and a body link, the footer link scores higher', () => {
    const footer = scoreCandidate({ url: `${site}/returns`, source: 'link', text: 'Returns', region: 'footer' })[0];
    const body = scoreCandidate({ url: `${site}/returns`, source: 'link', text: 'Returns', region: 'body' })[0];
    expect(footer!.score).toBeGreaterThan(body!.score);
  });

  it('a dedicated policy slug beats a generic help slug for the category', () => {
    const policy = scoreCandidate({ url: `${site}/policies/refund-policy`, source: 'sitemap' })[0]!;
    const help = scoreCandidate({ url: `${site}/help/return-an-item-guide`, source: 'sitemap' })[0]!;
    expect(policy.score).toBeGreaterThan(help.score);
  });

  describe("the page's own name outranks its folder", () => {
    const dedicatedTo = (input: CandidateInput) => scoreCandidate(input).filter((x) => x.dedicated).map((x) => x.category);

    it('an article in a help folder is dedicated to what it is named for, and only may serve support', () => {
      const article = { url: `${site}/help/returns`, source: 'sitemap' } as const;
      expect(dedicatedTo(article)).toEqual(['returns']);
      expect(scoreCandidate(article).find((x) => x.category === 'support')?.dedicated).toBe(false);
      expect(dedicatedTo({ url: `${site}/customer-care/returns-and-refunds`, source: 'sitemap' })).toEqual(['returns']);
    });

    it('the link text names the page as well as its slug: footer "Returns" to an opaque help article', () => {
      expect(dedicatedTo({ url: `${site}/help/a7k2`, source: 'link', text: 'Returns', region: 'footer' })).toEqual(['returns']);
    });

    it('a folder counts in full when the page name says nothing', () => {
      expect(dedicatedTo({ url: `${site}/returns/policy`, source: 'sitemap' })).toEqual(['returns']);
      expect(dedicatedTo({ url: `${site}/support/`, source: 'sitemap' })).toEqual(['support']);
    });
  });

  it('reasons name the source and the link text', () => {
    expect(scoreCandidate({ url: `${site}/r`, source: 'link', text: 'Returns & Refunds', region: 'footer' })[0]!.reason).toBe(
      "footer link 'Returns & Refunds'",
    );
    expect(scoreCandidate({ url: `${site}/policies/refund-policy`, source: 'sitemap' })[0]!.reason).toBe('sitemap entry /policies/refund-policy');
    expect(scoreCandidate({ url: `${site}/returns`, source: 'slug' })[0]!.reason).toBe('well-known path /returns');
  });
});
