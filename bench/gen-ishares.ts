/**
 * Deterministic generator of a large iShares-US-layout holdings CSV (the pristine 2025 layout:
 * BOM, preamble, NBSP line, `Quantity` header, every cell quoted, thousands separators, a quoted
 * multi-line footer). Issuers are synthetic names built from word lists, about 40,000 distinct;
 * four real iShares lines of listed companies (copied verbatim from the EEM 2025 file) are
 * planted at known lines, and cash / money-market / futures rows are sprinkled in.
 *
 * Streams to disk in ~1 MB writes: memory stays flat whatever the row count.
 *
 * Three shapes (see Shape): the repeated case above, and two where every row is its own security.
 *
 *   npx tsx bench/gen-ishares.ts OUT.csv ROWS [SEED] [SHAPE]
 */
import { closeSync, openSync, writeSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Prng } from './prng.js';
import { cusipCheckDigit, isinCheckDigit, sedolCheckDigit } from '../src/reference/check-digits.js';

/** Bump when the output for a given (rows, seed) changes, so cached data is regenerated. */
export const GENERATOR_VERSION = 3;

/**
 * What repeats across rows:
 * - `repeated`: 40,000 issuers, each always with its own ticker (the 2025 layout, no other
 *   identifier): most rows repeat an earlier (name, ticker) pair.
 * - `unique-ids`: every row is a distinct security (its own ISIN, CUSIP or SEDOL with valid check
 *   digits, and its own ticker where the market's code space allows) while names repeat from the
 *   40,000 issuers, as a whole N-PORT quarter or a bond fund does (the 2020 layout, which carries
 *   CUSIP, ISIN and SEDOL).
 * - `unique-names`: every row a different issuer name as well (the 2020 layout).
 */
export type Shape = 'repeated' | 'unique-ids' | 'unique-names';

export const HEADER =
  'Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Notional Value,Quantity,Price,Location,Exchange,Currency,FX Rate,Market Currency,Accrual Date';
/** The 2020 US layout (FORMATS.md §1: URTH file): the one that carries identifiers. */
export const HEADER_2020 =
  'Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Notional Value,Shares,CUSIP,ISIN,SEDOL,Price,Location,Exchange,Currency,FX Rate,Maturity,Market Currency';

const NBSP_LINE = '\u00a0';
const FUND_NAME = 'iShares Synthetic Benchmark ETF';
const preamble = (header: string) => [
  `\ufeff${FUND_NAME}`,
  'Fund Holdings as of,"Jan 17, 2025"',
  'Inception Date,"Apr 07, 2003"',
  'Shares Outstanding,"1,234,600,000.00"',
  'Stock,"-"',
  'Bond,"-"',
  'Cash,"-"',
  'Other,"-"',
  NBSP_LINE,
  header,
];
export const HEADER_LINE = preamble(HEADER).length;

// Our own wording, with the real footer's traits: one quoted field over many lines, curly
// quotes, (R) and (C) signs, an embedded "" escape.
const FOOTER = [
  NBSP_LINE,
  '"This file was generated for fundscreen\u2019s benchmark and is not an iShares\u00ae publication. ' +
    'Holdings are synthetic except four lines copied from a real fund file.',
  'Values shown for \u201cprice\u201d and \u201cmarket value\u201d are random and do not describe any security.',
  'A field may contain ""escaped quotes"" and commas, like this one.',
  'THIS DISCLAIMER SPANS SEVERAL PHYSICAL LINES INSIDE ONE QUOTED CSV FIELD.',
  '\u00a92025 fundscreen benchmark. All rights reserved.',
  'BENCH-0000/S-0000000"',
].join('\n');

