/**
 * A user's own list as a simple table: name, aliases (';' or '|'-separated), isin (and every code
 * of the identifier registry: cusip, sedol, figi, lei, uscc), ticker, exchange, list, date, url. Header names are matched case-insensitively, through the common names
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
import { readPlainCsv } from './plain-csv.js';
import { checkId, ID_TYPES, IDENTIFIERS, type IdType } from '../reference/identifiers.js';
import type { EntityRows, Identifier, ListEntity, ListFile, Listing } from './schema.js';
import { slugify } from './slug.js';

/** Every code of the identifier registry is a column (ISIN, CUSIP, SEDOL, FIGI, LEI, USCC), as in a holdings file. */
const COLUMNS = ['name', 'aliases', ...ID_TYPES, 'ticker', 'exchange', 'list', 'date', 'url'] as const;
type Column = (typeof COLUMNS)[number];

/** An identifier's header spellings: the registry's (as a holdings file names the column), and the plural. */
const idHeaders = (type: IdType): readonly string[] => [...IDENTIFIERS[type].headers, `${type}s`];

/** Header spellings of each column, normalised (normalizeHeader: lower case, letters and digits only). */
const HEADER_NAMES: Record<Column, readonly string[]> = {
  name: ['name', 'companyname', 'company', 'entityname', 'entity', 'issuer', 'issuername', 'organisation', 'organization',
    'organisationname', 'organizationname', 'legalname', 'firm', 'firmname', 'targetname'],
  aliases: ['aliases', 'alias', 'aka', 'alsoknownas', 'othernames', 'alternativenames', 'altnames', 'formernames', 'names'],
  ...(Object.fromEntries(ID_TYPES.map((t) => [t, idHeaders(t)])) as Record<IdType, readonly string[]>),
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
/** A list read from a table: the list, and the line (row) each entity was written on. */
export interface TableList {
  list: ListFile;
  rows: EntityRows;
}

export function parseUserCsv(text: string, file: string, listId: string, fileDate: string): TableList {
  const delimiter = sniffDelimiter(text);
  const rows = readPlainCsv(text, delimiter) ?? parseCsv(text, delimiter, file);
  if (rows.length === 0) throw new ListError(`${file}: empty list file`);
  return parseUserRows(rows, file, listId, fileDate, 'CSV list');
}

/**
 * The rows as csv-parse reads them, each with the line it starts on (a quoted field may span lines:
 * csv-parse counts to the record's end, its raw text, blank lines before it aside, says how many
 * line breaks it holds); an unreadable CSV is a ListError naming the line. (readPlainCsv reads most
 * lists the same, faster.)
 */
function parseCsv(text: string, delimiter: string, file: string): UserRow[] {
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(text, { delimiter, info: true, raw: true, relax_column_count: true, skip_empty_lines: true, bom: true, trim: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new ListError(`${file}${e.lines ? `:${e.lines}` : ''}: not a readable CSV list: ${e.message}`, [], { cause: err });
  }
  return records.map((r) => ({ record: r.record, line: r.info.lines - (r.raw.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+|(?:\r\n|\r|\n)$/g, '').match(/\r\n|\r|\n/g)?.length ?? 0) }));
}

/** Rows searched for a sheet's header (a title and notes may stand above it). */
const SHEET_HEADER_ROWS = 20;

/** A workbook's sheets: the first whose first rows hold a header with a name column is the list. */
export function parseUserSheets(sheets: readonly { name: string; rows: string[][]; cellProblems?: readonly { row: number; cell: string; what: string }[] }[], file: string, listId: string, fileDate: string): TableList {
  for (const sheet of sheets) {
    const limit = Math.min(sheet.rows.length, SHEET_HEADER_ROWS);
    for (let r = 0; r < limit; r++) {
      if (!columnsOf(sheet.rows[r]!).has('name')) continue;
      const rows = sheet.rows.slice(r).map((record, k) => ({ record: record.map((c) => c.trim()), line: r + k + 1 }));
      // A cell the workbook reader could not read (damaged, a formula with no saved value) is a problem of its row.
      const cells = (sheet.cellProblems ?? []).map((p) => `row ${p.row}: cell ${p.cell} is ${p.what}`);
      return parseUserRows(rows, sheets.length > 1 ? `${file} [sheet ${sheet.name}]` : file, listId, fileDate, 'list sheet', 'row', cells);
    }
  }
  const seen = sheets.map((s) => `${s.name}: ${(s.rows.find((row) => row.some((c) => c.trim())) ?? []).join(', ') || '(empty)'}`).join('; ');
  throw new ListError(`${file}: no sheet has a name column ("name", "company", "entity" ...) in its first ${SHEET_HEADER_ROWS} rows (${seen})`);
}

/** Per column, its cell's index in a row; -1: the table has no such column. */
type ColumnAt = Record<Column, number>;

/** A row's cell, trimmed: '' when the table has no such column or the row stops short of it. */
function cellAt(record: readonly string[], i: number): string {
  return i < 0 ? '' : (record[i] ?? '').trim();
}

const HTTPS_URL = /^https:\/\/\S+$/;

/** Rows a column's cells are read in to tell it holds links (linkColumn). */
const LINK_SAMPLE_ROWS = 50;
const LINK = /^https?:\/\/\S+$/i;
/** A column of the company's own links (its website, its page), not a listing's source (review finding: a website cited as the listing). */
const COMPANY_LINK = /\b(?:web\s*site|website|homepage|home page|web|site|domain|url of the company|company url|linkedin|e-?mail)\b/i;

/**
 * The column whose filled cells are all links, when no header names the url ("Source", "Evidence
 * link", "Quelle"): a listing's source is a link whatever its column is called. Null when none, or
 * more than one column holds links (which is the listing's is not for us to guess).
 */
function linkColumn(header: readonly string[], rows: readonly UserRow[], taken: ReadonlySet<number>): number | null {
  let found: number | null = null;
  for (let c = 0; c < header.length; c++) {
    if (taken.has(c) || COMPANY_LINK.test(header[c])) continue;
    const cells = rows.map((r) => cellAt(r.record, c)).filter((t) => t !== '');
    if (cells.length === 0 || !cells.every((t) => LINK.test(t))) continue;
    if (found !== null) return null;
    found = c;
  }
  return found;
}

/** The table's rows, the header first: entities, or every problem by line. */
function parseUserRows(rows: readonly UserRow[], file: string, listId: string, fileDate: string, what: string, unit: 'line' | 'row' = 'line', cellProblems: readonly string[] = []): TableList {
  const header = rows[0]!.record.map((h) => h.trim());
  const index = columnsOf(header);
  if (!index.has('name')) {
    throw new ListError(`${file}:${rows[0]!.line}: ${what} needs a name column ("name", "company", "entity" ...; columns: ${COLUMNS.join(', ')}); found: ${header.join(', ')}`);
  }
  if (!index.has('url')) {
    const at = linkColumn(header, rows.slice(1, 1 + LINK_SAMPLE_ROWS), new Set(index.values()));
    if (at !== null) index.set('url', at);
  }
  const reader = new RowReader(Object.fromEntries(COLUMNS.map((c) => [c, index.get(c) ?? -1])) as ColumnAt, file, listId, unit);
  for (let r = 1; r < rows.length; r++) reader.read(rows[r]!);
  const { entities, newest, lines } = reader;
  const problems = [...cellProblems, ...reader.problems];
  if (problems.length) throw new ListError(`${file}: not a valid ${what} (${problems.length} problem${problems.length === 1 ? '' : 's'})`, problems);
  if (entities.length === 0) throw new ListError(`${file}: the ${what} has no entries`);
  const list: ListFile = {
    schemaVersion: 1,
    id: listId,
    name: listId,
    version: newest ?? fileDate,
    sources: [newest !== undefined ? { name: file } : { name: file, asOf: fileDate, note: 'no row gives a date: the version is the file\'s modification date' }],
    entities,
  };
  return { list, rows: { file, lines } };
}

/**
 * The rows after the header, one by one: an entity per named row, or its problems by line. The
 * arrays an entity holds are built at their size (one grown by push keeps room for 16 entries:
 * 30 MB of a 100,000-row list).
 */
class RowReader {
  readonly entities: ListEntity[] = [];
  /** Per entity, the line (row) it was read from. */
  readonly lines: number[] = [];
  readonly problems: string[] = [];
  /** The newest listing's date (ISO dates compare as text). */
  newest: string | undefined;
  private readonly usedIds = new Set<string>();
  /** A list gives a few dates over and over: each spelling is read once. */
  private readonly dates = new Map<string, string | null>();
  /** A list repeats its list name, source and exchanges on every row: one string each, not one per row. */
  private readonly strings = new Map<string, string>();

  constructor(
    private readonly at: ColumnAt,
    private readonly file: string,
    private readonly listId: string,
    private readonly unit: 'line' | 'row',
  ) {}

  read({ record, line }: UserRow): void {
    const name = cellAt(record, this.at.name);
    if (!name) {
      if (record.some((v) => v.trim())) this.problems.push(`${this.unit} ${line}: no name`);
      return;
    }
    const id = this.idFor(name, line);
    const identifiers = this.identifiers(record, line, name);
    const listings = this.listings(record, line, name);
    this.entities.push({ id, name, type: 'company', aliases: aliasesOf(cellAt(record, this.at.aliases), name), identifiers, listings, relations: [] });
    this.lines.push(line);
  }

  /** The name's slug (row-N without one), numbered from -2 when taken. */
  private idFor(name: string, line: number): string {
    const slug = slugify(name);
    let id = slug || `row-${line}`;
    for (let n = 2; this.usedIds.has(id); n++) id = `${slug}-${n}`;
    this.usedIds.add(id);
    return id;
  }

  /** The row's codes, each checked as the matcher reads it (a failing one is a problem of its line), then its ticker. */
  private identifiers(record: readonly string[], line: number, name: string): Identifier[] {
    const out: Identifier[] = [];
    for (const type of ID_TYPES) {
      const raw = cellAt(record, this.at[type]);
      if (!raw) continue;
      const check = checkId(type, raw);
      if (check.ok) out.push({ type, value: check.value });
      else this.problems.push(`${this.unit} ${line} (${name}): ${IDENTIFIERS[type].label} ${raw.toUpperCase()} fails its check digit`);
    }
    const ticker = cellAt(record, this.at.ticker);
    if (ticker) {
      const exchange = cellAt(record, this.at.exchange);
      out.push(exchange ? { type: 'ticker', value: ticker, exchange: this.shared(exchange) } : { type: 'ticker', value: ticker });
    }
    return out;
  }

  /** The row's listing (a date and an https url, the list defaulting to the file's id); a part of one is a problem. */
  private listings(record: readonly string[], line: number, name: string): Listing[] {
    const { unit } = this;
    const listName = cellAt(record, this.at.list);
    const rawDate = cellAt(record, this.at.date);
    const url = cellAt(record, this.at.url);
    if (!listName && !rawDate && !url) return [];
    const date = this.dateOf(rawDate);
    const https = HTTPS_URL.test(url);
    if (!date) this.problems.push(`${unit} ${line} (${name}): ${rawDate ? `unreadable date "${rawDate}"` : 'a listing needs a date'}`);
    if (!https) this.problems.push(`${unit} ${line} (${name}): ${url ? `url must be https:// (got "${url}")` : 'a listing needs an https url'}`);
    if (!date || !https) return [];
    if (this.newest === undefined || date > this.newest) this.newest = date;
    return [{ list: listName ? this.shared(listName) : this.listId, date, citation: `user list ${this.file}, ${unit} ${line}`, url: this.shared(url), verification: 'partial' }];
  }

  private dateOf(raw: string): string | null {
    let date = this.dates.get(raw);
    if (date === undefined) this.dates.set(raw, (date = parseDate(raw)));
    return date;
  }

  private shared(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }
}

/** A row's aliases cell (';' or '|' between names): each once, the name itself left out. */
function aliasesOf(cell: string, name: string): string[] {
  if (!cell) return [];
  return [...new Set(cell.split(/[;|]/).map((a) => a.trim()).filter((a) => a && a !== name))];
}
