/**
 * Notifications: a real receiver on loopback gets the JSON (Slack `text`, Discord `content`, structured changes);
 * 500 twice then 200 is retried to success; always 500 gives up in one log line without failing the run; the
 * command notifier gets the summary on stdin; the webhook URL never appears in a log line (E6).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotifyConfig } from '../../src/config/config-schema.js';
import { ConfigError, EXIT } from '../../src/errors.js';
import type { CrawlProblem, TermChange } from '../../src/model.js';
import { createNotifier, secretsOf, withNotifications } from '../../src/notify/notify.js';
import { buildPayload, firedTriggers, newDefeats, newProblems } from '../../src/notify/notify-message.js';
import { makeRedactor, REDACTED } from '../../src/notify/redact.js';
import { runNotifyCommand } from '../../src/notify/command-notifier.js';
import { PermanentFailure } from '../../src/notify/retry.js';
import { postWebhook } from '../../src/notify/webhook.js';
import type { CycleResult } from '../../src/schedule/cycle-types.js';
import { startServer, type LoopbackServer } from '../helpers/loopback-server.js';

const TOKEN = 'T0SECRET/B0SECRET/xoxbSuperSecretToken42';
const CHANGE: TermChange = {
  business: 'rival-outfitters',
  businessName: 'Rival Outfitters',
  term: 'returns.window_days',
  kind: 'changed',
  before: 30,
  after: 60,
  url: 'http://rival.test/returns',
  seenAt: '2026-11-23T06:00:00.000Z',
  cause: 'scan',
};
const PROBLEM: CrawlProblem = {
  business: 'slow-shop',
  url: 'http://slow.test/shipping',
  kind: 'timeout',
  reason: 'no answer within 30 s',
  at: '2026-11-23T06:00:05.000Z',
};
const RESULT: CycleResult = {
  exitCode: EXIT.partial,
  changes: [CHANGE],
  problems: [PROBLEM],
  beatenOnCrucial: [{ term: 'returns.window_days', competitor: 'Rival Outfitters' }],
  reportPath: '/data/reports/2026-11-23.md',
  summary: ['1 change'],
};

interface Received {
  path: string;
  body: Record<string, unknown>;
}

/** A webhook receiver answering the statuses in `plan` in turn (the last one repeats). */
async function receiver(plan: number[]): Promise<{ server: LoopbackServer; received: Received[] }> {
  const received: Received[] = [];
  const server = await startServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    received.push({ path: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> });
    const status = plan[Math.min(received.length - 1, plan.length - 1)]!;
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end(status === 200 ? 'ok' : 'try later');
  });
  return { server, received };
}

const servers: LoopbackServer[] = [];
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-notify-'));
});
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  await rm(dir, { recursive: true, force: true });
});

function config(overrides: Partial<NotifyConfig> = {}): NotifyConfig {
  return { webhookUrlEnv: 'SHOP_WEBHOOK', on: ['changes', 'problems', 'beaten-on-crucial'], retries: 3, ...overrides };
}

