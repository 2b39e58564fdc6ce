import { describe, expect, it } from 'vitest';
import { UsageError, InputError } from '../../src/errors.js';
import { expectRows, fixture, readAll } from './read-all.js';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

describe('KraneShares', () => {
  it('title row, Identifier is the ISIN, the Cash row is excluded', async () => {
    const r = await readAll(fixture('kraneshares', 'kweb.csv'));
    expect(r.meta).toMatchObject({ format: 'kraneshares', fund: 'KraneShares CSI China Internet ETF', headerLine: 2 });
    expect(r.meta.columns).toMatchObject({ issuer: 'Company Name', isin: 'Identifier', shares: 'Shares Held', marketValue: 'Market Value($)', weightPct: '% of Net Assets' });
    expectRows(r, 3, 2, 1, 0);
    // "Market Value($)": the header states the currency.
    expect(r.positions[1]).toMatchObject({ issuer: 'IFLYTEK CO LTD-A', ids: { ticker: '002230', isin: 'CNE100000B81' }, shares: 2530600, value: { amount: 16674219.3, currency: 'USD' }, weightPct: 1.21 });
    expect(r.excluded[0]).toMatchObject({ line: 5, issuer: 'Cash', reason: 'cash (name "Cash")', marketValue: 5600000 });
  });
});

describe('generic CSV', () => {
  it('maps header synonyms by name', async () => {
    const r = await readAll(fixture('generic', 'synonyms.csv'));
    expect(r.meta.format).toBe('generic-csv');
    expect(r.meta.columns).toEqual({
      issuer: 'Security Name', ticker: 'Symbol', country: 'Country', isin: 'ISIN', shares: 'Quantity',
      marketValue: 'Value', weightPct: '% of Fund', currency: 'Currency', assetClass: 'Type',
    });
    expectRows(r, 3, 2, 1, 0);
    expect(r.positions[0]).toMatchObject({
      issuer: 'Hangzhou Hikvision Digital Technology Co. Ltd.', ids: { ticker: '002415', isin: 'CNE100000PM8', country: 'China' },
      shares: 231300, value: { amount: 1301915.4, currency: 'CNY' }, weightPct: 0.01,
    });
    expect(r.excluded[0].reason).toBe('cash (asset class "Cash")');
  });

  it('reads a Unified Social Credit Code column as an identifier', async () => {
    const r = await readAll(fixture('generic', 'uscc.csv'));
    expect(r.meta.columns).toMatchObject({ issuer: 'Company Name', uscc: 'Unified Social Credit Code' });
    expectRows(r, 2, 2, 0, 0);
    expect(r.positions[0].ids).toEqual({ uscc: '91330000733796106P' });
    expect(r.positions[1].ids).toEqual({});
  });

  it('headers no synonym names are read by their words, the currency a header names is the values\' currency', async () => {
    const r = await readAll(fixture('generic', 'needs-columns.csv'));
    expect(r.meta).toMatchObject({ format: 'generic-csv', fund: 'Sample Global Equity Fund', asOf: '2024-05-10', headerLine: 5 });
    expect(r.meta.columns).toEqual({ issuer: 'POS_NAME', ticker: 'POS_TICKER', marketValue: 'MKT_EUR', weightPct: 'PCT' });
    expectRows(r, 2, 2, 0, 0);
    expect(r.positions[0]).toMatchObject({ issuer: 'Zhejiang Dahua Technology Co. Ltd.', ids: { ticker: '002236' }, value: { amount: 226130.76, currency: 'EUR' } });
  });

  it('unknown header names need --columns; with it, the preamble key/value lines give fund and date', async () => {
    await expect(readAll(fixture('generic', 'unknown-headers.csv'))).rejects.toThrow(/no header row found/);
    const r = await readAll(fixture('generic', 'unknown-headers.csv'), {
      columns: { issuer: 'F1', ticker: 'f2', marketValue: 'F3', weightPct: 'F4' },
    });
    expect(r.meta).toMatchObject({ format: 'generic-csv', fund: 'Sample Global Equity Fund', asOf: '2024-05-10', headerLine: 5 });
    expect(r.meta.columns).toEqual({ issuer: 'F1', ticker: 'F2', marketValue: 'F3', weightPct: 'F4' });
    expectRows(r, 2, 2, 0, 0);
    expect(r.positions[0]).toMatchObject({ issuer: 'Zhejiang Dahua Technology Co. Ltd.', ids: { ticker: '002236' }, value: { amount: 226130.76, currency: null } });
  });

  it('--columns overrides detection even where synonyms would match', async () => {
    const r = await readAll(fixture('generic', 'synonyms.csv'), { columns: { issuer: 'Symbol', ticker: 'Security Name' } });
    expect(r.positions[0]).toMatchObject({ issuer: '002415', ids: { ticker: 'Hangzhou Hikvision Digital Technology Co. Ltd.' } });
  });

  it('--columns naming a field or a column that does not exist is a usage error', async () => {
    await expect(readAll(fixture('generic', 'synonyms.csv'), { columns: { nonsense: 'Symbol' } })).rejects.toThrow(UsageError);
    await expect(readAll(fixture('generic', 'synonyms.csv'), { columns: { issuer: 'Symbol', ticker: 'Nope' } })).rejects.toThrow(InputError);
  });

  it('--input-format forces a layout', async () => {
    const r = await readAll(fixture('kraneshares', 'kweb.csv'), { inputFormat: 'generic-csv' });
    expect(r.meta.format).toBe('generic-csv');
    // generic does not know that KraneShares' Identifier is an ISIN: it finds it by the check digits (identifierByContents)
    expect(r.positions[0].ids.isin).toBe('KYG875721634');
    await expect(readAll(fixture('kraneshares', 'kweb.csv'), { inputFormat: 'nope' })).rejects.toThrow(UsageError);
  });
});

