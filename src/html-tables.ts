/**
 * The tables of an HTML page, as rows of cell text, and the prose around them: what a page saved
 * from a browser or curl holds for a reader of tables (the DHS UFLPA Entity List page, a fund
 * site's "Export to Excel" that is an HTML table behind an .xls name). htmlparser2 reads the
 * markup (entities such as &nbsp; and &amp;, cells and rows left unclosed as HTML allows,
 * attributes, whatever a browser's "save as" adds), so callers only deal with text, rows and
 * cells. Pure: text in, tables out.
 */
import { Parser } from 'htmlparser2';

export interface HtmlRow {
  /** 1-based line of the row's <tr> in the page. */
  line: number;
  /** Index of its table in HtmlPage.tables. */
  table: number;
  /** Cell text, whitespace collapsed; a cell spanning columns (colspan) is followed by empty cells for them. */
  cells: string[];
  /** The row has a header cell (<th>). */
  header: boolean;
}

export interface HtmlTable {
  /** Its id attribute, else its caption, else null. */
  name: string | null;
  /** Tables it stands inside (0: a table of the page). */
  depth: number;
  /** The page's prose since the table of the page before (or the page's start), one text per block (a paragraph, a heading, a line); none for a table inside another. */
  before: string[];
}

export interface HtmlPage {
  tables: HtmlTable[];
  /** Every row of every table, in page order (a table inside a cell interrupts the rows of the one around it). */
  rows: HtmlRow[];
  /** The prose after the last table of the page, one text per block. */
  after: string[];
}

/** Columns one cell may span: more is a damaged or hostile page, not a table. */
const MAX_COLSPAN = 1_000;
const BREAKS = new Set(['br', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const collapse = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** The page's tables, their rows and the prose around them. */
export function readHtmlTables(html: string): HtmlPage {
  const tables: HtmlTable[] = [];
  const rows: HtmlRow[] = [];
  type Open = { table: number; row: HtmlRow | null; cell: string | null; span: number; caption: string | null };
  // The open tables, innermost last: a table inside a cell is read as rows of its own, and the row
  // and cell it sits in carry on after it, so the outer row is not lost.
  const open: Open[] = [];
  // Prose outside tables: the blocks since the last table of the page, and the one being read.
  let blocks: string[] = [];
  let block = '';
  const endBlock = (): void => {
    const text = collapse(block);
    if (text !== '') blocks.push(text);
    block = '';
  };
  const lineStarts: number[] = [0];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const endCell = (t: Open): void => {
    if (t.row === null || t.cell === null) return;
    t.row.cells.push(collapse(t.cell));
    for (let k = 1; k < t.span; k++) t.row.cells.push('');
    t.cell = null;
  };
  const endRow = (t: Open): void => {
    endCell(t);
    if (t.row !== null) rows.push(t.row);
    t.row = null;
  };
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const t = open.at(-1);
        if (tag === 'table') {
          if (open.length === 0) endBlock();
          tables.push({ name: attrs.id?.trim() || null, depth: open.length, before: open.length === 0 ? blocks : [] });
          if (open.length === 0) blocks = [];
          open.push({ table: tables.length - 1, row: null, cell: null, span: 1, caption: null });
        } else if (t === undefined) {
          if (BREAKS.has(tag)) endBlock();
        } else if (tag === 'tr') {
          endRow(t);
          t.row = { line: lineAt(parser.startIndex), table: t.table, cells: [], header: false };
        } else if (tag === 'td' || tag === 'th') {
          // A cell outside any <tr> (HTML allows leaving the row out) starts one.
          if (t.row === null) t.row = { line: lineAt(parser.startIndex), table: t.table, cells: [], header: false };
          endCell(t);
          t.cell = '';
          const span = Number(attrs.colspan);
          t.span = Number.isInteger(span) && span > 1 ? Math.min(span, MAX_COLSPAN) : 1;
          if (tag === 'th') t.row.header = true;
        } else if (tag === 'caption') {
          t.caption = '';
        } else if (BREAKS.has(tag)) {
          if (t.cell !== null) t.cell += ' ';
          else if (t.caption !== null) t.caption += ' ';
        }
      },
      ontext(text) {
        const t = open.at(-1);
        if (t === undefined) block += text;
        else if (t.cell !== null) t.cell += text;
        else if (t.caption !== null) t.caption += text;
      },
      onclosetag(tag) {
        const t = open.at(-1);
        if (t === undefined) {
          if (BREAKS.has(tag)) endBlock();
          return;
        }
        if (tag === 'td' || tag === 'th') endCell(t);
        else if (tag === 'tr') endRow(t);
        else if (tag === 'caption' && t.caption !== null) {
          const table = tables[t.table]!;
          table.name ??= collapse(t.caption) || null;
          t.caption = null;
        } else if (tag === 'table') {
          endRow(t);
          open.pop();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  // A page cut off inside a table still gives the rows read.
  while (open.length > 0) endRow(open.pop()!);
  endBlock();
  return { tables, rows, after: blocks };
}
