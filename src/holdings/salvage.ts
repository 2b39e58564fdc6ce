/**
 * Row recovery: a row that does not fit its header (too many cells, too few, broken quotes) is
 * read again under a few candidate readings, and the reading under which the typed columns
 * validate is kept — numbers parse, identifiers pass their check digits, tickers, exchanges,
 * countries and currencies look like what they are, the issuer column holds a name. Nothing here
 * invents a value: a reading only re-cuts the row's own text. When no reading validates, the row
 * stays skipped (and its raw text is searched for listed companies elsewhere).
 * Runs only for rows the fast path rejected. Pure.
 */
import { countryFor, micFor } from '../reference/markets.js';
import { checkId, type IdType } from '../match/identifiers.js';
import type { Field } from './columns.js';
import { NUMERIC_FIELDS } from './columns.js';
import { cleanText, parseNumber, textOrNull } from './values.js';

/** What salvage knows of the table: its header and what its good rows look like. */
export interface SalvageTable {
  delimiter: string;
  /** Cells of the header. */
  width: number;
  /** Columns up to the last named header cell. */
  named: number;
  index: Partial<Record<Field, number>>;
  decimalComma: boolean;
  /** Per column, what well-formed rows hold there (see profileColumns). */
  profile: ColumnProfile[];
}

/** A row read another way, with what was repaired (said in the warning). */
export interface Salvaged {
  fields: string[];
  repair: string;
}

/** One way to cut the row into cells, before fitting it to the header's width. */
export interface Reading {
  fields: string[];
  /** How the cells were read ("" for the ordinary reading). */
  how: string;
}

export type ColumnKind = 'number' | 'text' | 'unknown';

export interface ColumnProfile {
  kind: ColumnKind;
  /** The few values a categorical column takes (sector, asset class, currency), lower case; null when many. */
  values: Set<string> | null;
}

/** Columns profiled (a table of 100,000 columns is not profiled past these). */
const PROFILED_COLUMNS = 64;
/** Row lengths tried cell by cell (joins, removals): beyond this only the trailing cut is tried. */
const MAX_TRIED_WIDTH = 512;
const CATEGORICAL_MAX = 16;

/**
 * What each column holds in rows that fit the header: numbers, text, and for text the few values
 * a categorical column repeats. From the sample rows and the last rows read.
 */
export function profileColumns(rows: readonly string[][], width: number, decimalComma: boolean): ColumnProfile[] {
  const out: ColumnProfile[] = [];
  const cols = Math.min(width, PROFILED_COLUMNS);
  for (let c = 0; c < cols; c++) {
    let filled = 0;
    let numeric = 0;
    const values = new Set<string>();
    for (const r of rows) {
      const v = textOrNull(r[c]);
      if (v === null) continue;
      filled++;
      const n = parseNumber(v, decimalComma);
      if (n.ok && n.value !== null) numeric++;
      if (values.size <= CATEGORICAL_MAX) values.add(v.toLowerCase());
    }
    const kind: ColumnKind = filled < 3 ? 'unknown' : numeric === filled ? 'number' : numeric === 0 ? 'text' : 'unknown';
    const categorical = kind === 'text' && values.size <= CATEGORICAL_MAX && values.size * 2 <= filled;
    out.push({ kind, values: categorical ? values : null });
  }
  return out;
}

/**
 * Words that name a sector, an asset class or an instrument kind, never an issuer: a short row's
 * issuer cell holding one of these is a shifted row, not a name (GICS sectors, fund-file asset classes).
 */
const NOT_ISSUER: ReadonlySet<string> = new Set([
  'energy', 'materials', 'industrials', 'consumer discretionary', 'consumer staples', 'health care', 'financials',
  'information technology', 'communication', 'communication services', 'utilities', 'real estate', 'telecommunications',
  'equity', 'equities', 'stock', 'common stock', 'preferred stock', 'fixed income', 'bond', 'bonds', 'cash', 'cash and/or derivatives',
  'cash equivalents', 'money market', 'futures', 'future', 'fx', 'currency', 'swap', 'swaps', 'forward', 'forwards', 'other',
  'etf', 'fund', 'adr', 'gdr', 'reit', 'rights', 'warrant', 'warrants', 'derivative', 'derivatives', 'margin',
]);

const ID_FIELDS: readonly IdType[] = ['isin', 'cusip', 'sedol', 'lei', 'figi', 'uscc'];
const CODE = /^[A-Z0-9][A-Z0-9./:-]{0,11}(?: [A-Z0-9]{1,3})?$/i;
const CURRENCY = /^[A-Z]{3}$/;
const LETTERS = /\p{L}.*\p{L}/u;

