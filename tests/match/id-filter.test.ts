import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadList, DEFAULT_LIST_PATH } from '../../src/lists/load.js';
import { compileLists, type CompiledLists } from '../../src/match/compile.js';
import { createIdFilter, type IdFilter } from '../../src/match/id-filter.js';
import { bridgedIds, checkId, type IdType } from '../../src/match/identifiers.js';
import { cusipCheckDigit, isinCheckDigit, sedolCheckDigit } from '../../src/reference/check-digits.js';
import { parseTicker, tickerKey } from '../../src/reference/markets.js';

/** Keys as compile.ts files them: the shipped list's, and (the list has few) made-up codes with valid check digits. */
const ids = new Set<string>();
const tickers = new Set<string>();
let filter: IdFilter;
const listed: Array<[IdType, string]> = [];

beforeAll(async () => {
  const c: CompiledLists = compileLists([await loadList(DEFAULT_LIST_PATH)]);
  for (const key of c.ids.keys()) ids.add(key);
  for (const key of c.tickersAny.keys()) tickers.add(key);
  for (let i = 0; i < 200; i++) {
    const cusip = `0${String((i * 7919) % 100_000).padStart(5, '0')}Q${i % 10}`;
    ids.add(`cusip:${cusip}${cusipCheckDigit(cusip)}`);
    const sedol = `B${String(i * 31).padStart(5, '0')}`;
    ids.add(`sedol:${sedol}${sedolCheckDigit(sedol)}`);
    const isin = `KY${String(i * 104729).padStart(9, '0')}`;
    ids.add(`isin:${isin}${isinCheckDigit(isin)}`);
    tickers.add(String(i * 13 + 1));
    tickers.add(`Q${i}X`);
  }
  filter = createIdFilter(ids, tickers);
  for (const key of ids) {
    const [type, value] = key.split(':') as [IdType, string];
    listed.push([type, value]);
  }
});

/** What the matcher's full reading finds for a row's value: a listed value, or one inside an ISIN. */
function fullReadingLists(type: IdType, raw: string): boolean {
  const checked = checkId(type, raw);
  if (!checked.ok) return false;
  if (ids.has(`${type}:${checked.value}`)) return true;
  return type === 'isin' && bridgedIds(checked.value).some((b) => ids.has(`${b.type}:${b.value}`));
}

/** What the matcher's full reading of a ticker looks up (parseTicker, then tickerKey). */
const tickerListed = (raw: string): boolean => tickers.has(tickerKey(parseTicker(raw.trim()).symbol));

const TYPES: IdType[] = ['isin', 'cusip', 'sedol', 'lei', 'figi', 'uscc'];
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A listed value as a fund file may write it: another case, spaces or dashes, lost zeros, other characters. */
const writtenListed = fc
  .tuple(fc.nat(), fc.constantFrom('as is', 'lower', 'mixed', 'spaced', 'dashed', 'zeros lost', 'wide'), fc.nat())
  .map(([i, how, j]) => {
    const [type, value] = listed[i % listed.length]!;
    const mixed = [...value].map((ch, k) => ((j >> k % 16) & 1 ? ch.toLowerCase() : ch)).join('');
    const written: Record<string, string> = {
      'as is': value, lower: value.toLowerCase(), mixed, spaced: ` ${value} `, dashed: `${value.slice(0, 3)}-${value.slice(3)}`,
      'zeros lost': value.replace(/^0+/, ''), wide: String.fromCharCode(...[...value].map((ch) => ch.charCodeAt(0) + 0xfee0)),
    };
    return [type, written[how]!] as [IdType, string];
  });

describe('identifier filter (id-filter.ts)', () => {
  it('lets every listed identifier through, however a file writes it', () => {
    expect(listed.length).toBeGreaterThan(600);
    fc.assert(
      fc.property(writtenListed, ([type, raw]) => {
        if (fullReadingLists(type, raw)) expect(filter.mayList(type, raw)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('lets through a US, CA or GB ISIN that holds a listed CUSIP or SEDOL', () => {
    const inside = listed.flatMap(([t, v]) => (t === 'cusip' ? [`US${v}`, `CA${v}`] : t === 'sedol' ? [`GB00${v}`] : []));
    expect(inside.length).toBe(600);
    for (const body of inside) {
      const isin = body + isinCheckDigit(body);
      expect(fullReadingLists('isin', isin)).toBe(true);
      expect(filter.mayList('isin', isin)).toBe(true);
      expect(filter.mayList('isin', isin.toLowerCase())).toBe(true);
    }
  });

  it('never rules out what the full reading would find (random values of every type)', () => {
    const value = fc.tuple(fc.constantFrom(...TYPES), fc.array(fc.constantFrom(...ALNUM), { minLength: 5, maxLength: 21 }), fc.boolean());
    fc.assert(
      fc.property(value, ([type, chars, us]) => {
        // Half of them a US ISIN around a valid CUSIP, so bridged values occur.
        let raw = chars.join('');
        if (us && type === 'isin' && raw.length >= 8) {
          const body = raw.slice(0, 8).toUpperCase();
          const isin = `US${body}${cusipCheckDigit(body)}`;
          raw = isin + isinCheckDigit(isin);
        }
        if (fullReadingLists(type, raw)) expect(filter.mayList(type, raw)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('rules out most unlisted identifiers that are written plainly', () => {
    let through = 0;
    for (let i = 0; i < 10_000; i++) {
      const body = `CNX${String(i).padStart(8, '0')}`;
      if (filter.mayList('isin', body + isinCheckDigit(body))) through++;
    }
    expect(through).toBeLessThan(500);
  });

  it('sends values it cannot read plainly the full way', () => {
    for (const raw of ['-', 'N/A', ' US0378331005', 'US-0378331005', 'ＵＳ0378331005', '37833100', '']) expect(filter.mayList(raw.length === 8 ? 'cusip' : 'isin', raw)).toBe(true);
  });

  it('lets every listed ticker through (with or without leading zeros, any case), and rules out unlisted plain ones', () => {
    expect(tickers.size).toBeGreaterThan(400);
    let seen = 0;
    for (const key of tickers) {
      for (const raw of [key, key.toLowerCase(), /^\d+$/.test(key) ? key.padStart(6, '0') : key, `${key} CH`, `SHA:${key}`, `${key}.HK`]) {
        if (tickerListed(raw)) {
          seen++;
          expect(filter.mayListTicker(raw)).toBe(true);
        }
      }
    }
    expect(seen).toBeGreaterThan(tickers.size * 3);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALNUM), { minLength: 1, maxLength: 8 }), (chars) => {
        const raw = chars.join('');
        if (tickerListed(raw)) expect(filter.mayListTicker(raw)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    let through = 0;
    for (let i = 0; i < 10_000; i++) if (filter.mayListTicker(`ZQ${i}`)) through++;
    expect(through).toBeLessThan(500);
  });
});
