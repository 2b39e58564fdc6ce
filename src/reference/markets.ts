/**
 * Markets: one home for what the tool knows about exchanges, countries and ticker codes (review
 * finding 9). Three parts, in order: the exchange and country facts (MICs, names and codes as files
 * and lists write them); where a ticker trades and how it is keyed (vendor suffixes, zeros); the
 * fixed-width codes a spreadsheet re-save cut short. Used by list import, the holdings readers
 * and the matcher alike. Pure.
 */

import { createRequire } from 'node:module';

// --- Exchanges and countries -------------------------------------------------------------------

/**
 * Exchange and market facts, shared by list import and matching: ISO 10383 operating MICs with
 * their country, the names and codes fund files and vendors write for them, the Bloomberg
 * exchange codes official lists use in tickers ("002415 CS", "CHA UN") and the Bloomberg country
 * composites ("002415 CH", "0728 HK"), and country names as fund files write them. Lookups ignore
 * case, dots, commas and spacing; unknown values give undefined. Pure.
 */

interface Exchange {
  /** ISO 3166 alpha-2 country of the market. */
  country: string;
  /** Names, abbreviations and vendor suffixes seen in fund files. */
  names: string[];
  /** Bloomberg exchange codes. */
  bloomberg: string[];
}

/** Operating MIC -> the exchange (its names also as Chinese, Japanese and Korean files write them). Where a code names two exchanges, the first listed wins. */
const EXCHANGES: Record<string, Exchange> = {
  XSHG: { country: 'CN', names: ['Shanghai Stock Exchange', 'SSE', 'SHSE', 'SH', 'SS', 'SHG', 'Shanghai', 'Shanghai Hong Kong Stock Connect', 'Shanghai - Hong Kong Stock Connect', 'STAR Market', '上海证券交易所', '上海證券交易所', '上海証券取引所', '上交所', '上证', '上海', '沪市', '滬市', '상해', '상하이', '상해증권거래소'], bloomberg: ['CG'] },
  XSHE: { country: 'CN', names: ['Shenzhen Stock Exchange', 'SZSE', 'SZ', 'SHE', 'Shenzhen', 'Shenzhen Hong Kong Stock Connect', 'Shenzhen - Hong Kong Stock Connect', 'ChiNext', '深圳证券交易所', '深圳證券交易所', '深セン証券取引所', '深圳証券取引所', '深交所', '深证', '深圳', '深セン', '深市', '선전', '심천', '선전증권거래소'], bloomberg: ['CS'] },
  XHKG: { country: 'HK', names: ['Hong Kong Exchanges And Clearing Ltd', 'Hong Kong Exchanges and Clearing', 'Hong Kong Stock Exchange', 'Stock Exchange of Hong Kong', 'HKEX', 'HKSE', 'SEHK', 'HKG', 'Hong Kong', '香港联合交易所', '香港聯合交易所', '香港交易所', '港交所', '香港証券取引所', '香港', '홍콩', '홍콩증권거래소'], bloomberg: [] },
  XNYS: { country: 'US', names: ['New York Stock Exchange Inc.', 'New York Stock Exchange', 'NYSE'], bloomberg: ['UN'] },
  XNAS: { country: 'US', names: ['NASDAQ', 'Nasdaq Stock Market', 'Nasdaq Global Select', 'Nasdaq Global Market', 'Nasdaq Capital Market', 'NasdaqGS', 'NasdaqGM', 'NasdaqCM', 'XNGS', 'XNMS', 'XNCM'], bloomberg: ['UW', 'UQ', 'UR'] },
  XASE: { country: 'US', names: ['Nyse Mkt Llc', 'NYSE American', 'NYSE MKT', 'American Stock Exchange', 'AMEX'], bloomberg: ['UA'] },
  ARCX: { country: 'US', names: ['NYSE Arca', 'Arca'], bloomberg: ['UP'] },
  BATS: { country: 'US', names: ['Cboe BZX formerly known as BATS', 'Cboe BZX', 'BATS'], bloomberg: ['UF'] },
  XTAI: { country: 'TW', names: ['Taiwan Stock Exchange', 'TWSE', '臺灣證券交易所', '台灣證券交易所', '台湾证券交易所', '台湾証券取引所'], bloomberg: ['TT'] },
  ROCO: { country: 'TW', names: ['Gretai Securities Market', 'Taipei Exchange', 'TPEx', 'TWO'], bloomberg: [] },
  XKRX: { country: 'KR', names: ['Korea Exchange (Stock Market)', 'Korea Exchange', 'KRX', 'KOSPI', '한국거래소', '유가증권시장', '유가증권', '코스피'], bloomberg: ['KS'] },
  XKOS: { country: 'KR', names: ['Korea Exchange (Kosdaq)', 'KOSDAQ', '코스닥'], bloomberg: ['KQ'] },
  XSAU: { country: 'SA', names: ['Saudi Stock Exchange', 'Tadawul'], bloomberg: ['AB'] },
  XTKS: { country: 'JP', names: ['Tokyo Stock Exchange', 'TSE', '東京証券取引所', '東証', '東京', '东京证券交易所'], bloomberg: ['JT'] },
  XOSE: { country: 'JP', names: ['Osaka Securities Exchange', 'Osaka Exchange'], bloomberg: [] },
  XLON: { country: 'GB', names: ['London Stock Exchange', 'LSE'], bloomberg: ['LN'] },
  XDUB: { country: 'IE', names: ['Irish Stock Exchange - All Market', 'Irish Stock Exchange', 'Euronext Dublin'], bloomberg: ['ID'] },
  XBOM: { country: 'IN', names: ['Bse Ltd', 'Bombay Stock Exchange', 'BSE'], bloomberg: ['IB'] },
  XNSE: { country: 'IN', names: ['National Stock Exchange Of India', 'NSE'], bloomberg: ['IS'] },
  XASX: { country: 'AU', names: ['Asx - All Markets', 'Australian Securities Exchange', 'ASX'], bloomberg: ['AU'] },
  XNZE: { country: 'NZ', names: ['New Zealand Exchange Ltd', 'NZX'], bloomberg: ['NZ'] },
  XTSE: { country: 'CA', names: ['Toronto Stock Exchange', 'TSX'], bloomberg: ['CT'] },
  XSES: { country: 'SG', names: ['Singapore Exchange', 'SGX'], bloomberg: ['SP'] },
  XETR: { country: 'DE', names: ['Xetra'], bloomberg: ['GY'] },
  XEUR: { country: 'DE', names: ['Eurex Deutschland', 'Eurex'], bloomberg: [] },
  XFRA: { country: 'DE', names: ['Frankfurt Stock Exchange', 'Boerse Frankfurt'], bloomberg: ['GF'] },
  XPAR: { country: 'FR', names: ['Nyse Euronext - Euronext Paris', 'Euronext Paris'], bloomberg: ['FP'] },
  XAMS: { country: 'NL', names: ['Euronext Amsterdam'], bloomberg: ['NA'] },
  XBRU: { country: 'BE', names: ['Nyse Euronext - Euronext Brussels', 'Euronext Brussels'], bloomberg: ['BB'] },
  XLIS: { country: 'PT', names: ['Nyse Euronext - Euronext Lisbon', 'Euronext Lisbon'], bloomberg: ['PL'] },
  XMAD: { country: 'ES', names: ['Bolsa De Madrid', 'BME'], bloomberg: ['SQ'] },
  XMIL: { country: 'IT', names: ['Borsa Italiana'], bloomberg: ['IM'] },
  XSWX: { country: 'CH', names: ['SIX Swiss Exchange', 'Six Swiss Exchange Ag', 'SIX'], bloomberg: ['SW', 'SE'] },
  XWBO: { country: 'AT', names: ['Wiener Boerse Ag', 'Vienna Stock Exchange'], bloomberg: ['AV'] },
  XHEL: { country: 'FI', names: ['Nasdaq Omx Helsinki Ltd.', 'Nasdaq Helsinki'], bloomberg: ['FH'] },
  XSTO: { country: 'SE', names: ['Nasdaq Omx Nordic', 'Nasdaq Stockholm'], bloomberg: ['SS'] },
  XCSE: { country: 'DK', names: ['Omx Nordic Exchange Copenhagen A/S', 'Nasdaq Copenhagen'], bloomberg: ['DC'] },
  XOSL: { country: 'NO', names: ['Oslo Bors Asa', 'Oslo Stock Exchange'], bloomberg: ['NO'] },
  XTAE: { country: 'IL', names: ['Tel Aviv Stock Exchange', 'TASE'], bloomberg: ['IT'] },
  XJSE: { country: 'ZA', names: ['Johannesburg Stock Exchange', 'JSE'], bloomberg: ['SJ'] },
  BVMF: { country: 'BR', names: ['XBSP', 'B3', 'Bovespa'], bloomberg: ['BZ'] },
  XMEX: { country: 'MX', names: ['Bolsa Mexicana De Valores', 'BMV'], bloomberg: ['MM'] },
  XSGO: { country: 'CL', names: ['Santiago Stock Exchange', 'Bolsa de Santiago'], bloomberg: ['CI'] },
  XBOG: { country: 'CO', names: ['Bolsa De Valores De Colombia', 'BVC'], bloomberg: ['CB'] },
  XLIM: { country: 'PE', names: ['Lima Stock Exchange', 'Bolsa de Valores de Lima'], bloomberg: ['PE'] },
  XBKK: { country: 'TH', names: ['Stock Exchange Of Thailand', 'SET'], bloomberg: ['TB'] },
  XKLS: { country: 'MY', names: ['Bursa Malaysia'], bloomberg: ['MK'] },
  XIDX: { country: 'ID', names: ['Indonesia Stock Exchange', 'IDX'], bloomberg: ['IJ'] },
  XPHS: { country: 'PH', names: ['Philippine Stock Exchange Inc.', 'Philippine Stock Exchange', 'PSE'], bloomberg: ['PM'] },
  XIST: { country: 'TR', names: ['Istanbul Stock Exchange', 'Borsa Istanbul'], bloomberg: ['TI'] },
  XWAR: { country: 'PL', names: ['Warsaw Stock Exchange/Equities/Main Market', 'Warsaw Stock Exchange', 'GPW'], bloomberg: ['PW'] },
  XBUD: { country: 'HU', names: ['Budapest Stock Exchange', 'BUX'], bloomberg: ['HB'] },
  XPRA: { country: 'CZ', names: ['Prague Stock Exchange'], bloomberg: ['CK'] },
  XATH: { country: 'GR', names: ['Athens Exchange S.A. Cash Market', 'Athens Exchange'], bloomberg: ['GA'] },
  XCAI: { country: 'EG', names: ['Egyptian Exchange', 'EGX'], bloomberg: ['EY'] },
  XDFM: { country: 'AE', names: ['Dubai Financial Market', 'DFM'], bloomberg: ['UH'] },
  XADS: { country: 'AE', names: ['Abu Dhabi Securities Exchange', 'ADX'], bloomberg: ['UH'] },
  DSMD: { country: 'QA', names: ['Qatar Exchange', 'Qatar Stock Exchange'], bloomberg: ['QD'] },
  XKUW: { country: 'KW', names: ['Kuwait Stock Exchange', 'Boursa Kuwait'], bloomberg: ['KK'] },
  XKAR: { country: 'PK', names: ['Karachi Stock Exchange (Guarantee) Limited', 'Pakistan Stock Exchange'], bloomberg: ['PA'] },
  MISX: { country: 'RU', names: ['Moscow Exchange', 'MOEX'], bloomberg: ['RM'] },
};

