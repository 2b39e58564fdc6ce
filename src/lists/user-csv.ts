/**
 * A user's own list as a simple CSV: name, aliases (';' or '|'-separated), isin, ticker, exchange,
 * list, date, url. Header names are matched case-insensitively, through the common names of each
 * column (Company Name, Entity, AKA, Listing Date, Source URL ...), in any order, delimited by
 * comma, semicolon, tab or '|' (sniffed from the header line); only `name` is required. A row gets a listing when it gives a date and an https url (list defaults to
 * the file's id); a row giving only part of that is a problem, reported by line. Pure.
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

/**
 * `fileDate` (ISO) is the list's version when no row carries a date (a list of names only): the
 * caller passes the file's modification date, and the list's source says so.
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
  const header = records[0]!.record.map((h) => h.trim());
  const normalized = header.map(normalizeHeader);
  const index = new Map<Column, number>();
  // Each column by its first spelling found, most common spelling first; a header cell serves one column.
  for (const column of COLUMNS) {
    for (const spelling of HEADER_NAMES[column]) {
      const i = normalized.findIndex((h, j) => h === spelling && ![...index.values()].includes(j));
      if (i >= 0) {
        index.set(column, i);
        break;
      }
    }
  }
  if (!index.has('name')) {
    throw new ListError(`${file}:1: CSV list needs a name column ("name", "company", "entity" ...; columns: ${COLUMNS.join(', ')}); found: ${header.join(', ')}`);
  }

  const problems: string[] = [];
  const entities: ListEntity[] = [];
  const usedIds = new Set<string>();
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (c: Column): string => {
      const i = index.get(c);
      return i === undefined ? '' : (record[i] ?? '').trim();
    };
    const name = cell('name');
    if (!name) {
      if (record.some((v) => v.trim())) problems.push(`line ${line}: no name`);
      continue;
    }
    let id = slugify(name) || `row-${line}`;
    for (let n = 2; usedIds.has(id); n++) id = `${slugify(name)}-${n}`;
    usedIds.add(id);

    const identifiers: Identifier[] = [];
    const isin = cell('isin').toUpperCase();
    if (isin) {
      if (isValidIsin(isin)) identifiers.push({ type: 'isin', value: isin });
      else problems.push(`line ${line} (${name}): ISIN ${isin} fails its check digit`);
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
      if (!date) problems.push(`line ${line} (${name}): ${rawDate ? `unreadable date "${rawDate}"` : 'a listing needs a date'}`);
      if (!/^https:\/\/\S+$/.test(url)) problems.push(`line ${line} (${name}): ${url ? `url must be https:// (got "${url}")` : 'a listing needs an https url'}`);
      if (date && /^https:\/\/\S+$/.test(url)) {
        listings.push({ list: listName || listId, date, citation: `user list ${file}, line ${line}`, url, verification: 'partial' });
      }
    }
    const aliases = cell('aliases').split(/[;|]/).map((a) => a.trim()).filter((a) => a && a !== name);
    entities.push({ id, name, type: 'company', aliases: [...new Set(aliases)], identifiers, listings, relations: [] });
  }
  if (problems.length) throw new ListError(`${file}: not a valid CSV list (${problems.length} problem${problems.length === 1 ? '' : 's'})`, problems);
  if (entities.length === 0) throw new ListError(`${file}: the CSV list has no entries`);
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
