/**
 * Cell values as holdings files write them: "1,457.85", "$31,271,687.03", "<0.01%", "-", "---",
 * "N/A", "8.7116767E7", "(1,234.00)", decimal commas in ';' files. Pure; never throws.
 */

import { INVISIBLE, neutralizeControls } from '../control-chars.js';
import { withoutAmountCurrency } from '../reference/money.js';

// Spreadsheet error values (#DIV/0!, #VALUE!...) and "NM" (not meaningful) mean "no value" too:
// a name and ticker next to them are still a position to screen. So do "not available" as
// locales and data vendors abbreviate it: n.a., N.D. / n/d (non disponible, não disponível),
// k.A. (keine Angabe), Bloomberg's "#N/A N/A" (and every "#N/A ..." it writes: see BLOOMBERG_NA).
// The one set for text and number cells alike; only NUMBER_PLACEHOLDERS adds to it.
const PLACEHOLDERS = new Set([
  '', '-', '--', '---', 'n/a', 'na', 'null', 'none', '#n/a', '—', '–', '\u2212', 'nm', 'n/m',
  '#div/0!', '#value!', '#ref!', '#name?', '#num!', '#null!', '#error!', '#getting_data',
  'n.a.', 'n.a', 'n. a.', 'n/a n/a', 'n.d.', 'n/d', 'k.a.', 'k. a.', 'k.a', '——',
]);
/**
 * "NaN" as a number cell is no value (what a data frame writes for a missing one), but as text
 * it is no placeholder: NAN is a listed ticker (Nuveen New York Quality Municipal Income Fund).
 */
const NUMBER_PLACEHOLDERS = new Set([...PLACEHOLDERS, 'nan', '-nan', '+nan']);
/** Bloomberg's not-available values: "#N/A N/A", "#N/A Field Not Applicable", "#N/A Invalid Security"... */
const BLOOMBERG_NA = /^#n\/a(?:\s|$)/i;
const PLACEHOLDER_MAX_LENGTH = Math.max(...[...PLACEHOLDERS].map((p) => p.length));
/**
 * The first characters of the placeholders, either case, as a table by char code: a cell starting
 * otherwise is none (no lower-casing per cell). A table, not a Set: it is read for every cell.
 */
const PLACEHOLDER_FIRST = ((): Uint8Array => {
  const codes = [...PLACEHOLDERS].flatMap((p) => (p ? [p.charCodeAt(0), p.toUpperCase().charCodeAt(0)] : []));
  const table = new Uint8Array(Math.max(...codes) + 1);
  for (const c of codes) table[c] = 1;
  return table;
})();
/** "1,709,551,563.38", "-0.64", "100": no symbol, no exponent, no space (the common case). */
const PLAIN_NUMBER = /^-?(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** With a dot as the decimal mark, commas may only group thousands: "0,125" or "1000,5" is not a number. */
const DOT_MODE_NUMBER = /^(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d*)?(?:[eE][+-]?\d+)?$|^\.\d+$/;

/**
 * Anything cleanText would change: a control, a non-space whitespace or format character
 * (U+0000-001F, U+007F-00A0, U+1680, U+2000-200F, U+2028-202F, U+205F, U+2066-2069, U+3000,
 * U+FEFF), a doubled space, a space at either end. A char scan, not a regular expression: it runs
 * on every cell a row reads (ten or more), and the expression's call cost more than the scan
 * (`perf` over a 1M-row screen: 7.2 % of the samples with the expression, 5.8 % with the scan).
 */
function needsCleaning(value: string): boolean {
  const n = value.length;
  if (n === 0) return false;
  if (value.charCodeAt(0) === 32 || value.charCodeAt(n - 1) === 32) return true;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c > 32 && c < 127) {
      space = false;
    } else if (c === 32) {
      if (space) return true;
      space = true;
    } else if (
      c < 32 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) ||
      c === 0x205f || c === 0x2060 || (c >= 0x2066 && c <= 0x2069) || c === 0x3000 || c === 0xfeff || c === 0xad || c === 0x180e
    ) {
      return true;
    } else {
      space = false;
    }
  }
  return false;
}

/**
 * Text as it should be kept: escape sequences and what shows nothing (INVISIBLE: a zero-width
 * space, a direction mark) dropped whole (an issuer wrapped in colour codes is still its name), other
 * controls as spaces, whitespace runs folded, trimmed.
 */
