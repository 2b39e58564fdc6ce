/**
 * Where a ticker trades. Fund files write exchanges their own way ("Shanghai Stock Exchange",
 * "Hong Kong Exchanges And Clearing Ltd", "NASDAQ", "XNAS", Bloomberg "CH"/"HK" codes) and countries
 * as names or codes ("China", "Korea (South)", "CN"); tickers carry vendor suffixes ("603260.SH").
 * List ticker identifiers carry an ISO 10383 MIC and/or an ISO-2 country. This module maps all of
 * them to { mic, country } so a ticker can be keyed by its market: the same number is a different
 * company on another exchange (1211 BYD in Hong Kong, a Saudi miner in Riyadh). The exchange and
 * country facts themselves live in lists/exchanges.ts, shared with list import.
 */
import { countryFor, micCountry, micFor } from '../lists/exchanges.js';

export interface Market {
  /** ISO 10383 operating MIC, when the exchange is known. */
  mic?: string;
  /** ISO 3166 alpha-2 country of the market. */
  country?: string;
}

/**
 * The market a ticker trades on, from an exchange and/or a country. The exchange wins: iShares
 * writes Location "China" for an ADR that trades on the NYSE. A country alone gives no MIC.
 */
export function resolveMarket(exchange?: string | null, country?: string | null): Market {
  const mic = micFor(exchange);
  if (mic) return { mic, country: micCountry(mic) };
  const c = countryFor(country);
  return c ? { country: c } : {};
}

/** Vendor suffixes on tickers: "603260.SH", "0020.HK", "600519 CH", "DQ US" -> ticker + market hint. */
const SUFFIX_MARKETS: Record<string, Market> = {
  SH: { mic: 'XSHG', country: 'CN' }, SS: { mic: 'XSHG', country: 'CN' }, SZ: { mic: 'XSHE', country: 'CN' },
  HK: { mic: 'XHKG', country: 'HK' }, CH: { country: 'CN' }, C1: { mic: 'XSHG', country: 'CN' }, C2: { mic: 'XSHE', country: 'CN' },
  US: { country: 'US' }, N: { mic: 'XNYS', country: 'US' }, O: { mic: 'XNAS', country: 'US' },
  KS: { mic: 'XKRX', country: 'KR' }, KQ: { mic: 'XKOS', country: 'KR' }, TW: { mic: 'XTAI', country: 'TW' },
  T: { mic: 'XTKS', country: 'JP' }, JP: { country: 'JP' }, L: { mic: 'XLON', country: 'GB' }, LN: { mic: 'XLON', country: 'GB' },
};

export interface ParsedTicker {
  /** Upper case, suffix removed. */
  symbol: string;
  /** Market from a vendor suffix, if any. */
  market: Market;
}

export function parseTicker(raw: string): ParsedTicker {
  const t = raw.normalize('NFKC').trim().toUpperCase();
  const m = /^([A-Z0-9][A-Z0-9./-]*?)(?:[.\s:]+(SH|SS|SZ|HK|CH|C1|C2|US|N|O|KS|KQ|TW|T|JP|L|LN))$/.exec(t);
  if (m && /\d/.test(m[1]) === /^\d+$/.test(m[1])) {
    // Only trust a suffix on a numeric code or on a letter symbol written with a space/colon/dot.
    return { symbol: m[1], market: SUFFIX_MARKETS[m[2]] };
  }
  const p = /^(SHA|SHE|HKG|NYSE|NASDAQ|SSE|SZSE|HKEX)\s*:\s*([A-Z0-9.]+)$/.exec(t);
  if (p) return { symbol: p[2], market: resolveMarket(p[1]) };
  return { symbol: t, market: {} };
}

/**
 * Comparable form of a ticker within one market. Numeric codes compare without leading zeros:
 * re-saved files lose them (2230 for Shenzhen 002230, 63 for 000063) and no exchange has two codes
 * that differ only by leading zeros.
 */
export function tickerKey(symbol: string): string {
  return /^\d+$/.test(symbol) ? symbol.replace(/^0+(?=\d)/, '') : symbol;
}

/** How a CN A-share code is written with its leading zeros (002230). */
export function displayTicker(symbol: string, market: Market): string {
  if (/^\d+$/.test(symbol) && market.country === 'CN' && symbol.length < 6) return symbol.padStart(6, '0');
  return symbol;
}
