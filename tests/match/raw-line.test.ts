/**
 * The raw-line search (src/match/raw-line.ts) against the shipped list: what a row that could not
 * be read still gives away — identifiers by check digit, tickers only with their market, listed
 * names word for word — and what it must not read as a listed company.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadList } from '../../src/lists/load.js';
import { createMatcher, type InspectableMatcher } from '../../src/match/matcher.js';
import { repoRoot } from '../helpers/cli.js';

let m: InspectableMatcher;
beforeAll(async () => {
  m = createMatcher([await loadList(path.join(repoRoot, 'lists', 'xinjiang.json'))]);
});

const hits = (text: string) => m.searchRawText(text).map((h) => [h.entity.id, h.tier, h.method]);

describe('searchRawText', () => {
  it('a listed ISIN anywhere in the text, by its check digit (a one-character change is not it)', () => {
    expect(hits('#### export error: CNE100000PM8 ~~')).toEqual([['hikvision', 'review', 'raw-line']]);
    expect(hits('#### export error: CNE100000PM9 ~~')).toEqual([]);
  });

  it('a listed USCC', () => {
    expect(hits('x;91330000733796106P;y')).toEqual([['hikvision', 'review', 'raw-line']]);
  });

  it('a ticker only with its market in the same row', () => {
    expect(hits('"603260","1,4O2.00","Shanghai Stock Exchange"')).toEqual([['hoshine-silicon', 'review', 'raw-line']]);
    expect(hits('603260.SH|junk')).toEqual([['hoshine-silicon', 'review', 'raw-line']]);
    expect(hits('"603260","1,4O2.00"')).toEqual([]);
    // The same code on another market is another company.
    expect(hits('603260,NASDAQ')).toEqual([]);
  });

  it('a listed name word for word after normalisation, also across a cut cell; not part of a name', () => {
    expect(hits('"603260","HOSHINE SILICON INDUSTRY LTD A","Materials","12O"')).toEqual([['hoshine-silicon', 'review', 'raw-line']]);
    expect(hits('Zhejiang Dahua,Technology Co. Ltd.,bad')).toEqual([['dahua-technology', 'review', 'raw-line']]);
    expect(hits('HOSHINE,junk')).toEqual([]);
    expect(hits('China Technology Group Ltd,1,2')).toEqual([]);
  });

  it('a listed Han name found in its pinyin reading says so', () => {
    // 纳思达 (Ninestar's Chinese name) reads nasida.
    expect(hits('x;NASIDA;;;')).toEqual([['ninestar', 'review', 'raw-line']]);
    expect(m.searchRawText('x;NASIDA;;;')[0].explanation).toBe('the raw text of the row contains the listed name "纳思达" word for word (read in pinyin)');
  });

  it('a listed name written in Han, one word of three characters or more (a character is a syllable)', () => {
    expect(hits('"合盛硅业","N.A.",0.5')).toEqual([['hoshine-silicon', 'review', 'raw-line']]);
    expect(hits('合盛硅业股份有限公司')).toEqual([['hoshine-silicon', 'review', 'raw-line']]);
    // (Two characters are too common in stray text: 合盛 alone is no listed name.)
    expect(hits('合盛,1,2')).toEqual([]);
  });

  it('a name split by what shows nothing (a zero-width space, a direction mark) is read whole, as the readers read it', () => {
    expect(hits('"HOS\u200bHINE SILICON INDUSTRY LTD A","12O"')).toEqual([['hoshine-silicon', 'review', 'raw-line']]);
    expect(hits('"HOSHINE SILI\u202eCON INDUSTRY LTD A","12O"')).toEqual([['hoshine-silicon', 'review', 'raw-line']]);
  });

  it('a listed Han short name inside a registered name written in Han, as the matcher reads it (han-short-name)', () => {
    expect(hits('杭州海康威视数字技术股份有限公司,,12abc')).toEqual([['hikvision', 'review', 'raw-line']]);
    expect(m.searchRawText('福建七匹狼实业股份有限公司;x')[0].explanation).toBe('the raw text of the row contains the listed name "七匹狼" inside the registered name "福建七匹狼实业股份有限公司"');
  });

  it('the explanation says what was found; nothing for an empty or a huge line of noise', () => {
    expect(m.searchRawText('CNE100000PM8')[0].explanation).toBe('the raw text of the row contains ISIN CNE100000PM8, an identifier of the list');
    expect(hits('')).toEqual([]);
    expect(hits('x,'.repeat(500_000))).toEqual([]);
  });
});
