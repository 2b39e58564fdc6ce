/** Test helper: read a holdings input completely and sort its records by kind. */
import path from 'node:path';
import { expect } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { openHoldings } from '../../src/holdings/read.js';
import type { ExcludedRow, HoldingsMeta, HoldingsRecord, Position, ReadOptions, SkippedRow } from '../../src/holdings/position.js';

export const FIXTURES = path.join(repoRoot, 'fixtures', 'holdings');
export const fixture = (...parts: string[]) => path.join(FIXTURES, ...parts);

export interface ReadResult {
  meta: HoldingsMeta;
  records: HoldingsRecord[];
  positions: Position[];
  excluded: ExcludedRow[];
  skipped: SkippedRow[];
}

export async function readAll(file: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const reader = await openHoldings(file, opts);
  const records: HoldingsRecord[] = [];
  for await (const batch of reader.batches) for (const r of batch) records.push(r);
  return {
    meta: reader.meta,
    records,
    positions: records.filter((r): r is Position => r.kind === 'position'),
    excluded: records.filter((r): r is ExcludedRow => r.kind === 'excluded'),
    skipped: records.filter((r): r is SkippedRow => r.kind === 'skipped'),
  };
}

/**
 * Asserts the row accounting: `read` (counted by hand from the file) = screened + excluded +
 * skipped, each as expected, and records come in file order with distinct lines.
 */
export function expectRows(r: ReadResult, read: number, screened: number, excluded: number, skipped: number): void {
  expect({ read: r.records.length, screened: r.positions.length, excluded: r.excluded.length, skipped: r.skipped.length })
    .toEqual({ read, screened, excluded, skipped });
  expect(screened + excluded + skipped).toBe(read);
  const lines = r.records.map((x) => x.line);
  expect(lines).toEqual([...lines].sort((a, b) => a - b));
  expect(new Set(lines).size).toBe(lines.length);
}

export function byIssuer(r: ReadResult, issuer: string): Position[] {
  return r.positions.filter((p) => p.issuer === issuer);
}
