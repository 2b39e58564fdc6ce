/**
 * OpenSanctions exports: targets.simple.csv (id, schema, name, aliases, identifiers, sanctions,
 * dataset, first_seen, ... by header name; ';'-separated multi-values) and FollowTheMoney entity
 * JSON lines (one {id, schema, properties, datasets, first_seen} per line; Sanction records point
 * at their target through properties.entity). OpenSanctions is an aggregator, so its listings are
 * marked 'partial' and link to the OpenSanctions entity page unless the record gives an https source.
 */
import { csvRecords } from './csv-rows.js';
import { ListError } from '../../errors.js';
import { isValidIsin, isValidLei, isValidUscc } from '../../reference/check-digits.js';
import type { Identifier, ListEntity, Listing } from '../schema.js';
import { isHttpsUrl, isIsoDate } from '../validate.js';
import { cleanAliases, repeatedIdWarner } from './assemble.js';
import { opensanctionsEntityUrl } from './official-urls.js';
import type { ImportOptions, ImportResult } from './types.js';
import { pushTo } from '../../group-by.js';

const TYPES: Record<string, ListEntity['type'] | undefined> = {
  Person: 'person', Company: 'company', Organization: 'company', LegalEntity: 'company', PublicBody: 'government',
};
const split = (v: string | undefined): string[] => (v ?? '').split(';').map((s) => s.trim()).filter(Boolean);
const day = (v: string | undefined): string | undefined => {
  const d = (v ?? '').slice(0, 10);
  return isIsoDate(d) ? d : undefined;
};

/** Untyped identifier strings: keep the ones whose check digits say what they are. */
function typedIdentifiers(values: string[]): Identifier[] {
  const out: Identifier[] = [];
  for (const raw of values) {
    const v = raw.trim().toUpperCase();
    if (isValidIsin(v)) out.push({ type: 'isin', value: v });
    else if (isValidLei(v)) out.push({ type: 'lei', value: v });
    else if (isValidUscc(v)) out.push({ type: 'uscc', value: v });
    else if (v) out.push({ type: 'other', value: raw.trim() });
  }
  return out;
}

export function importOpenSanctionsCsv(text: string, options: ImportOptions): ImportResult {
  const rows = csvRecords(text, options.file, 'an OpenSanctions targets.simple.csv');
  if (rows[0] && !('id' in rows[0].row && 'schema' in rows[0].row && 'name' in rows[0].row)) {
    throw new ListError(`${options.file}:1: not an OpenSanctions targets.simple.csv: needs id, schema and name columns`);
  }
  const entities: Omit<ListEntity, 'id'>[] = [];
  const warnings: string[] = [];
  const repeated = repeatedIdWarner(options.file, warnings);
  rows.forEach(({ row: r, line }) => {
    repeated((r.id ?? '').trim(), line);
    const type = TYPES[(r.schema ?? '').trim()];
    const name = (r.name ?? '').trim();
    if (!type) return void warnings.push(`${options.file}:${line}: ${name || r.id} is a ${r.schema}, skipped`);
    if (!name) return void warnings.push(`${options.file}:${line}: no name, skipped`);
    const first = day(r.first_seen);
    if ((r.first_seen ?? '').trim() && !first) warnings.push(`${options.file}:${line}: ${name}: first_seen "${r.first_seen!.trim().slice(0, 40)}" is not a date; listed with the as-of date ${options.asOf}`);
    const sanctions = split(r.sanctions);
    const datasets = split(r.dataset);
    const listings: Listing[] = (datasets.length ? datasets : ['OpenSanctions']).map((ds) => ({
      list: `OpenSanctions: ${ds}`,
      ...(r.program_ids ? { program: split(r.program_ids).join('; ') } : {}),
      date: first ?? options.asOf,
      citation: sanctions.length ? sanctions.join('; ').slice(0, 500) : `OpenSanctions entity ${r.id}`,
      url: opensanctionsEntityUrl(r.id!.trim()),
      verification: 'partial',
      note: first ? `date = first_seen by OpenSanctions, not the official listing date` : `no first_seen; ${options.asOf} is the as-of date of the imported file`,
    }));
    entities.push({ name, type, aliases: cleanAliases(name, split(r.aliases)), identifiers: typedIdentifiers(split(r.identifiers)), listings, relations: [] });
  });
  return { entities, warnings };
}

interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[] | undefined>;
  datasets?: string[];
  first_seen?: string;
  target?: boolean;
}

/**
 * A parsed JSON line as an entity, every field of the type FollowTheMoney gives it (properties
 * hold arrays of strings). A value of another type (a number, null, a nested array) is left out
 * with a warning naming the line and field, so one odd field never stops the import or slips a
 * wrong name in; a record without a string id and schema is not an entity.
 */
