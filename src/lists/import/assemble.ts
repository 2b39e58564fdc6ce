/**
 * Shared by every importer and the list generator: turn entity drafts into a ListFile with unique,
 * stable ids and version = newest listing date.
 */
import type { ListEntity, ListFile } from '../schema.js';
import { slugify } from '../slug.js';
import { INVISIBLE, neutralizeControls } from '../../control-chars.js';

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

/**
 * Text as a list holds it: what shows nothing dropped (INVISIBLE: HO\u200bSHINE is HOSHINE), no
 * control character, escape sequence or bidi override; spaces single.
 */
function cleanText(s: string): string {
  const n = neutralizeControls(s.replace(INVISIBLE, ''));
  return n === s ? s : n.replace(/\s+/g, ' ').trim();
}

/**
 * Every text field of imported records cleaned in place (an official file's cell may carry a NUL,
 * a terminal escape or a bidi override, which would act wherever the name is shown and keep it from
 * matching); returns the names of the records that changed, so the import can say so.
 */
export function cleanEntityText(entities: Omit<ListEntity, 'id'>[]): string[] {
  const changed: string[] = [];
  for (const e of entities) {
    const before = JSON.stringify(e);
    e.name = cleanText(e.name);
    e.aliases = cleanAliases(e.name, e.aliases.map(cleanText));
    if (e.notes !== undefined) e.notes = cleanText(e.notes);
    for (const l of e.listings) {
      l.list = cleanText(l.list);
      l.citation = cleanText(l.citation);
      if (l.program !== undefined) l.program = cleanText(l.program);
      if (l.note !== undefined) l.note = cleanText(l.note);
    }
    for (const i of e.identifiers) {
      i.value = cleanText(i.value);
      if (i.note !== undefined) i.note = cleanText(i.note);
    }
    for (const r of e.relations) r.name = cleanText(r.name);
    if (JSON.stringify(e) !== before) changed.push(JSON.stringify(e.name));
  }
  return changed;
}

/**
 * Warns of a record id already seen on an earlier line (another release pasted in, or damage);
 * both records are read. Call it per record, in file order; an empty id is not checked.
 */
export function repeatedIdWarner(file: string, warnings: string[]): (id: string, line: number) => void {
  const firstLine = new Map<string, number>();
  return (id, line) => {
    if (!id) return;
    const first = firstLine.get(id);
    if (first === undefined) firstLine.set(id, line);
    else warnings.push(`${file}:${line}: id ${id} appears again (first at line ${first}); both read`);
  };
}
