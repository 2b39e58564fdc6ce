/**
 * Bytes of a file a user gives besides holdings (a list, an official download, a config, ignore or
 * baseline file) as text, never mangled silently: byte-order marks of UTF-8 and UTF-16 dropped,
 * UTF-16 without one read from its NUL pattern, binary data refused, and bytes that are not UTF-8
 * either refused with their line (JSON and our own files: editors save UTF-8) or, where
 * `windows1252` allows it (official downloads, spreadsheet exports), decoded as Windows-1252 with
 * a note. Node's plain `toString('utf8')` would turn each such byte into U+FFFD and a UTF-16 file
 * into letters between NULs. Pure.
 */
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The encoding read: utf-8, utf-16le, utf-16be, windows-1252. */
  encoding: string;
  /** Said when the reading was a guess the user should know of (UTF-16 without a mark, Windows-1252). */
  note?: string;
}

/** What is wrong with the bytes, and the line (1-based) where it shows. */
export class NotTextError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
  }
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

const SIGNATURES: [number[], string][] = [
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an Excel 97-2003 workbook'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (or .xlsx workbook)'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

const lineAt = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** Control bytes no text file holds (below 0x20 except TAB, LF, FF, CR; and the DOS end-of-file 0x1a). */
const isBinaryByte = (b: number): boolean => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1a;

/** UTF-16 without a byte-order mark, from its first 4 KiB: ASCII text has a NUL in every other byte. */
export function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.7 && even === 0) return 'utf-16le';
  if (even > pairs * 0.7 && odd === 0) return 'utf-16be';
  return null;
}

/** Length of the valid UTF-8 multi-byte sequence at `i`, or 0. */
export function utf8SequenceAt(buf: Buffer, i: number): number {
  const b = buf[i]!;
  const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
  if (need === 0 || i + need > buf.length) return 0;
  try {
    utf8Fatal.decode(buf.subarray(i, i + need));
    return need;
  } catch {
    return 0;
  }
}

/** Offset of the first byte that is not UTF-8, or -1. */
function firstInvalidUtf8(buf: Buffer): number {
  for (let i = 0; i < buf.length; ) {
    if (buf[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(buf, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/** Some byte at 0x80 or above starts a valid UTF-8 sequence (a file mixing both, not plain Windows-1252). */
export function hasUtf8Multibyte(buf: Buffer): boolean {
  for (let i = 0; i < buf.length; i++) if (buf[i]! >= 0x80 && utf8SequenceAt(buf, i) > 0) return true;
  return false;
}

/** Valid UTF-8 sequences as UTF-8, each other byte as Windows-1252 (a file Excel merged from both). */
export function decodeMixed(buf: Buffer): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < buf.length; ) {
    if (buf[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(buf, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += buf.toString('utf8', start, i) + iconv.decode(buf.subarray(i, i + 1), 'windows-1252');
    start = ++i;
  }
  return out + buf.toString('utf8', start);
}

/**
 * Decodes a user's text file. Throws NotTextError (with the line) for binary data, and for bytes
 * that are not UTF-8 unless `windows1252` is set.
 */
export function decodeTextBytes(bytes: Uint8Array, opts: { windows1252?: boolean } = {}): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return strictUtf8(buf.subarray(3), opts);
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const utf16 = utf16WithoutMark(buf);
  if (utf16) {
    return { text: iconv.decode(buf, utf16), encoding: utf16, note: `no byte-order mark: read as ${utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} from its byte pattern` };
  }
  for (const [magic, what] of SIGNATURES) {
    if (buf.length >= magic.length && magic.every((b, i) => buf[i] === b)) throw new NotTextError(`binary data (${what}), not a text file`, 1);
  }
  // A stray control byte may sit in a cell (the readers clean it); many mean binary data.
  const head = buf.subarray(0, 65536);
  let controls = 0;
  let first = -1;
  for (let i = 0; i < head.length; i++) {
    if (isBinaryByte(head[i]!)) {
      controls++;
      if (first < 0) first = i;
    }
  }
  if (controls > Math.max(8, head.length * 0.02)) {
    throw new NotTextError('binary data (control bytes), not a text file', lineAt(buf, first));
  }
  return strictUtf8(buf, opts);
}

function strictUtf8(buf: Buffer, opts: { windows1252?: boolean }): DecodedText {
  try {
    return { text: utf8Fatal.decode(buf), encoding: 'utf-8' };
  } catch {
    /* not UTF-8: below */
  }
  const at = firstInvalidUtf8(buf);
  const line = lineAt(buf, Math.max(0, at));
  const byte = `0x${buf[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
  if (!opts.windows1252) throw new NotTextError(`not UTF-8 text (byte ${byte}): save the file as UTF-8`, line);
  const hasUtf8 = hasUtf8Multibyte(buf);
  return {
    text: hasUtf8 ? decodeMixed(buf) : iconv.decode(buf, 'windows-1252'),
    encoding: 'windows-1252',
    note: `not UTF-8 (byte ${byte} on line ${line}): ${hasUtf8 ? 'the bytes that are not UTF-8 were' : 'the file was'} read as Windows-1252`,
  };
}

/**
 * decodeTextBytes for a named file: what is not text is thrown as `error` (UsageError unless the
 * caller's kind of file has its own, such as ListError) naming the file and line.
 */
export function fileText(
  bytes: Uint8Array,
  file: string,
  error: new (message: string) => Error,
  opts: { windows1252?: boolean } = {},
): DecodedText {
  try {
    return decodeTextBytes(bytes, opts);
  } catch (err) {
    if (!(err instanceof NotTextError)) throw err;
    throw new error(`${file}${err.line !== undefined ? `:${err.line}` : ''}: ${err.message}`);
  }
}