/** Bloomberg composite (country-level) codes seen in OFAC remarks -> ISO 3166 alpha-2. */
const BLOOMBERG_COMPOSITES: Record<string, string> = {
  CN: 'CN', CH: 'CN', HK: 'HK', US: 'US', DE: 'DE', GR: 'DE', SG: 'SG', AR: 'AR', RU: 'RU', BR: 'BR', JP: 'JP', IN: 'IN',
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
  pakistan: 'PK', 'russian federation': 'RU', russia: 'RU', ukraine: 'UA', belarus: 'BY', kazakhstan: 'KZ',
  uzbekistan: 'UZ', kyrgyzstan: 'KG', tajikistan: 'TJ', turkmenistan: 'TM', azerbaijan: 'AZ', armenia: 'AM', moldova: 'MD',
  iran: 'IR', luxembourg: 'LU', macau: 'MO', macao: 'MO',
  'cayman islands': 'KY', bermuda: 'BM', 'british virgin islands': 'VG',
};

const ISO2 = new Set([...Object.values(COUNTRY_NAMES), ...Object.values(EXCHANGES).map((e) => e.country)]);

function key(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
}

const BY_NAME = new Map<string, string>();
const BY_BLOOMBERG_CODE = new Map<string, string>();
for (const [mic, e] of Object.entries(EXCHANGES)) {
  for (const n of [mic, ...e.names, ...e.bloomberg]) if (!BY_NAME.has(key(n))) BY_NAME.set(key(n), mic);
  for (const code of e.bloomberg) if (!BY_BLOOMBERG_CODE.has(code)) BY_BLOOMBERG_CODE.set(code, mic);
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
  return Object.hasOwn(EXCHANGES, mic) ? EXCHANGES[mic].country : undefined;
}

