/**
 * Deterministic generator of an SEC N-PORT quarterly data set for benchmarks:
 * FUND_REPORTED_HOLDING.tsv, IDENTIFIERS.tsv, FUND_REPORTED_INFO.tsv, REGISTRANT.tsv and
 * SUBMISSION.tsv in the SEC column layout, N holdings spread over many funds (a few hundred rows
 * each), with the real mix of equities, bonds, money-market sweeps and derivatives.
 *
 * Filler issuers are synthetic (`BENCH ISSUER 012345 CORP`) with identifiers in the unassigned
 * country/prefix `ZZ`, so they can never collide with a real ISIN or CUSIP. The planted issuers are
 * real listed companies exactly as they appear in the saved holdings samples under
 * ../shared/sources/holdings (names and identifiers copied from those files, none invented).
 *
 *   npx tsx bench/nport-gen.ts OUT_DIR [HOLDINGS=5000000] [--shuffle-identifiers]
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { rng } from './rng.js';

export interface NportGenOptions {
  /** Every 10th fund's first holding is the fund before it (by its series name): funds of funds for look-through. */
  fundOfFunds?: boolean;
  holdings: number;
  seed?: number;
  /** Mean holdings per fund (default 400). */
  perFund?: number;
  /** Distinct filler issuers (default 40,000). */
  issuers?: number;
  /** Write IDENTIFIERS.tsv in shuffled blocks instead of HOLDING_ID order (exercises the sort path). */
  shuffleIdentifiers?: boolean;
}

export interface NportGenResult {
  dir: string;
  holdings: number;
  identifierRows: number;
  funds: number;
  /** Holdings rows that carry a planted (real, listed) issuer. */
  planted: number;
  bytes: number;
}

/** Real issuers and identifiers from ../shared/sources/holdings (file in the comment). */
const PLANTED: Array<{ name: string; title: string; isin: string; ticker: string; cusip: string; country: string; currency: string }> = [
  // ishares/EEM_holdings__ViktorLor_2025-01.csv
  { name: 'HOSHINE SILICON INDUSTRY LTD A', title: 'HOSHINE SILICON INDUSTRY LTD A', isin: '', ticker: '603260', cusip: 'N/A', country: 'CN', currency: 'CNY' },
  { name: 'XINJIANG DAQO NEW ENERGY LTD A', title: 'XINJIANG DAQO NEW ENERGY LTD A', isin: '', ticker: '688303', cusip: 'N/A', country: 'CN', currency: 'CNY' },
  // ishares/EIMI_holdings__Stanleymu_iShares-UCITS_2021-08-30.csv
  { name: 'IFLYTEK A', title: 'IFLYTEK A', isin: 'CNE100000B81', ticker: '002230', cusip: 'N/A', country: 'CN', currency: 'CNY' },
  { name: 'ZHEJIANG DAHUA TECHNOLOGY LTD A', title: 'ZHEJIANG DAHUA TECHNOLOGY LTD A', isin: 'CNE100000BJ4', ticker: '002236', cusip: 'N/A', country: 'CN', currency: 'CNY' },
  { name: 'XINJIANG GOLDWIND SCIENCE AND TECH', title: 'XINJIANG GOLDWIND SCIENCE AND TECH', isin: 'CNE100000PP1', ticker: '2208', cusip: 'N/A', country: 'CN', currency: 'HKD' },
  { name: 'DAQO NEW ENERGY ADR REPRESENTING', title: 'DAQO NEW ENERGY ADR REPRESENTING', isin: 'US23703Q2030', ticker: 'DQ', cusip: '23703Q203', country: 'CN', currency: 'USD' },
  // vanguard/VT_Holdings_details_Total_World_Stock_ETF_2020-09-30.csv
  { name: 'Hangzhou Hikvision Digital Technology Co. Ltd.', title: 'Hangzhou Hikvision Digital Technology Co. Ltd.', isin: '', ticker: '002415', cusip: 'N/A', country: 'CN', currency: 'CNY' },
];
/** One holding in this many is a planted issuer. */
const PLANT_EVERY = 5000;

