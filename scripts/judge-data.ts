/**
 * What scripts/judge-headroom.ts and scripts/judge-cv.ts read: every page of a set run through the extractor, with
 * each judged term's candidate values and their features (extractProfiled's `weighed`, candidate-features.ts), beside the page's final readings.
 *
 * Page sets: the real pages of a split (labels in test/real, texts in the cache), the in-house corpus of a split, and a
 * blind-audit folder (DIR/index.tsv, DIR/judgments.tsv, DIR/missed.tsv; texts outside the repository). A blind page has
 * no label: a value is right or wrong as judged, and a term's right values are those judged right or listed missed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { termValuesEqual, type Counts } from '../bench/accuracy-score.js';
import { loadRealSet, type RealSplit } from '../bench/real-set.js';
import { extractProfiled, RETURN_HOW_TERMS } from '../src/extract/extract-terms.js';
import { candidateValues, judgeable, type CandidateValue } from '../src/extract/candidate-features.js';
import { TERM_IDS, type ExtractResult, type TermId } from '../src/terms.js';
import { contentTypeOf, loadSplit, type Split } from '../test/corpus/load-corpus.js';

/** How a value is checked: against a label, or against a blind audit's verdicts. */
export type Oracle = (term: TermId, value: unknown) => boolean | undefined;

export interface PageRecord {
  readonly file: string;
  /** The shop (real pages: the label's shop; in-house and blind: the file): what cross-validation folds by. */
  readonly shop: string;
  readonly result: ExtractResult;
  readonly judged: Partial<Record<TermId, readonly CandidateValue[]>>;
  /** Terms the page states (label terms, or for a blind page those with a value judged right or listed missed). */
  readonly stated: ReadonlySet<TermId>;
  /** Whether a value is right for the term: true/false, or undefined when nobody judged it (blind pages only). */
  readonly right: Oracle;
}

function run(body: string, url: string | null, contentType: string): { result: ExtractResult; judged: Partial<Record<TermId, CandidateValue[]>> } {
  const { result, weighed } = extractProfiled({ body, url, contentType });
  const judged: Partial<Record<TermId, CandidateValue[]>> = {};
  for (const [term, w] of Object.entries(weighed) as [TermId, NonNullable<(typeof weighed)[TermId]>][]) {
    if (judgeable(term)) judged[term] = candidateValues(term, w.defaults, w.chosen);
  }
  return { result, judged };
}

function labelled(file: string, shop: string, body: string, url: string | null, contentType: string, terms: Partial<Record<TermId, unknown>>): PageRecord {
  const { result, judged } = run(body, url, contentType);
  return {
    file,
    shop,
    result,
    judged,
    stated: new Set(Object.keys(terms) as TermId[]),
    right: (term, value) => terms[term] !== undefined && termValuesEqual(term, terms[term], value),
  };
}

export function realPages(split: RealSplit): PageRecord[] {
  return loadRealSet('pages', { split })
    .filter((e) => e.text !== undefined)
    .map((e) => labelled(e.file, e.label.shop, e.text!, e.label.url, 'text/plain', e.label.terms as Partial<Record<TermId, unknown>>));
}

export function inHousePages(split: Split): PageRecord[] {
  return loadSplit(split).map((t) => labelled(`corpus/${t.file}`, `corpus:${t.id}`, t.body, t.expected.url ?? null, contentTypeOf(t), t.expected.terms as Partial<Record<TermId, unknown>>));
}

/** A blind folder's table, cells trimmed (a CR or a stray space is no part of a verdict); a first line naming `file` is a header. */
const tsv = (path: string): string[][] =>
  existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => l.split('\t').map((cell) => cell.trim()))
        .filter((cells, i) => !(i === 0 && cells[0] === 'file'))
    : [];

export function blindPages(dir: string): PageRecord[] {
  const verdicts = new Map<string, boolean>();
  const stated = new Map<string, Set<TermId>>();
  const rightValues = new Map<string, unknown[]>();
  const note = (file: string, term: string, value: string): void => {
    stated.set(file, (stated.get(file) ?? new Set()).add(term as TermId));
    const key = `${file}\t${term}`;
    rightValues.set(key, [...(rightValues.get(key) ?? []), JSON.parse(value)]);
  };
  for (const [file, term, value, verdict] of tsv(join(dir, 'judgments.tsv'))) {
    if (verdict !== 'right' && verdict !== 'wrong') continue;
    verdicts.set(`${file}\t${term}\t${value}`, verdict === 'right');
    if (verdict === 'right') note(file!, term!, value!);
  }
  for (const [file, term, value] of tsv(join(dir, 'missed.tsv'))) note(file!, term!, value!);
  return tsv(join(dir, 'index.tsv')).map(([file, url]) => {
    const { result, judged } = run(readFileSync(join(dir, file!), 'utf8'), url ?? null, 'text/plain');
    return {
      file: file!,
      shop: file!,
      result,
      judged,
      stated: stated.get(file!) ?? new Set(),
      right: (term, value) => {
        const v = verdicts.get(`${file}\t${term}\t${JSON.stringify(value)}`);
        if (v !== undefined) return v;
        const known = rightValues.get(`${file}\t${term}`);
        return known?.some((k) => termValuesEqual(term, k, value)) ? true : undefined;
      },
    };
  });
}

/** The rules' chosen value of each judged text reading, with its page and term. */
export function ruleChoices(pages: readonly PageRecord[]): { page: PageRecord; term: TermId; choice: CandidateValue }[] {
  const out: { page: PageRecord; term: TermId; choice: CandidateValue }[] = [];
  for (const page of pages) {
    for (const [term, values] of Object.entries(page.judged) as [TermId, readonly CandidateValue[]][]) {
      const choice = values.find((v) => v.features.ruleChoice === 1);
      if (choice && page.result.terms[term]?.source === 'text') out.push({ page, term, choice });
    }
  }
  return out;
}

/**
 * A page's readings counted into `into` as bench:real scores them, each term's value as `valueOf` gives it: a term the
 * page read whose value comes back undefined is dropped (a judge's, or a plain rule's, decision).
 */
export function countReadings(page: PageRecord, valueOf: (term: TermId) => unknown, into: Counts): void {
  const values = new Map(TERM_IDS.map((term) => [term, valueOf(term)]));
  const dropped = (term: TermId): boolean => page.result.terms[term] !== undefined && values.get(term) === undefined;
  for (const term of TERM_IDS) {
    let value = values.get(term);
    // merge() reads returns accepted from the other returns terms when returns accepted is dropped.
    if (term === 'returns.accepted' && dropped(term) && RETURN_HOW_TERMS.some((r) => page.result.terms[r] && !dropped(r))) value = true;
    const stated = page.stated.has(term);
    if (value === undefined) {
      if (stated) into.fn++;
    } else if (page.right(term, value) === true) into.tp++;
    else {
      into.fp++;
      if (stated) into.fn++;
    }
  }
}
