/**
 * Reads the store and the config once into a ComparisonInput: businesses in config order (never-scanned ones with no
 * terms), your declared terms winning over crawled ones, importance per term with its source, and the changes since
 * the previous report (or --since).
 */
import type { Config } from '../config/config-schema.js';
import { DEFAULT_IMPORTANCE, type Importance } from '../config/defaults.js';
import { businessId, type BusinessTerms, type ComparisonInput, type CustomerWeights, type TermObservation } from '../model.js';
import type { ScanSummary, Store } from '../store/store-types.js';
import { categoryOf, isTermId, TERM_IDS, type TermId, type TermValue } from '../terms.js';

export interface ComparisonInputOptions {
  /** ISO date or time: changes seen at or after it. Default: the changes of the latest scan. */
  readonly since?: string;
  readonly now?: Date;
}

/** Evidence shown for a value declared in config rather than read from a page. */
export const DECLARED_EVIDENCE = 'declared in config (you.terms)';

export function buildComparisonInput(config: Config, store: Store, options: ComparisonInputOptions = {}): ComparisonInput {
  const now = (options.now ?? new Date()).toISOString();
  const crawled = new Map(store.latestTerms().map((b) => [b.id, b]));
  const latestScan = latestScanOf(store.scans());

  const business = (entry: { name: string; site: string }, isYou: boolean): BusinessTerms => {
    const id = businessId(entry.name);
    const stored = crawled.get(id);
    return {
      id,
      name: entry.name,
      site: entry.site,
      isYou,
      terms: { ...(stored?.terms ?? {}) },
      ...(stored?.lastScanAt ? { lastScanAt: stored.lastScanAt } : {}),
    };
  };

  const youCrawled = business(config.you, true);
  const you: BusinessTerms = { ...youCrawled, terms: { ...youCrawled.terms, ...declaredTerms(config, now) } };
  const competitors = config.competitors.map((c) => business(c, false));

  const since = options.since ?? latestScan?.startedAt;
  const known = new Set([you.id, ...competitors.map((c) => c.id)]);
  const changes = (since ? store.changes({ since }) : store.changes()).filter((c) => known.has(c.business));

  const customers = store.customerWeights();
  return {
    generatedAt: now,
    you,
    competitors,
    importance: importanceOf(config, customers),
    ...(customers ? { customerWeights: customers } : {}),
    changes,
    problems: store.latestProblems().filter((p) => known.has(p.business)),
    ...(latestScan ? { latestScanAt: latestScan.startedAt } : {}),
    ...(since ? { changesSince: since } : {}),
    yourPages: store.pages(you.id).map((p) => ({ url: p.finalUrl ?? p.url, categories: p.categories, status: p.lastStatus })),
  };
}

/** The scan a comparison is made from: the latest crawl (a re-extraction only when nothing was ever crawled). */
export function latestScanOf(scans: readonly ScanSummary[]): ScanSummary | undefined {
  return [...scans].reverse().find((s) => s.kind === 'scan') ?? scans[scans.length - 1];
}

/** `you.terms` as observations of origin "declared"; they replace crawled values of the same term. */
export function declaredTerms(config: Config, observedAt: string): Partial<Record<TermId, TermObservation>> {
  const out: Partial<Record<TermId, TermObservation>> = {};
  for (const [id, value] of Object.entries(config.you.terms ?? {})) {
    if (!isTermId(id) || value === undefined) continue;
    out[id] = {
      reading: { value: value as TermValue, evidence: DECLARED_EVIDENCE, confidence: 1 },
      url: '',
      origin: 'declared',
      observedAt,
    };
  }
  return out;
}

/** servicediff's own importance for a term: its own default, else its category's. */
export function defaultImportance(term: TermId): Importance {
  return DEFAULT_IMPORTANCE[term] ?? DEFAULT_IMPORTANCE[categoryOf(term)];
}

/**
 * Importance per term: what customers said (`weigh --write`) first — their definition of good service beats the
 * business's own — then config by term id, config by category, the defaults by term id, then by category. A term
 * whose element had too little feedback has no customer level and falls through to config and defaults.
 */
export function importanceOf(config: Pick<Config, 'importance'>, customers?: Pick<CustomerWeights, 'terms'>): ComparisonInput['importance'] {
  const configured = config.importance as Partial<Record<string, Importance>>;
  const out = {} as ComparisonInput['importance'];
  for (const term of TERM_IDS) {
    const category = categoryOf(term);
    const fromCustomers = customers?.terms[term];
    const fromConfig = configured[term] ?? configured[category];
    out[term] = fromCustomers
      ? { level: fromCustomers, source: 'customers' }
      : fromConfig
        ? { level: fromConfig, source: 'config' }
        : { level: defaultImportance(term), source: 'default' };
  }
  return out;
}
