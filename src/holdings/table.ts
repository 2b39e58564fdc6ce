/**
 * The delimited-text holdings reader shared by every CSV/TSV layout: decode, split lines, find the
 * header, pick the layout, then stream one record per data row. Blank lines, section titles,
 * repeated headers and single-cell notes after the table (disclaimers) are not rows; everything
 * else is a Position, an ExcludedRow or a SkippedRow with its physical line.
 */
import { InputError, NotHoldingsError, UsageError } from '../errors.js';
import { dropNonNumeric, dropUnlikeAssetClass, dropUnlikeFundAndDate, identifierByContents, numericIssuer, exactHeaderField, headerScore, IDENTIFIER_FIELDS, mapColumns, normalizeHeader, unreadColumns, NUMERIC_FIELDS, type ColumnMap, type Field } from './columns.js';
import { decodeText, detectEncoding } from './decode.js';
import { cappedRowText, lenientFields, MAX_EVENT_TEXT, quoteBoundaryFields, RecordReader, splitLine, strayQuoteReadings, type RecordEvent } from './delimited.js';
import type { TextLayout, RowView, Section } from './layout.js';
import { MAX_LINE_CHARS, splitLines, withoutNuls, type LineBatch } from './lines.js';
import { restoreLeadingZeros } from '../reference/markets.js';
import { isValidIsin } from '../reference/check-digits.js';
import { amountCurrency, currencyCode } from '../reference/money.js';
import { isTotalLabel, isTotalLineReason, SumCheck } from './exclusions.js';
import { nameColumnByContents } from './name-column.js';
import { nameInTickerCell, profileColumns, salvageRow, type Reading, type Salvaged, type SalvageTable } from './salvage.js';
import type { ByteSource } from './open.js';
import type { HoldingsMeta, HoldingsReader, HoldingsRecord, Identifiers, NoteLine, Position, ReadOptions } from './position.js';
import { DELIMITER_NAMES, findHeader, HEADER_SCAN_LINES, sepDirective, sniffDecimalComma } from './sniff.js';
import { cleanText, parseDate, parseNumber, parseWeight, plainNumberValue, textOrNull, writesPercent, type WeightResult } from './values.js';
import { scaled, type ValueUnit } from './value-unit.js';
import { cleanId, ID_TYPES, isClassId, isSeriesId, type IdType } from '../reference/identifiers.js';

const HEAD_BYTES = 64 * 1024;
/** Salvaged rows named one by one in the warnings of a file; the rest are counted. */
const SALVAGE_WARNINGS = 20;
/** Notes (disclaimer lines) of a file kept for the screen's search; past these, more are not searched (said). */
const MAX_NOTES = 1000;
/** Recent well-formed rows kept (by reference) to learn what each column holds, for salvage. */
const RECENT_ROWS = 32;
/** Lines held before parsing starts: the header scan plus sample rows for number sniffing. */
const HEAD_LINES = HEADER_SCAN_LINES + 50;

function isBlank(fields: string[]): boolean {
  for (const f of fields) if (cleanText(f).length > 0) return false;
  return true;
}

function lastFilled(fields: string[]): number {
  for (let i = fields.length - 1; i >= 0; i--) if (cleanText(fields[i]).length > 0) return i;
  return -1;
}

function filledCount(fields: string[]): number {
  let n = 0;
  for (const f of fields) if (cleanText(f).length > 0) n++;
  return n;
}

/** The current header of a table (multi-section files change it per section). */
interface TableHeader {
  cells: string[];
  normalized: string[];
  map: ColumnMap;
  line: number;
  /** Columns up to the last non-empty header cell. */
  named: number;
  /** Memo of column positions asked for by name (layouts ask the same names on every row). */
  lookups: Map<string, number>;
  /** Where the fields a position reads are (-1: no such column), worked out once per header. */
  at: FieldColumns;
}

/** Column positions of the fields read on every row, as plain properties: the hot path does no keyed lookup. */
interface FieldColumns {
  issuer: number;
  ticker: number;
  exchange: number;
  country: number;
  title: number;
  assetClass: number;
  currency: number;
  tradingCurrency: number;
  shares: number;
  marketValue: number;
  weightPct: number;
  fund: number;
  asOf: number;
  seriesId: number;
  classId: number;
  /** The identifier columns present, in ID_TYPES order. */
  ids: [IdType, number][];
}

function fieldColumns(index: ColumnMap['index']): FieldColumns {
  const at = (f: Field): number => index[f] ?? -1;
  return {
    issuer: at('issuer'), ticker: at('ticker'), exchange: at('exchange'), country: at('country'), title: at('title'),
    assetClass: at('assetClass'), currency: at('currency'), tradingCurrency: at('tradingCurrency'),
    shares: at('shares'), marketValue: at('marketValue'), weightPct: at('weightPct'), fund: at('fund'), asOf: at('asOf'), seriesId: at('seriesId'), classId: at('classId'),
    ids: ID_TYPES.flatMap((t): [IdType, number][] => (index[t] === undefined ? [] : [[t, index[t]!]])),
  };
}

