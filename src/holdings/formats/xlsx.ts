/**
 * Spreadsheets (.xlsx). A SPDR daily-holdings sheet goes to its own reader (spdr-xlsx.ts); any
 * other sheet is read by the one table reader, as delimited text would be: its rows become
 * tab-separated lines (one line per sheet row, so `line` is the spreadsheet row number), and the
 * header, layout, column words, salvage and exclusions are the CSV reader's. Read whole into memory.
 */
import { basename } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { InputError } from '../../errors.js';
import { readPreamble, type TextLayout } from '../layout.js';
import { ByteSource } from '../open.js';
import type { HoldingsReader, HoldingsRecord, ReadOptions } from '../position.js';
import { findHeader } from '../sniff.js';
import { headerScore, mapColumns } from '../columns.js';
import { nameLike, type SalvageTable } from '../salvage.js';
import { readDelimited } from '../table.js';
import { MAX_FIELD_CHARS } from '../delimited.js';
import { cleanText, keyValue } from '../values.js';
import { readSpdrRows, spdrHeaderRow } from './spdr-xlsx.js';
import { columnLetters, prepareWorkbook, textInZip } from './zipped-text.js';
import type { CellProblem } from './xlsx-cells.js';

const GENERIC_LAYOUT = 'generic-csv';

/**
 * Cells a workbook read as XML (SpreadsheetML, an .ods) may make in all, empty ones its repeats,
 * indexes and merges skip included: a few bytes can ask for billions.
 */
export const MAX_WORKBOOK_CELLS = 20_000_000;

/** How many of the longest holdings sheets each other sheet is compared with (is it a summary of one?). */
const COMPARED_SHEETS = 20;

/** How many rows of each sheet are searched for a holdings header. */
const HEADER_SEARCH_ROWS = 50;

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return cleanText(String(v));
}

/**
 * One worksheet as rows of cell text (row i is spreadsheet row i + 1); `cellProblems`: the cells
 * read as empty because they were damaged or held a formula with no saved value (xlsx-cells.ts).
 */
export interface Sheet { name: string; rows: string[][]; cellProblems?: CellProblem[] }

/** A workbook's sheets as rows of cell text; a damaged file is an InputError naming `source` (prepareWorkbook refuses a grid too large to build). */
export async function readSheets(source: string, bytes: Buffer): Promise<Sheet[]> {
  const { bytes: book, cellProblems } = await prepareWorkbook(source, bytes);
  try {
    // parseNumber keeps numeric cells as their stored text ("8.7116767E7"): the readers parse it.
    const sheets = await readXlsxFile(book, { parseNumber: (s: string) => s, trim: false });
    return sheets.map((s) => {
      const problems = cellProblems.get(s.sheet);
      return { name: s.sheet, rows: (s.data ?? []).map((r) => r.map(cellText)), ...(problems ? { cellProblems: problems } : {}) };
    });
  } catch (e) {
    const order = OUT_OF_ORDER.exec((e as Error).message);
    if (order) {
      const [, row, column, afterRow, afterColumn] = order;
      throw new InputError(source, `not a readable xlsx workbook: cell ${columnLetters(Number(column))}${row} comes after cell ${columnLetters(Number(afterColumn))}${afterRow}; the format writes cells in order, once each (a damaged file, or a writer that breaks the format: open and save it again)`, Number(row), { cause: e });
    }
    const cell = DAMAGED_CELL.exec((e as Error).message);
    if (cell) {
      const [, row, column, code] = cell;
      const what = CELL_PROBLEMS[code] ?? code;
      throw new InputError(source, `not a readable xlsx workbook: cell ${columnLetters(Number(column))}${row} is damaged: ${what}`, Number(row), { cause: e });
    }
    throw new InputError(source, `not a readable xlsx workbook (truncated or damaged?): ${(e as Error).message}`, undefined, { cause: e });
  }
}

