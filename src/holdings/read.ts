/**
 * The holdings entry point: expands folders into inputs, opens each (file, "-", .gz, directory,
 * .zip) and dispatches on CONTENT, never on the file name: gzip -> decompress and look again, then
 * the first format of the registry (formats/index.ts: FORMATS, tried container by container) that
 * recognises the input reads it; else a delimited-text layout. `opts.inputFormat` forces a format.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { InputError, NotHoldingsError, UsageError } from '../errors.js';
import { DETECTION_ORDER, FORMATS, formatById, INPUT_FORMATS, SEC_DATASETS, TEXT_LAYOUTS, type HoldingsFormat, type Probe } from './formats/index.js';
import { sniffXml } from './formats/sec-sniff.js';
import { fileIdentity, gunzipIfNeeded, openBytes, sha256File, startsWith, statFile, ZIP_MAGIC, type ByteSource } from './open.js';
import type { HoldingsReader, ReadOptions } from './position.js';
import { resolveIn } from '../working-folder.js';

export { INPUT_FORMATS, TEXT_LAYOUTS } from './formats/index.js';
export { sniffSecTsv, sniffXml } from './formats/sec-sniff.js';

const HOLDINGS_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.xlsx', '.xls', '.ods', '.xml', '.htm', '.html', '.gz', '.zip']);

/** A folder or zip as a probe (no bytes read: data sets are recognised by their members). */
const folderProbe = (path: string, cwd: string | undefined): Probe =>
  ({ path, cwd, folder: true, bytes: null, head: Buffer.alloc(0), gzipped: false, zip: false });

/** The SEC data set a directory or .zip holds, if any. */
async function datasetIn(path: string, cwd: string | undefined): Promise<HoldingsFormat | null> {
  for (const f of SEC_DATASETS) if (await f.sniff!(folderProbe(path, cwd))) return f;
  return null;
}

/** A folder that holds data-set members but not the holdings table: say which table is missing. */
function incompleteDataset(names: readonly string[]): string | null {
  const has = (n: string) => names.some((x) => x.toUpperCase() === n.toUpperCase());
  for (const { dataset } of SEC_DATASETS) {
    if (dataset!.members.some(has)) return `${dataset!.name} data set without ${dataset!.table} (found ${names.filter((n) => /\.tsv$/i.test(n)).sort().join(', ')})`;
  }
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
  /** Device and inode (fileIdentity): the same file reached through a link or another path has the same; absent for "-". */
  identity?: string;
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
    const notFiles: string[] = [];
    const subfolders: string[] = [];
    for (const e of entries) {
      // Hidden files and Excel's "~$name.xlsx" lock files are never holdings.
      if (/^(?:\.|~\$)/.test(e.name)) continue;
      const full = join(dir, e.name);
      const rel = relative(root, full).split(sep).join('/');
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      let identity: string | undefined;
      if (e.isSymbolicLink() || isFile || isDir) {
        try {
          const st = await stat(resolveIn(opts.cwd, full));
          isDir = st.isDirectory();
          isFile = st.isFile();
          identity = fileIdentity(st);
        } catch {
          if (!e.isSymbolicLink()) continue; // gone since the folder was listed (a file being replaced)
          out.warnings.push(`${full}: skipped, a broken symbolic link`);
          continue;
        }
      }
      if (exclude?.(rel)) continue;
      if (isDir) {
        if (await datasetIn(full, opts.cwd)) {
          if (opts.recursive) out.files.push({ path: full, inFolder: true, ...(identity !== undefined ? { identity } : {}) });
          else subfolders.push(e.name);
        } else if (opts.recursive) await walk(full, false);
        else subfolders.push(e.name);
        continue;
      }
      if (!isFile) {
        // A named pipe, socket or device in the folder: never read (a pipe would wait), but said.
        if (include ? include(rel) : HOLDINGS_EXTENSIONS.has(extname(e.name).toLowerCase())) notFiles.push(e.name);
        continue;
      }
      if (include ? include(rel) : HOLDINGS_EXTENSIONS.has(extname(e.name).toLowerCase())) {
        out.files.push({ path: full, inFolder: true, ...(identity !== undefined ? { identity } : {}) });
      } else if (!include) notHoldings.push(e.name);
    }
    if (notHoldings.length > 0) {
      out.warnings.push(`${dir}: skipped ${notHoldings.length} file${notHoldings.length === 1 ? '' : 's'} that ${notHoldings.length === 1 ? 'is' : 'are'} not holdings by their extension (${listed(notHoldings)}; holdings are ${[...HOLDINGS_EXTENSIONS].join(' ')}, or --include)`);
    }
    if (notFiles.length > 0) {
      out.warnings.push(`${dir}: skipped ${notFiles.length} entr${notFiles.length === 1 ? 'y' : 'ies'} named as holdings that ${notFiles.length === 1 ? 'is' : 'are'} no regular file (a named pipe, socket or device: ${listed(notFiles)}); not read`);
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
    if (!st.isDirectory || (await datasetIn(p, opts.cwd))) out.files.push({ path: p, inFolder: false, identity: st.identity });
    else await walkFolder(p, opts, out);
  }
  return out;
}

