import { describe, expect, it } from 'vitest';
import { fieldByWords, headerCurrency, mapColumns, normalizeHeader, parseColumnSpec, unreadColumns } from '../../src/holdings/columns.js';
import { UsageError } from '../../src/errors.js';
import { exclusionReason } from '../../src/holdings/exclusions.js';
import { restoreLeadingZeros } from '../../src/reference/markets.js';
import { findHeader, sniffDecimalComma, delimiterFromName } from '../../src/holdings/sniff.js';

describe('columns', () => {
  it('normalises header spellings', () => {
    expect(normalizeHeader('% OF FUNDS*')).toBe('%offunds');
    expect(normalizeHeader('Market Value($)')).toBe('marketvalue');
    expect(normalizeHeader('Weight (%)')).toBe('weight%');
  });

  it('maps by name, not position, and uses each column once', () => {
    const m = mapColumns(['Weight (%)', 'Value', 'Company', 'Symbol', 'Location']);
    expect(m.index).toEqual({ weightPct: 0, marketValue: 1, issuer: 2, ticker: 3, country: 4 });
  });

  it('Notional Weight is never the weight', () => {
    expect(mapColumns(['Name', 'Notional Weight', 'Market Weight']).names).toEqual({ issuer: 'Name', weightPct: 'Market Weight' });
    expect(mapColumns(['Name', 'Notional Weight']).names).toEqual({ issuer: 'Name' });
  });

  it('parses --columns specs', () => {
    expect(parseColumnSpec('issuer=HOLDINGS, ticker=TICKER')).toEqual({ issuer: 'HOLDINGS', ticker: 'TICKER' });
    expect(() => parseColumnSpec('issuer')).toThrow(UsageError);
    expect(() => parseColumnSpec('colour=X')).toThrow(/unknown field "colour"/);
    expect(() => parseColumnSpec('issuer=')).toThrow(/no header name/);
    // (A field named twice is refused, not the last one taken without a word.)
    expect(() => parseColumnSpec('issuer=Name,issuer=Ticker')).toThrow('"issuer" given twice ("Name", "Ticker"): one column per field');
  });
});

