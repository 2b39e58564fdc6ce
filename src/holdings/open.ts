/**
 * Byte-level opening of a holdings input: a file, stdin ("-") or gzip-compressed either way.
 * Returns a ByteSource that can peek at the first bytes (for format detection) without losing
 * them, then streams the rest chunk by chunk. Nothing here loads a whole file into memory.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat, access, constants } from 'node:fs/promises';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError } from '../errors.js';
import { resolveIn } from '../working-folder.js';

export const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
export const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function startsWith(head: Buffer, magic: Buffer): boolean {
  return head.length >= magic.length && head.subarray(0, magic.length).equals(magic);
}

/** A chunked byte stream with look-ahead. `peek` never consumes; iteration yields everything. */
export class ByteSource {
  private readonly iterator: AsyncIterator<Buffer | string>;
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private done = false;
  /** Read to its end (not closed early): the digest covers every byte. */
  private ended = false;
  private consumed = 0;
  /** SHA-256 of every byte pulled from the stream, as it streams past (no second read). */
  private readonly hash: Hash = createHash('sha256');

  constructor(
    readonly source: string,
    stream: AsyncIterable<Buffer | string>,
    readonly totalBytes: number | null,
    private readonly onBytes?: (read: number, total: number | null) => void,
    private readonly wrapError: (err: unknown) => Error = (err) => asInputError(source, err),
  ) {
    this.iterator = stream[Symbol.asyncIterator]();
  }

  private async pull(): Promise<boolean> {
    if (this.done) return false;
    let r: IteratorResult<Buffer | string>;
    try {
      r = await this.iterator.next();
    } catch (err) {
      throw this.wrapError(err);
    }
    if (r.done) {
      this.done = true;
      this.ended = true;
      return false;
    }
    const chunk = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    this.hash.update(chunk);
    this.buffered.push(chunk);
    this.bufferedBytes += chunk.length;
    return true;
  }

  /** Up to `n` first bytes (fewer at end of input), without consuming them. */
  async peek(n: number): Promise<Buffer> {
    while (this.bufferedBytes < n && (await this.pull()));
    const all = Buffer.concat(this.buffered);
    this.buffered = [all];
    return all.subarray(0, Math.min(n, all.length));
  }

  /** Everything (only for formats that must be held whole: xlsx). */
  async readAll(limit: number): Promise<Buffer> {
    while (await this.pull()) {
      if (this.bufferedBytes > limit) throw new InputError(this.source, `larger than ${limit} bytes; too large to read whole`);
    }
    return Buffer.concat(this.buffered);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Buffer> {
    try {
      for (;;) {
        while (this.buffered.length > 0) {
          const chunk = this.buffered.shift()!;
          this.bufferedBytes -= chunk.length;
          this.consumed += chunk.length;
          this.onBytes?.(this.consumed, this.totalBytes);
          if (chunk.length > 0) yield chunk;
        }
        if (!(await this.pull())) return;
      }
    } finally {
      await this.close();
    }
  }

  /** Hex SHA-256 of the whole input, once it has been read to its end; null before or if closed early. */
  sha256(): string | null {
    return this.ended ? this.hash.copy().digest('hex') : null;
  }

  /** Releases the underlying stream (file descriptor) if it was not read to the end. */
  async close(): Promise<void> {
    if (this.done) return;
    this.done = true;
    this.buffered = [];
    this.bufferedBytes = 0;
    await this.iterator.return?.();
  }
}

function asInputError(source: string, err: unknown): Error {
  if (err instanceof InputError) return err;
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'Z_DATA_ERROR' || e?.code === 'Z_BUF_ERROR' || e?.code === 'ERR_ZLIB') {
    return new InputError(source, `broken gzip data (${e.message})`);
  }
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return new InputError(source, 'permission denied');
  if (e?.code === 'EISDIR') return new InputError(source, 'is a directory');
  return new InputError(source, `cannot read: ${e?.message ?? String(err)}`);
}

/** Checks a path (relative to `cwd` when given) is a readable regular file and returns its size. */
export async function statFile(path: string, cwd?: string): Promise<{ size: number; isDirectory: boolean; isFile: boolean; identity: string }> {
  const file = resolveIn(cwd, path);
  let st;
  try {
    st = await stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(path, 'no such file or directory');
    throw asInputError(path, err);
  }
  if (st.isDirectory()) return { size: 0, isDirectory: true, isFile: false, identity: fileIdentity(st) };
  try {
    await access(file, constants.R_OK);
  } catch (err) {
    throw asInputError(path, err);
  }
  // A FIFO or device (`<(cmd)`, /dev/stdin) has no size: it is read as a stream, like stdin.
  return { size: st.size, isDirectory: false, isFile: st.isFile(), identity: fileIdentity(st) };
}

/**
 * What makes two paths one file: its device and inode, as `stat` gives them through any symbolic
 * link, hard link or spelling of the path.
 */
export function fileIdentity(st: { dev: number; ino: number }): string {
  return `${st.dev}:${st.ino}`;
}

/** Opens a file or stdin as a ByteSource (not yet decompressed). */
export async function openBytes(
  path: string,
  stdin: NodeJS.ReadableStream | undefined,
  onBytes?: (read: number, total: number | null) => void,
  cwd?: string,
): Promise<ByteSource> {
  if (path === '-') {
    if (!stdin) throw new InputError('-', 'standard input is not available');
    return new ByteSource('-', stdin as AsyncIterable<Buffer>, null, onBytes);
  }
  const { size } = await statFile(path, cwd);
  return new ByteSource(path, createReadStream(resolveIn(cwd, path), { highWaterMark: 256 * 1024 }), size, onBytes);
}

/**
 * If the bytes are gzip, returns a ByteSource of the decompressed bytes (progress still counts
 * compressed bytes read); a broken gzip becomes an InputError on first peek or read.
 */
export async function gunzipIfNeeded(src: ByteSource): Promise<{ bytes: ByteSource; gzipped: boolean }> {
  const head = await src.peek(2);
  if (!startsWith(head, GZIP_MAGIC)) return { bytes: src, gzipped: false };
  // pipeline forwards errors on the compressed side (read errors) into the gunzip stream.
  const gunzip = pipeline(Readable.from(src), createGunzip(), () => undefined);
  return {
    bytes: new ByteSource(src.source, gunzip, null, undefined, (err) =>
      err instanceof InputError ? err : new InputError(src.source, `broken gzip data (${(err as Error).message})`),
    ),
    gzipped: true,
  };
}

/** Hex SHA-256 of a file's bytes, read once more (inputs a reader does not stream through a ByteSource: zipped data sets). */
export async function sha256File(path: string, cwd?: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(resolveIn(cwd, path), { highWaterMark: 256 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