/** Real iShares lines (EEM, Jan 2025) of companies on the shipped list. */
export const PLANTED_LINES: readonly { ticker: string; issuer: string; line: string }[] = [
  {
    ticker: '603260',
    issuer: 'HOSHINE SILICON INDUSTRY LTD A',
    line: '"603260","HOSHINE SILICON INDUSTRY LTD A","Materials","Equity","1,008,626.83","0.01","1,008,626.83","139,200.00","7.25","China","Shanghai Stock Exchange","USD","7.33","CNY","-"',
  },
  {
    ticker: '002230',
    issuer: 'IFLYTEK LTD A',
    line: '"002230","IFLYTEK LTD A","Information Technology","Equity","1,957,011.40","0.01","1,957,011.40","299,219.00","6.54","China","Shenzhen Stock Exchange","USD","7.33","CNY","-"',
  },
  {
    ticker: '002236',
    issuer: 'ZHEJIANG DAHUA TECHNOLOGY LTD A',
    line: '"002236","ZHEJIANG DAHUA TECHNOLOGY LTD A","Information Technology","Equity","963,373.09","0.01","963,373.09","468,784.00","2.06","China","Shenzhen Stock Exchange","USD","7.33","CNY","-"',
  },
  {
    ticker: '688303',
    issuer: 'XINJIANG DAQO NEW ENERGY LTD A',
    line: '"688303","XINJIANG DAQO NEW ENERGY LTD A","Information Technology","Equity","744,124.45","0.00","744,124.45","234,142.00","3.18","China","Shanghai Stock Exchange","USD","7.33","CNY","-"',
  },
];

/** Planted lines recur once per this many data rows (at least once each). */
const PLANT_EVERY = 250_000;
/** One row in this many is cash, money market or futures (EEM: about 1 in 60; large funds fewer). */
const NON_ISSUER_EVERY = 150;

interface Market {
  location: string;
  exchange: string;
  currency: string;
  fx: number;
  share: number;
  kind: 'cn-sh' | 'cn-sz' | 'hk' | 'us' | 'kr' | 'tw' | 'in' | 'other';
}

const MARKETS: readonly Market[] = [
  { kind: 'cn-sh', location: 'China', exchange: 'Shanghai Stock Exchange', currency: 'CNY', fx: 7.33, share: 0.14 },
  { kind: 'cn-sz', location: 'China', exchange: 'Shenzhen Stock Exchange', currency: 'CNY', fx: 7.33, share: 0.12 },
  { kind: 'hk', location: 'China', exchange: 'Hong Kong Exchanges And Clearing Ltd', currency: 'HKD', fx: 7.78, share: 0.1 },
  { kind: 'us', location: 'United States', exchange: 'NASDAQ', currency: 'USD', fx: 1, share: 0.12 },
  { kind: 'us', location: 'United States', exchange: 'New York Stock Exchange Inc.', currency: 'USD', fx: 1, share: 0.12 },
  { kind: 'kr', location: 'Korea (South)', exchange: 'Korea Exchange (Stock Market)', currency: 'KRW', fx: 1457.85, share: 0.08 },
  { kind: 'tw', location: 'Taiwan', exchange: 'Taiwan Stock Exchange', currency: 'TWD', fx: 32.93, share: 0.08 },
  { kind: 'in', location: 'India', exchange: 'National Stock Exchange Of India', currency: 'INR', fx: 86.61, share: 0.08 },
  { kind: 'other', location: 'Brazil', exchange: 'XBSP', currency: 'BRL', fx: 6.04, share: 0.05 },
  { kind: 'other', location: 'United Kingdom', exchange: 'London Stock Exchange', currency: 'GBP', fx: 0.82, share: 0.06 },
  { kind: 'other', location: 'Japan', exchange: 'Tokyo Stock Exchange', currency: 'JPY', fx: 155.2, share: 0.05 },
];

const SECTORS = [
  'Information Technology', 'Financials', 'Consumer Discretionary', 'Communication', 'Industrials',
  'Materials', 'Health Care', 'Consumer Staples', 'Energy', 'Utilities', 'Real Estate',
];

