import { extractTerms } from '../../../src/extract/extract-terms.js';
import type { TermId } from '../../../src/terms.js';

/** The value the extractor reports for one term from a short in-house text (plain text), or undefined. */
export function valueOf(text: string, term: TermId, url?: string): unknown {
  return extractTerms({ body: text, contentType: 'text/plain', url: url ?? null }).terms[term]?.value;
}
