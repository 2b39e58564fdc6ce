import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/matcher.js';
import { pairList } from '../../src/match/evaluation-general.js';
import { koreanKey, koreanSpellings, translitKey } from '../../src/match/sounds.js';

/** Tier and rule ids of the best candidate of one listed name against one holding name. */
function best(listed: string, issuer: string): { tier: string | null; rules: string[] } {
  const [c] = createMatcher([pairList({ id: 'x', listed })]).inspect({ issuer, ids: {} }).candidates;
  return { tier: c?.tier ?? null, rules: c ? c.evidence.map((e) => e.rule) : [] };
}

// Real companies, each written in two romanisation systems (or in its brand's spelling and a system's).
describe('translitKey: one word in two romanisations has one key', () => {
  it.each([
    ['ukrhydroenergo', 'ukrgidroenergo'], // Укргідроенерго: Ukrainian h, Russian g; y / i
    ['yakutskenergo', 'jakutskenergo'], // Якутскэнерго: я as ya / ja
    ['novorossiyskiy', 'novorossiysk'], // the adjective and the city
    ['rostelecom', 'rostelekom'], // к as c / k
    ['otkritie', 'otkrytie'], // ы as i / y
    ['oschadbank', 'oshchadbank'], // щ as sch / shch
    ['kazakhtelecom', 'kazakhtelekom'],
    ['tokyo', 'tokio'],
    ['oosaka', 'osaka'], // Hepburn's long o written oo: doubled letters once
    ['tsentrenerho', 'centrenergo'], // Центренерго: ц as ts / c (a c before e i y), г as h / g
    ['mashinostroyeniya', 'mashinostroeniya'], // Машиностроения: е after a vowel as ye / e
  ])('%s = %s', (a, b) => {
    expect(translitKey(a)).not.toBe('');
    expect(translitKey(a)).toBe(translitKey(b));
  });

  it.each([
    ['gazprom', 'gasprom'], // z / s is not a system's difference
    ['sberbank', 'sovbank'],
    ['kyivstar', 'kievstar'], // Ukrainian Київ, Russian Киев: two words, not two spellings (sounds-alike finds them)
    ['kisco', 'cisco'], // a c before i is ts, not k
    ['bryansk', 'bransk'], // a y after a consonant is a letter of its own (я), not the y of е written ye
  ])('%s and %s differ', (a, b) => {
    expect(translitKey(a)).not.toBe(translitKey(b));
  });

  it('has no key for a short word or one with other characters', () => {
    expect(translitKey('meli')).toBe('');
    expect(translitKey('1234567')).toBe('');
  });
});

describe('transliterated: a word that aligns as another romanisation of the listed word', () => {
  it('is found though no typo search reaches it, and is review when the distinctive words agree only so', () => {
    // (Ukrhydroenergo / UKRGIDROENERGO is one compound stem by stem: compound-spelling, probable; tests/match/compounds.test.ts.)
    expect(best('Ukrhydroenergo', 'UKRGIDROENERGO').rules).toEqual(['compound-spelling']);
    expect(best('PJSC Yakutskenergo', 'JAKUTSKENERGO PAO')).toEqual({ tier: 'review', rules: ['transliterated'] });
  });

  it('beside an equal distinctive word it is a note and the name stands (Tokyo Tatemono / Tokio Tatemono)', () => {
    const r = best('Tokyo Tatemono Co., Ltd.', 'TOKIO TATEMONO CO LTD');
    expect(r.rules).toEqual(['transliterated']);
    expect(r.tier).toBe('probable');
  });

  it('two names a letter apart are only worth a look (Acron, the fertiliser maker / Akron)', () => {
    expect(best('PJSC Acron', 'AKRON')).toEqual({ tier: 'review', rules: ['transliterated'] });
  });
});

// Korean companies' brand spellings against Revised Romanisation of their Hangul: Lotte 롯데,
// Kumho 금호, Kookmin 국민, Hanwha 한화, Hyundai 현대; Kering (France) and Geling (a
// pinyin word of the shipped list) are the collision the pinyin exclusion prevents.
describe('koreanKey: one Korean word in RR, McCune-Reischauer and brand spellings', () => {
  it.each([
    ['rotde', 'lotte'], // ㄹ r / l, ㄷ d / t, doubled letters once
    ['geumho', 'kumho'], // ㄱ g / k, ㅡ eu / u
    ['gungmin', 'kookmin'], // RR writes ㄱ before ㅁ as ng; the brand keeps k, and oo = u
    ['hanhwa', 'hanwha'], // ㅘ after ㅎ: hwa / wha
    ['hyeondae', 'hyundai'], // ㅓ eo / u, ㅐ ae / ai
    ['samseong', 'samsung'], // 삼성
    ['hyoseong', 'hyosung'], // 효성
  ])('%s = %s', (a, b) => {
    expect(koreanKey(a)).not.toBe('');
    expect(koreanKey(a)).toBe(koreanKey(b));
  });

  it('has no key for a word that is not Korean syllables, or that reads as pinyin', () => {
    expect(koreanKey('celltrion')).toBe(''); // c, and tr
    expect(koreanKey('geling')).toBe(''); // ge ling: pinyin
    expect(koreanSpellings('kering', 'geling')).toBe(false);
    expect(koreanSpellings('rotde', 'lotte')).toBe(true);
  });

  it('aligns a Korean word in two spellings as transliterated, review when the distinctive words agree only so', () => {
    expect(best('Lotte Chemical Corporation', 'ROTDE KEMIKAL')).toEqual({ tier: 'review', rules: ['transliterated', 'translated'] });
    expect(best('Lotte Chemical Corporation', '롯데케미칼 주식회사').tier).toBe('review');
    const kookmin = best('Kookmin Bank', 'GUNGMIN EUNHAENG');
    expect(kookmin.tier).toBe('review');
    expect(kookmin.rules).toContain('transliterated');
  });

  it('finds the listed company through the key among others (no typo search reaches rotde from lotte)', () => {
    const m = createMatcher([pairList({ id: 'x', listed: 'Lotte Chemical Corporation' }), pairList({ id: 'y', listed: 'Kumho Petrochemical Co., Ltd.' })]);
    expect(m.match({ issuer: 'ROTDE', ids: {} }).map((f) => f.entity.name)).toEqual(['Lotte Chemical Corporation']);
  });
});
