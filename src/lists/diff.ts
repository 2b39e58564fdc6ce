/**
 * `lists diff OLD NEW`: what a refresh changes, for a maintainer to review before shipping it.
 * Entities are paired by id, then by a shared name or alias (case, punctuation and spacing
 * ignored), so a list rebuilt with other ids still pairs. Reported: entities added and removed,
 * renamed (the paired entity's name differs), and listings added, removed or changed in
 * verification (a listing is its list, program and date). Aliases, identifiers, citations and
 * notes are not compared. Pure.
 */
import type { ListEntity, Listing } from './schema.js';
import { searchKey as aliasKey } from './summary.js';

export interface ListingRef {
  list: string;
  program: string | null;
  date: string;
  verification: Listing['verification'];
}

export interface EntityRef {
  id: string;
  name: string;
  listings: ListingRef[];
}

export interface ListingChange {
  id: string;
  name: string;
  added: ListingRef[];
  removed: ListingRef[];
  /** Same list, program and date; verification changed. */
  changed: { from: ListingRef; to: ListingRef }[];
}

export interface ListDiff {
  added: EntityRef[];
  removed: EntityRef[];
  renamed: { id: string; from: string; to: string; oldId: string }[];
  listingsChanged: ListingChange[];
}

const listingKey = (l: ListingRef): string => `${l.list}\u0000${l.program ?? ''}\u0000${l.date}`;
const ref = (l: Listing): ListingRef => ({ list: l.list, program: l.program ?? null, date: l.date, verification: l.verification });
const entityRef = (e: ListEntity): EntityRef => ({ id: e.id, name: e.name, listings: e.listings.map(ref) });

export function diffLists(oldEntities: readonly ListEntity[], newEntities: readonly ListEntity[]): ListDiff {
  const newById = new Map(newEntities.map((e) => [e.id, e]));
  const newByName = new Map<string, ListEntity>();
  for (const e of newEntities) for (const n of [e.name, ...e.aliases]) if (!newByName.has(aliasKey(n))) newByName.set(aliasKey(n), e);
  const paired = new Map<ListEntity, ListEntity>();
  const taken = new Set<ListEntity>();
  // Ids first (a stable id is the strongest pairing), then names, so a name never steals an id's pair.
  for (const o of oldEntities) {
    const n = newById.get(o.id);
    if (n) {
      paired.set(o, n);
      taken.add(n);
    }
  }
  for (const o of oldEntities) {
    if (paired.has(o)) continue;
    const n = [o.name, ...o.aliases].map((x) => newByName.get(aliasKey(x))).find((x) => x && !taken.has(x));
    if (n) {
      paired.set(o, n);
      taken.add(n);
    }
  }
  const diff: ListDiff = { added: [], removed: [], renamed: [], listingsChanged: [] };
  for (const o of oldEntities) {
    const n = paired.get(o);
    if (!n) {
      diff.removed.push(entityRef(o));
      continue;
    }
    if (aliasKey(o.name) !== aliasKey(n.name)) diff.renamed.push({ id: n.id, oldId: o.id, from: o.name, to: n.name });
    const before = new Map(o.listings.map((l) => [listingKey(ref(l)), ref(l)]));
    const after = new Map(n.listings.map((l) => [listingKey(ref(l)), ref(l)]));
    const change: ListingChange = { id: n.id, name: n.name, added: [], removed: [], changed: [] };
    for (const [k, l] of after) {
      const was = before.get(k);
      if (!was) change.added.push(l);
      else if (was.verification !== l.verification) change.changed.push({ from: was, to: l });
    }
    for (const [k, l] of before) if (!after.has(k)) change.removed.push(l);
    if (change.added.length || change.removed.length || change.changed.length) diff.listingsChanged.push(change);
  }
  for (const n of newEntities) if (!taken.has(n)) diff.added.push(entityRef(n));
  return diff;
}

export function diffIsEmpty(d: ListDiff): boolean {
  return d.added.length + d.removed.length + d.renamed.length + d.listingsChanged.length === 0;
}

function listingText(l: ListingRef): string {
  return `${l.list}${l.program ? ` (${l.program})` : ''} ${l.date} [${l.verification}]`;
}

/** The diff as text, one line per change. */
export function renderDiff(d: ListDiff, header: string[]): string {
  const out = [
    ...header,
    `  ${d.added.length} added, ${d.removed.length} removed, ${d.renamed.length} renamed, ${d.listingsChanged.length} with listings changed`,
  ];
  if (d.added.length) out.push('', `Added (${d.added.length})`, ...d.added.map((e) => `  + ${e.name} [${e.id}]: ${e.listings.map(listingText).join('; ')}`));
  if (d.removed.length) out.push('', `Removed (${d.removed.length})`, ...d.removed.map((e) => `  - ${e.name} [${e.id}]: ${e.listings.map(listingText).join('; ')}`));
  if (d.renamed.length) out.push('', `Renamed (${d.renamed.length})`, ...d.renamed.map((r) => `  ~ ${r.from} -> ${r.to} [${r.id}]`));
  if (d.listingsChanged.length) {
    out.push('', `Listings changed (${d.listingsChanged.length})`);
    for (const c of d.listingsChanged) {
      out.push(`  ${c.name} [${c.id}]`);
      for (const l of c.added) out.push(`    + ${listingText(l)}`);
      for (const l of c.removed) out.push(`    - ${listingText(l)}`);
      for (const x of c.changed) out.push(`    ~ ${listingText(x.from)} -> ${x.to.verification}`);
    }
  }
  return `${out.join('\n')}\n`;
}