describe('webhook', () => {
  it('a real receiver gets text, content and the structured changes', async () => {
    const { server, received } = await receiver([200]);
    servers.push(server);
    const lines: string[] = [];
    const notifier = createNotifier(config(), { env: { SHOP_WEBHOOK: server.url(`/services/${TOKEN}`) }, log: (l) => lines.push(l), backoffMs: 1 });
    const outcome = await notifier.notify(RESULT);
    expect(outcome.sent).toBe(true);
    expect(received).toHaveLength(1);
    const body = received[0]!.body;
    expect(body.text).toContain('Rival Outfitters: returns.window_days changed 30 days → 60 days');
    expect(body.text).toContain('Rival Outfitters on returns.window_days');
    expect(body.text).toContain('slow-shop: timeout — no answer within 30 s');
    expect(body.content).toBe(body.text);
    expect(body.changes).toEqual([CHANGE]);
    expect(body.problems).toEqual([PROBLEM]);
    expect(body.beatenOnCrucial).toEqual(RESULT.beatenOnCrucial);
    expect(body.reportPath).toBe(RESULT.reportPath);
    expect(lines).toEqual(['notify: webhook (SHOP_WEBHOOK) delivered']);
  });

  it('500 twice then 200: retried with backoff and delivered on the third attempt', async () => {
    const { server, received } = await receiver([500, 500, 200]);
    servers.push(server);
    const lines: string[] = [];
    const notifier = createNotifier(config(), { env: { SHOP_WEBHOOK: server.url(`/hook/${TOKEN}`) }, log: (l) => lines.push(l), backoffMs: 5 });
    const outcome = await notifier.notify(RESULT);
    expect(received).toHaveLength(3);
    expect(outcome.webhook).toEqual({ ok: true, attempts: 3 });
    expect(lines).toEqual(['notify: webhook (SHOP_WEBHOOK) delivered after 3 attempts']);
  });

  it('always 500: gives up after notify.retries, logs one line without the URL, and the cycle result passes through', async () => {
    const { server, received } = await receiver([500]);
    servers.push(server);
    const url = server.url(`/hook/${TOKEN}`);
    const lines: string[] = [];
    const log = (l: string): void => void lines.push(makeRedactor([url])(l));
    const notifier = createNotifier(config({ retries: 2 }), { env: { SHOP_WEBHOOK: url }, log, backoffMs: 1 });
    const cycle = withNotifications(async () => RESULT, notifier, log);
    const result = await cycle(new AbortController().signal);
    expect(result).toBe(RESULT);
    expect(received).toHaveLength(3);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^notify: webhook \(SHOP_WEBHOOK\) failed after 3 attempt\(s\): webhook answered HTTP 500; the run and its report are unaffected$/);
  });

  it('a 404 (deleted webhook) is not retried', async () => {
    const { server, received } = await receiver([404]);
    servers.push(server);
    const notifier = createNotifier(config(), { env: { SHOP_WEBHOOK: server.url('/gone/abcdefgh') }, log: () => undefined, backoffMs: 1 });
    const outcome = await notifier.notify(RESULT);
    expect(received).toHaveLength(1);
    expect(outcome.webhook?.ok).toBe(false);
  });

  it('a receiver that is not listening fails in one line without the URL', async () => {
    const { server } = await receiver([200]);
    const url = server.url(`/hook/${TOKEN}`);
    await server.close(); // nothing listens on that port any more
    const lines: string[] = [];
    const notifier = createNotifier(config({ retries: 1 }), { env: { SHOP_WEBHOOK: url }, log: (l) => lines.push(l), backoffMs: 1 });
    const outcome = await notifier.notify(RESULT);
    expect(outcome.sent).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('webhook not reachable (ECONNREFUSED)');
    expect(lines[0]).not.toContain(TOKEN.split('/')[2]);
    expect(lines[0]).not.toContain(String(server.port));
  });

  it('nothing new → nothing sent; a problem seen last cycle is not news again', async () => {
    const { server, received } = await receiver([200]);
    servers.push(server);
    const notifier = createNotifier(config(), { env: { SHOP_WEBHOOK: server.url('/h/abcdefgh') }, log: () => undefined, backoffMs: 1 });
    await notifier.notify({ ...RESULT, changes: [], beatenOnCrucial: [] });
    expect(received).toHaveLength(1);
    const again = await notifier.notify({ ...RESULT, changes: [], beatenOnCrucial: [] });
    expect(again.sent).toBe(false);
    expect(received).toHaveLength(1);
  });

  it('a variable that holds no http(s) URL is a config error when the notifier is made: the field, what to do, never the value', () => {
    for (const malformed of ['hooks.chat.example/services/T0SECRET99', 'ftp://hooks.chat.example/T0SECRET99']) {
      const make = (): unknown => createNotifier(config(), { env: { SHOP_WEBHOOK: malformed }, log: () => undefined, backoffMs: 1 });
      expect(make, malformed).toThrow(ConfigError);
      const line = (() => {
        try {
          make();
        } catch (error) {
          return (error as ConfigError).oneLine();
        }
        return '';
      })();
      expect(line).toMatch(/^notify\.webhookUrlEnv: the environment variable SHOP_WEBHOOK does not hold (a|an http\(s\)) URL — set SHOP_WEBHOOK to the webhook's whole address/);
      expect(line).not.toContain('T0SECRET99');
    }
  });

  it('a malformed address reaching a delivery is a permanent failure: withRetries does not try it again', async () => {
    await expect(postWebhook('not a url', buildPayload(RESULT, []))).rejects.toBeInstanceOf(PermanentFailure);
  });

  it('an unset env var is one log line, not a crash', async () => {
    const lines: string[] = [];
    const notifier = createNotifier(config(), { env: {}, log: (l) => lines.push(l), backoffMs: 1 });
    expect((await notifier.notify(RESULT)).sent).toBe(false);
    expect(lines).toEqual(['notify: webhook skipped — environment variable SHOP_WEBHOOK is not set']);
  });
});

describe('command notifier', () => {
  it('runs notify.command through the shell with the summary on stdin', async () => {
    const out = join(dir, 'summary.txt');
    const lines: string[] = [];
    const notifier = createNotifier(
      { command: `cat > '${out}'`, on: ['changes'], retries: 0 },
      { env: process.env, log: (l) => lines.push(l), backoffMs: 1 },
    );
    const outcome = await notifier.notify(RESULT);
    expect(outcome.command).toEqual({ ok: true, attempts: 1 });
    const text = await readFile(out, 'utf8');
    expect(text).toContain('servicediff: weekly policy scan');
    expect(text).toContain('Rival Outfitters: returns.window_days changed 30 days → 60 days');
    expect(lines).toEqual(['notify: command delivered']);
  });

  it('a failing command is retried, then logged with its exit code and stderr tail', async () => {
    const counter = join(dir, 'attempts');
    const lines: string[] = [];
    const notifier = createNotifier(
      { command: `echo x >> '${counter}'; echo 'mail relay refused' >&2; exit 7`, on: ['changes'], retries: 2 },
      { env: process.env, log: (l) => lines.push(l), backoffMs: 1 },
    );
    await notifier.notify(RESULT);
    expect((await readFile(counter, 'utf8')).trim().split('\n')).toHaveLength(3);
    expect(lines).toEqual(['notify: command failed after 3 attempt(s): notify command exited with 7: mail relay refused; the run and its report are unaffected']);
  });

  it('a command that hangs is killed at the deadline, with its children', async () => {
    const pidFile = join(dir, 'pid');
    await expect(runNotifyCommand(`sleep 30 & echo $! > '${pidFile}'; wait`, 'hello', { timeoutMs: 300 })).rejects.toThrow(/timed out and was killed/);
    const pid = Number((await readFile(pidFile, 'utf8')).trim());
    // The grandchild `sleep` is gone too (at most a zombie waiting for its new parent to reap it).
    const state = await readFile(`/proc/${pid}/stat`, 'utf8').then((stat) => stat.split(') ')[1]?.[0], () => 'gone');
    expect(['gone', 'Z', 'X']).toContain(state);
  });
});