/** A Bloomberg ticker with its market and yellow key: "AAPL UW Equity", "700 HK Equity". */
const BLOOMBERG_TICKER = /^[A-Z0-9][A-Z0-9./-]{0,11} [A-Z0-9]{1,4}(?: (?:Equity|Corp|Govt|Index|Comdty|Curncy|Mtge|Muni|Pfd))?$/i;

/**
 * The row's name in its Ticker cell, a cell shifted left when the file was re-saved: the ticker
 * is words, no code (not "BRK B", "700 HK", "AAPL UW Equity"), and the Name cell is empty or holds
 * a sector or asset class word ("Materials"). The name, else null.
 */
export function nameInTickerCell(ticker: string | null, issuer: string | null): string | null {
  if (ticker === null || ticker.length < 8 || !ticker.includes(' ')) return null;
  if (issuer !== null && !NOT_ISSUER.has(issuer.toLowerCase())) return null;
  if (CODE.test(ticker) || BLOOMBERG_TICKER.test(ticker)) return null;
  // Two words of letters at least, one of three letters or more: a name, not "12 34 56".
  const words = ticker.split(' ').filter((w) => LETTERS.test(w));
  return words.length >= 2 && words.some((w) => w.length >= 3) ? ticker : null;
}

/**
 * What any reading of a cell as a company's name asks (nameLike here, name-column.ts): letters,
 * not a sector or asset-class word, a country or market, nor a number (read with `decimalComma`,
 * or both ways when it is not known).
 */
export function mayBeAName(t: string, decimalComma?: boolean): boolean {
  if (!LETTERS.test(t) || NOT_ISSUER.has(t.toLowerCase()) || countryFor(t) || micFor(t)) return false;
  return decimalComma === undefined ? !parseNumber(t, false).ok && !parseNumber(t, true).ok : !parseNumber(t, decimalComma).ok;
}

/** A cell that can be a company's name: letters, not a number, code, sector, place or currency. */
export function nameLike(text: string, table: SalvageTable, issuerColumn: number): boolean {
  const t = cleanText(text);
  if (CURRENCY.test(t) || !mayBeAName(t, table.decimalComma)) return false;
  const lower = t.toLowerCase();
  // A value a categorical column of this file repeats (its sectors, asset classes, currencies).
  for (let c = 0; c < table.profile.length; c++) {
    if (c !== issuerColumn && table.profile[c].values?.has(lower)) return false;
  }
  return true;
}

interface Assessment {
  score: number;
  /** Facts against the reading (a text in a number column, a bad check digit, a code that is a sentence). */
  against: number;
}

/** How well a full-width reading fits the table's column types; null when it cannot be the row. */
function assess(fields: string[], table: SalvageTable): Assessment | null {
  const idx = table.index;
  let score = 0;
  let against = 0;
  for (const f of NUMERIC_FIELDS) {
    const i = idx[f];
    if (i === undefined) continue;
    const r = parseNumber(fields[i], table.decimalComma);
    if (!r.ok) return null;
    if (r.value !== null) score++;
  }
  let validId = false;
  for (const f of ID_FIELDS) {
    const i = idx[f];
    if (i === undefined) continue;
    const v = textOrNull(fields[i]);
    if (v === null) continue;
    if (checkId(f, v).ok) {
      score++;
      validId = true;
    } else against++;
  }
  const mark = (ok: boolean | null) => {
    if (ok === true) score++;
    else if (ok === false) against++;
  };
  const cell = (f: Field) => (idx[f] === undefined ? null : textOrNull(fields[idx[f]!]));
  const ticker = cell('ticker');
  if (ticker !== null) mark(CODE.test(ticker));
  const exchange = cell('exchange');
  if (exchange !== null) mark(micFor(exchange) ? true : parseNumber(exchange).ok ? false : null);
  const country = cell('country');
  if (country !== null) mark(countryFor(country) ? true : parseNumber(country).ok ? false : null);
  const currency = cell('currency');
  if (currency !== null) mark(CURRENCY.test(currency));
  // Unmapped columns, by what the file's good rows hold there.
  const mapped = new Set(Object.values(idx));
  for (let c = 0; c < table.profile.length; c++) {
    if (mapped.has(c)) continue;
    const p = table.profile[c];
    const v = textOrNull(fields[c]);
    if (v === null || p.kind === 'unknown') continue;
    const isNumber = parseNumber(v, table.decimalComma).ok;
    if (p.kind === 'number') mark(isNumber);
    else if (isNumber) against++;
    // A value the column repeats speaks for the reading; a new one says nothing (files add sectors).
    else if (p.values?.has(v.toLowerCase())) score++;
  }
  const issuerAt = idx.issuer!;
  const issuer = textOrNull(fields[issuerAt]);
  if (issuer === null ? !validId : !nameLike(issuer, table, issuerAt)) return null;
  return { score: score - against, against };
}

