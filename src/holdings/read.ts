/**
 * The holdings entry point: opens any input (file, "-", .gz, directory, .zip) and dispatches on
 * CONTENT, never on the file name: gzip -> decompress and look again; zip -> N-PORT/13F data set
 * or xlsx; `<` -> N-PORT or 13F XML; SEC data-set TSV headers; else a delimited-text layout.
 * `opts.inputFormat` forces a format.
 */
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { InputError, UsageError } from '../errors.js';
import { splitLine } from './delimited.js';
import { generic } from './formats/generic.js';
import { isharesCanada, isharesUcits, isharesUs } from './formats/ishares.js';
import { kraneshares } from './formats/kraneshares.js';
import { vanguard } from './formats/vanguard.js';
import type { TextLayout } from './layout.js';
import { gunzipIfNeeded, openBytes, startsWith, statFile, ZIP_MAGIC, type ByteSource } from './open.js';
import type { HoldingsReader, ReadOptions } from './position.js';
import { readDelimited } from './table.js';
import { resolveIn } from '../working-folder.js';

/** Detection order matters: the specific layouts first, generic last (it accepts anything). */
export const TEXT_LAYOUTS: readonly TextLayout[] = [isharesUs, isharesUcits, isharesCanada, vanguard, kraneshares, generic];

const SEC_FORMATS = ['spdr-xlsx', 'nport-xml', 'nport-dataset', '13f-xml', '13f-tsv'] as const;
export const INPUT_FORMATS: readonly string[] = [...TEXT_LAYOUTS.map((l) => l.id), ...SEC_FORMATS];

const HOLDINGS_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.xlsx', '.xml', '.gz', '.zip']);
const NPORT_MARKER = 'FUND_REPORTED_HOLDING.tsv';
const THIRTEENF_MARKER = 'INFOTABLE.tsv';
/** xlsx is the one format read whole; refuse absurd sizes rather than exhaust memory. */
const MAX_XLSX_BYTES = 256 * 1024 * 1024;

// The SEC and xlsx readers are imported on first use: CSV runs never load saxes, yauzl or
// read-excel-file.
const nportDataset = () => import('./formats/nport-dataset.js');
const thirteenFDataset = () => import('./formats/thirteenf-dataset.js');
const nportXml = () => import('./formats/nport-xml.js');
const thirteenFXml = () => import('./formats/thirteenf-xml.js');
const spdrXlsx = () => import('./formats/spdr-xlsx.js');

/** Whether a directory or .zip holds an N-PORT or a 13F data set. */
async function datasetKind(path: string, cwd: string | undefined): Promise<'nport' | '13f' | null> {
  if (await (await nportDataset()).isNportDatasetDir(resolveIn(cwd, path))) return 'nport';
  if (await (await thirteenFDataset()).isThirteenFDatasetDir(resolveIn(cwd, path))) return '13f';
  return null;
}

/** Members beside the main table that mark a folder as an SEC data set (SUBMISSION.tsv is in both). */
const NPORT_MEMBERS = ['FUND_REPORTED_INFO.tsv', 'IDENTIFIERS.tsv', 'REGISTRANT.tsv'];
const THIRTEENF_MEMBERS = ['COVERPAGE.tsv', 'SUMMARYPAGE.tsv', 'OTHERMANAGER.tsv', 'SIGNATURE.tsv'];

/** A folder that holds data-set members but not the holdings table: say which table is missing. */
function incompleteDataset(names: readonly string[]): string | null {
  const has = (n: string) => names.some((x) => x.toUpperCase() === n.toUpperCase());
  if (NPORT_MEMBERS.some(has)) return `N-PORT data set without ${NPORT_MARKER} (found ${names.filter((n) => /\.tsv$/i.test(n)).sort().join(', ')})`;
  if (THIRTEENF_MEMBERS.some(has)) return `13F data set without ${THIRTEENF_MARKER} (found ${names.filter((n) => /\.tsv$/i.test(n)).sort().join(', ')})`;
  return null;
}

/**
 * Directories that are not data sets expand to the holdings files inside them (sorted, not
 * recursive); data-set directories and files stay one input each. Relative paths are read from
 * `cwd` when given and returned as given (a folder's files joined to the folder as typed).
 */
export async function expandInputs(paths: string[], cwd?: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push(p);
      continue;
    }
    const st = await statFile(p, cwd);
    if (!st.isDirectory || (await datasetKind(p, cwd))) {
      out.push(p);
      continue;
    }
    const entries = await readdir(resolveIn(cwd, p), { withFileTypes: true });
    const missing = incompleteDataset(entries.filter((e) => e.isFile()).map((e) => e.name));
    if (missing) throw new InputError(p, missing);
    const files = entries
      // Hidden files and Excel's "~$name.xlsx" lock files are not holdings.
      .filter((e) => e.isFile() && !/^(?:\.|~\$)/.test(e.name) && HOLDINGS_EXTENSIONS.has(extname(e.name).toLowerCase()))
      .map((e) => join(p, e.name))
      .sort();
    if (files.length === 0) {
      throw new InputError(p, `folder without holdings files (looked for ${[...HOLDINGS_EXTENSIONS].join(' ')}) and not an N-PORT or 13F data set`);
    }
    out.push(...files);
  }
  return out;
}

