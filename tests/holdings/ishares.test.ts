import { describe, expect, it } from 'vitest';
import { byIssuer, expectRows, fixture, readAll } from './read-all.js';

describe('iShares US', () => {
  it('pristine 2022 download: BOM, preamble, NBSP line, multi-line quoted footer is not a row', async () => {
    const r = await readAll(fixture('ishares-us', 'pristine-2022.csv'));
    expect(r.meta).toMatchObject({
      format: 'ishares-us', fund: 'iShares MSCI Emerging Markets ETF', asOf: '2022-03-10', encoding: 'utf-8', delimiter: 'comma', headerLine: 10,
    });
    expect(r.meta.columns).toEqual({
      issuer: 'Name', ticker: 'Ticker', exchange: 'Exchange', country: 'Location', shares: 'Shares',
      marketValue: 'Market Value', weightPct: 'Weight (%)', currency: 'Currency', tradingCurrency: 'Market Currency', assetClass: 'Asset Class',
    });
    // 8 data lines (11-18): 4 equities, money market, HKD cash, a future, USD cash.
    expectRows(r, 8, 4, 4, 0);
    expect(r.positions[1]).toMatchObject({
      kind: 'position', line: 12, issuer: 'HOSHINE SILICON INDUSTRY LTD A', fund: 'iShares MSCI Emerging Markets ETF',
      ids: { ticker: '603260', exchange: 'Shanghai Stock Exchange', country: 'China' },
      shares: 139200, value: { amount: 1008626.83, currency: 'USD' }, weightPct: 0.01, assetClass: 'Equity',
    });
    expect(r.excluded.map((e) => [e.line, e.reason])).toEqual([
      [15, 'money market (asset class "Money Market")'],
      [16, 'cash (asset class "Cash")'],
      [17, 'futures (asset class "Futures")'],
      [18, 'cash (asset class "Cash")'],
    ]);
    expect(r.excluded[3]).toMatchObject({ issuer: 'USD CASH', marketValue: -99211485.31, weightPct: -0.64 });
    expect(r.meta.warnings).toEqual([]); // a disclaimer after the table is expected, not a warning
    expect(r.meta.footer).toEqual({ lines: 1, fromLine: 20 });
  });

  it('duplicate tickers across markets stay distinct positions, each with its exchange and country', async () => {
    const r = await readAll(fixture('ishares-us', 'pristine-2022.csv'));
    expect(r.positions.filter((p) => p.ids.ticker === '1211').map((p) => p.ids)).toEqual([
      { ticker: '1211', exchange: 'Hong Kong Exchanges And Clearing Ltd', country: 'China' },
      { ticker: '1211', exchange: 'Saudi Stock Exchange', country: 'Saudi Arabia' },
    ]);
  });

  it('gzip-compressed input is detected from its bytes', async () => {
    const plain = await readAll(fixture('ishares-us', 'pristine-2022.csv'));
    const gz = await readAll(fixture('ishares-us', 'pristine-2022.csv.gz'));
    expect(gz.meta).toMatchObject({ format: 'ishares-us', fund: plain.meta.fund, asOf: plain.meta.asOf });
    expect(gz.records.map(({ source: _s, ...rest }) => rest)).toEqual(plain.records.map(({ source: _s, ...rest }) => rest));
  });

  it('2020 header carries CUSIP, ISIN and SEDOL; "-" ticker is no ticker', async () => {
    const r = await readAll(fixture('ishares-us', '2020-identifiers.csv'));
    expect(r.meta).toMatchObject({ format: 'ishares-us', fund: 'iShares MSCI World ETF', asOf: '2020-11-04' });
    expectRows(r, 3, 2, 1, 0);
    expect(r.positions[0].ids).toEqual({
      ticker: 'AAPL', exchange: 'NASDAQ', country: 'United States', isin: 'US0378331005', cusip: '037833100', sedol: '2046251',
    });
    expect(r.positions[1].ids).toEqual({ exchange: 'Toronto Stock Exchange', country: 'Canada', isin: 'CA89072T1021', cusip: '89072T102' });
  });

  it('2025 header (Quantity) without preamble or footer and without a final newline', async () => {
    const r = await readAll(fixture('ishares-us', '2025-quantity-no-preamble.csv'));
    expect(r.meta).toMatchObject({ format: 'ishares-us', fund: null, asOf: null, headerLine: 1 });
    expect(r.meta.columns.shares).toBe('Quantity');
    expectRows(r, 3, 3, 0, 0);
    expect(r.positions.map((p) => [p.line, p.ids.ticker, p.shares])).toEqual([
      [2, '002230', 299219], [3, '002236', 468784], [4, 'ROSN', 4281715],
    ]);
  });

  it('late-2025 header: Market Weight is the weight, Notional Weight is not; "-" date is null', async () => {
    const r = await readAll(fixture('ishares-us', 'late-2025-market-weight.csv'));
    expect(r.meta).toMatchObject({ format: 'ishares-us', fund: 'iShares MSCI Emerging Markets ETF', asOf: null, headerLine: 5 });
    expect(r.meta.columns).toMatchObject({ weightPct: 'Market Weight', assetClass: 'Asset Class', shares: 'Quantity' });
    expectRows(r, 2, 1, 1, 0);
    expect(r.positions[0]).toMatchObject({ issuer: 'XINJIANG DAQO NEW ENERGY LTD A', weightPct: 0.02, ids: { ticker: '688303' } });
  });

  it('Excel re-save: no quotes, CRLF, leading zeros restored for Shenzhen and Korea, HK left as written', async () => {
    const r = await readAll(fixture('ishares-us', 'resaved-excel.csv'));
    expect(r.meta).toMatchObject({ format: 'ishares-us', fund: null, headerLine: 1 });
    // 6 data lines; the 7th is NBSP followed by commas: not a row.
    expectRows(r, 6, 6, 0, 0);
    expect(r.positions.map((p) => [p.issuer, p.ids.ticker])).toEqual([
      ['TAIWAN SEMICONDUCTOR MANUFACTURING', '2330'],
      ['IFLYTEK LTD A', '002230'],
      ['ZTE CORP A', '000063'],
      ['SAMSUNG ELECTRONICS LTD', '005930'],
      ['TENCENT HOLDINGS LTD', '700'],
      ['HSBC HOLDINGS PLC', '5'],
    ]);
    expect(r.positions[0]).toMatchObject({ value: { amount: 1709551563 }, weightPct: 10.97, shares: 50257000 });
  });
});

