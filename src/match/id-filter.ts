/**
 * "This identifier is certainly no listed one's", before any work on it. Nearly every row's ISIN,
 * CUSIP, SEDOL and ticker is unlisted; cleaning, repairing and check-digit validating each (checkId)
 * and building its lookup key cost more per row than reading the row did. A Bloom filter
 * (key-filter.ts) holds a hash of every listed value (and every listed ticker's key); a row's value
 * is hashed straight from its characters, upper-cased on the way.
 *
 * Never a false "not listed": a value is judged here only when it is written the way checkId would
 * leave it, ASCII letters and digits at the identifier's full length (so no cleaning, no repair of
 * lost leading zeros, no Unicode normalisation applies); anything else goes the full way.
 */
import { KeyFilter } from './key-filter.js';
import type { IdType } from './identifiers.js';
import { isPrefixedAShare } from '../reference/markets.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The length of each identifier: at it, checkId's repair changes nothing (CUSIP and SEDOL pad shorter codes). */
const ID_LENGTH: Record<IdType, number> = { isin: 12, cusip: 9, sedol: 7, lei: 20, figi: 12, uscc: 18 };
/** Seeds per kind of value, so a CUSIP and a ticker spelled alike hash apart. */
const SEED: Record<IdType | 'ticker', number> = { isin: 1, cusip: 2, sedol: 3, lei: 4, figi: 5, uscc: 6, ticker: 7 };

/** The char code is an ASCII letter (either case) or digit. */
function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** FNV-1a of the kind and of text[from, to) upper-cased (ASCII letters). */
function hashOf(kind: IdType | 'ticker', text: string, from: number, to: number): number {
  let h = Math.imul(FNV_OFFSET ^ SEED[kind], FNV_PRIME);
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    h = Math.imul(h ^ (code >= 97 && code <= 122 ? code - 32 : code), FNV_PRIME);
  }
  return h;
}

/** The text is ASCII letters and digits only (nothing cleaning or NFKC would change but the case). */
function plain(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!isAlnum(text.charCodeAt(i))) return false;
  return true;
}

/** An upper-case ASCII letter at `i` equals `c` (the text is plain). */
function letterAt(text: string, i: number, c: string): boolean {
  const code = text.charCodeAt(i);
  return (code >= 97 ? code - 32 : code) === c.charCodeAt(0);
}

export interface IdFilter {
  /** False: `raw`, read as a `type`, is certainly no listed value, nor (an ISIN) holds a listed CUSIP or SEDOL. True: look it up. */
  mayList(type: IdType, raw: string): boolean;
  /** False: `raw` as a ticker certainly has no listed ticker's key. True: read it in full. */
  mayListTicker(raw: string): boolean;
}

/**
 * A filter of the listed identifiers (`ids`: keys `${type}:${value}`, as compile.ts files them, the
 * CUSIP and SEDOL inside listed ISINs included) and listed ticker keys (`tickerKeys`, markets.ts tickerKey).
 */
export function createIdFilter(ids: Iterable<string>, tickerKeys: Iterable<string>): IdFilter {
  const keys: Array<[IdType | 'ticker', string]> = [];
  for (const key of ids) {
    const colon = key.indexOf(':');
    keys.push([key.slice(0, colon) as IdType, key.slice(colon + 1)]);
  }
  for (const key of tickerKeys) keys.push(['ticker', key]);
  const filter = new KeyFilter(keys.length);
  for (const [kind, value] of keys) filter.add(hashOf(kind, value, 0, value.length));

  return {
    mayList(type, raw) {
      const n = ID_LENGTH[type];
      if (raw.length !== n) return true;
      // Hashed while checked plain, in one pass.
      let h = Math.imul(FNV_OFFSET ^ SEED[type], FNV_PRIME);
      for (let i = 0; i < n; i++) {
        const code = raw.charCodeAt(i);
        if (!isAlnum(code)) return true;
        h = Math.imul(h ^ (code >= 97 ? code - 32 : code), FNV_PRIME);
      }
      if (filter.mayHave(h)) return true;
      if (type !== 'isin') return false;
      // The identifiers inside an ISIN (bridgedIds): a US/CA ISIN's CUSIP, a GB00 ISIN's SEDOL.
      if ((letterAt(raw, 0, 'U') && letterAt(raw, 1, 'S')) || (letterAt(raw, 0, 'C') && letterAt(raw, 1, 'A'))) return filter.mayHave(hashOf('cusip', raw, 2, 11));
      if (letterAt(raw, 0, 'G') && letterAt(raw, 1, 'B') && raw.charCodeAt(2) === 48 && raw.charCodeAt(3) === 48) return filter.mayHave(hashOf('sedol', raw, 4, 11));
      return false;
    },
    mayListTicker(raw) {
      // A plain ticker has no market suffix or prefix to read (parseTicker needs a separator, but
      // for an A-share code a Chinese vendor prefixes with its market, SH603260: read in full):
      // its key is itself upper-cased, a numeric code without its leading zeros (tickerKey).
      if (!plain(raw) || isPrefixedAShare(raw)) return true;
      let digits = true;
      for (let i = 0; i < raw.length && digits; i++) {
        const code = raw.charCodeAt(i);
        digits = code >= 48 && code <= 57;
      }
      let from = 0;
      if (digits) while (from < raw.length - 1 && raw.charCodeAt(from) === 48) from++;
      return filter.mayHave(hashOf('ticker', raw, from, raw.length));
    },
  };
}
