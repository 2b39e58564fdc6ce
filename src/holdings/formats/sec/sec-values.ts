/**
 * Fast paths over values.ts for the SEC data sets, where millions of cells are plain ASCII
 * (`EC`, `US0378331005`, `12467.33`): cleanText's regexes cost a third of the read time there.
 * Anything not plainly clean goes through textOrNull / parseNumber unchanged.
 */
import type { SkippedRow } from '../../position.js';
import { mayBePlaceholder, parseNumber, textOrNull, type NumberResult } from '../../values.js';

/** Printable ASCII with no space at either end. */
const PLAIN = /^[!-~](?:[ -~]*[!-~])?$/;
const PLAIN_NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** textOrNull(v), without the regex passes for plain values that cannot be a placeholder. */
export function secText(v: string | null | undefined): string | null {
  if (!v) return null;
  return !mayBePlaceholder(v) && PLAIN.test(v) && !v.includes('  ') ? v : textOrNull(v);
}

/** parseNumber(v), with a fast path for plain decimal numbers. */
export function secNumber(v: string | null | undefined): NumberResult {
  if (!v) return { ok: true, value: null };
  if (!PLAIN_NUMBER.test(v)) return parseNumber(v);
  const n = Number(v);
  // "1e400" is plain but not finite: the slow path says so (and the row is skipped).
  return Number.isFinite(n) ? { ok: true, value: n } : parseNumber(v);
}

/** Fields of a raw holding that are not the security's own text. */
const NOT_ROW_TEXT = new Set(['source', 'line', 'fund', 'family', 'asOf', 'problem']);

/**
 * A skipped SEC row (a value that is not a number, an entity that is not defined): what the row
 * itself says, so its raw text is still searched for listed companies.
 */
export function skippedSec(raw: { source: string; line: number }, reason: string): SkippedRow {
  const text = Object.entries(raw)
    .filter(([k, v]) => !NOT_ROW_TEXT.has(k) && typeof v === 'string' && v.length > 0)
    .map(([, v]) => v as string)
    .join('\t');
  return text.length > 0 ? { kind: 'skipped', source: raw.source, line: raw.line, reason, text } : { kind: 'skipped', source: raw.source, line: raw.line, reason };
}