/** The exchange's name as fund files most often write it ("Shanghai Stock Exchange" for XSHG). */
export function exchangeName(mic: string): string | undefined {
  return Object.hasOwn(EXCHANGES, mic) ? EXCHANGES[mic].names[0] : undefined;
}

/** ISO-2 for a country name or code ("China", "CN", "CHN", "Korea (South)"); undefined when unknown. */
export const countryFor = memoised((country) => {
  const k = key(country);
  if (k.length === 2 && ISO2.has(k.toUpperCase())) return k.toUpperCase();
  if (k.length === 3 && /^[a-z]{3}$/.test(k)) {
    const two = alpha3ToAlpha2(k.toUpperCase());
    if (two !== undefined) return two;
  }
  if (Object.hasOwn(COUNTRY_NAMES, k)) return COUNTRY_NAMES[k];
  return localCountryNames().get(k);
});

/**
 * ISO 3166 alpha-3 codes (CHN, DEU, KOR: data vendors' country columns) as alpha-2, from
 * i18n-iso-countries' code table: the runtime's ICU reads alpha-2 and numeric regions only. Its
 * index alone is loaded (its main entry registers every language's names: 26 ms), on first use.
 */
let alpha3: ((code: string) => string | undefined) | undefined;
function alpha3ToAlpha2(code: string): string | undefined {
  alpha3 ??= (createRequire(import.meta.url)('i18n-iso-countries/index.js') as { alpha3ToAlpha2(code: string): string | undefined }).alpha3ToAlpha2;
  return alpha3(code);
}

