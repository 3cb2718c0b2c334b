/**
 * A site's data endpoint, learned from one render and read for its other pages without Chromium (issue 12: the
 * renders are the first scan's excess). A help-centre widget fetches its article from an address built of the id in
 * its own markup (`<div data-article="3417">` → /api/articles/3417.json); a client-rendered storefront fetches each
 * page's content from an address built of the page's own path (/pages/returns → /api/content/pages/returns.json).
 * Neither address is written in the page, so namedEndpoints (embedded-text.ts) cannot find it; a render can.
 *
 * The first page of a site that needs a render is rendered; the same-origin data requests its scripts sent
 * (RenderOutcome.dataRequests) are matched against that page: an address that contains the page's path, or the value
 * of one of its data-* attributes, gives a template. The template is kept only when the endpoint, fetched through the
 * polite fetcher and read like a named endpoint (readEndpointText), says nothing the render did not show
 * (shownIn, embedded-text.ts): the same text a render gives. The site's other pages that need a render then try the
 * address the template makes of their own path or attribute first; one whose endpoint holds no policy document is
 * rendered as before, so no page is lost to a wrong guess. Only the page's own origin is ever asked.
 */

/** How a site's data address is built from a page: around the page's path, or around a data-* attribute's value. */
export type EndpointTemplate =
  | { readonly kind: 'path'; readonly before: string; readonly after: string }
  | { readonly kind: 'attribute'; readonly name: string; readonly before: string; readonly after: string };

/** Templates learned per data request; more are noise (a page's widget names one id). */
const MAX_TEMPLATES = 2;
/** data-* attributes with a short identifier value (an id, a slug, a handle). */
const DATA_ATTRIBUTE = /\sdata-([\w-]{1,60})\s*=\s*(["'])([\w.-]{2,100})\2/gi;
/** Attributes of a page read for values, at most: a storefront page has hundreds of data-* attributes. */
const MAX_ATTRIBUTES = 2000;

/** The page's path without a trailing slash; undefined for the site's root (every address contains "/"). */
function pathOf(pageUrl: string): string | undefined {
  const path = new URL(pageUrl).pathname.replace(/\/+$/, '');
  return path.length > 1 ? path : undefined;
}

/** Each data-* attribute's first value in the page, in document order. */
function attributesOf(html: string): Map<string, string> {
  const found = new Map<string, string>();
  DATA_ATTRIBUTE.lastIndex = 0;
  let seen = 0;
  for (let m = DATA_ATTRIBUTE.exec(html); m && seen < MAX_ATTRIBUTES; m = DATA_ATTRIBUTE.exec(html), seen++) {
    const name = m[1]!.toLowerCase();
    if (!found.has(name)) found.set(name, m[3]!);
  }
  return found;
}

/** Where `part` stands in `address` as a whole segment of it (between separators), or -1. */
function segmentAt(address: string, part: string): number {
  for (let at = address.indexOf(part); at >= 0; at = address.indexOf(part, at + 1)) {
    const before = address[at - 1];
    const after = address[at + part.length];
    if ((before === undefined || /[/=._-]/.test(before)) && (after === undefined || /[/.?&=_-]/.test(after))) return at;
  }
  return -1;
}

/**
 * The templates one data request of a rendered page gives: around the page's path when the address contains it,
 * else around each data-* attribute value of the page that stands in it as a whole segment. None for another origin,
 * or for an address that is the page itself.
 */
export function templatesOf(endpoint: string, pageUrl: string, html: string): EndpointTemplate[] {
  const page = new URL(pageUrl);
  const data = new URL(endpoint);
  if (data.origin !== page.origin) return [];
  const address = data.pathname + data.search;
  const path = pathOf(pageUrl);
  if (path !== undefined) {
    const at = address.indexOf(path);
    if (at >= 0) {
      const before = address.slice(0, at);
      const after = address.slice(at + path.length);
      return before === '' && /^\/?$/.test(after) ? [] : [{ kind: 'path', before, after }];
    }
  }
  const templates: EndpointTemplate[] = [];
  for (const [name, value] of attributesOf(html)) {
    const at = segmentAt(address, value);
    if (at < 0) continue;
    templates.push({ kind: 'attribute', name, before: address.slice(0, at), after: address.slice(at + value.length) });
    if (templates.length >= MAX_TEMPLATES) break;
  }
  return templates;
}

/** The addresses the templates make of another page of the site (its path, its attributes), without repeats. */
export function endpointsFrom(templates: readonly EndpointTemplate[], pageUrl: string, html: string): string[] {
  const origin = new URL(pageUrl).origin;
  const path = pathOf(pageUrl);
  const attributes = templates.some((t) => t.kind === 'attribute') ? attributesOf(html) : new Map<string, string>();
  const found: string[] = [];
  for (const template of templates) {
    const part = template.kind === 'path' ? path : attributes.get(template.name);
    if (part === undefined) continue;
    const url = new URL(template.before + part + template.after, origin).href;
    if (url !== pageUrl && !found.includes(url)) found.push(url);
  }
  return found;
}

/** What one business's renders taught: settled once the site's first render was read and its endpoint checked. */
export interface SiteLesson {
  readonly templates: Promise<readonly EndpointTemplate[]>;
}

const lessons = new WeakMap<object, SiteLesson>();

/**
 * The lesson of a site (keyed by its shared page context): the first caller gets `teach` and must call it once with
 * what its render taught (possibly nothing); later callers wait for it.
 */
export function siteLesson(site: object): { readonly lesson: SiteLesson; readonly teach?: (templates: readonly EndpointTemplate[]) => void } {
  const known = lessons.get(site);
  if (known) return { lesson: known };
  let teach!: (templates: readonly EndpointTemplate[]) => void;
  const lesson: SiteLesson = { templates: new Promise((resolve) => (teach = resolve)) };
  lessons.set(site, lesson);
  return { lesson, teach };
}