function checkFormat(format: string | undefined): HoldingsFormat | undefined {
  if (format === undefined) return undefined;
  const f = formatById(format);
  if (!f) throw new UsageError(`--input-format: unknown format "${format}" (known: ${INPUT_FORMATS.join(', ')})`);
  return f;
}

export async function openHoldings(path: string, opts: ReadOptions): Promise<HoldingsReader> {
  const forced = checkFormat(opts.inputFormat);
  if (path !== '-') {
    const st = await statFile(path, opts.cwd);
    if (st.isDirectory) {
      const set = forced?.container === 'SEC data set' ? forced : await datasetIn(path, opts.cwd);
      if (set) return set.read(folderProbe(path, opts.cwd), opts);
      const tables = SEC_DATASETS.map((f) => f.dataset!);
      throw new InputError(path, `is a directory without ${tables.map((d) => d.table).join(' or ')} (not an ${tables.map((d) => d.name).join(' or ')} data set)`);
    }
    if (st.size === 0 && st.isFile) throw new InputError(path, 'empty file');
  }
  const raw = await openBytes(path, opts.stdin, opts.onBytes, opts.cwd);
  try {
    const reader = await dispatch(path, raw, forced, opts);
    // The bytes are hashed as they stream past; a reader that opens the file itself (a zipped data
    // set) leaves them unread, and the file is hashed on its own.
    return { ...reader, sha256: async () => raw.sha256() ?? (path === '-' ? null : await sha256File(path, opts.cwd)) };
  } catch (err) {
    await raw.close();
    throw err;
  }
}

/**
 * Chooses the reader for an opened (non-directory) input from its first bytes: the forced format,
 * else the first format in FORMATS, container by container (DETECTION_ORDER), that recognises it.
 */
async function dispatch(path: string, raw: ByteSource, forced: HoldingsFormat | undefined, opts: ReadOptions): Promise<HoldingsReader> {
  let { bytes, gzipped } = await gunzipIfNeeded(raw);
  // A file gzipped twice (.csv.gz.gz, or a .gz compressed again by a mail or upload tool).
  for (let layer = 1; gzipped && layer < 4; layer++) {
    const inner = await gunzipIfNeeded(bytes);
    if (!inner.gzipped) break;
    bytes = inner.bytes;
  }
  const head = await bytes.peek(4096);
  if (head.length === 0) throw new InputError(path, gzipped ? 'empty file (after gunzip)' : 'empty file');
  const probe: Probe = { path, cwd: opts.cwd, folder: false, bytes, head, gzipped, zip: startsWith(head, ZIP_MAGIC) };

  if (forced) {
    if (probe.zip && forced.container !== 'xlsx' && forced.container !== 'SEC data set') {
      throw new InputError(path, `is a zip archive, not ${forced.id}`);
    }
    return forced.read(probe, opts);
  }
  for (const container of DETECTION_ORDER) {
    for (const f of FORMATS) {
      if (f.container === container && f.sniff && (await f.sniff(probe))) return f.read(probe, opts);
    }
  }
  if (sniffXml(head) === 'unknown') throw new NotHoldingsError(path, 'XML that is neither an N-PORT filing, a 13F information table nor an XML spreadsheet');
  // No sniff claimed it: a delimited-text layout, recognised from its header by the table reader.
  return FORMATS.find((f) => f.container === 'delimited text')!.read(probe, opts);
}
