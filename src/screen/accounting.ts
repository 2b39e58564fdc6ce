/**
 * Row accounting, one definition for the screen, `inspect`, the per-file summary and the verdict:
 * every record read is screened, excluded or skipped, so read = screened + excluded + skipped.
 */
import type { HoldingsRecord } from '../holdings/position.js';
import type { RowCounts } from './result.js';

export type { RowCounts };

export function emptyRows(): RowCounts {
  return { read: 0, screened: 0, excluded: 0, skipped: 0 };
}

/** Counts one record: read, and the one of screened / excluded / skipped it is. */
export function countRecord(rows: RowCounts, kind: HoldingsRecord['kind']): void {
  rows.read++;
  if (kind === 'position') rows.screened++;
  else if (kind === 'excluded') rows.excluded++;
  else rows.skipped++;
}

/** The rows of several funds (or files) together. */
export function sumRows(items: Iterable<{ rows: RowCounts }>): RowCounts {
  const total = emptyRows();
  for (const { rows } of items) {
    total.read += rows.read;
    total.screened += rows.screened;
    total.excluded += rows.excluded;
    total.skipped += rows.skipped;
  }
  return total;
}