/** The xlsx reader's message for a cell out of order (rows written out of order or twice). */
const OUT_OF_ORDER = /^Out-of-place <c\/> at row (\d+) col (\d+) follows <c\/> at row (\d+) col (\d+)/;
/** The xlsx reader's message for one damaged cell, and what its codes mean. */
const DAMAGED_CELL = /^<c\/> at row (\d+), col (\d+): (\w+)/;
const CELL_PROBLEMS: Readonly<Record<string, string>> = {
  VALUE_INVALID: 'a value its type does not allow (a shared string that does not exist, a number that is none)',
  VALUE_MISSING: 'a cell of its type with no value',
  FORMAT_INVALID: 'a style that does not exist',
  TYPE_INVALID: 'a cell type the format does not know',
};

/**
 * A sheet row as a tab-separated line: tabs and line breaks inside a cell become spaces. A cell is
 * cut just past the table reader's cell limit (it then skips the row, keeping its text): a shared
 * string repeated in every row must not become a line of gigabytes.
 */
const asLine = (row: readonly string[]): string =>
  row.map((c) => (c.length > MAX_FIELD_CHARS ? c.slice(0, MAX_FIELD_CHARS + 1) : c).replace(/[\t\r\n]+/g, ' ')).join('\t');

/** The rows as text, about 1 MiB of lines at a time (never the whole sheet in one string). */
async function* sheetText(rows: readonly string[][]): AsyncGenerator<Buffer> {
  let lines: string[] = [];
  let chars = 0;
  for (const row of rows) {
    const line = asLine(row) + '\n';
    lines.push(line);
    chars += line.length;
    if (chars >= 1024 * 1024) {
      yield Buffer.from(lines.join(''), 'utf8');
      lines = [];
      chars = 0;
    }
  }
  if (lines.length > 0) yield Buffer.from(lines.join(''), 'utf8');
}

export async function readXlsx(
  source: string, bytes: Buffer, opts: ReadOptions, layouts: readonly TextLayout[], only?: 'spdr' | 'table',
): Promise<HoldingsReader> {
  // A zip that holds no workbook but one CSV (a zipped download) is that CSV, read as any other.
  const inner = await textInZip(source, bytes);
  if (inner !== null) {
    const reader = await readDelimited(source, new ByteSource(source, (async function* () { yield inner.data; })(), inner.data.length), opts, layouts);
    reader.meta.warnings.unshift(`read ${inner.name}, the one text file in the zip archive (lines are that file's)`);
    return reader;
  }
  return readWorkbook(source, await readSheets(source, bytes), opts, layouts, { only, format: 'xlsx-table' });
}

/**
 * A workbook's sheets (xlsx, SpreadsheetML, an HTML page's tables, a JSON document's records): a
 * SPDR sheet to the SPDR reader, else the longest sheet with a holdings header (those named for
 * holdings first) to the table reader; `format` names the table read in meta.format.
 */
