/**
 * POST the notification JSON to an incoming webhook (Slack, Discord, Teams or anything that takes JSON). Error messages
 * never contain the URL: it is the secret (E6).
 */
import type { NotifyPayload } from './notify-message.js';
import { PermanentFailure } from './retry.js';

/** Deadline for one delivery attempt, connect to last byte: a hanging receiver must not hold the schedule. */
const WEBHOOK_TIMEOUT_MS = 10_000;
/** Statuses worth another attempt: the receiver is overloaded or briefly down. Other 4xx mean a wrong URL. */
const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * Why `url` cannot be a webhook address (the end of a sentence about it), or undefined. fetch would reject such a
 * value on every attempt, so it is a config mistake, not a delivery to retry. Never quotes the URL: it is the secret.
 */
export function webhookUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'does not hold a URL';
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? undefined : 'does not hold an http(s) URL';
}

/** One attempt; throws an Error (retryable) or PermanentFailure with a message free of the URL. */
export async function postWebhook(url: string, payload: NotifyPayload, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<void> {
  const problem = webhookUrlProblem(url);
  if (problem) throw new PermanentFailure(`the webhook address ${problem}`);
  const timeout = AbortSignal.timeout(options.timeoutMs ?? WEBHOOK_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'servicediff-notify' },
      body: JSON.stringify(payload),
      redirect: 'error',
      signal,
    });
  } catch (error) {
    throw new Error(`webhook not reachable (${describeFetchError(error)})`);
  }
  // Drain the body so the connection is released (open handles stay flat over months of cycles).
  await response.arrayBuffer().catch(() => undefined);
  if (response.ok) return;
  const message = `webhook answered HTTP ${response.status}`;
  if (RETRYABLE_STATUS.has(response.status)) throw new Error(message);
  throw new PermanentFailure(`${message} (check the webhook URL in the environment variable)`);
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timed out';
    if (error.name === 'AbortError') return 'aborted';
    const cause = (error as Error & { cause?: unknown }).cause;
    const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : undefined;
    return code ?? error.name;
  }
  return 'unknown error';
}
