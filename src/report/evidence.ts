/**
 * Wording shared by the human-facing renderers (table, markdown, html), so a listing, a fund or
 * a match reads the same in each. Plain text: each renderer sanitises for its own medium.
 */
import type { Listing } from '../lists/schema.js';
import type { Finding } from '../screen/result.js';
import type { Position } from '../holdings/position.js';
import { formatMoney, formatPct } from './numbers.js';
import { coverageSummary, type CoverageLine } from '../lists/coverage.js';
import type { ListUsed } from '../screen/result.js';

/** "listed 2026-08-03, after this file's date 2020-09-30": the finding is still reported. */
export function listedAfterNote(f: Finding): string | null {
  const late = f.listedAfterFileDate;
  return late ? `listed ${late.listed}, after this file's date ${late.fileDate}` : null;
}

/** One official list's coverage in a sentence: counts, the date it is complete to, age, what is missing. */
export function coverageText(c: CoverageLine): string {
  return `${coverageLineShort(c)}${c.missing ? `. Missing: ${c.missing}` : ''}`;
}

/** The sentence without what is missing (the table's footer). */
export function coverageLineShort(c: CoverageLine): string {
  return `${coverageSummary(c)}${c.ageDays === null ? '' : c.ageDays < 0 ? ' (dated after today)' : ` (${c.ageDays} days${c.stale ? ', older than the maximum age' : ''})`}`;
}

/** "only UFLPA Entity List, BIS Entity List counted (--only-lists)", or null for all lists. */
export function selectionText(l: Pick<ListUsed, 'onlyLists'>): string | null {
  return l.onlyLists ? `only ${l.onlyLists.join(', ')} counted (--only-lists)` : null;
}

/** " (partial)" for a listing only secondary sources show. */
const partialMark = (l: { verification?: Listing['verification'] }): string => (l.verification === 'partial' ? ' (partial)' : '');

/** "BIS Entity List 2021-06-24", with the program when there is one; "(partial)" when only secondary sources show it. */
export function listingLabel(l: Pick<Listing, 'list' | 'program' | 'date'> & { verification?: Listing['verification'] }): string {
  return `${l.list}${l.program ? ` (${l.program})` : ''} ${l.date}${partialMark(l)}`;
}

/** "UFLPA Entity List 2026-08-03 (partial)": list and date only. */
/** What a finding says of an entity whose list states no listing (a user's CSV list of names). */
export const NO_LISTING = 'no listing stated (its list gives names only)';

export function listingShort(l: Pick<Listing, 'list' | 'date'> & { verification?: Listing['verification'] }): string {
  return `${l.list} ${l.date}${partialMark(l)}`;
}

/** "ticker", "isin", "name 0.93": how the position was tied to the entity. */
export function methodLabel(f: Finding): string {
  return f.match.method === 'name' ? `name ${f.match.score.toFixed(2)}` : f.match.method;
}

export function pctLabel(pct: number | null): string {
  return pct === null ? '-' : formatPct(pct);
}

/** A position's weight as the file gives it: a figure, or a bound kept as one ("<0.01 %"). */
export function weightLabel(p: Pick<Position, 'weightPct' | 'weightBound'>): string {
  return p.weightBound !== undefined ? `${p.weightBound} %` : pctLabel(p.weightPct);
}

/** A position's market value with its currency ("USD 1,008,626.83"), "-" when the file gives none. */
export function valueLabel(p: Pick<Position, 'value'>): string {
  return p.value === null ? '-' : formatMoney(p.value);
}

export const INSPECT_HINT = 'run `fundscreen inspect FILE` to see how a file was read';

/** "until 2026-12-31" or "no expiry". */
export function expiryLabel(expires: string): string {
  return expires === 'never' ? 'no expiry' : `until ${expires}`;
}
