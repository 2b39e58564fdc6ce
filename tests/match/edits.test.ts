import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { movedLetter, osaDistance, shortTypo, withinOneEdit, typoBudget } from '../../src/match/edits.js';

/** Textbook optimal-string-alignment distance: the full table, no cut-offs. */
function referenceOsa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

// Small alphabets make near misses (the interesting cases) common.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'x'), maxLength: 9 });

describe('edit distances', () => {
  it('osaDistance equals the full table up to its cut-off', () => {
    fc.assert(fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
      const ref = referenceOsa(a, b);
      expect(osaDistance(a, b, max)).toBe(ref <= max ? ref : max + 1);
    }), { numRuns: 3000 });
  });

  it('osaDistance equals the full table for long words and other scripts too (bit rows and the table)', () => {
    const mixed = fc.string({ unit: fc.constantFrom('a', 'b', 'x', 'é', 'ж'), maxLength: 40 });
    fc.assert(fc.property(mixed, mixed, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
      const ref = referenceOsa(a, b);
      expect(osaDistance(a, b, max)).toBe(ref <= max ? ref : max + 1);
    }), { numRuns: 3000 });
    expect(osaDistance('brigdeston', 'bridgestone', 2)).toBe(2); // a swap and a letter dropped
    expect(osaDistance('ca', 'abc', 3)).toBe(3); // OSA: a swapped pair is not edited again
  });

  it('withinOneEdit is distance <= 1', () => {
    fc.assert(fc.property(word, word, (a, b) => {
      expect(withinOneEdit(a, b)).toBe(referenceOsa(a, b) <= 1);
    }), { numRuns: 3000 });
  });

  it('movedLetter: one letter typed two or more places away in a word of 5+ letters', () => {
    expect(movedLetter('break', 'brake')).toBe(true);
    expect(movedLetter('siemsen', 'siemens')).toBe(true);
    expect(movedLetter('brake', 'brake')).toBe(false);
    expect(movedLetter('sharp', 'shrap')).toBe(false); // adjacent: a transposition (one edit already)
    expect(movedLetter('brka', 'bark')).toBe(false); // too short
    expect(movedLetter('silent', 'listen')).toBe(false);
    fc.assert(fc.property(word, word, (a, b) => {
      expect(movedLetter(a, b)).toBe(movedLetter(b, a));
      if (!movedLetter(a, b)) return;
      // both without one letter are one word, and the edit distance counts two
      expect(referenceOsa(a, b)).toBe(2);
      expect([...a].sort().join('')).toBe([...b].sort().join(''));
    }), { numRuns: 3000 });
  });

  it('gives short words no typo budget and longer words more', () => {
    expect([3, 4, 5, 7, 8, 14, 15].map(typoBudget)).toEqual([0, 0, 1, 1, 2, 2, 3]);
  });

  it('shortTypo: a 4-letter word with a letter dropped or added before the end, or two letters swapped', () => {
    expect(shortTypo('kery', 'kerry')).toBe(true);
    expect(shortTypo('glap', 'galp')).toBe(true);
    expect(shortTypo('cemex', 'cemx')).toBe(true);
    expect(shortTypo('bank', 'band')).toBe(false); // a substitution
    expect(shortTypo('vale', 'valeo')).toBe(false); // a letter more at the end
    expect(shortTypo('knor', 'knorr')).toBe(true); // ... but for the last letter doubled
    expect(shortTypo('glenn', 'glen')).toBe(true);
    expect(shortTypo('bank', 'bank')).toBe(false);
    expect(shortTypo('kerry', 'kerrry')).toBe(false); // not a short word
    expect(shortTypo('opt', 'otp')).toBe(true); // 3 letters: swapped
    expect(shortTypo('opt', 'oct')).toBe(false);
    expect(shortTypo('opt', 'opte')).toBe(false); // 3 letters: only a swap
    expect(shortTypo('opt', 'oapt')).toBe(false);
    fc.assert(fc.property(word, word, (a, b) => {
      if (shortTypo(a, b)) expect(referenceOsa(a, b)).toBe(1);
      if (shortTypo(a, b)) expect([3, 4]).toContain(Math.min(a.length, b.length));
      expect(shortTypo(a, b)).toBe(shortTypo(b, a));
    }));
  });
});