/** The languages fund files' headers are read in (columns.ts): their country names are read too. */
const COUNTRY_NAME_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'];
let localNames: Map<string, string> | undefined;

/**
 * Every country's name in COUNTRY_NAME_LANGUAGES as the runtime's ICU data writes it (Chine,
 * Deutschland, Corée du Sud, Estados Unidos; "Myanmar (Burma)" also as Myanmar), by key: no data
 * file to keep current. Deprecated codes are read as their successors (DD as DE, as Intl.Locale
 * canonicalises them); regions that are no country (EU, UN, QO, ZZ, private-use X.. but Kosovo) are left out.
 */
function localCountryNames(): Map<string, string> {
  if (localNames !== undefined) return localNames;
  localNames = new Map();
  const names = COUNTRY_NAME_LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: 'region' }));
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const written = String.fromCharCode(a, b);
      if (written[0] === 'Q' || (written[0] === 'X' && written !== 'XK') || ['AA', 'EU', 'EZ', 'UN', 'ZZ'].includes(written)) continue;
      let code: string | undefined;
      try {
        code = new Intl.Locale(`und-${written}`).region;
      } catch {
        continue;
      }
      if (code === undefined || code !== written) continue; // (its successor's own turn names it)
      for (const dn of names) {
        const name = dn.of(code);
        if (!name || name === code) continue;
        for (const form of [name, name.replace(/\s*\(.*\)\s*$/, '')]) if (!localNames.has(key(form))) localNames.set(key(form), code);
      }
    }
  }
  return localNames;
}

/** Country of a Bloomberg composite or exchange code ("CH" China, "HK", "UN" New York, "JT" Tokyo). */
export function countryForBloombergCode(code: string): string | undefined {
  const c = code.toUpperCase();
  if (Object.hasOwn(BLOOMBERG_COMPOSITES, c)) return BLOOMBERG_COMPOSITES[c];
  const mic = BY_BLOOMBERG_CODE.get(c);
  return mic ? micCountry(mic) : undefined;
}

/**
 * The MIC of a ticker when the code itself determines it: mainland A-shares (6xxxxx Shanghai,
 * 0xxxxx/3xxxxx Shenzhen) and Hong Kong. Elsewhere a country has several exchanges: undefined.
 */
export function micForTicker(code: string, country: string | undefined): string | undefined {
  if (country === 'CN' && /^\d{6}$/.test(code)) {
    if (code.startsWith('6')) return 'XSHG';
    if (code.startsWith('0') || code.startsWith('3')) return 'XSHE';
    return undefined;
  }
  if (country === 'HK' && /^\d{1,5}$/.test(code)) return 'XHKG';
  return undefined;
}

// --- Where a ticker trades, and its key -------------------------------------------------------