describe('iShares UCITS and Canada', () => {
  it('UCITS: Issuer Ticker, ISIN, Nominal, dd/Mon/yyyy date, FX line excluded, bond screened', async () => {
    const r = await readAll(fixture('ishares-ucits', 'eimi-2021.csv'));
    expect(r.meta).toMatchObject({ format: 'ishares-ucits', fund: null, asOf: '2021-08-30', headerLine: 3 });
    expectRows(r, 5, 4, 1, 0);
    expect(byIssuer(r, 'IFLYTEK A')[0]).toMatchObject({
      line: 4, ids: { ticker: '002230', isin: 'CNE100000B81', exchange: 'Shenzhen Stock Exchange', country: 'China' }, shares: 360403, value: { amount: 2890986.84, currency: null }, tradingCurrency: 'CNY',
    });
    expect(byIssuer(r, 'BRITANNIA INDUSTRIES LTD')[0].assetClass).toBe('Fixed Income');
    // Market Currency is the trading currency (CNY), not the currency of Market Value.
    expect(r.meta.columns.currency).toBeUndefined();
    expect(r.meta.columns.tradingCurrency).toBe('Market Currency');
    expect(r.excluded[0]).toMatchObject({ line: 8, issuer: 'USD/THB', reason: 'FX (asset class "FX")', marketValue: -48.26 });
  });

  it('Canada: Location of Risk is the country; cash and futures found through the sector', async () => {
    const r = await readAll(fixture('ishares-ca', 'xwd.csv'));
    expect(r.meta.format).toBe('ishares-ca');
    expect(r.meta.columns).toMatchObject({ country: 'Location of Risk', isin: 'ISIN', sedol: 'SEDOL', currency: 'Currency' });
    expectRows(r, 4, 2, 2, 0);
    expect(r.positions[1].ids).toEqual({
      ticker: 'SHOP', exchange: 'Toronto Stock Exchange', country: 'Canada', isin: 'CA82509L1076', sedol: 'BXDZ9Z0',
    });
    expect(r.excluded.map((e) => e.reason)).toEqual(['cash (name "USD CASH")', 'cash or derivative (sector "Cash and/or Derivatives")']);
  });
});