export async function readWorkbook(
  source: string, sheets: readonly Sheet[], opts: ReadOptions, layouts: readonly TextLayout[],
  how: {
    only?: 'spdr' | 'table'; format: string; sheet?: string; workbook?: string;
    /** Lines that stand before a sheet outside it (an HTML page's prose), read for its fund and date when the sheet gives none. */
    before?: (sheet: Sheet) => string[][];
  },
): Promise<HoldingsReader> {
  const { only } = how;
  // What the parts and the whole are called in messages (an HTML page's tables are its "sheets").
  const sheetWord = how.sheet ?? 'sheet';
  const bookWord = how.workbook ?? 'workbook';
  // The sheets named for holdings first, then the others; the longest first in each (a page's "Top
  // Holdings" table before its full list, a workbook's summary before its positions).
  const longest = (a: Sheet, b: Sheet): number => b.rows.length - a.rows.length;
  const ordered = [...sheets.filter((s) => /holding/i.test(s.name)).sort(longest), ...sheets.filter((s) => !/holding/i.test(s.name)).sort(longest)];
  if (only !== 'table' && opts.columns === undefined) {
    for (const sheet of ordered) {
      const spdr = spdrHeaderRow(sheet.rows.slice(0, HEADER_SEARCH_ROWS));
      if (spdr >= 0) return withCellProblems(readSpdrRows(source, sheet.rows, spdr), sheet);
    }
  }
  if (only === 'spdr') throw new InputError(source, 'no SPDR holdings header (a row with Name, Ticker, Identifier) in any sheet');
  const headers = new Map<Sheet, SheetHeader>();
  /** Sheets whose header names an issuer and something held of it (a weight, a value, an identifier): a holdings table, not a list of names. */
  const heldHeaders = new Set<Sheet>();
  for (const s of ordered) {
    const shape = findHeader(s.rows.slice(0, HEADER_SEARCH_ROWS).map(asLine), '\t', explicitColumns(opts)).shape;
    if (shape === null) continue;
    headers.set(s, { index: shape.headerIndex, issuerColumn: issuerColumn(shape.header, opts) });
    if (headerScore(shape.header).known >= 2) heldHeaders.add(s);
  }
  // A sheet whose rows a longer holdings sheet has already (a Top 10, a summary) is not read.
  // A sheet is left out when a sheet as long or longer has its rows (of two that have each
  // other's, the first in order is read); compared with the longest few only (a page may hold
  // thousands of tables).
  const holdingsSheets = ordered.filter((s) => headers.has(s));
  const longestSheets = [...holdingsSheets].sort(longest).slice(0, COMPARED_SHEETS);
  const covers = (t: Sheet, s: Sheet): boolean => !addsRows(s, headers.get(s)!, t);
  /** Each sheet left out, and the sheet that has its rows. */
  const coveredBy = new Map<Sheet, Sheet>();
  for (const s of holdingsSheets) {
    const by = longestSheets.find((t) => t !== s && t.rows.length >= s.rows.length && covers(t, s)
      && (t.rows.length > s.rows.length || !covers(s, t) || holdingsSheets.indexOf(t) < holdingsSheets.indexOf(s)));
    if (by !== undefined) coveredBy.set(s, by);
  }
  const read = holdingsSheets.filter((s) => !coveredBy.has(s));
  const tabular = read[0];
  if (!tabular) {
    throw new InputError(source, `no holdings header (a column such as Name, Issuer, Holding, Security Name or Company) in the first ${HEADER_SEARCH_ROWS} rows of any ${sheetWord} (${sheetNames(sheets)})`);
  }

  const layout = layouts.some((l) => l.id === opts.inputFormat) ? opts.inputFormat : undefined;
  const tableOpts: ReadOptions = { ...opts, delimiter: '\t', encoding: 'utf8', inputFormat: layout };
  const reader = withCellProblems(await readDelimited(source, new ByteSource(source, sheetText(tabular.rows), null), tableOpts, layouts), tabular);
  // Every other sheet with a holdings header and rows of its own (a workbook's Equity and Fixed
  // Income sheets) is read too: a listed company there must not be lost. Its rows are a fund of
  // their own, named by the sheet.
  // (Only a sheet whose header is a holdings table's: a sheet of managers' names is none.)
  const more = read.slice(1).filter((s) => heldHeaders.has(s));
  const namesOnly = read.slice(1).filter((s) => !heldHeaders.has(s));
  const parts: Array<{ sheet: Sheet; reader: HoldingsReader }> = [];
  for (const sheet of more) parts.push({ sheet, reader: withCellProblems(await readDelimited(source, new ByteSource(source, sheetText(sheet.rows), null), tableOpts, layouts), sheet) });
  // A layout other than the generic one keeps its name (its exclusions and columns applied).
  reader.meta.format = reader.meta.format === GENERIC_LAYOUT ? how.format : `${reader.meta.format} (${how.format})`;
  reader.meta.encoding = null;
  reader.meta.delimiter = null;
  if (how.before && (reader.meta.asOf === null || reader.meta.fund === null)) {
    const outside = readPreamble(how.before(tabular));
    reader.meta.asOf ??= outside.asOf;
    reader.meta.fund ??= outside.fund;
  }
  if (sheets.length > 1) {
    const also = parts.length > 0 ? `; also ${sheetNames(parts.map((p) => p.sheet), true)}, each a fund of its own named by the ${sheetWord}, with rows the first has not` : '';
    // What was left out of the sheets with a holdings header, and why: never without a word.
    const byCoverer = new Map<Sheet, Sheet[]>();
    for (const [s, by] of coveredBy) byCoverer.set(by, [...(byCoverer.get(by) ?? []), s]);
    const leftOut = [...byCoverer].map(([by, ss]) =>
      `; not read: ${sheetNames(ss, true)}, ${ss.length === 1 ? 'whose rows are all' : 'each with all its rows'} in ${sheetWord} "${by.name}" (a summary or a copy of it)`);
    if (namesOnly.length > 0) {
      leftOut.push(`; not read: ${sheetNames(namesOnly, true)}, ${namesOnly.length === 1 ? 'whose header names' : 'each with a header naming'} no value, weight or identifier of a holding (a list of names, not holdings)`);
    }
    reader.meta.warnings.unshift(`${sheetWord} "${tabular.name}" read (the ${bookWord} has ${sheets.length}: ${sheetNames(sheets)})${also}${leftOut.join('')}`);
  }
  if (parts.length === 0) return reader;
  const first = reader.batches;
  reader.batches = (async function* () {
    yield* first;
    for (const p of parts) {
      // (An unnamed HTML table is called "table 2" already.)
      const label = p.sheet.name.startsWith(`${sheetWord} `) ? p.sheet.name : `${sheetWord} ${p.sheet.name}`;
      const fund = `${p.reader.meta.fund ?? reader.meta.fund ?? (source === '-' ? 'stdin' : basename(source))} (${label})`;
      for await (const batch of p.reader.batches) {
        // A skipped row says which sheet its line is in (it carries no fund).
        for (const r of batch) if (r.kind !== 'skipped') r.fund ??= fund;
        else r.reason = `${label}: ${r.reason}`;
        yield batch;
      }
      // (Its warnings once its rows are read: the table reader adds some as it reads.)
      reader.meta.warnings.push(...p.reader.meta.warnings.map((w) => `${label}: ${w}`));
    }
  })();
  return reader;
}

