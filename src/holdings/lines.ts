/**
 * Text chunks -> physical lines, in batches (one batch per decoded chunk keeps the hot path
 * synchronous). Handles LF, CRLF, old-Mac CR-only files and mixed endings: as in editors and
 * Python's universal newlines, a lone CR in an LF file (two files joined) ends a line too, so
 * a row after it is never read as part of the row before. A line longer than the cap is not
 * kept in memory: it is reported by number as oversize, with only its first characters kept.
 */

export const MAX_LINE_CHARS = 4 * 1024 * 1024;
/** The start of an oversize line kept (searched for listed companies when its row is skipped). */
export const OVERSIZE_HEAD_CHARS = 64 * 1024;

export interface LineBatch {
  /** 1-based number of lines[0]. */
  first: number;
  lines: string[];
  /** Line numbers (absolute) whose text exceeded the cap and was dropped (its line is ''). */
  oversize: number[];
  /** The first OVERSIZE_HEAD_CHARS characters of each oversize line, in the order of `oversize`. */
  oversizeHeads?: string[];
}

/** Whether `text` holds a CR not followed by LF (a char scan: the regex /\r(?!\n)/ was 4-8 times slower). */
function hasLoneCr(text: string): boolean {
  for (let p = text.indexOf('\r'); p >= 0; p = text.indexOf('\r', p + 1)) if (text.charCodeAt(p + 1) !== 10) return true;
  return false;
}

export async function* splitLines(text: AsyncIterable<string>, maxLine = MAX_LINE_CHARS): AsyncGenerator<LineBatch> {
  let carry = '';
  let carryOversize = false;
  let head = '';
  let next = 1;
  let sep: '\n' | '\r' | null = null;
  const other = () => (sep === '\n' ? '\r' : '\n');
  const push = (batch: LineBatch, line: string, split: boolean): void => {
    // CRLF, and the CR CR LF some converters write.
    let end = line.length;
    while (end > 0 && line.charCodeAt(end - 1) === 13) end--;
    if (end < line.length) line = line.slice(0, end);
    if (carryOversize || line.length > maxLine) {
      batch.oversize.push(next);
      (batch.oversizeHeads ??= []).push(carryOversize ? head : line.slice(0, OVERSIZE_HEAD_CHARS));
      carryOversize = false;
      head = '';
      batch.lines.push('');
      next++;
      return;
    }
    if (split && line.includes(other())) {
      // CR file: an LF right after the CR was a CRLF. LF file: every CR left is a lone one.
      const parts = (sep === '\r' ? line.replace(/^\n/, '') : line).split(other());
      for (const p of parts) {
        batch.lines.push(p);
        next++;
      }
      return;
    }
    batch.lines.push(line);
    next++;
  };
  for await (const chunk of text) {
    if (sep === null) sep = chunk.includes('\n') || !chunk.includes('\r') ? '\n' : '\r';
    // Most chunks have no line end of the other kind: their lines are not looked at again.
    const split = sep === '\n' ? hasLoneCr(chunk) || carry.includes('\r') : chunk.includes('\n') || carry.includes('\n');
    const batch: LineBatch = { first: next, lines: [], oversize: [] };
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(sep, start);
      if (nl < 0) break;
      const line = carry.length > 0 ? carry + chunk.slice(start, nl) : chunk.slice(start, nl);
      carry = '';
      push(batch, line, split);
      start = nl + 1;
    }
    if (start < chunk.length && !carryOversize) {
      carry += chunk.slice(start);
      if (carry.length > maxLine) {
        head = carry.slice(0, OVERSIZE_HEAD_CHARS);
        carry = '';
        carryOversize = true;
      }
    }
    if (batch.lines.length > 0) yield batch;
  }
  if (carry.length > 0 || carryOversize) {
    const batch: LineBatch = { first: next, lines: [], oversize: [] };
    push(batch, carry, true);
    yield batch;
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
