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
/** Rows one cell may span (HTML's own limit). */
const MAX_ROWSPAN = 65_534;
const BREAKS = new Set(['br', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title']);
/** Elements whose text no reader sees: code, styles, what shows only without scripts. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template']);

const spanOf = (attr: string | undefined, max: number): number => {
  const n = Number(attr);
  return Number.isInteger(n) && n > 1 ? Math.min(n, max) : 1;
};

const collapse = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Elements open at once beyond which a page is refused: the parser's work grows with the square of the nesting (10,000 nested tables: about a second), and no page a person saves nests this deep (sloppy markup that never closes its <font> or <p> nests a few per row). */
export const MAX_HTML_DEPTH = 10_000;

/**
 * Cells the page's tables may hold in all, those a colspan or rowspan fills included: 30 cells of
 * colspan 1,000 and rowspan 65,534 took 4 GB and aborted the process.
 */
export const MAX_HTML_CELLS = 20_000_000;

/** A page refused for its size (hostile, or not HTML): where it went past, and why. */
export class HtmlRefusedError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

/** The page's tables, their rows and the prose around them. Throws HtmlRefusedError for a page nested past MAX_HTML_DEPTH or past MAX_HTML_CELLS cells. */
export function readHtmlTables(html: string): HtmlPage {
  const tables: HtmlTable[] = [];
  const rows: HtmlRow[] = [];
  type Open = {
    table: number; row: HtmlRow | null; cell: string | null; colspan: number; rowspan: number; caption: string | null;
    /** Per column, a cell above that spans down into the next rows: its text and the rows it still covers. */
    carried: ({ text: string; rows: number } | undefined)[];
  };
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
  let hidden = 0;
  let depth = 0;
  let cells = 0;
  /** Counts cells added to a row (span-filled ones too), refusing the page past MAX_HTML_CELLS. */
  const added = (n: number, row: HtmlRow): void => {
    cells += n;
    if (cells > MAX_HTML_CELLS) throw new HtmlRefusedError(row.line, `more than ${MAX_HTML_CELLS.toLocaleString('en-US')} table cells, those a colspan or rowspan fills included: no page a person saves holds this many`);
  };
  /** The cells of the rows above that span into this row at its next column (rowspan): their text again. */
  const fillCarried = (t: Open, row: HtmlRow): void => {
    for (let c = t.carried[row.cells.length]; c !== undefined && c.rows > 0; c = t.carried[row.cells.length]) {
      row.cells.push(c.text);
      added(1, row);
      c.rows--;
    }
  };
  const endCell = (t: Open): void => {
    if (t.row === null || t.cell === null) return;
    const text = collapse(t.cell);
    const at = t.row.cells.length;
    added(t.colspan, t.row);
    t.row.cells.push(text);
    for (let k = 1; k < t.colspan; k++) t.row.cells.push('');
    for (let k = 0; k < t.colspan; k++) t.carried[at + k] = t.rowspan > 1 ? { text: k === 0 ? text : '', rows: t.rowspan - 1 } : undefined;
    t.cell = null;
  };
  const endRow = (t: Open): void => {
    endCell(t);
    const row = t.row;
    t.row = null;
    if (row === null) return;
    // Cells spanning down into the row's last columns.
    for (let col = row.cells.length; col < t.carried.length; col++) {
      const c = t.carried[col];
      if (c === undefined || c.rows === 0) continue;
      if (row.cells.length < col) added(col - row.cells.length, row);
      while (row.cells.length < col) row.cells.push('');
      fillCarried(t, row);
    }
    rows.push(row);
  };
  const startRow = (t: Open, offset: number): HtmlRow => (t.row = { line: lineAt(offset), table: t.table, cells: [], header: false });
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (++depth > MAX_HTML_DEPTH) throw new HtmlRefusedError(lineAt(parser.startIndex), `HTML nested deeper than ${MAX_HTML_DEPTH} elements: no page a person saves is`);
        if (HIDDEN.has(tag)) hidden++;
        const t = open.at(-1);
        if (tag === 'table') {
          if (open.length === 0) endBlock();
          tables.push({ name: attrs.id?.trim() || null, depth: open.length, before: open.length === 0 ? blocks : [] });
          if (open.length === 0) blocks = [];
          open.push({ table: tables.length - 1, row: null, cell: null, colspan: 1, rowspan: 1, caption: null, carried: [] });
        } else if (t === undefined) {
          if (BREAKS.has(tag)) endBlock();
        } else if (tag === 'tr') {
          endRow(t);
          startRow(t, parser.startIndex);
        } else if (tag === 'td' || tag === 'th') {
          // A cell outside any <tr> (HTML allows leaving the row out) starts one.
          const row = t.row ?? startRow(t, parser.startIndex);
          endCell(t);
          fillCarried(t, row);
          t.cell = '';
          t.colspan = spanOf(attrs.colspan, MAX_COLSPAN);
          t.rowspan = spanOf(attrs.rowspan, MAX_ROWSPAN);
          if (tag === 'th') row.header = true;
        } else if (tag === 'caption') {
          t.caption = '';
        } else if (BREAKS.has(tag)) {
          if (t.cell !== null) t.cell += ' ';
          else if (t.caption !== null) t.caption += ' ';
        }
      },
      ontext(text) {
        if (hidden > 0) return;
        const t = open.at(-1);
        if (t === undefined) block += text;
        else if (t.cell !== null) t.cell += text;
        else if (t.caption !== null) t.caption += text;
      },
      onclosetag(tag) {
        depth--;
        if (HIDDEN.has(tag) && hidden > 0) hidden--;
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
