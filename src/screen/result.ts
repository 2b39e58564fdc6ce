/**
 * The result of one screen run: everything a reporter needs, nothing it has to recompute.
 * `toJsonReport` (report/json.ts) turns it into the schemaVersion-1 JSON contract.
 */
import type { HoldingsMeta, Position, SkippedRow } from '../holdings/position.js';
import type { Match } from '../match/types.js';
import type { Money } from '../reference/money.js';
import type { ExposureSummary } from './exposure.js';
import type { LookThrough } from './look-through.js';
import type { History } from './history.js';

export interface ListUsed {
  id: string;
  version: string;
  entities: number;
  sha256: string;
  path: string;
}

export interface RowCounts {
  read: number;
  screened: number;
  excluded: number;
  skipped: number;
}

export interface FundSummary {
  source: string;
  fund: string | null;
  family: string | null;
  asOf: string | null;
  format: string;
  rows: RowCounts;
  /** Market value of the fund's screened positions, per currency (positions without a value left out). */
  screenedValue: Money[];
}

export interface Suppression {
  reason: string;
  expires: string;
}

export interface Finding {
  position: Position;
  match: Match;
  suppressed: Suppression | null;
  baseline?: 'new' | 'unchanged';
}

export interface ResolvedFinding {
  source: string;
  fund: string | null;
  entityId: string;
  issuer: string;
  key: string;
}

/** A baseline finding of a fund this run did not screen: neither still held nor resolved. */
export interface CarriedFinding extends ResolvedFinding {
  reason: string;
}

export interface InputProblem {
  source: string;
  line: number | null;
  reason: string;
}

/** A row that did not fit its header, read another way and screened. */
export interface SalvagedRow {
  source: string;
  line: number;
  /** What was repaired. */
  reason: string;
}

export interface ScreenResult {
  tool: { name: string; version: string };
  generatedAt: string;
  lists: ListUsed[];
  inputs: HoldingsMeta[];
  funds: FundSummary[];
  findings: Finding[];
  /** Per fund, entity, family and run: computed once from funds and findings (exposure.ts), read by every format. */
  exposure: ExposureSummary;
  skipped: SkippedRow[];
  /** Rows that did not fit their header, read another way and screened (reason: what was repaired). */
  salvaged?: SalvagedRow[];
  /** Inputs that could not be read at all (the run exits 3); the others are still reported. */
  errors: InputProblem[];
  warnings: string[];
  /** With --baseline: findings gone from a fund screened in both runs. */
  resolved?: ResolvedFinding[];
  /** With --baseline: findings of baseline funds this run did not screen (never `resolved`). */
  carriedOver?: CarriedFinding[];
  /** With --look-through: indirect findings through the funds the roots hold (look-through.ts). */
  lookThrough?: LookThrough;
  /** When a fund was screened at two dates or more: timelines per fund / family and entity (history.ts). */
  history?: History;
}
