/**
 * A user's own list as a simple table: name, aliases (';' or '|'-separated), isin, ticker,
 * exchange, list, date, url. Header names are matched case-insensitively, through the common names
 * of each column (Company Name, Entity, AKA, Listing Date, Source URL ...), in any order; only
 * `name` is required. The table is a CSV (comma, semicolon, tab or '|', sniffed from the header
 * line) or a workbook's sheet (an analyst's exclusion list kept in Excel: the first sheet with a
 * name column in its first rows, rows above the header ignored). A row gets a listing when it
 * gives a date and an https url (list defaults to the file's id); a row giving only part of that is
 * a problem, reported by line (row). Pure.
 */
import { parse } from 'csv-parse/sync';
import { ListError } from '../errors.js';
import { normalizeHeader } from '../holdings/columns.js';
import { parseDate } from '../holdings/values.js';
import { isValidIsin } from '../reference/check-digits.js';
import type { Identifier, ListEntity, ListFile, Listing } from './schema.js';
import { slugify } from './slug.js';

const COLUMNS = ['name', 'aliases', 'isin', 'ticker', 'exchange', 'list', 'date', 'url'] as const;
type Column = (typeof COLUMNS)[number];

/** Header spellings of each column, normalised (normalizeHeader: lower case, letters and digits only). */
const HEADER_NAMES: Record<Column, readonly string[]> = {
  name: ['name', 'companyname', 'company', 'entityname', 'entity', 'issuer', 'issuername', 'organisation', 'organization',
    'organisationname', 'organizationname', 'legalname', 'firm', 'firmname', 'targetname'],
  aliases: ['aliases', 'alias', 'aka', 'alsoknownas', 'othernames', 'alternativenames', 'altnames', 'formernames', 'names'],
  isin: ['isin', 'isincode', 'isins'],
  ticker: ['ticker', 'symbol', 'stockcode', 'tickersymbol'],
  exchange: ['exchange', 'mic', 'listingexchange'],
  list: ['list', 'listname', 'program', 'programme', 'sanctionslist', 'sanctionlist'],
  date: ['date', 'listingdate', 'datelisted', 'listed', 'designationdate', 'dateadded', 'added', 'effectivedate', 'since'],
  url: ['url', 'link', 'sourceurl', 'reference', 'referenceurl', 'evidence', 'evidenceurl'],
};

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter the header line uses most (outside quotes); ',' when it has none. */
function sniffDelimiter(text: string): string {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const unquoted = first.replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = unquoted.split(d).length - 1;
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  return best;
}

/** One row of the table: its cells and its line (CSV) or row number (sheet), 1-based. */
interface UserRow {
  record: string[];
  line: number;
}

/** The header's columns, each by its first spelling found, most common spelling first; a header cell serves one column. */
function columnsOf(header: readonly string[]): Map<Column, number> {
  const normalized = header.map((h) => normalizeHeader(h.trim()));
  const index = new Map<Column, number>();
  for (const column of COLUMNS) {
    for (const spelling of HEADER_NAMES[column]) {
      const i = normalized.findIndex((h, j) => h === spelling && ![...index.values()].includes(j));
      if (i >= 0) {
        index.set(column, i);
        break;
      }
    }
  }
  return index;
}

/**
 * A CSV list (delimiter sniffed from its header line). `fileDate` (ISO) is the list's version when
 * no row carries a date (a list of names only): the caller passes the file's modification date, and
 * the list's source says so.
 */
export function parseUserCsv(text: string, file: string, listId: string, fileDate: string): ListFile {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: sniffDelimiter(text), info: true, relax_column_count: true, skip_empty_lines: true, bom: true, trim: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new ListError(`${file}${e.lines ? `:${e.lines}` : ''}: not a readable CSV list: ${e.message}`, [], { cause: err });
  }
  if (records.length === 0) throw new ListError(`${file}: empty list file`);
  return parseUserRows(records.map((r) => ({ record: r.record, line: r.info.lines })), file, listId, fileDate, 'CSV list');
}

/** Rows searched for a sheet's header (a title and notes may stand above it). */
const SHEET_HEADER_ROWS = 20;

