/**
 * Where a ticker trades. Fund files write exchanges their own way ("Shanghai Stock Exchange",
 * "Hong Kong Exchanges And Clearing Ltd", "NASDAQ", "XNAS", Bloomberg "CH"/"HK" codes) and countries
 * as names or codes ("China", "Korea (South)", "CN"). List ticker identifiers carry an ISO 10383 MIC
 * and/or an ISO-2 country. This module maps all of them to { mic, country } so a ticker can be keyed
 * by its market: the same number is a different company on another exchange (1211 BYD in Hong Kong,
 * a Saudi miner in Riyadh).
 */

export interface Market {
  /** ISO 10383 operating MIC, when the exchange is known. */
  mic?: string;
  /** ISO 3166 alpha-2 country of the market. */
  country?: string;
}

/** MIC -> [country, names and codes seen in fund files, vendor suffixes]. */
const EXCHANGES: Record<string, [string, ...string[]]> = {
  XSHG: ['CN', 'Shanghai Stock Exchange', 'SSE', 'SHSE', 'SH', 'SS', 'SHG', 'Shanghai', 'Shanghai Hong Kong Stock Connect', 'Shanghai - Hong Kong Stock Connect', 'STAR Market', 'CG'],
  XSHE: ['CN', 'Shenzhen Stock Exchange', 'SZSE', 'SZ', 'SHE', 'Shenzhen', 'Shenzhen Hong Kong Stock Connect', 'Shenzhen - Hong Kong Stock Connect', 'ChiNext', 'CS'],
  XHKG: ['HK', 'Hong Kong Exchanges And Clearing Ltd', 'Hong Kong Exchanges and Clearing', 'Hong Kong Stock Exchange', 'Stock Exchange of Hong Kong', 'HKEX', 'HKSE', 'SEHK', 'HKG', 'Hong Kong'],
  XNYS: ['US', 'New York Stock Exchange Inc.', 'New York Stock Exchange', 'NYSE', 'UN'],
  XNAS: ['US', 'NASDAQ', 'Nasdaq Stock Market', 'Nasdaq Global Select', 'Nasdaq Global Market', 'Nasdaq Capital Market', 'NasdaqGS', 'NasdaqGM', 'NasdaqCM', 'XNGS', 'XNMS', 'XNCM', 'UW', 'UQ', 'UR'],
  XASE: ['US', 'Nyse Mkt Llc', 'NYSE American', 'NYSE MKT', 'American Stock Exchange', 'AMEX', 'UA'],
  ARCX: ['US', 'NYSE Arca', 'Arca', 'UP'],
  BATS: ['US', 'Cboe BZX formerly known as BATS', 'Cboe BZX', 'BATS', 'UF'],
  XTAI: ['TW', 'Taiwan Stock Exchange', 'TWSE', 'TT'],
  ROCO: ['TW', 'Gretai Securities Market', 'Taipei Exchange', 'TPEx', 'TWO'],
  XKRX: ['KR', 'Korea Exchange (Stock Market)', 'Korea Exchange', 'KRX', 'KOSPI', 'KS'],
  XKOS: ['KR', 'Korea Exchange (Kosdaq)', 'KOSDAQ', 'KQ'],
  XSAU: ['SA', 'Saudi Stock Exchange', 'Tadawul', 'AB'],
  XTKS: ['JP', 'Tokyo Stock Exchange', 'TSE', 'JT'],
  XOSE: ['JP', 'Osaka Securities Exchange', 'Osaka Exchange'],
  XLON: ['GB', 'London Stock Exchange', 'LSE', 'LN'],
  XDUB: ['IE', 'Irish Stock Exchange - All Market', 'Irish Stock Exchange', 'Euronext Dublin', 'ID'],
  XBOM: ['IN', 'Bse Ltd', 'Bombay Stock Exchange', 'BSE', 'IB'],
  XNSE: ['IN', 'National Stock Exchange Of India', 'NSE', 'IS'],
  XASX: ['AU', 'Asx - All Markets', 'Australian Securities Exchange', 'ASX', 'AU'],
  XNZE: ['NZ', 'New Zealand Exchange Ltd', 'NZX', 'NZ'],
  XTSE: ['CA', 'Toronto Stock Exchange', 'TSX', 'CT'],
  XSES: ['SG', 'Singapore Exchange', 'SGX', 'SP'],
  XETR: ['DE', 'Xetra', 'GY'],
  XEUR: ['DE', 'Eurex Deutschland', 'Eurex'],
  XFRA: ['DE', 'Frankfurt Stock Exchange', 'Boerse Frankfurt', 'GF'],
  XPAR: ['FR', 'Nyse Euronext - Euronext Paris', 'Euronext Paris', 'FP'],
  XAMS: ['NL', 'Euronext Amsterdam', 'NA'],
  XBRU: ['BE', 'Nyse Euronext - Euronext Brussels', 'Euronext Brussels', 'BB'],
  XLIS: ['PT', 'Nyse Euronext - Euronext Lisbon', 'Euronext Lisbon', 'PL'],
  XMAD: ['ES', 'Bolsa De Madrid', 'BME', 'SQ'],
  XMIL: ['IT', 'Borsa Italiana', 'IM'],
  XSWX: ['CH', 'SIX Swiss Exchange', 'Six Swiss Exchange Ag', 'SIX', 'SW', 'SE'],
  XWBO: ['AT', 'Wiener Boerse Ag', 'Vienna Stock Exchange', 'AV'],
  XHEL: ['FI', 'Nasdaq Omx Helsinki Ltd.', 'Nasdaq Helsinki', 'FH'],
  XSTO: ['SE', 'Nasdaq Omx Nordic', 'Nasdaq Stockholm', 'SS'],
  XCSE: ['DK', 'Omx Nordic Exchange Copenhagen A/S', 'Nasdaq Copenhagen', 'DC'],
  XOSL: ['NO', 'Oslo Bors Asa', 'Oslo Stock Exchange', 'NO'],
  XTAE: ['IL', 'Tel Aviv Stock Exchange', 'TASE', 'IT'],
  XJSE: ['ZA', 'Johannesburg Stock Exchange', 'JSE', 'SJ'],
  BVMF: ['BR', 'XBSP', 'B3', 'Bovespa', 'BZ'],
  XMEX: ['MX', 'Bolsa Mexicana De Valores', 'BMV', 'MM'],
  XSGO: ['CL', 'Santiago Stock Exchange', 'Bolsa de Santiago', 'CI'],
  XBOG: ['CO', 'Bolsa De Valores De Colombia', 'BVC', 'CB'],
  XLIM: ['PE', 'Lima Stock Exchange', 'Bolsa de Valores de Lima', 'PE'],
  XBKK: ['TH', 'Stock Exchange Of Thailand', 'SET', 'TB'],
  XKLS: ['MY', 'Bursa Malaysia', 'MK'],
  XIDX: ['ID', 'Indonesia Stock Exchange', 'IDX', 'IJ'],
  XPHS: ['PH', 'Philippine Stock Exchange Inc.', 'Philippine Stock Exchange', 'PSE', 'PM'],
  XIST: ['TR', 'Istanbul Stock Exchange', 'Borsa Istanbul', 'TI'],
  XWAR: ['PL', 'Warsaw Stock Exchange/Equities/Main Market', 'Warsaw Stock Exchange', 'GPW', 'PW'],
  XBUD: ['HU', 'Budapest Stock Exchange', 'BUX', 'HB'],
  XPRA: ['CZ', 'Prague Stock Exchange', 'CK'],
  XATH: ['GR', 'Athens Exchange S.A. Cash Market', 'Athens Exchange', 'GA'],
  XCAI: ['EG', 'Egyptian Exchange', 'EGX', 'EY'],
  XDFM: ['AE', 'Dubai Financial Market', 'DFM', 'UH'],
  XADS: ['AE', 'Abu Dhabi Securities Exchange', 'ADX', 'UH'],
  DSMD: ['QA', 'Qatar Exchange', 'Qatar Stock Exchange', 'QD'],
  XKUW: ['KW', 'Kuwait Stock Exchange', 'Boursa Kuwait', 'KK'],
  XKAR: ['PK', 'Karachi Stock Exchange (Guarantee) Limited', 'Pakistan Stock Exchange', 'PA'],
  MISX: ['RU', 'Moscow Exchange', 'MOEX', 'RM'],
};

