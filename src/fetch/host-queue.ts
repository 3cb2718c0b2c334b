/**
 * Politeness (C5, A5): one p-queue per host (crawl.concurrencyPerHost) under one global p-queue (crawl.concurrency).
 * Between two request starts to one host there is at least the host's delay (crawl.delayMs, or a larger robots.txt
 * Crawl-delay) plus random jitter that only ever adds, and at least the delay after the previous request ended. Backoff and Retry-After push a host's next start later, so a
 * throttling host slows down for every URL, not just the one retried.
 */
import { setMaxListeners } from 'node:events';
import PQueue from 'p-queue';

export interface HostQueueOptions {
  readonly concurrency: number;
  readonly concurrencyPerHost: number;
  readonly delayMs: number;
  readonly jitterMs: number;
  readonly random?: () => number;
}

/** Raised to tasks still queued when the queues close. */
export class QueueClosedError extends Error {
  readonly code = 'ESERVICEDIFF_CLOSED';
  constructor() {
    super('the fetcher was closed before this request started');
    this.name = 'QueueClosedError';
  }
}

interface HostState {
  readonly queue: PQueue;
  /** Earliest time (ms since epoch) the next request to this host may start. */
  nextStart: number;
  delayMs: number;
  inFlight: number;
}

/** Resolve after ms, or reject at once when the signal aborts; never leaves a timer behind. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(new QueueClosedError());
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new QueueClosedError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export class HostQueues {
  private readonly global: PQueue;
  private readonly hosts = new Map<string, HostState>();
  private readonly controller = new AbortController();
  private readonly random: () => number;
  /** Highest number of tasks running at once for one host (C5 check). */
  maxInFlightPerHost = 0;

  constructor(private readonly options: HostQueueOptions) {
    this.global = new PQueue({ concurrency: options.concurrency });
    // Every in-flight request and every sleeping task listens on this one signal: hundreds are expected, not a leak.
    setMaxListeners(0, this.controller.signal);
    this.random = options.random ?? Math.random;
  }

  /** Aborts when the queues close; pass it to the work so in-flight requests stop too. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  private host(key: string): HostState {
    let state = this.hosts.get(key);
    if (!state) {
      state = { queue: new PQueue({ concurrency: this.options.concurrencyPerHost }), nextStart: 0, delayMs: this.options.delayMs, inFlight: 0 };
      this.hosts.set(key, state);
    }
    return state;
  }

  /** Raise a host's minimum gap (robots.txt Crawl-delay); never lowers it below crawl.delayMs. */
  setHostDelay(key: string, delayMs: number): void {
    const state = this.host(key);
    state.delayMs = Math.max(this.options.delayMs, delayMs);
  }

  /** No request to this host starts before `until` (backoff, Retry-After). */
  pushBack(key: string, until: number): void {
    const state = this.host(key);
    state.nextStart = Math.max(state.nextStart, until);
  }

  /** Run a task for a host when both its host slot and a global slot are free and the host's gap has passed. */
  run<T>(key: string, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const state = this.host(key);
    const signal = this.controller.signal;
    if (signal.aborted) return Promise.reject(new QueueClosedError());
    return state.queue.add(async () => {
      // Wait for the gap outside the global queue, so a slow host never holds a global slot while it sleeps.
      await sleep(state.nextStart - Date.now(), signal);
      return this.global.add(async () => {
        // Rare: another slot of this host started while we waited for the global queue.
        await sleep(state.nextStart - Date.now(), signal);
        const jitter = this.options.jitterMs > 0 ? Math.round(this.random() * this.options.jitterMs) : 0;
        state.nextStart = Math.max(state.nextStart, Date.now() + state.delayMs + jitter);
        state.inFlight += 1;
        this.maxInFlightPerHost = Math.max(this.maxInFlightPerHost, state.inFlight);
        try {
          return await task(signal);
        } finally {
          state.inFlight -= 1;
          // Also space from the END of a request: the server sees arrivals, and a slow connect or a reused socket
          // would otherwise shrink the gap it observes below the delay.
          if (state.delayMs > 0) state.nextStart = Math.max(state.nextStart, Date.now() + state.delayMs);
        }
      });
    }) as Promise<T>;
  }

  /** Reject everything queued, abort sleeps and in-flight work, and wait until the queues are idle. */
  async close(): Promise<void> {
    this.controller.abort();
    await Promise.all([...[...this.hosts.values()].map((h) => h.queue.onIdle()), this.global.onIdle()]);
  }
}