const HOLDING_COLUMNS = [
  'ACCESSION_NUMBER', 'HOLDING_ID', 'ISSUER_NAME', 'ISSUER_LEI', 'ISSUER_TITLE', 'ISSUER_CUSIP', 'BALANCE', 'UNIT',
  'OTHER_UNIT_DESC', 'CURRENCY_CODE', 'CURRENCY_VALUE', 'EXCHANGE_RATE', 'PERCENTAGE', 'PAYOFF_PROFILE', 'ASSET_CAT',
  'OTHER_ASSET', 'ISSUER_TYPE', 'OTHER_ISSUER', 'INVESTMENT_COUNTRY', 'IS_RESTRICTED_SECURITY', 'FAIR_VALUE_LEVEL',
  'DERIVATIVE_CAT',
];
const IDENTIFIER_COLUMNS = ['HOLDING_ID', 'IDENTIFIERS_ID', 'IDENTIFIER_ISIN', 'IDENTIFIER_TICKER', 'OTHER_IDENTIFIER', 'OTHER_IDENTIFIER_DESC'];
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Buffered TSV writer with backpressure. */
class TsvWriter {
  private readonly out;
  private buf: string[] = [];
  private size = 0;
  bytes = 0;
  constructor(path: string, header: string[]) {
    this.out = createWriteStream(path);
    this.buf.push(header.join('\t'));
  }
  async row(fields: Array<string | number>): Promise<void> {
    const line = fields.join('\t');
    this.buf.push(line);
    this.size += line.length;
    if (this.size > 1 << 20) await this.flush();
  }
  async flush(): Promise<void> {
    const text = this.buf.join('\n') + '\n';
    this.buf = [];
    this.size = 0;
    this.bytes += Buffer.byteLength(text);
    if (!this.out.write(text)) await once(this.out, 'drain');
  }
  async close(): Promise<void> {
    if (this.buf.length) await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }
}

