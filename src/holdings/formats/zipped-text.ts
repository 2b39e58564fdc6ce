/**
 * A zip archive that holds no workbook but one delimited text file (a fund site's zipped CSV
 * download): that file's bytes, for the table reader. Pure over the archive's bytes (yauzl, in
 * memory: an xlsx-sized archive is read whole already).
 */
import { zipSync } from 'fflate';
import yauzl from 'yauzl';
import { InputError, NotHoldingsError } from '../../errors.js';
import { auditCells, cellTextReader, columnLetters, countCellStyles, countSharedStrings, percentCells, percentStyles, strayCells, workbookParts, type CellProblem, type WorkbookCounts } from './xlsx-cells.js';

export { columnLetters };

/** Text members a holdings table comes in. */
const TEXT_MEMBER = /\.(?:csv|tsv|txt)$/i;
/** A member larger than this is not read into memory. */
const MAX_MEMBER_BYTES = 1024 * 1024 * 1024;

export interface ZippedText {
  /** The member's name inside the archive. */
  name: string;
  data: Buffer;
}

/**
 * The one text file of a zip archive that holds no workbook, or null when the archive is a
 * workbook (or no archive yauzl reads: the workbook reader says what is wrong). An archive with
 * no workbook and no single text file is an InputError naming what it holds.
 */
export function textInZip(source: string, bytes: Buffer): Promise<ZippedText | null> {
  return inZip(source, bytes, null, async (zip, entries) => {
    const names = entries.map((e) => e.fileName);
    // A workbook: an xlsx, or an OpenDocument spreadsheet (its content.xml beside a mimetype).
    if (names.some((n) => n.startsWith('xl/') || n === '[Content_Types].xml' || n === 'content.xml')) return null;
    // (Not a folder, nor the resource forks macOS adds to archives it makes.)
    const texts = entries.filter((e) => !e.fileName.endsWith('/') && !e.fileName.startsWith('__MACOSX/') && TEXT_MEMBER.test(e.fileName));
    if (texts.length !== 1) {
      const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', ...' : '');
      throw new InputError(source, `a zip archive with no workbook and ${texts.length === 0 ? 'no' : texts.length} CSV, TSV or TXT files (${shown || 'empty'}): unzip it and screen the holdings file inside`);
    }
    const entry = texts[0];
    return { name: entry.fileName, data: await memberBytes(source, zip, entry, 'unzip it and screen it') };
  });
}

/**
 * `read` over the archive in `bytes` and its members, the archive closed after; `none` when it is
 * no archive yauzl opens (the caller's next reader says what is wrong).
 */
async function inZip<T>(source: string, bytes: Buffer, none: T, read: (zip: yauzl.ZipFile, entries: yauzl.Entry[]) => Promise<T>): Promise<T> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  } catch {
    return none;
  }
  try {
    return await read(zip, await entriesOf(source, zip));
  } finally {
    zip.close();
  }
}

/** The archive's members, in central-directory order (a damaged directory is an InputError). */
async function entriesOf(source: string, zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (e: yauzl.Entry) => {
        entries.push(e);
        zip.readEntry();
      });
      zip.on('end', resolve);
      zip.on('error', reject);
      zip.readEntry();
    });
  } catch (err) {
    throw new InputError(source, `a damaged zip archive: ${(err as Error).message}`);
  }
  return entries;
}

