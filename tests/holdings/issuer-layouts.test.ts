/**
 * Layouts real issuers publish that the tests of each reading rule did not cover: each a small file
 * in the shape an issuer's download has (its encoding, header words, cash lines), read end to end.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.js';
import { exclusionReason } from '../../src/holdings/exclusions.js';
import { micFor } from '../../src/reference/markets.js';
import { expectRows, readAll } from './read-all.js';

const dir = useTempDir('issuer-layouts-');
function file(name: string, content: string | Buffer): string {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
}

describe('CSV in the legacy double-byte encodings of Chinese, Japanese and Korean fund sites', () => {
  const cases: Array<[string, string, string, string[]]> = [
    ['gb18030', 'GB18030', '序号,股票代码,股票名称,数量（股）,公允价值（元）,占基金资产净值比例（％）\r\n1,600519,贵州茅台,1234567,1880000000.00,5.12\r\n2,002415,海康威视,12345678,356789012.34,0.97\r\n3,603260,合盛硅业,987654,45678901.23,0.12\r\n',
      ['贵州茅台', '海康威视', '合盛硅业']],
    ['cp932', 'Shift_JIS', '銘柄コード,ISIN,銘柄名,株数,評価額（円）,組入比率（％）\r\n700,KYG875721634,テンセント・ホールディングス,123400,876543210,9.87\r\n002415,CNE100000PM8,杭州海康威視数字技術,300000,123456789,1.39\r\n',
      ['テンセント・ホールディングス', '杭州海康威視数字技術']],
    ['cp949', 'EUC-KR', '번호,종목코드,종목명,수량,평가금액(원),비중(%)\r\n1,KYG875721634,텐센트 홀딩스,12345,987654321,8.12\r\n2,CNE100000PM8,항저우 하이크비전,50000,312345678,2.57\r\n',
      ['텐센트 홀딩스', '항저우 하이크비전']],
    ['cp950', 'Big5', '證券代碼,證券名稱,股數,市值,權重\r\n2330,台積電,1000,600000,50.1\r\n2317,鴻海精密工業,2000,300000,25.2\r\n2454,聯發科技,300,250000,20.9\r\n',
      ['台積電', '鴻海精密工業', '聯發科技']],
  ];
  it.each(cases)('%s is detected and decoded, with a warning naming it (before: Windows-1252 mojibake, no header row, exit 3)', async (enc, label, text, names) => {
    const r = await readAll(file(`${enc}.csv`, iconv.encode(text, enc)));
    expect(r.meta.encoding).toBe(enc);
    expect(r.meta.warnings).toEqual([expect.stringContaining(`decoded as ${label}`)]);
    expect(r.positions.map((p) => p.issuer)).toEqual(names);
    expectRows(r, names.length, names.length, 0, 0);
  });

  it('Windows-1252 with accented letters inside words is still Windows-1252', async () => {
    const text = 'Name,ISIN,Weight\r\nSociété Générale SA,FR0000130809,1.2\r\nNestlé SA,CH0038863350,2.3\r\nL\'Oréal SA,FR0000120321,0.5\r\nSCHÜTZE AG,DE0007164600,0.1\r\nMüller Søn & Cie,,0.1\r\nStraße Öl AG,,0.1\r\n';
    const r = await readAll(file('latin.csv', iconv.encode(text, 'windows-1252')));
    expect(r.meta.encoding).toBe('windows-1252');
    expect(r.positions.map((p) => p.issuer)).toEqual(['Société Générale SA', 'Nestlé SA', "L'Oréal SA", 'SCHÜTZE AG', 'Müller Søn & Cie', 'Straße Öl AG']);
  });
});

describe('cash, currency and other-assets lines as issuers write them are excluded, not screened', () => {
  it.each([
    ['US DOLLAR', 'currency'], ['U.S. Dollar', 'currency'], ['HONG KONG DOLLAR', 'currency'], ['Indian Rupee', 'currency'],
    ['Euro Currency', 'currency'], ['EUR', 'currency'], ['CASH - CNY', 'cash'], ['Cash (HKD)', 'cash'], ['USD CASH', 'cash'],
    ['Cash & Cash Investments', 'cash'], ['Liquidität', 'cash'], ['Liquidités EUR', 'cash'], ['現金・その他', 'cash'], ['现金', 'cash'],
    ['원화예금', 'cash'], ['설정현금액', 'cash'], ['OTHER PAYABLE & RECEIVABLES', 'other assets'],
    ['Other Assets in Excess of Liabilities', 'other assets'], ['Net Other Assets', 'other assets'], ['Pending Activity', 'other assets'],
  ])('%s', (name, why) => {
    expect(exclusionReason(null, name)).toMatch(new RegExp(`^${why}`));
  });
  it.each(['Cash America International Inc', 'Dollar General Corp', 'Euronet Worldwide', 'Liquidity Services Inc', 'Top Glove Corp',
    'Hoshine Silicon Industry Co Ltd', 'Eurocash SA', 'Cashmere Valley Bank', 'Assets Holding Co', 'All', 'Renminbi Bond Fund'])('not %s', (name) => {
    expect(exclusionReason(null, name)).toBeNull();
  });
  it('a name that is a currency code is a currency only on a row with no identifier: AMD with its ISIN is Advanced Micro Devices', async () => {
    expect(exclusionReason(null, 'AMD', true)).toBeNull();
    const r = await readAll(file('codes.csv', 'Name,Ticker,ISIN,Market Value\nAMD,AMD,US0079031078,100\nUSD,,,100\nApple Inc,AAPL,US0378331005,100\n'));
    expectRows(r, 3, 2, 1, 0);
    expect(r.excluded[0].reason).toBe('currency (name "USD")');
  });
  it('a currency line of an ETF download, and a cash label under the code column with the name empty', async () => {
    const r = await readAll(file('schwab-etf.csv', [
      '"Schwab Emerging Markets Equity ETF as of 03/14/2025"',
      '"Symbol","Description","% of Assets","Shares","Market Value"',
      '"002415","HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD CLASS A","0.04%","1,234,500","$5,432,100.00"',
      '"USD","US DOLLAR","0.18%","24,876,543","$24,876,543.00"',
      '"--","INDIAN RUPEE","0.02%","234,567,890","$2,701,234.56"',
      '"Cash & Cash Equivalents","","0.01%","","$12,000.00"',
      '"CASH","","0.01%","","$12,000.00"',
    ].join('\n')));
    // (CASH alone under Symbol is screened: it is a ticker too.)
    expectRows(r, 5, 2, 3, 0);
    expect(r.excluded.map((e) => e.reason)).toEqual(['currency (name "US DOLLAR")', 'currency (name "INDIAN RUPEE")', 'cash (name "Cash & Cash Equivalents")']);
    const jp = await readAll(file('jp.csv', '銘柄コード,銘柄名,評価額（円）\n002415,杭州海康威視数字技術,100\n700,テンセント,200\n現金・その他,,5\n'));
    expectRows(jp, 3, 2, 1, 0);
    expect(jp.excluded[0].reason).toBe('cash (name "現金・その他") under 銘柄コード');
  });
});

describe('header words as brokers and European issuers write them', () => {
  it("a broker's Gain/Loss % is no weight: % Of Account is (Schwab positions export)", async () => {
    const r = await readAll(file('schwab-positions.csv', [
      '"Positions for account Individual ...123 as of 04:15 PM ET, 2025/03/14"', '',
      '"Symbol","Description","Quantity","Price","Price Change %","Market Value","Day Change %","Gain/Loss %","Gain/Loss $","% Of Account","Security Type"',
      '"AAPL","APPLE INC","50","$213.49","0.85%","$10,674.50","0.85%","33.43%","$2,674.50","58.9%","Equity"',
      '"DQ","DAQO NEW ENERGY CORP F SPONSORED ADR 1 ADR REPS 5 ORD","200","$18.22","-1.20%","$3,644.00","-1.20%","-40.26%","-$2,456.00","20.1%","ETFs & Closed End Funds"',
      '"Cash & Cash Investments","--","--","--","--","$3,800.00","0%","--","--","21.0%","Cash and Money Market"',
    ].join('\r\n')));
    expect(r.meta.columns).toMatchObject({ weightPct: '% Of Account', marketValue: 'Market Value', assetClass: 'Security Type' });
    expect(r.positions.map((p) => p.weightPct)).toEqual([58.9, 20.1]);
    expectRows(r, 3, 2, 1, 0);
  });

  it("Fidelity's Type (Cash or Margin: the account) is no asset class: its positions are screened, with a warning", async () => {
    const r = await readAll(file('fidelity.csv', [
      'Account Number,Account Name,Symbol,Description,Quantity,Last Price,Current Value,Today\'s Gain/Loss Percent,Total Gain/Loss Percent,Percent Of Account,Type',
      'Z12345678,Individual,SPAXX**,HELD IN MONEY MARKET,,,$2345.67,,,9.12%,Cash,',
      'Z12345678,Individual,AAPL,APPLE INC,40,$213.49,$8539.60,+0.85%,+42.32%,33.21%,Margin,',
      'Z12345678,Individual,DQ,DAQO NEW ENERGY CORP SPON ADS EACH REP 5 ORD SHS,300,$18.22,$5466.00,-1.19%,-39.26%,21.26%,Margin,',
      'Z12345678,Individual,FXAIX,FIDELITY 500 INDEX FUND,50,$187.20,$9360.00,+0.59%,+33.71%,36.41%,Cash,',
    ].join('\n')));
    expect(r.meta.columns.assetClass).toBeUndefined();
    expect(r.meta.columns.weightPct).toBe('Percent Of Account');
    expect(r.meta.warnings).toContainEqual(expect.stringContaining('column "Type" not read as the asset class'));
    expect(r.positions.map((p) => p.issuer)).toEqual(['APPLE INC', 'DAQO NEW ENERGY CORP SPON ADS EACH REP 5 ORD SHS', 'FIDELITY 500 INDEX FUND']);
    expectRows(r, 4, 3, 1, 0);
  });

  it('a value "in fund currency (EUR)" is the market value in EUR, not a currency column (BNP Paribas Easy)', async () => {
    const r = await readAll(file('bnp.csv', 'Instrument Name,ISIN Code,Currency,Quantity,Weight (%),Market value in fund currency (EUR)\nZHEJIANG DAHUA TECHNOLOGY CO LTD-A,CNE100000BJ4,CNY,200000,0.11,434567.12\n'));
    expect(r.meta.columns).toMatchObject({ marketValue: 'Market value in fund currency (EUR)', currency: 'Currency' });
    expect(r.meta.columns.tradingCurrency).toBeUndefined();
    expect(r.positions[0].value).toEqual({ amount: 434567.12, currency: 'EUR' });
  });

  it('a Swiss file\'s Valor (security number) gives way to its Marktwert; Titel is the name (UBS)', async () => {
    const r = await readAll(file('ubs.csv', 'Titel;ISIN;Valor;Gewichtung (%);Währung;Marktwert (USD)\nHANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD;CNE100000PM8;12152345;0,12;CNY;334567,80\nTENCENT HOLDINGS LTD;KYG875721634;28424020;16,2;HKD;45123456,70\n'));
    expect(r.meta.columns).toMatchObject({ issuer: 'Titel', marketValue: 'Marktwert (USD)' });
    expect(r.positions[0].value).toEqual({ amount: 334567.8, currency: 'USD' });
    expect(r.meta.warnings.filter((w) => /issuer column/.test(w))).toEqual([]);
  });

  it('"Market Value ($US)" is in USD (VanEck)', async () => {
    const r = await readAll(file('vaneck.csv', 'Number,Ticker,Holding Name,Shares,Market Value ($US),% of Net Assets\n1,300603 C2,Leon Technology Co Ltd,120000,"201,234.00",0.87\n'));
    expect(r.positions[0].value).toEqual({ amount: 201234, currency: 'USD' });
  });
});

describe('a name header over numbers', () => {
  it('"Holding" holding the quantity (L&G) is the shares; "Security Name" is the name, with a warning', async () => {
    const r = await readAll(file('lgim.csv', [
      'L&G Emerging Markets Equity Index Fund', 'Holdings as at 14 March 2025',
      'Security Name,ISIN,Sedol,Country,Sector,% of Fund,Holding,Market Value (GBP)',
      'Taiwan Semiconductor Manufacturing Co Ltd,TW0002330008,6889106,Taiwan,Information Technology,9.12,"1,200,000","28,123,456.78"',
      'iFlytek Co Ltd,CNE100000B81,BD5CM47,China,Information Technology,0.05,"30,000","123,456.78"',
    ].join('\n')));
    expect(r.meta.columns).toMatchObject({ issuer: 'Security Name', shares: 'Holding' });
    expect(r.meta.warnings).toContain('column "Holding" holds numbers, not names: read as the shares; "Security Name" is the name');
    expect(r.positions.map((p) => [p.issuer, p.shares])).toEqual([['Taiwan Semiconductor Manufacturing Co Ltd', 1200000], ['iFlytek Co Ltd', 30000]]);
  });
  it('with no other name header, the names are found by what the cells hold (a header of another word: Instrument)', async () => {
    const r = await readAll(file('holding-instrument.csv', 'Instrument,ISIN,Holding,Market Value\nHoshine Silicon Industry Co Ltd,CNE1000000X1,"30,000",1000\nApple Inc,US0378331005,"10,000",9000\n'));
    expect(r.meta.columns).toMatchObject({ issuer: 'Instrument', shares: 'Holding' });
    expect(r.meta.warnings).toContain('column "Holding" holds numbers, not names: read as the shares');
    expect(r.positions.map((p) => [p.issuer, p.shares])).toEqual([['Hoshine Silicon Industry Co Ltd', 30000], ['Apple Inc', 10000]]);
  });
  it('a "Holding" of names stays the name', async () => {
    const r = await readAll(file('holding-names.csv', 'Holding,Security Name,Shares\nApple Inc,Common Stock,10\niFlytek Co Ltd,A Shares,20\n'));
    expect(r.meta.columns.issuer).toBe('Holding');
  });
});

describe('identifiers found by what the cells hold', () => {
  it('"Security Identifier" of ISINs is the ISIN (Invesco)', async () => {
    const r = await readAll(file('invesco.csv', [
      'Fund Ticker,Security Identifier,Holding Ticker,Shares/Par Value,MarketValue,Weight,Name,Class of Shares,Sector,Date',
      'CQQQ,KYG875721634,700,"1,802,300","98,812,345.12",9.8734,Tencent Holdings Ltd,Ordinary,Communication Services,03/14/2025',
      'CQQQ,CNE100000PM8,002415,"3,450,000","14,765,432.10",1.4754,Hangzhou Hikvision Digital Technology Co Ltd,Class A,Information Technology,03/14/2025',
    ].join('\n')));
    expect(r.meta.columns.isin).toBe('Security Identifier');
    expect(r.positions.map((p) => p.ids.isin)).toEqual(['KYG875721634', 'CNE100000PM8']);
  });
  it('"Identifier" of tickers with their market is the ticker (First Trust)', async () => {
    const r = await readAll(file('ft.csv', 'Security Name,Identifier,CUSIP,Classification,Shares / Quantity,Market Value,Weighting\nZijin Mining Group Co. Ltd. (Class H),2899 HK,Y9892H107,Materials,"1,560,000","$3,512,345.67",2.81%\nHangzhou Hikvision Digital Technology Co. Ltd. (Class A),002415 C2,Y3038Z105,Information Technology,"502,100","$2,145,678.90",1.72%\n'));
    expect(r.meta.columns.ticker).toBe('Identifier');
    expect(r.positions.map((p) => p.ids.ticker)).toEqual(['2899 HK', '002415 C2']);
  });
  it('an ISIN in the code column is the ISIN too (Korean 종목코드 for a foreign stock)', async () => {
    const r = await readAll(file('kr.csv', '종목코드,종목명,수량,평가금액(원),비중(%)\n005930,삼성전자,100,7000000,50\nCNE100000PM8,HANGZHOU HIKVISION DIGITAL-A,50000,312345678,2.57\n'));
    expect(r.positions.map((p) => p.ids)).toEqual([{ ticker: '005930' }, { ticker: 'CNE100000PM8', isin: 'CNE100000PM8' }]);
  });
  it('an "Identifier" column of other text is left unread', async () => {
    const r = await readAll(file('other-id.csv', 'Name,Identifier,Weight\nApple Inc,internal 1,50\nMicrosoft Corp,internal 2,50\n'));
    expect(r.meta.columns.isin).toBeUndefined();
    expect(r.meta.columns.ticker).toBeUndefined();
  });
});

describe('fund name and date in the preamble as issuers write them', () => {
  it.each([
    ['"Schwab Emerging Markets Equity ETF as of 03/14/2025"', 'Schwab Emerging Markets Equity ETF', '2025-03-14'],
    ['"Positions for account Individual ...123 as of 04:15 PM ET, 2025/03/14"', 'Positions for account Individual ...123', '2025-03-14'],
    ['BNP PARIBAS EASY MSCI CHINA UCITS ETF\nPortfolio holdings at 14/03/2025', 'BNP PARIBAS EASY MSCI CHINA UCITS ETF', '2025-03-14'],
    ['Lyxor MSCI China UCITS ETF - Acc\nComposition du fonds au 14/03/2025', 'Lyxor MSCI China UCITS ETF - Acc', '2025-03-14'],
    ['上場インデックスファンド中国A株（パンダ）E Fund CSI300\n2025年3月14日現在', '上場インデックスファンド中国A株（パンダ）E Fund CSI300', '2025-03-14'],
    ['ファンド名,NEXT FUNDS 中国株式・FTSE China 50連動型上場投信\n基準日,2025/03/14', 'NEXT FUNDS 中国株式・FTSE China 50連動型上場投信', '2025-03-14'],
    ['华夏沪深300交易型开放式指数证券投资基金\n报告期末：2024年12月31日', '华夏沪深300交易型开放式指数证券投资基金', '2024-12-31'],
    ['TIGER 차이나항셍테크\n기준일자 : 2025.03.14', 'TIGER 차이나항셍테크', '2025-03-14'],
    ['KODEX 차이나H\n2025-03-14 기준', 'KODEX 차이나H', '2025-03-14'],
    ['Global X Solar ETF\nHoldings Data as of 03/14/2025', 'Global X Solar ETF', '2025-03-14'],
    // A date in free text gives way to one a line says is "as of", and a line of another date gives none (review finding).
    ['iShares MSCI China ETF\nFund inception 03/29/2011\nHoldings as of 03/14/2025', 'iShares MSCI China ETF', '2025-03-14'],
    ['My China Fund\nSee the Prospectus dated 2019-05-01 for details', 'My China Fund', null],
  ])('%s', async (preamble, fund, asOf) => {
    const r = await readAll(file('preamble.csv', `${preamble}\nName,ISIN,Weight\niFlytek Co Ltd,CNE100000B81,1.5\nApple Inc,US0378331005,2.5\n`));
    expect({ fund: r.meta.fund, asOf: r.meta.asOf }).toEqual({ fund, asOf });
  });
});

describe('the market column of Chinese, Japanese and Korean files', () => {
  it('市場 / 挂牌市场 with 上海, 深セン, 深圳证券交易所 give the ticker its market (an A-share code alone matched nothing: exit 0)', async () => {
    const jp = await readAll(file('nikko.csv', 'コード,銘柄名,市場,株数,時価評価額,構成比\n600519,貴州茅台酒,上海,1200,265432100,5.12%\n603260,合盛硅業,上海,20000,12345678,0.24%\n002230,科大訊飛,深セン,50000,45678901,0.88%\n'));
    expect(jp.meta.columns.exchange).toBe('市場');
    expect(jp.positions.map((p) => p.ids.exchange)).toEqual(['上海', '上海', '深セン']);
    const cn = await readAll(file('pcf.csv', '证券代码,证券简称,股票数量,现金替代标志,挂牌市场\n300750,宁德时代,1200,允许,深圳证券交易所\n300603,立昂技术,300,允许,深圳证券交易所\n'));
    expect(cn.meta.columns).toMatchObject({ exchange: '挂牌市场', shares: '股票数量' });
    expect(micFor('深圳证券交易所')).toBe('XSHE');
    expect(micFor('深セン')).toBe('XSHE');
    expect(micFor('上海')).toBe('XSHG');
    expect(micFor('香港')).toBe('XHKG');
    expect(micFor('코스닥')).toBe('XKOS');
  });
});
