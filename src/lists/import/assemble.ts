/**
 * Shared by every importer and the list generator: turn entity drafts into a ListFile with unique,
 * stable ids and version = newest listing date.
 */
import type { ListEntity, ListFile } from '../schema.js';
import { slugify } from '../slug.js';

export interface ListMeta {
  id: string;
  name: string;
  description?: string;
  sources?: ListFile['sources'];
}

/** Ids from names, made unique with -2, -3... in input order (so stable for a stable input). */
export function assignIds(entities: (Omit<ListEntity, 'id'> & { id?: string })[]): ListEntity[] {
  const used = new Set(entities.map((e) => e.id).filter((id): id is string => Boolean(id)));
  return entities.map((e) => {
    if (e.id) return { ...e, id: e.id } as ListEntity;
    const base = slugify(e.name) || 'entity';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { ...e, id } as ListEntity;
  });
}

export function newestListingDate(entities: ListEntity[]): string | undefined {
  let newest: string | undefined;
  for (const e of entities) for (const l of e.listings) if (!newest || l.date > newest) newest = l.date;
  return newest;
}

export function assembleList(meta: ListMeta, entities: ListEntity[], fallbackVersion: string): ListFile {
  return {
    schemaVersion: 1,
    id: meta.id,
    name: meta.name,
    version: newestListingDate(entities) ?? fallbackVersion,
    ...(meta.description ? { description: meta.description } : {}),
    sources: meta.sources ?? [],
    entities,
  };
}

/** Unique, non-empty aliases in first-seen order, never repeating the name (case-insensitive). */
export function cleanAliases(name: string, aliases: Iterable<string>): string[] {
  const seen = new Set([name.trim().toLowerCase()]);
  const out: string[] = [];
  for (const raw of aliases) {
    const a = raw.replace(/\s+/g, ' ').trim();
    if (!a || seen.has(a.toLowerCase())) continue;
    seen.add(a.toLowerCase());
    out.push(a);
  }
  return out;
}