describe('a table without a name column', () => {
  it('is screened by its identifiers, with a warning; the listed ISIN is found', async () => {
    const dir = useTempDir('no-name');
    const file = path.join(dir, 'ids.csv');
    // CNE100001TW7: Dawning Information Industry's A-share ISIN, as the shipped list records it.
    await writeFile(file, 'ISIN,Weight\nCNE100001TW7,0.2\nUS0378331005,5\n');
    const r = await readAll(file);
    expectRows(r, 2, 2, 0, 0);
    expect(r.meta.warnings[0]).toMatch(/^no issuer name column \(header: ISIN, Weight\): rows are screened by ISIN alone/);
    const run = await runCli(['screen', file, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { line: number; isin: string; tier: string; entity: { id: string } }) => [f.line, f.isin, f.tier]))
      .toEqual([[2, 'CNE100001TW7', 'confirmed']]);
  });
});

describe('a column found by its words whose cells are not numbers', () => {
  it('is not read as a number field (rows are not lost), and a warning says so', async () => {
    const dir = useTempDir('not-numbers');
    const file = path.join(dir, 'es.csv');
    // Spanish "Valor" is the security as well as a value: here it is the security.
    await writeFile(file, 'Emisor;Valor;Peso (%)\nHoshine Silicon Industry Co Ltd;Acciones A;0,20\nSiemens AG;Acciones;1,50\n');
    const r = await readAll(file);
    expect(r.meta.columns).toEqual({ issuer: 'Emisor', weightPct: 'Peso (%)' });
    expect(r.meta.warnings).toContain('column "Valor" not read as marketValue: its first cells are not numbers ("Acciones A")');
    expectRows(r, 2, 2, 0, 0);
    expect(r.positions.map((p) => p.weightPct)).toEqual([0.2, 1.5]);
  });
});

describe("a table's total lines", () => {
  it('are excluded with their reason, not screened as positions; a company named Total with its ISIN is one', async () => {
    const dir = useTempDir('totals');
    const file = path.join(dir, 'totals.csv');
    await writeFile(file, [
      'Name,ISIN,Market Value,Currency,Weight',
      'Hoshine Silicon Industry Co Ltd,CNE100002FC7,1000,USD,10',
      'TotalEnergies SE,FR0000120271,4000,USD,40',
      'Total SE,FR0000120271,5000,USD,50',
      'Subtotal,,10000,USD,100',
      'Grand Total:,,10000,USD,100',
    ].join('\n') + '\n');
    const r = await readAll(file);
    expectRows(r, 5, 3, 2, 0);
    expect(r.excluded.map((x) => [x.line, x.reason])).toEqual([[5, 'total line (name "Subtotal")'], [6, 'total line (name "Grand Total:")']]);
    // The share of the fund is of the positions' value, not of positions and their sum.
    const run = await runCli(['screen', file, '--format', 'json']);
    expect(JSON.parse(run.stdout).funds[0].exposure.marketValue / JSON.parse(run.stdout).funds[0].exposure.screened[0].amount).toBeCloseTo(0.1);
  });
});