/**
 * A sheet's cells read as empty (damaged, or a formula with no saved value), said where they are:
 * a row whose cell is in a column the reader reads (its name, value, weight, an identifier...) is
 * skipped with the cell and why, its text kept to be searched for listed companies as any skipped
 * row's is (a listed name in a readable cell is still reported); a cell in a column it does not
 * read, or in a row that is no holding (above the header, a blank row), is a warning naming it.
 * A cell set aside with its text (a stray far from the table, strayCells) in a row of no holding is
 * a skipped row of its own at its line, its text searched the same way.
 */
function withCellProblems(reader: HoldingsReader, sheet: Sheet): HoldingsReader {
  const problems = sheet.cellProblems;
  if (!problems || problems.length === 0) return reader;
  const { meta } = reader;
  const byRow = new Map<number, CellProblem[]>();
  for (const p of problems) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  // The columns read: those the header names for a field (all of them when that cannot be told).
  const header = meta.headerLine === null ? undefined : sheet.rows[meta.headerLine - 1];
  const mapped = Object.values(meta.columns).map((name) => header?.findIndex((h) => h.trim() === name.trim()) ?? -1);
  const read = (column: number): boolean => header === undefined || mapped.some((i) => i < 0) || mapped.includes(column - 1);
  const said = (p: CellProblem): string => `cell ${p.cell} is ${p.what}`;
  const seen = new Set<number>();
  // A cell set aside with its text (a stray far from the table) in a row that is no row of the
  // table: a skipped row of its own, in line order, its text searched for listed companies.
  const apart = problems.filter((p) => p.text !== undefined && p.text.trim() !== '').sort((a, b) => a.row - b.row);
  const alone = new Set<number>();
  const inserted = new WeakSet<HoldingsRecord>();
  let next = 0;
  const before = (line: number): HoldingsRecord[] => {
    const out: HoldingsRecord[] = [];
    for (; next < apart.length && apart[next]!.row < line; next++) {
      const p = apart[next]!;
      if (seen.has(p.row)) continue;
      alone.add(p.row);
      // (Several in one row: one skipped row naming each.)
      const last = out.at(-1);
      if (last?.kind === 'skipped' && last.line === p.row) {
        last.reason = `${last.reason.replace(/: not screened$/, '')}; ${said(p)}: not screened`;
        last.text = `${last.text ?? ''}\t${p.text!}`.slice(0, MAX_FIELD_CHARS);
      } else {
        const skipped: HoldingsRecord = { kind: 'skipped', source: meta.source, line: p.row, reason: `${said(p)}: not screened`, text: p.text!.slice(0, MAX_FIELD_CHARS) };
        inserted.add(skipped);
        out.push(skipped);
      }
    }
    return out;
  };
  const batches = reader.batches;
  reader.batches = (async function* () {
    for await (const original of batches) {
      let batch = original;
      if (next < apart.length) {
        batch = [];
        for (const r of original) {
          if (r.source === meta.source) batch.push(...before(r.line));
          batch.push(r);
        }
      }
      for (let i = 0; i < batch.length; i++) {
        const r = batch[i]!;
        if (inserted.has(r)) continue;
        const at = byRow.get(r.line);
        if (at === undefined || r.source !== meta.source) continue;
        seen.add(r.line);
        const blocking = at.filter((p) => read(p.column));
        if (blocking.length === 0) continue;
        const row = sheet.rows[r.line - 1] ?? [];
        batch[i] = { kind: 'skipped', source: r.source, line: r.line, reason: `${blocking.map(said).join('; ')}: the row is not screened`, text: asLine(row) };
      }
      yield batch;
    }
    const last = before(Number.POSITIVE_INFINITY);
    if (last.length > 0) yield last;
    // Cells no skipped row has said: in a column not read, or in a row that is no holding.
    const rest = problems.filter((p) => !alone.has(p.row) && (!seen.has(p.row) || !read(p.column)));
    const shown = rest.slice(0, 10).map((p) => `${said(p)}${p.text ? ` (${JSON.stringify(p.text.slice(0, 60))})` : ''}${seen.has(p.row) ? ' (a column not read)' : ''}`);
    if (rest.length > 0) meta.warnings.push(`${rest.length} cell${rest.length === 1 ? '' : 's'} read as empty: ${shown.join('; ')}${rest.length > 10 ? `; and ${rest.length - 10} more` : ''}`);
  })();
  return reader;
}