/** Country names as fund files write them (iShares "Location", N-PORT invCountry is already ISO-2). */
const COUNTRY_NAMES: Record<string, string> = {
  china: 'CN', 'peoples republic of china': 'CN', prc: 'CN', 'mainland china': 'CN',
  'hong kong': 'HK', 'hong kong sar': 'HK', taiwan: 'TW', 'korea (south)': 'KR', 'south korea': 'KR', korea: 'KR',
  'republic of korea': 'KR', japan: 'JP', 'united states': 'US', 'united states of america': 'US', usa: 'US',
  'united kingdom': 'GB', uk: 'GB', 'great britain': 'GB', ireland: 'IE', india: 'IN', australia: 'AU',
  'new zealand': 'NZ', canada: 'CA', singapore: 'SG', germany: 'DE', france: 'FR', netherlands: 'NL',
  belgium: 'BE', portugal: 'PT', spain: 'ES', italy: 'IT', switzerland: 'CH', austria: 'AT', finland: 'FI',
  sweden: 'SE', denmark: 'DK', norway: 'NO', israel: 'IL', 'south africa': 'ZA', brazil: 'BR', mexico: 'MX',
  chile: 'CL', colombia: 'CO', peru: 'PE', argentina: 'AR', thailand: 'TH', malaysia: 'MY', indonesia: 'ID',
  philippines: 'PH', turkey: 'TR', turkiye: 'TR', poland: 'PL', hungary: 'HU', 'czech republic': 'CZ', czechia: 'CZ',
  greece: 'GR', egypt: 'EG', 'united arab emirates': 'AE', qatar: 'QA', kuwait: 'KW', 'saudi arabia': 'SA',
  pakistan: 'PK', 'russian federation': 'RU', russia: 'RU', luxembourg: 'LU', macau: 'MO', macao: 'MO',
  'cayman islands': 'KY', bermuda: 'BM', 'british virgin islands': 'VG',
};

