/**
 * The extractor: one page in, the TERMS.md readings out. Sync, pure, never throws.
 *
 * Cascade:
 *  1. page → text blocks (page-text.ts) and JSON-LD bodies;
 *  2. JSON-LD readings (jsonld.ts), confidence highest;
 *  3. blocks → units (sentences and table rows) with their section topic;
 *  4. every rule over every unit → candidates;
 *  5. per term: the default (unscoped) candidate with the highest confidence, earliest first, is the value;
 *     scoped candidates become variants; a JSON-LD reading wins over prose and a disagreeing prose reading is kept as `conflict`.
 */
import {
  CATEGORIES,
  TERM_IDS,
  categoryOf,
  type Category,
  type ExtractResult,
  type TermId,
  type TermReading,
  type TermReadings,
  type TermVariant,
} from '../terms.js';
import { topicOf } from './classifier/topic-keywords.js';
import { evidenceOf } from './evidence.js';
import { dollarCurrency } from './language/money.js';
import { normaliseNumbers } from './language/numbers.js';
import { splitSentences } from './language/sentences.js';
import { pageText, type TextBlock } from './page-text.js';
import type { Candidate, Rule, RuleContext, Unit } from './rule-types.js';
import { RETURNS_RULES } from './rules/returns.js';
import { SHIPPING_RULES } from './rules/shipping.js';

export interface ExtractInput {
  readonly body: string;
  readonly url?: string | null;
  readonly contentType?: string;
}

const RULES: Rule[] = [...RETURNS_RULES, ...SHIPPING_RULES];
/** Pages larger than this are cut before parsing: policy wording never needs more, and the 2 MB page must stay fast. */
const MAX_BODY_CHARS = 3_000_000;

export function extractTerms(input: ExtractInput): ExtractResult {
  const url = input.url ?? null;
  try {
    return extractUnsafe(input, url);
  } catch (error) {
    // The contract is "never throws": an unexpected failure yields no terms and says why.
    return { url, category: [], terms: {}, warnings: [`extraction failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

function extractUnsafe(input: ExtractInput, url: string | null): ExtractResult {
  const body = typeof input.body === 'string' ? input.body.slice(0, MAX_BODY_CHARS) : '';
  const page = pageText(body, input.contentType);
  const units = toUnits(page.blocks);
  const context: RuleContext = { dollar: dollarCurrency(url, units.map((u) => u.text).join(' ').slice(0, 100_000)) };
  const candidates: Candidate[] = [];
  for (const unit of units) for (const rule of RULES) for (const c of rule(unit, context)) candidates.push(c);
  const terms = merge(candidates);
  const category = categories(terms);
  return { url, category, terms };
}

/** Dashes unified and number words as digits: what every pattern reads. */
export function normaliseUnitText(text: string): string {
  return normaliseNumbers(text.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[’‘]/g, "'").replace(/[“”]/g, '"')).toLowerCase();
}

function toUnits(blocks: TextBlock[]): Unit[] {
  const units: Unit[] = [];
  let order = 0;
  for (const block of blocks) {
    const sectionTopic = sectionTopicOf(block.headingPath);
    const pieces = block.kind === 'row' || block.kind === 'heading' ? [block.text] : splitSentences(block.text);
    for (const text of pieces) {
      units.push({ text, norm: normaliseUnitText(text), headingPath: block.headingPath, kind: block.kind, sectionTopic, order: order++ });
    }
  }
  return units;
}

/** The innermost heading that names exactly one topic. */
function sectionTopicOf(path: string[]): Category | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const t = topicOf(path[i]!);
    if (t) return t;
  }
  return null;
}

function merge(candidates: Candidate[]): TermReadings {
  const byTerm = new Map<TermId, Candidate[]>();
  for (const c of candidates) {
    const list = byTerm.get(c.term);
    if (list) list.push(c);
    else byTerm.set(c.term, [c]);
  }
  const out: Record<string, TermReading> = {};
  for (const id of TERM_IDS) {
    const list = byTerm.get(id);
    if (!list) continue;
    const defaults = list.filter((c) => c.scope === undefined);
    if (defaults.length === 0) continue; // only scoped readings: the page does not state the general value
    const best = defaults.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    const variants: TermVariant[] = [];
    const seen = new Set<string>([JSON.stringify(best.value)]);
    for (const c of list) {
      if (c.scope === undefined) continue;
      const key = JSON.stringify(c.value) + c.scope;
      if (seen.has(key)) continue;
      seen.add(key);
      variants.push({ value: c.value, scope: c.scope, evidence: evidenceOf(c.unit.text) });
    }
    const reading: TermReading = {
      value: best.value,
      evidence: evidenceOf(best.unit.text),
      confidence: round2(best.confidence),
      source: 'text',
      headingPath: best.unit.headingPath,
      ...(best.timezone ? { timezone: best.timezone } : {}),
      ...(variants.length ? { variants } : {}),
    };
    out[id] = reading;
  }
  return out as TermReadings;
}

function categories(terms: TermReadings): Category[] {
  const found = new Set<Category>();
  for (const id of Object.keys(terms) as TermId[]) found.add(categoryOf(id));
  return CATEGORIES.filter((c) => found.has(c));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
