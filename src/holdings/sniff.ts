/**
 * Finds the delimiter and the header row in the first lines of a delimited file, before any table
 * parsing: the header is the line (within HEADER_SCAN_LINES) whose cells best match known holdings
 * header words and include an issuer column. Also decides whether numbers use a decimal comma.
 */
import { headerScore, normalizeHeader } from './columns.js';
import { splitLine } from './delimited.js';
import { withoutAmountCurrency } from '../reference/money.js';
import { keyValue } from './values.js';

export const HEADER_SCAN_LINES = 50;
export const DELIMITERS = [',', ';', '\t', '|'] as const;

export interface TableShape {
  delimiter: string;
  /** 0-based index into the scanned lines. */
  headerIndex: number;
  header: string[];
}

/** Excel's `sep=;` first line names the delimiter. */
export function sepDirective(firstLine: string | undefined): string | null {
  const m = firstLine?.match(/^\uFEFF?sep=(.)\s*$/i);
  return m ? m[1] : null;
}

/**
 * Best header row: most known header words, must include an issuer column (or, with explicit
 * column names, contain all of them). Ties go to the first delimiter in DELIMITERS order, then to the earlier line.
 * Without any issuer column, the best row with an identifier column (Ticker, ISIN ...): its rows
 * are screened by identifier (`byIdentifiersOnly`). Returns null when no line qualifies;
 * `bestWithoutIssuer` helps the caller explain why.
 */
export function findHeader(
  lines: string[],
  forcedDelimiter: string | undefined,
  explicitColumns?: string[],
): { shape: TableShape | null; byIdentifiersOnly: boolean; bestWithoutIssuer: { line: number; cells: string[]; delimiter: string } | null } {
  const delimiters = forcedDelimiter ? [forcedDelimiter] : DELIMITERS;
  const limit = Math.min(lines.length, HEADER_SCAN_LINES);
  let best: (TableShape & { score: number }) | null = null;
  let bestWithoutIssuer: { line: number; cells: string[]; delimiter: string; score: number } | null = null;
  let bestById: (TableShape & { score: number }) | null = null;
  const wanted = explicitColumns?.map(normalizeHeader);
  for (const delimiter of delimiters) {
    for (let i = 0; i < limit; i++) {
      const line = lines[i];
      const cells = splitLine(line, delimiter);
      if (wanted) {
        const have = new Set(cells.map(normalizeHeader));
        if (wanted.every((w) => have.has(w))) {
          const score = cells.length;
          if (!best || score > best.score) best = { delimiter, headerIndex: i, header: cells, score };
        }
        continue;
      }
      // (A preamble's "Fondsname: Mein Fonds" in one cell is a key and its value, not a header.)
      if (cells.length === 1 && keyValue(cells[0]).length === 2) continue;
      const { known, hasIssuer, hasIdentifier } = headerScore(cells);
      if (known === 0) continue;
      if (!hasIssuer) {
        if (known >= 2 && (!bestWithoutIssuer || known > bestWithoutIssuer.score)) {
          bestWithoutIssuer = { line: i, cells, delimiter, score: known };
        }
        if (known >= 2 && hasIdentifier && (!bestById || known > bestById.score)) {
          bestById = { delimiter, headerIndex: i, header: cells, score: known };
        }
        continue;
      }
      if (!best || known > best.score) {
        best = { delimiter, headerIndex: i, header: cells, score: known };
      }
    }
  }
  const chosen = best ?? bestById;
  return {
    shape: chosen ? { delimiter: chosen.delimiter, headerIndex: chosen.headerIndex, header: chosen.header } : null,
    byIdentifiersOnly: best === null && bestById !== null,
    bestWithoutIssuer: bestWithoutIssuer ? { line: bestWithoutIssuer.line, cells: bestWithoutIssuer.cells, delimiter: bestWithoutIssuer.delimiter } : null,
  };
}

// Evidence for one decimal mark or the other. Besides 1-2 or 4+ decimals: a number that starts
// "0," / "0." (grouping never starts with 0: "0,125" is a decimal), and two or more groups of
// three ("1.008.626" groups with dots, so its decimal mark is the comma).
const COMMA_DECIMAL = /^[-+(]?\$?(?:\d{1,3}(?:\.\d{3})+|\d+),\d{1,2}%?\)?$|^[-+(]?\d+,\d{4,}%?\)?$|^[-+(]?0,\d+%?\)?$|^[-+(]?\$?\d{1,3}(?:\.\d{3}){2,}%?\)?$/;
const DOT_DECIMAL = /^[-+(]?\$?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{1,2}%?\)?$|^[-+(]?\d+\.\d{4,}%?\)?$|^[-+(]?0\.\d+%?\)?$|^[-+(]?\$?\d{1,3}(?:,\d{3}){2,}%?\)?$/;

/** Grouping marks besides dots and commas (parseNumber drops them too): spaces, no-break and thin spaces, apostrophes. */
const GROUPING_MARKS = /[\s\u00a0\u202f']/g;

/**
 * Whether numeric cells use a decimal comma ("1.234,56", "0,25"). Unambiguous samples vote;
 * "1,234" or "1.234" alone decide nothing. In a file delimited by ',' (`commaDelimited`) a cell
 * with a comma in it was quoted ("1.234.567,89", as a spreadsheet in a German or French locale
 * exports comma CSV), and only such a cell votes for the comma: dots alone ("1.234.567") are no
 * evidence there.
 */
export function sniffDecimalComma(rows: string[][], numericColumns: number[], commaDelimited = false): boolean {
  let comma = 0;
  let dot = 0;
  for (const row of rows) {
    for (const c of numericColumns) {
      // (Spaces and apostrophes group digits as dots and commas do: 12 345,67, 1'234.56, 0,12 %;
      // a currency may stand beside the figure: 12 345,67 €.)
      const v = row[c] === undefined ? undefined : withoutAmountCurrency(row[c]).replace(GROUPING_MARKS, '');
      if (!v) continue;
      if (COMMA_DECIMAL.test(v)) {
        if (!commaDelimited || v.includes(',')) comma++;
      }
      else if (DOT_DECIMAL.test(v)) dot++;
    }
  }
  return comma > dot;
}

export const DELIMITER_NAMES: Readonly<Record<string, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/**
 * Why a delimiter the user gave can never separate a row's cells, or null when it can: a line break
 * (LF, CR: lines.ts ends a line at either) ends the row before it, and the quote opens and closes
 * quoted cells. Such a delimiter is a setting's error, not the file's: every file would be refused.
 */
export function impossibleDelimiter(d: string): string | null {
  if (d === '\n' || d === '\r') return `${d === '\n' ? 'a line feed' : 'a carriage return'} ends a row and cannot separate its cells`;
  if (d === '"') return 'the quote character (") quotes cells and cannot separate them';
  return null;
}

/** A delimiter given by the user: one character, or its name ("tab", "\t", "comma", ...). */
export function delimiterFromName(value: string): string | null {
  if (value === '\\t') return '\t';
  const named = Object.entries(DELIMITER_NAMES).find(([, name]) => name === value.toLowerCase());
  if (named) return named[0];
  return value.length === 1 ? value : null;
}
