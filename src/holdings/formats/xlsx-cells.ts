/**
 * The cells of an xlsx sheet the xlsx reader (read-excel-file) would refuse, or would read as empty
 * without a word, found before it reads them. It refuses the whole workbook at the first damaged
 * cell (a shared string that does not exist, a boolean that is neither 0 nor 1, a style that does
 * not exist), and reads a formula without a saved value, or one whose saved value is an error
 * (#REF!), as an empty cell. Here each such cell is named and emptied in the sheet's XML, so the
 * reader reads the rest; the table reader then skips the cell's row, saying why, or warns of it
 * (xlsx.ts). A workbook the reader still cannot read is refused whole, as before. Pure, on the
 * XML as latin1 text (the bytes round-trip).
 */

/** A cell the reader would refuse or read as empty. */
export interface CellProblem {
  /** 1-based row and column. */
  row: number;
  column: number;
  /** Its reference, "C7". */
  cell: string;
  /** What is wrong with it, in a few words. */
  what: string;
  /** Its text, when it was set aside with one (a stray cell far from the table: strayCells). */
  text?: string;
}

/** What a sheet's cells are checked against: the workbook's shared strings and cell styles. */
export interface WorkbookCounts {
  sharedStrings: number;
  /** Cell styles (cellXfs) a cell's `s` may name. */
  styles: number;
}

/**
 * A cell: its start tag's attributes, and its content (undefined: a self-closing cell). The content
 * stops at the next cell or row tag: a cell never closed is no cell, found in one step (a lazy
 * search for its end tag went on to the sheet's end from every cell: quadratic, 80 KB in 39 s).
 */
const CELL = /<((?:\w+:)?)c(?=[\s/>])([^>]*?)(?:\/>|>((?:[^<]|<(?!\/?(?:\w+:)?(?:c|row)[\s/>]))*)<\/\1c>)/g;
const ATTRIBUTE = (name: string): RegExp => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
const R = ATTRIBUTE('r');
const T = ATTRIBUTE('t');
const S = ATTRIBUTE('s');
const REFERENCE = /^([A-Z]{1,3})(\d+)$/;
/** A child element of a cell, any namespace prefix. */
const child = (name: string): RegExp => new RegExp(`<(?:\\w+:)?${name}(?=[\\s/>])(?:[^>]*?/>|[^>]*>([\\s\\S]*?)</(?:\\w+:)?${name}>)`);
const F = child('f');
const V = child('v');
const IS = child('is');
const KNOWN_TYPES = new Set(['n', 's', 'str', 'inlineStr', 'b', 'e', 'd']);