// Pinyin-like syllables for Chinese-looking names. Pairs that spell a listed company's name
// (DA+HUA, ZHONG+TAI, ...) are rejected below, so no synthetic issuer resembles a listed one.
const SYLLABLES = [
  'HENG', 'RUI', 'JIN', 'HUA', 'TAI', 'FENG', 'YUAN', 'DA', 'KANG', 'SHENG', 'LONG', 'TIAN', 'AN',
  'BAO', 'CHANG', 'DE', 'FU', 'GUANG', 'HAI', 'HONG', 'JIA', 'MING', 'NAN', 'QI', 'RONG', 'SHUN',
  'WEI', 'XING', 'YANG', 'YI', 'YONG', 'ZHONG', 'CHEN', 'LI', 'SEN', 'TONG', 'XU', 'ZHEN', 'HAO', 'KAI',
];
const CN_PLACES = [
  '', '', '', 'JIANGSU', 'ZHEJIANG', 'GUANGDONG', 'SHANDONG', 'SICHUAN', 'HUNAN', 'HUBEI', 'FUJIAN',
  'ANHUI', 'HENAN', 'HEBEI', 'SHAANXI', 'YUNNAN', 'GUANGXI', 'JIANGXI', 'LIAONING', 'JILIN',
  'SHANGHAI', 'SHENZHEN', 'BEIJING', 'TIANJIN', 'CHONGQING', 'NINGBO', 'SUZHOU', 'WUXI', 'CHANGSHA',
];
const CN_INDUSTRIES = [
  'PHARMACEUTICAL', 'CHEMICAL', 'MACHINERY', 'ELECTRIC', 'HOLDINGS', 'BREWERY', 'STEEL', 'TEXTILE',
  'EXPRESSWAY', 'PORT', 'PROPERTIES', 'SECURITIES', 'BANK', 'INSURANCE', 'FOODS', 'AUTO PARTS',
  'ENVIRONMENTAL', 'CONSTRUCTION', 'LOGISTICS', 'MEDICAL', 'SEMICONDUCTOR EQUIP', 'NEW MATERIALS',
  'PRECISION', 'CABLE', 'GLASS', 'PAPER', 'HYDRAULIC', 'SOFTWARE', 'AGRICULTURE', 'MINING',
];
const DENY = ['DAHUA', 'ZHONGTAI', 'DAQO', 'HOSHINE', 'MEIYA', 'IFLYTEK', 'HIKVISION', 'XINJIANG', 'GOLDWIND'];

const WEST_WORDS = [
  'ATLAS', 'BEACON', 'CEDAR', 'SUMMIT', 'NORTHSTAR', 'PIONEER', 'MERIDIAN', 'HARBOR', 'VERTEX',
  'KEYSTONE', 'GRANITE', 'LIBERTY', 'PACIFIC', 'ORION', 'SILVERLINE', 'BLUEWATER', 'REDWOOD',
  'IRONBRIDGE', 'CRESCENT', 'EVERGREEN', 'FALCON', 'HORIZON', 'LAKESIDE', 'MAPLE', 'OAKMONT',
  'PRAIRIE', 'QUANTUM', 'RIVERSTONE', 'SENTINEL', 'TRIDENT', 'UNITY', 'VANTAGE', 'WESTGATE',
  'ZENITH', 'AURORA', 'BRIGHTON', 'CASCADE', 'DELTA', 'EMPIRE', 'FRONTIER', 'GLACIER', 'HIGHLAND',
];
const WEST_INDUSTRIES = [
  'SYSTEMS', 'FINANCIAL', 'ENERGY', 'THERAPEUTICS', 'FOODS', 'BANCORP', 'INDUSTRIES', 'RETAIL',
  'NETWORKS', 'REALTY', 'MOTORS', 'BRANDS', 'LABS', 'RESOURCES', 'AEROSPACE', 'UTILITIES',
  'MEDIA', 'LOGISTICS', 'PAYMENTS', 'HEALTH', 'MINERALS', 'CHEMICALS', 'PHARMA', 'SOFTWARE',
];
const WEST_SUFFIXES: Record<Market['kind'], string[]> = {
  'cn-sh': [], 'cn-sz': [], hk: [],
  us: ['INC', 'CORP', 'INC CLASS A', 'HOLDINGS INC', 'CO', 'GROUP INC', 'TRUST'],
  kr: ['CO LTD', 'CORP', 'HOLDINGS', 'INC'],
  tw: ['CO LTD', 'CORP', 'INDUSTRIAL LTD', 'HOLDINGS LTD'],
  in: ['LTD', 'INDIA LTD', 'ENTERPRISES LTD'],
  other: ['PLC', 'SA', 'AG', 'NV', 'ASA', 'CORP', 'LTD'],
};

