/**
 * What distinguishes one delimited-text holdings layout from another. The table reader
 * (table.ts) does the parsing; a layout only recognises itself, names its columns, reads its
 * preamble, marks section titles and says which rows are not securities.
 */
import type { Field, Synonyms } from './columns.js';
import { cleanText, findDate, keyValue, parseDate } from './values.js';

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
// (And in Chinese, Japanese and Korean: 日期, 报告期末, 基準日, 기준일자.)
const AS_OF_KEY = /^(?:(?:fund )?(?:holdings )?(?:as of|as at|date|holdings date|effective date|as of date|stichtag|stand|datum|fecha|data|date de valeur|date d'inventaire|per)|日期|[报報]告期末|截止日期?|估值日期?|基[準准]日|作成基準日|기준일자?|기준일)\s*[:：]?$/i;
const FUND_KEY = /^(?:(?:fund|fund name|portfolio|portfolio name|fonds|fondsname|nom du fonds|fondo|nombre del fondo|fundo|nome do fundo)|基金名[称稱]|基金[简簡][称稱]|ファンド名|ファンド|펀드명|펀드)\s*[:：]?$/i;
/** What a title line says before its date that names no fund ("Holdings Data as of", "Fund Holdings as of", "Composition du fonds au"). */
const NO_FUND_TITLE = /^(?:(?:fund |portfolio |daily )?(?:holdings?|positions?|constituents|composition)(?: data| details| list)?|composition du fonds|portefeuille|bestand|stand|現在|基準|기준|as (?:of|at)|at|au|per|al|zum|on)$/i;
const EMBEDDED_AS_OF = /\bas (?:of|at)\s*:?\s*(.+)$/i;

/**
 * Generic preamble reading: `key,value` (or `Key: value`) lines for the date and fund name, else the first
 * single-cell line as the fund name (iShares line 1) and any "as of <date>" text for the date.
 */
export function readPreamble(lines: string[][]): Preamble {
  let fund: string | null = null;
  let titleLine: string | null = null;
  let asOf: string | null = null;
  /** A date found in a line's free text (no "as of" key or phrase): taken only when no line says "as of". */
  let looseAsOf: string | null = null;
  let sawFundCandidate = false;
  for (const raw of lines) {
    const cells = raw.map((c) => cleanText(c)).filter((c) => c.length > 0);
    if (cells.length === 0) continue;
    // A key and its value in two cells, or in one as "Key: value" ("Fund Name: Global Equity Fund").
    const [key, value] = cells.length >= 2 ? cells : keyValue(cells[0].replace('：', ':'));
    if (value !== undefined && AS_OF_KEY.test(key)) {
      asOf ??= parseDate(value);
      continue;
    }
    if (value !== undefined && FUND_KEY.test(key)) {
      fund ??= value;
      continue;
    }
    const text = cells.join(' ');
    const embedded = text.match(EMBEDDED_AS_OF);
    // A line with a date inside ("Schwab Emerging Markets Equity ETF as of 03/14/2025",
    // "2025年3月14日現在", "Portfolio holdings at 14/03/2025"): the date, and what it says before it
    // the fund's name when that names one (not "Holdings Data as of"), as a first title line would.
    // (Only a line of one cell: a key the reader does not know, "Inception Date", "Gedruckt", gives no date.)
    const inText = cells.length === 1 && value === undefined && !OTHER_DATE.test(text) ? findDate(text) : null;
    const said = embedded && parseDate(embedded[1]) !== null ? { date: parseDate(embedded[1])!, at: embedded.index! } : null;
    const found = said ?? inText;
    if (embedded || found) {
      if (said) asOf ??= said.date;
      else if (found) looseAsOf ??= found.date;
      const before = (embedded && embedded.index! <= (found?.at ?? Infinity) ? text.slice(0, embedded.index) : text.slice(0, found?.at ?? 0))
        .replace(/[\s,:：\-–(]+$/u, '').replace(/\s+(?:as (?:of|at)|at|au|per|on|zum|al|du|del|vom)$/i, '').trim();
      if (!sawFundCandidate && cells.length === 1 && /\p{L}/u.test(before) && !NO_FUND_TITLE.test(before) && before.split(/\s+/).length >= 2) {
        sawFundCandidate = true;
        titleLine = before;
      }
      continue;
    }
    if (cells.length === 1 && !sawFundCandidate) {
      sawFundCandidate = true;
      if (parseDate(cells[0]) === null) titleLine = cells[0];
    }
  }
  return { fund: fund ?? titleLine, asOf: asOf ?? looseAsOf };
}

/** A line about another date than the holdings' (a fund's inception, a prospectus, a print date): its date is not the as-of date. */
const OTHER_DATE = /\b(?:incept\w*|launch\w*|prospectus|dated|established|founded|incorporated|since|printed|gedruckt|auflage|lancement|cr[ée]ation)\b/i;
