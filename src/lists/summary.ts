/** `lists show`: what a list holds (counts per official list) and entity search. Pure. */
import type { ListEntity, LoadedList } from './schema.js';

export interface ListSummary {
  id: string;
  path: string;
  version: string;
  sha256: string;
  entities: number;
  /** Entities with at least one listing on each official list, by list name. */
  perList: Record<string, number>;
  byType: Record<string, number>;
}

export function summarizeList(list: LoadedList): ListSummary {
  const perList: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const e of list.entities) {
    for (const l of new Set(e.listings.map((x) => x.list))) perList[l] = (perList[l] ?? 0) + 1;
    byType[e.type] = (byType[e.type] ?? 0) + 1;
  }
  const sorted = Object.fromEntries(Object.entries(perList).sort(([a], [b]) => a.localeCompare(b)));
  return { id: list.id, path: list.path, version: list.version, sha256: list.sha256, entities: list.entities.length, perList: sorted, byType };
}

/** Search key: accents, case, punctuation and spacing do not matter ("Zhongtai" ~ "ZHONG-TAI"). */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');
}

/** Entities whose id, name, alias or identifier value contains the query. */
export function searchEntities(entities: ListEntity[], query: string): ListEntity[] {
  const q = searchKey(query);
  if (!q) return [];
  return entities.filter((e) =>
    [e.id, e.name, ...e.aliases, ...e.identifiers.map((i) => i.value)].some((t) => searchKey(t).includes(q)),
  );
}