export function cleanText(value: string | null | undefined): string {
  if (value == null) return '';
  if (!needsCleaning(value)) return value; // the hot path: most cells are already clean
  return neutralizeControls(value.replace(INVISIBLE, '')).replace(/\s+/g, ' ').trim();
}

/** Text cell, or null for placeholders. */
export function textOrNull(value: string | null | undefined): string | null {
  const t = cleanText(value);
  if (t.length === 0) return null;
  return mayBePlaceholder(t) && (PLACEHOLDERS.has(t.toLowerCase()) || BLOOMBERG_NA.test(t)) ? null : t;
}

/**
 * False when clean text `t` is certainly no placeholder (the table lookups only): a fast path may
 * keep such a cell as written without asking textOrNull.
 */
export function mayBePlaceholder(t: string): boolean {
  return t.length === 0 || t.charCodeAt(0) === 35 /* '#' */ || (t.length <= PLACEHOLDER_MAX_LENGTH && PLACEHOLDER_FIRST[t.charCodeAt(0)] === 1);
}

/** A clean number cell that means "no value": a placeholder, or NaN. */
function isNumberPlaceholder(t: string): boolean {
  return NUMBER_PLACEHOLDERS.has(t.toLowerCase()) || BLOOMBERG_NA.test(t);
}

export function isPlaceholder(value: string | null | undefined): boolean {
  return textOrNull(value) === null;
}

/** Exact powers of ten (10^22 is the largest a double holds exactly). */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Digits a double's 53-bit mantissa holds for certain. */
const EXACT_DIGITS = 15;

/**
 * A PLAIN_NUMBER cell of at most 15 digits, read in one scan without building a comma-free copy;
 * NaN for anything else (the caller's general path reads it). The digits make an integer below
 * 2^53 and the value is that integer divided by an exact power of ten: one correctly rounded
 * division, so the result is the double Number() gives for the same text (Clinger's fast path,
 * the one strtod implementations take). The row path's numbers (three a row) were a tenth of the
 * reader's time.
 */
function plainNumber(raw: string): number {
  const n = raw.length;
  let i = 0;
  const negative = raw.charCodeAt(0) === 45; // '-'
  if (negative) i = 1;
  const first = i;
  let mantissa = 0;
  let digits = 0;
  let group = -1; // digits since the last comma, -1 before any comma
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (group >= 0) group++;
    } else if (c === 44) {
      // A comma groups thousands: 1-3 digits before the first (no leading 0), exactly 3 between.
      if (group < 0 ? i - first < 1 || i - first > 3 || raw.charCodeAt(first) === 48 : group !== 3) return NaN;
      group = 0;
    } else break;
  }
  const intEnd = i;
  if (intEnd === first || (group >= 0 && group !== 3)) return NaN;
  let fraction = 0;
  if (i < n) {
    if (raw.charCodeAt(i) !== 46) return NaN; // '.'
    for (i++; i < n; i++) {
      const c = raw.charCodeAt(i);
      if (c < 48 || c > 57) return NaN;
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      fraction++;
    }
    if (fraction === 0) return NaN;
  }
  if (digits > EXACT_DIGITS) return NaN;
  const value = fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
  return negative ? -value : value;
}

/**
 * The value of a number cell written plainly (plainNumber: "1,457.85", "-0.64"), as parseNumber and
 * parseWeight read it, without building their result object; NaN for any other cell (a placeholder,
 * a bound, a currency sign, a decimal comma...): ask them.
 */
export function plainNumberValue(raw: string | null | undefined, decimalComma: boolean): number {
  return decimalComma || !raw ? NaN : plainNumber(raw);
}

/** A minus written as a sign other than the hyphen: U+2212, the figure and en dashes, small and full-width hyphen-minus, before or after the figure. */
const MINUS_SIGNS = /^[\u2212\u2012\u2013\ufe63\uff0d](?=[\d.$€£¥])|(?<=\d)[\u2212\u2012\u2013\ufe63\uff0d]$/;