interface Issuer {
  ticker: string;
  name: string;
  sector: string;
  market: Market;
  /** Local price; each row varies it a little. */
  price: number;
  accrual: string;
}

/** iShares truncates names to 34 characters. */
const NAME_WIDTH = 34;

function chineseWord(rng: Prng): string {
  for (;;) {
    const w = rng.pick(SYLLABLES) + rng.pick(SYLLABLES);
    if (!DENY.some((d) => w.includes(d) || d.includes(w))) return w;
  }
}

/**
 * `wide`: a name space large enough for a million distinct names (a second Chinese word, a third
 * Western word); the 40,000-issuer universe of the repeated case is drawn without it.
 */
function issuerName(rng: Prng, kind: Market['kind'], wide = false): string {
  if (kind === 'cn-sh' || kind === 'cn-sz' || kind === 'hk') {
    const place = rng.pick(CN_PLACES);
    const parts = [place, chineseWord(rng), wide && rng.float() < 0.7 ? chineseWord(rng) : '', rng.pick(CN_INDUSTRIES)].filter(Boolean);
    if (kind === 'hk') parts.push(rng.float() < 0.5 ? 'LTD H' : 'HOLDINGS LTD');
    else parts.push(rng.float() < 0.9 ? 'LTD A' : 'JOINT-STOCK LTD A');
    return parts.join(' ');
  }
  const w1 = rng.pick(WEST_WORDS);
  let w2 = rng.pick(WEST_WORDS);
  if (w2 === w1) w2 = '';
  let w3 = wide && rng.float() < 0.8 ? rng.pick(WEST_WORDS) : '';
  if (w3 === w1 || w3 === w2) w3 = '';
  return [w1, w2, w3, rng.pick(WEST_INDUSTRIES), rng.pick(WEST_SUFFIXES[kind])].filter(Boolean).join(' ');
}

function digits(rng: Prng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(10));
  return s;
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SEDOL_CHARS = '0123456789BCDFGHJKLMNPQRSTVWXYZ';

function draw(rng: Prng, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[rng.int(alphabet.length)];
  return s;
}

const ISIN_COUNTRY: Record<string, string> = {
  China: 'CN', 'United States': 'US', 'Korea (South)': 'KR', Taiwan: 'TW', India: 'IN', Brazil: 'BR', 'United Kingdom': 'GB', Japan: 'JP',
};

/**
 * A security's own identifiers, unique in the file (`seen`): US rows a CUSIP and the ISIN built
 * from it, others an ISIN of their country and a SEDOL. Check digits are valid.
 */
function securityIds(rng: Prng, m: Market, seen: Set<string>): { cusip: string; isin: string; sedol: string } {
  for (;;) {
    if (m.kind === 'us') {
      const body = draw(rng, ALNUM, 8);
      const cusip = body + cusipCheckDigit(body);
      const isin = 'US' + cusip + isinCheckDigit('US' + cusip);
      if (seen.has(isin) || seen.has(cusip)) continue;
      seen.add(isin).add(cusip);
      return { cusip, isin, sedol: '-' };
    }
    const cc = m.kind === 'hk' ? 'HK' : (ISIN_COUNTRY[m.location] ?? 'XS');
    const body = cc + draw(rng, ALNUM, 9);
    const isin = body + isinCheckDigit(body);
    const sb = draw(rng, SEDOL_CHARS, 6);
    const sedol = sb + sedolCheckDigit(sb);
    if (seen.has(isin) || seen.has(sedol)) continue;
    seen.add(isin).add(sedol);
    return { cusip: '-', isin, sedol };
  }
}

