import { describe, expect, it } from 'vitest';
import { expectRows, fixture, readAll } from './read-all.js';

describe('Vanguard "Holdings details"', () => {
  it('reads all three sections with their own headers, across mixed CRLF/LF', async () => {
    const r = await readAll(fixture('vanguard', 'vt-2020.csv'));
    expect(r.meta).toMatchObject({ format: 'vanguard', fund: 'Total World Stock ETF (VT)', asOf: '2020-09-30', headerLine: 8 });
    expect(r.meta.columns).toEqual({
      issuer: 'HOLDINGS', ticker: 'TICKER', country: 'COUNTRY', sedol: 'SEDOL', shares: 'SHARES',
      marketValue: 'MARKET VALUE*', weightPct: '% OF FUNDS*',
    });
    // Equity lines 9-15 (7), Fixed income 21-22 (2), Short-term reserves 28-29 (2, excluded).
    expectRows(r, 11, 9, 2, 0);
    expect(r.records.map((x) => x.line)).toEqual([9, 10, 11, 12, 13, 14, 15, 21, 22, 28, 29]);
    expect(r.meta.warnings).toEqual([]); // a disclaimer after the table is expected, not a warning
    expect(r.meta.footer).toEqual({ lines: 2, fromLine: 33 });
  });

  it('parses "$" amounts, "<0.01%", "---" placeholders and ISO-2 country', async () => {
    const r = await readAll(fixture('vanguard', 'vt-2020.csv'));
    const [apple, alibaba, , , hik, myers, pihsiang] = r.positions;
    expect(apple).toMatchObject({ issuer: 'Apple Inc.', value: { amount: 653892444.12, currency: 'USD' }, shares: 5646252, weightPct: 3.2, assetClass: 'Equity' });
    expect(alibaba.ids).toEqual({ sedol: 'BP41ZD1', ticker: 'BABA', country: 'CN' });
    expect(hik).toMatchObject({ ids: { sedol: 'BD5CPQ2', ticker: '002415', country: 'CN' }, weightPct: null, weightBound: '<0.01', value: { amount: 1301915.4, currency: 'USD' } });
    expect(myers).toMatchObject({ value: null, shares: null });
    expect(pihsiang).toMatchObject({ line: 15, value: { amount: 0.01, currency: 'USD' }, shares: 38000 });
  });

  it('the same company on two lines with different SEDOLs is two positions', async () => {
    const r = await readAll(fixture('vanguard', 'vt-2020.csv'));
    const pingAn = r.positions.filter((p) => p.issuer === 'Ping An Insurance Group Co. of China Ltd.');
    expect(pingAn.map((p) => [p.ids.sedol, p.ids.ticker, p.value?.amount])).toEqual([
      ['B01FLR7', '2318', 20155301.22],
      ['BP3R284', '601318', 4411030.12],
    ]);
  });

  it('bonds are screened with face amount as shares; short-term reserves without identifiers are excluded', async () => {
    const r = await readAll(fixture('vanguard', 'vt-2020.csv'));
    const bonds = r.positions.filter((p) => p.assetClass === 'Fixed income');
    expect(bonds.map((b) => [b.ids.ticker ?? null, b.value?.amount ?? null, b.shares])).toEqual([
      ['CMB', 5198960, 5200000],
      [null, 576780.74, 577000],
    ]);
    expect(r.excluded).toEqual([
      expect.objectContaining({ line: 28, issuer: 'SLBBH1142', reason: 'short-term reserve (cash / money market)', weightPct: 0.63, marketValue: null }),
      expect.objectContaining({ line: 29, issuer: 'CMT MARKET LIQUIDITY', weightPct: 0.07 }),
    ]);
  });

  it('newer header (SUB-INDUSTRY, SECURITYDEPOSITORYRECEIPTTYPE)', async () => {
    const r = await readAll(fixture('vanguard', 'newer-header.csv'));
    expect(r.meta).toMatchObject({ format: 'vanguard', fund: 'S&P 500 ETF (VOO)', asOf: '2025-01-31' });
    expectRows(r, 2, 2, 0, 0);
    expect(r.positions[1]).toMatchObject({ issuer: 'Zhejiang Dahua Technology Co. Ltd.', ids: { ticker: '002236', sedol: 'BD5CNJ1', country: 'CN' }, shares: 74600 });
  });
});
