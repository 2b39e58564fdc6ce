/**
 * An HTML page's table as holdings: the "Export to Excel" of many fund sites is an HTML table
 * behind an .xls name (Excel opens it with a warning), and a holdings page saved from a browser is
 * one too. The page's tables (html-tables.ts) become a workbook's sheets, one per table, and the
 * workbook path (xlsx.ts) reads the first with a holdings header as the table reader reads a CSV.
 * A row's line is its row in that table (1 = the table's first row), as a spreadsheet's is its row:
 * the page's own lines are no unit a reader can count rows by (a page may hold a table on one line).
 */
import { NotHoldingsError } from '../../errors.js';
import { readHtmlTables } from '../../html-tables.js';
import { decodeText, detectEncoding } from '../decode.js';
import type { TextLayout } from '../layout.js';
import type { ByteSource } from '../open.js';
import type { HoldingsReader, ReadOptions } from '../position.js';
import { readWorkbook, type Sheet } from './xlsx.js';

/** An HTML page is read whole (as an xlsx is): refuse absurd sizes rather than exhaust memory. */
const MAX_HTML_BYTES = 256 * 1024 * 1024;

export async function readHtmlTable(source: string, bytes: ByteSource, opts: ReadOptions, layouts: readonly TextLayout[]): Promise<HoldingsReader> {
  const data = await bytes.readAll(MAX_HTML_BYTES);
  const warnings: string[] = [];
  const choice = detectEncoding(source, data.subarray(0, 4096), opts.encoding);
  if (choice.warning) warnings.push(choice.warning);
  let html = '';
  for await (const text of decodeText((async function* () { yield data; })(), choice, (w) => warnings.push(w))) html += text;
  const page = readHtmlTables(html);
  const sheets: Sheet[] = page.tables.map((t, i) => ({ name: t.name ?? `table ${i + 1}`, rows: [] }));
  for (const r of page.rows) sheets[r.table]!.rows.push(r.cells);
  const tables = sheets.filter((s) => s.rows.length > 0);
  // (A page without a table is no holdings: in a folder, skipped with a warning, as a README is.)
  if (tables.length === 0) throw new NotHoldingsError(source, 'an HTML page with no table rows (<tr>): no holdings to read');
  // What the page writes above the table read is its preamble: the prose since the table before,
  // and the tables before it that are not it (a fund's facts written as a table of two columns).
  const before = (sheet: Sheet): string[][] => {
    const at = sheets.indexOf(sheet);
    const lines: string[][] = [];
    for (let i = 0; i <= at; i++) {
      for (const text of page.tables[i]!.before) lines.push([text]);
      if (i < at) lines.push(...sheets[i]!.rows);
    }
    return lines;
  };
  const reader = await readWorkbook(source, tables, opts, layouts, { only: 'table', format: 'html-table', sheet: 'table', workbook: 'page', before });
  reader.meta.warnings.unshift(...warnings, 'an HTML table: lines are the rows of the table read (1 = its first row), not lines of the page');
  return reader;
}
