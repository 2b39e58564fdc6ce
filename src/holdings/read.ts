/**
 * The holdings entry point: opens any input (file, "-", .gz, directory, .zip) and dispatches on
 * CONTENT, never on the file name: gzip -> decompress and look again; zip -> N-PORT/13F data set
 * or xlsx; `<` -> N-PORT or 13F XML; SEC data-set TSV headers; else a delimited-text layout.
 * `opts.inputFormat` forces a format.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { Readable } from 'node:stream';
import { InputError, NotHoldingsError, UsageError } from '../errors.js';
import { splitLine } from './delimited.js';
import { generic } from './formats/generic.js';
import { isharesCanada, isharesUcits, isharesUs } from './formats/ishares.js';
import { kraneshares } from './formats/kraneshares.js';
import { vanguard } from './formats/vanguard.js';
import type { TextLayout } from './layout.js';
import { gunzipIfNeeded, openBytes, sha256File, startsWith, statFile, ZIP_MAGIC, type ByteSource } from './open.js';
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

export interface WalkOptions {
  /** Search subfolders too (-r). */
  recursive?: boolean;
  /** Globs a found file must match (relative to the folder given); a match overrides the extension filter. */
  include?: readonly string[];
  /** Globs of files and folders to leave out (relative to the folder given). */
  exclude?: readonly string[];
  /** The run's working folder: relative paths are read from it and returned as given. */
  cwd?: string;
}

export interface InputFile {
  path: string;
  /** Found by walking a folder, not named by the user: a file that is no holdings is skipped with a warning. */
  inFolder: boolean;
}

export interface ExpandedInputs {
  files: InputFile[];
  warnings: string[];
}

/** Glob test on a '/'-separated relative path; a pattern without '/' also tests the base name (.gitignore style). */
function globTest(patterns: readonly string[] | undefined): ((rel: string) => boolean) | null {
  if (!patterns || patterns.length === 0) return null;
  const test = picomatch([...patterns], { basename: true, dot: true });
  return (rel) => test(rel);
}

function listed(names: string[], max = 5): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/**
 * Walks one folder the way code scanners do: holdings files by extension (or --include), hidden
 * files and Excel lock files left out, --exclude applied to files and folders, data-set folders
 * kept whole, subfolders only with `recursive`, each real folder visited once (symlink loops).
 * Files left out by extension are named in one warning per folder, so nothing goes unsaid.
 */
async function walkFolder(root: string, opts: WalkOptions, out: ExpandedInputs): Promise<void> {
  const include = globTest(opts.include);
  const exclude = globTest(opts.exclude);
  const visited = new Set<string>();
  const walk = async (dir: string, top: boolean): Promise<void> => {
    const real = await realpath(resolveIn(opts.cwd, dir));
    if (visited.has(real)) {
      out.warnings.push(`${dir}: folder already searched (a symbolic-link loop), not searched again`);
      return;
    }
    visited.add(real);
    const entries = (await readdir(resolveIn(opts.cwd, dir), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const missing = incompleteDataset(entries.filter((e) => e.isFile()).map((e) => e.name));
    if (missing) {
      if (top) throw new InputError(dir, missing);
      out.warnings.push(`${dir}: skipped, ${missing}`);
      return;
    }
    const notHoldings: string[] = [];
    const subfolders: string[] = [];
    for (const e of entries) {
      // Hidden files and Excel's "~$name.xlsx" lock files are never holdings.
      if (/^(?:\.|~\$)/.test(e.name)) continue;
      const full = join(dir, e.name);
      const rel = relative(root, full).split(sep).join('/');
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = await stat(resolveIn(opts.cwd, full));
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          out.warnings.push(`${full}: skipped, a broken symbolic link`);
          continue;
        }
      }
      if (exclude?.(rel)) continue;
      if (isDir) {
        if (await datasetKind(full, opts.cwd)) {
          if (opts.recursive) out.files.push({ path: full, inFolder: true });
          else subfolders.push(e.name);
        } else if (opts.recursive) await walk(full, false);
        else subfolders.push(e.name);
        continue;
      }
      if (!isFile) continue;
      if (include ? include(rel) : HOLDINGS_EXTENSIONS.has(extname(e.name).toLowerCase())) {
        out.files.push({ path: full, inFolder: true });
      } else if (!include) notHoldings.push(e.name);
    }
    if (notHoldings.length > 0) {
      out.warnings.push(`${dir}: skipped ${notHoldings.length} file${notHoldings.length === 1 ? '' : 's'} that ${notHoldings.length === 1 ? 'is' : 'are'} not holdings by their extension (${listed(notHoldings)}; holdings are ${[...HOLDINGS_EXTENSIONS].join(' ')}, or --include)`);
    }
    if (subfolders.length > 0) {
      out.warnings.push(`${dir}: ${subfolders.length} subfolder${subfolders.length === 1 ? '' : 's'} not searched (${listed(subfolders)}; -r searches them)`);
    }
  };
  const before = out.files.length;
  await walk(root, true);
  if (out.files.length === before) {
    throw new InputError(root, `folder without holdings files (looked for ${opts.include?.length ? opts.include.join(' ') : [...HOLDINGS_EXTENSIONS].join(' ')}${opts.recursive ? ' in every subfolder' : ''}) and not an N-PORT or 13F data set`);
  }
}

/**
 * The inputs the user's arguments name: a folder that is not a data set expands to the holdings
 * files inside it (sorted; see walkFolder); files, data sets and "-" stay one input each.
 */
export async function expandInputs(paths: string[], opts: WalkOptions = {}): Promise<ExpandedInputs> {
  const out: ExpandedInputs = { files: [], warnings: [] };
  for (const p of paths) {
    if (p === '-') {
      out.files.push({ path: p, inFolder: false });
      continue;
    }
    const st = await statFile(p, opts.cwd);
    if (!st.isDirectory || (await datasetKind(p, opts.cwd))) out.files.push({ path: p, inFolder: false });
    else await walkFolder(p, opts, out);
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
    if (st.size === 0 && st.isFile) throw new InputError(path, 'empty file');
  }
  const raw = await openBytes(path, opts.stdin, opts.onBytes, opts.cwd);
  try {
    const reader = await dispatch(path, raw, opts);
    // The bytes are hashed as they stream past; a reader that opens the file itself (a zipped data
    // set) leaves them unread, and the file is hashed on its own.
    return { ...reader, sha256: async () => raw.sha256() ?? (path === '-' ? null : await sha256File(path, opts.cwd)) };
  } catch (err) {
    await raw.close();
    throw err;
  }
}

/** Chooses the reader for an opened (non-directory) input from its first bytes. */
async function dispatch(path: string, raw: ByteSource, opts: ReadOptions): Promise<HoldingsReader> {
  const forced = opts.inputFormat;
  let { bytes, gzipped } = await gunzipIfNeeded(raw);
  // A file gzipped twice (.csv.gz.gz, or a .gz compressed again by a mail or upload tool).
  for (let layer = 1; gzipped && layer < 4; layer++) {
    const inner = await gunzipIfNeeded(bytes);
    if (!inner.gzipped) break;
    bytes = inner.bytes;
  }
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
  if (xmlKind === 'unknown') throw new NotHoldingsError(path, 'XML that is neither an N-PORT filing nor a 13F information table');

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
