/**
 * Returns rules (first slice: the return window).
 */
import { findDurations, toDays } from '../language/numbers.js';
import type { Candidate, Rule } from '../rule-types.js';

/** Words that make a sentence about returning items ("return", "refund", "exchange", "send back"). */
const RETURN_WORDS = /\b(?:return(?:s|ed|ing)?|refund(?:s|ed)?|exchang(?:e|es|ed)|send (?:it |them |items? )?back|money back)\b/;
/** Sentences about other windows that mention returns in passing ("report damage within 48 hours", "warranty"). */
const NOT_WINDOW = /\b(?:warrant(?:y|ies)|guarantee[ds]?|refunds? (?:will |are |is )?(?:be )?(?:processed|issued|credited)|processed within|take[s]? (?:up to )?\d|appear|report|notify|inspect|ship(?:s|ped)? within)/;

const windowDays: Rule = (unit) => {
  const s = unit.norm;
  if (!RETURN_WORDS.test(s)) return [];
  if (NOT_WINDOW.test(s) || unit.sectionTopic === 'warranty') return [];
  const out: Candidate[] = [];
  for (const d of findDurations(s)) {
    if (d.unit === 'hour') continue;
    const days = toDays(d.max, d.unit);
    if (days < 1 || days > 730) continue;
    out.push({ term: 'returns.window_days', value: days, confidence: 0.85, unit });
    break;
  }
  return out;
};

export const RETURNS_RULES: Rule[] = [windowDays];