describe('an issuer column no header names, found by its cells (nameColumnByContents)', () => {
  const dir = useTempDir('name-by-contents');
  const write = async (name: string, lines: string[]) => {
    const file = path.join(dir, name);
    await writeFile(file, lines.join('\n') + '\n');
    return file;
  };

  it('beside an ISIN the list does not carry, the names are read and the listed company found, with a warning', async () => {
    for (const header of ['Instrument', 'Investment', 'Libellé', 'Securities', 'Position']) {
      const file = await write('by-isin.csv', [
        `${header},ISIN,Sector,Market Value (USD),Weight (%)`,
        'Hoshine Silicon Industry Co Ltd,CNE1000000X1,Materials,1000,10',
        'Apple Inc,US0378331005,Information Technology,9000,90',
      ]);
      const r = await readAll(file);
      expect(r.meta.columns.issuer, header).toBe(header);
      expect(r.positions.map((p) => p.issuer)).toEqual(['Hoshine Silicon Industry Co Ltd', 'Apple Inc']);
      expect(r.meta.warnings.join('\n')).toContain(`no header names the issuer column: "${header}" read as the name`);
      const run = await runCli(['screen', file, '--format', 'json']);
      expect(JSON.parse(run.stdout).findings.map((f: { issuer: string; tier: string }) => [f.issuer, f.tier])).toEqual([['Hoshine Silicon Industry Co Ltd', 'confirmed']]);
    }
  });

  it('a header of known words with no issuer or identifier column is a table when a column holds names; the one with legal forms wins', async () => {
    const r = await readAll(await write('no-ids.csv', [
      'Instrument,Comment,Sector,Market Value,Weight',
      'Hoshine Silicon Industry Co Ltd,kept,Materials,1000,10',
      'Apple Inc,added in May,Information Technology,9000,90',
      'Microsoft Corp,trimmed,Information Technology,9000,90',
    ]));
    expect(r.meta.columns.issuer).toBe('Instrument');
    expectRows(r, 3, 3, 0, 0);
  });

  it('no column is taken whose header names another (Sub-Industry, Country) or whose cells are codes, dates or repeat', async () => {
    const file = await write('no-names.csv', [
      'Ticker,ISIN,Sub-Industry,Trade Date,Kind,Market Value',
      'AAPL,US0378331005,Technology Hardware Storage,2026-12-04,Common Stock Abc,100',
      '603260,CNE100002FC7,Diversified Chemicals,2026-12-04,Common Stock Abc,100',
      'MSFT,US5949181045,Systems Software,2026-12-04,Common Stock Abc,100',
    ]);
    const r = await readAll(file);
    expect(r.meta.columns.issuer).toBeUndefined();
    expect(r.meta.warnings.join('\n')).toContain('no issuer name column');
    // --columns names it otherwise: no guess.
    const named = await readAll(file, { columns: { issuer: 'Kind' } });
    expect(named.meta.columns.issuer).toBe('Kind');
    expect(named.meta.warnings.join('\n')).not.toContain('no header names the issuer column');
  });
});

