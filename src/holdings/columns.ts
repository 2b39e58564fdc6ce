/**
 * Header names -> Position fields. Columns are always found by NAME (never by position), through
 * synonyms in priority order; a layout can put its own names first, and `--columns` overrides all.
 */
import { UsageError } from '../errors.js';
import { checkId, FUND_ID_FIELDS, HOLDING_ID_FIELDS, IDENTIFIERS, ID_TYPES, type IdType } from '../reference/identifiers.js';
import { cleanText, parseNumber } from './values.js';
import { CURRENCY_CODES, CURRENCY_SIGNS } from '../reference/money.js';
import { valueUnit, type ValueUnit } from './value-unit.js';

export const FIELDS = [
  'issuer', ...HOLDING_ID_FIELDS, ...FUND_ID_FIELDS,
  'shares', 'marketValue', 'weightPct', 'currency', 'tradingCurrency', 'assetClass', 'title', 'fund', 'asOf',
] as const;
export type Field = (typeof FIELDS)[number];

export const NUMERIC_FIELDS: ReadonlySet<Field> = new Set(['shares', 'marketValue', 'weightPct']);

export type Synonyms = Partial<Record<Field, readonly string[]>>;

const SIGN_PATTERN = Object.keys(CURRENCY_SIGNS).sort((a, b) => b.length - a.length).map((s) => s.replace(/\$/g, '\\$')).join('|');
// "(EUR)", "[USD]", "(€)", "($)" anywhere; "in EUR", "- EUR", " EUR" at the end (a code there must
// be written in capitals: "Value EUR", not a word that happens to spell one).
const BRACKETED = new RegExp(`[([]\\s*(?:in\\s+)?([A-Za-z]{3}|${SIGN_PATTERN})\\s*[)\\]]`);
const TRAILING = new RegExp(`(?:^|[\\s_\\-/,:])(?:in\\s+)?([A-Z]{3}|${SIGN_PATTERN})\\s*$`);

/**
 * The currency a header names ("Market Value (EUR)", "Value USD", "Marktwert in EUR",
 * "Market Value($)"): an ISO 4217 code, '$' for a bare dollar sign (the layout says which), or null.
 */
/**
 * Currencies Chinese, Japanese and Korean headers name in brackets ("持仓市值(元)", "評価額（円）",
 * "평가금액(원)"). Not 千元 / 万元 (thousands, ten thousands of yuan): their figures are not amounts
 * in yuan, so such a header names no currency.
 */
const CJK_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['元', 'CNY'], ['人民币', 'CNY'], ['人民币元', 'CNY'], ['人民幣', 'CNY'], ['美元', 'USD'], ['港元', 'HKD'], ['港币', 'HKD'],
  ['港幣', 'HKD'], ['日元', 'JPY'], ['円', 'JPY'], ['원', 'KRW'],
]);
const CJK_BRACKETED = /[(（[【]\s*([^()（）[\]【】\s]{1,4})\s*[)）\]】]/u;

export function headerCurrency(name: string): string | null {
  const cjk = CJK_BRACKETED.exec(name);
  if (cjk && CJK_CURRENCIES.has(cjk[1])) return CJK_CURRENCIES.get(cjk[1])!;
  for (const re of [BRACKETED, TRAILING]) {
    const m = name.match(re);
    if (!m) continue;
    const token = m[1];
    if (token in CURRENCY_SIGNS) return CURRENCY_SIGNS[token];
    if (CURRENCY_CODES.has(token.toUpperCase())) return token.toUpperCase();
  }
  return null;
}

/** The header without the currency it names: "Market Value (EUR)" -> "Market Value". */
function withoutCurrency(name: string): string {
  for (const re of [BRACKETED, TRAILING]) {
    const m = name.match(re);
    if (m && (m[1] in CURRENCY_SIGNS || CURRENCY_CODES.has(m[1].toUpperCase()))) return name.slice(0, m.index) + name.slice(m.index! + m[0].length);
  }
  return name;
}

