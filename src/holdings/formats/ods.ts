/**
 * OpenDocument spreadsheets (.ods: LibreOffice's own format, and a Google Sheets download): a zip
 * whose content.xml holds the sheets (table:table > table:table-row > table:table-cell). Its
 * sheets are read by the workbook path (xlsx.ts), as an xlsx's are: rows become the table
 * reader's lines, so `line` is the spreadsheet row. A cell's stored value is read where it has one
 * (office:value of a number, as an xlsx's raw number; office:date-value of a date), else its text.
 * Rows and cells repeated by count (number-rows-repeated, often a million empty rows to the sheet's
 * end) are written out only while they hold text.
 */
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { InputError } from '../../errors.js';
import type { TextLayout } from '../layout.js';
import type { HoldingsReader, ReadOptions } from '../position.js';
import { cleanText } from '../values.js';
import { XmlPump } from './sec/xml-stream.js';
import { readWorkbook, type Sheet } from './xlsx.js';
import { entriesOf, memberBytes } from './zipped-text.js';

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
/** Rows and columns a sheet holds at most (a spreadsheet's own limits). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** A cell's text kept at most (past it the table reader skips the row, saying so). */
const MAX_CELL_TEXT = 2 * 1024 * 1024;

const count = (attr: string | undefined): number => {
  const n = Number(attr);
  return Number.isInteger(n) && n >= 1 ? n : 1;
};

/** The content.xml of an OpenDocument spreadsheet, or null when the zip is none. */
export async function odsContent(source: string, bytes: Buffer): Promise<Buffer | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  } catch {
    return null;
  }
  try {
    const entries = await entriesOf(zip);
    const mimetype = entries.find((e) => e.fileName === 'mimetype');
    const content = entries.find((e) => e.fileName === 'content.xml');
    if (!mimetype || !content) return null;
    if ((await memberBytes(source, zip, mimetype)).toString('latin1').trim() !== ODS_MIMETYPE) return null;
    return await memberBytes(source, zip, content);
  } finally {
    zip.close();
  }
}

export async function readOds(source: string, content: Buffer, opts: ReadOptions, layouts: readonly TextLayout[]): Promise<HoldingsReader> {
  const sheets: Sheet[] = [];
  const warnings: string[] = [];
  let sheet: Sheet | null = null;
  let row: string[] | null = null;
  let rowRepeat = 1;
  /** Empty cells (of this row) and empty rows (of this sheet) not yet written: written out before the next with text, never at the end. */
  let emptyCells = 0;
  let emptyRows = 0;
  let cell: { text: string; value: string | null; repeat: number } | null = null;
  const pump = new XmlPump(source, Readable.from([content]), {
    open(name, attrs) {
      if (name === 'table') {
        sheet = { name: attrs.name ?? `Sheet${sheets.length + 1}`, rows: [] };
        sheets.push(sheet);
        emptyRows = 0;
      } else if (name === 'table-row' && sheet) {
        row = [];
        emptyCells = 0;
        rowRepeat = count(attrs['number-rows-repeated']);
      } else if ((name === 'table-cell' || name === 'covered-table-cell') && row) {
        const type = attrs['value-type'];
        const value = type === 'date' ? (attrs['date-value'] ?? '').slice(0, 10) : type === 'float' || type === 'currency' || type === 'percentage' ? attrs.value ?? null : null;
        cell = { text: '', value: value || null, repeat: count(attrs['number-columns-repeated']) };
      } else if (name === 'p' && cell && cell.text !== '') {
        // A paragraph starts a line of the cell's text: a space after the one before.
        cell.text += ' ';
      } else if (name === 's' && cell) {
        cell.text += ' '.repeat(Math.min(count(attrs.c), 100));
      } else if ((name === 'tab' || name === 'line-break') && cell) {
        cell.text += ' ';
      }
    },
    text(t) {
      // (Text in document order: around a cell's spans, spaces and links.)
      if (cell && cell.text.length < MAX_CELL_TEXT) cell.text += t;
    },
    close(name) {
      if ((name === 'table-cell' || name === 'covered-table-cell') && row && cell) {
        const value = cleanText(cell.value ?? cell.text);
        if (value === '') emptyCells += cell.repeat;
        else {
          // (The empty cells before it keep its column; a sheet has MAX_COLUMNS at most.)
          while (emptyCells > 0 && row.length < MAX_COLUMNS) {
            row.push('');
            emptyCells--;
          }
          for (let k = 0; k < cell.repeat && row.length < MAX_COLUMNS; k++) row.push(value);
          emptyCells = 0;
        }
        cell = null;
      } else if (name === 'table-row' && sheet && row) {
        if (row.length === 0) emptyRows += rowRepeat;
        else {
          // (The empty rows before it keep its row number, the sheet's `line`.)
          while (emptyRows > 0 && sheet.rows.length < MAX_ROWS) {
            sheet.rows.push([]);
            emptyRows--;
          }
          for (let k = 0; k < rowRepeat && sheet.rows.length < MAX_ROWS; k++) sheet.rows.push(row);
          emptyRows = 0;
        }
        row = null;
      } else if (name === 'table') {
        sheet = null;
      }
    },
    recoverable: () => false,
    truncated: (open, line) => {
      throw new InputError(source, `the spreadsheet's content.xml ends inside <${open.at(-1)}>: truncated file`, line);
    },
  }, warnings);
  while (await pump.step());
  const reader = await readWorkbook(source, sheets, opts, layouts, { format: 'ods-table' });
  reader.meta.warnings.unshift(...warnings);
  return reader;
}