describe('a fund and a date column: a family export of several funds (Fund Ticker, Date)', () => {
  const dir = useTempDir('fund-date-columns');

  it("each row is its fund's, dated by its Date cell: each fund has its own share and as-of date", async () => {
    const file = path.join(dir, 'family.csv');
    await writeFile(file, [
      'Fund Ticker,Holding Ticker,Name,MarketValue,Weight,Date',
      'AAA,002415,Hangzhou Hikvision Digital Technology Co Ltd,1000,10,12/04/2026',
      'AAA,700,Tencent Holdings Ltd,9000,90,12/04/2026',
      'BBB,700,Tencent Holdings Ltd,1000,50,12/03/2026',
      'BBB,002415,Hangzhou Hikvision Digital Technology Co Ltd,1000,50,12/03/2026',
    ].join('\n') + '\n');
    const r = await readAll(file);
    expect(r.positions.map((p) => [p.fund, p.asOf])).toEqual([['AAA', '2026-12-04'], ['AAA', '2026-12-04'], ['BBB', '2026-12-03'], ['BBB', '2026-12-03']]);
    const report = JSON.parse((await runCli(['screen', file, '--format', 'json'])).stdout);
    expect(report.funds.map((f: { fund: string; asOf: string }) => [f.fund, f.asOf])).toEqual([['AAA', '2026-12-04'], ['BBB', '2026-12-03']]);
    // One fund's share is of its own positions, not of the file's.
    expect(report.funds.map((f: { exposure: { marketValue: number; screened: { amount: number }[] } }) => f.exposure.marketValue / f.exposure.screened[0].amount)).toEqual([0.1, 0.5]);
  });

  it("a later table's Date (a bond section's maturity) is no as-of date and does not outrank the first table's header; a second date further down is said, not taken", async () => {
    const sections = path.join(dir, 'sections.csv');
    await writeFile(sections, 'Name,ISIN,Market Value\nHangzhou Hikvision Digital Technology Co Ltd,CNE100000PM8,1000\nMicrosoft Corp,US5949181045,2000\n\nBonds\nName,ISIN,Date,Market Value\nAlpha 5% 2030,US0000000001,2030-01-15,100\nBeta 4% 2031,US0000000002,2031-06-30,100\n');
    const r = await readAll(sections);
    expect(r.meta.headerLine).toBe(1);
    expectRows(r, 4, 4, 0, 0);
    expect(r.positions.every((p) => p.asOf === undefined)).toBe(true);
    const late = path.join(dir, 'late.csv');
    const rows = Array.from({ length: 30_000 }, (_, i) => `Company Number ${i} Holdings Ltd,100,2024-01-02`);
    await writeFile(late, ['Name,Market Value,Date', ...rows, 'Hangzhou Hikvision Digital Technology Co Ltd,100,2019-05-01'].join('\n') + '\n');
    const l = await readAll(late);
    expect(new Set(l.positions.map((p) => p.asOf))).toEqual(new Set(['2024-01-02', undefined]));
    expect(l.meta.warnings.join('\n')).toContain('Date 2019-05-01 is another date than the 2024-01-02 of the rows above: the fund keeps 2024-01-02');
  });

  it('a Date column of text or of a date a row (a maturity), and a fund column that differs on every row are not read so', async () => {
    const file = path.join(dir, 'not.csv');
    await writeFile(file, [
      'Fund Name,Name,Market Value,Date',
      'Alpha Fund,Alpha Co,100,n/a',
      'Beta Fund,Beta Co,100,2026-12-04',
      'Gamma Fund,Gamma Co,100,2026-12-04',
    ].join('\n') + '\n');
    const r = await readAll(file);
    expect(r.meta.columns.fund).toBeUndefined();
    expect(r.meta.columns.asOf).toBeUndefined();
    // A bond's maturity under "Date": a date a row, not the fund's.
    const bonds = path.join(dir, 'bonds.csv');
    await writeFile(bonds, 'Name,CUSIP,Market Value,Date\nAlpha Co 5% 2030,000000AA0,100,2030-01-15\nBeta Co 4% 2031,000000BB0,100,2031-06-30\nGamma 3% 2029,000000CC0,100,2029-03-01\n');
    expect((await readAll(bonds)).meta.columns.asOf).toBeUndefined();
    expect(r.positions.map((p) => [p.fund, p.asOf])).toEqual([[null, undefined], [null, undefined], [null, undefined]]);
  });
});

describe("a total line whose label no list knows, told by its figures (SumCheck)", () => {
  const dir = useTempDir('totals-by-sum');
  const read = async (name: string, lines: string[]) => {
    const file = path.join(dir, name);
    await writeFile(file, lines.join('\n') + '\n');
    return readAll(file);
  };

  it("a label with a word that says sum and the sum of the rows above (cash counted) is excluded", async () => {
    // A broker's export: the total in the Symbol column, the description a placeholder (read as its name, salvaged).
    const broker = await read('broker.csv', [
      'Symbol,Description,Quantity,Market Value,% of Assets',
      'DQ,DAQO NEW ENERGY CORP SPON ADS,10000,"$301,000.00",95.77%',
      'HKVSF,HANGZHOU HIKVISION DIGITAL TECH CO A,3000,"$12,300.00",3.91%',
      'Cash,--,--,"$1,000.00",0.32%',
      'Account Total,--,--,"$314,300.00",100%',
    ]);
    // (The Cash row is screened: CASH is a ticker too. Its value counts in the total all the same.)
    expectRows(broker, 4, 3, 1, 0);
    expect(broker.excluded[0]).toMatchObject({ line: 5, reason: 'total line (name "Account Total": its value the sum of the 3 rows above)', marketValue: 314300 });
    // Subtotals by section, then the grand total; in German; a total written to whole units.
    const sections = await read('sections.csv', [
      'Name,ISIN,Marktwert,Gewichtung',
      'Hoshine Silicon Industry Co Ltd,CNE100002FC7,1000.40,10',
      'Aktie Zwei AG,DE0000000002,2000.30,20',
      'Summe Aktien,,3001,30',
      'Anleihe Drei,DE0000000003,7000,70',
      'Anleihe Vier,DE0000000004,0,0',
      'Summe Anleihen,,7000,70',
      'Fonds gesamt,,10001,100',
    ]);
    expectRows(sections, 7, 4, 3, 0);
    expect(sections.excluded.map((x) => x.line)).toEqual([4, 7, 8]);
    expect(sections.excluded[0].reason).toBe('total line (name "Summe Aktien": its value the sum of the 2 rows above)');
    expect(sections.excluded[2].reason).toBe('total line (name "Fonds gesamt": its value the sum of the 4 rows above)');
    // No value column: the weights tell it.
    const weights = await read('weights.csv', ['Name,Weight (%)', 'Alpha Co,60.004', 'Beta Co,39.996', 'Total Equity Holdings,100']);
    expectRows(weights, 3, 2, 1, 0);
  });

  it('a company whose name has such a word, a label with an identifier, or figures that are not the sum stay positions', async () => {
    const r = await read('companies.csv', [
      'Name,ISIN,Market Value,Weight (%)',
      'Alpha Co,US0000000001,1000,25',
      'Beta Co,US0000000002,1000,25',
      // Its value is the sum above, but it has its ISIN: a security.
      'Total Return Fund,US0000000003,2000,50',
      // No identifier, a word that says sum, but not the sum of the rows above.
      'Sum Holdings Ltd,,1234,1',
      'Omega Total Co,,999,1',
    ]);
    expectRows(r, 5, 5, 0, 0);
    // Rows of no value sum to nothing: no evidence.
    expectRows(await read('zeros.csv', ['Name,Market Value', 'Alpha Co,0', 'Beta Co,0', 'Total Produce,0']), 3, 3, 0, 0);
    // One row above is no sum of rows.
    expectRows(await read('one.csv', ['Name,Market Value', 'Alpha Co,1000', 'Total Alpha,1000']), 2, 2, 0, 0);
  });
});

