/**
 * An HTML page's table as holdings: the "Export to Excel" of many fund sites is an HTML table
 * behind an .xls name (Excel opens it with a warning), and a holdings page saved from a browser is
 * one too. The page's tables (html-tables.ts) become a workbook's sheets, one per table, and the
 * workbook path (xlsx.ts) reads the first with a holdings header as the table reader reads a CSV.
 * A row's line is its row in that table (1 = the table's first row), as a spreadsheet's is its row:
 * the page's own lines are no unit a reader can count rows by (a page may hold a table on one line).
 */
import { InputError, NotHoldingsError } from '../../errors.js';
import { HtmlRefusedError, readHtmlTables, type HtmlPage } from '../../html-tables.js';
import iconv from 'iconv-lite';
import { decodeWhole } from '../decode.js';
import type { TextLayout } from '../layout.js';
import type { ByteSource } from '../open.js';
import type { HoldingsReader, ReadOptions } from '../position.js';
import { readWorkbook, type Sheet } from './xlsx.js';

/** An HTML page is read whole (as an xlsx is): refuse absurd sizes rather than exhaust memory. */
const MAX_HTML_BYTES = 256 * 1024 * 1024;

/** The charset a page's head declares (<meta charset="gb2312">, http-equiv content="...; charset=shift_jis"), when iconv knows it and it is no UTF-8. */
function declaredCharset(head: Buffer): string | undefined {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head.toString('latin1'));
  const name = m?.[1]?.toLowerCase();
  return name !== undefined && !/^utf-?8$/.test(name) && iconv.encodingExists(name) ? name : undefined;
}

export async function readHtmlTable(source: string, bytes: ByteSource, opts: ReadOptions, layouts: readonly TextLayout[]): Promise<HoldingsReader> {
  const data = await bytes.readAll(MAX_HTML_BYTES);
  const warnings: string[] = [];
  // The charset the page declares (<meta charset>), unless --encoding says: a page in GB2312 or
  // Shift_JIS is no UTF-8 with stray bytes. (A BOM still wins: detectEncoding drops it.)
  const declared = opts.encoding ?? declaredCharset(data.subarray(0, 4096));
  const { text: html, encoding } = await decodeWhole(source, data, declared, (w) => warnings.push(w));
  // Our own HTML report read back: its tables are findings, not holdings (report/html.ts writes this title).
  if (/<title>fundscreen report /i.test(html.slice(0, 4096))) throw new NotHoldingsError(source, 'a fundscreen HTML report, not holdings (give the JSON report with --baseline to compare runs)');
  let page: HtmlPage;
  try {
    page = readHtmlTables(html);
  } catch (err) {
    if (err instanceof HtmlRefusedError) throw new InputError(source, err.message, err.line);
    throw err;
  }
  const sheets: Sheet[] = page.tables.map((t, i) => ({ name: t.name ?? `table ${i + 1}`, rows: [] }));
  for (const r of page.rows) sheets[r.table]!.rows.push(r.cells);
  const tables = sheets.filter((s) => s.rows.length > 0);
  // (A page without a table is no holdings: in a folder, skipped with a warning, as a README is.)
  if (tables.length === 0) throw new NotHoldingsError(source, 'an HTML page with no table rows (<tr>): no holdings to read');
  // What the page writes just above the table read is its preamble: the prose since the table of
  // the page before, then that table (a fund's facts in two columns) and the prose above it.
  // Nearest first: the date above the holdings, not one above a performance table further up.
  const before = (sheet: Sheet): string[][] => {
    const at = sheets.indexOf(sheet);
    const table = page.tables[at]!;
    if (table.depth > 0) return [];
    const lines: string[][] = table.before.map((text) => [text]);
    let previous = at - 1;
    while (previous >= 0 && page.tables[previous]!.depth > 0) previous--;
    if (previous >= 0) lines.push(...sheets[previous]!.rows, ...page.tables[previous]!.before.map((text) => [text]));
    return lines;
  };
  const reader = await readWorkbook(source, tables, opts, layouts, { only: 'table', format: 'html-table', sheet: 'table', workbook: 'page', before });
  reader.meta.encoding = encoding;
  reader.meta.warnings.unshift(...warnings, 'an HTML table: lines are the rows of the table read (1 = its first row), not lines of the page');
  return reader;
}
