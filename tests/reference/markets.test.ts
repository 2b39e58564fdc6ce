import { describe, expect, it } from 'vitest';
import { countryFor, countryForBloombergCode, micCountry, micFor, micForTicker, parseTicker } from '../../src/reference/markets.js';

describe('exchange facts', () => {
  it('maps the exchange names fund files write, MICs and codes to one MIC', () => {
    expect(['Shanghai Stock Exchange', 'XSHG', 'shse', 'Shanghai - Hong Kong Stock Connect'].map(micFor)).toEqual(['XSHG', 'XSHG', 'XSHG', 'XSHG']);
    expect(micFor('Hong Kong Exchanges And Clearing Ltd')).toBe('XHKG');
    expect(micFor('New York Stock Exchange Inc.')).toBe('XNYS');
    expect(micFor('UW')).toBe('XNAS');
    expect([micFor('-'), micFor('NO MARKET'), micFor(''), micFor(undefined), micFor('constructor')]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(micCountry('XSHE')).toBe('CN');
    expect(micCountry('constructor')).toBeUndefined();
  });

  it('reads countries as names or ISO codes', () => {
    expect(['China', 'Korea (South)', 'CN', 'hong kong', 'CH'].map(countryFor)).toEqual(['CN', 'KR', 'CN', 'HK', 'CH']);
    expect(countryFor('constructor')).toBeUndefined();
    // ISO 3166 alpha-3, as data vendors write countries; not a three-letter code the standard lacks.
    expect(['CHN', 'deu', 'KOR', 'HKG', 'GER', 'XXX', 'A1B'].map(countryFor)).toEqual(['CN', 'DE', 'KR', 'HK', undefined, undefined, undefined]);
  });

  it('reads Bloomberg codes as Bloomberg means them: composites first, then exchange codes', () => {
    expect(countryForBloombergCode('CH')).toBe('CN'); // the China composite, not Switzerland
    expect(countryForBloombergCode('hk')).toBe('HK');
    expect(countryForBloombergCode('UN')).toBe('US'); // NYSE
    expect(countryForBloombergCode('JT')).toBe('JP'); // Tokyo
    expect(countryForBloombergCode('SS')).toBe('SE'); // Stockholm (a fund file's "SS" suffix is Shanghai)
    expect(micFor('SS')).toBe('XSHG');
    expect(countryForBloombergCode('ZZ')).toBeUndefined();
  });

  it('knows the exchange of mainland and Hong Kong codes only', () => {
    expect(micForTicker('603260', 'CN')).toBe('XSHG');
    expect(micForTicker('002415', 'CN')).toBe('XSHE');
    expect(micForTicker('300750', 'CN')).toBe('XSHE');
    expect(micForTicker('0728', 'HK')).toBe('XHKG');
    expect(micForTicker('830799', 'CN')).toBeUndefined();
    expect(micForTicker('AAPL', 'US')).toBeUndefined();
  });
});

describe('parseTicker: a ticker and the market written with it', () => {
  it.each([
    // Vendor suffixes after a dot (Wind, Yahoo, Reuters): .SS is Shanghai.
    ['603260.SH', '603260', { mic: 'XSHG', country: 'CN' }],
    ['603260.SS', '603260', { mic: 'XSHG', country: 'CN' }],
    ['AAPL.O', 'AAPL', { mic: 'XNAS', country: 'US' }],
    // Bloomberg: exchange or composite code after a space, with or without the Equity key; SS is Stockholm.
    ['603260 CG Equity', '603260', { mic: 'XSHG', country: 'CN' }],
    ['603260 CH Equity', '603260', { country: 'CN' }],
    ['000001 CS', '000001', { mic: 'XSHE', country: 'CN' }],
    ['AAPL UW Equity', 'AAPL', { mic: 'XNAS', country: 'US' }],
    ['ERICB SS', 'ERICB', { mic: 'XSTO', country: 'SE' }],
    ['700 HK', '700', { mic: 'XHKG', country: 'HK' }],
    ['SAP GY', 'SAP', { mic: 'XETR', country: 'DE' }],
    // A Chinese vendor's market prefix.
    ['SH603260', '603260', { mic: 'XSHG', country: 'CN' }],
    ['SZ000001', '000001', { mic: 'XSHE', country: 'CN' }],
    // No market: a share class, an unknown code, a letter ticker alone.
    ['BRK.B', 'BRK.B', {}],
    ['603260 ZZ', '603260 ZZ', {}],
    ['CS', 'CS', {}],
  ])('%s', (raw, symbol, market) => {
    expect(parseTicker(raw)).toEqual({ symbol, market });
  });
});

describe('countryFor: country names in the languages fund files are written in', () => {
  it('reads them from the runtime ICU data, deprecated codes as their successors, and no region that is no country', () => {
    expect(['Chine', 'Deutschland', 'Corée du Sud', 'Estados Unidos', 'Vereinigte Staaten', 'Schweiz', 'Bénin', 'Myanmar'].map(countryFor))
      .toEqual(['CN', 'DE', 'KR', 'US', 'US', 'CH', 'BJ', 'MM']);
    expect(['European Union', 'United Nations', 'Unknown Region', 'Outlying Oceania'].map(countryFor)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