describe('headers by their words (no synonym names them)', () => {
  // Header rows as fund issuers publish them (layouts of US, European and Asian ETF files).
  it.each([
    [['Fund Ticker', 'Security Identifier', 'Holding Ticker', 'Shares/Par Value', 'MarketValue', 'Weight', 'Name', 'Class of Shares', 'Sector', 'Date'],
      { ticker: 'Holding Ticker', shares: 'Shares/Par Value', marketValue: 'MarketValue', weightPct: 'Weight', issuer: 'Name', title: 'Class of Shares', fund: 'Fund Ticker', asOf: 'Date' }],
    [['Symbol', 'Description', '% of Assets', 'Shares', 'Market Value'],
      { ticker: 'Symbol', issuer: 'Description', weightPct: '% of Assets', shares: 'Shares', marketValue: 'Market Value' }],
    [['Number', 'Holding Ticker', 'Holding Name', 'Identifier (FIGI)', 'Shares', 'Asset Class', 'Market Value', 'Notional Value', '% of Net Assets'],
      { ticker: 'Holding Ticker', issuer: 'Holding Name', figi: 'Identifier (FIGI)', shares: 'Shares', assetClass: 'Asset Class', marketValue: 'Market Value', weightPct: '% of Net Assets' }],
    [['Security Name', 'Identifier', 'CUSIP', 'Classification', 'Shares / Quantity', 'Market Value', 'Weighting'],
      { issuer: 'Security Name', cusip: 'CUSIP', shares: 'Shares / Quantity', marketValue: 'Market Value', weightPct: 'Weighting' }],
    [['Emittent', 'ISIN', 'Gewichtung', 'Marktwert EUR', 'Anzahl', 'Währung'],
      { issuer: 'Emittent', isin: 'ISIN', weightPct: 'Gewichtung', marketValue: 'Marktwert EUR', shares: 'Anzahl', currency: 'Währung' }],
    [['Nom', 'Code ISIN', 'Poids', 'Valeur de marché (€)', 'Devise', 'Pays'],
      { issuer: 'Nom', isin: 'Code ISIN', weightPct: 'Poids', marketValue: 'Valeur de marché (€)', currency: 'Devise', country: 'Pays' }],
    [['Holding', 'Ticker', 'Weight (%)', 'Market Value (HKD)', 'Shares Held', 'Price Currency', 'Type of Security'],
      { issuer: 'Holding', ticker: 'Ticker', weightPct: 'Weight (%)', marketValue: 'Market Value (HKD)', shares: 'Shares Held', tradingCurrency: 'Price Currency', assetClass: 'Type of Security' }],
    // iShares' own files in German, French, Spanish and Italian (the English one has exact synonyms).
    [['Emittententicker', 'Name', 'Sektor', 'Anlageklasse', 'Marktwert', 'Gewichtung (%)', 'Nominalwert', 'Nominale', 'Kurs', 'Standort', 'Börse', 'Marktwährung'],
      { ticker: 'Emittententicker', issuer: 'Name', assetClass: 'Anlageklasse', marketValue: 'Marktwert', weightPct: 'Gewichtung (%)', shares: 'Nominale', country: 'Standort', exchange: 'Börse', tradingCurrency: 'Marktwährung' }],
    [["Ticker de l'émetteur", 'Nom', 'Secteur', "Catégorie d'actifs", 'Valeur de marché', 'Pondération (%)', 'Valeur notionnelle', 'Nominal', 'Prix', 'Localisation', 'Bourse', 'Devise de marché'],
      { ticker: "Ticker de l'émetteur", issuer: 'Nom', assetClass: "Catégorie d'actifs", marketValue: 'Valeur de marché', weightPct: 'Pondération (%)', shares: 'Nominal', country: 'Localisation', exchange: 'Bourse', tradingCurrency: 'Devise de marché' }],
    [['Ticker del emisor', 'Nombre', 'Sector', 'Clase de activo', 'Valor de mercado', 'Ponderación (%)', 'Valor nominal', 'Nominal', 'Precio', 'Ubicación', 'Mercado', 'Divisa de mercado'],
      { ticker: 'Ticker del emisor', issuer: 'Nombre', assetClass: 'Clase de activo', marketValue: 'Valor de mercado', weightPct: 'Ponderación (%)', shares: 'Nominal', country: 'Ubicación', tradingCurrency: 'Divisa de mercado' }],
    [["Ticker dell'emittente", 'Nome', 'Settore', 'Asset Class', 'Valore di mercato', 'Peso (%)', 'Valore nozionale', 'Nominale', 'Prezzo', 'Borsa', 'Valuta di mercato'],
      { ticker: "Ticker dell'emittente", issuer: 'Nome', assetClass: 'Asset Class', marketValue: 'Valore di mercato', weightPct: 'Peso (%)', shares: 'Nominale', exchange: 'Borsa', tradingCurrency: 'Valuta di mercato' }],
  ])('%j', (header, expected) => {
    expect(mapColumns(header).names).toEqual(expected);
  });

  it('words that name something else are not the field', () => {
    for (const h of ['Mkt', 'Fund Name', 'Fund Ticker', 'Notional Value', 'Par Value', 'Price', 'Book Value', 'Market Cap', 'Unrealized Gain',
      'Shares Outstanding', '% Ownership', 'Yield %', 'Exchange Rate', '% Change', 'Value Date', 'Index Weight']) {
      expect(fieldByWords(h), h).toBeNull();
    }
  });

  it('the currency a header names, and nothing guessed', () => {
    expect(headerCurrency('Market Value (EUR)')).toBe('EUR');
    expect(headerCurrency('Market Value [usd]')).toBe('USD');
    expect(headerCurrency('Value EUR')).toBe('EUR');
    expect(headerCurrency('Marktwert in CHF')).toBe('CHF');
    expect(headerCurrency('MKT_EUR')).toBe('EUR');
    expect(headerCurrency('Market Value (US$)')).toBe('USD');
    expect(headerCurrency('Valeur (€)')).toBe('EUR');
    expect(headerCurrency('Market Value($)')).toBe('$');
    expect(headerCurrency('Market Value (¥)')).toBeNull();
    expect(headerCurrency('Market Value')).toBeNull();
    expect(headerCurrency('Value (mln)')).toBeNull();
    expect(headerCurrency('Market value eur')).toBeNull(); // a code at the end must be in capitals
    expect(normalizeHeader('Market Value (EUR)')).toBe('marketvalue');
    expect(normalizeHeader('Valeur de marché')).toBe('valeurdemarche');
  });

  it('columns neither read nor known are listed', () => {
    const header = ['Name', 'Sector', 'Bemerkung', 'Kennung'];
    expect(unreadColumns(header, mapColumns(header))).toEqual(['Bemerkung', 'Kennung']);
  });
});

