/**
 * --only-lists: which official lists count for a run. A name given by the user selects an
 * official list when it is the list's coverage key ("uflpa"), the slug of its name
 * ("bis-entity-list") or the first words of that slug ("bis", "ofac" = every OFAC list).
 * Listings on other lists are dropped; an entity left without a listing is not screened. Pure.
 */
import { UsageError } from '../errors.js';
import type { LoadedList } from './schema.js';
import { coverageLines } from './coverage.js';
import { slugify } from './slug.js';

/** "uflpa, BIS" -> ["uflpa", "bis"]; an empty selection is a usage error. */
export function parseOnlyLists(spec: string | readonly string[]): string[] {
  const names = (typeof spec === 'string' ? spec.split(',') : [...spec]).map((s) => slugify(s)).filter(Boolean);
  if (names.length === 0) throw new UsageError('--only-lists: no list named (e.g. --only-lists uflpa,bis)');
  return [...new Set(names)];
}

function selects(name: string, list: string, key: string): boolean {
  const slug = slugify(list);
  return name === key || name === slug || slug.startsWith(`${name}-`) || key.startsWith(`${name}-`);
}

export interface Selection {
  lists: LoadedList[];
  /** The official lists that count, by name, in first-seen order. */
  selected: string[];
}

/** `from`: where the names came from, for the error (the flag, FUNDSCREEN_ONLY_LISTS, or the config file's key). */
export function selectOfficialLists(lists: readonly LoadedList[], names: readonly string[], from = '--only-lists'): Selection {
  const known = new Map<string, string>();
  for (const l of lists) for (const c of coverageLines(l, null, null)) if (!known.has(c.list)) known.set(c.list, c.key);
  const chosen = new Set<string>();
  for (const name of names) {
    const hits = [...known].filter(([list, key]) => selects(name, list, key)).map(([list]) => list);
    if (hits.length === 0) {
      throw new UsageError(`${from}: no official list "${name}" in the lists loaded (known: ${[...known.values()].join(', ')})`);
    }
    hits.forEach((h) => chosen.add(h));
  }
  const selected = [...known.keys()].filter((l) => chosen.has(l));
  const filtered = lists.map((l) => ({
    ...l,
    entities: l.entities
      .map((e) => ({ ...e, listings: e.listings.filter((x) => chosen.has(x.list)) }))
      .filter((e) => e.listings.length > 0),
    ...(l.coverage ? { coverage: l.coverage.filter((c) => chosen.has(c.list)) } : {}),
  }));
  return { lists: filtered, selected };
}