function attribute(attrs: string, re: RegExp): string | undefined {
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** Whether `text` names an item of a table of `count`, as the xlsx reader looks it up (Number(text) as an index). */
function isIndex(text: string, count: number): boolean {
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 && n < count;
}

/** What is wrong with one cell, or null. `v`: its <v> text (undefined: no <v>). */
function cellProblem(t: string, s: string | undefined, hasFormula: boolean, v: string | undefined, hasInline: boolean, counts: WorkbookCounts): string | null {
  if (!KNOWN_TYPES.has(t)) return `damaged: a cell type the format does not know ("${t}")`;
  if (hasFormula && v === undefined && !(t === 'inlineStr' && hasInline)) {
    return 'a formula with no saved value (the file was written without calculating it: open and save it in a spreadsheet program, or screen its CSV export)';
  }
  if (t === 'e') return `a formula whose saved value is an error (${(v ?? '').trim() || 'no value'})`;
  if (v === undefined || v === '') return null; // no value: an empty cell, as the format allows
  switch (t) {
    case 's':
      return isIndex(v, counts.sharedStrings) ? null : `damaged: a shared string that does not exist (index ${JSON.stringify(v.trim().slice(0, 20))}; the workbook has ${counts.sharedStrings})`;
    case 'b':
      return v === '0' || v === '1' ? null : `damaged: a boolean that is neither 0 nor 1 (${JSON.stringify(v.slice(0, 20))})`;
    case 'd':
      return Number.isNaN(new Date(v).valueOf()) ? `damaged: a date that is none (${JSON.stringify(v.slice(0, 20))})` : null;
    case 'n': {
      if (s !== undefined && s !== '' && !isIndex(s, counts.styles)) return `damaged: a style that does not exist (${JSON.stringify(s.slice(0, 20))}; the workbook has ${counts.styles})`;
      return Number.isNaN(Number(v)) ? `damaged: a number that is none (${JSON.stringify(v.slice(0, 20))})` : null;
    }
    default:
      return null;
  }
}

/**
 * The sheet's cells the reader would refuse or read as empty, and the sheet's XML with each of them
 * emptied (null when there is none). Every cell must carry its reference (fillCellReferences).
 */
export function auditCells(xml: string, counts: WorkbookCounts): { xml: string | null; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  // The emptied cells' spans, to rebuild the XML only when there is one (a sheet's XML is megabytes).
  const spans: { start: number; end: number; empty: string }[] = [];
  CELL.lastIndex = 0;
  for (let m = CELL.exec(xml); m !== null; m = CELL.exec(xml)) {
    const [whole, prefix, attrs, content] = m as unknown as [string, string, string, string | undefined];
    // A cell with no content and no type is empty as written (most cells of a styled sheet).
    if (content === undefined && !attrs.includes('t')) continue;
    const ref = attribute(attrs, R);
    const at = ref === undefined ? null : REFERENCE.exec(ref);
    if (at === null) continue; // (no reference: fillCellReferences gives every cell one)
    const inner = content ?? '';
    const v = inner === '' ? null : V.exec(inner);
    const what = cellProblem(attribute(attrs, T) ?? 'n', attribute(attrs, S), inner !== '' && F.test(inner), v ? (v[1] ?? '') : undefined, inner !== '' && IS.test(inner), counts);
    if (what === null) continue;
    problems.push({ row: Number(at[2]), column: columnNumber(at[1]!), cell: ref!, what });
    spans.push({ start: m.index, end: m.index + whole.length, empty: `<${prefix}c r="${ref}"/>` });
  }
  if (spans.length === 0) return { xml: null, problems };
  const parts: string[] = [];
  let from = 0;
  for (const span of spans) {
    parts.push(xml.slice(from, span.start), span.empty);
    from = span.end;
  }
  parts.push(xml.slice(from));
  return { xml: parts.join(''), problems };
}

/** A column number from 1 as its letters (1 A, 26 Z, 27 AA, 16384 XFD). */
export function columnLetters(n: number): string {
  let letters = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Cells set aside at most in a sheet (strayCells): past these the sheet is a grid too large, not a table and a few strays. */
export const MAX_STRAY_CELLS = 100;

/**
 * A sheet's extent for the xlsx reader, which builds a grid from A1 to its last row and last
 * column holding a value (empty cells, a whole sheet formatted, cost nothing): `rows` x `columns`.
 * When that is more than `budget`, the few cells far from the rest that make it so (one stray cell
 * at XFD1048576 made a table of 30 rows a grid of 17 billion cells) are set aside: emptied in the
 * XML, and named in `problems` with their text (`text(cell)`), so the table is read and the stray
 * cells said (xlsx.ts: a skipped row with its text, searched for listed companies, or a warning).
 * At most MAX_STRAY_CELLS; when more would be needed nothing is set aside and `rows` x `columns`
 * stays over budget (the caller refuses the sheet). Every cell must carry its reference.
 */
export function strayCells(
  xml: string, budget: number, text: (t: string, content: string) => string,
): { xml: string | null; problems: CellProblem[]; rows: number; columns: number } {
  // The common case first: the extent, nothing kept.
  let rows = 0;
  let columns = 0;
  const valued = (content: string | undefined): boolean => {
    if (content === undefined || content === '') return false;
    if (IS.test(content)) return true;
    const v = V.exec(content);
    return v !== null && (v[1] ?? '') !== '';
  };
  CELL.lastIndex = 0;
  for (let m = CELL.exec(xml); m !== null; m = CELL.exec(xml)) {
    if (!valued(m[3])) continue;
    const at = REFERENCE.exec(attribute(m[2]!, R) ?? '');
    if (at === null) continue;
    columns = Math.max(columns, columnNumber(at[1]!));
    rows = Math.max(rows, Number(at[2]));
  }
  if (rows * columns <= budget) return { xml: null, problems: [], rows, columns };
  // Over budget: each cell with a value, then, while the grid is too large, the cells of the last
  // column or of the last row set aside, whichever are fewer.
  const cells: { row: number; column: number; ref: string; start: number; end: number; prefix: string; attrs: string; content: string }[] = [];
  CELL.lastIndex = 0;
  for (let m = CELL.exec(xml); m !== null; m = CELL.exec(xml)) {
    const [whole, prefix, attrs, content] = m as unknown as [string, string, string, string | undefined];
    if (!valued(content)) continue;
    const ref = attribute(attrs, R) ?? '';
    const at = REFERENCE.exec(ref);
    if (at === null) continue;
    cells.push({ row: Number(at[2]), column: columnNumber(at[1]!), ref, start: m.index, end: m.index + whole.length, prefix, attrs, content: content! });
  }
  const byColumn = cells.map((_, i) => i).sort((a, b) => cells[b]!.column - cells[a]!.column);
  const byRow = cells.map((_, i) => i).sort((a, b) => cells[b]!.row - cells[a]!.row);
  const aside = new Uint8Array(cells.length);
  let setAside = 0;
  let c = 0;
  let r = 0;
  /** The cells still in, from `from` in `order`, that share its first one's `key`. */
  const group = (order: number[], from: number, key: 'row' | 'column'): number[] => {
    const out: number[] = [];
    const value = cells[order[from]!]![key];
    for (let k = from; k < order.length && cells[order[k]!]![key] === value && out.length <= MAX_STRAY_CELLS; k++) if (!aside[order[k]!]) out.push(order[k]!);
    return out;
  };
  for (;;) {
    while (c < byColumn.length && aside[byColumn[c]!]) c++;
    while (r < byRow.length && aside[byRow[r]!]) r++;
    if (c >= byColumn.length) break;
    const lastColumn = cells[byColumn[c]!]!.column;
    const lastRow = cells[byRow[r]!]!.row;
    if (lastColumn * lastRow <= budget) {
      const problems = cells.filter((_, i) => aside[i]).map((cell): CellProblem => ({
        row: cell.row, column: cell.column, cell: cell.ref, text: text(attribute(cell.attrs, T) ?? 'n', cell.content),
        what: `alone far from the rest of the sheet (which ends at ${columnLetters(lastColumn)}${lastRow}): set aside, not read as part of the table (with it the sheet spanned ${rows.toLocaleString('en-US')} rows by ${columns.toLocaleString('en-US')} columns)`,
      }));
      const parts: string[] = [];
      let from = 0;
      for (const cell of cells.filter((_, i) => aside[i])) {
        parts.push(xml.slice(from, cell.start), `<${cell.prefix}c r="${cell.ref}"/>`);
        from = cell.end;
      }
      parts.push(xml.slice(from));
      return { xml: parts.join(''), problems, rows: lastRow, columns: lastColumn };
    }
    const inColumn = group(byColumn, c, 'column');
    const inRow = group(byRow, r, 'row');
    const fewer = inColumn.length <= inRow.length ? inColumn : inRow;
    setAside += fewer.length;
    if (setAside > MAX_STRAY_CELLS) break;
    for (const i of fewer) aside[i] = 1;
  }
  return { xml: null, problems: [], rows, columns };
}

/** A function giving a cell's text from its type and content: a shared string by its index (in `sharedStringsXml`), an inline string, a value as written. */
export function cellTextReader(sharedStringsXml: string | null): (t: string, content: string) => string {
  let items: string[] | null = null;
  const strip = (x: string): string => unescapeXml([...x.matchAll(/<(?:\w+:)?t(?=[\s>])[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => m[1]).join(''));
  // (A sheet's XML is read as latin1 text, its bytes kept: its own text is UTF-8 again here.)
  const utf8 = (x: string): string => Buffer.from(x, 'latin1').toString('utf8');
  return (t, content) => {
    if (t === 'inlineStr') return utf8(strip(IS.exec(content)?.[1] ?? ''));
    const v = (V.exec(content)?.[1] ?? '').trim();
    if (t !== 's') return utf8(unescapeXml(v));
    items ??= sharedStringsXml === null ? [] : [...sharedStringsXml.matchAll(/<(?:\w+:)?si(?=[\s/>])(?:[^>]*\/>|[^>]*>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => m[1] ?? '');
    const item = items[Number(v)];
    return item === undefined ? '' : strip(item);
  };
}

/** How many shared strings a sharedStrings part holds (its <si> items, self-closed ones too). */
export function countSharedStrings(xml: string): number {
  return xml.match(/<(?:\w+:)?si(?=[\s/>])/g)?.length ?? 0;
}

/** How many cell styles (<xf> in <cellXfs>) a styles part holds. */
export function countCellStyles(xml: string): number {
  const m = /<(?:\w+:)?cellXfs(?=[\s/>])[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  return m ? (m[1]!.match(/<(?:\w+:)?xf(?=[\s/>])/g)?.length ?? 0) : 0;
}

/** Built-in number formats that show a number as a percentage: 9 "0%", 10 "0.00%". */
const BUILTIN_PERCENT_FORMATS: ReadonlySet<number> = new Set([9, 10]);
const NUM_FMT_ID = ATTRIBUTE('numFmtId');
const FORMAT_CODE = ATTRIBUTE('formatCode');

/**
 * Whether a number format code shows its number as a percentage (times 100, with a %): a % not in
 * quotes ("0.00\"%\""), not escaped (\%), not the character a _ leaves room for or a * repeats, not
 * in brackets ([Red]).
 */
export function isPercentFormat(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) return false;
      i = end;
    } else if (ch === '[') {
      const end = code.indexOf(']', i + 1);
      if (end < 0) return false;
      i = end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if (ch === '%') {
      return true;
    }
  }
  return false;
}

/**
 * The cell styles (indexes into <cellXfs>, a cell's `s`) whose number format shows a percentage:
 * built-in 9 and 10, or a custom format (<numFmts>) whose code has a %. From a styles part's XML.
 */
export function percentStyles(stylesXml: string): Set<number> {
  const codes = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<(?:\w+:)?numFmt(?=[\s/>])([^>]*)>/g)) {
    const id = attribute(m[1]!, NUM_FMT_ID);
    const code = attribute(m[1]!, FORMAT_CODE);
    if (id !== undefined && code !== undefined) codes.set(Number(id), unescapeXml(code));
  }
  const out = new Set<number>();
  const xfs = /<(?:\w+:)?cellXfs(?=[\s/>])[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml);
  if (!xfs) return out;
  let index = 0;
  for (const m of xfs[1]!.matchAll(/<(?:\w+:)?xf(?=[\s/>])([^>]*)>/g)) {
    const id = Number(attribute(m[1]!, NUM_FMT_ID) ?? '0');
    const code = codes.get(id);
    if (code !== undefined ? isPercentFormat(code) : BUILTIN_PERCENT_FORMATS.has(id)) out.add(index);
    index++;
  }
  return out;
}

/**
 * A number as written in a cell's <v> ("0.005", "5E-3", "-1.25") times 100 and a %, as a
 * percentage format shows it ("0.5%"), by moving the decimal point: exact, no float arithmetic.
 * Null when it is no plain number.
 */
export function percentText(v: string): string | null {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/.exec(v.trim());
  if (m === null || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const digits = m[2]! + (m[3] ?? '');
  const point = m[2]!.length + Number(m[4] ?? 0) + 2;
  if (point < -400 || point > digits.length + 400) return null;
  let whole: string;
  let fraction: string;
  if (point <= 0) [whole, fraction] = ['0', '0'.repeat(-point) + digits];
  else if (point >= digits.length) [whole, fraction] = [digits + '0'.repeat(point - digits.length), ''];
  else [whole, fraction] = [digits.slice(0, point), digits.slice(point)];
  whole = whole.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  return `${m[1] === '-' ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}%`;
}

/**
 * The sheet's XML with every number cell whose style shows a percentage (`styles`, percentStyles)
 * written as the text it shows: 0.005 formatted "0.00%" is "0.5%", as the sheet shows it and as an
 * .ods keeps it (the xlsx reader gives the stored fraction, read as 0.005 %: a weight 100 times
 * too small). Null when there is none. Every cell must carry its reference (fillCellReferences).
 */
export function percentCells(xml: string, styles: ReadonlySet<number>): string | null {
  if (styles.size === 0) return null;
  let changed = false;
  const out = xml.replace(CELL, (whole: string, prefix: string, attrs: string, content: string | undefined) => {
    if (content === undefined || (attribute(attrs, T) ?? 'n') !== 'n') return whole;
    const s = attribute(attrs, S);
    if (s === undefined || !styles.has(Number(s))) return whole;
    const v = V.exec(content);
    const shown = v === null ? null : percentText(v[1] ?? '');
    if (shown === null) return whole;
    changed = true;
    const rest = attrs.replace(/\st\s*=\s*(?:"[^"]*"|'[^']*')/, '');
    return `<${prefix}c${rest} t="inlineStr"><${prefix}is><${prefix}t>${shown}</${prefix}t></${prefix}is></${prefix}c>`;
  });
  return changed ? out : null;
}

/** A workbook's parts as its relationships name them (xl/_rels/workbook.xml.rels). */
export interface WorkbookParts {
  /** Each worksheet part's sheet name ("xl/worksheets/sheet1.xml" -> "Holdings"). */
  sheetNames: Map<string, string>;
  sharedStrings?: string;
  styles?: string;
}

/** The parts the workbook part (its XML as UTF-8 text) and its relationships name, as the xlsx reader finds them. */
export function workbookParts(workbookXml: string, relsXml: string): WorkbookParts {
  const targets = new Map<string, string>();
  const parts: WorkbookParts = { sheetNames: new Map() };
  for (const rel of relsXml.matchAll(/<(?:\w+:)?Relationship(?=[\s/>])([^>]*)>/g)) {
    const id = attribute(rel[1]!, ID);
    const target = attribute(rel[1]!, TARGET);
    const type = attribute(rel[1]!, TYPE) ?? '';
    if (id === undefined || target === undefined) continue;
    const part = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    targets.set(id, part);
    if (type.endsWith('/sharedStrings')) parts.sharedStrings = part;
    else if (type.endsWith('/styles')) parts.styles = part;
  }
  for (const sheet of workbookXml.matchAll(/<(?:\w+:)?sheet(?=[\s/>])([^>]*)>/g)) {
    const name = attribute(sheet[1]!, NAME);
    const id = attribute(sheet[1]!, RID);
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) parts.sheetNames.set(part, unescapeXml(name));
  }
  return parts;
}

const ID = ATTRIBUTE('Id');
const TARGET = ATTRIBUTE('Target');
const TYPE = ATTRIBUTE('Type');
const NAME = ATTRIBUTE('name');
const RID = ATTRIBUTE('(?:\\w+:)?id');

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (all, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    if (e === 'amp') return '&';
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}
