/**
 * Names written in the abjads, Arabic script (Arabic, Persian) and Hebrew: read with their long
 * vowels (and the Arabic article apart), and compared with names in Latin letters by their
 * consonants where the script leaves the short vowels unwritten. Names are real companies (Bank
 * Mellat, Bank Pasargad, Eghtesad Novin Bank, Mapna Group, Shazand Petrochemical, Mahan Air, Iran Khodro, Almarai, Qatar Islamic Bank, Shufersal, Strauss Group; public facts).
 */
import { describe, expect, it } from 'vitest';
import { romaniseArabic } from '../../src/match/arabic-script.js';
import { abjadSkeleton } from '../../src/match/abjad.js';
import { romaniseHebrew } from '../../src/match/hebrew-script.js';
import { analyseName } from '../../src/match/normalise.js';
import { createMatcher } from '../../src/match/matcher.js';
import { pairList } from '../../src/match/evaluation-general.js';

function best(listed: string, query: string) {
  const [c] = createMatcher([pairList({ id: 'x', listed })]).inspect({ issuer: query, ids: {} }).candidates;
  return c ? { tier: c.tier, rules: c.evidence.map((e) => e.rule) } : null;
}

describe('Arabic script romanised', () => {
  it('reads the long vowels (any-ascii drops alef: bnk psrgd) and writes the article apart', () => {
    expect(romaniseArabic('بانک پاسارگاد')).toBe('bank pasargad');
    expect(romaniseArabic('المراعي')).toBe('al mrai'); // (the short a after m is not written)
    expect(romaniseArabic('ایران')).toBe('iran');
    expect(analyseName('بانک پاسارگاد').core).toBe('bank pasargad');
  });

  it('a word without its vowels that has the consonants of a known business word is read as it (مصرف msrf = masraf, bank)', () => {
    expect(romaniseArabic('مصرف')).toBe('masraf');
    // The article of a word read in English is not kept (الإسلامي: Islamic; القابضة: Holding); a name's own article stays (الراجحي: al rajhi).
    expect(analyseName('مصرف قطر الإسلامي').core).toBe('bank qtr islamic');
    expect(analyseName('شام القابضة').core).toBe('sham holding');
    expect(analyseName('مصرف الراجحي').core).toBe('bank al rajhi');
  });

  it('a skeleton is the consonants, folded as romanisations write them, and none for fewer than three', () => {
    expect(abjadSkeleton('mellat')).toBe(abjadSkeleton('mlt'));
    expect(abjadSkeleton('khodro')).toBe(abjadSkeleton('khudru'));
    expect(abjadSkeleton('qods')).toBe(abjadSkeleton('ghods'));
    expect(abjadSkeleton('marai')).toBe('');
  });
});

describe('Arabic script against Latin letters', () => {
  it('words whose consonants agree are two romanisations of one word: worth a look (transliterated), either side', () => {
    expect(best('Bank Mellat', 'بانک ملت')).toEqual({ tier: 'review', rules: expect.arrayContaining(['transliterated']) });
    expect(best('بانک ملت', 'BANK MELLAT')).toEqual({ tier: 'review', rules: expect.arrayContaining(['transliterated']) });
    expect(best('Iran Khodro', 'ایران خودرو')?.tier).toBe('review');
    // (Every word agrees, قطر by its consonants: no article left over beside the translated Islamic.)
    expect(best('Qatar Islamic Bank (Q.P.S.C.)', 'مصرف قطر الإسلامي')?.tier).toBe('probable');
  });

  it('the article run together with its word (al mrai / Almarai), either side', () => {
    expect(best('Almarai Company', 'شركة المراعي')?.tier).toBe('review');
    expect(best('شركة المراعي', 'ALMARAI CO')?.tier).toBe('review');
  });

  it('two consonants are enough when the abjad word writes its long vowel and both words start and end alike (ملی mli / Melli, not Mellat)', () => {
    expect(best('Bank Melli Iran', 'بانک ملی ایران')?.tier).toBe('review');
    expect(best('Bank Mellat', 'بانک ملی')).toBeNull();
  });

  it('و may be the consonant v as well as the vowel u (نوین nuin / Novin); gh and q are one letter (Eghtesad / Eqtesad)', () => {
    expect(best('Eghtesad Novin Bank', 'بانک اقتصاد نوین')?.tier).toBe('review');
    expect(best('Eghtesad Novin Bank', 'EQTESAD NOVIN BANK')?.tier).toBe('probable');
    expect(best('Eghtesad Novin Bank', 'بانک اقتصاد نور')?.tier ?? null).toBeNull(); // nur: another word
  });

  it('Persian business words are read by their consonants and translated (شرکت company, گروه group, پتروشیمی petrochemical)', () => {
    expect(analyseName('شرکت پتروشیمی شازند').norm).toBe('company petrochemical shaznd');
    expect(best('Mapna Group', 'گروه مپنا')?.tier).toBe('review');
    expect(best('Shazand Petrochemical Company', 'شرکت پتروشیمی شازند')?.tier).toBe('review');
    expect(best('Mahan Airlines', 'شرکت هواپیمایی ماهان')?.tier).toBe('confirmed');
  });

  it('more business words by their consonants: مخابرات telecommunications, فولاد steel, إسمنت cement, السعودية Saudi', () => {
    expect(romaniseArabic('مخابرات')).toBe('mokhaberat');
    expect(romaniseArabic('فولاد')).toBe('foolad');
    expect(analyseName('شركة الإسمنت السعودية').norm).toBe('company cement saudi');
    // Only common words then agree: worth a look, as a translated name of common words is.
    expect(best('Telecommunication Company of Iran', 'شرکت مخابرات ایران')?.tier).toBe('review');
    expect(best('Mobarakeh Steel Company', 'فولاد مبارکه')?.tier).toBe('review');
  });

  it('written with its long vowels, a name is equal (بانک پاسارگاد = Bank Pasargad); other consonants are no match', () => {
    expect(best('Bank Pasargad', 'بانک پاسارگاد')?.tier).toBe('confirmed');
  });
});

describe('Hebrew', () => {
  it('reads ו and י inside a word as vowels (any-ascii: svfrsl), ש as sh, and בע"מ as Ltd', () => {
    expect(romaniseHebrew('שופרסל')).toBe('shuprsl');
    expect(analyseName('שופרסל בע"מ')).toMatchObject({ core: 'shuprsl', legalForms: ['ltd'] });
    expect(analyseName('בנק הפועלים').core).toBe('bank hpulim');
  });

  it('compares by consonants: Shufersal Ltd., Strauss Group Ltd., worth a look', () => {
    expect(best('Shufersal Ltd.', 'שופרסל בע"מ')).toEqual({ tier: 'review', rules: expect.arrayContaining(['transliterated']) });
    expect(best('Strauss Group Ltd.', 'שטראוס גרופ בע"מ')?.tier).toBe('review');
  });
});
