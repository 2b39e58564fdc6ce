/**
 * Fast paths over values.ts for the SEC data sets, where millions of cells are plain ASCII
 * (`EC`, `US0378331005`, `12467.33`): cleanText's regexes cost a third of the read time there.
 * Anything not plainly clean goes through textOrNull / parseNumber unchanged.
 */
import { parseNumber, textOrNull, type NumberResult } from '../../values.js';

/** Printable ASCII with no space at either end. */
const PLAIN = /^[!-~](?:[ -~]*[!-~])?$/;
const PLAIN_NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** textOrNull(v), without the regex passes for plain values (placeholders are all <= 4 chars). */
export function secText(v: string | null | undefined): string | null {
  if (!v) return null;
  return v.length > 4 && PLAIN.test(v) && !v.includes('  ') ? v : textOrNull(v);
}

/** parseNumber(v), with a fast path for plain decimal numbers. */
export function secNumber(v: string | null | undefined): NumberResult {
  if (!v) return { ok: true, value: null };
  return PLAIN_NUMBER.test(v) ? { ok: true, value: Number(v) } : parseNumber(v);
}
