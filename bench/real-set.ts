/**
 * The real-text sets: published policy pages (issue 11) and published customer reviews (issue 14) that this project did
 * not write. Only labels are committed (test/real/<kind>/<split>/*.json); each names the look-up that gives the text
 * again (corpus, exact query, rank), the url and the sha256 of the text. The text itself lives in a git-ignored cache,
 * one file per text named by its sha256, filled in a session by scripts/real-cache.ts.
 *
 * The split is decided by the shop, not by hand: a shop's pages all fall in one split, so the held-out figures measure
 * shops the rules were never tuned on.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Category, TermId } from '../src/terms.js';
import { isElementId, type ElementId } from '../src/voice/elements.js';

export const REAL_KINDS = ['pages', 'reviews'] as const;
export type RealKind = (typeof REAL_KINDS)[number];
export const REAL_SPLITS = ['tuning', 'heldout'] as const;
export type RealSplit = (typeof REAL_SPLITS)[number];

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Committed labels. */
export const REAL_LABELS_DIR = join(REPO_ROOT, 'test', 'real');
/** Share of shops in the tuning split; the rest are held out (issue 11: about 60 / 40). */
export const TUNING_SHARE = 0.6;

/** Where the texts are cached: $SERVICEDIFF_REAL_CACHE, else .real-cache/ at the repository root (git-ignored). */
export function realCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.SERVICEDIFF_REAL_CACHE;
  return fromEnv !== undefined && fromEnv !== '' ? resolve(fromEnv) : join(REPO_ROOT, '.real-cache');
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** A shop's host as its split and half are hashed: trimmed, lower case, without www. */
const shopKey = (shop: string): string => shop.trim().toLowerCase().replace(/^www\./, '');

/** A shop's split, from a hash of its normalised host: stable, and nobody chooses it. */
export function splitOfShop(shop: string): RealSplit {
  const n = Number.parseInt(sha256(shopKey(shop)).slice(0, 8), 16) / 0x1_0000_0000;
  return n < TUNING_SHARE ? 'tuning' : 'heldout';
}

/** Halves of the tuning split, by shop, for checking a change on shops nobody diagnosed on. */
export type TuningHalf = 'a' | 'b';

/**
 * A tuning shop's half, from another slice of the same hash: diagnose on half a, and see whether a change lifts half b
 * too before trusting it. Five rounds found that fixing a wording lifts the pages it was read on and not unseen ones;
 * half b tells that inside the tuning split, without opening the held-out pages.
 */
export function halfOfShop(shop: string): TuningHalf {
  return Number.parseInt(sha256(shopKey(shop)).slice(8, 16), 16) % 2 === 0 ? 'a' : 'b';
}

/** The value of `--half`, as both real-set benches read it; `fail` reports a bad value and does not return. */
export function parseHalf(value: string | undefined, fail: (message: string) => never): TuningHalf {
  if (value !== 'a' && value !== 'b') return fail(`--half expects a or b, got "${value ?? ''}"`);
  return value;
}

/** Whether a shop is scored under `--half` (every shop when no half is asked for). */
export const inHalf = (shop: string, half: TuningHalf | undefined): boolean => half === undefined || halfOfShop(shop) === half;

/** How the text is obtained again: the search look-up that returned it. */
export interface RealSource {
  readonly corpus: 'pages';
  /** The exact query text sent. */
  readonly query: string;
  /** 1-based rank of the result in that look-up's answer. */
  readonly rank: number;
}

interface RealLabelBase {
  readonly source: RealSource;
  readonly url: string;
  /** sha256 of the excerpt's text (UTF-8), which is also its cache file name. */
  readonly sha256: string;
  /** The shop's host name without www., e.g. "example-shop.com"; decides the split. */
  readonly shop: string;
  /** ISO 3166 alpha-2 of the shop's market, e.g. "US", "GB", "AU". */
  readonly country: string;
  /** What the text is and why it was labelled so, in our own words (never a quote). */
  readonly note: string;
}

export interface PageLabel extends RealLabelBase {
  readonly category: Category[];
  /** Term id → value in the TERMS.md shape; a term the text does not state is absent. */
  readonly terms: Partial<Record<TermId, unknown>>;
}

