/**
 * After each cycle: decide whether anything deserves a message (notify.on), then deliver it by webhook and/or
 * command, each retried with backoff. Never throws and never changes the cycle's outcome: a failed notification is
 * one log line, and the report is already on disk. Only a webhook variable that holds no URL is refused, when the
 * notifier is made: that is a config mistake no retry mends, and it is better said before a scan than after.
 */
import type { NotifyConfig } from '../config/config-schema.js';
import { ConfigError } from '../errors.js';
import type { CrawlProblem } from '../model.js';
import type { BeatenOnCrucial, CycleResult, RunCycle } from '../schedule/cycle-types.js';
import { runNotifyCommand } from './command-notifier.js';
import { buildPayload, firedTriggers, newDefeats, newProblems, type NotifyPayload } from './notify-message.js';
import { withRetries, type DeliveryResult } from './retry.js';
import { postWebhook, webhookUrlProblem } from './webhook.js';

export interface NotifierOptions {
  readonly env: NodeJS.ProcessEnv;
  /** One line per delivery outcome; the caller redacts secrets (see secretsOf). */
  readonly log: (line: string) => void;
  /** First backoff between attempts (tests shorten it). */
  readonly backoffMs?: number;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

export interface Notifier {
  /** Send what this cycle found, if anything; resolves when every channel has delivered or given up. */
  notify(result: CycleResult): Promise<NotifyOutcome>;
}

export interface NotifyOutcome {
  readonly sent: boolean;
  readonly webhook?: DeliveryResult;
  readonly command?: DeliveryResult;
}

/** The secret values a notify config draws from the environment, for the redactor. */
export function secretsOf(config: NotifyConfig | undefined, env: NodeJS.ProcessEnv): string[] {
  const url = config?.webhookUrlEnv ? env[config.webhookUrlEnv] : undefined;
  return url ? [url] : [];
}

/**
 * A notifier that remembers the previous cycle's problems and crucial defeats, so a site that keeps failing (or a
 * competitor that keeps beating you) is reported once, when it starts, not every week. Term changes are always news.
 * A ConfigError (naming notify.webhookUrlEnv, never the value) when the variable it names is set but holds no URL.
 */
export function createNotifier(config: NotifyConfig | undefined, options: NotifierOptions): Notifier {
  const variable = config?.webhookUrlEnv;
  const problem = variable && options.env[variable] ? webhookUrlProblem(options.env[variable]) : undefined;
  if (variable && problem) {
    throw new ConfigError(`notify.webhookUrlEnv: the environment variable ${variable} ${problem}`, {
      hint: `set ${variable} to the webhook's whole address as the chat service gives it (https://…), or unset it to send no webhook`,
    });
  }
  let previousProblems: CrawlProblem[] | undefined;
  let previousDefeats: BeatenOnCrucial[] | undefined;
  return {
    async notify(result) {
      // The database's previous scan (a fresh `--once` process) or, failing that, this process's previous cycle.
      const fresh = newProblems(result.problems, result.previousProblems ?? previousProblems);
      const defeats = newDefeats(result.beatenOnCrucial, result.previousBeatenOnCrucial ?? previousDefeats);
      previousProblems = result.problems;
      previousDefeats = result.beatenOnCrucial;
      if (!config || (!config.webhookUrlEnv && !config.command)) return { sent: false };
      const news = { ...result, problems: fresh, beatenOnCrucial: defeats };
      const fired = firedTriggers(news, config.on);
      if (fired.length === 0) return { sent: false };
      const payload = buildPayload(news, fresh);
      const [webhook, command] = await Promise.all([deliverWebhook(config, payload, options), deliverCommand(config, payload, options)]);
      return { sent: Boolean(webhook?.ok || command?.ok), webhook, command };
    },
  };
}

/** Wrap a cycle so each result is followed by its notification; the cycle's result passes through unchanged. */
export function withNotifications(cycle: RunCycle, notifier: Notifier, log: (line: string) => void): RunCycle {
  return async (signal) => {
    const result = await cycle(signal);
    try {
      await notifier.notify(result);
    } catch (error) {
      log(`notify: failed unexpectedly (${error instanceof Error ? error.message : String(error)}); the run and its report are unaffected`);
    }
    return result;
  };
}

async function deliverWebhook(config: NotifyConfig, payload: NotifyPayload, options: NotifierOptions): Promise<DeliveryResult | undefined> {
  if (!config.webhookUrlEnv) return undefined;
  const url = options.env[config.webhookUrlEnv];
  if (!url) {
    options.log(`notify: webhook skipped — environment variable ${config.webhookUrlEnv} is not set`);
    return { ok: false, attempts: 0, error: 'not configured' };
  }
  const result = await withRetries(() => postWebhook(url, payload, { timeoutMs: options.timeoutMs, signal: options.signal }), {
    retries: config.retries,
    backoffMs: options.backoffMs,
    signal: options.signal,
  });
  options.log(
    result.ok
      ? `notify: webhook (${config.webhookUrlEnv}) delivered${result.attempts > 1 ? ` after ${result.attempts} attempts` : ''}`
      : `notify: webhook (${config.webhookUrlEnv}) failed after ${result.attempts} attempt(s): ${result.error}; the run and its report are unaffected`,
  );
  return result;
}

async function deliverCommand(config: NotifyConfig, payload: NotifyPayload, options: NotifierOptions): Promise<DeliveryResult | undefined> {
  if (!config.command) return undefined;
  const command = config.command;
  const result = await withRetries(() => runNotifyCommand(command, `${payload.text}\n`, { timeoutMs: options.timeoutMs, env: options.env }), {
    retries: config.retries,
    backoffMs: options.backoffMs,
    signal: options.signal,
  });
  options.log(
    result.ok
      ? `notify: command delivered${result.attempts > 1 ? ` after ${result.attempts} attempts` : ''}`
      : `notify: command failed after ${result.attempts} attempt(s): ${result.error}; the run and its report are unaffected`,
  );
  return result;
}