export async function generateNportDataset(dir: string, opts: NportGenOptions): Promise<NportGenResult> {
  mkdirSync(dir, { recursive: true });
  const rand = rng(opts.seed ?? 20240331);
  // Its own stream, so shuffling IDENTIFIERS.tsv leaves the holdings identical.
  const shuffleRand = rng((opts.seed ?? 20240331) + 1);
  const perFund = opts.perFund ?? 400;
  const issuers = opts.issuers ?? 40_000;
  const holdingsOut = new TsvWriter(join(dir, 'FUND_REPORTED_HOLDING.tsv'), HOLDING_COLUMNS);
  const idsOut = new TsvWriter(join(dir, 'IDENTIFIERS.tsv'), IDENTIFIER_COLUMNS);
  const infoOut = new TsvWriter(join(dir, 'FUND_REPORTED_INFO.tsv'), ['ACCESSION_NUMBER', 'SERIES_NAME', 'SERIES_ID', 'SERIES_LEI', 'TOTAL_ASSETS', 'TOTAL_LIABILITIES', 'NET_ASSETS']);
  const regOut = new TsvWriter(join(dir, 'REGISTRANT.tsv'), ['ACCESSION_NUMBER', 'CIK', 'REGISTRANT_NAME', 'FILE_NUM', 'LEI', 'ADDRESS1', 'ADDRESS2', 'CITY', 'STATE', 'COUNTRY', 'ZIP', 'PHONE']);
  const subOut = new TsvWriter(join(dir, 'SUBMISSION.tsv'), ['ACCESSION_NUMBER', 'FILING_DATE', 'SUB_TYPE', 'REPORT_ENDING_PERIOD', 'REPORT_DATE', 'IS_LAST_FILING']);

  let holdingId = 100_000_000;
  let identifierId = 500_000_000;
  let identifierRows = 0;
  let planted = 0;
  let written = 0;
  let fund = 0;
  let pendingIds: Array<Array<string | number>> = [];
  const flushIds = async () => {
    if (opts.shuffleIdentifiers) {
      for (let i = pendingIds.length - 1; i > 0; i--) {
        const j = Math.floor(shuffleRand() * (i + 1));
        [pendingIds[i], pendingIds[j]] = [pendingIds[j], pendingIds[i]];
      }
    }
    for (const r of pendingIds) await idsOut.row(r);
    pendingIds = [];
  };

  while (written < opts.holdings) {
    fund++;
    const acc = `BENCH-${String(fund).padStart(10, '0')}`;
    const family = `BENCH FUND TRUST ${String(Math.ceil(fund / 12)).padStart(4, '0')}`;
    const month = [0, 1, 2][fund % 3];
    await subOut.row([acc, `${10 + (fund % 18)}-MAY-2024`, 'NPORT-P', `31-DEC-2024`, `${[31, 29, 31][month]}-${MONTHS[month]}-2024`, 'N']);
    await regOut.row([acc, String(1_000_000 + Math.ceil(fund / 12)), family, '811-00000', 'N/A', '1 BENCH STREET', '', 'NEW YORK', 'US-NY', 'US', '10001', '2120000000']);
    await infoOut.row([acc, fund % 50 === 0 ? 'N/A' : `BENCH ${['GLOBAL', 'EMERGING MARKETS', 'TOTAL MARKET', 'BOND', 'INCOME'][fund % 5]} FUND ${fund}`, `S${String(fund).padStart(9, '0')}`, 'N/A', '1000000000', '1000000', '999000000']);
    const n = Math.min(opts.holdings - written, Math.max(1, Math.round(perFund * (0.25 + 1.5 * rand()))));
    for (let k = 0; k < n; k++) {
      holdingId++;
      written++;
      const r = rand();
      const pct = (rand() * 2).toFixed(10);
      const value = (rand() * 5e7).toFixed(2);
      const held = fund - 1;
      if (opts.fundOfFunds && k === 0 && fund % 10 === 0 && held % 50 !== 0) {
        const heldName = `BENCH ${['GLOBAL', 'EMERGING MARKETS', 'TOTAL MARKET', 'BOND', 'INCOME'][held % 5]} FUND ${held}`;
        await holdingsOut.row([acc, holdingId, heldName, 'N/A', `${heldName} INSTITUTIONAL SHARES`, 'N/A', Math.round(rand() * 1e6), 'NS', '', 'USD', value, '', pct, 'Long', 'EC', '', 'RF', '', 'US', 'N', '1', '']);
        continue;
      }
      if (written % PLANT_EVERY === 0) {
        const p = PLANTED[(written / PLANT_EVERY) % PLANTED.length];
        planted++;
        await holdingsOut.row([acc, holdingId, p.name, 'N/A', p.title, p.cusip, Math.round(rand() * 1e6), 'NS', '', p.currency, value, p.currency === 'USD' ? '' : '7.10000000', pct, 'Long', 'EC', '', 'CORP', '', p.country, 'N', '1', '']);
        if (p.isin) pendingIds.push([holdingId, ++identifierId, p.isin, '', '', '']);
        pendingIds.push([holdingId, ++identifierId, '', p.ticker, '', '']);
        identifierRows += p.isin ? 2 : 1;
        continue;
      }
      const issuer = Math.floor(rand() * issuers);
      const code = String(issuer).padStart(7, '0');
      const isin = `ZZ${code}${String(issuer % 100).padStart(2, '0')}0`;
      const name = `BENCH ISSUER ${code} ${['CORP', 'INC', 'CO LTD', 'PLC', 'SA', 'AG', 'HOLDINGS LTD'][issuer % 7]}`;
      let cat = 'EC', unit = 'NS', deriv = '', itype = 'CORP', cusip = `ZZ${code}`, title = `${name} COMMON STOCK`, payoff = 'Long';
      if (r < 0.15) [cat, unit, title] = ['DBT', 'PA', `${name} ${(2 + rand() * 6).toFixed(3)}% 20${30 + (issuer % 20)}`];
      else if (r < 0.19) [cat, itype, title, cusip] = ['STIV', 'RF', 'BENCH GOVERNMENT MONEY MARKET FUND', 'N/A'];
      else if (r < 0.23) [cat, unit, deriv, payoff, title, cusip] = ['DFE', 'NC', 'FWD', 'N/A', 'PURCHASED EUR / SOLD USD', '000000000'];
      else if (r < 0.25) [cat, unit, deriv, payoff, title, cusip] = ['DE', 'NC', 'FUT', 'N/A', 'BENCH INDEX FUTURE', 'N/A'];
      else if (r < 0.3) [cat, unit, itype, title] = ['ABS-MBS', 'PA', 'USGSE', `${name} POOL`];
      const currency = r > 0.6 ? 'USD' : ['EUR', 'JPY', 'GBP', 'HKD', 'CNY'][issuer % 5];
      await holdingsOut.row([acc, holdingId, name, 'N/A', title, cusip, Math.round(rand() * 1e6), unit, '', currency, value, currency === 'USD' ? '' : '1.10000000', pct, payoff, cat, '', itype, '', 'US', 'N', String(1 + (issuer % 3)), deriv]);
      if (cat === 'STIV' || deriv) continue;
      pendingIds.push([holdingId, ++identifierId, isin, '', '', '']);
      identifierRows++;
      if (cat === 'EC' && issuer % 3 === 0) {
        pendingIds.push([holdingId, ++identifierId, '', `ZZ${issuer}`, '', '']);
        identifierRows++;
      }
    }
    if (pendingIds.length > 50_000) await flushIds();
  }
  await flushIds();
  for (const w of [holdingsOut, idsOut, infoOut, regOut, subOut]) await w.close();
  return {
    dir, holdings: written, identifierRows, funds: fund, planted,
    bytes: holdingsOut.bytes + idsOut.bytes + infoOut.bytes + regOut.bytes + subOut.bytes,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const [dir, n] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: tsx bench/nport-gen.ts OUT_DIR [HOLDINGS] [--shuffle-identifiers]');
    process.exitCode = 2;
  } else {
    const result = await generateNportDataset(dir, {
      holdings: Number(n ?? 5_000_000),
      shuffleIdentifiers: process.argv.includes('--shuffle-identifiers'),
    });
    console.log(JSON.stringify(result));
  }
}