/** Where a sheet's header is (0-based row) and its issuer column (undefined: none the reader maps). */
interface SheetHeader { index: number; issuerColumn: number | undefined }

/** The column a header names the issuer in (--columns' when it names one there). */
function issuerColumn(header: string[], opts: ReadOptions): number | undefined {
  try {
    return mapColumns(header, {}, opts.columns).index.issuer;
  } catch {
    return mapColumns(header).index.issuer; // (--columns names a column another sheet has)
  }
}

/**
 * Whether a sheet (its header `header`) has a row with a cell of text `other` has nowhere: rows of
 * its own, not a summary of the other's. A row of one cell counts only when that cell is in the
 * issuer column and reads as a name, and such rows are half the sheet's at least (an "Unpriced"
 * sheet lists positions by name, their values blank); one elsewhere, or a note there ("Source:
 * ...", a footnote, a sentence), is no holding.
 */
const knownCells = new WeakMap<Sheet, Set<string>>();
function addsRows(sheet: Sheet, header: SheetHeader, other: Sheet): boolean {
  let known = knownCells.get(other);
  if (known === undefined) {
    known = new Set<string>();
    for (const row of other.rows) for (const c of row) if (c !== '') known.add(c.toLowerCase());
    knownCells.set(other, known);
  }
  // Rows of one name count only in a sheet they are half the rows of at least (an "Unpriced"
  // sheet): in a Top 10, a one-cell title under the header ("Largest Positions", "Alibaba Group")
  // reads as a name too, and would make the summary a fund of its own.
  let full = 0;
  let names = 0;
  for (let i = header.index + 1; i < sheet.rows.length; i++) {
    const filled = countFilled(sheet.rows[i]);
    if (filled >= 2) full++;
    else if (filled === 1 && nameOnlyRow(sheet.rows[i], header.issuerColumn)) names++;
  }
  const namesCount = names > 0 && names * 2 >= full + names;
  for (let i = header.index + 1; i < sheet.rows.length; i++) {
    const row = sheet.rows[i];
    const filled = countFilled(row);
    if (filled === 0 || (filled === 1 && !(namesCount && nameOnlyRow(row, header.issuerColumn)))) continue;
    // Rows of holdings only: a total line is no holding of its own.
    if (row.some((c) => /^\s*(?:grand\s+)?total\b/i.test(c))) continue;
    // A security the other sheet has by its code is the same row, its name written otherwise (Title Case in a Top 10).
    if (row.some((c) => SECURITY_CODE.test(c) && known.has(c.toLowerCase()))) continue;
    for (const c of row) if (c.length >= 3 && /\p{L}/u.test(c) && !known.has(c.toLowerCase())) return true;
  }
  return false;
}

