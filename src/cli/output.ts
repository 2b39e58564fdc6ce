/**
 * Where reports and imported lists go: files written atomically (the data goes to a temporary file
 * in the target's folder, is flushed to disk, then renamed over the target, so a reader or a crash
 * sees the old file or the whole new one, never a partial file; on any failure the temporary file
 * is removed and the target is left as it was; a symbolic link is followed, its target replaced,
 * the link kept; a target that is no regular file, /dev/null, a
 * terminal, a named pipe, is written in place: renaming over it would replace the device with a
 * file), --out-dir's one file per format, and the check of
 * --output / --out-dir made before any input is read. The shell's side of output: report/ only
 * renders text.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { errnoWords } from '../errno.js';
import { REPORT_FILE_NAMES, renderReport, type RenderOptions, type ReportFormat } from '../report/index.js';
import type { ScreenResult } from '../screen/result.js';
import { resolveIn } from '../working-folder.js';

const USER_FIXABLE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EEXIST', 'ENAMETOOLONG']);

/** The file calls a write makes; a test passes one whose flush fails like a full disk. */
export type WriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink' | 'stat' | 'lstat' | 'readlink'>;

/**
 * The file a path names, a symbolic link followed to its target (which need not exist yet): the
 * rename then replaces the target, as writing to the link would. Renamed over the link itself,
 * `--output latest.json` (a link to reports/2025-01-17.json) left that report as it was and turned
 * the link into a file of its own.
 */
async function followLinks(file: string, target: string, fs: WriteFs): Promise<string> {
  let at = file;
  for (let hops = 0; hops < 40; hops++) {
    const st = await fs.lstat(at).catch(() => null);
    if (!st?.isSymbolicLink()) return at;
    at = path.resolve(path.dirname(at), await fs.readlink(at));
  }
  throw new UsageError(`cannot write ${target}: too many levels of symbolic links (ELOOP)`);
}

/** The target exists and is a device, a pipe or a socket (`--output /dev/null`, /dev/stdout, a FIFO). */
async function isSpecialFile(file: string, fs: WriteFs): Promise<boolean> {
  try {
    const st = await fs.stat(file);
    return !st.isFile() && !st.isDirectory();
  } catch {
    return false;
  }
}

/** `target` is written relative to `cwd` when given; messages name it as given. */
export async function writeFileAtomic(target: string, data: string | Uint8Array, cwd?: string, fs: WriteFs = nodeFs): Promise<void> {
  const file = await followLinks(resolveIn(cwd, target), target, fs);
  if (await isSpecialFile(file, fs)) {
    try {
      const handle = await fs.open(file, 'w');
      try {
        await handle.writeFile(data);
      } finally {
        await handle.close();
      }
    } catch (err) {
      throw writeError(err, target);
    }
    return;
  }
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    throw writeError(err, target);
  }
}

/** A failed write as the user can fix it (a missing folder, no permission, a full disk): a usage error naming the target; else the error itself. */
function writeError(err: unknown, target: string): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  return code && USER_FIXABLE.has(code) ? new UsageError(`cannot write ${target}: ${errnoWords(err)}`, { cause: err }) : err;
}

/**
 * --out-dir: renders each format and writes DIR/report.<ext> atomically (DIR relative to `cwd`
 * when given); returns the paths written, as given.
 */
export async function writeReports(
  dir: string, result: ScreenResult, formats: readonly ReportFormat[], opts: RenderOptions, cwd?: string,
): Promise<string[]> {
  try {
    await nodeFs.mkdir(resolveIn(cwd, dir), { recursive: true });
  } catch (err) {
    throw new UsageError(`cannot create output folder ${dir}: ${errnoWords(err)}`, { cause: err });
  }
  const written: string[] = [];
  for (const format of formats) {
    const target = path.join(dir, REPORT_FILE_NAMES[format]);
    await writeFileAtomic(target, renderReport(result, format, { ...opts, color: false }), cwd);
    written.push(target);
  }
  return written;
}

/**
 * A file the run writes must not be one it reads: `--output fund.csv` given the fund file itself
 * replaced the holdings with the report. Each target that exists is compared by device and inode
 * (links and other spellings of a path alike) with each input that exists: exit 2, naming both.
 */
export async function checkTargetsAreNotInputs(targets: ReadonlyArray<{ flag: string; path: string }>, inputs: ReadonlyArray<{ what: string; path: string }>, cwd?: string): Promise<void> {
  const identity = async (p: string): Promise<string | null> => {
    try {
      const st = await nodeFs.stat(resolveIn(cwd, p));
      return st.isFile() ? `${st.dev}:${st.ino}` : null;
    } catch {
      return null;
    }
  };
  const read = new Map<string, string>();
  for (const i of inputs) {
    if (i.path === '-') continue;
    const id = await identity(i.path);
    if (id !== null && !read.has(id)) read.set(id, `${i.what} ${i.path}`);
  }
  if (read.size === 0) return;
  for (const t of targets) {
    const id = await identity(t.path);
    const input = id === null ? undefined : read.get(id);
    if (input !== undefined) throw new UsageError(`${t.flag} ${t.path}: is the ${input} this run reads; writing there would replace it (name another file)`);
  }
}

/**
 * Where the report goes, checked before any input is read, so a typo in --output fails in a
 * second rather than after an hour of screening: --output's folder must exist, and neither the
 * file nor an existing --out-dir may be the wrong kind of thing.
 */
export async function checkOutputTarget(target: { output: string | null; outDir: string | null }, cwd?: string): Promise<void> {
  const kind = async (p: string): Promise<'file' | 'folder' | null> => {
    try {
      return (await nodeFs.stat(resolveIn(cwd, p))).isDirectory() ? 'folder' : 'file';
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new UsageError(`${p}: ${errnoWords(err)}`, { cause: err });
    }
  };
  if (target.output) {
    const dir = path.dirname(target.output);
    const dirKind = await kind(dir);
    if (dirKind !== 'folder') throw new UsageError(`--output ${target.output}: ${dirKind === null ? `folder ${dir} does not exist` : `${dir} is a file, not a folder`}`);
    if ((await kind(target.output)) === 'folder') throw new UsageError(`--output ${target.output}: is a folder (use --out-dir for a folder)`);
  }
  if (target.outDir && (await kind(target.outDir)) === 'file') throw new UsageError(`--out-dir ${target.outDir}: is a file, not a folder`);
}