const ISO2 = new Set([...Object.values(COUNTRY_NAMES), ...Object.values(EXCHANGES).map((e) => e[0])]);

function key(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
}

const BY_NAME = new Map<string, string>();
for (const [mic, [, ...names]] of Object.entries(EXCHANGES)) {
  BY_NAME.set(key(mic), mic);
  for (const n of names) if (!BY_NAME.has(key(n))) BY_NAME.set(key(n), mic);
}

/**
 * Remembers answers per string as written: a file names its few exchanges and countries on every
 * row, and the key normalisation (NFKC, regexes) is not free. Starts over if a file names thousands.
 */
function memoised(lookup: (written: string) => string | undefined): (written: string | null | undefined) => string | undefined {
  const memo = new Map<string, string | undefined>();
  return (written) => {
    if (!written) return undefined;
    if (memo.has(written)) return memo.get(written);
    if (memo.size >= 10_000) memo.clear();
    const found = lookup(written);
    memo.set(written, found);
    return found;
  };
}

/** MIC for an exchange name, code or MIC; undefined when unknown ("-", "NO MARKET", typos). */
export const micFor = memoised((exchange) => BY_NAME.get(key(exchange)));

/** Country of a MIC. */
export function micCountry(mic: string): string | undefined {
  return EXCHANGES[mic]?.[0];
}

/** ISO-2 for a country name or code ("China", "CN", "Korea (South)"); undefined when unknown. */
export const countryFor = memoised((country) => {
  const k = key(country);
  if (k.length === 2 && ISO2.has(k.toUpperCase())) return k.toUpperCase();
  return Object.hasOwn(COUNTRY_NAMES, k) ? COUNTRY_NAMES[k] : undefined;
});

/**
 * The market a ticker trades on, from an exchange and/or a country. The exchange wins: iShares
 * writes Location "China" for an ADR that trades on the NYSE. A country alone gives no MIC.
 */
export function resolveMarket(exchange?: string | null, country?: string | null): Market {
  const mic = micFor(exchange);
  if (mic) return { mic, country: micCountry(mic) };
  const c = countryFor(country);
  return c ? { country: c } : {};
}

/** Vendor suffixes on tickers: "603260.SH", "0020.HK", "600519 CH", "DQ US" -> ticker + market hint. */
const SUFFIX_MARKETS: Record<string, Market> = {
  SH: { mic: 'XSHG', country: 'CN' }, SS: { mic: 'XSHG', country: 'CN' }, SZ: { mic: 'XSHE', country: 'CN' },
  HK: { mic: 'XHKG', country: 'HK' }, CH: { country: 'CN' }, C1: { mic: 'XSHG', country: 'CN' }, C2: { mic: 'XSHE', country: 'CN' },
  US: { country: 'US' }, N: { mic: 'XNYS', country: 'US' }, O: { mic: 'XNAS', country: 'US' },
  KS: { mic: 'XKRX', country: 'KR' }, KQ: { mic: 'XKOS', country: 'KR' }, TW: { mic: 'XTAI', country: 'TW' },
  T: { mic: 'XTKS', country: 'JP' }, JP: { country: 'JP' }, L: { mic: 'XLON', country: 'GB' }, LN: { mic: 'XLON', country: 'GB' },
};

export interface ParsedTicker {
  /** Upper case, suffix removed. */
  symbol: string;
  /** Market from a vendor suffix, if any. */
  market: Market;
}

export function parseTicker(raw: string): ParsedTicker {
  const t = raw.normalize('NFKC').trim().toUpperCase();
  const m = /^([A-Z0-9][A-Z0-9./-]*?)(?:[.\s:]+(SH|SS|SZ|HK|CH|C1|C2|US|N|O|KS|KQ|TW|T|JP|L|LN))$/.exec(t);
  if (m && /\d/.test(m[1]) === /^\d+$/.test(m[1])) {
    // Only trust a suffix on a numeric code or on a letter symbol written with a space/colon/dot.
    return { symbol: m[1], market: SUFFIX_MARKETS[m[2]] };
  }
  const p = /^(SHA|SHE|HKG|NYSE|NASDAQ|SSE|SZSE|HKEX)\s*:\s*([A-Z0-9.]+)$/.exec(t);
  if (p) return { symbol: p[2], market: resolveMarket(p[1]) };
  return { symbol: t, market: {} };
}

/**
 * Comparable form of a ticker within one market. Numeric codes compare without leading zeros:
 * re-saved files lose them (2230 for Shenzhen 002230, 63 for 000063) and no exchange has two codes
 * that differ only by leading zeros.
 */
export function tickerKey(symbol: string): string {
  return /^\d+$/.test(symbol) ? symbol.replace(/^0+(?=\d)/, '') : symbol;
}

/** How a CN A-share code is written with its leading zeros (002230). */
export function displayTicker(symbol: string, market: Market): string {
  if (/^\d+$/.test(symbol) && market.country === 'CN' && symbol.length < 6) return symbol.padStart(6, '0');
  return symbol;
}
