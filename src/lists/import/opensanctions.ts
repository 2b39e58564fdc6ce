/**
 * OpenSanctions exports: targets.simple.csv (id, schema, name, aliases, identifiers, sanctions,
 * dataset, first_seen, ... by header name; ';'-separated multi-values) and FollowTheMoney entity
 * JSON lines (one {id, schema, properties, datasets, first_seen} per line; Sanction records point
 * at their target through properties.entity). OpenSanctions is an aggregator, so its listings are
 * marked 'partial' and link to the OpenSanctions entity page unless the record gives an https source.
 */
import { parse } from 'csv-parse/sync';
import { ListError } from '../../errors.js';
import { isValidIsin, isValidLei, isValidUscc } from '../../reference/check-digits.js';
import type { Identifier, ListEntity, Listing } from '../schema.js';
import { isHttpsUrl, isIsoDate } from '../validate.js';
import { cleanAliases } from './assemble.js';
import { opensanctionsEntityUrl } from './official-urls.js';
import type { ImportOptions, ImportResult } from './types.js';

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
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), bom: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new ListError(`${options.file}${e.lines ? `:${e.lines}` : ''}: not an OpenSanctions targets.simple.csv: ${e.message}`, [], { cause: err });
  }
  if (rows[0] && !('id' in rows[0] && 'schema' in rows[0] && 'name' in rows[0])) {
    throw new ListError(`${options.file}:1: not an OpenSanctions targets.simple.csv: needs id, schema and name columns`);
  }
  const entities: Omit<ListEntity, 'id'>[] = [];
  const warnings: string[] = [];
  rows.forEach((r, i) => {
    const line = i + 2;
    const type = TYPES[(r.schema ?? '').trim()];
    const name = (r.name ?? '').trim();
    if (!type) return void warnings.push(`line ${line}: ${name || r.id} is a ${r.schema}, skipped`);
    if (!name) return void warnings.push(`line ${line}: no name, skipped`);
    const first = day(r.first_seen);
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
  properties?: Record<string, string[] | undefined>;
  datasets?: string[];
  first_seen?: string;
  target?: boolean;
}

export function importOpenSanctionsFtm(text: string, options: ImportOptions): ImportResult {
  const records: { e: FtmEntity; line: number }[] = [];
  const warnings: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim();
    if (!t) return;
    try {
      const e = JSON.parse(t) as FtmEntity;
      if (!e || typeof e.id !== 'string' || typeof e.schema !== 'string') throw new Error('no id or schema');
      records.push({ e, line: i + 1 });
    } catch (err) {
      warnings.push(`line ${i + 1}: not a FollowTheMoney entity (${(err as Error).message}), skipped`);
    }
  });
  if (records.length === 0 && warnings.length) throw new ListError(`${options.file}: not FollowTheMoney JSON lines`, warnings.slice(0, 20));
  const sanctionsOf = new Map<string, FtmEntity[]>();
  for (const { e } of records) {
    if (e.schema !== 'Sanction') continue;
    for (const target of e.properties?.entity ?? []) sanctionsOf.set(target, [...(sanctionsOf.get(target) ?? []), e]);
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
    const p = e.properties ?? {};
    const name = (p.name ?? [])[0]?.trim();
    if (!name) {
      warnings.push(`line ${line}: ${e.id} has no name, skipped`);
      continue;
    }
    const fallbackDate = day(e.first_seen) ?? options.asOf;
    const listings: Listing[] = sanctions.length
      ? sanctions.map((s) => {
          const sp = s.properties ?? {};
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
      ...(p.isinCode ?? []).map((v): Identifier => ({ type: 'isin', value: v })),
      ...(p.leiCode ?? []).map((v): Identifier => ({ type: 'lei', value: v })),
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
