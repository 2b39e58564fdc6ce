/**
 * The result of one screen run: everything a reporter needs, nothing it has to recompute.
 * `toJsonReport` (report/json.ts) turns it into the schemaVersion-1 JSON contract.
 */
import type { HoldingsMeta, Position, SkippedRow } from '../holdings/position.js';
import type { Match } from '../match/types.js';
import type { Money } from '../reference/money.js';
import type { Listing } from '../lists/schema.js';
import type { ListingTiming } from './listing-dates.js';
import type { CoverageLine } from '../lists/coverage.js';

export interface ListUsed {
  id: string;
  version: string;
  entities: number;
  sha256: string;
  path: string;
  /** Per official list: what the file holds, the date it is complete to, what is missing, its age. */
  coverage?: CoverageLine[];
  /** With --only-lists: the official lists that counted (others were ignored). */
  onlyLists?: string[];
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
  /** Hex SHA-256 of the input file the fund was read from (every fund of a data set shares it); null for a data-set folder or an input that could not be read to its end. */
  sha256?: string | null;
  rows: RowCounts;
  /** Market value of the fund's screened positions, per currency (positions without a value left out). */
  screenedValue: Money[];
  /** The weights the file states for those positions, summed, when each states one (else null or absent): how much of the fund the file lists. */
  statedWeightPct?: number | null;
}

export interface Suppression {
  reason: string;
  expires: string;
}

/** Every listing of the entity is dated after the holdings file's own date: still reported, with this note. */
export interface ListedAfterFileDate {
  /** The entity's first listing date (of the lists that counted). */
  listed: string;
  /** The holdings' as-of date. */
  fileDate: string;
}