/** A figure past a double's range: the reason, naming the cell as written (a long one cut). */
function notFinite(raw: string | null | undefined): { ok: false; reason: string } {
  const t = cleanText(raw);
  return { ok: false, reason: `not a finite number: ${JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}…` : t)}${t.length > 40 ? ` (${t.length} characters)` : ''}` };
}

export type NumberResult = { ok: true; value: number | null } | { ok: false; reason: string };

/**
 * Parse a number cell. `decimalComma` treats ',' as the decimal mark ("1.234,56").
 * Placeholders give { ok: true, value: null }; garbage gives { ok: false }.
 */
export function parseNumber(raw: string | null | undefined, decimalComma = false): NumberResult {
  if (!decimalComma && raw) {
    const fast = plainNumber(raw);
    if (fast === fast) return { ok: true, value: fast }; // not NaN: read
  }
  if (!decimalComma && raw && PLAIN_NUMBER.test(raw)) {
    const n = Number(raw.includes(',') ? raw.replace(/,/g, '') : raw);
    // 309 digits and more are past a double's range, written plainly as "1E+400" is written short.
    return Number.isFinite(n) ? { ok: true, value: n } : notFinite(raw);
  }
  let t = cleanText(raw);
  if (isNumberPlaceholder(t)) return { ok: true, value: null };
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  // Currency symbols and codes (before or after the figure: "9,000.00 USD", "12 345,67 €"),
  // percent signs, "<" of "<0.01%", NBSP / thin spaces as grouping.
  t = withoutAmountCurrency(t).replace(/^(?:US\$|\$|€|£|¥|USD|EUR|GBP|HKD|CNY)\s*/i, '').replace(/[%\s\u00a0\u202f']/g, '');
  // A placeholder with a unit around it ("n/a%", "$ -", "— %", "k. A. €") is still no value.
  if (isNumberPlaceholder(t)) return { ok: true, value: null };
  if (t.startsWith('<') || t.startsWith('>')) t = t.slice(1);
  // The minus as typeset (U+2212 and the dashes written for it: "−1,234.50"), or after the figure,
  // as ledger and mainframe exports write it ("1,234.50-").
  // (Only after a digit: the Swiss "5.-" is five francs. A minus inside parentheses is the one
  // minus they write: "(-5)" is -5.)
  t = t.replace(MINUS_SIGNS, '-');
  if (/\d-$/.test(t) && !t.startsWith('-')) t = `-${t.slice(0, -1)}`;
  if (t.startsWith('-')) {
    negative = true;
    t = t.slice(1);
  } else if (t.startsWith('+')) {
    t = t.slice(1);
  }
  t = t.replace(/^(?:US\$|\$|€|£|¥)/, '');
  if (decimalComma) t = t.replace(/\./g, '').replace(',', '.');
  else if (t.includes(',')) {
    if (!DOT_MODE_NUMBER.test(t)) return { ok: false, reason: `not a number: ${JSON.stringify(cleanText(raw).slice(0, 40))}` };
    t = t.replace(/,/g, '');
  }
  // "Infinity" is what a JSON number past a double's range (1e400) reads as.
  if (/^(?:infinity|inf|∞)$/i.test(t)) return notFinite(raw);
  if (!/^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(t)) {
    return { ok: false, reason: `not a number: ${JSON.stringify(cleanText(raw).slice(0, 40))}` };
  }
  const n = Number(t);
  if (!Number.isFinite(n)) return notFinite(raw);
  return { ok: true, value: negative ? -n : n };
}

export type WeightResult = { ok: true; value: number | null; bound?: string } | { ok: false; reason: string };

/** A cell that writes a percentage, a figure and a % sign ("12%", "(3 %)"): a share, never an amount. */
const PERCENT_CELL = /^\s*[-+(]?\s*[\d.,'\s\u00a0]*\d\s*%\s*\)?\s*$/;
export function writesPercent(raw: string): boolean {
  return PERCENT_CELL.test(raw);
}

/** "<0.01%", "< 0.01 %", "≤0.01", ">99%": a bound, not a value. */
const BOUND = /^\s*(<=?|>=?|≤|≥)\s*(.*)$/;

/**
 * Parse a weight (percent of fund) cell. A bound the file writes instead of a figure (Vanguard's
 * `<0.01%` for 7,274 of VT's 8,779 rows) stays a bound: value null, bound "<0.01". Reading it as
 * 0.01 overstates every such position, and sums of them more.
 */
export function parseWeight(raw: string | null | undefined, decimalComma = false): WeightResult {
  const m = raw ? BOUND.exec(cleanText(raw)) : null;
  if (!m) return parseNumber(raw, decimalComma);
  const n = parseNumber(m[2], decimalComma);
  if (!n.ok) return n;
  if (n.value === null) return { ok: false, reason: `not a number: ${JSON.stringify(cleanText(raw).slice(0, 40))}` };
  const op = m[1] === '≤' || m[1] === '<=' ? '<=' : m[1] === '≥' || m[1] === '>=' ? '>=' : m[1];
  return { ok: true, value: null, bound: `${op}${n.value}` };
}

/** A parsed weight as Position fields: `weightPct`, and `weightBound` when the file gives only a bound. */
export function weightFields(w: WeightResult): { weightPct: number | null; weightBound?: string } {
  if (!w.ok) return { weightPct: null };
  return w.bound === undefined ? { weightPct: w.value } : { weightPct: null, weightBound: w.bound };
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Parse the date spellings holdings files use into ISO YYYY-MM-DD, or null:
 * "Mar 10, 2022", "30/Aug/2021", "09/30/2020" (US), "2024-01-31", "30-APR-2026", "10-May-2024",
 * "As of 10-May-2024", "as of 09/30/2020", "31/10/2025" (day first only where the first number is
 * no month), "31.10.2025" (day first).
 */
export function parseDate(raw: string | null | undefined): string | null {
  let t = cleanText(raw).replace(/^as of\s*/i, '');
  if (!t || t === '-') return null;
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})/))) return iso(+m[1], +m[2], +m[3]);
  if ((m = t.match(/^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/))) {
    const mo = MONTHS[m[1].slice(0, 4).toLowerCase()] ?? MONTHS[m[1].slice(0, 3).toLowerCase()];
    return mo ? iso(+m[3], mo, +m[2]) : null;
  }
  if ((m = t.match(/^(\d{1,2})[-/ ]([A-Za-z]{3,9})[-/ ](\d{2}|\d{4})$/))) {
    const mo = MONTHS[m[2].slice(0, 4).toLowerCase()] ?? MONTHS[m[2].slice(0, 3).toLowerCase()];
    let y = +m[3];
    if (m[3].length === 2) y += y < 70 ? 2000 : 1900;
    return mo ? iso(y, mo, +m[1]) : null;
  }
  // Slashes: month first, as US files write it, unless the first number cannot be a month (31/10/2025).
  if ((m = t.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/))) return +m[1] > 12 ? iso(+m[3], +m[2], +m[1]) : iso(+m[3], +m[1], +m[2]);
  // Dots: day first, as German, Swiss, Nordic and Eastern European files write it (31.10.2025).
  if ((m = t.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/))) return iso(+m[3], +m[2], +m[1]);
  if ((m = t.match(/^(\d{4})(\d{2})(\d{2})$/))) return iso(+m[1], +m[2], +m[3]);
  // Year first with slashes or dots (2025/03/14, Korean 2025.03.14), and as Chinese, Japanese and Korean write it (2025年3月14日, 2025년 3월 14일).
  if ((m = t.match(/^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\.?$/))) return iso(+m[1], +m[2], +m[3]);
  if ((m = t.match(/^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?$/))) return iso(+m[1], +m[2], +m[3]);
  return null;
}

/** Date spellings inside a longer text ("Schwab ... ETF as of 03/14/2025", "2025年3月14日現在", "Composition du fonds au 14/03/2025"). */
const DATE_IN_TEXT = new RegExp(
  [
    '\\d{4}\\s*[年년]\\s*\\d{1,2}\\s*[月월]\\s*\\d{1,2}\\s*[日일]?', '\\d{4}-\\d{1,2}-\\d{1,2}', '\\d{4}[/.]\\d{1,2}[/.]\\d{1,2}',
    '\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}', '\\d{1,2}[-/ ][A-Za-z]{3,9}[-/ ]\\d{4}', '[A-Za-z]{3,9}\\.? \\d{1,2},? \\d{4}',
  ].join('|'),
  'g',
);

/** The first date written inside `text` (parseDate's spellings), with where it starts; null when none. */
export function findDate(text: string): { date: string; at: number } | null {
  for (const m of text.matchAll(DATE_IN_TEXT)) {
    const date = parseDate(m[0]);
    if (date !== null) return { date, at: m.index! };
  }
  return null;
}

/** "Key: value" in one cell (a preamble's "Fund Name: Global Equity Fund") read as its key and value; [text] when it is not one. */
export function keyValue(text: string): [string, string?] {
  const at = text.indexOf(':');
  if (at <= 0 || at > 40) return [text];
  const value = text.slice(at + 1).trim();
  return value === '' ? [text] : [text.slice(0, at).trim(), value];
}
