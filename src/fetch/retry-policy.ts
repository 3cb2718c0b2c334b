/**
 * When to try again, and how long to wait (A1, A3, A4, A5). Pure functions: the fetcher supplies the attempt count,
 * the status or mapped error and the clock; this module answers retry / defer / give up.
 */
import type { CrawlConfig } from '../config/config-schema.js';

/** Statuses worth another attempt: the server is overloaded or asks us to slow down. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524]);

/** Backoff never exceeds this, so a long run of failures cannot park a host for minutes. */
const MAX_BACKOFF_MS = 30_000;

/** Jitter adds up to this share of the backoff, so hosts retried together spread out. */
const JITTER_SHARE = 0.5;

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status) || (status >= 500 && status <= 599);
}

/**
 * Seconds asked by a Retry-After header, in either form (delta-seconds or HTTP-date); undefined when absent or
 * unreadable. A date in the past means 0.
 */
export function parseRetryAfter(header: string | undefined, now: number): number | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, (at - now) / 1000);
}

/** Exponential backoff for attempt n (1 = the first retry) plus 0..50 % jitter. */
export function backoffMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const plain = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(plain + plain * JITTER_SHARE * random());
}

export type RetryDecision =
  | { readonly action: 'retry'; readonly delayMs: number }
  /** Retry-After beyond the cap: leave the host for the next run (A4). */
  | { readonly action: 'defer'; readonly retryAfterSeconds: number }
  | { readonly action: 'give-up' };

export interface AttemptResult {
  /** Attempts made so far, the failed one included (1 after the first). */
  readonly attempts: number;
  readonly status?: number;
  readonly retryAfter?: string;
  /** For network errors: whether fetch-errors.ts calls the error transient. */
  readonly retryableError?: boolean;
  /**
   * Failed attempts in a row to this host, over all its URLs (A5): the backoff grows with the host's streak, so
   * several queued URLs of a throttling host cannot each restart at the smallest backoff.
   */
  readonly hostStreak?: number;
}

/** Decide what follows a failed attempt. */
export function decideRetry(
  result: AttemptResult,
  crawl: Pick<CrawlConfig, 'retries' | 'backoffMs' | 'retryAfterCapSeconds'>,
  now: number,
  random: () => number = Math.random,
): RetryDecision {
  const retryable = result.status !== undefined ? isRetryableStatus(result.status) : result.retryableError === true;
  if (!retryable) return { action: 'give-up' };
  const asked = result.status !== undefined ? parseRetryAfter(result.retryAfter, now) : undefined;
  if (asked !== undefined && asked > crawl.retryAfterCapSeconds) return { action: 'defer', retryAfterSeconds: asked };
  if (result.attempts > crawl.retries) return { action: 'give-up' };
  const backoff = backoffMs(Math.max(result.attempts, result.hostStreak ?? 0), crawl.backoffMs, random);
  // Retry-After is a floor: never sooner than asked (A4), and never sooner than our own backoff.
  return { action: 'retry', delayMs: Math.max(backoff, asked === undefined ? 0 : Math.ceil(asked * 1000)) };
}