export interface Finding {
  position: Position;
  match: Match;
  suppressed: Suppression | null;
  baseline?: 'new' | 'unchanged';
  listedAfterFileDate?: ListedAfterFileDate;
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
  /**
   * The run's own reason for exit 3, not an input that could not be read: nothing was screened, or
   * --strict met a skipped or salvaged row (verdict.ts). Said in the report like the others.
   */
  run?: true;
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

// The exposure model (computed by exposure.ts, the one place; read by every report format).

/** A fund as the run summary names and counts it (FundSummary), with its exposure worked out. */
export interface FundExposure extends Pick<FundSummary, 'source' | 'fund' | 'family' | 'asOf' | 'format' | 'sha256' | 'rows' | 'screenedValue' | 'statedWeightPct'> {
  /** Distinct flagged positions (unsuppressed). */
  positions: number;
  /** Unsuppressed findings (a position can carry several). */
  findings: number;
  /** Every finding of the fund, suppressed ones included, in result order. */
  all: Finding[];
  suppressed: number;
  /** Unsuppressed findings marked 'new' against a baseline. */
  newFindings: number;
  /** Flagged market value per currency (positions without a value left out). */
  amounts: Money[];
  /** `amounts` as one figure when it is in one currency (0 when nothing is flagged), else null. */
  marketValue: number | null;
  /** Percent of the fund flagged (see the module rules); null when the file cannot say. */
  pctOfFund: number | null;
}

export interface Holder {
  source: string;
  fund: string | null;
  family: string | null;
  positions: number;
  /** Sum of shares; null when any holding position gives none. */
  shares: number | null;
  amounts: Money[];
  /** Percent of the holding fund, by the fund rule (values over the fund's screened value first). */
  weightPct: number | null;
}

export interface EntityExposure {
  id: string;
  name: string;
  listings: Listing[];
  positions: number;
  funds: number;
  amounts: Money[];
  holders: Holder[];
}

export interface FamilyExposure {
  family: string;
  funds: number;
  fundsFlagged: number;
  positions: number;
  amounts: Money[];
  /** Flagged value over the family's screened value, when every flagged position has a value in
   *  the one currency all its funds' values are in. */
  pctOfAssets: number | null;
}

export interface RunTotals {
  funds: number;
  fundsFlagged: number;
  rows: RowCounts;
  positions: number;
  findings: number;
  suppressed: number;
  newFindings: number;
  amounts: Money[];
}

export interface ExposureSummary {
  funds: FundExposure[];
  entities: EntityExposure[];
  families: FamilyExposure[];
  totals: RunTotals;
}

// Look-through (look-through.ts builds it).

/** A fund of the run, as FundSummary names it: (source, fund). */
export interface FundRef {
  source: string;
  fund: string | null;
}

/** One hop of a path: the holder fund's position in the next fund. */
export interface PathStep {
  source: string;
  fund: string | null;
  line: number;
  /** The holding as the holder's file names it. */
  issuer: string;
  /** The fund it joined and how; `named` false: the fund's file names no fund (`fund` is the file name). */
  held: FundRef & { asOf: string | null; named: boolean };
  matchedBy: string;
  /** The holder's weight of this holding, percent; null when neither values nor weights are given. */
  weightPct: number | null;
}

export interface IndirectFinding {
  /** The root fund (the portfolio) whose exposure this is. */
  holder: FundRef;
  /** Root position first, then one step per fund; the finding's own fund is the last step's `held`. */
  path: PathStep[];
  /** The flagged holding of the last fund, as screened. */
  finding: Finding;
  /** The last fund's weight of the flagged holding, percent. */
  fundWeightPct: number | null;
  /** Share of the root position's value that ends in the flagged holding, percent (product of weights). */
  pathWeightPct: number | null;
  /** Root position value x pathWeight, in the root position's currency; null without a value. */
  exposure: Money | null;
  /** The flagged holding's shares x the part of its fund the path owns; null when not computable. */
  shares: number | null;
  suppressed: boolean;
}

export interface NotLookedThrough {
  holder: FundRef;
  line: number;
  issuer: string;
  /** The position's value, when the file gives one. */
  value: Money | null;
  reason: string;
}

export interface Exposures {
  /** Unsuppressed flagged positions held directly. */
  directPositions: number;
  direct: Money[];
  /** Unsuppressed indirect findings (paths x flagged holdings). */
  indirectPaths: number;
  indirect: Money[];
}

export interface HolderLookThrough extends Exposures {
  source: string;
  fund: string | null;
  family: string | null;
  asOf: string | null;
}

export interface EntityLookThrough extends Exposures {
  id: string;
  name: string;
  /** Shares summed over direct positions / indirect paths; null when any gives none. */
  directShares: number | null;
  indirectShares: number | null;
}

export interface FamilyLookThrough extends Exposures {
  family: string;
  funds: number;
}

export interface LookThrough {
  maxDepth: number;
  /** Funds read to look through (not roots): what was read of each, and its findings (unsuppressed). */
  funds: (FundSummary & { findings: number })[];
  findings: IndirectFinding[];
  holders: HolderLookThrough[];
  entities: EntityLookThrough[];
  families: FamilyLookThrough[];
  notLookedThrough: NotLookedThrough[];
}

// History (history.ts builds it).

export interface TimelinePoint {
  asOf: string;
  positions: number;
  shares: number | null;
  amounts: Money[];
  indirectPaths: number;
  indirectShares: number | null;
  indirectAmounts: Money[];
  /** The date against each listing of the entity (empty when nothing was held at the date). */
  timing: ListingTiming[];
}

export interface Timeline {
  /** The fund's name (or source); null on a family timeline. */
  fund: string | null;
  family: string | null;
  /** Funds of the family holding the entity at some date (family timelines), else 1. */
  funds: number;
  entity: { id: string; name: string };
  points: TimelinePoint[];
}

export interface History {
  /** Every as-of date of the run, ascending. */
  dates: string[];
  funds: Timeline[];
  families: Timeline[];
}

/** How the warning of matches --min-tier left out begins (the table's "No findings" line reads it). */
export const MIN_TIER_NOTE = '--min-tier ';
