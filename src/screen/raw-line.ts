/**
 * The raw-line search as findings: a row that could not be read is still searched for listed
 * companies (Matcher.searchRawText); each hit is a `review` finding at the row's line, its
 * explanation naming why the row was skipped. The row stays counted as skipped.
 * A salvaged row is searched the same way: the reading kept is a guess (cells re-cut, extra cells
 * dropped), so a listed company its raw text names that the screened reading did not match is
 * reported too.
 */
import { neutralizeControls } from '../control-chars.js';
import type { Position, SkippedRow } from '../holdings/position.js';
import type { Match, Matcher } from '../match/types.js';
import type { Finding } from './result.js';

/** The issuer shown for a raw-line finding: the start of the row's text, cleaned. */
const SHOWN_CHARS = 120;

/** A row's raw text and why it was not read as written. */
export interface RawRow {
  source: string;
  line: number;
  text?: string;
  /** Said in each finding's explanation ("line 12 skipped (ragged row ...)"). */
  why: string;
}

export function skippedRaw(row: SkippedRow): RawRow {
  return { source: row.source, line: row.line, text: row.text, why: `skipped (${row.reason})` };
}

export function salvagedRaw(row: Position): RawRow {
  return { source: row.source, line: row.line, text: row.text, why: `salvaged (${row.salvaged ?? ''}) and screened as read` };
}

/** Raw-line findings of a row; `except`: entities already found on it (a salvaged row's matches). */
export function rawLineFindings(row: RawRow, fund: string | null, matcher: Matcher, except: readonly Match[] = []): Finding[] {
  if (row.text === undefined || !matcher.searchRawText) return [];
  const found = new Set(except.map((m) => m.entity.id));
  const matches = matcher.searchRawText(row.text).filter((m) => !found.has(m.entity.id));
  if (matches.length === 0) return [];
  const shown = neutralizeControls(row.text.replace(/\0/g, '')).replace(/"+/g, ' ').replace(/\s+/g, ' ').trim();
  const position: Position = {
    kind: 'position', source: row.source, line: row.line, fund, family: null,
    issuer: shown.length > SHOWN_CHARS ? `${shown.slice(0, SHOWN_CHARS)}...` : shown,
    title: null, ids: {}, assetClass: null, shares: null, value: null, weightPct: null,
  };
  return matches.map((m) => ({
    position,
    match: { ...m, explanation: `line ${row.line} ${row.why}; ${m.explanation}` },
    suppressed: null,
  }));
}
