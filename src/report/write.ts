/** --out-dir: several report formats written at once, each file atomically. */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../atomic-write.js';
import { resolveIn } from '../working-folder.js';
import type { ScreenResult } from '../screen/result.js';
import { REPORT_FILE_NAMES, renderReport, type RenderOptions, type ReportFormat } from './index.js';
import { errnoWords } from '../errno.js';

/**
 * --out-dir: renders each format and writes DIR/report.<ext> atomically (DIR relative to `cwd`
 * when given); returns the paths written, as given.
 */
export async function writeReports(
  dir: string, result: ScreenResult, formats: readonly ReportFormat[], opts: RenderOptions, cwd?: string,
): Promise<string[]> {
  try {
    await mkdir(resolveIn(cwd, dir), { recursive: true });
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
 * Where the report goes, checked before any input is read, so a typo in --output fails in a
 * second rather than after an hour of screening: --output's folder must exist, and neither the
 * file nor an existing --out-dir may be the wrong kind of thing.
 */
export async function checkOutputTarget(target: { output: string | null; outDir: string | null }, cwd?: string): Promise<void> {
  const kind = async (p: string): Promise<'file' | 'folder' | null> => {
    try {
      return (await stat(resolveIn(cwd, p))).isDirectory() ? 'folder' : 'file';
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

export { writeFileAtomic };
