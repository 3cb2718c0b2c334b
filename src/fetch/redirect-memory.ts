/**
 * Permanent redirects remembered across scans (MovedState in model.ts): which answers may be remembered, and whether a
 * remembered one still holds. fetch-page.ts asks the target of one that holds directly, and the old URL again when
 * the target fails; a shop's legacy links then cost one request a scan instead of two (issue 12).
 */
import { DAY_MS } from '../days.js';
import type { MovedState, ProblemKind } from '../model.js';

/** The redirect statuses that say "moved for good" (RFC 9110 15.4.2, 15.4.9); 302, 303 and 307 are asked every time. */
const PERMANENT_STATUSES: ReadonlySet<number> = new Set([301, 308]);

/**
 * Failures at a remembered target that say nothing about the redirect (the host did not answer, or the scan stopped):
 * asking the old URL again would only wait on the same host. Every other failure (404, 410, a soft 404, a 5xx, a wall)
 * may mean the redirect now points elsewhere, so the old URL is asked again.
 */
const HOST_SILENT_KINDS: ReadonlySet<ProblemKind> = new Set(['timeout', 'network', 'deferred', 'dns', 'tls', 'private-address', 'robots-unreachable']);

/**
 * How long a redirect answer may be remembered: undefined when it may not be (not permanent, or its Cache-Control says
 * no-store, no-cache or max-age=0); otherwise its Cache-Control max-age in seconds when it set one (else no limit of its
 * own: crawl.recheckRedirectDays decides).
 */
export function permanentRedirectLife(status: number, headers: Readonly<Record<string, string>>): { readonly maxAgeSeconds?: number } | undefined {
  if (!PERMANENT_STATUSES.has(status)) return undefined;
  const control = (headers['cache-control'] ?? '').toLowerCase();
  if (/(?:^|[,\s])(?:no-store|no-cache)(?:$|[,\s=])/.test(control)) return undefined;
  const maxAge = /(?:^|[,\s])max-age\s*=\s*"?(\d+)/.exec(control);
  if (!maxAge) return {};
  const seconds = Number(maxAge[1]);
  return seconds > 0 ? { maxAgeSeconds: seconds } : undefined;
}

/**
 * The remembered redirect of `url`, when it still holds at `now`: it is about this URL, leads to an http(s) URL, and
 * is younger than crawl.recheckRedirectDays (0: never) and than its own max-age.
 */
export function heldRedirect(moved: MovedState | undefined, url: string, recheckDays: number, now: number): MovedState | undefined {
  if (!moved || moved.via[0] !== url || recheckDays <= 0) return undefined;
  const checked = Date.parse(moved.checkedAt);
  if (!Number.isFinite(checked) || checked > now) return undefined;
  const lifeMs = Math.min(recheckDays * DAY_MS, moved.maxAgeSeconds !== undefined ? moved.maxAgeSeconds * 1000 : Number.POSITIVE_INFINITY);
  if (now - checked >= lifeMs) return undefined;
  try {
    const target = new URL(moved.to);
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return undefined;
  } catch {
    return undefined;
  }
  return moved;
}

/** A failure at a remembered target after which the old URL is asked again (see HOST_SILENT_KINDS). */
export function recheckAfter(kind: ProblemKind): boolean {
  return !HOST_SILENT_KINDS.has(kind);
}

/**
 * The permanent prefix of a redirect chain, as it is followed hop by hop: starts from a remembered redirect (which
 * keeps its own checkedAt) or empty (a fresh follow, checked now); each hop extends it while every hop so far was
 * permanent and rememberable. The result is what the page remembers for the next scan.
 */
export class PermanentChain {
  private via: string[];
  private to: string | undefined;
  private maxAgeSeconds: number | undefined;
  private open = true;
  private readonly checkedAt: string;

  /** `now` is the check time of a fresh follow; a remembered start keeps its own (it was not asked this time). */
  constructor(now: string, start?: MovedState) {
    this.checkedAt = start?.checkedAt ?? now;
    this.via = start ? [...start.via] : [];
    this.to = start?.to;
    this.maxAgeSeconds = start?.maxAgeSeconds;
  }

  /** One redirect hop, from `from` to `next`, answered with `status` and `headers`. */
  hop(from: string, next: string, status: number, headers: Readonly<Record<string, string>>): void {
    if (!this.open) return;
    const life = permanentRedirectLife(status, headers);
    if (!life) {
      this.open = false;
      return;
    }
    this.via.push(from);
    this.to = next;
    if (life.maxAgeSeconds !== undefined) this.maxAgeSeconds = Math.min(this.maxAgeSeconds ?? Number.POSITIVE_INFINITY, life.maxAgeSeconds);
  }

  /** What to remember, or undefined when the chain had no permanent hop. */
  state(): MovedState | undefined {
    if (!this.to || this.via.length === 0) return undefined;
    return { to: this.to, via: this.via, checkedAt: this.checkedAt, ...(this.maxAgeSeconds !== undefined ? { maxAgeSeconds: this.maxAgeSeconds } : {}) };
  }
}
