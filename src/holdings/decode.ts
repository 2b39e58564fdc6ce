/**
 * Bytes -> text. Detects the encoding from the first bytes (BOM, UTF-16 NUL pattern, UTF-8
 * validity), rejects binary data, and decodes chunk by chunk. Windows-1252 is used only where the
 * bytes are not valid UTF-8, and always with a warning: never mangle silently.
 */
import iconv from 'iconv-lite';
import { InputError, NotHoldingsError, UsageError } from '../errors.js';
import { decodeMixed, hasUtf8Multibyte, utf16WithoutMark } from '../text-bytes.js';

export interface EncodingChoice {
  /** Name reported in meta.encoding. */
  name: string;
  /** Bytes of BOM to drop from the start. */
  bomLength: number;
  warning?: string;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

/** Length of an incomplete UTF-8 sequence at the end of `buf` (0..3), to carry to the next chunk. */
function trailingPartialUtf8(buf: Buffer): number {
  const n = buf.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = buf[n - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

function isValidUtf8(buf: Buffer): boolean {
  try {
    utf8Fatal.decode(buf);
    return true;
  } catch {
    return false;
  }
}

const BINARY_SIGNATURES: [Buffer, string][] = [
  [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'an Excel 97-2003 .xls workbook, or an Office file saved with a password: save it as .xlsx without a password, or as CSV'],
  [Buffer.from('%PDF-'), 'a PDF document'],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'a PNG image'],
  [Buffer.from([0xff, 0xd8, 0xff]), 'a JPEG image'],
  [Buffer.from([0x7f, 0x45, 0x4c, 0x46]), 'an executable'],
];

/** Control bytes that never occur in a text table (everything below 0x20 except \t \n \f \r). */
function isBinaryByte(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d;
}

/**
 * Chooses the encoding of a text input from its first bytes. Throws NotHoldingsError for binary data.
 * `forced` (from --encoding) wins, after the BOM of the same family is dropped.
 */
export function detectEncoding(source: string, head: Buffer, forced?: string): EncodingChoice {
  const bom =
    head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? { name: 'utf-8', len: 3 }
    : head[0] === 0xff && head[1] === 0xfe ? { name: 'utf-16le', len: 2 }
    : head[0] === 0xfe && head[1] === 0xff ? { name: 'utf-16be', len: 2 }
    : null;
  if (forced) {
    if (!iconv.encodingExists(forced)) throw new UsageError(`unknown encoding "${forced}"`);
    const sameFamily = bom !== null && normalizeName(forced) === normalizeName(bom.name);
    return { name: forced.toLowerCase(), bomLength: sameFamily ? bom.len : 0 };
  }
  if (bom) return { name: bom.name, bomLength: bom.len };

  const utf16 = utf16WithoutMark(head);
  if (utf16) return { name: utf16, bomLength: 0, warning: `no byte-order mark: detected UTF-16 ${utf16 === 'utf-16le' ? 'LE' : 'BE'} from the byte pattern` };
  const sample = head.subarray(0, Math.min(head.length, 4096) & ~1);
  for (const [magic, what] of BINARY_SIGNATURES) {
    if (head.length >= magic.length && head.subarray(0, magic.length).equals(magic)) {
      // (Not holdings: a folder's old .xls or PDF is skipped with this reason, a file named is exit 3.)
      throw new NotHoldingsError(source, `binary data (${what}), not a text holdings file`);
    }
  }
  // A few control bytes may occur in text (an ESC in a name, NUL padding in a cell: row problems,
  // the table reader removes NULs); many mean binary data.
  let binary = 0;
  let nuls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b !== 0) {
      if (isBinaryByte(b)) binary++;
      continue;
    }
    // A lone NUL beside a text byte is UTF-16 text pasted into the file (the table reader reads
    // such lines without their NULs); runs of NULs are not text.
    const prev = i > 0 ? sample[i - 1] : 0;
    const next = i + 1 < sample.length ? sample[i + 1] : 0;
    const utf16 = (prev !== 0 && next !== 0) && (!isBinaryByte(prev) || !isBinaryByte(next));
    if (!utf16) nuls++;
  }
  if (nuls > Math.max(4, sample.length * 0.02) || binary > Math.max(8, sample.length * 0.1)) {
    const at = nuls > 0 ? sample.indexOf(0) : -1;
    const line = at < 0 ? undefined : 1 + sample.subarray(0, at).filter((b) => b === 0x0a).length;
    throw new NotHoldingsError(source, `binary data${line ? ` (NUL bytes from line ${line})` : ''}, not a text holdings file`, line);
  }
  const complete = head.subarray(0, head.length - trailingPartialUtf8(head));
  // Invalid UTF-8 next to valid multi-byte UTF-8 is a merged file: decodeText keeps the UTF-8 and
  // decodes only the invalid bytes as Windows-1252 (with its own warning).
  if (!isValidUtf8(complete) && !hasUtf8Multibyte(complete)) {
    return {
      name: 'windows-1252',
      bomLength: 0,
      warning: 'bytes are not valid UTF-8: decoded as Windows-1252 (use --encoding to override)',
    };
  }
  return { name: 'utf-8', bomLength: 0 };
}

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Streams decoded text. For UTF-8, each chunk is checked strictly; a chunk that fails is decoded
 * byte-wise (invalid bytes as Windows-1252) and `onWarning` is called once.
 */
export async function* decodeText(
  bytes: AsyncIterable<Buffer>,
  choice: EncodingChoice,
  onWarning: (message: string) => void,
): AsyncGenerator<string> {
  let skip = choice.bomLength;
  if (choice.name === 'utf-8') {
    let carry: Buffer | null = null;
    let warned = false;
    for await (let chunk of bytes) {
      if (skip > 0) {
        const cut = Math.min(skip, chunk.length);
        chunk = chunk.subarray(cut);
        skip -= cut;
      }
      if (carry) {
        chunk = Buffer.concat([carry, chunk]);
        carry = null;
      }
      const partial = trailingPartialUtf8(chunk);
      if (partial > 0) {
        carry = Buffer.from(chunk.subarray(chunk.length - partial));
        chunk = chunk.subarray(0, chunk.length - partial);
      }
      try {
        yield utf8Fatal.decode(chunk);
      } catch {
        if (!warned) {
          warned = true;
          onWarning('some bytes are not valid UTF-8: those bytes were decoded as Windows-1252');
        }
        yield decodeMixed(chunk);
      }
    }
    if (carry) yield decodeMixed(carry);
    return;
  }
  const decoder = iconv.getDecoder(choice.name, { stripBOM: false });
  for await (let chunk of bytes) {
    if (skip > 0) {
      const cut = Math.min(skip, chunk.length);
      chunk = chunk.subarray(cut);
      skip -= cut;
    }
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * A whole input read as text (the formats read whole: HTML, JSON): its encoding detected as a
 * text table's is (`forced` wins: --encoding, or what the document declares), each warning handed
 * to `warn`. Returns the text and the encoding read.
 */
export async function decodeWhole(source: string, data: Buffer, forced: string | undefined, warn: (message: string) => void): Promise<{ text: string; encoding: string }> {
  const choice = detectEncoding(source, data.subarray(0, 4096), forced);
  if (choice.warning) warn(choice.warning);
  let text = '';
  for await (const t of decodeText((async function* () { yield data; })(), choice, warn)) text += t;
  return { text, encoding: choice.name };
}
