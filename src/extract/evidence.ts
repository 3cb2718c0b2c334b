/** Evidence text: the sentence or row a reading came from, at most EVIDENCE_MAX_CHARS characters. */
import { EVIDENCE_MAX_CHARS } from '../terms.js';

export function evidenceOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= EVIDENCE_MAX_CHARS) return t;
  const cut = t.slice(0, EVIDENCE_MAX_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > EVIDENCE_MAX_CHARS * 0.7 ? cut.slice(0, space) : cut}…`;
}
