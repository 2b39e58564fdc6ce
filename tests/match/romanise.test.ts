import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/matcher.js';
import { analyseName, transliterate } from '../../src/match/normalise.js';
import { readHangulRun, romaniseHangulWord } from '../../src/match/romanise.js';
import type { ListEntity, LoadedList } from '../../src/lists/schema.js';

// Real companies and their own romanised names: Kikkoman Corporation (キッコーマン), Nissan
// (ニッサン), Hulic (ヒューリック), Kitz Corporation (キッツ), Ukrzaliznytsia (Укрзалізниця),
// Kyivstar (Київстар), Naftogaz (Нафтогаз), PrivatBank (ПриватБанк), Bulgarian Telecommunications (Българска).
const entity = (id: string, name: string): ListEntity => ({
  id, name, type: 'company', aliases: [], identifiers: [], relations: [],
  listings: [{ list: 'test', date: '2026-01-01', citation: 'test list', url: 'https://example.org/list', verification: 'verified' }],
});
const list = (...entities: ListEntity[]): LoadedList => ({ id: 'test', version: '2026-01-01', sha256: '0'.repeat(64), path: 'test.json', entities } as LoadedList);

describe('kana in modified Hepburn', () => {
  it.each([
    ['キッコーマン', 'kikkoman'], // small tsu doubles the next consonant; ー dropped
    ['ニッサン', 'nissan'],
    ['キッツ', 'kittsu'],
    ['マッチャ', 'matcha'], // before ch the small tsu is t
    ['シャープ', 'shapu'], // small ya joins shi: sha
    ['ヒューリック', 'hyurikku'],
    ['きょうと', 'kyouto'], // hiragana read the same way
    ['ファミリーマート', 'famirimato'], // a small vowel replaces the syllable's vowel
    ['ウィ', 'wi'],
    ['トヨタ', 'toyota'],
    ['キッ', 'ki'], // a small tsu at the end is not written
  ])('%s reads %s', (kana, latin) => {
    expect(transliterate(kana)).toBe(latin);
  });
});

describe('Cyrillic: Ukrainian words in the national system, Bulgarian ъ as a', () => {
  it.each([
    ['київстар', 'kyivstar'],
    ['укрзалізниця', 'ukrzaliznytsia'],
    ['україни', 'ukrainy'],
    ['нафтогаз', 'naftogaz'], // no letter only Ukrainian has: the reading the company writes itself
    ['приватбанк', 'privatbank'],
    ['българска', 'balgarska'],
    ['объединённая', "ob'edinennaya"], // Russian ъ is a hard sign before е ё ю я, left to any-ascii
    ['роснефть', "rosneft'"],
  ])('%s reads %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });
});

describe('names in kana and Ukrainian Cyrillic match their romanised list names', () => {
  const matcher = createMatcher([list(entity('kikkoman', 'Kikkoman Corporation'), entity('kyivstar', 'Kyivstar JSC'), entity('uz', 'Joint Stock Company Ukrzaliznytsia'))]);
  it.each([
    ['キッコーマン株式会社', 'kikkoman'],
    ['ПрАТ «Київстар»', 'kyivstar'],
    ['АТ «Укрзалізниця»', 'uz'],
  ])('%s is confirmed as %s by an equal name', (issuer, id) => {
    const [m] = matcher.match({ issuer, ids: {} });
    expect([m.entity.id, m.tier]).toEqual([id, 'confirmed']);
    expect(m.evidence.map((e) => e.rule)).toContain('exact-name');
  });
});

// Korean companies' registered names (Samsung Electronics 삼성전자, Samsung Life Insurance
// 삼성생명보험, Hyundai Steel 현대제철, Hyundai Motor 현대자동차, Korea Electric Power 한국전력공사,
// KB Financial Group KB금융지주, Korea Zinc 고려아연, Lotte 롯데) and words RR's own rules are stated with.
describe('Hangul in Revised Romanisation, cut at known words', () => {
  it.each([
    ['고려', 'goryeo'], // ㄹ initial is r
    ['아연', 'ayeon'], // ㅇ initial is silent
    ['롯데', 'rotde'], // ㅅ final before a consonant is t; tensing is not written
    ['산업', 'saneop'], // a final carries over to a vowel-initial syllable
    ['금융', 'geumyung'],
    ['석유', 'seogyu'], // ㄱ carried over is g
    ['국민', 'gungmin'], // ㄱ before ㅁ is ng
    ['종로', 'jongno'], // ㄹ after ㅇ is n
    ['국립', 'gungnip'], // ㄱ + ㄹ: ngn
    ['협력', 'hyeomnyeok'], // ㅂ + ㄹ: mn
    ['신라', 'silla'], // ㄴ + ㄹ: ll
    ['설날', 'seollal'], // ㄹ + ㄴ: ll
    ['전력', 'jeollyeok'],
    ['좋아', 'joa'], // ㅎ before a vowel is silent
    ['백화점', 'baekhwajeom'], // ㅎ after ㄱ is written
  ])('%s reads %s', (hangul, latin) => {
    expect(romaniseHangulWord(hangul)).toBe(latin);
  });

  it.each([
    ['삼성전자', ['samseong', 'jeonja']],
    ['삼성생명보험', ['samseong', 'saengmyeong', 'boheom']],
    ['한국전력공사', ['hanguk', 'jeollyeok', 'gongsa']],
    ['현대자동차', ['hyeondae', 'jadongcha']],
    ['고려아연주식회사', ['goryeo', 'ayeon', 'jusik', 'hoesa']],
    ['롯데', ['rotde']], // no known word: one word, the brand
  ])('%s is cut into %j', (run, words) => {
    expect(readHangulRun(run)).toEqual(words);
  });

  it('reads a Hangul name word by word, business words translated, and a Latin name beside it apart', () => {
    expect(analyseName('삼성전자 주식회사').norm).toBe('samseong electronic co ltd');
    expect(analyseName('KB금융지주').norm).toBe('kb financial group');
  });

  it('reads ㈜ / (주), the abbreviation of 주식회사, as the legal form, before or after the name', () => {
    for (const name of ['㈜LG화학', '(주)LG화학', 'LG화학(주)']) {
      const a = analyseName(name);
      expect(a.core).toBe('lg chemical');
      expect(a.legalForms.length).toBeGreaterThan(0);
    }
    expect(analyseName('주식회사 LG화학').core).toBe('lg chemical');
  });

  const matcher = createMatcher([list(
    entity('sec', 'Samsung Electronics Co., Ltd.'), entity('sli', 'Samsung Life Insurance Co., Ltd.'),
    entity('hs', 'Hyundai Steel Company'), entity('hm', 'Hyundai Motor Company'),
  )]);
  it.each([
    ['삼성전자 주식회사', 'sec'],
    ['삼성생명보험 주식회사', 'sli'],
    ['현대제철', 'hs'],
    ['현대자동차', 'hm'],
  ])('%s finds %s only, at review: the brand agrees only as two romanisations', (issuer, id) => {
    const found = matcher.match({ issuer, ids: {} });
    expect(found.map((m) => [m.entity.id, m.tier])).toEqual([[id, 'review']]);
    expect(found[0].evidence.map((e) => e.rule)).toContain('transliterated');
  });
});
