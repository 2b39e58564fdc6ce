/**
 * The raw-line search as findings: a row that could not be read is still searched for listed
 * companies (Matcher.searchRawText); each hit is a `review` finding at the row's line, its
 * explanation naming why the row was skipped. The row stays counted as skipped.
 */
import type { Position, SkippedRow } from '../holdings/position.js';
import type { Matcher } from '../match/types.js';
import type { Finding } from './result.js';

/** The issuer shown for a raw-line finding: the start of the row's text, cleaned. */
const SHOWN_CHARS = 120;

export function rawLineFindings(row: SkippedRow, fund: string | null, matcher: Matcher): Finding[] {
  if (row.text === undefined || !matcher.searchRawText) return [];
  const matches = matcher.searchRawText(row.text);
  if (matches.length === 0) return [];
  // eslint-disable-next-line no-control-regex
  const shown = row.text.replace(/[\u0000-\u001f\u007f"]+/g, ' ').replace(/\s+/g, ' ').trim();
  const position: Position = {
    kind: 'position', source: row.source, line: row.line, fund, family: null,
    issuer: shown.length > SHOWN_CHARS ? `${shown.slice(0, SHOWN_CHARS)}...` : shown,
    title: null, ids: {}, assetClass: null, shares: null, value: null, weightPct: null,
  };
  return matches.map((m) => ({
    position,
    match: { ...m, explanation: `line ${row.line} skipped (${row.reason}); ${m.explanation}` },
    suppressed: null,
  }));
}
