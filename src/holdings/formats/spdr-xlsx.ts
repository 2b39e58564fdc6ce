/**
 * State Street SPDR daily holdings .xlsx (holdings-daily-us-en-<ticker>.xlsx). Preamble cells
 * `Fund Name:` / `Ticker Symbol:` / `Holdings:` + `As of 10-May-2024`, a header row (row 5 in the
 * files seen, searched for here), data rows, then disclaimers in column A. Every cell is stored as
 * text, numbers included (`8.7116767E7`), so numbers are read from the raw cell text. The table
 * ends at the first blank row or note row (text in column A only); disclaimers are not records.
 * `line` is the spreadsheet row number. xlsx is the one format read whole into memory.
 */
import { cappedRowText } from '../delimited.js';
import type { HoldingsMeta, HoldingsReader, HoldingsRecord, Identifiers } from '../position.js';
import { cleanText, parseDate, parseNumber, parseWeight, textOrNull, weightFields, type NumberResult } from '../values.js';

/** Fields named as in Position (meta.columns shows them); `cusip` is SPDR's `Identifier`. */
type Field = 'issuer' | 'ticker' | 'cusip' | 'isin' | 'sedol' | 'weightPct' | 'shares' | 'currency' | 'tradingCurrency' | 'marketValue';

/** Header text (lower case) -> field. The SPY layout, plus spellings other SPDR funds may use. */
const HEADERS: Record<string, Field> = {
  name: 'issuer', 'security name': 'issuer', ticker: 'ticker', identifier: 'cusip', cusip: 'cusip',
  isin: 'isin', sedol: 'sedol', weight: 'weightPct', 'weight (%)': 'weightPct',
  // "Local Currency" is the currency the security trades in; "Currency" the one Market Value is in.
  'shares held': 'shares', shares: 'shares', 'local currency': 'tradingCurrency', currency: 'currency',
  'market value': 'marketValue',
};

/**
 * Rows that are not an issuer's security. The SPY file has one: `US DOLLAR` (ticker `-`, identifier
 * 999USDZ92); the money-market and futures patterns follow how other holdings files label them.
 */
function exclusion(name: string, ticker: string | null): string | null {
  if (/^CASH([_ -]|$)/i.test(ticker ?? '') || /^(cash|us dollars?|.*\bcurrency\b)/i.test(name)) return 'cash or currency';
  if (/\bmoney market\b/i.test(name)) return 'money-market fund (cash sweep)';
  if (/\bfutures?\b/i.test(name)) return 'future';
  return null;
}


/**
 * The SPDR header row: Name and an Identifier or Ticker column, nothing SPDR does not write, under
 * SPDR's `Fund Name:` preamble line (other workbooks with such columns go to the table reader).
 * -1 when the sheet is not SPDR's.
 */
export function spdrHeaderRow(rows: readonly string[][]): number {
  const header = rows.findIndex((r) => {
    const names = r.map((c) => c.toLowerCase()).filter((c) => c !== '');
    return names.includes('name') && (names.includes('identifier') || names.includes('ticker')) &&
      names.every((c) => c in HEADERS || SPDR_OTHER_COLUMNS.has(c));
  });
  return header > 0 && rows.slice(0, header).some((r) => /^fund name:?$/i.test(r[0] ?? '')) ? header : -1;
}
// Columns of the SPDR files seen that no field reads.
const SPDR_OTHER_COLUMNS: ReadonlySet<string> = new Set(['sector']);

