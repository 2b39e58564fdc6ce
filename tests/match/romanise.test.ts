import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/matcher.js';
import { transliterate } from '../../src/match/normalise.js';
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