function readFtmRecord(raw: unknown, where: string, warnings: string[]): FtmEntity {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`a ${raw === null ? 'null' : Array.isArray(raw) ? 'JSON array' : typeof raw}, not an object`);
  const o = raw as Record<string, unknown>;
  if (typeof o.id !== 'string' || !o.id.trim() || typeof o.schema !== 'string') throw new Error('no id or schema');
  const strings = (v: unknown, field: string): string[] | undefined => {
    if (v === undefined || v === null) return undefined;
    const values = Array.isArray(v) ? v : [v];
    const kept = values.filter((x): x is string => typeof x === 'string');
    if (kept.length < values.length) warnings.push(`${where}: ${o.id} ${field}: ${values.length - kept.length} value(s) that are not text left out`);
    return kept;
  };
  const properties: Record<string, string[] | undefined> = Object.create(null) as Record<string, string[] | undefined>;
  if (o.properties !== undefined && o.properties !== null) {
    if (typeof o.properties !== 'object' || Array.isArray(o.properties)) warnings.push(`${where}: ${o.id} properties: not an object, left out`);
    else for (const [k, v] of Object.entries(o.properties)) properties[k] = strings(v, `properties.${k}`);
  }
  const datasets = strings(o.datasets, 'datasets');
  const firstSeen = o.first_seen === undefined || o.first_seen === null ? undefined : typeof o.first_seen === 'string' ? o.first_seen : void warnings.push(`${where}: ${o.id} first_seen: not text, left out`);
  return {
    id: o.id, schema: o.schema, properties,
    ...(datasets && datasets.length ? { datasets } : {}),
    ...(firstSeen ? { first_seen: firstSeen } : {}),
    target: o.target === true,
  };
}

export function importOpenSanctionsFtm(text: string, options: ImportOptions): ImportResult {
  const records: { e: FtmEntity; line: number }[] = [];
  const warnings: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim();
    if (!t) return;
    const where = `${options.file}:${i + 1}`;
    try {
      records.push({ e: readFtmRecord(JSON.parse(t) as unknown, where, warnings), line: i + 1 });
    } catch (err) {
      warnings.push(`${where}: not a FollowTheMoney entity (${(err as Error).message.slice(0, 120)}), skipped`);
    }
  });
  if (records.length === 0 && warnings.length) throw new ListError(`${options.file}: not FollowTheMoney JSON lines`, warnings.slice(0, 20));
  const repeated = repeatedIdWarner(options.file, warnings);
  for (const { e, line } of records) repeated(e.id, line);
  const sanctionsOf = new Map<string, FtmEntity[]>();
  for (const { e } of records) {
    if (e.schema !== 'Sanction') continue;
    for (const target of e.properties.entity ?? []) pushTo(sanctionsOf, target, e);
  }
  const entities: Omit<ListEntity, 'id'>[] = [];
  let ignored = 0;
  for (const { e, line } of records) {
    if (e.schema === 'Sanction') continue;
    const type = TYPES[e.schema];
    const sanctions = sanctionsOf.get(e.id) ?? [];
    if (!type || (!e.target && sanctions.length === 0)) {
      ignored++;
      continue;
    }
    const p = e.properties;
    const name = (p.name ?? [])[0]?.trim();
    if (!name) {
      warnings.push(`${options.file}:${line}: ${e.id} has no name, skipped`);
      continue;
    }
    const fallbackDate = day(e.first_seen) ?? options.asOf;
    const listings: Listing[] = sanctions.length
      ? sanctions.map((s) => {
          const sp = s.properties;
          const date = day(sp.listingDate?.[0]) ?? day(sp.startDate?.[0]);
          const url = (sp.sourceUrl ?? []).find(isHttpsUrl);
          return {
            list: sp.authority?.[0] ?? `OpenSanctions: ${(s.datasets ?? e.datasets ?? ['?']).join(', ')}`,
            ...(sp.program?.[0] ?? sp.programId?.[0] ? { program: (sp.program?.[0] ?? sp.programId?.[0])! } : {}),
            date: date ?? fallbackDate,
            citation: [sp.program?.[0], sp.reason?.[0], `OpenSanctions sanction ${s.id}`].filter(Boolean).join('; ').slice(0, 500),
            url: url ?? opensanctionsEntityUrl(e.id),
            verification: 'partial',
            ...(date ? {} : { note: 'no listing or start date in the record; date = first seen by OpenSanctions or the as-of date' }),
          } satisfies Listing;
        })
      : (e.datasets ?? ['OpenSanctions']).map((ds) => ({
          list: `OpenSanctions: ${ds}`, date: fallbackDate, citation: `OpenSanctions entity ${e.id}`, url: opensanctionsEntityUrl(e.id),
          verification: 'partial' as const, note: 'date = first seen by OpenSanctions, not the official listing date',
        }));
    const identifiers: Identifier[] = [
      // A code failing its check digit is kept, as OFAC's are, but not as what it claims to be.
      ...(p.isinCode ?? []).map((v): Identifier => (isValidIsin(v.trim().toUpperCase()) ? { type: 'isin', value: v.trim().toUpperCase() } : { type: 'other', value: v, note: 'isinCode as published; fails the ISIN check digit' })),
      ...(p.leiCode ?? []).map((v): Identifier => (isValidLei(v.trim().toUpperCase()) ? { type: 'lei', value: v.trim().toUpperCase() } : { type: 'other', value: v, note: 'leiCode as published; fails the LEI check digits' })),
      ...(p.ticker ?? []).map((v): Identifier => ({ type: 'ticker', value: v })),
      ...typedIdentifiers([...(p.registrationNumber ?? []), ...(p.taxNumber ?? [])]),
    ];
    entities.push({
      name, type, aliases: cleanAliases(name, [...(p.name ?? []).slice(1), ...(p.alias ?? []), ...(p.previousName ?? [])]),
      identifiers, listings, relations: [],
      ...(p.notes?.[0] ? { notes: p.notes[0] } : {}),
    });
  }
  if (ignored) warnings.push(`${ignored} record(s) that are not sanctioned persons or organisations (addresses, ownership, vessels...) ignored`);
  return { entities, warnings };
}
