/**
 * SEC flat-file data sets (N-PORT, 13F): a directory, a .zip of it, or one of its .tsv files (its
 * directory is then the data set). Members are found by file name, case-insensitively, at any
 * depth of the zip. Each member is opened once, as a stream (yauzl for zips), and read as TSV:
 * UTF-8 (SEC's stated encoding; other bytes decoded with a warning), one record per physical line.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import yauzl from 'yauzl';
import { InputError } from '../../../errors.js';
import { decodeText, detectEncoding } from '../../decode.js';
import { splitLine } from '../../delimited.js';
import { splitLines } from '../../lines.js';
import { parseDate } from '../../values.js';
import { resolveIn } from '../../../working-folder.js';
import { errnoWords } from '../../../errno.js';

export interface Member {
  /** How records name it: `dir/FUND_REPORTED_HOLDING.tsv` or `set.zip:FUND_REPORTED_HOLDING.tsv`. */
  source: string;
  /** The member's bytes (uncompressed size for a zip entry). */
  open(): Promise<{ stream: NodeJS.ReadableStream; size: number }>;
}

export interface Dataset {
  path: string;
  member(name: string): Member | null;
  close(): void;
}

const isZipName = (p: string) => /\.zip$/i.test(p);

async function openDir(dir: string, cwd: string | undefined): Promise<Dataset> {
  let names: string[];
  try {
    names = await readdir(resolveIn(cwd, dir));
  } catch (e) {
    throw new InputError(dir, `cannot read directory (${(e as Error).message})`);
  }
  const byName = new Map(names.map((n) => [n.toUpperCase(), n]));
  return {
    path: dir,
    member(name) {
      const real = byName.get(name.toUpperCase());
      if (!real) return null;
      const file = join(dir, real);
      return {
        source: file,
        open: async () => {
          const at = resolveIn(cwd, file);
          return { size: (await stat(at)).size, stream: createReadStream(at, { highWaterMark: 1 << 16 }) };
        },
      };
    },
    close() {},
  };
}

function openZip(path: string, cwd: string | undefined): Promise<Dataset> {
  return new Promise((resolve, reject) => {
    yauzl.open(resolveIn(cwd, path), { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err || !zip) return reject(new InputError(path, `broken zip archive (${err?.message ?? 'unreadable'})`));
      const entries = new Map<string, yauzl.Entry>();
      zip.on('entry', (entry: yauzl.Entry) => {
        const key = basename(entry.fileName).toUpperCase();
        if (!entry.fileName.endsWith('/') && !entries.has(key)) entries.set(key, entry);
        zip.readEntry();
      });
      zip.on('error', (e: Error) => reject(new InputError(path, `broken zip archive (${e.message})`)));
      zip.on('end', () =>
        resolve({
          path,
          member(name) {
            const entry = entries.get(name.toUpperCase());
            if (!entry) return null;
            return {
              source: `${path}:${entry.fileName}`,
              open: () =>
                new Promise((res, rej) =>
                  zip.openReadStream(entry, (e, stream) =>
                    e || !stream
                      ? rej(new InputError(`${path}:${entry.fileName}`, `broken zip entry (${e?.message ?? 'unreadable'})`))
                      : res({ stream, size: entry.uncompressedSize }),
                  ),
                ),
            };
          },
          close: () => zip.close(),
        }),
      );
      zip.readEntry();
    });
  });
}

/** Opens a data set given as a directory, a .zip, or one of its member files (relative to `cwd` when given). */
export async function openDataset(path: string, cwd?: string): Promise<Dataset> {
  let st;
  try {
    st = await stat(resolveIn(cwd, path));
  } catch (e) {
    throw new InputError(path, `cannot open (${errnoWords(e)})`);
  }
  if (st.isDirectory()) return openDir(path, cwd);
  if (isZipName(path) || (await startsWithZipMagic(resolveIn(cwd, path)))) return openZip(path, cwd);
  return openDir(dirname(path), cwd);
}

async function startsWithZipMagic(path: string): Promise<boolean> {
  const stream = createReadStream(path, { start: 0, end: 3 });
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
}

/** Whether `path` (directory or zip) contains a member called `marker`. Never throws. */
/**
 * Opens a data set and hands it to `read`; if `read` fails before it returns a reader, the data
 * set (and its zip handle) is closed here, so no caller has to remember to.
 */
export async function readDataset<T>(path: string, cwd: string | undefined, read: (ds: Dataset) => Promise<T>): Promise<T> {
  const ds = await openDataset(path, cwd);
  try {
    return await read(ds);
  } catch (e) {
    ds.close();
    throw e;
  }
}

export async function hasMember(path: string, marker: string): Promise<boolean> {
  try {
    const st = await stat(path);
    if (!st.isDirectory() && !isZipName(path) && !(await startsWithZipMagic(path))) return false;
    const ds = await openDataset(path);
    const found = ds.member(marker) !== null;
    ds.close();
    return found;
  } catch {
    return false;
  }
}

export interface TsvBatch {
  /** Line number of rows[0]. */
  first: number;
  /** Fields of each line; null for a line over the size cap (reported as skipped by the caller). */
  rows: (string[] | null)[];
  /** The start of each line over the size cap, by line number (searched for listed companies). */
  heads?: Map<number, string>;
}