describe("a table's total lines in whichever column the row's first text is", () => {
  const dir = useTempDir('totals-first-column');

  it('a Total label under Ticker or ISIN with the name empty is excluded, in the languages fund files are written in', async () => {
    const labels = ['Total', 'TOTAL', 'Grand Total', 'Total:', 'Summe', 'Gesamt', 'Totaal', 'Totale', '合计', '合  计', '總計', '合計', '합계', 'Total (USD)'];
    for (const [i, label] of labels.entries()) {
      const ticker = path.join(dir, `ticker-${i}.csv`);
      await writeFile(ticker, `Ticker,Name,Exchange,Market Value,Weight (%)\nAAPL,APPLE INC,NASDAQ,1000,50\n603260,HOSHINE SILICON INDUSTRY CO LTD,Shanghai Stock Exchange,1000,50\n${label},,,2000,100\n`);
      const r = await readAll(ticker);
      expectRows(r, 3, 2, 1, 0);
      expect(r.excluded.map((x) => [x.line, x.reason]), label).toEqual([[4, `total line ("${label.replace(/\s+/g, ' ')}" under Ticker)`]]);
      const isin = path.join(dir, `isin-${i}.csv`);
      await writeFile(isin, `ISIN,Name,Market Value,Weight (%)\nUS0378331005,APPLE INC,1000,50\nCNE100002BR3,HOSHINE SILICON INDUSTRY CO LTD,1000,50\n${label},,2000,100\n`);
      expectRows(await readAll(isin), 3, 2, 1, 0);
    }
  });

  it("a Chinese report's 合计 under the security's name, its code empty, is excluded and the fund's share is of the positions", async () => {
    const file = path.join(dir, 'cn.csv');
    await writeFile(file, '证券代码,证券名称,持仓市值(元),占净值比例(%)\n600000,浦发银行,1000,50\n603260,合盛硅业,1000,50\n,合计,2000,100\n');
    const r = await readAll(file);
    expectRows(r, 3, 2, 1, 0);
    expect(r.excluded[0]).toMatchObject({ line: 4, reason: 'total line (name "合计")', marketValue: 2000 });
    const run = await runCli(['screen', file, '--format', 'json']);
    const fund = JSON.parse(run.stdout).funds[0];
    expect(fund.exposure.screened).toEqual([{ amount: 2000, currency: 'CNY' }]);
  });

  it('a label beside an identifier, or a ticker that is also a word (SUM), is a position', async () => {
    const file = path.join(dir, 'not-totals.csv');
    await writeFile(file, 'Ticker,Name,ISIN,Market Value\nTotal,,FR0000120271,1000\nSUM,,,1000\nTTE,Total,,1000\n,Total SE,,1000\n');
    const r = await readAll(file);
    expectRows(r, 4, 4, 0, 0);
  });
});

