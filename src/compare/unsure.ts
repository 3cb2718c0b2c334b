/**
 * Which values are unsure: crawled values the extractor read with a confidence below SURE (extract/confidence.ts, the
 * one threshold). Every output marks them, and no verdict resting on one is stated as firmly as a sure one (issue 11,
 * item 4). A value declared in config is the owner's own word, so it is always sure.
 */
import { SURE } from '../extract/confidence.js';
import type { TermObservation } from '../model.js';

export { SURE };

/** Whether an observation was read with low confidence (a reading with no usable number is not known to be sure). */
export function isUnsure(observation: TermObservation | undefined): boolean {
  if (!observation || observation.origin === 'declared') return false;
  return !(observation.reading.confidence >= SURE);
}