describe('header and delimiter sniffing', () => {
  it('skips preamble lines and finds the header with an issuer column', () => {
    const lines = ['iShares MSCI ACWI ETF', 'Fund Holdings as of,"Mar 10, 2022"', 'Stock,"-"', '\u00a0', 'Ticker,Name,Sector,Market Value', '"A","B","C","1"'];
    expect(findHeader(lines, undefined).shape).toMatchObject({ delimiter: ',', headerIndex: 4 });
  });

  it('reports a header-like line without an issuer column; one with an identifier column is read by identifiers', () => {
    const r = findHeader(['Sector;Weight;Market Value', 'A;1;2'], undefined);
    expect(r.shape).toBeNull();
    expect(r.bestWithoutIssuer).toMatchObject({ line: 0 });
    const ids = findHeader(['Ticker;Weight;Market Value', 'A;1;2'], undefined);
    expect(ids).toMatchObject({ shape: { delimiter: ';', headerIndex: 0 }, byIdentifiersOnly: true });
    expect(findHeader(['Ticker;Name;Weight', 'A;B;1'], undefined).byIdentifiersOnly).toBe(false);
  });

  it('decimal comma needs unambiguous evidence', () => {
    expect(sniffDecimalComma([['1.234,56'], ['0,25']], [0])).toBe(true);
    expect(sniffDecimalComma([['1,234.56'], ['0.25']], [0])).toBe(false);
    // Digits grouped by spaces (French, Nordic, Polish files), no-break or thin spaces, or apostrophes (Swiss).
    expect(sniffDecimalComma([['12 345,67'], ['0,12 %']], [0])).toBe(true);
    expect(sniffDecimalComma([['12\u00a0345,67']], [0])).toBe(true);
    expect(sniffDecimalComma([['12\u202f345.67'], ["1'234.56"]], [0])).toBe(false);
    expect(sniffDecimalComma([['1,234'], ['1.234']], [0])).toBe(false);
  });

  it('delimiter names', () => {
    expect(delimiterFromName('tab')).toBe('\t');
    expect(delimiterFromName('\\t')).toBe('\t');
    expect(delimiterFromName(';')).toBe(';');
    expect(delimiterFromName('ab')).toBeNull();
  });
});

describe('exclusions', () => {
  it('by asset class and by name; bonds and equities are not excluded', () => {
    expect(exclusionReason('Money Market', 'BLK CSH FND TREASURY SL AGENCY')).toBe('money market (asset class "Money Market")');
    expect(exclusionReason(null, 'USD CASH')).toBe('cash (name "USD CASH")');
    expect(exclusionReason(null, 'USD/THB')).toBe('FX (name "USD/THB")');
    expect(exclusionReason(null, 'CASH COLLATERAL USD BZFUT')).toBe('cash collateral (name "CASH COLLATERAL USD BZFUT")');
    expect(exclusionReason('Fixed Income', 'BRITANNIA INDUSTRIES LTD')).toBeNull();
    expect(exclusionReason('Equity', 'CASH AMERICA INTERNATIONAL')).toBeNull();
  });
});

describe('lost leading zeros', () => {
  it('restores 6-digit codes only where the exchange says Shanghai, Shenzhen or Korea', () => {
    expect(restoreLeadingZeros('2230', 'Shenzhen Stock Exchange')).toBe('002230');
    expect(restoreLeadingZeros('63', 'Shenzhen Stock Exchange')).toBe('000063');
    expect(restoreLeadingZeros('5930', 'Korea Exchange (Stock Market)')).toBe('005930');
    expect(restoreLeadingZeros('700', 'Hong Kong Exchanges And Clearing Ltd')).toBe('700');
    expect(restoreLeadingZeros('2330', 'Taiwan Stock Exchange')).toBe('2330');
    expect(restoreLeadingZeros('2230', null)).toBe('2230');
    expect(restoreLeadingZeros('AAPL', 'Shanghai Stock Exchange')).toBe('AAPL');
  });
});

describe('headers in Chinese, Japanese and Korean', () => {
  it('maps a Chinese fund report\'s holdings table, the currency its value header names in brackets', () => {
    const m = mapColumns(['证券代码', '证券名称', '数量（股）', '持仓市值(元)', '占净值比例(%)']);
    expect(m.index).toMatchObject({ ticker: 0, issuer: 1, shares: 2, marketValue: 3, weightPct: 4 });
    expect(m.valueCurrency).toBe('CNY');
  });
  it('Japanese and Korean holdings headers', () => {
    expect(mapColumns(['銘柄コード', '銘柄名', '株数', '評価額（円）', '組入比率']).index).toMatchObject({ ticker: 0, issuer: 1, shares: 2, marketValue: 3, weightPct: 4 });
    expect(mapColumns(['종목코드', '종목명', '수량', '평가금액(원)', '비중(%)']).valueCurrency).toBe('KRW');
  });
  it('a value in thousands or ten thousands of yuan names no currency (its figures are not yuan)', () => {
    expect(headerCurrency('市值(万元)')).toBeNull();
    expect(headerCurrency('市值(千元)')).toBeNull();
    expect(headerCurrency('市值(美元)')).toBe('USD');
  });
});