/**
 * A ticker not used before in the file where the market's code space allows it (letter codes);
 * numeric markets (Shanghai, Shenzhen, Hong Kong, Korea, Taiwan) have too few codes for a million
 * rows, so theirs repeat and the ISIN is what makes the row unique.
 */
function uniqueTicker(rng: Prng, m: Market, seen: Set<string>, avoid: ReadonlySet<string>): string {
  const letters = m.kind === 'us' || m.kind === 'in' || m.kind === 'other';
  for (let tries = 0; ; tries++) {
    let t = tickerFor(rng, m.kind);
    if (letters && tries > 8) t += draw(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1 + (tries >> 3));
    if (avoid.has(t)) continue;
    if (!letters) return t;
    if (!seen.has(t)) {
      seen.add(t);
      return t;
    }
  }
}

function tickerFor(rng: Prng, kind: Market['kind']): string {
  switch (kind) {
    case 'cn-sh':
      return rng.pick(['600', '601', '603', '605', '688']) + digits(rng, 3);
    case 'cn-sz':
      return rng.pick(['000', '001', '002', '003', '300', '301']) + digits(rng, 3);
    case 'hk':
      return String(1 + rng.int(9999));
    case 'kr':
      return digits(rng, 5) + '0';
    case 'tw':
      return String(1101 + rng.int(8800));
    default: {
      const len = 2 + rng.int(kind === 'in' ? 7 : 3);
      let s = '';
      for (let i = 0; i < len; i++) s += String.fromCharCode(65 + rng.int(26));
      return s;
    }
  }
}

function pickMarket(rng: Prng): Market {
  let x = rng.float();
  for (const m of MARKETS) {
    if (x < m.share) return m;
    x -= m.share;
  }
  return MARKETS[MARKETS.length - 1];
}

/**
 * Builds `count` issuers with distinct names (after truncation to 34 characters) and tickers
 * that avoid `avoidTickers` (the listed companies' codes: a synthetic issuer must never match a
 * listed one by identifier).
 */
export function buildIssuers(rng: Prng, count: number, avoidTickers: ReadonlySet<string>, wide = false): Issuer[] {
  const seen = new Set<string>();
  const out: Issuer[] = [];
  while (out.length < count) {
    const market = pickMarket(rng);
    const name = issuerName(rng, market.kind, wide).slice(0, NAME_WIDTH).trimEnd();
    if (seen.has(name)) continue;
    let ticker = tickerFor(rng, market.kind);
    while (avoidTickers.has(ticker)) ticker = tickerFor(rng, market.kind);
    seen.add(name);
    const r = rng.float();
    out.push({
      ticker,
      name,
      sector: rng.pick(SECTORS),
      market,
      price: rng.logUniform(0.2, 600),
      accrual: r < 0.05 ? 'Jan 01, 1970' : r < 0.08 ? 'Nov 10, 1994' : '-',
    });
  }
  return out;
}

/** "1234567.891" -> "1,234,567.89" (iShares style), fast enough for millions of cells. */
export function formatAmount(x: number): string {
  const neg = x < 0;
  const cents = Math.round(Math.abs(x) * 100);
  const int = String(Math.floor(cents / 100));
  const frac = cents % 100;
  let head = int.slice(0, int.length % 3 || 3);
  for (let i = head.length; i < int.length; i += 3) head += ',' + int.slice(i, i + 3);
  return `${neg ? '-' : ''}${head}.${frac < 10 ? '0' : ''}${frac}`;
}

