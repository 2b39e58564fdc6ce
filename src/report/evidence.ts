/**
 * Wording shared by the human-facing renderers (table, markdown, html), so a listing, a fund or
 * a match reads the same in each. Plain text: each renderer sanitises for its own medium.
 */
import type { Listing } from '../lists/schema.js';
import type { Finding } from '../screen/result.js';
import type { Position } from '../holdings/position.js';
import { formatMoney, formatPct } from './numbers.js';

/** "BIS Entity List 2021-06-24", with the program when there is one. */
export function listingLabel(l: Pick<Listing, 'list' | 'program' | 'date'>): string {
  return `${l.list}${l.program ? ` (${l.program})` : ''} ${l.date}`;
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