/** A SPDR sheet's rows (see readSheet in xlsx.ts), the header at `headerIdx` (spdrHeaderRow). */
export function readSpdrRows(source: string, rows: string[][], headerIdx: number): HoldingsReader {
  const meta: HoldingsMeta = {
    source, format: 'spdr-xlsx', fund: null, asOf: null, encoding: null, delimiter: null, headerLine: null,
    columns: {}, warnings: [],
  };
  meta.headerLine = headerIdx + 1;
  for (const r of rows.slice(0, headerIdx)) {
    const label = r[0]?.toLowerCase() ?? '';
    if (label.startsWith('fund name')) meta.fund = textOrNull(r[1]);
    else if (label.startsWith('holdings') || label.startsWith('as of')) meta.asOf = parseDate(r[1] || r[0].replace(/^holdings:?/i, ''));
  }
  if (!meta.fund) meta.warnings.push('fund name not found in the preamble (`Fund Name:`)');
  if (!meta.asOf) meta.warnings.push('as-of date not found in the preamble (`Holdings:` / `As of ...`)');

  const col: Partial<Record<Field, number>> = {};
  rows[headerIdx].forEach((h, i) => {
    const f = HEADERS[h.toLowerCase()];
    if (f && col[f] === undefined) {
      col[f] = i;
      meta.columns[f] = h;
    }
  });

  // The table ends at the first blank row or note (text in column A only); disclaimers follow.
  // A row after that with two cells or more is data all the same (a gap left in the sheet): it is
  // read, with a warning, never dropped unread.
  const records: HoldingsRecord[] = [];
  let end = -1;
  let strays = 0;
  for (let i = headerIdx + 1; i < rows.length; i++) {
    const r = rows[i];
    if (r.slice(1).every((c) => c === '')) {
      if (end < 0) end = i;
      continue;
    }
    if (end >= 0 && strays++ === 0) meta.warnings.push(`row ${i + 1} looks like data but comes after the table ended at row ${end + 1}: read as a holding, as are the rows like it after it`);
    records.push(toRecord(source, i + 1, r, col, meta.fund));
  }

  return {
    meta,
    batches: (async function* () {
      if (records.length > 0) yield records;
    })(),
  };
}

function toRecord(source: string, line: number, r: string[], col: Partial<Record<Field, number>>, fund: string | null): HoldingsRecord {
  const get = (f: Field) => (col[f] === undefined ? null : textOrNull(r[col[f]!]));
  // A skipped row keeps its cells' text: searched for listed companies (identifiers, names).
  const base = { source, line };
  const skipped = (reason: string): HoldingsRecord => ({ kind: 'skipped', ...base, reason, text: cappedRowText(r, '\t') });
  const issuer = get('issuer');
  // No name but an identifier: screened by the identifier (as the CSV reader does).
  if (!issuer && !get('ticker') && !get('cusip') && !get('isin') && !get('sedol')) return skipped('no Name and no identifier');
  const weight = parseWeight(get('weightPct'));
  const shares = parseNumber(get('shares'));
  const value = parseNumber(get('marketValue'));
  for (const [name, n] of [['Weight', weight], ['Shares Held', shares], ['Market Value', value]] as const) {
    if (!n.ok) return skipped(`${name}: ${n.reason}`);
  }
  const num = (n: NumberResult) => (n.ok ? n.value : null);
  const ticker = get('ticker');
  const excluded = exclusion(issuer ?? '', ticker);
  if (excluded) {
    return { kind: 'excluded', ...base, fund, family: null, reason: excluded, issuer, marketValue: num(value), weightPct: num(weight) };
  }
  const ids: Identifiers = {};
  if (ticker) ids.ticker = ticker;
  // `Identifier` is the CUSIP in the US files; take it by shape so an ISIN there is not mislabelled.
  const id = get('cusip')?.toUpperCase() ?? null;
  if (id && /^[A-Z]{2}[A-Z0-9]{9}\d$/.test(id)) ids.isin = id;
  else if (id && /^[0-9A-Z]{8}\d$/.test(id)) ids.cusip = id;
  const isin = get('isin');
  if (isin) ids.isin = isin;
  const sedol = get('sedol');
  if (sedol) ids.sedol = sedol;
  return {
    kind: 'position',
    ...base,
    fund,
    family: null,
    issuer: issuer ?? '',
    title: null,
    ids,
    assetClass: null,
    shares: num(shares),
    value: value.ok && value.value !== null ? { amount: value.value, currency: get('currency') } : null,
    ...weightFields(weight),
    tradingCurrency: get('tradingCurrency'),
  };
}