const quoted = (cells: string[]) => cells.map((c) => JSON.stringify(cleanText(c).slice(0, 40))).join(', ');

interface Candidate {
  fields: string[];
  repair: string;
  /** A reading that keeps fewer cells than the row has, or fills fewer than the header: no fact may speak against it. */
  strict: boolean;
}

/** The fits of one reading to the header's width, most plausible first. */
function* fits(reading: Reading, table: SalvageTable, headerLine: number): Generator<Candidate> {
  const { fields } = reading;
  const w = table.width;
  const how = reading.how ? `${reading.how}; ` : '';
  const textColumn = (c: number) => {
    if ([...NUMERIC_FIELDS].some((f) => table.index[f] === c)) return false;
    return table.profile[c]?.kind !== 'number';
  };
  const n = fields.length;
  // Trailing empty cells (Excel padding) are not cells of the row.
  let filledTo = n;
  while (filledTo > table.named && cleanText(fields[filledTo - 1]).length === 0) filledTo--;
  if (filledTo <= w && filledTo >= table.named) {
    yield { fields: filledTo === w ? fields : pad(fields.slice(0, filledTo), w), repair: reading.how || `${n} fields, the header at line ${headerLine} has ${w}`, strict: false };
  }
  const k = filledTo - w;
  const trailing = (): Candidate => ({
    fields: fields.slice(0, w),
    repair: `${how}${k} extra cell(s) after the header's ${w} columns ignored (${quoted(fields.slice(w, Math.min(filledTo, w + 5)))}${k > 5 ? ', ...' : ''})`,
    strict: true,
  });
  if (filledTo > w) {
    if (filledTo <= MAX_TRIED_WIDTH) {
      // Empty cells inside the row (a doubled delimiter).
      for (let j = 0; j + k <= filledTo; j++) {
        let empty = true;
        for (let x = j; x < j + k && empty; x++) if (cleanText(fields[x]).length > 0) empty = false;
        if (!empty) continue;
        yield { fields: [...fields.slice(0, j), ...fields.slice(j + k, filledTo)], repair: `${how}${k} empty cell(s) at column ${j + 1} removed`, strict: false };
      }
      // A name cut by an unquoted delimiter.
      const issuerAt = table.index.issuer!;
      const join = (j: number): Candidate | null => {
        if (!textColumn(j) || j + k >= filledTo) return null;
        const joined = fields.slice(j, j + k + 1).join(table.delimiter);
        return {
          fields: [...fields.slice(0, j), joined, ...fields.slice(j + k + 1, filledTo)],
          repair: `${how}${k + 1} cells at column ${j + 1} re-joined (an unquoted delimiter inside ${JSON.stringify(cleanText(joined).slice(0, 60))})`,
          strict: false,
        };
      };
      const atIssuer = join(issuerAt);
      if (atIssuer) yield atIssuer;
      yield trailing();
      // Another text column cut the same way (a sector "Technology Hardware, Storage").
      for (let j = 0; j < Math.min(w, filledTo - k); j++) {
        const c = j === issuerAt ? null : join(j);
        if (c) yield c;
      }
    } else yield trailing();
  }
  // A short row needs two cells at least (a ticker and a name): one cell alone may be a title or
  // a note as well as a name; it stays skipped and its text is searched instead.
  if (filledTo < table.named && fields.slice(0, filledTo).filter((f) => cleanText(f).length > 0).length >= 2) {
    yield { fields: pad(fields.slice(0, filledTo), w), repair: `${how}short row: ${filledTo} of ${w} columns, the missing ones read as empty`, strict: true };
  }
}

function pad(fields: string[], width: number): string[] {
  while (fields.length < width) fields.push('');
  return fields;
}

/**
 * The best reading of a row that does not fit its header, or null when none validates. Readings
 * are tried in order; a later one wins only with a better score.
 */
export function salvageRow(readings: readonly Reading[], table: SalvageTable, headerLine: number): Salvaged | null {
  if (table.index.issuer === undefined) return null;
  let best: { c: Candidate; score: number } | null = null;
  for (const reading of readings) {
    for (const c of fits(reading, table, headerLine)) {
      // A short row must reach its issuer column.
      if (c.fields.length <= table.index.issuer) continue;
      const a = assess(c.fields, table);
      if (!a || (c.strict && a.against > 0)) continue;
      if (!best || a.score > best.score) best = { c, score: a.score };
    }
  }
  return best ? { fields: best.c.fields, repair: best.c.repair } : null;
}
