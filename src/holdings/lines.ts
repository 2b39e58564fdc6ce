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
