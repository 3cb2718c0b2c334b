/**
 * Retry one delivery with exponential backoff. Notifications are best effort: the caller gets a result, never a throw.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** First wait between attempts; doubled per attempt (2 s, 4 s, 8 s… with the default three retries). */
const NOTIFY_BACKOFF_MS = 2000;

export interface RetryOptions {
  /** Retries after the first attempt (notify.retries). */
  readonly retries: number;
  readonly backoffMs?: number;
  readonly signal?: AbortSignal;
}

export type DeliveryResult = { readonly ok: true; readonly attempts: number } | { readonly ok: false; readonly attempts: number; readonly error: string };

/** A failed attempt that must not be retried (e.g. HTTP 404: the webhook was deleted). */
export class PermanentFailure extends Error {}

/** Call `attempt` until it resolves, it throws PermanentFailure, the retries run out, or `signal` aborts. */
export async function withRetries(attempt: (n: number) => Promise<void>, options: RetryOptions): Promise<DeliveryResult> {
  const backoff = options.backoffMs ?? NOTIFY_BACKOFF_MS;
  let lastError = 'not attempted';
  for (let n = 1; n <= options.retries + 1; n++) {
    try {
      await attempt(n);
      return { ok: true, attempts: n };
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      if (error instanceof PermanentFailure || n > options.retries) return { ok: false, attempts: n, error: lastError };
    }
    try {
      await sleep(backoff * 2 ** (n - 1), undefined, { signal: options.signal });
    } catch {
      return { ok: false, attempts: n, error: `${lastError}; stopped by signal` };
    }
  }
  return { ok: false, attempts: options.retries + 1, error: lastError };
}