describe('a second header part-way through a file', () => {
  const dir = useTempDir('second-header');
  const first = 'Ticker,Name,Exchange,Market Value,Weight (%)\nAAPL,APPLE INC,NASDAQ,1000,1\nMSFT,MICROSOFT CORP,NASDAQ,1000,1\n';

  it.each([
    ['columns reordered, after a blank line', `${first}\nName,Ticker,Exchange,Market Value,Weight (%)\nHOSHINE SILICON INDUSTRY CO LTD,603260,Shanghai Stock Exchange,1000,0.5\nXINJIANG DAQO NEW ENERGY CO LTD,688303,Shanghai Stock Exchange,1000,0.5\n`, '603260'],
    ['fewer columns', `${first}\nName,Market Value,Weight (%)\nHOSHINE SILICON INDUSTRY CO LTD,1000,0.5\nXINJIANG DAQO NEW ENERGY CO LTD,1000,0.5\n`, undefined],
    ['reordered, no blank line before it', `${first}Market Value,Name,Ticker\n1000,HOSHINE SILICON INDUSTRY CO LTD,603260\n1000,XINJIANG DAQO NEW ENERGY CO LTD,688303\n`, '603260'],
  ])('%s: starts a new table, its rows read by its columns', async (_name, text, ticker) => {
    const file = path.join(dir, `${_name.replace(/\W+/g, '-')}.csv`);
    await writeFile(file, text);
    const r = await readAll(file);
    expectRows(r, 4, 4, 0, 0);
    expect(r.positions.map((p) => [p.issuer, p.value?.amount])).toEqual([
      ['APPLE INC', 1000], ['MICROSOFT CORP', 1000], ['HOSHINE SILICON INDUSTRY CO LTD', 1000], ['XINJIANG DAQO NEW ENERGY CO LTD', 1000],
    ]);
    expect(r.positions[2]!.ids.ticker).toBe(ticker);
    expect(r.meta.warnings.some((w) => /^line \d+: a new header \(/.test(w))).toBe(true);
  });

  it('a data row of words is no header: a name-only table keeps its rows', async () => {
    const file = path.join(dir, 'names.csv');
    await writeFile(file, 'Name,Sector\nAPPLE INC,Information Technology\n\nHOLDINGS CHANNEL INC,Security\nISSUER DIRECT CORP,Currency\n\nWEIGHT WATCHERS,Consumer\n');
    const r = await readAll(file);
    expect(r.positions.map((p) => p.issuer)).toEqual(['APPLE INC', 'HOLDINGS CHANNEL INC', 'ISSUER DIRECT CORP', 'WEIGHT WATCHERS']);
    expect(r.meta.warnings.filter((w) => w.includes('a new header'))).toEqual([]);
  });
});

describe('a name shifted into the Ticker cell', () => {
  const dir = useTempDir('name-in-ticker');

  it('is read as the name, salvaged with a warning, when the Name cell is empty or holds a sector; codes stay tickers', async () => {
    const file = path.join(dir, 'shifted.csv');
    await writeFile(file, [
      'Ticker,Name,Sector,Exchange,Market Value,Weight (%)',
      'AAPL,APPLE INC,Information Technology,NASDAQ,1000,1',
      'HOSHINE SILICON INDUSTRY CO LTD,,Materials,Shanghai Stock Exchange,1000,0.5',
      'XINJIANG DAQO NEW ENERGY CO LTD,Energy,,Shanghai Stock Exchange,2000,0.5',
      'BRK B,BERKSHIRE HATHAWAY INC CLASS B,Financials,New York Stock Exchange Inc.,3000,1',
      'AAPL UW Equity,,Information Technology,NASDAQ,4000,1',
      '700 HK,,Communication,Hong Kong Exchanges And Clearing Ltd,5000,1',
      'Grand Total,,,,16000,4',
    ].join('\n') + '\n');
    const r = await readAll(file);
    expectRows(r, 7, 6, 1, 0);
    expect(r.positions.map((p) => [p.line, p.issuer, p.ids.ticker ?? null, p.value?.amount, p.salvaged !== undefined])).toEqual([
      [2, 'APPLE INC', 'AAPL', 1000, false],
      [3, 'HOSHINE SILICON INDUSTRY CO LTD', null, 1000, true],
      [4, 'XINJIANG DAQO NEW ENERGY CO LTD', null, 2000, true],
      [5, 'BERKSHIRE HATHAWAY INC CLASS B', 'BRK B', 3000, false],
      [6, '', 'AAPL UW Equity', 4000, false],
      [7, '', '700 HK', 5000, false],
    ]);
    expect(r.meta.warnings).toContain('line 3: row salvaged and screened: the name read from the Ticker cell, which holds words, not a code (the Name cell empty)');
    expect(r.meta.warnings).toContain('line 4: row salvaged and screened: the name read from the Ticker cell, which holds words, not a code (the Name cell holds "Energy", a sector or asset class)');
    const run = await runCli(['screen', file, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { line: number; entity: { id: string }; tier: string }) => [f.line, f.entity.id, f.tier])).toEqual([
      [3, 'hoshine-silicon', 'confirmed'], [4, 'xinjiang-daqo-new-energy', 'confirmed'],
    ]);
    expect(report.salvaged.map((x: { line: number }) => x.line)).toEqual([3, 4]);
  });
});

