/**
 * What the holdings readers produce: one record per data row of the input, never fewer.
 * Every row read becomes exactly one of Position (screened), ExcludedRow (not an issuer's
 * security: cash, FX, futures...) or SkippedRow (could not be read), so that
 * rows.read = screened + excluded + skipped holds by construction.
 */
import type { FundIdField, HoldingIdField } from '../reference/identifiers.js';
import type { Money } from '../reference/money.js';
import type { CutWidth } from './cut-width.js';

/**
 * A holding's identifiers as the file writes them, one per registry field (reference/identifiers.ts):
 * `ticker` (leading zeros restored where the reader knows the market), `exchange` (name or MIC as
 * written), `country` (of listing or risk, as written), and the codes ISIN, CUSIP, SEDOL, FIGI,
 * LEI and USCC (Unified Social Credit Code, for files that carry one); `seriesId` and `classId`,
 * the SEC series and share-class id of a fund the holding is (N-PORT), which look-through joins by.
 */
export type Identifiers = Partial<Record<HoldingIdField | FundIdField, string>>;

interface RowBase {
  /** Path as given by the user (or "-" for stdin); for data sets, the member file. */
  source: string;
  /** 1-based physical line where the record starts in `source`. */
  line: number;
}

export interface Position extends RowBase {
  kind: 'position';
  /** Fund this row belongs to (per row: an N-PORT data set holds thousands of funds). */
  fund: string | null;
  /** Fund family / registrant (N-PORT data sets), else null. */
  family: string | null;
  /** The row's own report date where a multi-fund input has one per filing (N-PORT data sets);
   *  a flagged position gets its input's as-of date when it has none (screen.ts). */
  asOf?: string | null;
  /** Issuer name as written, trimmed, control characters removed. */
  issuer: string;
  /** Security title / class description where the format has one (N-PORT title, 13F class). */
  title: string | null;
  ids: Identifiers;
  assetClass: string | null;
  shares: number | null;
  /** Market value in the currency it is stated in (N-PORT valUSD and 13F: USD, whatever the
   *  security trades in); null when the file gives no value. */
  value: Money | null;
  /** Percent of the fund: 0.01 means 0.01 %. Null when the file gives none, or only a bound. */
  weightPct: number | null;
  /** The file's weight when it is only a bound ("<0.01" for Vanguard's `<0.01%`): never a number. */
  weightBound?: string;
  /** The currency the security trades in, where the file says so apart from the value's
   *  (N-PORT curCd, iShares "Market Currency", SPDR "Local Currency"). */
  tradingCurrency?: string | null;
  /** The row did not fit its header and was read another way: what was repaired (--strict fails on it). */
  salvaged?: string;
  /** A salvaged row's raw text (capped): searched as a skipped row's is, since the reading kept
   *  is a guess and cells it dropped are not screened; dropped once searched. */
  text?: string;
}

export interface ExcludedRow extends RowBase {
  kind: 'excluded';
  fund: string | null;
  family: string | null;
  reason: string;
  issuer: string | null;
  marketValue: number | null;
  weightPct: number | null;
}

export interface SkippedRow extends RowBase {
  kind: 'skipped';
  reason: string;
  /** The row's raw text (capped), searched for listed companies; dropped once searched. */
  text?: string;
}

/** A line read as a note, not a row (one cell after a blank line: a disclaimer, a title). */
export interface NoteLine {
  source: string;
  line: number;
  /** Its text (capped), searched for listed companies like a skipped row's. */
  text: string;
}

export type HoldingsRecord = Position | ExcludedRow | SkippedRow;

/** How a file was read: shown by `fundscreen inspect` and carried into the report. */
export interface HoldingsMeta {
  source: string;
  /** Detected or forced layout id: ishares-us, ishares-ucits, ishares-ca, vanguard, spdr-xlsx,
   *  kraneshares, nport-xml, nport-dataset, 13f-xml, 13f-tsv, generic-csv. */
  format: string;
  fund: string | null;
  asOf: string | null;
  encoding: string | null;
  delimiter: string | null;
  /** 1-based line of the (first) header row, if any. */
  headerLine: number | null;
  /** Field -> source column name as found in the header (first section for multi-section files). */
  columns: Record<string, string>;
  /** Non-fatal notes about the read ("decoded as windows-1252", "IDENTIFIERS.tsv missing"). */
  warnings: string[];
  /** Text lines after the table that are not rows (a publisher's disclaimer), once read. */
  footer?: { lines: number; fromLine: number };
  /** The funds a multi-fund input holds, with their own identifiers (N-PORT data sets: series
   *  id and LEI), known before the first record: look-through joins holdings to them. */
  fundIdentities?: FundIdentity[];
  /** A single fund's own identifiers (an N-PORT filing: series id, series LEI, class ids), for
   *  look-through joins to it; a multi-fund input gives them per fund in fundIdentities. */
  fundIds?: OwnFundIds;
  /** Hex SHA-256 of the input's bytes, set once the input has been read (null: a data-set folder). */
  sha256?: string | null;
  /** The width the file cuts issuer names at, when its names pile up there (cut-width.ts). */
  nameCut?: CutWidth;
}

/** A fund as an input names it, for joining another fund's holding of it (look-through). */
export interface FundIdentity {
  fund: string;
  family: string | null;
  asOf: string | null;
  /** SEC series id (S000012345). */
  seriesId?: string;
  lei?: string;
  /** SEC ids of the series' share classes (C000012345). */
  classIds?: string[];
}

/** A single fund's own identifiers, when its file gives them (an N-PORT filing's genInfo). */
export type OwnFundIds = Omit<FundIdentity, 'fund' | 'family' | 'asOf'>;

export interface ReadOptions {
  /** Force a layout instead of detecting it. */
  inputFormat?: string;
  /** Explicit column mapping field=HEADER, overriding detection (generic CSV). */
  columns?: Record<string, string>;
  /** Force an input encoding. */
  encoding?: string;
  /** Force a delimiter. */
  delimiter?: string;
  /** For stdin: a readable stream to use instead of process.stdin (tests). */
  stdin?: NodeJS.ReadableStream;
  /** The working folder relative paths are read from; `source` keeps the path as given. */
  cwd?: string;
  /**
   * SEC 13F VALUE unit when the filing date is not in the input (a bare information-table XML):
   * 'thousands' for filings before 2023-01-03, 'dollars' from then on. Unset: dollars, with a warning.
   */
  valueUnit?: 'dollars' | 'thousands';
  /** Progress callback: bytes consumed so far and total bytes if known. */
  onBytes?: (read: number, total: number | null) => void;
}

export interface HoldingsReader {
  /** Filled before the first record is yielded; multi-section readers may add warnings later. */
  meta: HoldingsMeta;
  /** The records in file order, a batch at a time (a batch per chunk of input read): one await
   *  per batch, not per row, since a million rows each through a promise cost about a second. */
  batches: AsyncIterable<HoldingsRecord[]>;
  /** Lines read as notes, complete once the records are read (the first MAX_NOTES of a file):
   *  a note that names a listed company is reported and counted as a skipped row. */
  notes?: readonly NoteLine[];
  /** Hex SHA-256 of the input's bytes (as stored: a .gz or .zip compressed), asked once the records
   *  are read; absent or null where there is no one file (a data-set folder). */
  sha256?(): Promise<string | null>;
}