const NON_ISSUER_ROWS: readonly ((rng: Prng) => string)[] = [
  (rng) => {
    const v = formatAmount(rng.logUniform(1e4, 1e8));
    return `"USD","USD CASH","Cash and/or Derivatives","Cash","${v}","0.01","${v}","${v}","100.00","United States","-","USD","1.00","USD","-"`;
  },
  (rng) => {
    const v = formatAmount(rng.logUniform(1e4, 1e7));
    return `"HKD","HKD CASH","Cash and/or Derivatives","Cash","${v}","0.01","${v}","${formatAmount(rng.logUniform(1e5, 1e8))}","12.85","Hong Kong","-","USD","7.78","HKD","-"`;
  },
  (rng) => {
    const v = formatAmount(rng.logUniform(1e6, 1e8));
    return `"XTSLA","BLK CSH FND TREASURY SL AGENCY","Cash and/or Derivatives","Money Market","${v}","0.47","${v}","${v}","1.00","United States","-","USD","1.00","USD","-"`;
  },
  (rng) =>
    `"MESH5","MSCI EMER MKT INDEX (ICE) MAR 25","Cash and/or Derivatives","Futures","0.00","0.00","${formatAmount(rng.logUniform(1e5, 1e8))}","${formatAmount(1 + rng.int(500))}","1,076.90","-","Ice Futures U.S.","USD","1.00","USD","-"`,
];

/**
 * A 2025-layout line in the 2020 columns: Quantity becomes Shares, CUSIP / ISIN / SEDOL and
 * Maturity are "-" (the real lines carry none), Accrual Date is dropped. Cells hold no commas
 * outside quotes, so splitting on '","' is exact.
 */
function to2020(line: string): string {
  const c = line.slice(1, -1).split('","');
  return `"${[...c.slice(0, 8), '-', '-', '-', ...c.slice(8, 13), '-', c[13]].join('","')}"`;
}

export interface GenerateOptions {
  path: string;
  /** Data rows (issuer rows + non-issuer rows + planted rows). */
  rows: number;
  seed: number;
  /**
   * Seed of the issuer universe (default: `seed`). Files generated with one issuer seed and
   * different row seeds are different funds over the same companies, as real funds are.
   */
  issuerSeed?: number;
  /** Distinct synthetic issuer names (capped by rows). */
  issuers?: number;
  /** Identifiers no synthetic row may carry (the list's own tickers and ISINs). */
  avoidTickers?: Iterable<string>;
  /** What repeats across rows (default `repeated`). */
  shape?: Shape;
}

export interface GenerateManifest {
  generator: 'ishares-us-2025' | 'ishares-us-2020';
  version: number;
  shape: Shape;
  seed: number;
  issuerSeed: number;
  rows: number;
  positions: number;
  nonIssuerRows: number;
  distinctIssuers: number;
  headerLine: number;
  bytes: number;
  sha256: string;
  fund: string;
  planted: { line: number; ticker: string; issuer: string }[];
}

