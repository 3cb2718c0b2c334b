/**
 * The shapes shared by the rule modules (src/extract/rules/*.ts) and the orchestrator (extract-terms.ts).
 */
import type { Category, TermId, TermValues } from '../terms.js';

/** One sentence or table row, ready for the rules. */
export interface Unit {
  /** As written (whitespace collapsed): the evidence. */
  readonly text: string;
  /** Lower case, number words turned to digits ("thirty days" → "30 days"), dashes unified: what the patterns read. */
  readonly norm: string;
  readonly headingPath: string[];
  readonly kind: 'heading' | 'paragraph' | 'item' | 'row';
  /** The topic of the section the unit sits in (from its headings), or null when the headings say nothing. */
  readonly sectionTopic: Category | null;
  /** Position in the page: earlier units win ties. */
  readonly order: number;
}

/** One reading proposed by a rule. */
export type Candidate = {
  [K in TermId]: {
    readonly term: K;
    readonly value: TermValues[K];
    readonly confidence: number;
    /** Set when the reading applies only to part of the catalogue ("sale items", "electronics"): it becomes a variant. */
    readonly scope?: string;
    /** Set for support.hours / shipping.cutoff_time. */
    readonly timezone?: string;
    readonly unit: Unit;
    /** Which rule proposed it: set by the extractor (extract-terms.ts), never by a rule; what calibration is measured per. */
    readonly rule?: string;
  };
}[TermId];

export interface RuleContext {
  /** What a bare "$" means on this page (language/money.ts). */
  readonly dollar: string;
  /** The currency the page prices in (most amounts stated, else the address's country): for "free shipping on every order". */
  readonly pageCurrency: string;
  /** Every unit of the page, in order: for a rule whose reading another part of the page can void. */
  readonly pageUnits?: readonly Unit[];
}

/** A rule reads one unit and proposes zero or more readings. Rules never throw on odd text. */
export type Rule = (unit: Unit, context: RuleContext) => Candidate[];

/** Two units under the same headings (a heading's own path is its parent's, so it is in the section above it). */
export function sameSection(a: Unit, b: Unit): boolean {
  return a.headingPath.join('\n') === b.headingPath.join('\n');
}

/**
 * The unit right before `unit` when it belongs to the same section: a sentence before it there, or the heading that opens
 * the section (a heading's own path is its parent's). Undefined otherwise: the last line of another section is no part
 * of a sentence's context. For a sentence that takes its subject from the one before ("Please allow 5 days for
 * processing" after a refund sentence, or under a "Refunds" heading).
 */
export function previousUnit(unit: Unit, pageUnits: readonly Unit[] | undefined): Unit | undefined {
  const before = pageUnits?.[unit.order - 1];
  if (before === undefined || before.order !== unit.order - 1) return undefined;
  const opensSection = before.kind === 'heading' && before.text === unit.headingPath[unit.headingPath.length - 1];
  return sameSection(before, unit) || opensSection ? before : undefined;
}

/** previousUnit's text as the patterns read it, or '' when there is none. */
export function previousNorm(unit: Unit, context: RuleContext): string {
  return previousUnit(unit, context.pageUnits)?.norm ?? '';
}
