/**
 * Exchange codes: official lists write tickers Bloomberg-style ("002415 CN", "0728 HK", "CHA US");
 * the shipped list records ISO 10383 MICs so the matcher can map fund-file exchange names to them.
 */

/** Bloomberg composite country codes seen in OFAC remarks → ISO 3166 alpha-2. */
const BBG_COUNTRY: Record<string, string> = {
  CN: 'CN', CH: 'CN', HK: 'HK', US: 'US', DE: 'DE', GR: 'DE', SG: 'SG', SP: 'SG', AR: 'AR', RU: 'RU', BR: 'BR', LN: 'GB',
  JP: 'JP', JT: 'JP', KS: 'KR', TT: 'TW', IN: 'IN', FP: 'FR', NA: 'NL', SW: 'CH', AU: 'AU'
};

export function countryForBloombergCode(code: string): string | undefined {
  return BBG_COUNTRY[code.toUpperCase()];
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
