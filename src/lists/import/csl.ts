/**
 * trade.gov Consolidated Screening List, consolidated.csv: a header row of 29 columns (_id, source,
 * entity_number, type, programs, name, title, addresses, federal_register_notice, start_date,
 * end_date, ..., remarks, source_list_url, alt_names, ..., source_information_url, ids). Columns are
 * found by header name. Multi-valued cells are ';'-separated. Pure.
 */
import { csvRecords } from './csv-rows.js';
import { ListError } from '../../errors.js';
import type { Identifier, ListEntity } from '../schema.js';
import { isHttpsUrl, isIsoDate } from '../validate.js';
import { cleanAliases, repeatedIdWarner } from './assemble.js';
import { CSL_URL } from './official-urls.js';
import type { ImportOptions, ImportResult } from './types.js';

const REQUIRED = ['source', 'name'];
const split = (v: string | undefined): string[] => (v ?? '').split(';').map((s) => s.trim()).filter(Boolean);

/**
 * ids cells read like "ISIN, CNE100000PM8" or "Unified Social Credit Code (USCC), 9133..., CN". A
 * code is typed by the kind the row states; one failing its check is kept as `other` with the
 * reason and a warning by the importer (settleIdentifiers), as every format's are.
 */
function readIds(cell: string | undefined): Identifier[] {
  const out: Identifier[] = [];
  for (const item of split(cell)) {
    const [kind = '', value = ''] = item.split(',').map((s) => s.trim());
    const v = value.toUpperCase();
    if (/ISIN/i.test(kind) && v) out.push({ type: 'isin', value: v });
    else if (/\bLEI\b|Legal Entity Identifier/i.test(kind) && v) out.push({ type: 'lei', value: v });
    else if (/USCC|Unified Social Credit/i.test(kind)) out.push({ type: 'uscc', value: v });
    else if (/Equity Ticker/i.test(kind)) out.push({ type: 'ticker', value });
    else if (value) out.push({ type: 'other', value, note: kind });
  }
  return out;
}

export function importCsl(text: string, options: ImportOptions): ImportResult {
  const rows = csvRecords(text, options.file, 'a CSL consolidated.csv');
  const header = rows[0] ? Object.keys(rows[0].row) : [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (rows.length && missing.length) throw new ListError(`${options.file}:1: not a CSL consolidated.csv: missing column(s) ${missing.join(', ')}`);
  const entities: Omit<ListEntity, 'id'>[] = [];
  const warnings: string[] = [];
  const repeated = repeatedIdWarner(options.file, warnings);
  rows.forEach(({ row: r, line }) => {
    repeated((r._id ?? '').trim(), line);
    const name = (r.name ?? '').trim();
    const type = (r.type ?? '').trim().toLowerCase();
    if (!name) return void warnings.push(`${options.file}:${line}: no name, skipped`);
    if (type === 'vessel' || type === 'aircraft') return void warnings.push(`${options.file}:${line}: ${name} is a ${type}, skipped`);
    const start = (r.start_date ?? '').trim();
    const hasDate = isIsoDate(start);
    if (start && !hasDate) warnings.push(`${options.file}:${line}: ${name}: start_date "${start.slice(0, 40)}" is not a date; listed with the as-of date ${options.asOf}`);
    const url = [r.source_information_url, r.source_list_url].map((u) => (u ?? '').trim()).find(isHttpsUrl) ?? CSL_URL;
    const programs = split(r.programs);
    const source = (r.source ?? '').trim();
    entities.push({
      name,
      type: type === 'individual' ? 'person' : 'company',
      aliases: cleanAliases(name, split(r.alt_names)),
      identifiers: [...readIds(r.ids), ...(r.entity_number?.trim() ? [{ type: 'other' as const, value: r.entity_number.trim(), note: `${source} entity number` }] : [])],
      listings: [{
        list: source || 'Consolidated Screening List',
        ...(programs.length ? { program: programs.join('; ') } : {}),
        date: hasDate ? start : options.asOf,
        citation: (r.federal_register_notice ?? '').trim() || `${source || 'CSL'}${r._id ? `, CSL record ${r._id.trim()}` : ''}`,
        url,
        verification: 'verified',
        ...(hasDate ? {} : { note: `${start ? `start_date "${start.slice(0, 40)}" not readable` : 'no start_date'} in the CSL row; ${options.asOf} is the as-of date of the imported file` }),
      }],
      relations: [],
      ...((r.remarks ?? '').trim() ? { notes: r.remarks!.trim() } : {}),
    });
  });
  return { entities, warnings };
}