/**
 * Where a ticker trades. Fund files write exchanges their own way ("Shanghai Stock Exchange",
 * "Hong Kong Exchanges And Clearing Ltd", "NASDAQ", "XNAS", Bloomberg "CH"/"HK" codes) and countries
 * as names or codes ("China", "Korea (South)", "CN"); tickers carry vendor suffixes ("603260.SH").
 * List ticker identifiers carry an ISO 10383 MIC and/or an ISO-2 country. This module maps all of
 * them to { mic, country } so a ticker can be keyed by its market: the same number is a different
 * company on another exchange (1211 BYD in Hong Kong, a Saudi miner in Riyadh). The exchange and
 * country facts are the tables above.
 */

export interface Market {
  /** ISO 10383 operating MIC, when the exchange is known. */
  mic?: string;
  /** ISO 3166 alpha-2 country of the market. */
  country?: string;
}

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

/** A Chinese vendor's market prefix on an A-share code (SH603260, SZ000001: East Money, Tonghuashun). */
const PREFIXED_A_SHARE = /^(SH|SZ)(\d{6})$/;

/** SH or SZ and six digits, in either case (SH603260): a code parseTicker reads its market from, though written with no separator. */
export function isPrefixedAShare(raw: string): boolean {
  return raw.length === 8 && PREFIXED_A_SHARE.test(raw.toUpperCase());
}
/** A symbol and the market code after it: "603260.SH", "0020.HK", "600519 CH", "700 HK Equity". */
const SUFFIXED = /^([A-Z0-9][A-Z0-9./-]*?)([.\s:]+)([A-Z][A-Z0-9]?)(?:\s+EQUITY)?$/;

/**
 * The market a code after a ticker names. After a space, as Bloomberg writes it ("603260 CG
 * Equity", "ERICB SS"), a Bloomberg exchange code first (CG Shanghai, CS Shenzhen, UN NYSE, UW
 * Nasdaq, JT Tokyo, SS Stockholm), then a vendor suffix ("603260.SH", "603260.SS" Shanghai after a
 * dot, "0020.HK", "AAPL.O", "600519 CH"), then a Bloomberg composite (DE, IN, BR).
 */
function suffixMarket(code: string, separator: string): Market | undefined {
  const spaced = /^\s+$/.test(separator);
  const mic = spaced ? BY_BLOOMBERG_CODE.get(code) : undefined;
  if (mic !== undefined) return { mic, country: micCountry(mic) };
  if (Object.hasOwn(SUFFIX_MARKETS, code)) return SUFFIX_MARKETS[code];
  return spaced && Object.hasOwn(BLOOMBERG_COMPOSITES, code) ? { country: BLOOMBERG_COMPOSITES[code] } : undefined;
}

export function parseTicker(raw: string): ParsedTicker {
  const t = raw.normalize('NFKC').trim().toUpperCase();
  const m = SUFFIXED.exec(t);
  // Only trust a suffix on a numeric code or on a letter symbol written with a space/colon/dot.
  if (m && /\d/.test(m[1]) === /^\d+$/.test(m[1])) {
    const market = suffixMarket(m[3], m[2]);
    if (market !== undefined) return { symbol: m[1], market };
  }
  const pre = PREFIXED_A_SHARE.exec(t);
  if (pre) return { symbol: pre[2], market: SUFFIX_MARKETS[pre[1]] };
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

// --- Fixed-width codes -----------------------------------------------------------------------------

/**
 * Excel re-saves turn exchange codes into numbers and drop their leading zeros (`002230` ->
 * `2230`, `000063` -> `63`). Where the row's exchange names a market whose codes have a fixed
 * width, the width is restored so identifier matching sees the code the exchange uses:
 * - Shanghai / Shenzhen (China A-shares): 6 digits.
 * - Korea Exchange / KOSDAQ: 6 digits.
 * Hong Kong codes are left as written: HKEX codes are 1-5 digit numbers that issuers write with
 * or without zeros (pristine iShares files say `700`, HKEX says `00700`), so there is no single
 * written form to restore; the matcher compares Hong Kong codes by numeric value.
 * Nothing is padded from a country alone: "China" also covers Hong Kong and US listings.
 */
const SIX_DIGIT_MARKETS = /shanghai|shenzhen|\bXSHG\b|\bXSHE\b|\bSSE\b|\bSZSE\b|china[ -]?a\b|stock connect|korea exchange|kosdaq|\bKRX\b|\bXKRX\b|\bXKOS\b/i;

export function restoreLeadingZeros(ticker: string, exchange: string | null): string {
  if (exchange && /^\d{1,5}$/.test(ticker) && SIX_DIGIT_MARKETS.test(exchange)) return ticker.padStart(6, '0');
  return ticker;
}
