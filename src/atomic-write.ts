/**
 * Atomic file writes: the data goes to a temporary file in the target's folder, is flushed to
 * disk, then renamed over the target, so a reader (or a crash) sees the old file or the whole new
 * one, never a partial file. On any failure the temporary file is removed and the target is left
 * as it was. Used for reports and for imported lists.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.js';
import { resolveIn } from './working-folder.js';
import { errnoWords } from './errno.js';

const USER_FIXABLE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EEXIST', 'ENAMETOOLONG']);

/** The file calls a write makes; a test passes one whose flush fails like a full disk. */
export type WriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink'>;

/** `target` is written relative to `cwd` when given; messages name it as given. */
export async function writeFileAtomic(target: string, data: string | Uint8Array, cwd?: string, fs: WriteFs = nodeFs): Promise<void> {
  const file = resolveIn(cwd, target);
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
    const code = (err as NodeJS.ErrnoException).code;
    if (code && USER_FIXABLE.has(code)) throw new UsageError(`cannot write ${target}: ${errnoWords(err)}`, { cause: err });
    throw err;
  }
}
