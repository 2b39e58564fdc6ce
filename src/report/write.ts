/** --out-dir: several report formats written at once, each file atomically. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../atomic-write.js';
import { resolveIn } from '../working-folder.js';
import type { ScreenResult } from '../screen/result.js';
import { REPORT_FILE_NAMES, renderReport, type RenderOptions, type ReportFormat } from './index.js';

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
    throw new UsageError(`cannot create output folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err });
  }
  const written: string[] = [];
  for (const format of formats) {
    const target = path.join(dir, REPORT_FILE_NAMES[format]);
    await writeFileAtomic(target, renderReport(result, format, { ...opts, color: false }), cwd);
    written.push(target);
  }
  return written;
}

export { writeFileAtomic };