describe('amounts that write their currency beside the figure', () => {
  it('are read, and labelled in that currency when no column or header says', async () => {
    const dir = useTempDir('amount-currency');
    const usd = path.join(dir, 'usd.csv');
    await writeFile(usd, 'Name,ISIN,Market Value\nHoshine Silicon Industry Co Ltd,CNE100002FC7,"9,000.00 USD"\nApple Inc,US0378331005,"1,000.00 USD"\n');
    const a = await readAll(usd);
    expectRows(a, 2, 2, 0, 0);
    expect(a.positions.map((p) => p.value)).toEqual([{ amount: 9000, currency: 'USD' }, { amount: 1000, currency: 'USD' }]);
    // A French file: digits grouped by spaces, a decimal comma, the euro sign after the figure.
    const eur = path.join(dir, 'eur.csv');
    await writeFile(eur, 'Nom;ISIN;Valeur\nHoshine Silicon Industry Co Ltd;CNE100002FC7;12 345,67 €\nAir Liquide;FR0000120073;1 000,00 €\n');
    const b = await readAll(eur);
    expectRows(b, 2, 2, 0, 0);
    expect(b.positions.map((p) => p.value)).toEqual([{ amount: 12345.67, currency: 'EUR' }, { amount: 1000, currency: 'EUR' }]);
  });
});