function checkFormat(format: string | undefined): void {
  if (format !== undefined && !INPUT_FORMATS.includes(format)) {
    throw new UsageError(`--input-format: unknown format "${format}" (known: ${INPUT_FORMATS.join(', ')})`);
  }
}

export async function openHoldings(path: string, opts: ReadOptions): Promise<HoldingsReader> {
  checkFormat(opts.inputFormat);
  const forced = opts.inputFormat;
  if (path !== '-') {
    const st = await statFile(path, opts.cwd);
    if (st.isDirectory) {
      const kind = forced === 'nport-dataset' ? 'nport' : forced === '13f-tsv' ? '13f' : await datasetKind(path, opts.cwd);
      if (kind === 'nport') return (await nportDataset()).readNportDataset(path, opts);
      if (kind === '13f') return (await thirteenFDataset()).readThirteenFDataset(path, opts);
      throw new InputError(path, `is a directory without ${NPORT_MARKER} or ${THIRTEENF_MARKER} (not an N-PORT or 13F data set)`);
    }
    if (st.size === 0) throw new InputError(path, 'empty file');
  }
  const raw = await openBytes(path, opts.stdin, opts.onBytes, opts.cwd);
  try {
    return await dispatch(path, raw, opts);
  } catch (err) {
    await raw.close();
    throw err;
  }
}

/** Chooses the reader for an opened (non-directory) input from its first bytes. */
async function dispatch(path: string, raw: ByteSource, opts: ReadOptions): Promise<HoldingsReader> {
  const forced = opts.inputFormat;
  const { bytes, gzipped } = await gunzipIfNeeded(raw);
  const head = await bytes.peek(4096);
  if (head.length === 0) throw new InputError(path, gzipped ? 'empty file (after gunzip)' : 'empty file');

  if (startsWith(head, ZIP_MAGIC) && forced !== undefined && forced !== 'spdr-xlsx' && forced !== 'nport-dataset' && forced !== '13f-tsv') {
    throw new InputError(path, `is a zip archive, not ${forced}`);
  }
  if (startsWith(head, ZIP_MAGIC) || forced === 'spdr-xlsx') {
    if (!gzipped && path !== '-' && forced !== 'spdr-xlsx') {
      const kind = forced === 'nport-dataset' ? 'nport' : forced === '13f-tsv' ? '13f' : await datasetKind(path, opts.cwd);
      if (kind === 'nport') return (await nportDataset()).readNportDataset(path, opts);
      if (kind === '13f') return (await thirteenFDataset()).readThirteenFDataset(path, opts);
    }
    return (await spdrXlsx()).readSpdrXlsx(path, await bytes.readAll(MAX_XLSX_BYTES), opts);
  }

  const xmlKind = forced === 'nport-xml' ? 'nport' : forced === '13f-xml' ? '13f' : forced ? null : sniffXml(head);
  if (xmlKind === 'nport') {
    return (await nportXml()).readNportXml(path, Readable.from(bytes), opts);
  }
  if (xmlKind === '13f') {
    return (await thirteenFXml()).readThirteenFXml(path, Readable.from(bytes), opts);
  }
  if (xmlKind === 'unknown') throw new InputError(path, 'XML that is neither an N-PORT filing nor a 13F information table');

  const tsvKind = forced === 'nport-dataset' ? 'nport' : forced === '13f-tsv' ? '13f' : forced ? null : sniffSecTsv(head);
  if (tsvKind && (gzipped || path === '-')) {
    throw new InputError(path, `an SEC ${tsvKind === 'nport' ? 'N-PORT' : '13F'} data-set file must be given as a plain file, directory or .zip`);
  }
  if (tsvKind === 'nport') return (await nportDataset()).readNportDataset(path, opts);
  if (tsvKind === '13f') return (await thirteenFDataset()).readThirteenFDataset(path, opts);

  return readDelimited(path, bytes, opts, TEXT_LAYOUTS);
}

/** Text of the head without BOM, for XML/TSV sniffing (ASCII markers only, so latin1 is enough). */
function headText(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  return head.toString('latin1').replace(/^\xef\xbb\xbf/, '');
}

/** N-PORT (`edgarSubmission` / `invstOrSec`) or 13F (`informationTable` / `infoTable`), any prefix. */
export function sniffXml(head: Buffer): 'nport' | '13f' | 'unknown' | null {
  const text = headText(head).trimStart();
  if (!text.startsWith('<')) return null;
  const names = [...text.matchAll(/<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/g)].map((m) => m[2]);
  for (const n of names) {
    if (n === 'edgarSubmission' || n === 'invstOrSec' || n === 'invstOrSecs') return 'nport';
    if (n === 'informationTable' || n === 'infoTable') return '13f';
  }
  return 'unknown';
}

/** SEC data-set TSV by its header: ACCESSION_NUMBER + HOLDING_ID (N-PORT) or NAMEOFISSUER (13F). */
export function sniffSecTsv(head: Buffer): 'nport' | '13f' | null {
  const firstLine = headText(head).split(/\r?\n/, 1)[0];
  if (!firstLine.includes('\t')) return null;
  const cells = splitLine(firstLine, '\t').map((c) => c.trim().toUpperCase());
  if (cells.includes('ACCESSION_NUMBER') && cells.includes('HOLDING_ID')) return 'nport';
  if (cells.includes('NAMEOFISSUER')) return '13f';
  return null;
}