/** A workbook's sheets: the first whose first rows hold a header with a name column is the list. */
export function parseUserSheets(sheets: readonly { name: string; rows: string[][] }[], file: string, listId: string, fileDate: string): ListFile {
  for (const sheet of sheets) {
    const limit = Math.min(sheet.rows.length, SHEET_HEADER_ROWS);
    for (let r = 0; r < limit; r++) {
      if (!columnsOf(sheet.rows[r]!).has('name')) continue;
      const rows = sheet.rows.slice(r).map((record, k) => ({ record: record.map((c) => c.trim()), line: r + k + 1 }));
      return parseUserRows(rows, sheets.length > 1 ? `${file} [sheet ${sheet.name}]` : file, listId, fileDate, 'list sheet', 'row');
    }
  }
  const seen = sheets.map((s) => `${s.name}: ${(s.rows.find((row) => row.some((c) => c.trim())) ?? []).join(', ') || '(empty)'}`).join('; ');
  throw new ListError(`${file}: no sheet has a name column ("name", "company", "entity" ...) in its first ${SHEET_HEADER_ROWS} rows (${seen})`);
}

/** The table's rows, the header first: entities, or every problem by line. */
function parseUserRows(rows: readonly UserRow[], file: string, listId: string, fileDate: string, what: string, unit: 'line' | 'row' = 'line'): ListFile {
  const header = rows[0]!.record.map((h) => h.trim());
  const index = columnsOf(header);
  if (!index.has('name')) {
    throw new ListError(`${file}:${rows[0]!.line}: ${what} needs a name column ("name", "company", "entity" ...; columns: ${COLUMNS.join(', ')}); found: ${header.join(', ')}`);
  }

  const problems: string[] = [];
  const entities: ListEntity[] = [];
  const usedIds = new Set<string>();
  for (const { record, line } of rows.slice(1)) {
    const cell = (c: Column): string => {
      const i = index.get(c);
      return i === undefined ? '' : (record[i] ?? '').trim();
    };
    const name = cell('name');
    if (!name) {
      if (record.some((v) => v.trim())) problems.push(`${unit} ${line}: no name`);
      continue;
    }
    let id = slugify(name) || `row-${line}`;
    for (let n = 2; usedIds.has(id); n++) id = `${slugify(name)}-${n}`;
    usedIds.add(id);

    const identifiers: Identifier[] = [];
    const isin = cell('isin').toUpperCase();
    if (isin) {
      if (isValidIsin(isin)) identifiers.push({ type: 'isin', value: isin });
      else problems.push(`${unit} ${line} (${name}): ISIN ${isin} fails its check digit`);
    }
    const ticker = cell('ticker');
    if (ticker) {
      const exchange = cell('exchange');
      identifiers.push({ type: 'ticker', value: ticker, ...(exchange ? { exchange } : {}) });
    }

    const listings: Listing[] = [];
    const [listName, rawDate, url] = [cell('list'), cell('date'), cell('url')];
    if (listName || rawDate || url) {
      const date = parseDate(rawDate);
      if (!date) problems.push(`${unit} ${line} (${name}): ${rawDate ? `unreadable date "${rawDate}"` : 'a listing needs a date'}`);
      if (!/^https:\/\/\S+$/.test(url)) problems.push(`${unit} ${line} (${name}): ${url ? `url must be https:// (got "${url}")` : 'a listing needs an https url'}`);
      if (date && /^https:\/\/\S+$/.test(url)) {
        listings.push({ list: listName || listId, date, citation: `user list ${file}, ${unit} ${line}`, url, verification: 'partial' });
      }
    }
    const aliases = cell('aliases').split(/[;|]/).map((a) => a.trim()).filter((a) => a && a !== name);
    entities.push({ id, name, type: 'company', aliases: [...new Set(aliases)], identifiers, listings, relations: [] });
  }
  if (problems.length) throw new ListError(`${file}: not a valid ${what} (${problems.length} problem${problems.length === 1 ? '' : 's'})`, problems);
  if (entities.length === 0) throw new ListError(`${file}: the ${what} has no entries`);
  const dates = entities.flatMap((e) => e.listings.map((l) => l.date)).sort();
  return {
    schemaVersion: 1,
    id: listId,
    name: listId,
    version: dates.at(-1) ?? fileDate,
    sources: [dates.length ? { name: file } : { name: file, asOf: fileDate, note: 'no row gives a date: the version is the file\'s modification date' }],
    entities,
  };
}
