/**
 * XML Spreadsheet 2003 (SpreadsheetML): the `.xls` that is XML inside, as fund sites export it
 * (`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`, Worksheet > Table > Row >
 * Cell > Data). Its sheets are read by the workbook path (xlsx.ts): rows become the table reader's
 * lines. `ss:Index` on a Row or Cell skips rows or cells, so row i stays spreadsheet row i.
 */
import { InputError } from '../../errors.js';
import type { TextLayout } from '../layout.js';
import type { HoldingsReader, ReadOptions } from '../position.js';
import { cleanText } from '../values.js';
import { XmlPump } from './sec/xml-stream.js';
import { readWorkbook, type Sheet } from './xlsx.js';

/** Rows and cells beyond these are a damaged or hostile file, not a holdings export. */
const MAX_INDEX = 1_048_576;

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
  const pump = new XmlPump(source, input, {
    open(name, attrs, line, depth) {
      if (depth === 1 && name !== 'Workbook') throw new InputError(source, `not an XML spreadsheet: root element is <${name}>`, line);
      if (name === 'Worksheet') {
        sheet = { name: attrs.Name ?? `Sheet${sheets.length + 1}`, rows: [] };
        sheets.push(sheet);
      } else if (name === 'Row' && sheet) {
        const at = index(attrs.Index);
        while (at !== null && sheet.rows.length < at - 1) sheet.rows.push([]);
        row = [];
        sheet.rows.push(row);
      } else if (name === 'Cell' && row) {
        const at = index(attrs.Index);
        while (at !== null && row.length < at - 1) row.push('');
        value = '';
        mergeAcross = index(attrs.MergeAcross) ?? 0;
      } else if (name === 'Data') {
        dataType = attrs.Type ?? '';
      }
    },
    close(name, text) {
      if (name === 'Data') value = dataType === 'DateTime' ? text.slice(0, 10) : text;
      else if (name === 'Cell' && row) {
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
