/**
 * Text chunks -> physical lines, in batches (one batch per decoded chunk keeps the hot path
 * synchronous). Handles LF, CRLF, mixed endings and old-Mac CR-only files. A line longer than the
 * cap is not kept in memory: it is reported by number as oversize and its text dropped.
 */

export const MAX_LINE_CHARS = 4 * 1024 * 1024;

export interface LineBatch {
  /** 1-based number of lines[0]. */
  first: number;
  lines: string[];
  /** Line numbers (absolute) whose text exceeded the cap and was dropped. */
  oversize: number[];
}

export async function* splitLines(text: AsyncIterable<string>, maxLine = MAX_LINE_CHARS): AsyncGenerator<LineBatch> {
  let carry = '';
  let carryOversize = false;
  let next = 1;
  let sep: '\n' | '\r' | null = null;
  for await (const chunk of text) {
    if (sep === null) sep = chunk.includes('\n') || !chunk.includes('\r') ? '\n' : '\r';
    const batch: LineBatch = { first: next, lines: [], oversize: [] };
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(sep, start);
      if (nl < 0) break;
      let line = carry.length > 0 ? carry + chunk.slice(start, nl) : chunk.slice(start, nl);
      carry = '';
      if (line.length > 0 && line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
      if (carryOversize || line.length > maxLine) {
        batch.oversize.push(next);
        line = '';
        carryOversize = false;
      }
      batch.lines.push(line);
      next++;
      start = nl + 1;
    }
    if (start < chunk.length && !carryOversize) {
      carry += chunk.slice(start);
      if (carry.length > maxLine) {
        carry = '';
        carryOversize = true;
      }
    }
    if (batch.lines.length > 0) yield batch;
  }
  if (carry.length > 0 || carryOversize) {
    let line = carry;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    yield { first: next, lines: [carryOversize ? '' : line], oversize: carryOversize ? [next] : [] };
  }
}

/**
 * A line with NUL bytes, as text can hold it: UTF-16 text pasted into a UTF-8 file (a NUL beside
 * every ASCII character, maybe after its byte-order mark) or stray padding NULs. The NULs are
 * removed (never turned into spaces: "HOS\0HINE" is HOSHINE); `utf16` says which case it was.
 */
export function withoutNuls(line: string): { text: string; utf16: boolean } {
  let nuls = 0;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 0) nuls++;
  const utf16 = nuls * 5 >= line.length * 2;
  let text = line.replace(/\0/g, '');
  // The UTF-16 byte-order mark as the file's own encoding decoded it (U+FEFF, or "ÿþ"/"þÿ" as Windows-1252).
  if (utf16) text = text.replace(/^(?:\ufeff|\u00ff\u00fe|\u00fe\u00ff)/, '');
  return { text, utf16 };
}