describe('a zip archive that holds no workbook', () => {
  it('is read as the one CSV it holds (a zipped download), with a warning; several or none is exit 3 naming its members', async () => {
    const { zip } = await import('./nport-zip-writer.js');
    const dir = useTempDir('zipped-csv');
    const csv = 'Name,ISIN,Market Value,Currency\nHoshine Silicon Industry Co Ltd,CNE100002FC7,1000,USD\nApple Inc,US0378331005,9000,USD\n';
    const one = path.join(dir, 'one.zip');
    await writeFile(one, zip([['holdings/fund.CSV', csv], ['__MACOSX/holdings/._fund.CSV', 'x']]));
    const r = await readAll(one);
    expectRows(r, 2, 2, 0, 0);
    expect(r.meta.warnings[0]).toBe('read holdings/fund.CSV, the one text file in the zip archive (lines are that file\'s)');
    expect(r.positions[0]).toMatchObject({ line: 2, issuer: 'Hoshine Silicon Industry Co Ltd', value: { amount: 1000, currency: 'USD' } });
    const two = path.join(dir, 'two.zip');
    await writeFile(two, zip([['a.csv', csv], ['b.csv', csv]]));
    const run = await runCli(['screen', two]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('a zip archive with no workbook and 2 CSV, TSV or TXT files (a.csv, b.csv)');
  });
});

describe('weights that sum to one', () => {
  it('are shown as written, with a warning that they are fractions of one or a small part of the fund', async () => {
    const dir = useTempDir('fraction-weights');
    const file = path.join(dir, 'fractions.csv');
    await writeFile(file, 'Name,ISIN,Market Value,Currency,Weight\nHoshine Silicon Industry Co Ltd,CNE100002FC7,1000,USD,0.1\nApple Inc,US0378331005,5000,USD,0.5\nMicrosoft Corp,US5949181045,4000,USD,0.4\n');
    const run = await runCli(['screen', file, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.warnings.some((w: string) => w.includes('sum to 1.0000: fractions of one'))).toBe(true);
    expect(report.findings[0].weightPct).toBe(0.1);
    // The fund's share is from values: 1,000 of 10,000.
    expect(report.funds[0].exposure.weightPct).toBeCloseTo(10);
    // Weights that sum to about 100 say nothing.
    await writeFile(file, 'Name,ISIN,Market Value,Currency,Weight\nHoshine Silicon Industry Co Ltd,CNE100002FC7,1000,USD,10\nApple Inc,US0378331005,9000,USD,90\n');
    const whole = JSON.parse((await runCli(['screen', file, '--format', 'json'])).stdout);
    expect(whole.warnings.some((w: string) => w.includes('fractions of one'))).toBe(false);
  });
});

describe('a German fund CSV with a key-value preamble', () => {
  it('finds the table under "Fondsname: ..." and "Stand: ...", reads Wertpapierbezeichnung as the issuer, and finds the listed line', async () => {
    const dir = useTempDir('german-preamble');
    const file = path.join(dir, 'de.csv');
    await writeFile(file, [
      'Fondsname: Mein Aktienfonds',
      'Stand: 30.09.2025',
      '',
      'Wertpapierbezeichnung;ISIN;Nominal/Stück;Kurswert in EUR;Anteil am Fondsvermögen in %',
      '"Hoshine Silicon Industry Co. Ltd. Registered Shares A YC 1";CNE100002FC7;"12.500";"1.234.567,89";"0,45"',
      '"Siemens AG Namens-Aktien o.N.";DE0007236101;"1.000";"180.000,00";"5,10"',
    ].join('\n') + '\n');
    const r = await readAll(file);
    expect(r.meta).toMatchObject({ headerLine: 4, fund: 'Mein Aktienfonds', asOf: '2025-09-30' });
    expect(r.meta.columns).toMatchObject({ issuer: 'Wertpapierbezeichnung', isin: 'ISIN', marketValue: 'Kurswert in EUR' });
    expectRows(r, 2, 2, 0, 0);
    expect(r.positions[0]).toMatchObject({ line: 5, value: { amount: 1234567.89, currency: 'EUR' }, weightPct: 0.45 });
    const run = await runCli(['screen', file, '--format', 'json']);
    expect(JSON.parse(run.stdout).findings.map((f: { line: number; tier: string }) => [f.line, f.tier])).toEqual([[5, 'confirmed']]);
  });
});

describe('a market-value header that states a unit (thousands, millions, 万元)', () => {
  it('has its figures read as amounts, times the unit, in the currency the unit names, and says so', async () => {
    const dir = useTempDir('value-unit');
    const cases: Array<[string, number, string | null, string]> = [
      ['Market Value (USD thousands)', 1234560, 'USD', 'figures in thousands, read as amounts times 1,000 USD'],
      ['Market Value (000s)', 1234560, null, 'figures in 000s, read as amounts times 1,000'],
      ['Fair Value (EUR mn)', 1234560000, 'EUR', 'figures in mn, read as amounts times 1,000,000 EUR'],
      ['持仓市值(万元)', 12345600, 'CNY', 'figures in 万元, read as amounts times 10,000 CNY'],
      ['Market Value (EUR)', 1234.56, 'EUR', ''],
    ];
    for (const [header, amount, currency, said] of cases) {
      const file = path.join(dir, 'u.csv');
      await writeFile(file, `Name,${header},Weight (%)\nHoshine Silicon Industry Co Ltd,"1,234.56",0.5\nApple Inc,"2,000",1.0\n`);
      const r = await readAll(file);
      expectRows(r, 2, 2, 0, 0);
      expect(r.positions[0].value).toEqual({ amount, currency });
      if (said) expect(r.meta.warnings).toContain(`${header}: ${said}`);
      else expect(r.meta.warnings.some((w) => w.includes('read as amounts times'))).toBe(false);
    }
  });
});

describe('a percentage in the market-value column', () => {
  it('is no amount: the row is screened with no value, and a warning says so once', async () => {
    const dir = useTempDir('value-percent');
    const file = path.join(dir, 'p.csv');
    await writeFile(file, 'Name,Market Value,Weight (%)\nHoshine Silicon Industry Co Ltd,12%,0.5\nApple Inc,"2,000",1.0\nExample Co,3 %,0.1\n');
    const r = await readAll(file);
    expectRows(r, 3, 3, 0, 0);
    expect(r.positions.map((p) => p.value)).toEqual([null, { amount: 2000, currency: null }, null]);
    expect(r.meta.warnings.filter((w) => w.includes('is a percentage, not an amount'))).toEqual(['line 2: Market Value "12%" is a percentage, not an amount: such rows are read with no value']);
  });
});

describe('an excluded row whose name reads as a listed company', () => {
  it('is still not screened, but a warning names it (a swap or a cash line on the company is worth a look)', async () => {
    const dir = useTempDir('excluded-listed');
    const file = path.join(dir, 'ex.csv');
    await writeFile(file, 'Name,Asset Class,Market Value\nHOSHINE SILICON INDUSTRY CO LTD SWAP,Swaps,100\nAPPLE INC,Equity,100\nUSD CASH,Cash,5\n');
    const run = await runCli(['screen', file, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.findings).toEqual([]);
    expect(report.warnings.filter((w: string) => w.includes('not screened, though'))).toEqual([
      `ex.csv: line 2: excluded (swap (asset class "Swaps")), not screened, though its name reads as the listed Hoshine Silicon Industry Co., Ltd. (probable): a position in it held another way (a swap, a future) is worth a look`,
    ]);
  });
});
