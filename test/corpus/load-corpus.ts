/**
 * Reads the labelled corpus: every `NNN-slug.html|txt` of a split with its `NNN-slug.expected.json`.
 * Shared by the accuracy benchmark, the corpus check test and scripts/corpus-stats.ts, so all three see the same texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Category, TermId } from '../../src/terms.js';

export const SPLITS = ['tuning', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

/** The root holding tuning/ and heldout/ (this file's folder). */
export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));

/** One `*.expected.json`, as written (validated by test/corpus-check.test.ts, not here). */
export interface ExpectedLabels {
  readonly url: string;
  readonly category: Category[];
  /** Term id → value in the TERMS.md shape; a term the text does not state is absent. */
  readonly terms: Partial<Record<TermId, unknown>>;
  readonly note?: string;
}

export interface LabelledText {
  readonly split: Split;
  /** File name without extension, e.g. "014-returns-faq-us". */
  readonly id: string;
  /** Path of the text, relative to the corpus root, e.g. "tuning/014-returns-faq-us.html". */
  readonly file: string;
  readonly format: 'html' | 'txt';
  readonly body: string;
  readonly expected: ExpectedLabels;
}

const TEXT_FILE = /^(\d{3}-[a-z0-9-]+)\.(html|txt)$/;

/** Every labelled text of a split, in file-name order. Throws, naming the file, when a text has no labels or vice versa. */
export function loadSplit(split: Split, root: string = CORPUS_DIR): LabelledText[] {
  const dir = join(root, split);
  const names = readdirSync(dir).sort();
  const texts: LabelledText[] = [];
  const labelled = new Set(names.filter((n) => n.endsWith('.expected.json')).map((n) => n.slice(0, -'.expected.json'.length)));
  for (const name of names) {
    const match = TEXT_FILE.exec(name);
    if (!match) continue;
    const id = match[1] as string;
    if (!labelled.delete(id)) throw new Error(`${split}/${name} has no ${id}.expected.json beside it; write its labels`);
    const expected = JSON.parse(readFileSync(join(dir, `${id}.expected.json`), 'utf8')) as ExpectedLabels;
    texts.push({
      split,
      id,
      file: `${split}/${name}`,
      format: match[2] as 'html' | 'txt',
      body: readFileSync(join(dir, name), 'utf8'),
      expected,
    });
  }
  const orphan = [...labelled][0];
  if (orphan !== undefined) throw new Error(`${split}/${orphan}.expected.json has no ${orphan}.html or .txt beside it; add the text or remove the labels`);
  return texts;
}

/** Content type to hand the extractor for a corpus file. */
export function contentTypeOf(text: LabelledText): string {
  return text.format === 'html' ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
}
