/**
 * The explain use case: how one issuer (and its identifiers) is read and matched against the
 * selected lists: the matcher's full inspection (normalised forms, identifier notes, matches,
 * scored candidates), the nearest list names when nothing is even a candidate, and what the list
 * compiler warned about. Reads the lists (relative to `cwd`), never prints.
 */
import type { Identifiers } from '../holdings/position.js';
import { loadSelectedLists } from '../lists/select.js';
import { parseOnlyLists, selectOfficialLists } from '../lists/only-lists.js';
import { createMatcher, type Inspection } from '../match/matcher.js';
import { suggestions, type Suggestion } from '../match/suggest.js';

export interface Explanation {
  inspection: Inspection;
  suggestions: Suggestion[];
  listWarnings: readonly string[];
}

const SUGGESTIONS = 5;

export async function explainIssuer(
  issuer: string,
  ids: Identifiers,
  opts: { lists: { useDefault: boolean; extra: readonly string[] }; onlyLists?: string | null; cwd?: string },
): Promise<Explanation> {
  const loaded = await loadSelectedLists({ ...opts.lists, cwd: opts.cwd });
  // --only-lists: only these official lists count (lists/only-lists.ts).
  const lists = opts.onlyLists ? selectOfficialLists(loaded, parseOnlyLists(opts.onlyLists)).lists : loaded;
  const matcher = createMatcher(lists);
  const inspection = matcher.inspect({ issuer, ids });
  const near = inspection.matches.length === 0 && inspection.candidates.length === 0
    ? suggestions(inspection.analysed.core, matcher.aliasCores(), SUGGESTIONS)
    : [];
  return { inspection, suggestions: near, listWarnings: matcher.warnings };
}
