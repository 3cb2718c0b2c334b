/**
 * The one name matcher for every command that takes business names (scan, compare, history, check): a name matches
 * a business by its name (any case), its id (`northwind-supply`), or a unique beginning of either ("north"). Every
 * command words a miss the same way, listing the names it accepts.
 */
import { UsageError } from '../errors.js';
import { businessId } from '../model.js';
import { didYouMean } from './nearest-word.js';

export interface NamedBusiness {
  readonly id: string;
  readonly name: string;
}

/** How many names an error lists before "and N more". */
const MAX_LISTED = 12;

/** The id of the one business `wanted` names, or a UsageError (unknown or ambiguous) that lists the choices. */
export function matchBusiness(wanted: string, known: readonly NamedBusiness[]): string {
  const text = wanted.trim().toLowerCase();
  // businessId falls back to "business" for a name with no letters or digits: such a name has no id to match.
  const id = businessId(wanted);
  const slug = id === 'business' && text !== 'business' ? '\0' : id;
  const exact = known.find((b) => b.name.toLowerCase() === text || b.id === slug);
  if (exact) return exact.id;
  const starts = known.filter((b) => text !== '' && (b.name.toLowerCase().startsWith(text) || b.id.startsWith(slug)));
  if (starts.length === 1) return starts[0]!.id;
  const shown = JSON.stringify(wanted.slice(0, 80));
  if (starts.length > 1) {
    throw new UsageError(`business ${shown} is ambiguous — it begins ${listed(starts)}; give more of the name`);
  }
  const nameOf = (id: string): string => known.find((b) => b.id === id)!.name;
  const suggestion = didYouMean(wanted, known.map((b) => b.name)) || didYouMean(slug, known.map((b) => b.id), nameOf);
  throw new UsageError(`unknown business ${shown}${suggestion} — valid names: ${known.length ? listed(known) : '(none in the config)'}`);
}

/** Ids of every named business, in the order named, without repeats. */
export function matchBusinesses(wanted: readonly string[], known: readonly NamedBusiness[]): string[] {
  const ids: string[] = [];
  for (const name of wanted) {
    const id = matchBusiness(name, known);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function listed(businesses: readonly NamedBusiness[]): string {
  const names = businesses.slice(0, MAX_LISTED).map((b) => b.name);
  return businesses.length > MAX_LISTED ? `${names.join(', ')} and ${businesses.length - MAX_LISTED} more` : names.join(', ');
}
