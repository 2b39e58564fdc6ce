/**
 * What distinguishes one delimited-text holdings layout from another. The table reader
 * (table.ts) does the parsing; a layout only recognises itself, names its columns, reads its
 * preamble, marks section titles and says which rows are not securities.
 */
import type { Field, Synonyms } from './columns.js';
import { cleanText, keyValue, parseDate } from './values.js';

/** One data row, by field (cleaned text, null for placeholders) and by raw header name. */
export interface RowView {
  get(field: Field): string | null;
  /** Cell under a header (normalised name, see normalizeHeader), null when absent/placeholder. */
  column(normalizedHeader: string): string | null;
  /** The row's first cell, in column order, with text that is no number (a label), and its header; null when none. */
  firstText(): { text: string; header: string } | null;
  /** Current section title for multi-section files (Vanguard), else null. */
  section: string | null;
}

export interface Preamble {
  fund: string | null;
  asOf: string | null;
}

export interface Section {
  name: string;
  asOf: string | null;
}

export interface TextLayout {
  /** Format id reported in meta.format (ishares-us, vanguard, ...). */
  id: string;
  /** Recognises the layout from its header cells (normalised) and the cells of preamble lines. */
  detect(header: string[], preamble: string[][]): boolean;
  /** Layout-specific header names, tried before the shared synonyms. */
  synonyms?: Synonyms;
  /** Fund name / as-of date from the lines above the (first) header. */
  preamble?(lines: string[][]): Preamble;
  /** A section title line (`Equity,as of 09/30/2020`): its next non-blank line is a new header. */
  section?(cells: string[]): Section | null;
  /** Why a row is not an issuer's security, or null. */
  exclude(row: RowView): string | null;
  /** Currency meant by a bare "$" in market values (Vanguard US exports: USD). */
  dollar?: string;
}

// (And the same label in the languages European fund files are written in: Stichtag, Stand, Datum, Fecha, Data, Date de valeur.)
const AS_OF_KEY = /^(?:fund )?(?:holdings )?(?:as of|as at|date|holdings date|effective date|as of date|stichtag|stand|datum|fecha|data|date de valeur|date d'inventaire|per)\s*:?$/i;
const FUND_KEY = /^(?:fund|fund name|portfolio|portfolio name|fonds|fondsname|nom du fonds|fondo|nombre del fondo|fundo|nome do fundo)\s*:?$/i;
const EMBEDDED_AS_OF = /\bas (?:of|at)\s*:?\s*(.+)$/i;

/**
 * Generic preamble reading: `key,value` (or `Key: value`) lines for the date and fund name, else the first
 * single-cell line as the fund name (iShares line 1) and any "as of <date>" text for the date.
 */
export function readPreamble(lines: string[][]): Preamble {
  let fund: string | null = null;
  let titleLine: string | null = null;
  let asOf: string | null = null;
  let sawFundCandidate = false;
  for (const raw of lines) {
    const cells = raw.map((c) => cleanText(c)).filter((c) => c.length > 0);
    if (cells.length === 0) continue;
    // A key and its value in two cells, or in one as "Key: value" ("Fund Name: Global Equity Fund").
    const [key, value] = cells.length >= 2 ? cells : keyValue(cells[0]);
    if (value !== undefined && AS_OF_KEY.test(key)) {
      asOf ??= parseDate(value);
      continue;
    }
    if (value !== undefined && FUND_KEY.test(key)) {
      fund ??= value;
      continue;
    }
    const embedded = cells.join(' ').match(EMBEDDED_AS_OF);
    if (embedded) {
      asOf ??= parseDate(embedded[1]);
      continue;
    }
    if (cells.length === 1 && !sawFundCandidate) {
      sawFundCandidate = true;
      if (parseDate(cells[0]) === null) titleLine = cells[0];
    }
  }
  return { fund: fund ?? titleLine, asOf };
}
