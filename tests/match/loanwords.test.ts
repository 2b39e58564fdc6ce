/**
 * Brands written in kana or Hangul, English words said in those languages' syllables, compared
 * with their Latin spelling by consonants (src/match/loanwords.ts; the `sounds-alike` rule).
 */
import { describe, expect, it } from 'vitest';
import { loanAlike, loanSkeleton } from '../../src/match/loanwords.js';
import { createMatcher } from '../../src/match/matcher.js';
import { pairList } from '../../src/match/evaluation-general.js';

function best(listed: string, issuer: string): { tier: string | null; rules: string[] } {
  const [c] = createMatcher([pairList({ id: 'x', listed })]).inspect({ issuer, ids: {} }).candidates;
  return { tier: c?.tier ?? null, rules: c ? c.evidence.map((e) => e.rule) : [] };
}

describe('loanSkeleton', () => {
  it('drops the vowels the syllables add and folds what the languages lack (f = p, l = r, v = b), an English r after a vowel unsaid', () => {
    expect(loanSkeleton('keuraepeuton', false)).toBe(loanSkeleton('krafton', true));
    expect(loanSkeleton('panasonikku', false)).toBe(loanSkeleton('panasonic', true));
    expect(loanAlike('karubi', 'calbee')).toBe(true);
    expect(loanAlike('hainikseu', 'hynix')).toBe(true);
    // Fewer than three consonants tell too few words apart; other consonants are another word.
    expect(loanSkeleton('neibeo', false)).toBe('');
    expect(loanAlike('karubi', 'kirin')).toBe(false);
  });
});

describe('sounds-alike: a brand read from kana or Hangul against its Latin spelling', () => {
  it('is worth a look (review), either side', () => {
    expect(best('Krafton, Inc.', '주식회사 크래프톤')).toEqual({ tier: 'review', rules: ['sounds-alike', 'translated'] });
    expect(best('Panasonic Holdings Corporation', 'パナソニック株式会社').rules).toContain('sounds-alike');
    expect(best('크래프톤', 'KRAFTON INC').tier).toBe('review');
  });
  it('never before a nearer reading (a Korean word by its Korean key stays transliterated, probable)', () => {
    expect(best('Samsung Fire & Marine Insurance Co., Ltd.', '삼성화재해상보험 주식회사').rules).not.toContain('sounds-alike');
    expect(best('SK Telecom Co., Ltd.', 'SK텔레콤').tier).toBe('probable');
  });
  it('only a word read from kana or Hangul: two Latin spellings are compared as before', () => {
    expect(best('Krafton, Inc.', 'KERAPTON INC').tier).toBeNull();
  });
});