function countFilled(row: readonly string[]): number {
  let n = 0;
  for (const c of row) if (c !== '') n++;
  return n;
}

/** What nameLike knows of a table here: nothing (no column profile; a point, not a comma, is decimal). */
const NO_TABLE: SalvageTable = { delimiter: '\t', width: 0, named: 0, index: {}, decimalComma: false, profile: [] };

/** A row whose one filled cell is the issuer column's, and a name: a position listed by name only. */
function nameOnlyRow(row: readonly string[], issuer: number | undefined): boolean {
  if (issuer === undefined) return false;
  const text = cleanText(row[issuer]);
  if (text === '' || noteLike(text)) return false;
  // (A section's heading in the plural, "Common Stocks", is no name as "Common Stock" is none.)
  return nameLike(text, NO_TABLE, issuer) && nameLike(text.replace(/s$/i, ''), NO_TABLE, issuer);
}

/** Words of a name written in lower case (particles, legal forms): not what makes a line a sentence. */
const NAME_WORDS = new Set([
  'and', 'of', 'the', 'for', 'und', 'des', 'del', 'della', 'dos', 'das', 'van', 'von', 'der', 'den', 'les', 'per', 'pour', 'et', 'y',
  'ltd', 'inc', 'corp', 'plc', 'llc', 'bhd', 'tbk', 'spa', 'asa', 'oyj', 'gmbh', 'sarl', 'pjsc', 'ojsc', 'jsc', 'pcl', 'cia', 'cie',
]);

/**
 * A one-cell line that is a note, not a name: "Source: ...", a footnote ("* Holdings are subject
 * to change", "(1) ..."), a date line ("Data as of 31/12/2025"), a link, a sentence (words in
 * lower case that no name writes so), a line longer than a name.
 */
function noteLike(text: string): boolean {
  if (keyValue(text).length === 2) return true;
  if (/^(?:[*†‡§#¹²³⁴⁵⁶⁷⁸⁹⁰]|\(\w{1,2}\)|\[\w{1,2}\]|\d{1,2}[.)]\s)/u.test(text)) return true;
  if (/^(?:sources?|notes?|see|disclaimer|past performance)\b|\bas (?:of|at)\b/i.test(text)) return true;
  // A date in it ("Data 31/12/2025"): a line of the file's, no company's name.
  if (/\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/.test(text)) return true;
  if (/https?:\/\/|www\.|\S@\S/i.test(text)) return true;
  const words = text.split(/\s+/);
  if (words.length > 12) return true;
  const lower = words.filter((w) => /^\p{Ll}{3,}[.,;]?$/u.test(w) && !NAME_WORDS.has(w.replace(/[.,;]$/, ''))).length;
  return lower >= 2 && text !== text.toLowerCase();
}

/** A cell that is a security's code: an ISIN, CUSIP or SEDOL (letters and digits), or a six-digit A-share code. */
const SECURITY_CODE = /^(?:(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,12}|\d{6})$/;

/** The sheets' names for a message: the first ten, then how many more (a page may hold thousands of tables). */
function sheetNames(sheets: readonly Sheet[], quoted = false): string {
  const shown = sheets.slice(0, 10).map((s) => (quoted ? `"${s.name}"` : s.name)).join(', ');
  return sheets.length > 10 ? `${shown} and ${sheets.length - 10} more` : shown;
}

function explicitColumns(opts: ReadOptions): string[] | undefined {
  return opts.columns ? Object.values(opts.columns) : undefined;
}
