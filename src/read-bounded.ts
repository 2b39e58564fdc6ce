/**
 * A small input file (a list, the config, an ignore file, a baseline, an official download) read
 * whole, but never more than `max` bytes: a device, a named pipe or process substitution that
 * never ends (`--config /dev/zero`, `--list <(yes)`) is refused once it passes the limit, with
 * EFBIG ("file too large"), instead of growing until the machine runs out of memory (a stream at
 * MAX_STREAMED at most). A regular file is refused by its size before a byte is read.
 */
import { open } from 'node:fs/promises';

/** What the tool reads whole: lists and downloads up to 1 GiB (OpenSanctions' full file is larger: filter it first). */
export const MAX_WHOLE_FILE = 1024 * 1024 * 1024;
/** The config and the ignore file: settings and suppressions, never megabytes. */
export const MAX_SETTINGS_FILE = 16 * 1024 * 1024;

/** A device or pipe gives at most this much (a list too large for it is saved as a file first). */
export const MAX_STREAMED = 256 * 1024 * 1024;

const CHUNK = 1024 * 1024;

function tooLarge(max: number): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(`larger than ${max} bytes, the most this file is read whole`);
  err.code = 'EFBIG';
  return err;
}

export async function readBounded(file: string, max: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const st = await handle.stat();
    if (st.isFile()) {
      if (st.size > max) throw tooLarge(max);
      return await handle.readFile();
    }
    if (st.isDirectory()) {
      const err: NodeJS.ErrnoException = new Error('is a folder');
      err.code = 'EISDIR';
      throw err;
    }
    const cap = Math.min(max, MAX_STREAMED);
    const chunks: Buffer[] = [];
    let total = 0;
    // One buffer read into; each read kept as a copy of what it gave (a pipe gives 64 KiB a time).
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > cap) throw tooLarge(cap);
      chunks.push(Buffer.from(buf.subarray(0, bytesRead)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
