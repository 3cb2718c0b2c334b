/**
 * What a page being rendered may load as a document (issue 12): a hostile script made Chromium follow 291 pop-ups
 * and navigate-away loads, outside the host's politeness, until the browser held 709 MB. A render is one page: the
 * URL asked for (and its server redirects) in the main frame, and a bounded number of frame documents. Pop-ups
 * and every other main-frame load are refused, so all of a render's document loads happen inside the one host
 * queue slot the render holds (fetcher.schedule), like a static fetch.
 */

/** Frame (iframe) documents one render may load: embeds are part of a page; a frame reloading itself is not. */
export const MAX_FRAME_DOCUMENTS = 20;
/** Server redirects followed for the rendered URL in the browser; the static fetch's crawl.maxRedirects bounds it too. */
const MAX_MAIN_REDIRECTS = 10;

/** One render's navigation state, reset when the page is asked for the next URL. */
export interface NavigationState {
  /** The URL being rendered, without its fragment. */
  readonly target: string;
  /** Main-frame document requests allowed so far (the first load and its redirect hops). */
  main: number;
  frames: number;
  /** Allowed main-frame loads (their Playwright requests), so their redirect hops are allowed too. */
  readonly allowed: Set<unknown>;
}

export function navigationFor(url: string): NavigationState {
  return { target: withoutFragment(url), main: 0, frames: 0, allowed: new Set() };
}

export interface DocumentRequest {
  readonly url: string;
  readonly mainFrame: boolean;
  /** Set when this request follows a server redirect of an earlier one. */
  readonly redirectedFrom?: unknown;
  /** Identifies the request (the route guard passes Playwright's Request object). */
  readonly id: unknown;
}

/** May this document request go out? Records it when it may (pure apart from the state it is given). */
export function allowDocument(state: NavigationState | undefined, request: DocumentRequest): boolean {
  // A page that is not being rendered (an idle page kept for reuse, a pop-up) loads nothing.
  if (!state) return false;
  if (!request.mainFrame) {
    if (state.frames >= MAX_FRAME_DOCUMENTS) return false;
    state.frames += 1;
    return true;
  }
  const hop = state.allowed.has(request.id) || (request.redirectedFrom !== undefined && state.allowed.has(request.redirectedFrom));
  const first = state.main === 0 && withoutFragment(request.url) === state.target;
  if (!(first || (hop && state.main <= MAX_MAIN_REDIRECTS))) return false;
  state.main += 1;
  state.allowed.add(request.id);
  return true;
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * Run in every frame before the page's own scripts: window.open returns null, and links and forms aimed at another
 * window do nothing. Chromium's --block-new-web-contents does this in the headless shell only; the full browser's
 * headless mode ignores it, and a pop-up that opens anyway is closed at once (browser-pool.ts).
 */
export const NO_POPUPS_SCRIPT = `(() => {
  const none = () => null;
  try { Object.defineProperty(window, 'open', { value: none, writable: false, configurable: false }); } catch {}
  const elsewhere = (el) => {
    const own = el.getAttribute('target');
    const base = document.querySelector('base[target]');
    const target = (own === null ? (base ? base.getAttribute('target') : '') : own).toLowerCase();
    return target !== '' && target !== '_self' && target !== '_top' && target !== '_parent';
  };
  const click = HTMLElement.prototype.click;
  HTMLElement.prototype.click = function () {
    if ((this instanceof HTMLAnchorElement || this instanceof HTMLAreaElement) && elsewhere(this)) return;
    return click.call(this);
  };
  addEventListener('click', (event) => {
    const el = event.target instanceof Element ? event.target.closest('a[href], area[href]') : null;
    if (el && elsewhere(el)) event.preventDefault();
  }, true);
  addEventListener('submit', (event) => {
    if (event.target instanceof HTMLFormElement && elsewhere(event.target)) event.preventDefault();
  }, true);
})();`;