/** One member's bytes (refused past MAX_MEMBER_BYTES: a zip bomb, or a file to unzip first; damaged data is an InputError). */
async function memberBytes(source: string, zip: yauzl.ZipFile, entry: yauzl.Entry, tooLarge: string): Promise<Buffer> {
  if (entry.uncompressedSize > MAX_MEMBER_BYTES) throw new InputError(source, `${entry.fileName} inside the zip archive is larger than 1 GiB: ${tooLarge}`);
  try {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch (err) {
    throw new InputError(source, `a damaged zip archive: ${entry.fileName}: ${(err as Error).message}`);
  }
}

const OPENDOCUMENT = 'application/vnd.oasis.opendocument.';
const ODS_MIMETYPE = `${OPENDOCUMENT}spreadsheet`;

/**
 * The content.xml of an OpenDocument spreadsheet (.ods), or null when the zip is no OpenDocument
 * file. Another OpenDocument file (a text, a presentation) is no holdings, saying which it is.
 */
export function odsContent(source: string, bytes: Buffer): Promise<Buffer | null> {
  return inZip(source, bytes, null, async (zip, entries) => {
    const mimetype = entries.find((e) => e.fileName === 'mimetype');
    const content = entries.find((e) => e.fileName === 'content.xml');
    if (!mimetype || !content || mimetype.uncompressedSize > 200) return null;
    const kind = (await memberBytes(source, zip, mimetype, '')).toString('latin1').trim();
    if (!kind.startsWith(OPENDOCUMENT)) return null;
    if (kind !== ODS_MIMETYPE) throw new NotHoldingsError(source, `an OpenDocument ${kind.slice(OPENDOCUMENT.length)} file (${kind}), not a spreadsheet`);
    return memberBytes(source, zip, content, 'a spreadsheet this large is no holdings file fundscreen reads');
  });
}

/** Cells a workbook's sheets may span in all (last row x last column): the xlsx reader fills the grid. */
const MAX_GRID_CELLS = 50_000_000;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** Column letters (A, Z, AA, XFD) as a number from 1. */
function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** A row's or a cell's start tag in a sheet's XML (any namespace prefix; not <cols>, <col>, <rowBreaks>, <c:chart>). */
const ROW_OR_CELL = /<((?:\w+:)?)(row|c)(?=[\s/>])([^>]*?)(\/?)>/g;
/** A row's reference and a cell's, in either quotes, spaces around the '=' allowed. */
const ROW_NUMBER = /\sr\s*=\s*["'](\d+)["']/;
const CELL_REFERENCE = /\sr\s*=\s*["']([A-Z]{1,3})(\d+)["']/;
const FIRST_CELL_REFERENCE = /<(?:\w+:)?c(?=[\s/>])[^>]*?\sr\s*=\s*["']([A-Z]{1,3})(\d+)["']/;
const NEXT_ROW = /<(?:\w+:)?row(?=[\s/>])/g;

/**
 * A sheet's XML with every row and cell given its reference (`r`), which the format makes optional
 * and some writers leave out: a row without one takes its first cell's row, else follows the row
 * before; a cell without one follows the cell before. The xlsx reader needs them (without, it
 * failed with "Cannot read properties of undefined"). Null when every row and cell has one. Works
 * on the XML as latin1 text, so the bytes round-trip.
 */
export function fillCellReferences(xml: string): string | null {
  let row = 0;
  let column = 0;
  let filled = false;
  const out = xml.replace(ROW_OR_CELL, (tag, prefix: string, name: string, attrs: string, close: string, at: number) => {
    if (name === 'row') {
      const r = ROW_NUMBER.exec(attrs);
      column = 0;
      if (r) {
        row = Number(r[1]);
        return tag;
      }
      row = firstCellRow(xml, at + tag.length) ?? row + 1;
      filled = true;
      return `<${prefix}row r="${row}"${attrs}${close}>`;
    }
    const r = CELL_REFERENCE.exec(attrs);
    if (r) {
      column = columnNumber(r[1]);
      return tag;
    }
    column++;
    filled = true;
    return `<${prefix}c r="${columnLetters(column)}${row}"${attrs}${close}>`;
  });
  return filled ? out : null;
}

/** The row of the first cell with a reference after `from`, before the next row starts (undefined: none). */
function firstCellRow(xml: string, from: number): number | undefined {
  NEXT_ROW.lastIndex = from;
  const next = NEXT_ROW.exec(xml);
  const end = next === null ? xml.length : next.index;
  // (Within the row only: searched to the end of the sheet from every row, a sheet without any
  // reference would take time in the square of its size.)
  const cell = FIRST_CELL_REFERENCE.exec(xml.slice(from, end));
  return cell !== null ? Number(cell[2]) : undefined;
}

/** A workbook made ready for the xlsx reader: its bytes, and the cells emptied in them, by sheet name. */
export interface PreparedWorkbook {
  bytes: Buffer;
  /** Per sheet (by name), the cells the reader would have refused or read as empty (xlsx-cells.ts). */
  cellProblems: Map<string, CellProblem[]>;
}

/**
 * The workbook in `bytes` made ready for the xlsx reader, or refused:
 * - the reader builds the whole grid from A1 to the last row and column holding a value (one cell
 *   at XFD1048576 in a 52 KB file took 4 GB and aborted the process), read from the cells' own
 *   references (not the dimension a sheet claims: formatting a whole sheet claims all of it).
 *   Over MAX_GRID_CELLS in all, a few cells far from the rest that make it so are set aside (a
 *   stray cell costs nothing: named, its text kept; strayCells); a sheet still too large is refused;
 * - sheets whose rows or cells carry no reference get them (fillCellReferences);
 * - a cell the reader would refuse (one damaged cell refused the whole workbook) or read as empty
 *   without a word (a formula with no saved value) is emptied and named in `cellProblems`
 *   (auditCells), so the rest is read and the cell's row said;
 * - a number cell whose style shows a percentage is written as the text it shows ("0.5%" for
 *   0.005; percentCells): the reader knows no number formats;
 * and the archive is rebuilt around what changed (uncompressed: it is read once, in memory).
 * The bytes are returned unchanged otherwise, and when they are no zip yauzl opens (the reader
 * then says what is wrong).
 */
export function prepareWorkbook(source: string, bytes: Buffer): Promise<PreparedWorkbook> {
  const unchanged: PreparedWorkbook = { bytes, cellProblems: new Map() };
  return inZip(source, bytes, unchanged, async (zip, entries) => {
    let cells = 0;
    const sheets: Record<string, Uint8Array> = {};
    let rebuilt = false;
    const byName = new Map(entries.map((e) => [e.fileName, e]));
    const part = async (name: string | undefined): Promise<string | null> => {
      const entry = name === undefined ? undefined : byName.get(name);
      return entry ? (await memberBytes(source, zip, entry, 'no workbook part is this large')).toString('utf8') : null;
    };
    const parts = workbookParts((await part('xl/workbook.xml')) ?? '', (await part('xl/_rels/workbook.xml.rels')) ?? '');
    // What a cell's shared string and style are checked against, found as the xlsx reader finds
    // them: the parts the relationships name, else the usual paths; a part missing has none.
    const sharedStrings = await part(parts.sharedStrings ?? 'xl/sharedStrings.xml');
    const styles = await part(parts.styles ?? 'xl/styles.xml');
    const counts: WorkbookCounts = {
      sharedStrings: sharedStrings === null ? 0 : countSharedStrings(sharedStrings),
      styles: styles === null ? 0 : countCellStyles(styles),
    };
    const percents = styles === null ? new Set<number>() : percentStyles(styles);
    const cellProblems = new Map<string, CellProblem[]>();
    const cellText = cellTextReader(sharedStrings);
    for (const entry of entries) {
      if (!WORKSHEET.test(entry.fileName)) continue;
      let xml = (await memberBytes(source, zip, entry, 'no holdings sheet is this large')).toString('latin1');
      const withReferences = fillCellReferences(xml);
      if (withReferences !== null) {
        xml = withReferences;
        rebuilt = true;
      }
      const sheetName = parts.sheetNames.get(entry.fileName) ?? entry.fileName.slice('xl/worksheets/'.length);
      const audit = auditCells(xml, counts);
      if (audit.xml !== null) {
        xml = audit.xml;
        rebuilt = true;
        cellProblems.set(sheetName, audit.problems);
      }
      const shown = percentCells(xml, percents);
      if (shown !== null) {
        xml = shown;
        rebuilt = true;
      }
      // The grid the reader builds, to the last row and column holding a value; a few cells far
      // from the rest that make it too large are set aside, named, their text kept (strayCells).
      const extent = strayCells(xml, MAX_GRID_CELLS - cells, cellText);
      const { rows, columns } = extent;
      if (extent.xml !== null) {
        xml = extent.xml;
        rebuilt = true;
        cellProblems.set(sheetName, [...(cellProblems.get(sheetName) ?? []), ...extent.problems]);
      }
      sheets[entry.fileName] = Buffer.from(xml, 'latin1');
      cells += rows * columns;
      if (cells > MAX_GRID_CELLS) {
        throw new InputError(source, `sheet ${entry.fileName.slice('xl/worksheets/'.length)} spans ${rows.toLocaleString('en-US')} rows by ${columns.toLocaleString('en-US')} columns from A1 to its last cell: more than a holdings sheet; copy the holdings to a sheet of their own, or save them as CSV`);
      }
    }
    if (!rebuilt) return unchanged;
    // The rebuilt archive keeps what the reader reads: the parts (XML) and their relationships.
    const members: Record<string, Uint8Array> = { ...sheets };
    for (const entry of entries) {
      if (!(entry.fileName in members) && /\.(?:xml|rels)$/.test(entry.fileName)) members[entry.fileName] = await memberBytes(source, zip, entry, 'no workbook part is this large');
    }
    return { bytes: Buffer.from(zipSync(members, { level: 0 })), cellProblems };
  });
}
