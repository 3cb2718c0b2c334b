/**
 * The schema of config/servicediff.yaml and its inferred type: one of servicediff's three typed contracts.
 * Every object is strict (an unknown key is an error, with a nearest-key hint from load-config.ts).
 */
import { z } from 'zod';
import { CATEGORIES, TERM_IDS, type TermId } from '../terms.js';
import { TERM_VALUE_SCHEMAS } from '../term-schemas.js';
import {
  CRAWL_DEFAULTS,
  CRAWL_FLOORS,
  IMPORTANCE_LEVELS,
  REPORT_DEFAULTS,
  SCHEDULE_DEFAULTS,
  STORE_DEFAULTS,
} from './defaults.js';
import { suggestion } from './nearest-word.js';

/** An absolute http(s) URL without credentials (E2: no file:, javascript:, ftp:, user:pw@). */
const httpUrl = z.string().superRefine((text, ctx) => {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not an http(s) URL (expected e.g. https://shop.example)' });
    return;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    ctx.addIssue({ code: 'custom', message: `not an http(s) URL (scheme "${url.protocol.replace(':', '')}" is refused)` });
  } else if (url.username || url.password) {
    ctx.addIssue({ code: 'custom', message: 'URL must not contain credentials (user:password@)' });
  }
});

const urlList = z.union([httpUrl.transform((u) => [u]), z.array(httpUrl).min(1).max(5)]);

/** Pages named in config win over discovery; one URL or a list per category. */
const pagesSchema = z.strictObject(Object.fromEntries(CATEGORIES.map((c) => [c, urlList.optional()]))) as z.ZodType<
  Partial<Record<(typeof CATEGORIES)[number], string[]>>
>;

const termsSchema = z
  .record(z.string(), z.unknown())
  .superRefine((terms, ctx) => {
    for (const [id, value] of Object.entries(terms)) {
      if (!(TERM_IDS as readonly string[]).includes(id)) {
        ctx.addIssue({ code: 'custom', path: [id], message: `unknown term id${suggestion(id, TERM_IDS, 'docs/TERMS.md')}` });
        continue;
      }
      const result = TERM_VALUE_SCHEMAS[id as TermId].safeParse(value);
      if (!result.success) {
        ctx.addIssue({ code: 'custom', path: [id], message: `${JSON.stringify(value)} is not a valid value for this term (see its value shape in TERMS.md)` });
      }
    }
  }) as z.ZodType<Partial<Record<TermId, unknown>>>;

const businessSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  site: httpUrl,
  pages: pagesSchema.optional(),
});

const youSchema = businessSchema.extend({
  /** Terms you declare yourself; they win over what is crawled from your site. */
  terms: termsSchema.optional(),
});

/** Keys of `importance:`: a whole category or one term. */
const IMPORTANCE_KEYS: readonly string[] = [...CATEGORIES, ...TERM_IDS];
const importanceSchema = z.record(z.string(), z.enum(IMPORTANCE_LEVELS)).superRefine((importance, ctx) => {
  for (const key of Object.keys(importance)) {
    if (!IMPORTANCE_KEYS.includes(key)) {
      ctx.addIssue({ code: 'custom', path: [key], message: `not a term id or category${suggestion(key, IMPORTANCE_KEYS, 'docs/TERMS.md')}` });
    }
  }
});