/** Writes the file (and returns what is in it); memory stays flat for any row count. */
export function generateIshares(opts: GenerateOptions): GenerateManifest {
  const avoid = new Set<string>([...(opts.avoidTickers ?? []), ...PLANTED_LINES.map((p) => p.ticker)]);
  const issuerSeed = opts.issuerSeed ?? opts.seed;
  const shape = opts.shape ?? 'repeated';
  // unique-names: one issuer per row (a few more than rows: planted and non-issuer rows use none).
  const issuers = buildIssuers(new Prng(issuerSeed), shape === 'unique-names' ? opts.rows : (opts.issuers ?? 40_000), avoid, shape === 'unique-names');
  const withIds = shape !== 'repeated';
  const seenIds = new Set<string>(avoid);
  const seenTickers = new Set<string>();
  let nextIssuer = 0;
  const rng = new Prng(opts.seed ^ 0x5bd1e995);
  const plantSlots = new Map<number, (typeof PLANTED_LINES)[number]>();
  const blocks = Math.max(1, Math.floor(opts.rows / PLANT_EVERY));
  for (let b = 0; b < blocks; b++) {
    const blockStart = b * PLANT_EVERY;
    const blockLen = Math.min(PLANT_EVERY, opts.rows);
    PLANTED_LINES.forEach((p, i) => {
      // Spread the four lines over the block; a collision moves the later one down a row.
      let slot = blockStart + Math.floor(((i + 0.5) / PLANTED_LINES.length) * blockLen);
      while (plantSlots.has(slot)) slot++;
      if (slot < opts.rows) plantSlots.set(slot, p);
    });
  }

  const fd = openSync(opts.path, 'w');
  const hash = createHash('sha256');
  let bytes = 0;
  let buf = '';
  const flush = () => {
    if (!buf) return;
    const b = Buffer.from(buf, 'utf8');
    hash.update(b);
    bytes += writeSync(fd, b);
    buf = '';
  };
  const planted: GenerateManifest['planted'] = [];
  let positions = 0;
  let nonIssuer = 0;
  try {
    buf = preamble(withIds ? HEADER_2020 : HEADER).join('\n') + '\n';
    for (let r = 0; r < opts.rows; r++) {
      const line = HEADER_LINE + 1 + r;
      const plant = plantSlots.get(r);
      if (plant) {
        buf += (withIds ? to2020(plant.line) : plant.line) + '\n';
        planted.push({ line, ticker: plant.ticker, issuer: plant.issuer });
        positions++;
      } else if (r % NON_ISSUER_EVERY === NON_ISSUER_EVERY - 1) {
        const row = rng.pick(NON_ISSUER_ROWS)(rng);
        buf += (withIds ? to2020(row) : row) + '\n';
        nonIssuer++;
      } else {
        const is = shape === 'unique-names' ? issuers[nextIssuer++] : issuers[rng.int(issuers.length)];
        const m = is.market;
        const price = is.price * (0.9 + rng.float() * 0.2);
        const qty = Math.round(rng.logUniform(50, 5e7));
        const mv = (qty * price) / m.fx;
        const v = formatAmount(mv);
        const weight = formatAmount((mv / 1.5e10) * 100);
        if (withIds) {
          const ticker = uniqueTicker(rng, m, seenTickers, avoid);
          const id = securityIds(rng, m, seenIds);
          buf +=
            `"${ticker}","${is.name}","${is.sector}","Equity","${v}","${weight}","${v}","${formatAmount(qty)}","${id.cusip}","${id.isin}","${id.sedol}",` +
            `"${formatAmount(price)}","${m.location}","${m.exchange}","USD","${formatAmount(m.fx)}","-","${m.currency}"\n`;
        } else {
          buf +=
            `"${is.ticker}","${is.name}","${is.sector}","Equity","${v}","${weight}","${v}","${formatAmount(qty)}",` +
            `"${formatAmount(price)}","${m.location}","${m.exchange}","USD","${formatAmount(m.fx)}","${m.currency}","${is.accrual}"\n`;
        }
        positions++;
      }
      if (buf.length > 1 << 20) flush();
    }
    buf += FOOTER;
    flush();
  } finally {
    closeSync(fd);
  }
  return {
    generator: withIds ? 'ishares-us-2020' : 'ishares-us-2025',
    version: GENERATOR_VERSION,
    shape,
    seed: opts.seed,
    issuerSeed,
    rows: opts.rows,
    positions,
    nonIssuerRows: nonIssuer,
    distinctIssuers: shape === 'unique-names' ? nextIssuer : issuers.length,
    headerLine: HEADER_LINE,
    bytes,
    sha256: hash.digest('hex'),
    fund: FUND_NAME,
    planted,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [out, rows, seed, shape] = process.argv.slice(2);
  if (!out || !rows) {
    process.stderr.write('usage: tsx bench/gen-ishares.ts OUT.csv ROWS [SEED] [repeated|unique-ids|unique-names]\n');
    process.exitCode = 2;
  } else {
    const manifest = generateIshares({ path: out, rows: Number(rows), seed: Number(seed ?? 1), shape: (shape ?? 'repeated') as Shape });
    writeFileSync(`${out}.manifest.json`, JSON.stringify(manifest, null, 2) + '\n');
    process.stdout.write(`${out}: ${manifest.rows} rows, ${manifest.distinctIssuers} issuers, ${(manifest.bytes / 1e6).toFixed(1)} MB\n`);
  }
}
