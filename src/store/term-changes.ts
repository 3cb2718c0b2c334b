/**
 * Term-level change detection: per business, the best reading of each term over its pages before a scan is
 * compared with the best reading after it. Rewording with the same values is not a change; a value that changes,
 * appears or disappears is. A failed page keeps its last good reading, so it can never cause a disappearance.
 */
import { TERM_IDS, categoryOf, type Category, type ExtractResult, type TermId, type TermReading, type TermValue } from '../terms.js';
import type { TermChange } from '../model.js';

/** One page's current reading, as seen by the best-reading choice. */
export interface PageReading {
  readonly url: string;
  /** The page's categories (from discovery and extraction). */
  readonly categories: readonly Category[];
  readonly extract: ExtractResult | undefined;
}

export interface BestReading {
  readonly reading: TermReading;
  readonly url: string;
  /** Index into the pages array it came from. */
  readonly page: number;
}

/**
 * The order of preference between two readings of one term from different pages, first rule that differs wins:
 * 1. a page whose categories include the term's category (a returns page about returns beats a FAQ aside);
 * 2. higher confidence;
 * 3. JSON-LD over prose (structured data is what the merchant declared);
 * 4. the URL, alphabetically, so the choice is stable from run to run.
 */
const PREFERENCE: readonly ((a: Candidate, b: Candidate) => number)[] = [
  (a, b) => Number(b.categoryMatch) - Number(a.categoryMatch),
  (a, b) => b.reading.confidence - a.reading.confidence,
  (a, b) => Number(b.reading.source === 'json-ld') - Number(a.reading.source === 'json-ld'),
  (a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
];

interface Candidate {
  readonly reading: TermReading;
  readonly url: string;
  readonly page: number;
  readonly categoryMatch: boolean;
}

/** The best reading per term over a business's pages. */
export function bestReadings(pages: readonly PageReading[]): Map<TermId, BestReading> {
  const best = new Map<TermId, Candidate>();
  pages.forEach((page, index) => {
    if (!page.extract) return;
    const categories = new Set<Category>([...page.categories, ...page.extract.category]);
    for (const [id, reading] of Object.entries(page.extract.terms) as [TermId, TermReading | undefined][]) {
      if (!reading) continue;
      const candidate: Candidate = { reading, url: page.url, page: index, categoryMatch: categories.has(categoryOf(id)) };
      const current = best.get(id);
      if (!current || prefer(candidate, current) < 0) best.set(id, candidate);
    }
  });
  return new Map([...best].map(([id, c]) => [id, { reading: c.reading, url: c.url, page: c.page }]));
}

function prefer(a: Candidate, b: Candidate): number {
  for (const rule of PREFERENCE) {
    const order = rule(a, b);
    if (order !== 0) return order;
  }
  return 0;
}

/** Deep equality of term values; arrays compare as sets (["email","phone"] equals ["phone","email"]). */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    return a.every((x) => b.some((y) => valuesEqual(x, y))) && b.every((y) => a.some((x) => valuesEqual(x, y)));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const key of keys) {
    if (ao[key] === undefined && bo[key] === undefined) continue;
    if (!valuesEqual(ao[key], bo[key])) return false;
  }
  return true;
}

export interface ChangeContext {
  readonly business: string;
  readonly businessName: string;
  /** The scan's start time. */
  readonly seenAt: string;
  readonly cause: 'scan' | 'reextract';
}

/** The term changes between two best-reading maps, in catalogue order. */
export function termChanges(
  before: ReadonlyMap<TermId, BestReading>,
  after: ReadonlyMap<TermId, BestReading>,
  context: ChangeContext,
): TermChange[] {
  const changes: TermChange[] = [];
  for (const term of TERM_IDS) {
    const old = before.get(term);
    const now = after.get(term);
    if (!old && !now) continue;
    const base = { business: context.business, businessName: context.businessName, term, seenAt: context.seenAt, cause: context.cause };
    if (!old && now) {
      changes.push({ ...base, kind: 'appeared', after: now.reading.value as TermValue, evidenceAfter: now.reading.evidence, url: now.url });
    } else if (old && !now) {
      changes.push({ ...base, kind: 'removed', before: old.reading.value as TermValue, evidenceBefore: old.reading.evidence, url: old.url });
    } else if (old && now && !valuesEqual(old.reading.value, now.reading.value)) {
      changes.push({
        ...base,
        kind: 'changed',
        before: old.reading.value as TermValue,
        after: now.reading.value as TermValue,
        evidenceBefore: old.reading.evidence,
        evidenceAfter: now.reading.evidence,
        url: now.url,
      });
    }
  }
  return changes;
}
