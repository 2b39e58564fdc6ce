/**
 * Look-alike letters (src/match/lookalikes.ts) and invisible characters: a name typed with a
 * Cyrillic or Greek letter that looks Latin, or with a zero-width space inside a word, is the
 * name it looks like; a name written in Cyrillic or Greek keeps its script.
 */
import { describe, expect, it } from 'vitest';
import { digitLookalike, latinLookalikes } from '../../src/match/lookalikes.js';
import { analyseName } from '../../src/match/normalise.js';
import { createMatcher } from '../../src/match/matcher.js';
import { pairList } from '../../src/match/evaluation-general.js';

function tier(listed: string, issuer: string): string | null {
  const [m] = createMatcher([pairList({ id: 'x', listed })]).match({ issuer, ids: {} });
  return m?.tier ?? null;
}

describe('look-alike letters', () => {
  it('read as Latin in a Latin name whose every Cyrillic or Greek letter looks Latin', () => {
    expect(latinLookalikes('XINJIANG DAQO NEW ENERGY \u0421\u041e LTD')).toBe('XINJIANG DAQO NEW ENERGY CO LTD'); // Cyrillic СО
    expect(latinLookalikes('\u0397\u039fSHINE')).toBe('HOSHINE'); // Greek Η, Ο
    expect(latinLookalikes('h\u0456kv\u0456s\u0456on')).toBe('hikvision'); // Ukrainian і
  });

  it('leave a name in its own script, or one with a Cyrillic letter that looks like no Latin one', () => {
    expect(latinLookalikes('ПАО Газпром')).toBeNull(); // no Latin letter
    expect(latinLookalikes('Gazprom ПАО')).toBeNull(); // П looks like no Latin letter
    expect(latinLookalikes('Ελληνικά Πετρέλαια Hellenic')).toBeNull();
    expect(latinLookalikes('HOSHINE')).toBeNull();
    // A whole word in Cyrillic beside a Latin one is a Russian word (ВЕКТОР is Vektor, not BEKTOP).
    expect(latinLookalikes('JSC \u0412\u0415\u041a\u0422\u041e\u0420')).toBeNull();
    expect(analyseName('JSC \u0412\u0415\u041a\u0422\u041e\u0420').core).toBe('vektor');
    expect(analyseName('\u0422\u0410\u0421\u0421 NEWS AGENCY').core).toBe('tass news agency');
  });

  it('are a step of the analysis, and the name matches as the Latin one would', () => {
    const a = analyseName('XINJIANG DAQO NEW ENERGY \u0421\u041e LTD');
    expect(a.steps).toContain('look-alike letters read as Latin');
    expect(a.core).toBe('xinjiang daqo new energy');
    expect(tier('Xinjiang Daqo New Energy Co., Ltd.', 'XINJIANG DAQO NEW ENERGY \u0421\u041e LTD')).toBe('confirmed');
    expect(tier('Hoshine Silicon Industry Co., Ltd.', '\u0397\u039fSHINE SILICON INDUSTRY CO LTD')).toBe('confirmed');
    expect(tier('Hoshine Silicon Industry Co., Ltd.', 'HOSHINE \u0405ILICON INDU\u0405TRY CO LTD')).toBe('confirmed'); // Cyrillic Ѕ
  });
});

describe('invisible characters inside a word', () => {
  it.each([
    ['soft hyphen', 'HOS\u00adHINE'],
    ['zero-width space', 'HO\u200bSHINE'],
    ['zero-width joiner', 'HOSH\u200dINE'],
    ['word joiner', 'HOSHI\u2060NE'],
    ['byte-order mark', 'HOSHIN\ufeffE'],
    ['right-to-left override', 'HOS\u202eHINE'],
  ])('a %s is deleted, not a break between words', (_what, word) => {
    expect(analyseName(`${word} SILICON INDUSTRY CO LTD`).core).toBe('hoshine silicon industry');
    expect(tier('Hoshine Silicon Industry Co., Ltd.', `${word} SILICON INDUSTRY CO LTD`)).toBe('confirmed');
  });
});

describe('digits that look like letters', () => {
  it('a 0 or 1 among the letters of a word is read as O or I (H0SHINE, HIKVIS1ON, DAQ0)', () => {
    expect(digitLookalike('h0shine')).toBe('hoshine');
    expect(digitLookalike('hikvis1on')).toBe('hikvision');
    expect(digitLookalike('daq0')).toBe('daqo');
    const a = analyseName('XINJIANG DAQ0 NEW ENERGY CO LTD');
    expect(a.steps).toContain('digits read as the letters they look like');
    expect(a.core).toBe('xinjiang daqo new energy');
    expect(tier('Xinjiang Daqo New Energy Co., Ltd.', 'XINJIANG DAQ0 NEW ENERGY CO LTD')).toBe('confirmed');
    expect(tier('Hoshine Silicon Industry Co., Ltd.', 'H0SHINE SILICON INDUSTRY CO LTD')).toBe('confirmed');
  });

  it('never in a word with another digit or a short word (FTSE100, G4S, X5, A1, a par value HKD0.1)', () => {
    for (const word of ['ftse100', 'g4s', 'x5', 'a1', 'hkd01', 'se10', '2u', 'm1', 'b0']) expect(digitLookalike(word)).toBeNull();
    expect(analyseName("ZIJIN MINING GROUP CO LTD 'H'HKD0.1").steps).not.toContain('digits read as the letters they look like');
  });
});
