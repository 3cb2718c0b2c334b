/**
 * Shops for the hostile-site tests (issue 12, item 5), written in-house: a normal shop whose policy pages every
 * scan must read, and the pieces hostile shops are built from. Each shop is a real loopback server.
 */
import type { Route } from '../helpers/loopback-server.js';

/** A policy page long enough to be read statically (no script, several sentences). */
export function policyPage(title: string, sentence: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${`${sentence} `.repeat(8)}</p></main></body></html>`;
}

export const RETURNS_SENTENCE = 'You may send back any unworn item within 30 days of delivery for a full refund to your card.';
export const SHIPPING_SENTENCE = 'Orders over $50 ship free and leave our warehouse within two business days.';

/** Home page with footer links to the given paths ("Returns", "Shipping"…). */
export function homeWithLinks(links: Record<string, string>): string {
  const anchors = Object.entries(links)
    .map(([path, text]) => `<a href="${path}">${text}</a>`)
    .join(' ');
  return `<!doctype html><html lang="en"><head><title>Shop</title></head><body><main><h1>Welcome</h1><p>Hand-made goods.</p></main><footer>${anchors}</footer></body></html>`;
}

/** The normal shop: a home page linking its returns and shipping pages, both static and complete. */
export function normalShop(): Record<string, Route> {
  return {
    '/': homeWithLinks({ '/returns': 'Returns', '/shipping': 'Shipping' }),
    '/returns': policyPage('Returns', RETURNS_SENTENCE),
    '/shipping': policyPage('Shipping', SHIPPING_SENTENCE),
  };
}

/** A "Press & Hold" interstitial answered with 200, as some bot walls do. */
export const BOT_WALL_PAGE =
  '<!doctype html><html><head><title>Access denied</title></head><body><h1>Press &amp; Hold</h1><p>Please confirm you are a person.</p></body></html>';

/** A page whose policy sits at the bottom of `depth` nested <div>s, behind a script (so it might need a browser). */
export function nestedDivPage(depth: number, sentence: string): string {
  return `<!doctype html><html lang="en"><head><title>Returns</title></head><body><main>${'<div>'.repeat(depth)}${sentence}${'</div>'.repeat(depth)}</main><script>window.shop = {}</script></body></html>`;
}
