/**
 * Header names -> Position fields. Columns are always found by NAME (never by position), through
 * synonyms in priority order; a layout can put its own names first, and `--columns` overrides all.
 */
import { UsageError } from '../errors.js';
import { HOLDING_ID_FIELDS, IDENTIFIERS, ID_TYPES, type IdType } from '../reference/identifiers.js';
import { cleanText } from './values.js';

export const FIELDS = [
  'issuer', ...HOLDING_ID_FIELDS,
  'shares', 'marketValue', 'weightPct', 'currency', 'tradingCurrency', 'assetClass', 'title',
] as const;
export type Field = (typeof FIELDS)[number];

export const NUMERIC_FIELDS: ReadonlySet<Field> = new Set(['shares', 'marketValue', 'weightPct']);

export type Synonyms = Partial<Record<Field, readonly string[]>>;

/** "% OF FUNDS*" -> "%offunds", "Market Value($)" -> "marketvalue", "Weight (%)" -> "weight%". */
export function normalizeHeader(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(\s*\$\s*\)|\(\s*usd\s*\)/g, '')
    .replace(/[^a-z0-9%]/g, '');
}

/** Synonyms shared by every delimited layout, most specific first (already normalised). */
export const BASE_SYNONYMS: Record<Field, readonly string[]> = {
  issuer: [
    'name', 'issuer', 'issuername', 'nameofissuer', 'holding', 'holdings', 'holdingname', 'securityname',
    'security', 'securitydescription', 'company', 'companyname', 'constituent', 'constituentname', 'description',
  ],
  ticker: ['ticker', 'issuerticker', 'symbol', 'tickersymbol', 'localticker', 'stockcode', 'code'],
  exchange: ['exchange', 'exchangename', 'listingexchange', 'primaryexchange', 'mic'],
  country: ['country', 'location', 'locationofrisk', 'countryofrisk', 'countryofissuer', 'domicile'],
  ...(Object.fromEntries(ID_TYPES.map((t) => [t, IDENTIFIERS[t].headers])) as Record<IdType, readonly string[]>),
  shares: [
    'shares', 'quantity', 'nominal', 'sharesheld', 'shareheld', 'par', 'parvalue', 'faceamount', 'units',
    'sharespar', 'holdingquantity',
  ],
  marketValue: ['marketvalue', 'marketvalueusd', 'value', 'mktvalue', 'marketval', 'valueusd'],
  weightPct: [
    'weight%', '%ofnetassets', '%offund', '%offunds', 'weight', 'weighting', '%weight', 'marketweight',
    'portfolioweight', '%ofportfolio', 'percentoffund', 'percentofnetassets', '%ofmarketvalue', 'pctval',
  ],
  // The currency of Market Value. "Market Currency" / "Local Currency" (iShares, SPDR) is the
  // currency the security trades in, not the currency its value is stated in: tradingCurrency.
  currency: ['currency', 'ccy', 'valuecurrency', 'basecurrency'],
  tradingCurrency: ['marketcurrency', 'localcurrency', 'tradingcurrency', 'securitycurrency'],
  assetClass: ['assetclass', 'assettype', 'securitytype', 'type', 'assetcategory'],
  title: ['titleofclass', 'class', 'securitytitle'],
};

/** Other header words seen in holdings files: they only help recognise the header row. */
const OTHER_HEADER_WORDS = [
  'sector', 'price', 'notionalvalue', 'notionalweight', 'fxrate', 'accrualdate', 'maturity', 'maturitydate',
  'coupon', 'rank', 'subindustry', 'industry', 'securitydepositoryreceipttype', 'identifier', 'industryclassification',
  'exchangerate', 'duration', 'yield', 'closingprice',
];

const KNOWN_HEADER_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(BASE_SYNONYMS).flat(),
  ...OTHER_HEADER_WORDS,
]);

/** How many cells of a candidate header row are known header words, and whether one names an issuer. */
export function headerScore(cells: string[]): { known: number; hasIssuer: boolean } {
  let known = 0;
  let hasIssuer = false;
  const issuerWords = new Set(BASE_SYNONYMS.issuer);
  for (const c of cells) {
    const n = normalizeHeader(c);
    if (KNOWN_HEADER_WORDS.has(n)) known++;
    if (issuerWords.has(n)) hasIssuer = true;
  }
  return { known, hasIssuer };
}

export interface ColumnMap {
  /** field -> column index */
  index: Partial<Record<Field, number>>;
  /** field -> header name as written (for meta.columns / inspect) */
  names: Record<string, string>;
}

/**
 * Maps header cells to fields. Layout synonyms are tried before the base ones; each column is
 * used for one field only. `overrides` (field -> header as written) wins and must exist.
 */
export function mapColumns(header: string[], layout: Synonyms = {}, overrides?: Record<string, string>): ColumnMap {
  const normalized = header.map(normalizeHeader);
  const index: Partial<Record<Field, number>> = {};
  const used = new Set<number>();
  if (overrides) {
    for (const [field, wanted] of Object.entries(overrides)) {
      if (!(FIELDS as readonly string[]).includes(field)) {
        throw new UsageError(`--columns: unknown field "${field}" (fields: ${FIELDS.join(', ')})`);
      }
      const exact = header.findIndex((h) => h.trim().toLowerCase() === wanted.trim().toLowerCase());
      const i = exact >= 0 ? exact : normalized.indexOf(normalizeHeader(wanted));
      if (i < 0) {
        throw new UsageError(`--columns: no column "${wanted}" for ${field} (header: ${header.map((h) => h.trim()).join(', ')})`);
      }
      index[field as Field] = i;
      used.add(i);
    }
  }
  for (const field of FIELDS) {
    if (index[field] !== undefined) continue;
    const names = [...(layout[field] ?? []), ...BASE_SYNONYMS[field]];
    for (const name of names) {
      const i = normalized.findIndex((n, j) => n === name && !used.has(j));
      if (i >= 0) {
        index[field] = i;
        used.add(i);
        break;
      }
    }
  }
  const names: Record<string, string> = {};
  for (const field of FIELDS) if (index[field] !== undefined) names[field] = cleanText(header[index[field]!]);
  return { index, names };
}

/** `issuer=HOLDINGS,ticker=TICKER` -> { issuer: 'HOLDINGS', ticker: 'TICKER' }. Throws a message on a bad spec. */
export function parseColumnSpec(spec: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new UsageError(`expected field=HEADER pairs, got "${part}"`);
    const field = part.slice(0, eq).trim();
    const header = part.slice(eq + 1).trim();
    if (!(FIELDS as readonly string[]).includes(field)) {
      throw new UsageError(`unknown field "${field}" (fields: ${FIELDS.join(', ')})`);
    }
    if (!header) throw new UsageError(`no header name given for "${field}"`);
    out[field] = header;
  }
  return out;
}