const positiveInt = z.number().int().positive();
const crawlSchema = z
  .strictObject({
    concurrencyPerHost: positiveInt.max(16).default(CRAWL_DEFAULTS.concurrencyPerHost),
    concurrency: positiveInt.max(64).default(CRAWL_DEFAULTS.concurrency),
    delayMs: z.number().int().nonnegative().default(CRAWL_DEFAULTS.delayMs),
    jitterMs: z.number().int().nonnegative().default(CRAWL_DEFAULTS.jitterMs),
    connectTimeoutMs: positiveInt.default(CRAWL_DEFAULTS.connectTimeoutMs),
    firstByteTimeoutMs: positiveInt.default(CRAWL_DEFAULTS.firstByteTimeoutMs),
    timeoutMs: positiveInt.default(CRAWL_DEFAULTS.timeoutMs),
    hostBudgetMs: positiveInt.default(CRAWL_DEFAULTS.hostBudgetMs),
    maxBytes: positiveInt.default(CRAWL_DEFAULTS.maxBytes),
    maxRedirects: z.number().int().min(0).max(20).default(CRAWL_DEFAULTS.maxRedirects),
    retries: z.number().int().min(0).max(10).default(CRAWL_DEFAULTS.retries),
    backoffMs: z.number().int().nonnegative().default(CRAWL_DEFAULTS.backoffMs),
    retryAfterCapSeconds: z.number().nonnegative().default(CRAWL_DEFAULTS.retryAfterCapSeconds),
    crawlDelayCapSeconds: z.number().nonnegative().default(CRAWL_DEFAULTS.crawlDelayCapSeconds),
    pagesPerCategory: z.number().int().min(1).max(3).default(CRAWL_DEFAULTS.pagesPerCategory),
    maxPagesPerSite: positiveInt.max(1000).default(CRAWL_DEFAULTS.maxPagesPerSite),
    recheckMissingDays: z.number().int().min(0).max(365).default(CRAWL_DEFAULTS.recheckMissingDays),
    recheckRedirectDays: z.number().int().min(0).max(365).default(CRAWL_DEFAULTS.recheckRedirectDays),
    rerenderDays: z.number().int().min(0).max(365).default(CRAWL_DEFAULTS.rerenderDays),
    userAgent: z.string().min(1).optional(),
    browser: z.enum(['auto', 'never', 'always']).default(CRAWL_DEFAULTS.browser),
    /** Path to a Chromium/Chrome executable; SERVICEDIFF_CHROMIUM overrides discovery too. */
    browserPath: z.string().min(1).optional(),
    browserTimeoutMs: positiveInt.default(CRAWL_DEFAULTS.browserTimeoutMs),
    allowPrivateNetworks: z.boolean().default(CRAWL_DEFAULTS.allowPrivateNetworks),
    /** Hosts whose TLS certificate is not verified (A8); only for sites you run yourself. */
    insecureTlsHosts: z.array(z.string().min(1)).default([]),
  })
  .superRefine((crawl, ctx) => {
    if (!crawl.allowPrivateNetworks && crawl.delayMs < CRAWL_FLOORS.delayMs) {
      ctx.addIssue({
        code: 'custom',
        path: ['delayMs'],
        message: `${crawl.delayMs} is below the floor of ${CRAWL_FLOORS.delayMs} ms for public sites`,
      });
    }
  });

const scheduleSchema = z.strictObject({
  cron: z.string().min(1).default(SCHEDULE_DEFAULTS.cron),
  /** IANA zone, e.g. Europe/London; default: the machine's local zone. */
  timezone: z.string().min(1).optional(),
  minIntervalMinutes: z.number().positive().default(SCHEDULE_DEFAULTS.minIntervalMinutes),
});

const envName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name such as SERVICEDIFF_WEBHOOK_URL');
const notifySchema = z.strictObject({
  /** Name of the environment variable holding the webhook URL (the secret never goes in the config file). */
  webhookUrlEnv: envName.optional(),
  /** A shell command that receives the summary on stdin. */
  command: z.string().min(1).optional(),
  /** What triggers a notification. */
  on: z
    .array(z.enum(['changes', 'problems', 'beaten-on-crucial']))
    .min(1)
    .default(['changes', 'problems', 'beaten-on-crucial']),
  retries: z.number().int().min(0).max(10).default(3),
});

const reportSchema = z.strictObject({
  folder: z.string().min(1).default(REPORT_DEFAULTS.folder),
  html: z.boolean().default(false),
});

const storeSchema = z.strictObject({
  db: z.string().min(1).default(STORE_DEFAULTS.db),
  snapshots: z.string().min(1).default(STORE_DEFAULTS.snapshots),
  keepSnapshotScans: z.number().int().nonnegative().default(STORE_DEFAULTS.keepSnapshotScans),
});

export const configSchema = z
  .strictObject({
    you: youSchema,
    competitors: z.array(businessSchema).max(200).default([]),
    importance: importanceSchema.default({}),
    crawl: crawlSchema.prefault({}),
    schedule: scheduleSchema.prefault({}),
    report: reportSchema.prefault({}),
    store: storeSchema.prefault({}),
    notify: notifySchema.optional(),
  })
  .superRefine((config, ctx) => {
    const seenNames = new Map<string, number>([[config.you.name.toLowerCase(), -1]]);
    const seenSites = new Map<string, number>([[siteKey(config.you.site), -1]]);
    config.competitors.forEach((c, i) => {
      const name = c.name.toLowerCase();
      const site = siteKey(c.site);
      const nameAt = seenNames.get(name);
      if (nameAt !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['competitors', i, 'name'], message: `duplicate of ${where(nameAt)}` });
      }
      const siteAt = seenSites.get(site);
      if (siteAt !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['competitors', i, 'site'], message: `same site as ${where(siteAt)}` });
      }
      seenNames.set(name, i);
      seenSites.set(site, i);
    });
  });

function siteKey(site: string): string {
  try {
    const url = new URL(site);
    return `${url.hostname.replace(/^www\./, '')}${url.port ? `:${url.port}` : ''}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return site;
  }
}

function where(index: number): string {
  return index === -1 ? 'you' : `competitors[${index}]`;
}

export type Config = z.infer<typeof configSchema>;
export type CrawlConfig = Config['crawl'];
export type BusinessConfig = z.infer<typeof businessSchema>;
export type YouConfig = Config['you'];
export type NotifyConfig = NonNullable<Config['notify']>;
