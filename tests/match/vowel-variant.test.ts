import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/matcher.js';
import { pairList } from '../../src/match/evaluation-general.js';
import { vowelKey, vowelVariant } from '../../src/match/sounds.js';

/** Tier and rule ids of the best candidate of one listed name against one holding name. */
function best(listed: string, issuer: string): { tier: string | null; rules: string[] } {
  const [c] = createMatcher([pairList({ id: 'x', listed })]).inspect({ issuer, ids: {} }).candidates;
  return { tier: c?.tier ?? null, rules: c ? c.evidence.map((e) => e.rule) : [] };
}

// One word in two romanisations that write a vowel otherwise besides (sounds.ts vowelVariant).
describe('vowelVariant: one word, a vowel written otherwise', () => {
  it.each([
    ['quds', 'qods'], // Persian قدس: damma as u / o, four letters, three consonants
    ['hrodna', 'grodno'], // Belarusian Гродна (h, akanye's a) / Russian Гродно
    ['tsentrkredit', 'centercredit'], // Центркредит: ц as ts / c, a vowel added
  ])('%s ~ %s', (a, b) => {
    expect(vowelKey(a)).not.toBe('');
    expect(vowelKey(a)).toBe(vowelKey(b));
    expect(vowelVariant(a, b)).toBe(true);
  });

  it.each([
    ['bond', 'band'], // four letters: only o / u and e / i
    ['hoda', 'huda'], // two consonants say too little
    ['canaan', 'canon'], // five letters or more need four consonants (CANAAN ADR / Canon Inc. in a real iShares file)
    ['kodak', 'kodak'], // one word is no variant of itself
    ['grodno', 'grodto'], // another consonant
    ['neng', 'ning'], // two pinyin syllables: two characters (Li Neng is not Li Ning)
    ['deng', 'ding'],
    ['meng', 'ming'],
  ])('%s and %s are not', (a, b) => {
    expect(vowelVariant(a, b)).toBe(false);
  });
});

describe('sounds-alike: a vowel variant is found and is worth a look, never more', () => {
  it('finds a name no typo reaches, at review (Qods Aviation Industries, Grodno Azot)', () => {
    expect(best('Qods Aviation Industries', 'QUDS AVIATION INDUSTRIES')).toEqual({ tier: 'review', rules: ['sounds-alike'] });
    const azot = best('Open Joint Stock Company Grodno Azot', 'HRODNA AZOT OAO');
    expect(azot.tier).toBe('review');
    expect(azot.rules).toContain('sounds-alike');
  });

  it('does not pair a short word or one of few consonants a vowel apart', () => {
    expect(best('Canon Inc.', 'CANAAN ADR REPRESENTING INC').tier).toBeNull();
    expect(best('Bond Holdings Limited', 'BAND HOLDINGS LTD').tier).toBeNull();
  });
});
