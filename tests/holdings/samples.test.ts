/**
 * The real fund files in ../shared/sources/holdings. Expected counts were taken ONCE by hand with
 * grep (commands in each test's comment), never from this code. In CI the samples must exist.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDir } from '../helpers/cli.js';
import { byIssuer, expectRows, readAll } from './read-all.js';

const dir = path.join(sharedDir, 'sources', 'holdings');
const present = existsSync(dir);
if (!present && !process.env.CI) console.log(`holdings samples: skipped, ${dir} is absent (set CI to require it)`);
const suite = present || process.env.CI ? describe : describe.skip;
const sample = (...p: string[]) => path.join(dir, ...p);

suite('real holdings samples', () => {
  it('the samples are present (required in CI)', () => {
    expect(existsSync(dir)).toBe(true);
  });

  it('iShares ACWI 2022: pristine download with preamble, NBSP line and footer', async () => {
    const r = await readAll(sample('ishares', 'ACWI_holdings__ctanny_2022-03-10.csv'));
    expect(r.meta).toMatchObject({ format: 'ishares-us', fund: 'iShares MSCI ACWI ETF', asOf: '2022-03-10', headerLine: 10, encoding: 'utf-8', delimiter: 'comma' });
    // grep -c '^"' -> 2370 lines open with a quote; one is the footer ("The content contained...", line 2381).
    // grep -c '^"[^"]*","[^"]*","[^"]*","Equity",' -> 2327 equity rows; the other 42 are Cash 35,
    // Futures 3, FX 2, Money Market 1, Cash Collateral and Margins 1.
    expectRows(r, 2369, 2327, 42, 0);
    expect(r.records[0].line).toBe(11);
    expect(r.records.at(-1)!.line).toBe(2379);
    expect(r.positions[0]).toMatchObject({ issuer: 'APPLE INC', ids: { ticker: 'AAPL', exchange: 'NASDAQ', country: 'United States' }, value: { amount: 747682723.92, currency: 'USD' }, weightPct: 4.15, shares: 4716646, assetClass: 'Equity' });
  });

  it('iShares EEM 2025: preamble/footer removed, Quantity column, Xinjiang-linked lines and duplicate tickers', async () => {
    const r = await readAll(sample('ishares', 'EEM_holdings__ViktorLor_2025-01.csv'));
    expect(r.meta).toMatchObject({ format: 'ishares-us', fund: null, asOf: null, headerLine: 1 });
    expect(r.meta.columns.shares).toBe('Quantity');
    // grep -c '^"' -> 1243 rows; grep -c '^"[^"]*","[^"]*","[^"]*","Equity",' -> 1213 equity.
    expectRows(r, 1243, 1213, 30, 0);
    const hoshine = byIssuer(r, 'HOSHINE SILICON INDUSTRY LTD A');
    expect(hoshine).toHaveLength(1);
    expect(hoshine[0]).toMatchObject({ line: 1042, ids: { ticker: '603260', exchange: 'Shanghai Stock Exchange', country: 'China' }, value: { amount: 1008626.83, currency: 'USD' }, weightPct: 0.01, shares: 139200 });
    expect(byIssuer(r, 'IFLYTEK LTD A')[0]).toMatchObject({ line: 919, ids: { ticker: '002230', exchange: 'Shenzhen Stock Exchange' }, value: { amount: 1957011.4, currency: 'USD' } });
    expect(byIssuer(r, 'ZHEJIANG DAHUA TECHNOLOGY LTD A')[0]).toMatchObject({ line: 1054, ids: { ticker: '002236' }, value: { amount: 963373.09, currency: 'USD' } });
    expect(byIssuer(r, 'XINJIANG DAQO NEW ENERGY LTD A')[0]).toMatchObject({ line: 1121, ids: { ticker: '688303' }, value: { amount: 744124.45, currency: 'USD' } });
    expect(byIssuer(r, 'GOLDWIND SCIENCE&TECHNOLOGY LTD A')[0]).toMatchObject({ line: 1205, ids: { ticker: '002202' } });
    expect(byIssuer(r, 'ZHONGTAI SECURITIES LTD A')[0]).toMatchObject({ line: 1062, ids: { ticker: '600918' } });
    // Tickers repeat across markets; each carries its exchange.
    const t1211 = r.positions.filter((p) => p.ids.ticker === '1211').map((p) => [p.issuer, p.ids.exchange]);
    expect(t1211).toEqual([
      ['BYD LTD H', 'Hong Kong Exchanges And Clearing Ltd'],
      ['SAUDI ARABIAN MINING', 'Saudi Stock Exchange'],
    ]);
    const t000100 = r.positions.filter((p) => p.ids.ticker === '000100').map((p) => p.ids.exchange);
    expect(t000100).toEqual(['Korea Exchange (Stock Market)', 'Shenzhen Stock Exchange']);
    // Last line: USD CASH, excluded but carrying its value.
    expect(r.excluded.at(-1)).toMatchObject({ line: 1244, issuer: 'USD CASH', marketValue: -99211485.31, weightPct: -0.64 });
  });

  it('iShares URTH 2020: CUSIP/ISIN/SEDOL header generation', async () => {
    const r = await readAll(sample('ishares', 'URTH_holdings__mkim0710_2020-11-04_with-CUSIP-ISIN-SEDOL.csv'));
    expect(r.meta).toMatchObject({ format: 'ishares-us', fund: 'iShares MSCI World ETF', asOf: '2020-11-04', headerLine: 10 });
    // grep -c '^"' -> 1260 rows (the file ends with an NBSP line, no footer); 1237 equity.
    expectRows(r, 1260, 1237, 23, 0);
    expect(r.positions[0]).toMatchObject({ issuer: 'APPLE INC', ids: { ticker: 'AAPL', cusip: '037833100', isin: 'US0378331005', sedol: '2046251' } });
    const topicus = byIssuer(r, 'TOPICUS INC')[0];
    expect(topicus.ids.ticker).toBeUndefined();
    expect(topicus.ids).toMatchObject({ cusip: '89072T102', isin: 'CA89072T1021', exchange: 'Toronto Stock Exchange' });
  });

  it('iShares EIMI UCITS 2021: Issuer Ticker, ISIN, Nominal, CRLF', async () => {
    const r = await readAll(sample('ishares', 'EIMI_holdings__Stanleymu_iShares-UCITS_2021-08-30.csv'));
    expect(r.meta).toMatchObject({ format: 'ishares-ucits', fund: null, asOf: '2021-08-30', headerLine: 3 });
    expect(r.meta.columns).toMatchObject({ ticker: 'Issuer Ticker', shares: 'Nominal', isin: 'ISIN' });
    // grep -c '^"' -> 3035 rows; grep -c '^"[^"]*","[^"]*","Equity",' -> 2999 equity, plus 1
    // "Fixed Income" row (BRITANNIA, screened: the issuer counts); 35 cash/FX/futures/MMF/collateral.
    expectRows(r, 3035, 3000, 35, 0);
    expect(byIssuer(r, 'IFLYTEK A')[0]).toMatchObject({ line: 1066, ids: { ticker: '002230', isin: 'CNE100000B81' }, value: { amount: 2890986.84 }, shares: 360403 });
    expect(byIssuer(r, 'ZHEJIANG DAHUA TECHNOLOGY LTD A')[0].ids.isin).toBe('CNE100000BJ4');
    expect(byIssuer(r, 'XINJIANG GOLDWIND SCIENCE AND TECH')[0].ids).toMatchObject({ ticker: '2208', isin: 'CNE100000PP1' });
    expect(byIssuer(r, 'XINJIANG GOLDWIND SCIENCE&TECHNOLO')[0].ids.isin).toBe('CNE1000008S5');
    expect(byIssuer(r, 'DAQO NEW ENERGY ADR REPRESENTING')[0].ids).toMatchObject({ ticker: 'DQ', isin: 'US23703Q2030' });
    expect(r.positions.filter((p) => p.assetClass === 'Fixed Income').map((p) => [p.issuer, p.ids.isin])).toEqual([
      ['BRITANNIA INDUSTRIES LTD', 'INE216A08027'],
    ]);
  });

  it('Vanguard VT 2020: three sections, mixed line ends, duplicate companies on several lines', async () => {
    const r = await readAll(sample('vanguard', 'VT_Holdings_details_Total_World_Stock_ETF_2020-09-30.csv'));
    expect(r.meta).toMatchObject({ format: 'vanguard', fund: 'Total World Stock ETF (VT)', asOf: '2020-09-30', headerLine: 8 });
    // grep -c '^,' -> 8796 lines open with the empty first column, 3 of them section headers
    // (grep -c '^,SEDOL') -> 8793 rows: Equity lines 9-8795 (8787), Fixed income 8801-8803 (3),
    // Short-term reserves 8809-8811 (3, all cash / liquidity vehicles -> excluded).
    expectRows(r, 8793, 8790, 3, 0);
    const hik = byIssuer(r, 'Hangzhou Hikvision Digital Technology Co. Ltd.');
    // This VT file holds Hikvision once (SEDOL BD5CPQ2); B450X03 from FORMATS.md is not in it.
    expect(hik).toEqual([
      expect.objectContaining({ line: 2074, ids: { sedol: 'BD5CPQ2', ticker: '002415', country: 'CN' }, value: { amount: 1301915.4, currency: 'USD' }, shares: 231300, weightPct: null, weightBound: '<0.01' }),
    ]);
    const pingAn = byIssuer(r, 'Ping An Insurance Group Co. of China Ltd.').map((p) => [p.line, p.ids.sedol, p.ids.ticker]);
    expect(pingAn).toEqual([[173, 'B01FLR7', '2318'], [1105, 'BP3R284', '601318']]);
    expect(byIssuer(r, 'Xiamen Meiya Pico Information Co. Ltd.')[0]).toMatchObject({ line: 6932, ids: { ticker: '300188', sedol: 'BD5CBQ4' } });
    expect(byIssuer(r, 'Iflytek Co. Ltd.')[0]).toMatchObject({ line: 4898, ids: { ticker: '002230' } });
    expect(byIssuer(r, 'Myers Industries Inc.')[0]).toMatchObject({ value: null, shares: null, weightPct: null, weightBound: '<0.01' });
    const bills = r.positions.filter((p) => p.assetClass === 'Fixed income');
    expect(bills.map((b) => b.line)).toEqual([8801, 8802, 8803]);
    expect(bills[0]).toMatchObject({ issuer: 'United States Cash Management Bill', value: { amount: 5198960, currency: 'USD' }, shares: 5200000 });
    expect(r.excluded.map((e) => [e.line, e.issuer])).toEqual([[8809, 'SLBBH1142'], [8810, 'CMT MARKET LIQUIDITY'], [8811, 'SLCMT1142']]);
  });
});
