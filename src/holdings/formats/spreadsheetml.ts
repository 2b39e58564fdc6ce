/**
 * XML Spreadsheet 2003 (SpreadsheetML): the `.xls` that is XML inside, as fund sites export it
 * (`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`, Worksheet > Table > Row >
 * Cell > Data). Its sheets are read by the workbook path (xlsx.ts): rows become the table reader's
 * lines. `ss:Index` on a Row or Cell skips rows or cells, so row i stays spreadsheet row i. A
 * number whose style shows a percentage (NumberFormat "Percent", "0.0%") is read as shown, times
 * 100 with its % (0.005 is "0.5%"), as an xlsx's and an .ods's are.
 */
import { InputError } from '../../errors.js';
import type { TextLayout } from '../layout.js';
import type { HoldingsReader, ReadOptions } from '../position.js';
import { cleanText } from '../values.js';
import { MAX_TEXT, XmlPump } from './sec/xml-stream.js';
import { MAX_WORKBOOK_CELLS, readWorkbook, type Sheet } from './xlsx.js';
import { isPercentFormat, percentText } from './xlsx-cells.js';

/** Rows and cells beyond these are a damaged or hostile file, not a holdings export. */
const MAX_INDEX = 1_048_576;

/** The row an Index skips: one empty row for all (never written to). */
const NO_CELLS: string[] = [];

const index = (attr: string | undefined): number | null => {
  const n = Number(attr);
  return Number.isInteger(n) && n >= 1 && n <= MAX_INDEX ? n : null;
};

export async function readSpreadsheetMl(
  source: string, input: NodeJS.ReadableStream, opts: ReadOptions, layouts: readonly TextLayout[],
): Promise<HoldingsReader> {
  const sheets: Sheet[] = [];
  const warnings: string[] = [];
  let sheet: Sheet | null = null;
  let row: string[] | null = null;
  let value = '';
  let dataType = '';
  let mergeAcross = 0;
  /** Styles (<Style ss:ID>) whose number format shows a percentage; each style's parent and own format while <Styles> is read. */
  const percentStyles = new Set<string>();
  const styleFormats = new Map<string, { parent?: string; format?: string }>();
  let style: { parent?: string; format?: string } | null = null;
  let rowStyle: string | undefined;
  let cellStyle: string | undefined;
  /** Inside a cell's <Data>: its text is all the text within, formatting elements (<Font>, <B>) and all. */
  let inData = false;
  /** Inside a <Comment> (a note on the cell, with a <Data> of its own): none of it is the cell's value. */
  let inComment = 0;
  // Rows and cells made, the empty ones an Index or MergeAcross skips included: 300 rows merging a
  // million cells each took 4 GB; refused past MAX_WORKBOOK_CELLS, at the line that went past.
  let made = 0;
  let line = 0;
  const make = (n: number): void => {
    made += n;
    if (made > MAX_WORKBOOK_CELLS) throw new InputError(source, `more than ${MAX_WORKBOOK_CELLS.toLocaleString('en-US')} rows and cells, those an Index or MergeAcross skips included: no holdings spreadsheet is this large`, line);
  };
  const pump = new XmlPump(source, input, {
    open(name, attrs, at, depth) {
      line = at;
      if (depth === 1 && name !== 'Workbook') throw new InputError(source, `not an XML spreadsheet: root element is <${name}>`, at);
      if (name === 'Style' && attrs.ID !== undefined) {
        style = { parent: attrs.Parent };
        styleFormats.set(attrs.ID, style);
      } else if (name === 'NumberFormat' && style) {
        style.format = attrs.Format ?? '';
      } else if (name === 'Worksheet') {
        sheet = { name: attrs.Name ?? `Sheet${sheets.length + 1}`, rows: [] };
        sheets.push(sheet);
      } else if (name === 'Row' && sheet) {
        const to = index(attrs.Index);
        if (to !== null && sheet.rows.length < to - 1) make(to - 1 - sheet.rows.length);
        while (to !== null && sheet.rows.length < to - 1) sheet.rows.push(NO_CELLS);
        make(1);
        rowStyle = attrs.StyleID;
        row = [];
        sheet.rows.push(row);
      } else if (name === 'Cell' && row) {
        const to = index(attrs.Index);
        if (to !== null && row.length < to - 1) make(to - 1 - row.length);
        while (to !== null && row.length < to - 1) row.push('');
        value = '';
        cellStyle = attrs.StyleID ?? rowStyle;
        mergeAcross = index(attrs.MergeAcross) ?? 0;
      } else if (name === 'Comment') {
        inComment++;
      } else if (name === 'Data' && inComment === 0) {
        dataType = attrs.Type ?? '';
        value = '';
        inData = true;
      }
    },
    text(t) {
      if (inData && value.length + t.length <= MAX_TEXT) value += t;
    },
    close(name) {
      if (name === 'Data' && inData) {
        inData = false;
        if (dataType === 'DateTime') value = value.slice(0, 10);
        else if (dataType === 'Number' && cellStyle !== undefined && percentStyles.has(cellStyle)) value = percentText(value) ?? value;
      } else if (name === 'Comment') inComment--;
      else if (name === 'Style') style = null;
      else if (name === 'Styles') {
        // A style without a number format of its own has its parent's (ss:Parent), as far up as is written.
        for (const id of styleFormats.keys()) {
          let at: string | undefined = id;
          for (let hops = 0; at !== undefined && hops < 16; hops++) {
            const f = styleFormats.get(at);
            if (f?.format !== undefined) {
              if (f.format === 'Percent' || isPercentFormat(f.format)) percentStyles.add(id);
              break;
            }
            at = f?.parent;
          }
        }
      }
      else if (name === 'Cell' && row) {
        make(1 + mergeAcross);
        row.push(cleanText(value));
        for (let i = 0; i < mergeAcross; i++) row.push('');
      } else if (name === 'Row') row = null;
      else if (name === 'Worksheet') sheet = null;
    },
    recoverable: () => false,
    truncated: (open, line) => {
      throw new InputError(source, `the spreadsheet ends inside <${open.at(-1)}>: truncated file`, line);
    },
  }, warnings);
  while (await pump.step());
  const reader = await readWorkbook(source, sheets, opts, layouts, { format: 'xml-spreadsheet' });
  reader.meta.warnings.unshift(...warnings);
  return reader;
}
