/**
 * Bytes -> text. Detects the encoding from the first bytes (BOM, UTF-16 NUL pattern, UTF-8
 * validity), rejects binary data, and decodes chunk by chunk. Windows-1252 is used only where the
 * bytes are not valid UTF-8, and always with a warning: never mangle silently.
 */
import iconv from 'iconv-lite';
import { InputError, NotHoldingsError, UsageError } from '../errors.js';
import { decodeMixed, hasUtf8Multibyte, utf16WithoutMark, utf8SequenceAt } from '../text-bytes.js';

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
  const utf8 = isValidUtf8(complete);
  // (Before the merged-file test: a few pairs of a double-byte text are valid UTF-8 by chance.)
  const cjk = utf8 ? null : legacyCjkEncoding(complete);
  if (cjk !== null) {
    return { name: cjk.name, bomLength: 0, warning: `bytes are not valid UTF-8: decoded as ${cjk.label} (use --encoding to override)` };
  }
  if (!utf8 && !hasUtf8Multibyte(complete)) {
    return {
      name: 'windows-1252',
      bomLength: 0,
      warning: 'bytes are not valid UTF-8: decoded as Windows-1252 (use --encoding to override)',
    };
  }
  return { name: 'utf-8', bomLength: 0 };
}

/**
 * The legacy double-byte encodings Chinese, Japanese, Korean and Taiwanese fund sites and brokers
 * still write CSV in (GBK / GB18030, Shift_JIS as Windows writes it, EUC-KR as Windows writes it,
 * Big5). Read as Windows-1252 they were mojibake, their headers unrecognised: the file refused as
 * "no header row".
 */
const CJK_ENCODINGS = [
  { name: 'gb18030', label: 'GB18030 (Chinese, GBK)' },
  { name: 'cp932', label: 'Shift_JIS (Japanese, CP932)' },
  { name: 'cp949', label: 'EUC-KR (Korean, CP949)' },
  { name: 'cp950', label: 'Big5 (Chinese, CP950)' },
] as const;

/**
 * Which legacy CJK encoding the head (not valid UTF-8) is written in, or null (Windows-1252).
 * Text in a double-byte encoding has its bytes above 0x80 in pairs (Latin-1 text has an accented
 * letter between ASCII ones), and decodes in its own encoding without a byte that maps to nothing.
 * GB18030 decodes any pair, so the others are asked first, each taken only with its own script
 * to show: kana for Shift_JIS (Chinese read so is half-width katakana and bad bytes), Hangul
 * more than Hanja for EUC-KR (Chinese read so is both), Big5 when GBK reads the pairs mostly
 * outside GB2312, where simplified Chinese text is.
 */
function legacyCjkEncoding(head: Buffer): { name: string; label: string } | null {
  let high = 0;
  let pairs = 0;
  let bothHigh = 0;
  let gb2312 = 0;
  let big5Common = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b < 0x80) continue;
    high++;
    const next = head[i + 1] ?? 0;
    // A lead byte and its trail (a Shift_JIS or Big5 trail byte may be ASCII 0x40-0x7E).
    if (b >= 0x81 && b <= 0xfe && next >= 0x40 && next !== 0x7f && next <= 0xfe) {
      pairs++;
      if (next >= 0x80) {
        high++;
        bothHigh++;
      }
      // GB2312 and KS X 1001 (both bytes 0xA1-0xFE), Big5's common characters (lead 0xA4-0xC6).
      if (b >= 0xa1 && next >= 0xa1) gb2312++;
      if (b >= 0xa4 && b <= 0xc6) big5Common++;
      i++;
    }
  }
  // Latin-1 text has its high bytes alone, an accented letter between ASCII ones ("Société"); mostly
  // valid UTF-8 is a UTF-8 file with stray bytes (decodeText's merged reading).
  if (high < 4 || pairs * 2 < high * 0.9 || bothHigh < pairs * 0.3 || utf8HighBytes(head) * 2 > high) return null;
  // Whole lines only: a pair cut at the end of the head is no bad byte (0x0A is never a trail byte).
  const lines = head.subarray(0, head.lastIndexOf(0x0a) + 1 || head.length);
  const counts = (name: string) => {
    let bad = 0;
    let kana = 0;
    let halfKana = 0;
    let hangul = 0;
    let han = 0;
    for (const ch of iconv.decode(lines, name)) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) continue;
      if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++;
      else if (c >= 0x3040 && c <= 0x30ff) kana++;
      else if (c >= 0xff61 && c <= 0xff9f) halfKana++;
      else if (c >= 0xac00 && c <= 0xd7af) hangul++;
      else if (c >= 0x4e00 && c <= 0x9fff) han++;
    }
    return { bad, kana, halfKana, hangul, han };
  };
  const [gb, sjis, kr, big5] = CJK_ENCODINGS;
  const j = counts(sjis.name);
  if (j.bad === 0 && j.kana > 0 && j.halfKana <= j.kana) return sjis;
  if (gb2312 >= pairs * 0.9) {
    const k = counts(kr.name);
    if (k.bad === 0 && k.hangul > 0 && k.han * 4 <= k.hangul) return kr;
  }
  if (gb2312 < pairs * 0.8) return big5Common >= pairs * 0.6 && counts(big5.name).bad === 0 ? big5 : null;
  return counts(gb.name).bad === 0 ? gb : null;
}

/** How many bytes above 0x7F are parts of valid UTF-8 sequences. */
function utf8HighBytes(buf: Buffer): number {
  let n = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i]! < 0x80) continue;
    const len = utf8SequenceAt(buf, i);
    if (len > 0) {
      n += len;
      i += len - 1;
    }
  }
  return n;
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