/** Lower case without accents: "Valeur de marché" -> "valeur de marche". */
function plainLower(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "% OF FUNDS*" -> "%offunds", "Market Value($)" -> "marketvalue", "Weight (%)" -> "weight%", "Value EUR" -> "value". */
export function normalizeHeader(name: string): string {
  return plainLower(withoutCurrency(name)).replace(/[^a-z0-9%]/g, '');
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
  // A position that is a registered fund (a portfolio's): the SEC ids look-through joins it by.
  seriesId: ['seriesid', 'secseriesid', 'fundseriesid'],
  classId: ['classid', 'secclassid', 'shareclassid', 'fundclassid'],
  // The fund a row belongs to and the date its holdings are of, per row (a family's export of all
  // its funds: Fund Ticker, Date). Kept only when the first rows bear them out (rowFundAndDate).
  // (Not a bare "Fund" or "Portfolio": a fund of funds names its holdings so.)
  fund: ['fundticker', 'fundname', 'fundsymbol', 'fundcode', 'portfolioname', 'portfolioticker', 'portfoliocode', 'portfolioid'],
  asOf: ['asofdate', 'asof', 'date', 'holdingsdate', 'holdingdate', 'positiondate', 'effectivedate', 'valuationdate', 'reportdate', 'navdate', 'datadate', 'pricingdate'],
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

/**
 * Headers no synonym names exactly ("Holding Ticker", "% of Assets", "Shares / Quantity",
 * "Identifier (FIGI)", "Marktwert", "Poids"): a column is the field whose words it has (`any`,
 * and one of `also` when given) and none of whose `none` words. English and the languages fund
 * files are published in (German, French, Spanish, Italian, Dutch, Portuguese), without accents.
 */
interface FieldWords {
  any: readonly string[];
  also?: readonly string[];
  none?: readonly string[];
  /** Words that name the field only in a header that also names a currency (MKT_EUR, not Mkt). */
  withCurrency?: readonly string[];
}
const NOT_A_HOLDING = ['fund', 'etf', 'portfolio', 'underlying', 'benchmark', 'index'];
// The currency a security trades in (Market Currency, Devise de marché, Marktwährung), not its value's.
const TRADING = ['market', 'local', 'trading', 'security', 'price', 'listing', 'marche', 'markt', 'mercado', 'mercato'];
const FIELD_WORDS: Partial<Record<Field, FieldWords>> = {
  issuer: {
    any: ['name', 'issuer', 'security', 'description', 'company', 'holding', 'constituent', 'emittent', 'emetteur', 'titel',
      'emisor', 'emittente', 'bezeichnung', 'wertpapier', 'titre', 'titolo', 'denominacion', 'denominazione', 'naam', 'nom', 'nome',
      'nombre'],
    none: [...NOT_A_HOLDING, 'ticker', 'symbol', 'sector', 'industry', 'class', 'type', 'id', 'identifier', 'code', 'isin',
      'cusip', 'sedol', 'figi', 'lei', 'currency', 'country', 'exchange', 'weight', 'value', 'shares', 'quantity', 'date',
      'number', 'no', 'price', 'rating', 'maturity', 'coupon', '%', 'market', 'titres', 'parts', 'actions', 'acciones', 'titulos'],
  },
  ticker: { any: ['ticker', 'symbol', 'tickersymbol'], none: NOT_A_HOLDING },
  ...(Object.fromEntries(ID_TYPES.map((t) => [t, { any: [t], none: NOT_A_HOLDING }])) as Partial<Record<Field, FieldWords>>),
  exchange: { any: ['exchange', 'bourse', 'borse', 'boerse', 'borsa', 'mic', 'venue'], none: ['rate', 'fx', 'currency', 'ccy'] },
  country: { any: ['country', 'land', 'pays', 'pais', 'paese', 'location', 'localisation', 'ubicacion', 'standort', 'domicile'], none: ['currency', 'exchange'] },
  shares: {
    any: ['shares', 'share', 'quantity', 'qty', 'units', 'nominal', 'anzahl', 'stuck', 'stueck', 'quantite', 'cantidad',
      'quantita', 'aantal', 'quantidade', 'holding', 'nominale'],
    // A value in another language (Nominalwert, Valor nominal: the notional value) is not a count.
    none: ['price', 'outstanding', 'class', '%', 'weight', 'percent', 'pct', 'change', 'name', 'ticker', 'currency', 'wert',
      'valeur', 'valor', 'valore', 'waarde'],
  },
  marketValue: {
    withCurrency: ['mkt'],
    any: ['value', 'valuation', 'mv', 'wert', 'marktwert', 'kurswert', 'valeur', 'valor', 'valore', 'waarde', 'marketvalue', 'mktval'],
    none: ['notional', 'notionnelle', 'nozionale', 'nocional', 'par', 'face', 'nominal', 'price', 'cost', 'book', 'accrued', 'unrealized', 'unrealised', 'gain', 'loss',
      'change', 'currency', 'ccy', '%', 'weight', 'percent', 'pct', 'date', 'shares', 'local', 'nav', 'per', 'cap'],
  },
  weightPct: {
    any: ['weight', 'weighting', '%', 'pct', 'percent', 'percentage', 'allocation', 'gewicht', 'gewichtung', 'anteil', 'poids',
      'ponderation', 'peso', 'ponderacion', 'weging'],
    // (A broker's "Gain/Loss %", "Today's Gain/Loss Percent" is no share of the account: "% Of Account" is.)
    none: ['notional', 'change', 'chg', 'yield', 'coupon', 'rate', 'return', 'ytm', 'duration', 'price', 'ownership', 'owned',
      'outstanding', 'shares', 'fee', 'tax', 'discount', 'premium', 'index', 'benchmark', 'gain', 'loss', 'performance', 'ytd'],
  },
  currency: { any: ['currency', 'ccy', 'curr', 'waehrung', 'wahrung', 'devise', 'moneda', 'divisa', 'valuta'],
    none: [...TRADING, 'exchange', 'rate', 'fx', 'settlement'] },
  tradingCurrency: { any: ['currency', 'ccy', 'curr', 'waehrung', 'wahrung', 'devise', 'moneda', 'divisa', 'valuta'], also: TRADING },
  assetClass: {
    any: ['asset', 'security', 'instrument', 'investment', 'anlage', 'actif', 'actifs', 'activo', 'activos', 'attivo', 'attivi'],
    also: ['class', 'type', 'category', 'klasse', 'typ', 'art', 'categorie', 'clase', 'classe', 'tipo', 'categoria'],
  },
  title: { any: ['class', 'title'], none: ['asset', 'security', 'instrument', 'investment', 'type', 'category', 'fund', 'industry', 'sector'] },
};
const WORD_RULE_MAX_WORDS = 6;
/** Headers of one word that names a field in one file and another thing in the next: read by words last. */
const AMBIGUOUS_HEADERS: ReadonlySet<string> = new Set(['valor', 'valeur', 'wert']);
/** The currency a value is stated in: "in fund currency", "in base currency" (not "local": the row's own). */
const STATED_IN_CURRENCY = /\b(?:in|en)\s+(?:(?:the\s+)?(?:fund|base|portfolio|reporting|reference|share\s+class)\s+)?(?:currency|ccy|devise)\b/i;

/** "Shares/Par Value" -> [shares, par, value]; "MarketValue" -> [market, value, marketvalue]; "% of Assets" -> [%, of, assets]. */
function headerWords(name: string): string[] {
  const spaced = withoutCurrency(name).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/%/g, ' % ');
  const words = plainLower(spaced).split(/[^a-z0-9%]+/).filter((w) => w.length > 0);
  const out = words.length > 1 ? [...words, words.join('')] : [...words];
  // German compounds end in the word that names them: Emittententicker, Marktwährung, Anlageklasse, Wertpapierbezeichnung.
  for (const w of words) {
    const head = COMPOUND_HEADS.find((h) => w.length >= h.length + 3 && w.endsWith(h));
    if (head) out.push(w.slice(0, -head.length), head);
  }
  return out;
}
const COMPOUND_HEADS = ['ticker', 'wahrung', 'waehrung', 'klasse', 'wert', 'name', 'bezeichnung', 'gewichtung', 'anteil', 'land'];

/**
 * Headers of holdings files published in Chinese, Japanese and Korean (a Chinese fund's report:
 * 证券代码, 证券名称, 数量, 持仓市值, 占净值比例; Japanese: 銘柄名, 株数, 評価額, 組入比率; Korean: 종목명,
 * 수량, 평가금액, 비중), read whole: without spaces and a bracketed unit ("持仓市值(元)", "占净值比例(%)").
 */
const CJK_HEADERS: ReadonlyMap<string, Field> = new Map<string, Field>([
  ...['证券名称', '股票名称', '证券简称', '股票简称', '名称', '公司名称', '债券名称', '證券名稱', '股票名稱', '證券簡稱', '股票簡稱', '名稱',
    '銘柄名', '銘柄', '종목명', '종목'].map((h) => [h, 'issuer'] as [string, Field]),
  ...['证券代码', '股票代码', '代码', '證券代碼', '股票代碼', '代碼', '銘柄コード', 'コード', '종목코드'].map((h) => [h, 'ticker'] as [string, Field]),
  ...['市場', '市场', '上場市場', '取引所', '交易所', '挂牌市场', '掛牌市場', '上市地', '上市地点', '上市地點', '交易市场', '交易市場', '上市市场', '거래소', '시장', '상장시장']
    .map((h) => [h, 'exchange'] as [string, Field]),
  ...['数量', '持仓数量', '持股数量', '持有数量', '股数', '股票数量', '证券数量', '股票數量', '證券數量', '數量', '持股數量', '持有數量', '股數', '株数', '保有株数', '수량', '보유수량', '주식수']
    .map((h) => [h, 'shares'] as [string, Field]),
  ...['市值', '持仓市值', '期末市值', '公允价值', '市價', '持倉市值', '公允價值', '評価額', '時価評価額', '時価', '평가금액', '평가액']
    .map((h) => [h, 'marketValue'] as [string, Field]),
  ...['占净值比例', '占基金资产净值比例', '占净值比', '权重', '比例', '佔淨值比例', '占基金資產淨值比例', '權重', '組入比率', '構成比', '比率', '비중', '비율']
    .map((h) => [h, 'weightPct'] as [string, Field]),
  ...['币种', '货币', '幣別', '幣種', '貨幣', '通貨', '통화'].map((h) => [h, 'currency'] as [string, Field]),
]);
const CJK_TEXT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
const CJK_UNIT = /[(（[【][^()（）[\]【】]*[)）\]】]/gu;

/** The field a Chinese, Japanese or Korean header names (CJK_HEADERS), or undefined. */
function cjkHeaderField(name: string): Field | undefined {
  if (!CJK_TEXT.test(name)) return undefined;
  return CJK_HEADERS.get(name.replace(CJK_UNIT, '').replace(/\s+/gu, ''));
}

/** The field a header's words name (see FIELD_WORDS), or null. Only for short headers, never for data. */
export function fieldByWords(name: string, candidates: readonly Field[] = FIELDS): Field | null {
  const cjk = cjkHeaderField(name);
  if (cjk !== undefined) return candidates.includes(cjk) ? cjk : null;
  // "Market value in fund currency (EUR)", "Value in Base Currency": the currency the value is
  // stated in, not a currency column (nor the security's, for its "market").
  const words = headerWords(name.replace(STATED_IN_CURRENCY, ' '));
  if (words.length === 0 || words.length > WORD_RULE_MAX_WORDS + 1 || words.every((w) => /^\d+$/.test(w))) return null;
  const has = (list: readonly string[] | undefined) => list !== undefined && list.some((w) => words.includes(w));
  const namesCurrency = headerCurrency(name) !== null;
  for (const field of candidates) {
    const rule = FIELD_WORDS[field];
    if (!rule || !(has(rule.any) || (namesCurrency && has(rule.withCurrency))) || has(rule.none)) continue;
    if (rule.also && !has(rule.also)) continue;
    return field;
  }
  return null;
}

/** How many cells of a candidate header row are known header words, and whether one names an issuer. */
/**
 * Whether a header may be over the issuer's names when no synonym says so ("Instrument", "Libellé",
 * an empty header): not a header of another column ("Sector", "Sub-Industry", "Country", "Rating"),
 * whose cells also read as words.
 */
export function mayHoldNames(header: string): boolean {
  if (KNOWN_HEADER_WORDS.has(normalizeHeader(header))) return false;
  const none = FIELD_WORDS.issuer?.none ?? [];
  return !headerWords(header).some((w) => none.includes(w) || OTHER_HEADER_WORDS.includes(w));
}

export function headerScore(cells: string[]): { known: number; hasIssuer: boolean; hasIdentifier: boolean } {
  let known = 0;
  let hasIssuer = false;
  let hasIdentifier = false;
  for (const c of cells) {
    const n = normalizeHeader(c);
    const field = SYNONYM_FIELD.get(n) ?? (KNOWN_HEADER_WORDS.has(n) ? null : fieldByWords(c));
    // (A fund or date column tells no holdings table from another: "Date" would make a bond
    // section's header outrank the first table's, and everything above it a preamble.)
    if (field === 'fund' || field === 'asOf') continue;
    if (KNOWN_HEADER_WORDS.has(n) || field !== null) known++;
    if (field === 'issuer') hasIssuer = true;
    if (field !== null && IDENTIFIER_FIELDS.has(field)) hasIdentifier = true;
  }
  return { known, hasIssuer, hasIdentifier };
}

/**
 * The field a header cell names by one of its exact names ("Name", "Security Name", "Ticker",
 * "ISIN"), not by its words; null otherwise. A company named "Issuer Direct Corp" is no header.
 */
export function exactHeaderField(cell: string): Field | null {
  return SYNONYM_FIELD.get(normalizeHeader(cell)) ?? null;
}

/** Columns a row can be screened by without a name. */
export const IDENTIFIER_FIELDS: ReadonlySet<Field> = new Set<Field>(['ticker', ...ID_TYPES]);

/** Normalised synonym -> its field (the first field that lists it). */
const SYNONYM_FIELD: ReadonlyMap<string, Field> = new Map(
  (Object.entries(BASE_SYNONYMS) as Array<[Field, readonly string[]]>).flatMap(([f, names]) => names.map((n) => [n, f] as [string, Field])).reverse(),
);

export interface ColumnMap {
  /** field -> column index */
  index: Partial<Record<Field, number>>;
  /** field -> header name as written (for meta.columns / inspect) */
  names: Record<string, string>;
  /** The currency the market-value header names (see headerCurrency): an ISO code, '$' or null. */
  valueCurrency: string | null;
  /** The unit the market-value header states its figures in (thousands, 万元), or null: amounts. */
  valueUnit: ValueUnit | null;
  /** Fields found by their header's words (FIELD_WORDS), not by an exact name. */
  byWords: readonly Field[];
}

/**
 * A fund or date column (the `fund` and `asOf` fields) kept only when its first data cells bear it
 * out: the fund cells naming few funds (a column that differs on every row names the holdings,
 * not their fund), and every date cell a date, one a fund (a date that changes from row to row is
 * the security's: a bond's maturity, a trade date). Removed from the map otherwise; `rows`: the
 * first data rows, split.
 */
export function dropUnlikeFundAndDate(map: ColumnMap, rows: readonly string[][], parseDate: (text: string) => string | null): void {
  const fund = map.index.fund;
  const funds = new Set(fund === undefined ? [] : rows.map((r) => cleanText(r[fund])).filter((t) => t.length > 0));
  if (fund !== undefined && (funds.size === 0 || (rows.length > 2 && funds.size * 2 > rows.length))) {
    delete map.index.fund;
    delete map.names.fund;
    funds.clear();
  }
  const at = map.index.asOf;
  if (at !== undefined) {
    const cells = rows.map((r) => cleanText(r[at])).filter((t) => t.length > 0);
    const dates = new Set(cells.map((t) => parseDate(t)));
    // One date a fund: a date that changes from row to row is the security's (a bond's maturity).
    if (cells.length === 0 || dates.has(null) || dates.size > Math.max(1, funds.size)) {
      delete map.index.asOf;
      delete map.names.asOf;
    }
  }
}

/**
 * An asset-class column whose first cells are all account types, "Cash" or "Margin" (or "Short"),
 * on positions of every kind (Fidelity's "Type": the account a position is held in), is no asset
 * class: read as one, every position was excluded and the export screened nothing (exit 0).
 * Removed from the map, with the warning returned. (A table with any other class, "Equity",
 * "Swaps", keeps it: its cash rows are cash.)
 */
export function dropUnlikeAssetClass(map: ColumnMap, rows: readonly string[][]): string[] {
  const i = map.index.assetClass;
  if (i === undefined) return [];
  const cells = rows.map((r) => cleanText(r[i] ?? '')).filter((c) => c !== '').slice(0, 20);
  if (cells.length < 3 || !cells.every((c) => ACCOUNT_TYPES.has(c.toLowerCase()))) return [];
  delete map.index.assetClass;
  const name = map.names.assetClass;
  delete map.names.assetClass;
  return [`column "${name}" not read as the asset class: its cells (${[...new Set(cells)].slice(0, 3).join(', ')}) name the account a position is held in, not what it is`];
}
const ACCOUNT_TYPES: ReadonlySet<string> = new Set(['cash', 'margin', 'short']);

/**
 * An issuer column whose first cells are mostly numbers is no name column: "Holding" is the name
 * in one file and the quantity held in another (L&G: "Security Name, ..., Holding, Market Value").
 * The issuer is then the next column a name header names whose cells are not numbers (else none:
 * the reader finds it by its cells), and the numbers are the shares when no column is. Before, the quantity was screened as the name and no
 * listed company was found (exit 0). Returns the warning, or null when the column holds names.
 */
export function numericIssuer(map: ColumnMap, header: readonly string[], rows: readonly string[][]): string | null {
  const at = map.index.issuer;
  if (at === undefined) return null;
  const numeric = (i: number): boolean => {
    const cells = rows.map((r) => cleanText(r[i] ?? '')).filter((c) => c !== '').slice(0, 20);
    return cells.length > 0 && cells.filter((c) => parseNumber(c).ok || parseNumber(c, true).ok).length * 2 > cells.length;
  };
  if (!numeric(at)) return null;
  const taken = new Set(Object.values(map.index));
  const names = BASE_SYNONYMS.issuer;
  let next = -1;
  let rank = Infinity;
  header.forEach((h, i) => {
    if (taken.has(i)) return;
    const n = normalizeHeader(h);
    const r = names.includes(n) ? names.indexOf(n) : fieldByWords(h, ['issuer']) === 'issuer' ? names.length : Infinity;
    if (r < rank && !numeric(i)) {
      next = i;
      rank = r;
    }
  });
  const was = map.names.issuer;
  // No other column a name header names: none is taken here, and the table's reader looks for the
  // names by what the cells hold (name-column.ts), as for a header that names no issuer.
  if (next < 0) {
    delete map.index.issuer;
    delete map.names.issuer;
  } else {
    map.index.issuer = next;
    map.names.issuer = cleanText(header[next]);
  }
  let as = 'not read';
  if (map.index.shares === undefined) {
    map.index.shares = at;
    map.names.shares = was;
    as = 'read as the shares';
  }
  return `column "${was}" holds numbers, not names: ${as}${next < 0 ? '' : `; "${map.names.issuer}" is the name`}`;
}

/** Headers that say a column holds an identifier without saying which ("Identifier", "Security Identifier", "Security ID"). */
const UNTYPED_ID_HEADERS: ReadonlySet<string> = new Set(['identifier', 'securityidentifier', 'securityid', 'id', 'instrumentid', 'identifiercode', 'securitycode', 'instrumentcode', 'idcode']);
/** A ticker with its Bloomberg market code ("2899 HK", "002415 C2", "AAPL UW"). */
const MARKET_TICKER = /^[A-Z0-9.]{1,8} [A-Z][A-Z0-9]$/;

/**
 * A column whose header says "Identifier" but not which (Invesco's "Security Identifier", First
 * Trust's "Identifier") is the identifier its cells are: ISINs, FIGIs, CUSIPs or SEDOLs by their
 * check digits, most of its first cells, or tickers with their market ("2899 HK") when no column
 * is the ticker. Before, it was not read: its ISINs were lost, the rows matched by name alone.
 * Maps the column (by its contents: `byContents`) and returns the field, or nothing.
 */
export function identifierByContents(map: ColumnMap, header: readonly string[], rows: readonly string[][]): void {
  const taken = new Set(Object.values(map.index));
  header.forEach((h, i) => {
    if (taken.has(i) || !UNTYPED_ID_HEADERS.has(normalizeHeader(h))) return;
    const cells = rows.map((r) => cleanText(r[i] ?? '')).filter((c) => c !== '' && c !== '-' && c !== '--').slice(0, 20);
    if (cells.length < 2) return;
    const most = (ok: (c: string) => boolean) => cells.filter(ok).length * 2 > cells.length;
    let field: Field | null = null;
    for (const t of ['isin', 'figi', 'cusip', 'sedol'] as const) {
      if (map.index[t] === undefined && most((c) => checkId(t, c).ok)) {
        field = t;
        break;
      }
    }
    if (field === null && map.index.ticker === undefined && most((c) => MARKET_TICKER.test(c))) field = 'ticker';
    if (field === null) return;
    map.index[field] = i;
    map.names[field] = cleanText(h);
    taken.add(i);
  });
}

/**
 * A number column found only by its header's words whose first data cells are mostly not numbers
 * ("Valor" is the security in Spanish as well as a value) is not read as that field: it is removed
 * from the map, and the warning returned says so. `rows`: the first data rows, split.
 */
export function dropNonNumeric(map: ColumnMap, rows: readonly string[][]): string[] {
  const warnings: string[] = [];
  for (const field of map.byWords) {
    const i = map.index[field];
    if (!NUMERIC_FIELDS.has(field) || i === undefined) continue;
    const cells = rows.map((r) => cleanText(r[i] ?? '')).filter((c) => c !== '').slice(0, 20);
    const bad = cells.filter((c) => !parseNumber(c.replace(/%$/, '')).ok && !parseNumber(c.replace(/%$/, ''), true).ok);
    if (cells.length === 0 || bad.length * 2 <= cells.length) continue;
    warnings.push(`column "${map.names[field]}" not read as ${field}: its first cells are not numbers ("${bad[0].slice(0, 40)}")`);
    delete map.index[field];
    delete map.names[field];
  }
  return warnings;
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
  // Then the headers no synonym names, by their words, left to right.
  const byWords: Field[] = [];
  // (A header that is one word of two meanings after the others: "Valor", a Swiss security number
  // beside its "Marktwert", the value or the security in Spanish.)
  const order = header.map((_, i) => i).sort((a, b) => Number(AMBIGUOUS_HEADERS.has(normalized[a])) - Number(AMBIGUOUS_HEADERS.has(normalized[b])));
  for (const i of order) {
    if (used.has(i) || KNOWN_HEADER_WORDS.has(normalized[i])) continue;
    const field = fieldByWords(header[i], FIELDS.filter((f) => index[f] === undefined));
    if (field === null) continue;
    index[field] = i;
    used.add(i);
    byWords.push(field);
  }
  const names: Record<string, string> = {};
  for (const field of FIELDS) if (index[field] !== undefined) names[field] = cleanText(header[index[field]!]);
  const unit = index.marketValue === undefined ? null : valueUnit(header[index.marketValue]);
  const valueCurrency = index.marketValue === undefined ? null : (headerCurrency(header[index.marketValue]) ?? unit?.currency ?? null);
  return { index, names, valueCurrency, valueUnit: unit, byWords };
}

/** Header cells neither mapped to a field nor known as other holdings-file columns (Sector, Price ...). */
export function unreadColumns(header: readonly string[], map: ColumnMap): string[] {
  const mapped = new Set(Object.values(map.index));
  return header
    .map((c, i) => ({ c: cleanText(c), i }))
    .filter(({ c, i }) => c.length > 0 && !mapped.has(i) && !KNOWN_HEADER_WORDS.has(normalizeHeader(c)))
    .map(({ c }) => c);
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
    if (Object.hasOwn(out, field)) throw new UsageError(`"${field}" given twice ("${out[field]}", "${header}"): one column per field`);
    out[field] = header;
  }
  return out;
}