/**
 * The data row being read. A cell's cleaned text is worked out once (the layout's exclude and the
 * record ask the same cells). One Row serves every row of a table in turn (`reset`): a row is read
 * whole before the next one starts and no layout keeps it, and a Row and its memo a row were a
 * third of the row path's allocations.
 */
/** A cell that is a figure, however written ("2,000.00", "(5)", "100 %", "$ 1 000"): no label. */
const NUMBER_LIKE = /^[-+−(]?[$€£¥]?\s*[\d.,' \u00a0]+\s*[)%]?$/;

class Row implements RowView {
  private fields: string[] = [];
  private header!: TableHeader;
  section: string | null = null;
  private readonly memo: (string | null | undefined)[] = [];

  reset(fields: string[], header: TableHeader, section: string | null): this {
    this.fields = fields;
    this.header = header;
    this.section = section;
    // Emptied at the row's width (a length set once, then only overwritten: no reallocation; a
    // loop, not fill(), which V8 runs in its C++ runtime).
    const memo = this.memo;
    if (memo.length !== fields.length) memo.length = fields.length;
    for (let i = 0; i < memo.length; i++) memo[i] = undefined;
    return this;
  }
  /** Cleaned text of column `i`, null for a placeholder or no column (-1). */
  cell(i: number): string | null {
    if (i < 0) return null;
    let v = this.memo[i];
    if (v === undefined) v = this.memo[i] = textOrNull(this.fields[i]);
    return v;
  }
  get(field: Field): string | null {
    return this.cell(this.header.map.index[field] ?? -1);
  }
  firstText(): { text: string; header: string } | null {
    for (let i = 0; i < this.fields.length; i++) {
      const t = this.cell(i);
      if (t !== null && !NUMBER_LIKE.test(t)) return { text: t, header: cleanText(this.header.cells[i] ?? '') };
    }
    return null;
  }
  column(normalizedHeader: string): string | null {
    let i = this.header.lookups.get(normalizedHeader);
    if (i === undefined) this.header.lookups.set(normalizedHeader, (i = this.header.normalized.indexOf(normalizedHeader)));
    return this.cell(i);
  }
}

export async function readDelimited(
  source: string,
  bytes: ByteSource,
  opts: ReadOptions,
  layouts: readonly TextLayout[],
): Promise<HoldingsReader> {
  try {
    return await openTable(source, bytes, opts, layouts);
  } catch (err) {
    await bytes.close();
    throw err;
  }
}

async function openTable(
  source: string,
  bytes: ByteSource,
  opts: ReadOptions,
  layouts: readonly TextLayout[],
): Promise<HoldingsReader> {
  const head = await bytes.peek(HEAD_BYTES);
  if (head.length === 0) throw new InputError(source, 'empty file');
  const encoding = detectEncoding(source, head, opts.encoding);
  const warnings: string[] = [];
  if (encoding.warning) warnings.push(encoding.warning);
  const lineBatches = splitLines(decodeText(bytes, encoding, (w) => warnings.push(w)))[Symbol.asyncIterator]();

  // Hold the first lines: the header is searched there before any table parsing starts.
  const held: LineBatch[] = [];
  const headLines: string[] = [];
  let exhausted = false;
  while (headLines.length < HEAD_LINES) {
    const r = await lineBatches.next();
    if (r.done) {
      exhausted = true;
      break;
    }
    held.push(r.value);
    for (const l of r.value.lines) headLines.push(l);
  }
  if (headLines.every((l) => cleanText(l).length === 0)) {
    // A line over the cap arrives with its text dropped: it is not "empty", it is unreadable.
    const firstOversize = held.find((b) => b.oversize.length > 0)?.oversize[0];
    if (firstOversize !== undefined) {
      throw new InputError(source, `no header row: line ${firstOversize} is longer than ${MAX_LINE_CHARS} characters`, firstOversize);
    }
    throw new InputError(source, 'empty file (no text)');
  }

  const sep = sepDirective(headLines[0]);
  const forcedDelimiter = opts.delimiter ?? sep ?? undefined;
  if (forcedDelimiter !== undefined && forcedDelimiter.length !== 1) {
    throw new UsageError(`--delimiter must be one character (got ${JSON.stringify(forcedDelimiter)})`);
  }
  const explicit = opts.columns ? Object.values(opts.columns) : undefined;
  const found = findHeader(headLines, forcedDelimiter, explicit);
  const { bestWithoutIssuer } = found;
  let { shape } = found;
  // A header of known words but no issuer or identifier column ("Instrument, Sector, Market Value,
  // Weight"): the table all the same when a column's cells read as company names (nameColumnByContents,
  // asked again below with the columns the header maps taken).
  if (!shape && !explicit && bestWithoutIssuer) {
    const rows = headLines.slice(bestWithoutIssuer.line + 1, bestWithoutIssuer.line + 1 + HEADER_SCAN_LINES).map((l) => splitLine(l, bestWithoutIssuer.delimiter)).filter((r) => !isBlank(r));
    if (nameColumnByContents(bestWithoutIssuer.cells, rows, new Set()) !== null) {
      shape = { delimiter: bestWithoutIssuer.delimiter, headerIndex: bestWithoutIssuer.line, header: bestWithoutIssuer.cells };
    }
  }
  if (!shape) {
    if (explicit) {
      throw new InputError(source, `no header row with the columns ${explicit.join(', ')} in the first ${HEADER_SCAN_LINES} lines`);
    }
    if (bestWithoutIssuer) {
      throw new InputError(
        source,
        `issuer column not found in the header (${bestWithoutIssuer.cells.map((c) => cleanText(c)).join(', ')}); name it with --columns issuer=HEADER`,
        bestWithoutIssuer.line + 1,
      );
    }
    throw new NotHoldingsError(
      source,
      `no header row found in the first ${HEADER_SCAN_LINES} lines (expected a column such as Name, Issuer, Holdings, Security Name or Company)`,
    );
  }
  const { delimiter, headerIndex } = shape;
  const headerLine = headerIndex + 1;
  // Our own CSV report read back (given with the holdings, or in the folder of a nightly job): its
  // findings are no holdings, as a JSON report's are not.
  if (!opts.inputFormat && !explicit && isCsvReportHeader(shape.header)) {
    throw new NotHoldingsError(source, 'a fundscreen CSV report, not holdings (give the JSON report with --baseline to compare runs)');
  }
  const preambleCells = headLines.slice(sep ? 1 : 0, headerIndex).map((l) => splitLine(l, delimiter));
  const normalizedHeader = shape.header.map(normalizeHeader);

  let layout: TextLayout;
  if (opts.inputFormat) {
    const forced = layouts.find((l) => l.id === opts.inputFormat);
    if (!forced) throw new UsageError(`--input-format: unknown format "${opts.inputFormat}"`);
    layout = forced;
  } else {
    layout = layouts.find((l) => l.detect(normalizedHeader, preambleCells))!;
  }

  const makeHeader = (cells: string[], line: number): TableHeader => {
    const map = mapColumns(cells, layout.synonyms, opts.columns);
    return { lookups: new Map(), cells, normalized: cells.map(normalizeHeader), map, line, named: lastFilled(cells) + 1, at: fieldColumns(map.index) };
  };
  const sampleRows = headLines.slice(headerIndex + 1).map((l) => splitLine(l, delimiter));
  let header = makeHeader(shape.header, headerLine);
  warnings.push(...dropNonNumeric(header.map, sampleRows));
  // The first data rows bear out (or not) what the header's words say each column is.
  const filledRows = sampleRows.filter((r) => !isBlank(r));
  warnings.push(...dropUnlikeAssetClass(header.map, filledRows));
  identifierByContents(header.map, shape.header, filledRows);
  const issuerSaid = numericIssuer(header.map, shape.header, filledRows);
  if (issuerSaid !== null) warnings.push(issuerSaid);
  dropUnlikeFundAndDate(header.map, filledRows, parseDate);
  header.at = fieldColumns(header.map.index);
  // No header names the issuer: the column whose cells read as company names is (said, so a user can name another).
  if (header.map.index.issuer === undefined && opts.columns?.issuer === undefined) {
    const taken = new Set(Object.values(header.map.index));
    const at = nameColumnByContents(shape.header, filledRows, taken);
    if (at !== null) {
      header.map.index.issuer = at;
      header.map.names.issuer = shape.header[at];
      header.at = fieldColumns(header.map.index);
      warnings.push(`no header names the issuer column: "${cleanText(shape.header[at])}" read as the name, as its cells read as company names (name another with --columns issuer=HEADER)`);
    }
  }
  if (header.map.index.issuer === undefined) {
    const ids = [...IDENTIFIER_FIELDS].filter((f) => header.map.index[f] !== undefined).map((f) => header.map.names[f]);
    const headerText = shape.header.map((c) => cleanText(c)).join(', ');
    if (ids.length === 0) throw new InputError(source, `issuer column not found in the header (${headerText})`, headerLine);
    warnings.push(`no issuer name column (header: ${headerText}): rows are screened by ${ids.join(', ')} alone; name the issuer column with --columns issuer=HEADER`);
  }

  const { index: mapped, valueCurrency: namedCurrency } = header.map;
  const unread = unreadColumns(shape.header, header.map);
  if (mapped.marketValue === undefined && mapped.weightPct === undefined && unread.length > 0) {
    warnings.push(`no market value or weight column recognised, columns not read: ${unread.join(', ')}; findings carry no exposure (name the columns with --columns marketValue=HEADER,weightPct=HEADER)`);
  } else if (namedCurrency === '$' && !layout.dollar && mapped.currency === undefined) {
    warnings.push(`${header.map.names.marketValue}: "$" is the sign of several currencies; market values are read without a currency`);
  }
  const unitSaid = unitWarning(header.map);
  if (unitSaid !== null) warnings.push(unitSaid);
  const pre = layout.preamble?.(preambleCells) ?? { fund: null, asOf: null };
  let section: Section | null = null;
  if (layout.section) for (const cells of preambleCells) section = layout.section(cells) ?? section;

  const numericColumns = [...NUMERIC_FIELDS].map((f) => header.map.index[f]).filter((i): i is number => i !== undefined);
  const decimalComma = sniffDecimalComma(sampleRows, numericColumns, delimiter === ',');
  if (decimalComma) warnings.push('numbers use a decimal comma (1.234,56)');
  // An oversize line comes as '' but is a row (skipped for its length), not a blank one.
  if (exhausted && sampleRows.every(isBlank) && !held.some((b) => b.oversize.some((no) => no > headerLine))) warnings.push('header only: the file has no data rows');

  const meta: HoldingsMeta = {
    source,
    format: layout.id,
    fund: pre.fund,
    asOf: pre.asOf,
    encoding: encoding.name,
    delimiter: DELIMITER_NAMES[delimiter] ?? delimiter,
    headerLine,
    columns: header.map.names,
    warnings,
  };

  const noteLines: NoteLine[] = [];
  async function* records(): AsyncGenerator<HoldingsRecord[]> {
    // The records of the lines fed so far; yielded as a batch and replaced (the consumer keeps it).
    let out: HoldingsRecord[] = [];
    let afterBlank = false;
    let expectHeader = false;
    let rows = 0;
    /** The figures of the rows so far, to tell a total line by its sum (SumCheck). */
    const sums = new SumCheck();
    let notes = 0;
    let firstNoteLine = 0;
    let repeatedHeaders = 0;

    // A row may stop after the last named header column (a header written with trailing
    // delimiters) and may carry extra empty fields (Excel pads rows with commas).
    const widthOk = (fields: string[]): boolean => {
      if (fields.length === header.cells.length) return true;
      if (fields.length < header.named) return false;
      for (let i = header.named; i < fields.length; i++) if (cleanText(fields[i]).length > 0) return false;
      return true;
    };
    const isNote = (fields: string[]) => afterBlank && filledCount(fields) === 1 && cleanText(fields[0]).length > 0 && !widthOk(fields);

    const sameHeader = (fields: string[]): boolean =>
      fields.length === header.normalized.length && fields.every((f, i) => normalizeHeader(f) === header.normalized[i]);
    const skip = (line: number, reason: string, text?: string) =>
      out.push(text === undefined ? { kind: 'skipped', source, line, reason } : { kind: 'skipped', source, line, reason, text: text.slice(0, MAX_EVENT_TEXT) });

    // Salvage: what the table's good rows look like, learned only when a row needs it.
    const recent: string[][] = [];
    let recentAt = 0;
    let salvageTable: SalvageTable | null = null;
    let salvagedRows = 0;
    let firstUnnamed = 0;
    const tableForSalvage = (): SalvageTable => {
      if (salvageTable) return salvageTable;
      const rows = header.line === headerLine ? sampleRows.filter((r) => widthOk(r)) : [];
      rows.push(...recent);
      return (salvageTable = {
        delimiter, width: header.cells.length, named: header.named, index: header.map.index, decimalComma,
        profile: profileColumns(rows, header.cells.length, decimalComma),
      });
    };
    /** The row read another way, screened with a warning; else skipped with its reason and text. */
    const salvage = (readings: Reading[], line: number, reason: string, text: string): void => {
      const s = header.map.index.issuer === undefined ? null : salvageRow(readings, tableForSalvage(), header.line);
      if (s === null || toRecord(s.fields, line, s.repair, text) !== null) {
        skip(line, reason, text);
        return;
      }
      if (salvagedRows++ < SALVAGE_WARNINGS) warnings.push(`line ${line}: row salvaged and screened: ${s.repair}`);
      else if (salvagedRows === SALVAGE_WARNINGS + 1) firstUnnamed = line;
    };
    /** The other readings of a line whose quotes are broken: stray quotes as text, quote-delimiter boundaries. */
    const quoteReadings = (text: string): Reading[] => {
      const out: Reading[] = [{ fields: lenientFields(text, delimiter), how: 'quotes re-read (a stray quote kept as text)' }];
      const boundary = quoteBoundaryFields(text, delimiter);
      if (boundary) out.push({ fields: boundary, how: 'quotes re-read (cells cut where a quote meets a delimiter)' });
      for (const fields of strayQuoteReadings(text, delimiter)) out.push({ fields, how: 'quotes re-read (one stray quote kept as text)' });
      return out;
    };

    /**
     * A row whose name sits in its Ticker cell (nameInTickerCell), read with the name where it
     * belongs and no ticker; null for any other row (most: a ticker has no space).
     */
    const shiftedName = (fields: string[]): Salvaged | null => {
      const { ticker: ti, issuer: ii } = header.at;
      if (ti < 0 || ii < 0) return null;
      const raw = fields[ti];
      if (raw === undefined || raw.length < 8 || !raw.includes(' ')) return null;
      const issuer = textOrNull(fields[ii]);
      const name = nameInTickerCell(textOrNull(raw), issuer);
      // (A "Grand Total" there is the table's total line: excluded as written, under its column.)
      if (name === null || isTotalLabel(name)) return null;
      const repaired = fields.slice();
      repaired[ii] = name;
      repaired[ti] = '';
      const tickerHeader = cleanText(header.cells[ti]);
      const nameHeader = cleanText(header.cells[ii]);
      return {
        fields: repaired,
        repair: `the name read from the ${tickerHeader} cell, which holds words, not a code (the ${nameHeader} cell ${issuer === null ? 'empty' : `holds "${issuer}", a sector or asset class`})`,
      };
    };
    const hasFigureColumn = (): boolean => header.at.marketValue >= 0 || header.at.weightPct >= 0 || header.at.shares >= 0;
    /**
     * A line that reads as a holdings header of its own: two known header words or more, half its
     * cells or more, an issuer or identifier column named exactly as headers name it ("Name",
     * "Ticker", "ISIN": not a company called Issuer Direct), and no figure in any cell.
     */
    const readsAsHeader = (fields: string[]): boolean => {
      const filled = filledCount(fields);
      if (filled < 2) return false;
      let keyColumn = false;
      for (const f of fields) {
        const n = parseNumber(f, decimalComma);
        if (n.ok && n.value !== null) return false;
        const field = keyColumn ? null : exactHeaderField(f);
        if (field === 'issuer' || (field !== null && IDENTIFIER_FIELDS.has(field))) keyColumn = true;
      }
      if (!keyColumn) return false;
      const { known } = headerScore(fields);
      return known >= 2 && known * 2 >= filled;
    };
    /** The rows below `line` are read by the header `fields` (a section's, a second table's). */
    const startTable = (fields: string[], line: number): void => {
      header = makeHeader(fields, line);
      // A fund or date column is read only under the first header, whose rows bore it out
      // (dropUnlikeFundAndDate): a later table's "Date" is a bond section's maturity as often.
      for (const f of ['fund', 'asOf'] as const) {
        delete header.map.index[f];
        delete header.map.names[f];
      }
      header.at = fieldColumns(header.map.index);
      sums.restart();
      salvageTable = null;
      recent.length = 0;
      const unitSaid = unitWarning(header.map);
      if (unitSaid !== null) warnings.push(`line ${line}: ${unitSaid}`);
    };
    const newTable = (fields: string[], line: number): void => {
      afterBlank = false;
      const named = fields.map((c) => cleanText(c)).filter((c) => c.length > 0).join(', ');
      warnings.push(`line ${line}: a new header (${named}); the rows below it are read by its columns`);
      startTable(fields, line);
      if (header.map.index.issuer === undefined && header.at.ticker < 0 && header.at.ids.length === 0) {
        warnings.push(`line ${line}: that header has no issuer or identifier column; its rows are skipped`);
      }
    };

    const onEvent = (ev: RecordEvent): void => {
      if (ev.kind === 'bad') {
        rows++;
        afterBlank = false;
        if (ev.text === undefined) skip(ev.line, ev.reason);
        else if (ev.cut) skip(ev.line, ev.reason, ev.text); // a cut line or cell is never read as a row
        else salvage(quoteReadings(ev.text), ev.line, ev.reason, ev.text);
        return;
      }
      const { fields, line } = ev;
      if (isBlank(fields)) {
        afterBlank = true;
        return;
      }
      const sec = layout.section?.(fields);
      if (sec) {
        section = sec;
        expectHeader = true;
        return;
      }
      if (expectHeader) {
        expectHeader = false;
        startTable(fields, line);
        if (header.map.index.issuer === undefined) {
          warnings.push(`line ${line}: section header without an issuer column; its rows are skipped`);
        }
        return;
      }
      if (fields.length === header.cells.length && fields.every((f, i) => f === header.cells[i])) {
        repeatedHeaders++;
        return;
      }
      // A header part-way through (two exports concatenated, a second table with its own columns)
      // starts a new table. Asked of the rows that could be one: after a blank line, of another
      // width, or in a table with no figure to tell a data row (and, below, a row that failed).
      if ((afterBlank || !widthOk(fields) || !hasFigureColumn()) && readsAsHeader(fields)) {
        newTable(fields, line);
        return;
      }
      if (isNote(fields)) {
        if (notes++ === 0) firstNoteLine = line;
        // Searched all the same (by the screen): a listed name alone on a line after a blank one is not lost.
        if (notes <= MAX_NOTES) noteLines.push({ source, line, text: cappedRowText(fields, delimiter) });
        return;
      }
      rows++;
      afterBlank = false;
      if (!widthOk(fields)) {
        const what = ev.loose ? 'malformed quotes' : 'ragged row';
        const readings: Reading[] = [{ fields, how: '' }];
        if (ev.text !== undefined) readings.push(...quoteReadings(ev.text));
        salvage(readings, line, `${what}: ${fields.length} fields, the header at line ${header.line} has ${header.cells.length}`, ev.text ?? cappedRowText(fields, delimiter));
        return;
      }
      const shifted = shiftedName(fields);
      if (shifted !== null && toRecord(shifted.fields, line, shifted.repair) === null) {
        // (Read so, the row may be excluded: a "Total" or cash line; its reason says so.)
        if (out[out.length - 1]?.kind !== 'position') return;
        if (salvagedRows++ < SALVAGE_WARNINGS) warnings.push(`line ${line}: row salvaged and screened: ${shifted.repair}`);
        else if (salvagedRows === SALVAGE_WARNINGS + 1) firstUnnamed = line;
        return;
      }
      const failed = toRecord(fields, line);
      if (failed !== null && sameHeader(fields)) {
        // The header again, spelt another way (case, spaces): concatenated exports.
        rows--;
        repeatedHeaders++;
        return;
      }
      if (failed !== null && readsAsHeader(fields)) {
        rows--;
        newTable(fields, line);
        return;
      }
      if (failed === null) {
        if (recent.length < RECENT_ROWS) recent.push(fields);
        else recent[recentAt++ % RECENT_ROWS] = fields;
      } else if (ev.text !== undefined) salvage(quoteReadings(ev.text), line, failed, ev.text);
      else skip(line, failed, cappedRowText(fields, delimiter));
    };

    const rowView = new Row();
    let percentValueSaid = false;
    /** Per fund, the date its first dated row gave (a Date column); another is said once (otherDateSaid). */
    const fundDates = new Map<string | null, string>();
    let otherDateSaid = false;
    /**
     * Maps a row of the header's width to a record and queues it; returns why it cannot be read
     * instead (nothing queued). `repair`: the row was salvaged (said on the position).
     */
    const toRecord = (fields: string[], line: number, repair?: string, text?: string): string | null => {
      const at = header.at;
      if (at.issuer < 0 && at.ticker < 0 && at.ids.length === 0) return `no issuer column in the header at line ${header.line}`;
      const row = rowView.reset(fields, header, section?.name ?? null);
      const issuer = at.issuer < 0 ? null : row.cell(at.issuer);
      const excluded = layout.exclude(row);
      // Numbers in the order shares, market value, weight: the first that cannot be read is the reason.
      let shares: number | null = null;
      let marketValue: number | null = null;
      let weightPct: number | null = null;
      let weightBound: string | undefined;
      // A plainly written number is read in place (plainNumberValue: no result object, three cells
      // a row); any other cell goes through parseNumber / parseWeight, which read it the same way.
      if (at.shares >= 0) {
        const plain = plainNumberValue(fields[at.shares], decimalComma);
        if (plain === plain) shares = plain;
        else {
          const r = parseNumber(fields[at.shares], decimalComma);
          if (r.ok) shares = r.value;
          else if (!excluded) return `${header.cells[at.shares].trim()}: ${r.reason}`;
        }
      }
      if (at.marketValue >= 0) {
        const plain = plainNumberValue(fields[at.marketValue], decimalComma);
        if (plain === plain) marketValue = plain;
        else if (writesPercent(fields[at.marketValue])) {
          // "12%" in the value column is a share, not an amount (a shifted column, a cell formatted
          // as a percentage): no value, said once, the row screened.
          if (!percentValueSaid) {
            percentValueSaid = true;
            warnings.push(`line ${line}: ${header.cells[at.marketValue].trim()} "${cleanText(fields[at.marketValue]).slice(0, 40)}" is a percentage, not an amount: such rows are read with no value`);
          }
        } else {
          const r = parseNumber(fields[at.marketValue], decimalComma);
          if (r.ok) marketValue = r.value;
          else if (!excluded) return `${header.cells[at.marketValue].trim()}: ${r.reason}`;
        }
        // Figures in thousands (万元, millions ...) as the header says: amounts.
        const unit = header.map.valueUnit;
        if (unit !== null && marketValue !== null) marketValue = scaled(marketValue, unit);
      }
      if (at.weightPct >= 0) {
        const plain = plainNumberValue(fields[at.weightPct], decimalComma);
        if (plain === plain) weightPct = plain;
        else {
          const r: WeightResult = parseWeight(fields[at.weightPct], decimalComma);
          if (r.ok) {
            weightPct = r.value;
            if (r.bound !== undefined) weightBound = r.bound;
          } else if (!excluded) return `${header.cells[at.weightPct].trim()}: ${r.reason}`;
        }
      }
      // A total line no label list knows, told by its figures ("Account Total" with the sum of the rows above).
      const sumLine = excluded ? null : sums.reason(row, marketValue, weightPct);
      if (excluded || sumLine !== null) {
        const reason = (excluded || sumLine) as string;
        if (isTotalLineReason(reason)) sums.closePart();
        else sums.add(marketValue, weightPct);
        out.push({ kind: 'excluded', source, line, fund: row.cell(at.fund) ?? meta.fund, family: null, reason, issuer, marketValue, weightPct });
        return null;
      }
      // Key order as written here is the order the report's JSON shows.
      const ids: Identifiers = {};
      const exchange = row.cell(at.exchange);
      const ticker = row.cell(at.ticker);
      if (ticker) ids.ticker = restoreLeadingZeros(ticker, exchange);
      if (exchange) ids.exchange = exchange;
      const country = row.cell(at.country);
      if (country) ids.country = country;
      let codes = 0;
      for (const [f, i] of at.ids) {
        const v = row.cell(i);
        if (v) {
          ids[f] = v;
          codes++;
        }
      }
      // An ISIN in the code column (a Korean or Japanese file's 종목코드 / コード for a foreign
      // stock, a ticker column of ISINs) is the ISIN too, when no ISIN column gives one.
      if (ticker !== null && ticker.length === 12 && ids.isin === undefined && isValidIsin(ticker)) ids.isin = ticker;
      // A fund position's SEC series or class id, only when shaped as one (S/C + nine digits).
      const seriesCell = row.cell(at.seriesId);
      const seriesId = seriesCell === null ? '' : cleanId(seriesCell);
      if (isSeriesId(seriesId)) {
        ids.seriesId = seriesId;
        codes++;
      }
      const classCell = row.cell(at.classId);
      const classId = classCell === null ? '' : cleanId(classCell);
      if (isClassId(classId)) {
        ids.classId = classId;
        codes++;
      }
      if (issuer === null && !ticker && codes === 0) return 'no issuer name and no identifier';
      const position: Position = {
        kind: 'position', source, line, fund: row.cell(at.fund) ?? meta.fund, family: null,
        issuer: issuer ?? '',
        title: row.cell(at.title),
        ids,
        assetClass: row.cell(at.assetClass) ?? section?.name ?? null,
        shares,
        value: marketValue === null ? null : { amount: marketValue, currency: rowCurrency(row.cell(at.currency), fields, line) },
        weightPct,
      };
      if (weightBound !== undefined) position.weightBound = weightBound;
      // The date the row's holdings are of, where the file writes one a row (its Date column): one
      // date a fund, its first; another further down is said, not taken (the first rows bore the column out).
      const asOf = at.asOf < 0 ? null : parseDate(row.cell(at.asOf));
      if (asOf !== null) {
        const first = fundDates.get(position.fund);
        if (first === undefined) fundDates.set(position.fund, asOf);
        if (first === undefined || first === asOf) position.asOf = asOf;
        else if (!otherDateSaid) {
          otherDateSaid = true;
          warnings.push(`line ${line}: ${header.map.names.asOf} ${asOf} is another date than the ${first} of the rows above${position.fund === null ? '' : ` of ${position.fund}`}: the fund keeps ${first}`);
        }
      }
      const tradingCurrency = row.cell(at.tradingCurrency);
      if (tradingCurrency) position.tradingCurrency = tradingCurrency;
      if (repair !== undefined) {
        position.salvaged = repair;
        if (text !== undefined) position.text = text.slice(0, MAX_EVENT_TEXT);
      }
      sums.add(marketValue, weightPct);
      out.push(position);
      return null;
    };

    /**
     * A row's amount's currency: its currency column's, unless the Market Value header names
     * another ("Market Value (USD)" beside Currency EUR): the header speaks of the amounts, such a
     * column of the security, and the conflict is said once.
     */
    let currencyConflict = false;
    let currencyUnread = false;
    const rowCurrency = (cell: string | null, fields: string[], line: number): string | null => {
      // The column's text as an ISO code ("usd", "RMB"); text that names no one currency ("GBp": pence) labels nothing.
      const column = cell === null ? null : currencyCode(cell);
      if (cell !== null && column === null && !currencyUnread) {
        currencyUnread = true;
        warnings.push(`line ${line}: ${header.map.names.currency ?? 'currency'} "${cell}" is no ISO 4217 currency code: such rows' amounts are labelled as their header or cell says, else with no currency`);
      }
      const named = header.map.valueCurrency;
      if (column === null || named === null || named === '$' || column.toUpperCase() === named.toUpperCase()) return column ?? valueCurrency(fields);
      if (!currencyConflict) {
        currencyConflict = true;
        warnings.push(`line ${line}: ${header.map.names.marketValue} names ${named}, its ${header.map.names.currency ?? 'currency'} column ${column}: amounts are labelled ${named}, as their header says (the column read as the security's currency)`);
      }
      return named;
    };

    /** Without a currency column: what the Market Value header ("Market Value (EUR)") or cell says. */
    const valueCurrency = (fields: string[]): string | null => {
      const i = header.map.index.marketValue;
      if (i === undefined) return null;
      const named = header.map.valueCurrency;
      if (named !== null) return named === '$' ? layout.dollar ?? null : named;
      // A code or sign beside the figure ("9,000.00 USD", "12 345,67 €"; a bare "$" only as the layout reads it).
      const stated = amountCurrency(fields[i]);
      return stated === '$' ? layout.dollar ?? null : stated ?? null;
    };

    // A line inside a quoted field that is a row by itself means the quote was unclosed. A line of
    // the table's width with fewer than two values (",,,", ",,,X") is no such row.
    const reader = new RecordReader(delimiter, (fields) => (widthOk(fields) && filledCount(fields) >= 2 ? 'row' : isNote(fields) ? 'note' : null), onEvent);
    let nulLines = 0;
    const feed = (batch: LineBatch, from: number): void => {
      const oversize = batch.oversize.length > 0 ? new Map(batch.oversize.map((no, k) => [no, batch.oversizeHeads?.[k] ?? ''])) : null;
      for (let i = Math.max(0, from - batch.first); i < batch.lines.length; i++) {
        const no = batch.first + i;
        let text = oversize?.get(no) ?? batch.lines[i];
        if (text.includes('\0')) {
          const fixed = withoutNuls(text);
          text = fixed.text;
          if (text.trim().length > 0 && nulLines++ < SALVAGE_WARNINGS) warnings.push(`line ${no}: ${fixed.utf16 ? 'UTF-16 text inside the file, read without its NUL bytes' : 'NUL bytes removed'}`);
        }
        reader.push(text, no, oversize?.has(no) ?? false);
      }
    };

    const take = (): HoldingsRecord[] => {
      const batch = out;
      out = [];
      return batch;
    };
    try {
      for (const batch of held) {
        feed(batch, headerLine + 1);
        if (out.length > 0) yield take();
      }
      held.length = 0;
      for (;;) {
        const r = await lineBatches.next();
        if (r.done) break;
        feed(r.value, 0);
        if (out.length > 0) yield take();
      }
      reader.end();
      if (out.length > 0) yield take();
    } finally {
      // A consumer that stops early (or an error) must not leave the file open.
      await lineBatches.return?.(undefined);
    }
    // A disclaimer after the table is expected, not a problem: recorded for `inspect`, no warning.
    if (notes > 0) meta.footer = { lines: notes, fromLine: firstNoteLine };
    if (notes > MAX_NOTES) warnings.push(`${notes} one-cell lines read as notes after blank lines; only the first ${MAX_NOTES} were searched for listed companies`);
    if (salvagedRows > SALVAGE_WARNINGS) warnings.push(`${salvagedRows - SALVAGE_WARNINGS} more row(s) salvaged and screened, from line ${firstUnnamed} (the first ${SALVAGE_WARNINGS} are named above)`);
    if (nulLines > SALVAGE_WARNINGS) warnings.push(`${nulLines - SALVAGE_WARNINGS} more line(s) with NUL bytes removed`);
    if (repeatedHeaders > 0) warnings.push(`${repeatedHeaders} repeated header line(s) ignored`);
    if (rows === 0 && !warnings.some((w) => w.startsWith('header only'))) warnings.push('header only: the file has no data rows');
  }

  return { meta, batches: records(), notes: noteLines };
}

/** The columns only fundscreen's CSV report has together (report/csv.ts). */
const CSV_REPORT_COLUMNS = ['entity_id', 'tier', 'explanation', 'record'];
function isCsvReportHeader(header: readonly string[]): boolean {
  const cells = new Set(header.map((h) => h.trim().toLowerCase()));
  return CSV_REPORT_COLUMNS.every((c) => cells.has(c));
}

/** What a market-value header's unit does to its figures, said once (null: it states none). */
function unitWarning(map: ColumnMap): string | null {
  const unit: ValueUnit | null = map.valueUnit;
  if (unit === null) return null;
  const currency = map.valueCurrency === null || map.valueCurrency === '$' ? '' : ` ${map.valueCurrency}`;
  return `${map.names.marketValue}: figures in ${unit.written}, read as amounts times ${unit.scale.toLocaleString('en-US')}${currency}`;
}