/**
 * Streams a member as TSV batches (one per decoded chunk). Blank lines come through as [''].
 * Read errors (a damaged zip entry) become InputErrors naming the member.
 */
export async function* tsvBatches(
  member: Member,
  warnings: string[],
  onBytes?: (read: number, total: number) => void,
): AsyncGenerator<TsvBatch> {
  const { stream, size } = await member.open();
  const iter = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  let first: IteratorResult<Buffer>;
  try {
    first = await iter.next();
  } catch (e) {
    throw new InputError(member.source, `read failed (${(e as Error).message})`);
  }
  if (first.done) return;
  let bytes = 0;
  const chunks = (async function* () {
    let chunk: IteratorResult<Buffer> = first;
    while (!chunk.done) {
      bytes += chunk.value.length;
      onBytes?.(bytes, size);
      yield chunk.value;
      chunk = await iter.next();
    }
  })();
  const choice = detectEncoding(member.source, first.value.subarray(0, 4096));
  if (choice.warning) warnings.push(`${member.source}: ${choice.warning}`);
  let lastLine = 0;
  try {
    for await (const batch of splitLines(decodeText(chunks, choice, (w) => warnings.push(`${member.source}: ${w}`)))) {
      const oversize = new Set(batch.oversize);
      const rows = batch.lines.map((l, i) => (oversize.has(batch.first + i) ? null : splitLine(l, '\t')));
      lastLine = batch.first + rows.length - 1;
      if (batch.oversize.length === 0) yield { first: batch.first, rows };
      else yield { first: batch.first, rows, heads: new Map(batch.oversize.map((no, k) => [no, batch.oversizeHeads?.[k] ?? ''])) };
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(member.source, `read failed after line ${lastLine} (${(e as Error).message})`, lastLine + 1);
  }
}

/**
 * A copy of `s` that does not share memory with the chunk it was cut from. V8 keeps slices of a
 * string as views into the whole parent, so a Map key cut from a 64 KB chunk would keep that chunk
 * alive for the rest of the read: keys kept in long-lived maps go through here.
 */
export function detach(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}

/** Upper-cased, trimmed header cells -> column index. */
export function headerIndex(header: string[]): Map<string, number> {
  return new Map(header.map((h, i) => [h.trim().toUpperCase(), i]));
}

/**
 * Every data row of a member, with the positions of `columns` in its header (-1 for an absent one).
 * `onHeader` sees the positions first and returns false to read no further (a column the caller
 * cannot do without); the result is then false.
 */
export async function forEachRow(
  member: Member,
  columns: readonly string[],
  warnings: string[],
  onHeader: (cols: readonly number[]) => boolean,
  onRow: (row: string[], cols: readonly number[]) => void,
): Promise<boolean> {
  let cols: number[] | null = null;
  for await (const batch of tsvBatches(member, warnings)) {
    for (const row of batch.rows) {
      if (!row) continue;
      if (cols) {
        onRow(row, cols);
        continue;
      }
      const h = headerIndex(row);
      cols = columns.map((c) => h.get(c) ?? -1);
      if (!onHeader(cols)) return false;
    }
  }
  return true;
}

/**
 * Reads a small join table whole into a Map keyed by one column, keeping only `pick`ed columns.
 * `optional` columns are kept when the header has them, without a warning when it does not; an
 * absent one is absent from every record (`'COL' in rec` says whether the table has it).
 * Returns null when the member is absent.
 */
export async function readKeyed(
  ds: Dataset,
  name: string,
  key: string,
  pick: string[],
  warnings: string[],
  optional: string[] = [],
): Promise<Map<string, Record<string, string>> | null> {
  const member = ds.member(name);
  if (!member) return null;
  const out = new Map<string, Record<string, string>>();
  const required = [key, ...pick];
  await forEachRow(member, [...required, ...optional], warnings, (cols) => {
    const missing = required.filter((_, i) => cols[i] < 0);
    if (missing.length) warnings.push(`${member.source}: no column ${missing.join(', ')}`);
    return true;
  }, (row, cols) => {
    const k = row[cols[0]]?.trim();
    if (!k || out.has(k)) return;
    const rec: Record<string, string> = {};
    pick.forEach((c, i) => { rec[c] = detach(row[cols[1 + i]] ?? ''); });
    optional.forEach((c, i) => {
      const at = cols[required.length + i];
      if (at >= 0) rec[c] = detach(row[at] ?? '');
    });
    out.set(detach(k), rec);
  });
  return out;
}

/**
 * The data set's as-of date from a date column of SUBMISSION.tsv (`30-APR-2026`): the one date,
 * or the latest with a warning giving the range (a quarter's filings report different periods).
 */
export function asOfFrom(submissions: Map<string, Record<string, string>> | null, column: string, warnings: string[]): string | null {
  if (!submissions) {
    warnings.push('SUBMISSION.tsv is missing: no as-of date');
    return null;
  }
  let min: string | null = null;
  let max: string | null = null;
  for (const s of submissions.values()) {
    const d = parseDate(s[column]);
    if (!d) continue;
    if (!min || d < min) min = d;
    if (!max || d > max) max = d;
  }
  if (min !== max) warnings.push(`${column} ranges from ${min} to ${max} across ${submissions.size} filings: each fund carries its own; the data set's as-of is the latest`);
  return max;
}