export const SENTIMENTS = ['positive', 'negative', 'mixed', 'neutral'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export interface ReviewItemLabel {
  /** Lines a..b (0-based, inclusive) of the cached text split on "\n". */
  readonly lines: readonly [number, number];
  /** Element ids of issue 14 (returns, delivery_speed, …, product_quality, other). */
  readonly elements: string[];
  readonly sentiment: Sentiment;
  readonly rating?: number;
}

export interface ReviewLabel extends RealLabelBase {
  readonly items: ReviewItemLabel[];
}

export interface RealEntry<L> {
  readonly kind: RealKind;
  readonly split: RealSplit;
  /** Path relative to test/real, e.g. "pages/tuning/example-shop.com--returns.json". */
  readonly file: string;
  readonly label: L;
  /** The cached text when present and its hash matches; undefined otherwise (see `cache`). */
  readonly text?: string;
  readonly cache: 'ok' | 'missing' | 'hash-mismatch';
}

type LabelOf<K extends RealKind> = K extends 'pages' ? PageLabel : ReviewLabel;

/** Every label of one kind (both splits, or one), with its cached text when the cache holds it. */
export function loadRealSet<K extends RealKind>(
  kind: K,
  options: { split?: RealSplit; cacheDir?: string; labelsDir?: string } = {},
): RealEntry<LabelOf<K>>[] {
  const cacheDir = options.cacheDir ?? realCacheDir();
  const root = options.labelsDir ?? REAL_LABELS_DIR;
  const entries: RealEntry<LabelOf<K>>[] = [];
  for (const split of options.split ? [options.split] : REAL_SPLITS) {
    const dir = join(root, kind, split);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const file = `${kind}/${split}/${name}`;
      let label: LabelOf<K>;
      try {
        label = JSON.parse(readFileSync(join(dir, name), 'utf8')) as LabelOf<K>;
      } catch (error) {
        throw new Error(`test/real/${file}: not valid JSON (${(error as Error).message}); fix the label file`);
      }
      const cached = join(cacheDir, `${label.sha256}.txt`);
      if (!existsSync(cached)) {
        entries.push({ kind, split, file, label, cache: 'missing' });
        continue;
      }
      const text = readFileSync(cached, 'utf8');
      if (sha256(text) !== label.sha256) entries.push({ kind, split, file, label, cache: 'hash-mismatch' });
      else entries.push({ kind, split, file, label, text, cache: 'ok' });
    }
  }
  return entries;
}

/**
 * A review label's element ids and sentiment, checked, so a typo fails loudly (naming `where`) instead of counting as a
 * miss in bench/voice.ts or a disagreement in scripts/voice-agree.ts.
 */
export function checkedReviewLabel(where: string, elements: readonly string[], sentiment: string): { elements: ElementId[]; sentiment: Sentiment } {
  const unknown = elements.find((e) => !isElementId(e));
  if (unknown !== undefined) throw new Error(`${where}: unknown element "${unknown}" (use the ids of src/voice/elements.ts)`);
  if (!(SENTIMENTS as readonly string[]).includes(sentiment)) throw new Error(`${where}: unknown sentiment "${sentiment}"`);
  return { elements: elements as ElementId[], sentiment: sentiment as Sentiment };
}

/** Lines a..b of a cached review text: one feedback item. */
export function itemText(text: string, item: ReviewItemLabel): string {
  return text.split('\n').slice(item.lines[0], item.lines[1] + 1).join('\n').trim();
}

/** "248 of 250 cached", plus what is wrong with the rest: the first line every real-set bench prints. */
export function cacheSummary(entries: readonly RealEntry<unknown>[]): string {
  const ok = entries.filter((e) => e.cache === 'ok').length;
  const mismatch = entries.filter((e) => e.cache === 'hash-mismatch').length;
  const missing = entries.length - ok - mismatch;
  const extra = [missing ? `${missing} missing` : '', mismatch ? `${mismatch} with a changed text (hash mismatch)` : ''].filter(Boolean);
  return `${ok} of ${entries.length} cached${extra.length ? ` (${extra.join(', ')}; see npx tsx scripts/real-cache.ts check)` : ''}`;
}
