/**
 * OpenDocument spreadsheets (.ods: LibreOffice's own format, and a Google Sheets download): a zip
 * whose content.xml holds the sheets (table:table > table:table-row > table:table-cell). Its
 * sheets are read by the workbook path (xlsx.ts), as an xlsx's are: rows become the table
 * reader's lines, so `line` is the spreadsheet row. A cell is read as it shows (its text: a CUSIP
 * keeps its leading zeros, an amount its currency, a percentage its %), a date by its stored value
 * (31/10 or 10/31 is no question), a cell showing nothing by its stored value. Rows and cells
 * repeated by count (number-rows-repeated, often a million empty rows to the sheet's end) are
 * written out only before a row or cell with text. (The zip is opened by zipped-text.ts odsContent.)
 */
import { Readable } from 'node:stream';
import { InputError } from '../../errors.js';
import type { TextLayout } from '../layout.js';
import type { HoldingsReader, ReadOptions } from '../position.js';
import { cleanText } from '../values.js';
import { XmlPump } from './sec/xml-stream.js';
import { MAX_WORKBOOK_CELLS, readWorkbook, type Sheet } from './xlsx.js';

/** Rows and columns a sheet holds at most (a spreadsheet's own limits). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** A cell's text kept at most (past it the table reader skips the row, saying so). */
const MAX_CELL_TEXT = 2 * 1024 * 1024;
/** content.xml is handed to the XML reader in slices of this size (one string of it all may be too long to make). */
const SLICE = 1024 * 1024;
/** Elements whose text is not the cell's: a comment on it, a drawing in it. */
const ASIDE = new Set(['annotation', 'frame', 'custom-shape', 'rect', 'g', 'image', 'object']);

const count = (attr: string | undefined): number => {
  const n = Number(attr);
  return Number.isInteger(n) && n >= 1 ? n : 1;
};

function* slices(content: Buffer): Generator<Buffer> {
  for (let i = 0; i < content.length; i += SLICE) yield content.subarray(i, i + SLICE);
}

export async function readOds(source: string, content: Buffer, opts: ReadOptions, layouts: readonly TextLayout[], only?: 'spdr' | 'table'): Promise<HoldingsReader> {
  const sheets: Sheet[] = [];
  const warnings: string[] = [];
  let sheet: Sheet | null = null;
  /** Tables open (a table inside a cell is not read: its sheet's row carries on) and asides open (their text is no cell's). */
  let tables = 0;
  let asides = 0;
  let row: string[] | null = null;
  let rowRepeat = 1;
  /** Empty cells (of this row) and empty rows (of this sheet) not yet written: written out before the next with text, never at the end. */
  let emptyCells = 0;
  let emptyRows = 0;
  let cells = 0;
  let cell: { text: string; date: string | null; value: string | null; repeat: number } | null = null;
  const beyond = (what: string): never => {
    throw new InputError(source, `sheet "${sheet?.name ?? ''}" has text past ${what}: damaged, or no spreadsheet a person saves`);
  };
  const pump = new XmlPump(source, Readable.from(slices(content)), {
    open(name, attrs) {
      if (name === 'table') {
        if (++tables > 1) return;
        sheet = { name: attrs.name ?? `Sheet${sheets.length + 1}`, rows: [] };
        sheets.push(sheet);
        emptyRows = 0;
      } else if (tables > 1) {
        return;
      } else if (ASIDE.has(name)) {
        asides++;
      } else if (name === 'table-row' && sheet) {
        row = [];
        emptyCells = 0;
        rowRepeat = count(attrs['number-rows-repeated']);
      } else if ((name === 'table-cell' || name === 'covered-table-cell') && row) {
        // Its text as shown (a CUSIP keeps its zeros, a percentage its %, an amount its currency);
        // its stored value where it shows none; a date's stored value always (31/10 or 10/31?).
        cell = { text: '', date: attrs['value-type'] === 'date' ? (attrs['date-value'] ?? '').slice(0, 10) || null : null, value: attrs.value ?? null, repeat: count(attrs['number-columns-repeated']) };
      } else if (cell && asides === 0) {
        if (name === 'p' && cell.text !== '') cell.text += ' '; // a paragraph starts a line of the cell's text
        else if (name === 's' && cell.text.length < MAX_CELL_TEXT) cell.text += ' '.repeat(Math.min(count(attrs.c), 100));
        else if (name === 'tab' || name === 'line-break') cell.text += ' ';
      }
    },
    text(t) {
      // (Text in document order: around a cell's spans, spaces and links.)
      if (cell && tables === 1 && asides === 0 && cell.text.length < MAX_CELL_TEXT) cell.text += t;
    },
    close(name) {
      if (name === 'table') {
        if (--tables === 0) sheet = null;
      } else if (tables > 1) {
        return;
      } else if (ASIDE.has(name)) {
        asides--;
      } else if ((name === 'table-cell' || name === 'covered-table-cell') && row && cell) {
        const value = cleanText(cell.date ?? (cell.text.trim() !== '' ? cell.text : cell.value ?? ''));
        if (value === '') emptyCells += cell.repeat;
        else {
          // (The empty cells before it keep its column.)
          if (row.length + emptyCells + cell.repeat > MAX_COLUMNS) beyond(`column ${MAX_COLUMNS}`);
          for (; emptyCells > 0; emptyCells--) row.push('');
          for (let k = 0; k < cell.repeat; k++) row.push(value);
        }
        cell = null;
      } else if (name === 'table-row' && sheet && row) {
        if (row.length === 0) emptyRows += rowRepeat;
        else {
          // (The empty rows before it keep its row number, the sheet's `line`.)
          if (sheet.rows.length + emptyRows + rowRepeat > MAX_ROWS) beyond(`row ${MAX_ROWS}`);
          cells += row.length * rowRepeat;
          // (A row repeated by count is cheap to write, not to read.)
          if (cells > MAX_WORKBOOK_CELLS) throw new InputError(source, `more than ${MAX_WORKBOOK_CELLS.toLocaleString('en-US')} cells with text, repeats counted: no holdings spreadsheet is this large`);
          for (; emptyRows > 0; emptyRows--) sheet.rows.push([]);
          for (let k = 0; k < rowRepeat; k++) sheet.rows.push(row);
        }
        row = null;
      }
    },
    recoverable: () => false,
    truncated: (open, line) => {
      throw new InputError(source, `the spreadsheet's content.xml ends inside <${open.at(-1)}>: truncated file`, line);
    },
  }, warnings);
  while (await pump.step());
  const reader = await readWorkbook(source, sheets, opts, layouts, { only, format: 'ods-table' });
  reader.meta.warnings.unshift(...warnings);
  return reader;
}