describe('message and triggers', () => {
  it('notify.on filters what counts', () => {
    expect(firedTriggers(RESULT, ['problems'])).toEqual(['problems']);
    expect(firedTriggers({ ...RESULT, problems: [] }, ['problems'])).toEqual([]);
    expect(firedTriggers(RESULT, ['changes', 'problems', 'beaten-on-crucial'])).toEqual(['changes', 'problems', 'beaten-on-crucial']);
  });

  it('a crucial defeat resting on a value read with low confidence fires nothing alone, and is marked when listed', () => {
    const unsure = { ...RESULT, beatenOnCrucial: [{ term: 'returns.window_days' as const, competitor: 'Rival Outfitters', unsure: true as const }] };
    expect(firedTriggers(unsure, ['beaten-on-crucial'])).toEqual([]);
    expect(firedTriggers({ ...unsure, beatenOnCrucial: [...unsure.beatenOnCrucial, { term: 'shipping.free_threshold', competitor: 'Cove' }] }, ['beaten-on-crucial'])).toEqual(['beaten-on-crucial']);
    // Sent for another reason (a change), the unsure defeat is listed with the mark and its words.
    expect(buildPayload(unsure, []).text).toContain('• Rival Outfitters on returns.window_days ? (unsure: read with low confidence: check the evidence)');
    // Read surely after an unsure week, the same defeat is news; sure both weeks, it is not.
    const sure = { term: 'returns.window_days' as const, competitor: 'Rival Outfitters' };
    expect(newDefeats([sure], unsure.beatenOnCrucial)).toEqual([sure]);
    expect(newDefeats([sure], [sure])).toEqual([]);
  });

  it('newProblems drops the ones the previous cycle had, and "not-found" (a shop without that page) is never news', () => {
    const other = { ...PROBLEM, url: 'http://slow.test/returns' };
    const missing: CrawlProblem = { ...PROBLEM, kind: 'not-found', reason: 'no warranty page found' };
    expect(newProblems([PROBLEM, other], [PROBLEM])).toEqual([other]);
    expect(newProblems([PROBLEM, missing], undefined)).toEqual([PROBLEM]);
  });

  it('a fresh notifier uses the previous scan\'s problems carried by the result (a new --once process)', async () => {
    const { server, received } = await receiver([200]);
    servers.push(server);
    const notifier = createNotifier(config({ on: ['problems'] }), { env: { SHOP_WEBHOOK: server.url('/h/abcdefgh') }, log: () => undefined, backoffMs: 1 });
    const outcome = await notifier.notify({ ...RESULT, previousProblems: [PROBLEM] });
    expect(outcome.sent).toBe(false);
    expect(received).toHaveLength(0);
  });

  it('the text stays under Discord’s 2000-character limit with many changes', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ ...CHANGE, businessName: `Shop ${i} ${'x'.repeat(150)}` }));
    const payload = buildPayload({ ...RESULT, changes: many }, []);
    expect(payload.text.length).toBeLessThanOrEqual(1900);
    expect(payload.text).toContain('… and 495 more');
    expect(payload.changes).toHaveLength(500);
  });
});

describe('redaction (E6)', () => {
  it('removes the URL, its path and its token segments, also when JSON- or URL-encoded', () => {
    const url = `https://hooks.example.test/services/${TOKEN}?key=abcdef123456`;
    const redact = makeRedactor(secretsOf({ webhookUrlEnv: 'X', on: ['changes'], retries: 0 }, { X: url }));
    const samples = [
      `POST ${url} failed`,
      `path /services/${TOKEN} refused`,
      `token xoxbSuperSecretToken42 leaked`,
      `json ${JSON.stringify({ url })}`,
      `encoded ${encodeURIComponent(url)}`,
      `key abcdef123456`,
    ];
    for (const sample of samples) {
      const out = redact(sample);
      expect(out).toContain(REDACTED);
      expect(out).not.toContain('xoxbSuperSecretToken42');
      expect(out).not.toContain('abcdef123456');
    }
    expect(redact('nothing secret here: services')).toBe('nothing secret here: services');
  });

  it('no secrets → identity', () => {
    expect(makeRedactor([undefined, ''])('text')).toBe('text');
  });
});
